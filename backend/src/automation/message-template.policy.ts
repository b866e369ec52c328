/**
 * Templates of automatic messages and quick replies: `{{contact.name}}`,
 * with an optional fallback after a bar: `{{contact.name | there}}`.
 *
 * A known variable without a value renders its fallback, or nothing. An
 * unknown variable (a typo) is left visible as written: the admin sees it in
 * the dialog and fixes it, where a silently dropped word would hide the
 * mistake. Saving a template with an unknown variable is refused anyway
 * (`templateProblems`), so this happens only for templates stored before.
 */

export const TEMPLATE_VARIABLES = ['contact.name', 'contact.email', 'contact.phone', 'agent.name', 'inbox.name', 'expected_wait', 'next_opening', 'queue.position'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const ATTRIBUTE_PREFIX = 'contact.attributes.';
const CONVERSATION_ATTRIBUTE_PREFIX = 'conversation.attributes.';
const PLACEHOLDER = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;
const ATTRIBUTE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** Values for one rendering; a missing or null value renders the fallback. Attributes are the contact's own map, conversation attributes the conversation's. */
export interface TemplateValues {
  variables: Partial<Record<TemplateVariable, string | null>>;
  attributes?: Record<string, unknown>;
  conversationAttributes?: Record<string, unknown> | null;
}

/** `{{contact.attributes.key}}` or `{{conversation.attributes.key}}`: which map, and the key; null for other names. */
function attributeOf(name: string): { map: 'attributes' | 'conversationAttributes'; key: string } | null {
  const [prefix, map] = name.startsWith(ATTRIBUTE_PREFIX) ? [ATTRIBUTE_PREFIX, 'attributes' as const] : [CONVERSATION_ATTRIBUTE_PREFIX, 'conversationAttributes' as const];
  const key = name.startsWith(prefix) ? name.slice(prefix.length) : '';
  return ATTRIBUTE_NAME.test(key) ? { map, key } : null;
}

const isKnown = (name: string): boolean => (TEMPLATE_VARIABLES as readonly string[]).includes(name) || attributeOf(name) !== null;

function valueOf(name: string, values: TemplateValues): string | null {
  const attribute = attributeOf(name);
  if (attribute) {
    const value = values[attribute.map]?.[attribute.key];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
  }
  return values.variables[name as TemplateVariable] ?? null;
}

export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string, fallback: string | undefined) => {
    if (!isKnown(name)) return whole;
    const value = valueOf(name, values);
    return value !== null && value !== '' ? value : (fallback ?? '');
  });
}

/** The variables a template uses that do not exist, for a 400 at save time. */
export function templateProblems(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !isKnown(name));
}
