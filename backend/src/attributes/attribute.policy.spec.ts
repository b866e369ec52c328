import { describe, expect, it } from 'vitest';
import { applyAttributeChanges, attributeValue, botAttributeValues, parseAttributeFilters, type AttributeDefinitionRule } from './attribute.policy';

const rule = (key: string, type: AttributeDefinitionRule['type'], extra: Partial<AttributeDefinitionRule> = {}): AttributeDefinitionRule => ({ key, type, required: false, options: null, ...extra });

describe('attributeValue', () => {
  it('takes each type in its own form', () => {
    expect(attributeValue(rule('n', 'number'), 42.5)).toEqual({ value: 42.5 });
    expect(attributeValue(rule('c', 'checkbox'), false)).toEqual({ value: false });
    expect(attributeValue(rule('d', 'date'), ' 2026-02-28 ')).toEqual({ value: '2026-02-28' });
    expect(attributeValue(rule('l', 'list', { options: ['gold', 'silver'] }), 'gold')).toEqual({ value: 'gold' });
    expect(attributeValue(rule('u', 'link'), 'https://shop.example/orders/7')).toEqual({ value: 'https://shop.example/orders/7' });
    expect(attributeValue(rule('t', 'text'), '  hello ')).toEqual({ value: 'hello' });
  });

  it('reads null and blank text as no value', () => {
    expect(attributeValue(rule('n', 'number'), null)).toEqual({ value: null });
    expect(attributeValue(rule('t', 'text'), '   ')).toEqual({ value: null });
  });

  it('says what a value that does not fit must be', () => {
    expect(attributeValue(rule('n', 'number'), '42')).toEqual({ problem: 'must be a number' });
    expect(attributeValue(rule('n', 'number'), Infinity)).toEqual({ problem: 'must be a number' });
    expect(attributeValue(rule('c', 'checkbox'), 'yes')).toEqual({ problem: 'must be true or false' });
    expect(attributeValue(rule('d', 'date'), '2026-02-30')).toEqual({ problem: 'must be a date as YYYY-MM-DD' });
    expect(attributeValue(rule('d', 'date'), '28.02.2026')).toEqual({ problem: 'must be a date as YYYY-MM-DD' });
    expect(attributeValue(rule('l', 'list', { options: ['gold', 'silver'] }), 'bronze')).toEqual({ problem: 'must be one of: gold, silver' });
    expect(attributeValue(rule('t', 'text'), 7)).toEqual({ problem: 'must be a text' });
    expect(attributeValue(rule('t', 'text'), 'x'.repeat(1001))).toEqual({ problem: 'must be at most 1000 characters' });
  });

  it('takes only http and https links with a host', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://example.com/a', 'data:text/html,x', 'example.com', 'http://']) {
      expect(attributeValue(rule('u', 'link'), bad)).toEqual({ problem: 'must be an http or https URL' });
    }
  });
});

describe('applyAttributeChanges', () => {
  const rules = [rule('order_id', 'number'), rule('tier', 'list', { options: ['gold'], required: true }), rule('note', 'text')];

  it('sets, removes and keeps keys no definition names (a channel’s username)', () => {
    const result = applyAttributeChanges(rules, { username: 'ann', tier: 'gold', note: 'old' }, { order_id: 7, note: null }, 'contact');
    expect(result).toEqual({ attributes: { username: 'ann', tier: 'gold', order_id: 7 }, problems: [] });
  });

  it('names the attribute whose value is wrong, and refuses keys with no definition', () => {
    const result = applyAttributeChanges(rules, { tier: 'gold' }, { order_id: 'abc', colour: 'red' }, 'conversation');
    expect(result.problems).toEqual(['attributes.order_id must be a number', 'attributes.colour is not a defined conversation attribute']);
  });

  it('asks the editor to fill required attributes, and refuses clearing one', () => {
    expect(applyAttributeChanges(rules, {}, { order_id: 1 }, 'contact').problems).toEqual(['attributes.tier is required']);
    expect(applyAttributeChanges(rules, { tier: 'gold' }, { tier: '' }, 'contact').problems).toEqual(['attributes.tier is required']);
    expect(applyAttributeChanges(rules, {}, { tier: 'silver' }, 'contact').problems).toEqual(['attributes.tier must be one of: gold']);
  });
});

describe('botAttributeValues', () => {
  it('reads a flow’s text as the defined type, leaves out what does not fit and keeps undefined keys', () => {
    const rules = [rule('order_id', 'number'), rule('agreed', 'checkbox'), rule('since', 'date')];
    expect(botAttributeValues(rules, { order_id: '42', agreed: 'true', since: 'yesterday', order_status: 'shipped' })).toEqual({
      attributes: { order_id: 42, agreed: true, order_status: 'shipped' },
      skipped: ['since'],
    });
  });
});

describe('parseAttributeFilters', () => {
  it('splits key and value at the first colon, one or many', () => {
    expect(parseAttributeFilters('order_id:42')).toEqual([{ key: 'order_id', value: '42' }]);
    expect(parseAttributeFilters(['site:https://a.example', 'vip:true'])).toEqual([
      { key: 'site', value: 'https://a.example' },
      { key: 'vip', value: 'true' },
    ]);
    expect(parseAttributeFilters(undefined)).toEqual([]);
  });
});
