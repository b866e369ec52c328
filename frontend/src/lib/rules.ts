import type { RuleCondition, RuleConditionField, RuleEvent } from '../api/types';

/**
 * The events in the order the form offers them (docs/automation.md, Rules).
 * Written as a record so an event the server adds and this list lacks fails
 * the type check.
 */
const EVENT_ORDER: Record<RuleEvent, true> = {
  'conversation.created': true,
  'message.customer': true,
  'message.operator': true,
  'conversation.assigned': true,
  'conversation.transferred': true,
  'conversation.closed': true,
  'sla.warning': true,
  'sla.breached': true,
  'csat.submitted': true,
  'contact.updated': true,
};
export const RULE_EVENTS = Object.keys(EVENT_ORDER) as RuleEvent[];

/** An event's key among the UI texts: vue-i18n reads a dot as a step into the tree. */
export const eventTextKey = (event: RuleEvent) => `rules.events.${event.replace('.', '-')}`;

/** Each condition's operators, the first the default; the server checks the same list. */
export const CONDITION_OPS: Record<RuleConditionField, string[]> = {
  channel: ['is', 'is-not'],
  inbox: ['is', 'is-not'],
  text: ['contains', 'matches-words'],
  label: ['has', 'has-not'],
  priority: ['is', 'is-not'],
  'business-hours': ['outside', 'inside'],
  'contact-attribute': ['equals', 'not-equals', 'contains', 'is-set', 'is-not-set', 'greater-than', 'less-than'],
  'conversation-attribute': ['equals', 'not-equals', 'contains', 'is-set', 'is-not-set', 'greater-than', 'less-than'],
  country: ['is', 'is-not'],
  language: ['is', 'is-not'],
  'waiting-minutes': ['greater-than', 'less-than'],
  'csat-score': ['less-than', 'equals', 'greater-than'],
};
export const CONDITION_FIELDS = Object.keys(CONDITION_OPS) as RuleConditionField[];

/** How a condition's value is edited: a list typed as words, ids picked, one value, or nothing. */
export type ValueKind = 'words' | 'inboxes' | 'labels' | 'priorities' | 'attribute' | 'number' | 'none';
export function valueKind(field: RuleConditionField): ValueKind {
  switch (field) {
    case 'channel':
    case 'text':
    case 'country':
    case 'language':
      return 'words';
    case 'inbox':
      return 'inboxes';
    case 'label':
      return 'labels';
    case 'priority':
      return 'priorities';
    case 'contact-attribute':
    case 'conversation-attribute':
      return 'attribute';
    case 'waiting-minutes':
    case 'csat-score':
      return 'number';
    case 'business-hours':
      return 'none';
  }
}

export function blankCondition(field: RuleConditionField): RuleCondition {
  const op = CONDITION_OPS[field][0];
  switch (valueKind(field)) {
    case 'words':
    case 'inboxes':
    case 'labels':
    case 'priorities':
      return { field, op, values: [] };
    case 'attribute':
      return { field, op, key: '', value: '' };
    case 'number':
      return { field, op, value: field === 'csat-score' ? 3 : 10 };
    case 'none':
      return { field, op };
  }
}

/** "ES, pt , " → ['ES', 'pt']: a list typed with commas. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** An attribute value as typed: a number or true/false when it reads as one, else the text. */
export function typedValue(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** A condition as the API takes it: only the fields its kind and operator use. */
export function cleanCondition(c: RuleCondition): RuleCondition {
  switch (valueKind(c.field)) {
    case 'words':
      return { field: c.field, op: c.op, values: c.values ?? [], ...(c.field === 'text' && c.language ? { language: c.language } : {}) };
    case 'inboxes':
    case 'labels':
    case 'priorities':
      return { field: c.field, op: c.op, values: c.values ?? [] };
    case 'attribute':
      return c.op === 'is-set' || c.op === 'is-not-set' ? { field: c.field, op: c.op, key: c.key ?? '' } : { field: c.field, op: c.op, key: c.key ?? '', value: c.value ?? '' };
    case 'number':
      return { field: c.field, op: c.op, value: Number(c.value) };
    case 'none':
      return { field: c.field, op: c.op };
  }
}
