import { describe, expect, it } from 'vitest';
import { blankCondition, cleanCondition, CONDITION_FIELDS, CONDITION_OPS, splitList, typedValue } from './rules';

describe('rule conditions in the form', () => {
  it('start every field with its first operator and the value it needs', () => {
    for (const field of CONDITION_FIELDS) expect(blankCondition(field).op).toBe(CONDITION_OPS[field][0]);
    expect(blankCondition('country')).toEqual({ field: 'country', op: 'is', values: [] });
    expect(blankCondition('contact-attribute')).toEqual({ field: 'contact-attribute', op: 'equals', key: '', value: '' });
    expect(blankCondition('business-hours')).toEqual({ field: 'business-hours', op: 'outside' });
  });

  it('read lists and attribute values as typed', () => {
    expect(splitList(' ES, pt ,, ')).toEqual(['ES', 'pt']);
    expect(typedValue(' 1500 ')).toBe(1500);
    expect(typedValue('true')).toBe(true);
    expect(typedValue('affiliate')).toBe('affiliate');
  });

  it('send only the fields the condition’s kind and operator use', () => {
    expect(cleanCondition({ field: 'contact-attribute', op: 'is-set', key: 'vip', value: 'x' })).toEqual({ field: 'contact-attribute', op: 'is-set', key: 'vip' });
    expect(cleanCondition({ field: 'text', op: 'contains', values: ['price'], language: '' })).toEqual({ field: 'text', op: 'contains', values: ['price'] });
    expect(cleanCondition({ field: 'text', op: 'contains', values: ['цена'], language: 'ru' })).toEqual({ field: 'text', op: 'contains', values: ['цена'], language: 'ru' });
    expect(cleanCondition({ field: 'country', op: 'is', values: ['ES'], key: 'stale' })).toEqual({ field: 'country', op: 'is', values: ['ES'] });
    expect(cleanCondition({ field: 'waiting-minutes', op: 'greater-than', value: '15' as unknown as number })).toEqual({ field: 'waiting-minutes', op: 'greater-than', value: 15 });
  });
});
