/**
 * Threading, pure. An inbound mail belongs to a conversation when one of the Message-IDs it
 * refers to (In-Reply-To, References; RFC 5322 §3.6.4) is the id of a message we stored,
 * ours included, since we set the Message-ID of what we send. When a client dropped those
 * headers, the conversation tag we put in the subject ("Re: Order [#123]") is the fallback.
 */
import type { ParsedEmail } from './email-parse';

export const DEFAULT_SUBJECT_TAG_FORMAT = '[#{id}]';
/** References kept in an outgoing mail: the first (the thread root) and the most recent ones. */
export const MAX_REFERENCES = 20;

/** `<Abc@x>` → `Abc@x`; undefined for an empty value. Case is kept: ids compare exactly. */
export function normalizeMessageId(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const bracketed = /<([^<>]+)>/.exec(value);
  const id = (bracketed ? bracketed[1] : value).replace(/[\s<>]+/g, '');
  return id || undefined;
}

/** Every `<id>` in a References-like header, in order; bare ids when nothing is bracketed. */
export function parseMessageIdList(value: string | string[] | undefined | null): string[] {
  if (!value) return [];
  const text = Array.isArray(value) ? value.join(' ') : value;
  const bracketed = [...text.matchAll(/<([^<>]+)>/g)].map((m) => m[1].replace(/\s+/g, ''));
  const ids = bracketed.length ? bracketed : text.split(/[\s,]+/);
  return unique(ids.filter(Boolean));
}

/**
 * The Message-IDs this mail refers to, most specific first: In-Reply-To, then References from
 * the newest to the thread root. The backend looks them up in order; the first known one wins.
 */
export function threadKeys(parsed: Pick<ParsedEmail, 'inReplyTo' | 'references' | 'messageId'>): string[] {
  const keys = [parsed.inReplyTo, ...[...parsed.references].reverse()].filter((id): id is string => !!id);
  return unique(keys).filter((id) => id !== parsed.messageId);
}

/** In-Reply-To and References for a reply: the known chain (oldest first) plus the message answered. */
export function replyHeaders(chain: readonly string[], replyTo?: string): { inReplyTo?: string; references: string[] } {
  const ids = unique([...chain, ...(replyTo ? [replyTo] : [])].map((id) => normalizeMessageId(id)).filter((id): id is string => !!id));
  // Long threads: keep the root and the newest ids, as RFC 5322 §3.6.4 allows trimming the middle.
  const references = ids.length > MAX_REFERENCES ? [ids[0], ...ids.slice(ids.length - MAX_REFERENCES + 1)] : ids;
  return { inReplyTo: normalizeMessageId(replyTo) ?? references[references.length - 1], references };
}

// ---- the conversation tag in the subject --------------------------------------------------------

/** `[#{id}]` → a regex capturing the id; the format must contain `{id}` exactly once. */
function tagPattern(format: string, flags = ''): RegExp {
  const parts = format.split('{id}');
  if (parts.length !== 2) throw new Error(`Subject tag format must contain {id} once: ${format}`);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escape(parts[0])}([A-Za-z0-9][A-Za-z0-9_-]{0,39})${escape(parts[1])}`, flags);
}

export function formatSubjectTag(id: string | number, format = DEFAULT_SUBJECT_TAG_FORMAT): string {
  return format.replace('{id}', String(id));
}

/** The conversation id in a subject tag, the last one when there are several (the newest system's). */
export function parseSubjectTag(subject: string | undefined, format = DEFAULT_SUBJECT_TAG_FORMAT): string | undefined {
  if (!subject) return undefined;
  const matches = [...subject.matchAll(tagPattern(format, 'g'))];
  return matches.length ? matches[matches.length - 1][1] : undefined;
}

export function stripSubjectTag(subject: string, format = DEFAULT_SUBJECT_TAG_FORMAT): string {
  return subject.replace(tagPattern(format, 'g'), ' ').replace(/\s{2,}/g, ' ').trim();
}

/** Reply and forward prefixes of many clients and languages: Re, RE[2], Fwd, FW, AW, WG, SV, Ответ, Відп, Пересл... */
const PREFIX = /^\s*(re|fwd?|aw|wg|sv|vs|antw|odp|tr|rif|ответ|отв|відп|пересл|переслано)\s*(\[\d+\]|\(\d+\))?\s*:\s*/i;
const FORWARD_PREFIX = /^\s*(fwd?|wg|tr|пересл|переслано)\s*(\[\d+\])?\s*:/i;

/** The subject without reply/forward prefixes and without our tag: "RE: Re: Order [#12]" → "Order". */
export function normalizeSubject(subject: string, format = DEFAULT_SUBJECT_TAG_FORMAT): string {
  let rest = stripSubjectTag(subject, format);
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(PREFIX, '');
  }
  return rest.trim();
}

export function isForwardSubject(subject: string | undefined): boolean {
  return !!subject && FORWARD_PREFIX.test(subject);
}

/** "Re: <original> [#123]": one Re:, our tag once, at the end. */
export function replySubject(original: string | undefined, tagId?: string | number, format = DEFAULT_SUBJECT_TAG_FORMAT): string {
  const base = normalizeSubject(original ?? '', format);
  return withSubjectTag(base ? `Re: ${base}` : 'Re:', tagId, format);
}

export function withSubjectTag(subject: string, tagId?: string | number, format = DEFAULT_SUBJECT_TAG_FORMAT): string {
  if (tagId === undefined || tagId === '') return subject;
  return `${stripSubjectTag(subject, format)} ${formatSubjectTag(tagId, format)}`.trim();
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
