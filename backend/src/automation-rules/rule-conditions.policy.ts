/**
 * A rule's conditions (docs/automation.md, Rules): what they look like as
 * stored and sent, the one check of their shape (a 400 naming the
 * condition and its field), and whether a conversation's facts meet them.
 * Pure: the facts are read by rule-facts.ts.
 */
import { ATTRIBUTE_KEY } from '../attributes/attribute.policy';
import { PRIORITIES, type Priority } from '../conversations/priority.policy';
import { LANGUAGE_TAG } from '../automation/language.policy';

export const CONDITION_FIELDS = [
  'channel',
  'inbox',
  'text',
  'label',
  'priority',
  'business-hours',
  'contact-attribute',
  'conversation-attribute',
  'country',
  'language',
  'waiting-minutes',
  'csat-score',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

const ATTRIBUTE_OPS = ['equals', 'not-equals', 'contains', 'is-set', 'is-not-set', 'greater-than', 'less-than'] as const;
type AttributeOp = (typeof ATTRIBUTE_OPS)[number];
type ScalarValue = string | number | boolean;

export type RuleCondition =
  | { field: 'channel'; op: 'is' | 'is-not'; values: string[] }
  | { field: 'inbox'; op: 'is' | 'is-not'; values: number[] }
  /** `contains`: the text holds one of the values; `matches-words`: one of them as whole words. `language`: only for customers who speak it. */
  | { field: 'text'; op: 'contains' | 'matches-words'; values: string[]; language?: string }
  /** `has`: carries one of the labels; `has-not`: none of them. */
  | { field: 'label'; op: 'has' | 'has-not'; values: number[] }
  | { field: 'priority'; op: 'is' | 'is-not'; values: Priority[] }
  | { field: 'business-hours'; op: 'inside' | 'outside' }
  | { field: 'contact-attribute' | 'conversation-attribute'; key: string; op: AttributeOp; value?: ScalarValue }
  | { field: 'country'; op: 'is' | 'is-not'; values: string[] }
  | { field: 'language'; op: 'is' | 'is-not'; values: string[] }
  | { field: 'waiting-minutes'; op: 'greater-than' | 'less-than'; value: number }
  | { field: 'csat-score'; op: 'equals' | 'greater-than' | 'less-than'; value: number };

export interface RuleConditions {
  /** `all`: every condition must hold; `any`: one is enough. No conditions: always. */
  match: 'all' | 'any';
  items: RuleCondition[];
}

/** What rules look at in one conversation at one moment. */
export interface RuleFacts {
  channel: string;
  inboxId: number;
  /** The customer's message that raised the event, or their last one; '' when there is none. */
  text: string;
  labelIds: number[];
  priority: Priority;
  /** Inside the inbox's business hours (always, without hours). */
  insideBusinessHours: boolean;
  contactAttributes: Record<string, unknown>;
  conversationAttributes: Record<string, unknown>;
  /** ISO 3166 alpha-2, upper case. */
  country: string | null;
  /** The conversation's language, else the contact's. */
  language: string | null;
  /** Minutes the customer has waited for an answer (since their first message after the operator's last); null when the last word is not theirs. */
  waitingMinutes: number | null;
  csatScore: number | null;
}

export const CONDITIONS_MAX = 20;
const VALUES_MAX = 50;
const TEXT_VALUE_MAX = 200;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= TEXT_VALUE_MAX;
const isScalar = (value: unknown): value is ScalarValue => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const FIELDS_OF: Record<ConditionField, string[]> = {
  channel: ['op', 'values'],
  inbox: ['op', 'values'],
  text: ['op', 'values', 'language'],
  label: ['op', 'values'],
  priority: ['op', 'values'],
  'business-hours': ['op'],
  'contact-attribute': ['key', 'op', 'value'],
  'conversation-attribute': ['key', 'op', 'value'],
  country: ['op', 'values'],
  language: ['op', 'values'],
  'waiting-minutes': ['op', 'value'],
  'csat-score': ['op', 'value'],
};

function opProblem(op: unknown, allowed: readonly string[]): string | null {
  return allowed.includes(op as string) ? null : `op must be one of: ${allowed.join(', ')}`;
}

function valuesProblem(values: unknown, isValue: (v: unknown) => boolean, what: string): string | null {
  return Array.isArray(values) && values.length > 0 && values.length <= VALUES_MAX && values.every(isValue) ? null : `values must be 1 to ${VALUES_MAX} ${what}`;
}

/** What is wrong with one condition (its field named), or null. */
function conditionProblem(condition: unknown): string | null {
  if (!isRecord(condition)) return 'must be an object with a field';
  const field = condition.field as ConditionField;
  if (!CONDITION_FIELDS.includes(field)) return `field must be one of: ${CONDITION_FIELDS.join(', ')}`;
  const unknown = Object.keys(condition).filter((key) => key !== 'field' && !FIELDS_OF[field].includes(key));
  if (unknown.length) return `${unknown[0]} is not a field of a ${field} condition`;
  const { op, values, value } = condition;
  switch (field) {
    case 'channel':
      return opProblem(op, ['is', 'is-not']) ?? valuesProblem(values, isText, 'channel types');
    case 'inbox':
      return opProblem(op, ['is', 'is-not']) ?? valuesProblem(values, isId, 'inbox ids');
    case 'text':
      if (condition.language !== undefined && !(typeof condition.language === 'string' && LANGUAGE_TAG.test(condition.language))) return 'language must be a language tag such as en or pt-BR';
      return opProblem(op, ['contains', 'matches-words']) ?? valuesProblem(values, (v) => isText(v) && normalizeText(v as string).trim() !== '', `texts of up to ${TEXT_VALUE_MAX} characters`);
    case 'label':
      return opProblem(op, ['has', 'has-not']) ?? valuesProblem(values, isId, 'label ids');
    case 'priority':
      return opProblem(op, ['is', 'is-not']) ?? valuesProblem(values, (v) => PRIORITIES.includes(v as Priority), `priorities (${PRIORITIES.join(', ')})`);
    case 'business-hours':
      return opProblem(op, ['inside', 'outside']);
    case 'contact-attribute':
    case 'conversation-attribute': {
      if (typeof condition.key !== 'string' || !ATTRIBUTE_KEY.test(condition.key)) return 'key must be an attribute key (lower case letters, digits and _)';
      const problem = opProblem(op, ATTRIBUTE_OPS);
      if (problem) return problem;
      if (op === 'is-set' || op === 'is-not-set') return value === undefined ? null : `value is not used with ${op as string}`;
      if (op === 'greater-than' || op === 'less-than') return typeof value === 'number' && Number.isFinite(value) ? null : 'value must be a number';
      return isScalar(value) && String(value).length <= TEXT_VALUE_MAX ? null : 'value must be a text, a number or true/false';
    }
    case 'country':
      return opProblem(op, ['is', 'is-not']) ?? valuesProblem(values, (v) => typeof v === 'string' && /^[A-Za-z]{2}$/.test(v), 'two-letter country codes');
    case 'language':
      return opProblem(op, ['is', 'is-not']) ?? valuesProblem(values, (v) => typeof v === 'string' && LANGUAGE_TAG.test(v), 'language tags');
    case 'waiting-minutes':
      return opProblem(op, ['greater-than', 'less-than']) ?? (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : 'value must be a whole number of minutes');
    case 'csat-score':
      return opProblem(op, ['equals', 'greater-than', 'less-than']) ?? (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? null : 'value must be a score from 1 to 5');
  }
}

/** The first problem of a rule's conditions, as `conditions.items[i].field …`, or null. */
export function ruleConditionsProblem(conditions: unknown): string | null {
  if (!isRecord(conditions)) return 'conditions must be an object with match and items';
  const extra = Object.keys(conditions).find((key) => key !== 'match' && key !== 'items');
  if (extra) return `conditions.${extra} is not a field of conditions`;
  if (conditions.match !== 'all' && conditions.match !== 'any') return 'conditions.match must be one of: all, any';
  const items = conditions.items;
  if (!Array.isArray(items) || items.length > CONDITIONS_MAX) return `conditions.items must be a list of at most ${CONDITIONS_MAX} conditions`;
  for (const [i, condition] of items.entries()) {
    const problem = conditionProblem(condition);
    if (problem) return `conditions.items[${i}]${problem.startsWith('must') ? ' ' : '.'}${problem}`;
  }
  return null;
}

/** Lower case without accents or other marks: "Crème Brûlée" and "creme brulee" are one text, as are "Ёлка" and "елка". */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

const words = (text: string): string[] => normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `phrase` occurs in `text` as whole words, in order ("free trial" in "a Free-Trial, please"). */
export function matchesWords(text: string, phrase: string): boolean {
  const haystack = words(text);
  const needle = words(phrase);
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((word, j) => haystack[i + j] === word)) return true;
  return false;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];
/** `pt` matches `pt-BR` and the other way round, as texts are chosen (language.policy.ts). */
export const sameLanguage = (a: string | null, b: string) => a !== null && (a.toLowerCase() === b.toLowerCase() || base(a) === base(b));

function attributeHolds(attributes: Record<string, unknown>, condition: Extract<RuleCondition, { key: string }>): boolean {
  const actual = attributes[condition.key];
  const present = actual !== undefined && actual !== null && actual !== '';
  switch (condition.op) {
    case 'is-set':
      return present;
    case 'is-not-set':
      return !present;
    case 'greater-than':
    case 'less-than': {
      const number = typeof actual === 'number' ? actual : typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : NaN;
      if (Number.isNaN(number)) return false;
      return condition.op === 'greater-than' ? number > Number(condition.value) : number < Number(condition.value);
    }
    case 'contains':
      return present && normalizeText(String(actual)).includes(normalizeText(String(condition.value)));
    case 'equals':
    case 'not-equals': {
      const equal = present && normalizeText(String(actual)) === normalizeText(String(condition.value));
      return condition.op === 'equals' ? equal : !equal;
    }
  }
}

/** Whether one condition holds for the facts. */
export function conditionHolds(condition: RuleCondition, facts: RuleFacts): boolean {
  switch (condition.field) {
    case 'channel':
      return condition.values.includes(facts.channel) === (condition.op === 'is');
    case 'inbox':
      return condition.values.includes(facts.inboxId) === (condition.op === 'is');
    case 'text': {
      if (condition.language !== undefined && !sameLanguage(facts.language, condition.language)) return false;
      const text = normalizeText(facts.text);
      return condition.values.some((value) => (condition.op === 'contains' ? text.includes(normalizeText(value)) : matchesWords(facts.text, value)));
    }
    case 'label':
      return condition.values.some((id) => facts.labelIds.includes(id)) === (condition.op === 'has');
    case 'priority':
      return condition.values.includes(facts.priority) === (condition.op === 'is');
    case 'business-hours':
      return facts.insideBusinessHours === (condition.op === 'inside');
    case 'contact-attribute':
      return attributeHolds(facts.contactAttributes, condition);
    case 'conversation-attribute':
      return attributeHolds(facts.conversationAttributes, condition);
    case 'country':
      return condition.values.some((code) => code.toUpperCase() === facts.country) === (condition.op === 'is');
    case 'language':
      return condition.values.some((tag) => sameLanguage(facts.language, tag)) === (condition.op === 'is');
    case 'waiting-minutes':
      if (facts.waitingMinutes === null) return false;
      return condition.op === 'greater-than' ? facts.waitingMinutes > condition.value : facts.waitingMinutes < condition.value;
    case 'csat-score':
      if (facts.csatScore === null) return false;
      return condition.op === 'equals' ? facts.csatScore === condition.value : condition.op === 'greater-than' ? facts.csatScore > condition.value : facts.csatScore < condition.value;
  }
}

/** Whether the conditions hold: all of them, or any one; no conditions always hold. */
export function conditionsHold(conditions: RuleConditions, facts: RuleFacts): boolean {
  if (conditions.items.length === 0) return true;
  return conditions.match === 'all' ? conditions.items.every((c) => conditionHolds(c, facts)) : conditions.items.some((c) => conditionHolds(c, facts));
}
