/** Quick replies: the `/shortcut` typed in the composer, and the variables filled into the text. */

export interface QuickReply {
  id: number;
  /** What the operator types after `/`, e.g. `hello`. */
  shortcut: string;
  title: string;
  /** The text, with `{{contact.name}}`, `{{contact.email}}`, `{{agent.name}}` variables. */
  content: string;
  /** Files inserted with it. */
  attachments?: Array<{ fileName: string; size: number }>;
}

export interface TemplateVariables {
  contact?: { name?: string | null; email?: string | null; phone?: string | null; attributes?: Record<string, unknown> } | null;
  agent?: { name?: string | null } | null;
  conversation?: { attributes?: Record<string, unknown> } | null;
}

export const KNOWN_VARIABLES: Record<'contact' | 'agent', readonly string[]> = { contact: ['name', 'email', 'phone'], agent: ['name'] };

const attributeText = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

/**
 * Fills `{{contact.name}}`-style variables and custom attributes
 * (`{{contact.attributes.tier}}`, `{{conversation.attributes.order_id}}`).
 * An unknown contact name leaves no gap ("Hello {{contact.name}}!" →
 * "Hello!"), unknown variables stay as typed so the operator notices them
 * before sending.
 */
export function fillTemplate(template: string, vars: TemplateVariables): string {
  const filled = template
    .replace(/\{\{\s*(contact|conversation)\.attributes\.([\w-]+)\s*\}\}/g, (_whole, scope: 'contact' | 'conversation', key: string) => attributeText(vars[scope]?.attributes?.[key]))
    .replace(/\{\{\s*(contact|agent)\.(\w+)\s*\}\}/g, (whole, scope: 'contact' | 'agent', key: string) => {
      if (!KNOWN_VARIABLES[scope].includes(key)) return whole;
      const value = (vars[scope] as Record<string, unknown> | null | undefined)?.[key];
      return typeof value === 'string' ? value.trim() : '';
    });
  return filled
    .replace(/[ \t]+([,.!?;:])/g, '$1')
    .replace(/([,])(?=[!?.])/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * The `/query` being typed right before the caret, if any: a slash at the
 * start of the text or after whitespace, followed by no whitespace.
 */
export function slashQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2].length - 1, query: match[2] };
}

/** Matches on the shortcut first, then the title, then the text; case-insensitive. */
export function filterQuickReplies(items: QuickReply[], query: string): QuickReply[] {
  const q = query.trim().toLowerCase();
  if (!q) return items;
  const score = (r: QuickReply) => {
    if (r.shortcut.toLowerCase().startsWith(q)) return 0;
    if (r.shortcut.toLowerCase().includes(q)) return 1;
    if (r.title.toLowerCase().includes(q)) return 2;
    if (r.content.toLowerCase().includes(q)) return 3;
    return -1;
  };
  return items
    .map((r) => ({ r, s: score(r) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s)
    .map((x) => x.r);
}
