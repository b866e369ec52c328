import { describe, expect, it } from 'vitest';
import { parseBotDefinition } from './bot-definition';

const problem = (input: unknown) => {
  const parsed = parseBotDefinition(input);
  return 'problem' in parsed ? parsed.problem : null;
};

describe(parseBotDefinition.name, () => {
  it('accepts a complete flow', () => {
    expect(
      problem({
        start: 'menu',
        humanKeywords: { en: ['human'] },
        steps: {
          menu: { type: 'menu', text: { en: 'Hi {{contact.name | there}}' }, options: [{ title: 'Phone', next: 'phone' }] },
          phone: { type: 'collect', field: 'phone', prompt: 'Phone?', next: 'done' },
          done: { type: 'handover' },
        },
      }),
    ).toBeNull();
  });

  it('names the path of a dangling step reference', () => {
    expect(problem({ start: 'menu', steps: { menu: { type: 'menu', text: 'Hi', options: [{ title: 'A', next: 'nowhere' }] } } })).toBe(
      'definition.steps.menu.options.0.next: no step "nowhere"',
    );
    expect(problem({ start: 'missing', steps: { a: { type: 'handover' } } })).toBe('definition.start: no step "missing"');
  });

  it('names the path of an unknown step type, field or property', () => {
    expect(problem({ start: 'a', steps: { a: { type: 'dance' } } })).toMatch(/^definition\.steps\.a\.type: /);
    expect(problem({ start: 'a', steps: { a: { type: 'collect', field: 'age', prompt: 'Age?', next: 'a' } } })).toMatch(/^definition\.steps\.a\.field: /);
    expect(problem({ start: 'a', steps: { a: { type: 'handover', colour: 'red' } } })).toMatch(/^definition\.steps\.a: Unrecognized key/);
  });

  it('refuses unknown template variables, bad languages, bad patterns and non-HTTP URLs', () => {
    expect(problem({ start: 'a', steps: { a: { type: 'message', text: { en: 'Hi {{contact.nmae}}' } } } })).toBe('definition.steps.a.text.en: unknown variable {{contact.nmae}}');
    expect(problem({ start: 'a', steps: { a: { type: 'message', text: { English: 'Hi' } } } })).toMatch(/^definition\.steps\.a\.text/);
    expect(problem({ start: 'a', steps: { a: { type: 'collect', field: 'orderNumber', prompt: 'No?', pattern: '([', next: 'a' } } })).toBe(
      'definition.steps.a.pattern: must be a valid regular expression',
    );
    expect(problem({ start: 'a', steps: { a: { type: 'http', url: 'ftp://x', next: 'a', onError: 'a' } } })).toBe('definition.steps.a.url: must start with http:// or https://');
  });

  it('refuses a document that is not an object, and an empty flow', () => {
    expect(problem('flow')).toMatch(/^definition: /);
    expect(problem({ start: 'a', steps: {} })).toMatch(/^definition\.steps: must have 1 to 200 steps/);
  });
});
