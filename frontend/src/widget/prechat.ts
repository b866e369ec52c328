import type { ContactInfo, Session } from './types';
import type { StringKey } from './strings';

export interface PreChatErrors {
  name?: StringKey;
  email?: StringKey;
}

// What the server's @IsEmail accepts in practice; the server stays the judge.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;

/** Checks the pre-chat form; returns the cleaned values or the errors per field. */
export function validatePreChat(input: { name: string; email: string }): { ok: true; value: Required<ContactInfo> } | { ok: false; errors: PreChatErrors } {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const email = input.email.trim();
  const errors: PreChatErrors = {};
  if (!name) errors.name = 'nameRequired';
  else if (name.length > 200) errors.name = 'nameTooLong';
  if (!email) errors.email = 'emailRequired';
  else if (email.length > 254 || !EMAIL.test(email)) errors.email = 'emailInvalid';
  return errors.name || errors.email ? { ok: false, errors } : { ok: true, value: { name, email } };
}

/** The form comes before the first message, when the inbox asks for it and the visitor has no name yet. */
export function needsPreChat(session: Session | null, hasMessages: boolean): boolean {
  return !!session?.inbox.preChatForm && !session.contact?.name && !hasMessages;
}
