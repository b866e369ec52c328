import { describe, expect, it } from 'vitest';
import { conditionHolds, conditionsHold, matchesWords, normalizeText, ruleConditionsProblem, type RuleCondition, type RuleFacts } from './rule-conditions.policy';

const facts = (over: Partial<RuleFacts> = {}): RuleFacts => ({
  channel: 'telegram',
  inboxId: 3,
  text: 'Hola, quiero la Promoción de verano',
  labelIds: [7],
  priority: 'normal',
  insideBusinessHours: true,
  contactAttributes: { source: 'Affiliate', deposit: 1500, vip: true },
  conversationAttributes: { offer: 'summer-2026' },
  country: 'ES',
  language: 'es-ES',
  waitingMinutes: 12,
  csatScore: null,
  ...over,
});
const holds = (c: RuleCondition, over: Partial<RuleFacts> = {}) => conditionHolds(c, facts(over));

describe('rule conditions', () => {
  it('compare texts without case or accents', () => {
    expect(normalizeText('Crème BRÛLÉE')).toBe('creme brulee');
    expect(normalizeText('Ёлка')).toBe(normalizeText('елка'));
    expect(holds({ field: 'text', op: 'contains', values: ['promocion'] })).toBe(true);
    expect(holds({ field: 'text', op: 'contains', values: ['PROMO'] })).toBe(true);
    expect(holds({ field: 'text', op: 'contains', values: ['refund'] })).toBe(false);
  });

  it('match whole words and phrases, not parts of words', () => {
    expect(matchesWords('I want a Free-Trial, please', 'free trial')).toBe(true);
    expect(matchesWords('a freebie', 'free')).toBe(false);
    expect(holds({ field: 'text', op: 'matches-words', values: ['promo'] })).toBe(false);
    expect(holds({ field: 'text', op: 'matches-words', values: ['promocion de verano'] })).toBe(true);
  });

  it('take a text condition’s words only for customers of its language (pt matches pt-BR)', () => {
    expect(holds({ field: 'text', op: 'contains', values: ['promocion'], language: 'es' })).toBe(true);
    expect(holds({ field: 'text', op: 'contains', values: ['promocion'], language: 'en' })).toBe(false);
    expect(holds({ field: 'text', op: 'contains', values: ['promocion'], language: 'es' }, { language: null })).toBe(false);
  });

  it('read channel, inbox, labels, priority, business hours, country and language', () => {
    expect(holds({ field: 'channel', op: 'is', values: ['telegram', 'whatsapp'] })).toBe(true);
    expect(holds({ field: 'channel', op: 'is-not', values: ['telegram'] })).toBe(false);
    expect(holds({ field: 'inbox', op: 'is', values: [4] })).toBe(false);
    expect(holds({ field: 'inbox', op: 'is-not', values: [4] })).toBe(true);
    expect(holds({ field: 'label', op: 'has', values: [7, 8] })).toBe(true);
    expect(holds({ field: 'label', op: 'has-not', values: [7] })).toBe(false);
    expect(holds({ field: 'priority', op: 'is', values: ['high', 'urgent'] })).toBe(false);
    expect(holds({ field: 'business-hours', op: 'outside' })).toBe(false);
    expect(holds({ field: 'business-hours', op: 'outside' }, { insideBusinessHours: false })).toBe(true);
    expect(holds({ field: 'country', op: 'is', values: ['es', 'PT'] })).toBe(true);
    expect(holds({ field: 'country', op: 'is-not', values: ['ES'] }, { country: null })).toBe(true);
    expect(holds({ field: 'language', op: 'is', values: ['es'] })).toBe(true);
    expect(holds({ field: 'language', op: 'is', values: ['pt'] })).toBe(false);
  });

  it('compare attributes as texts (case- and accent-blind) or numbers, and tell set from unset', () => {
    expect(holds({ field: 'contact-attribute', key: 'source', op: 'equals', value: 'affiliate' })).toBe(true);
    expect(holds({ field: 'contact-attribute', key: 'source', op: 'not-equals', value: 'affiliate' })).toBe(false);
    expect(holds({ field: 'contact-attribute', key: 'source', op: 'contains', value: 'FILI' })).toBe(true);
    expect(holds({ field: 'contact-attribute', key: 'deposit', op: 'greater-than', value: 1000 })).toBe(true);
    expect(holds({ field: 'contact-attribute', key: 'deposit', op: 'less-than', value: 1000 })).toBe(false);
    expect(holds({ field: 'contact-attribute', key: 'vip', op: 'equals', value: true })).toBe(true);
    expect(holds({ field: 'contact-attribute', key: 'missing', op: 'is-not-set' })).toBe(true);
    expect(holds({ field: 'contact-attribute', key: 'missing', op: 'greater-than', value: 0 })).toBe(false);
    expect(holds({ field: 'conversation-attribute', key: 'offer', op: 'is-set' })).toBe(true);
    expect(holds({ field: 'conversation-attribute', key: 'offer', op: 'equals', value: 'winter' })).toBe(false);
  });

  it('read waiting time and the survey score, neither holding without a value', () => {
    expect(holds({ field: 'waiting-minutes', op: 'greater-than', value: 10 })).toBe(true);
    expect(holds({ field: 'waiting-minutes', op: 'less-than', value: 10 })).toBe(false);
    expect(holds({ field: 'waiting-minutes', op: 'less-than', value: 10 }, { waitingMinutes: null })).toBe(false);
    expect(holds({ field: 'csat-score', op: 'less-than', value: 3 })).toBe(false);
    expect(holds({ field: 'csat-score', op: 'less-than', value: 3 }, { csatScore: 2 })).toBe(true);
    expect(holds({ field: 'csat-score', op: 'equals', value: 5 }, { csatScore: 5 })).toBe(true);
  });

  it('combine with all or any; no conditions always hold', () => {
    const yes: RuleCondition = { field: 'country', op: 'is', values: ['ES'] };
    const no: RuleCondition = { field: 'channel', op: 'is', values: ['email'] };
    expect(conditionsHold({ match: 'all', items: [yes, no] }, facts())).toBe(false);
    expect(conditionsHold({ match: 'any', items: [yes, no] }, facts())).toBe(true);
    expect(conditionsHold({ match: 'any', items: [] }, facts())).toBe(true);
  });

  it('name the condition and its field when the shape is wrong', () => {
    expect(ruleConditionsProblem({ match: 'all', items: [] })).toBeNull();
    expect(ruleConditionsProblem({ match: 'some', items: [] })).toBe('conditions.match must be one of: all, any');
    expect(ruleConditionsProblem({ match: 'all', items: [{ field: 'colour' }] })).toMatch(/^conditions\.items\[0\]\.field must be one of: channel/);
    expect(ruleConditionsProblem({ match: 'all', items: [{ field: 'country', op: 'is', values: ['ES'] }, { field: 'country', op: 'is', values: ['Spain'] }] })).toBe(
      'conditions.items[1].values must be 1 to 50 two-letter country codes',
    );
    expect(ruleConditionsProblem({ match: 'all', items: [{ field: 'text', op: 'contains', values: ['x'], langauge: 'en' }] })).toBe('conditions.items[0].langauge is not a field of a text condition');
    expect(ruleConditionsProblem({ match: 'all', items: [{ field: 'contact-attribute', key: 'Source!', op: 'equals', value: 'x' }] })).toMatch(/^conditions\.items\[0\]\.key must be/);
    expect(ruleConditionsProblem({ match: 'all', items: [{ field: 'csat-score', op: 'equals', value: 9 }] })).toBe('conditions.items[0].value must be a score from 1 to 5');
    expect(ruleConditionsProblem({ match: 'all', items: [{ field: 'contact-attribute', key: 'x', op: 'is-set', value: 1 }] })).toBe('conditions.items[0].value is not used with is-set');
  });
});
