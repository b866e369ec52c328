/**
 * Custom attributes: what an admin defines (a key, a type, whether it is
 * required) and the checks every value goes through before it is stored on
 * a contact or a conversation. Pure, so the rules are read and tested here.
 */

export const ATTRIBUTE_TARGETS = ['contact', 'conversation'] as const;
export type AttributeTarget = (typeof ATTRIBUTE_TARGETS)[number];

export const ATTRIBUTE_TYPES = ['text', 'number', 'date', 'list', 'checkbox', 'link'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** A key as templates and filters name it: lowercase letters, digits and `_`, starting with a letter. */
export const ATTRIBUTE_KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** The longest text (or link) value: values are shown in a panel and a CSV cell, not documents. */
export const ATTRIBUTE_TEXT_MAX = 1000;

export type AttributeValue = string | number | boolean;

export interface AttributeDefinitionRule {
  key: string;
  type: AttributeType;
  required: boolean;
  /** The choices of a `list`. */
  options: string[] | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function isLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The value to store for `raw`, or what is wrong with it (the end of a
 * sentence that starts with the attribute's name). Texts are trimmed; a
 * blank text is no value (null), as is null itself.
 */
export function attributeValue(rule: AttributeDefinitionRule, raw: unknown): { value: AttributeValue | null } | { problem: string } {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { value: null };
  switch (rule.type) {
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? { value: raw } : { problem: 'must be a number' };
    case 'checkbox':
      return typeof raw === 'boolean' ? { value: raw } : { problem: 'must be true or false' };
    case 'date':
      return typeof raw === 'string' && isDate(raw.trim()) ? { value: raw.trim() } : { problem: 'must be a date as YYYY-MM-DD' };
    case 'list': {
      const options = rule.options ?? [];
      return typeof raw === 'string' && options.includes(raw.trim()) ? { value: raw.trim() } : { problem: `must be one of: ${options.join(', ')}` };
    }
    case 'link':
      if (typeof raw !== 'string' || !isLink(raw.trim())) return { problem: 'must be an http or https URL' };
      return raw.trim().length > ATTRIBUTE_TEXT_MAX ? { problem: `must be at most ${ATTRIBUTE_TEXT_MAX} characters` } : { value: raw.trim() };
    case 'text':
      if (typeof raw !== 'string') return { problem: 'must be a text' };
      return raw.trim().length > ATTRIBUTE_TEXT_MAX ? { problem: `must be at most ${ATTRIBUTE_TEXT_MAX} characters` } : { value: raw.trim() };
  }
}

/**
 * An operator's (or an integration's) change of a record's attributes:
 * `changes` maps keys to new values, null (or blank text) removes one.
 * Every key must be defined for the record's kind, every value fit its
 * type, and after the change every required attribute must have a value:
 * whoever edits a record's attributes fills its required ones. Records
 * nobody edited keep what they have (a definition made required later
 * does not make them unreadable or uneditable in other ways), and keys
 * with no definition that a channel or a bot stored (a Telegram username)
 * are kept as they are. Problems name the field: `attributes.order_id
 * must be a number`.
 */
export function applyAttributeChanges(
  rules: readonly AttributeDefinitionRule[],
  current: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>>,
  target: AttributeTarget,
): { attributes: Record<string, unknown>; problems: string[] } {
  const ruleOf = new Map(rules.map((r) => [r.key, r]));
  const attributes: Record<string, unknown> = { ...current };
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(changes)) {
    const rule = ruleOf.get(key);
    if (!rule) {
      problems.push(`attributes.${key} is not a defined ${target} attribute`);
      continue;
    }
    const checked = attributeValue(rule, raw);
    if ('problem' in checked) problems.push(`attributes.${key} ${checked.problem}`);
    else if (checked.value === null) delete attributes[key];
    else attributes[key] = checked.value;
  }
  for (const rule of rules) {
    if (rule.required && !(rule.key in attributes) && !problems.some((p) => p.startsWith(`attributes.${rule.key} `))) problems.push(`attributes.${rule.key} is required`);
  }
  return { attributes, problems };
}

/** A flow's variables are text: "42" collected for a number attribute is the number 42, "true" for a checkbox is true. */
function fromFlowText(type: AttributeType, raw: AttributeValue): AttributeValue {
  if (typeof raw !== 'string') return raw;
  if (type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  if (type === 'checkbox' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/**
 * A bot's values (a flow's set step, the bot API): defined keys are held to
 * their type, and a value that does not fit is left out (a running flow
 * cannot be answered with a 400; the names come back for the log). Keys
 * with no definition are kept as bots always could, for templates and
 * HTTP steps. Required attributes are not asked of a bot, which collects
 * them one at a time.
 */
export function botAttributeValues(
  rules: readonly AttributeDefinitionRule[],
  values: Readonly<Record<string, AttributeValue>>,
): { attributes: Record<string, AttributeValue>; skipped: string[] } {
  const ruleOf = new Map(rules.map((r) => [r.key, r]));
  const attributes: Record<string, AttributeValue> = {};
  const skipped: string[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const rule = ruleOf.get(key);
    if (!rule) {
      attributes[key] = raw;
      continue;
    }
    const checked = attributeValue(rule, fromFlowText(rule.type, raw));
    if ('problem' in checked || checked.value === null) skipped.push(key);
    else attributes[key] = checked.value;
  }
  return { attributes, skipped };
}

/** `order_id:42` from a list or search query: the key and the value as written. */
export const ATTRIBUTE_FILTER = /^([a-z][a-z0-9_]{0,63}):(.{1,200})$/s;

/**
 * `attr` query values into key/value pairs. Each is compared with the stored
 * value as text (a number as JSON writes it, a checkbox as `true`/`false`),
 * so the filter needs no definition and works for provider-set keys too.
 */
export function parseAttributeFilters(raw: string | string[] | undefined): Array<{ key: string; value: string }> {
  return (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).map((item) => {
    const [, key, value] = ATTRIBUTE_FILTER.exec(item) as RegExpExecArray;
    return { key, value };
  });
}

/** A value as a CSV cell or a template shows it. */
export function attributeText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
