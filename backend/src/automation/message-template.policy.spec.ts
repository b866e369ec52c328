import { describe, expect, it } from 'vitest';
import { renderTemplate, templateProblems } from './message-template.policy';

describe('renderTemplate', () => {
  it('fills variables and custom attributes', () => {
    const text = renderTemplate('Hi {{contact.name}}, {{ agent.name }} from {{inbox.name}} here. Order {{contact.attributes.order_id}}, wait {{expected_wait}}.', {
      variables: { 'contact.name': 'Anna', 'agent.name': 'Olga', 'inbox.name': 'Shop', expected_wait: '5 minutes' },
      attributes: { order_id: 1234 },
    });
    expect(text).toBe('Hi Anna, Olga from Shop here. Order 1234, wait 5 minutes.');
  });

  it('renders the fallback, or nothing, for a known variable without a value', () => {
    const values = { variables: { 'contact.name': null }, attributes: {} };
    expect(renderTemplate('Hello {{contact.name | there}}!', values)).toBe('Hello there!');
    expect(renderTemplate('Hello{{contact.name}}!', values)).toBe('Hello!');
    expect(renderTemplate('Plan: {{contact.attributes.plan|free}}', values)).toBe('Plan: free');
  });

  it('leaves an unknown variable visible and ignores attributes that are objects', () => {
    expect(renderTemplate('Hi {{contact.nmae}}', { variables: { 'contact.name': 'Anna' } })).toBe('Hi {{contact.nmae}}');
    expect(renderTemplate('[{{contact.attributes.meta}}]', { variables: {}, attributes: { meta: { a: 1 } } })).toBe('[]');
  });
});

describe('templateProblems', () => {
  it('names unknown variables and accepts known ones', () => {
    expect(templateProblems('{{contact.name}} {{contact.attributes.vip_level}} {{next_opening}}')).toEqual([]);
    expect(templateProblems('{{contact.nmae}} {{agent}} {{contact.attributes.}}')).toEqual(['contact.nmae', 'agent', 'contact.attributes.']);
  });

  it('fills conversation attributes from their own map', () => {
    const values = { variables: {}, attributes: { plan: 'gold' }, conversationAttributes: { plan: 'trial', order_id: 7 } };
    expect(renderTemplate('{{contact.attributes.plan}} {{conversation.attributes.plan}} #{{conversation.attributes.order_id}} {{conversation.attributes.none|-}}', values)).toBe('gold trial #7 -');
    expect(templateProblems('{{conversation.attributes.order_id}} {{conversation.attributes.}}')).toEqual(['conversation.attributes.']);
  });
});
