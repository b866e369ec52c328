import type { Message } from '../../conversations/message.entity';

/** Ids without a real Message-ID (hashes of mails that had none) must not appear in headers. */
const SYNTHETIC_ID = /@no-message-id\.invalid$/;

export interface EmailThread {
  /** The subject the customer started with; "Re:" and the tag are added when sending. */
  subject?: string;
  /** The mail being answered: the customer's latest. */
  inReplyTo?: string;
  /** Every Message-ID of the thread, oldest first: the customer's own chain, then the conversation's mail. */
  references: string[];
}

/** The threading headers of a reply, from the conversation's stored messages (oldest first). Pure. */
export function emailThread(messages: Pick<Message, 'direction' | 'externalId' | 'payload'>[]): EmailThread {
  const inbound = messages.filter((m) => m.direction === 'in');
  const firstSubject = inbound.map((m) => m.payload?.subject).find((s): s is string => typeof s === 'string' && s.trim() !== '');
  const latest = inbound.at(-1);
  const chain = Array.isArray(latest?.payload?.references) ? (latest.payload.references as unknown[]).filter((r): r is string => typeof r === 'string') : [];
  const own = messages.map((m) => m.externalId).filter((id): id is string => !!id);
  const references = [...new Set([...chain, ...own])].filter((id) => !SYNTHETIC_ID.test(id));
  const inReplyTo = latest?.externalId && !SYNTHETIC_ID.test(latest.externalId) ? latest.externalId : undefined;
  return { subject: firstSubject, inReplyTo, references };
}
