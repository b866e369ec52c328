import { describe, expect, it } from 'vitest';
import { emptyStep, fromForm, toForm, type BotDefinitionJson } from './bot-form';

const definition: BotDefinitionJson = {
  start: 'menu',
  humanButton: { en: 'Talk to a human' },
  humanKeywords: { en: ['human', 'operator'] },
  faq: [{ keywords: ['open', 'hours'], answer: { en: 'We are open 9 to 18.' } }],
  steps: {
    menu: { type: 'menu', text: { en: 'How can we help?', ru: 'Чем помочь?' }, options: [{ title: { en: 'Order' }, next: 'phone', keywords: ['parcel'] }, { title: { en: 'Other' }, next: 'ask' }] },
    phone: { type: 'collect', field: 'phone', prompt: { en: 'Phone?' }, next: 'lookup', onFail: 'human' },
    lookup: { type: 'http', method: 'GET', url: 'https://orders.example/x', timeoutMs: 3000, saveAs: 'order', next: 'prio', onError: 'human' },
    prio: { type: 'set', priority: 'high', teamId: 2, next: 'human' },
    ask: { type: 'match', prompt: { en: 'Ask away' }, rules: [{ keywords: ['refund'], next: 'human' }], faq: true },
    human: { type: 'handover', text: { en: 'Connecting you.' } },
  },
};

describe('the flow bot editor form', () => {
  it('reads a definition into step forms and writes the same definition back', () => {
    const form = toForm(definition);
    expect(form.steps.map((s) => [s.id, s.type])).toEqual([
      ['menu', 'menu'],
      ['phone', 'collect'],
      ['lookup', 'http'],
      ['prio', 'set'],
      ['ask', 'match'],
      ['human', 'handover'],
    ]);
    expect(form.steps[0].options[0]).toEqual({ title: [{ language: 'en', text: 'Order' }], next: 'phone', keywords: 'parcel' });
    expect(form.humanKeywords).toEqual([{ language: 'en', text: 'human, operator' }]);
    expect(fromForm(form)).toEqual(definition);
  });

  it('leaves out what is not filled in, and parses numbers and keyword lines', () => {
    const step = { ...emptyStep('x', 'set'), priority: 'urgent', language: 'uk' };
    const start = { ...emptyStep('hi', 'message'), text: [{ language: 'en', text: 'Hi' }], next: 'x' };
    const written = fromForm({ start: 'hi', humanButton: [{ language: 'en', text: '' }], humanKeywords: [{ language: 'en', text: ' help ,  human ' }], steps: [start, step], faq: [] });
    expect(written).toEqual({
      start: 'hi',
      humanKeywords: { en: ['help', 'human'] },
      steps: { hi: { type: 'message', text: { en: 'Hi' }, next: 'x' }, x: { type: 'set', language: 'uk', priority: 'urgent' } },
    });
  });

  it('reads a priority number of a flow saved before priorities had names as the server does', () => {
    const old = toForm({ start: 'a', steps: { a: { type: 'set', priority: 5, next: 'b' }, b: { type: 'handover', priority: 60 }, c: { type: 'set', priority: 0 } } });
    expect(old.steps.map((s) => s.priority)).toEqual(['high', 'urgent', 'normal']);
  });

  it('starts a new bot with one empty step', () => {
    const form = toForm(null);
    expect(form.start).toBe('start');
    expect(form.steps).toHaveLength(1);
  });
});
