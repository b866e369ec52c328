import type { ContactInfo, PreChatField, PreChatFields, Session } from './types';
import type { StringKey } from './strings';

export type PreChatErrors = Partial<Record<PreChatField, StringKey>>;

/** The form's fields in the order it shows them. */
export const PRE_CHAT_ORDER: readonly PreChatField[] = ['name', 'email', 'phone'];

// What the server's @IsEmail accepts in practice; the server stays the judge.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;
// Digits with the usual separators, 6 to 15 digits (E.164's most); the server reads the number for real.
const PHONE = /^\+?[\d\s().-]+$/;

function problem(field: PreChatField, value: string): StringKey | undefined {
  if (field === 'name') return value.length > 200 ? 'nameTooLong' : undefined;
  if (field === 'email') return value.length > 254 || !EMAIL.test(value) ? 'emailInvalid' : undefined;
  const digits = value.replace(/\D/g, '').length;
  return !PHONE.test(value) || digits < 6 || digits > 15 ? 'phoneInvalid' : undefined;
}

const REQUIRED: Record<PreChatField, StringKey> = { name: 'nameRequired', email: 'emailRequired', phone: 'phoneRequired' };

/**
 * Checks the pre-chat form against the fields the inbox asks for: a
 * required one must be filled, a filled one must be well-formed. Returns the
 * cleaned values (the empty optional ones left out) or the errors per field.
 */
export function validatePreChat(
  fields: PreChatFields,
  input: Partial<Record<PreChatField, string>>,
): { ok: true; value: ContactInfo } | { ok: false; errors: PreChatErrors } {
  const value: ContactInfo = {};
  const errors: PreChatErrors = {};
  for (const field of PRE_CHAT_ORDER) {
    if (!fields[field]) continue;
    const raw = (input[field] ?? '').trim();
    const clean = field === 'name' ? raw.replace(/\s+/g, ' ') : raw;
    const error = clean ? problem(field, clean) : fields[field] === 'required' ? REQUIRED[field] : undefined;
    if (error) errors[field] = error;
    else if (clean) value[field] = clean;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/**
 * The form comes before the first message when the inbox asks for fields,
 * until the visitor sent it (`answered`) or their contact already has every
 * required one (a returning visitor).
 */
export function needsPreChat(session: Session | null, hasMessages: boolean, answered: boolean): boolean {
  if (!session || hasMessages || answered) return false;
  const fields = session.inbox.preChatFields;
  const asked = PRE_CHAT_ORDER.filter((f) => fields[f]);
  if (asked.length === 0) return false;
  const known = (f: PreChatField) => !!session.contact?.[f];
  const required = asked.filter((f) => fields[f] === 'required');
  return required.length ? !required.every(known) : !asked.some(known);
}
