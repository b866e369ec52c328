import type { EmailEventPayload } from '@inbox/connectors';

/** Longest quoted history or signature kept in a message's payload for folding; the whole mail is in its EmailBody. */
export const FOLDED_MAX_CHARS = 8000;
/** References kept in the payload: enough to thread, small enough for the row. */
const MAX_REFERENCES = 50;

export type EmailAdmission = { store: true } | { store: false; reason: string };

/**
 * Only mail a person wrote to us opens or joins a conversation. Auto-replies,
 * bounces and list mail would otherwise get greetings, CSAT surveys and bot
 * answers, and two auto-responders would answer each other forever; mail
 * from the inbox's own address is our own copy or such a loop.
 */
export function admitEmail(payload: EmailEventPayload): EmailAdmission {
  if (payload.fromOwnAddress) return { store: false, reason: 'sent from the inbox’s own address' };
  if (payload.classification !== 'normal') {
    return { store: false, reason: `${payload.classification}${payload.classificationReason ? ` (${payload.classificationReason})` : ''}` };
  }
  return { store: true };
}

/** A conversation an inbound mail could belong to. */
export interface ThreadCandidate {
  conversationId: number;
  contactId: number;
  open: boolean;
}

/**
 * The open conversation a mail joins, or null for the sender's own open
 * conversation (or a new one). A Message-ID in In-Reply-To / References is
 * proof of having the thread's mail, so it wins whoever writes (a colleague
 * in copy, the customer's other address). The subject tag can be typed by
 * anyone, so it counts only for the conversation's own contact. A closed
 * conversation is never written into: its follow-up starts a new one.
 */
export function pickConversation(byReference: ThreadCandidate | null, byTag: ThreadCandidate | null, senderContactId: number | null): number | null {
  if (byReference?.open) return byReference.conversationId;
  if (byTag?.open && senderContactId !== null && byTag.contactId === senderContactId) return byTag.conversationId;
  return null;
}

/**
 * What the message row keeps of a mail: threading headers, addresses and the
 * folded part, without the HTML and the attachment bytes (they are stored
 * apart) and within the size a JSON column holds on MySQL.
 */
export function storedEmailPayload(
  payload: EmailEventPayload,
  extra: { from: { address: string; name?: string }; inlineAttachmentIds: number[]; skippedAttachments: { fileName: string; reason: string }[] },
): Record<string, unknown> {
  const stored: Record<string, unknown> = {
    subject: payload.subject.slice(0, 500),
    // Who wrote it: in a conversation joined by reference that may be someone else than its customer (a colleague in copy).
    from: extra.from,
    messageId: payload.messageId,
    inReplyTo: payload.inReplyTo,
    references: payload.references.slice(-MAX_REFERENCES),
    to: payload.to.slice(0, 20),
    cc: payload.cc.slice(0, 20),
    replyTo: payload.replyTo,
    hasHtml: payload.html ? true : undefined,
    quote: payload.quote
      ? {
          quoted: clip(payload.quote.quoted),
          signature: clip(payload.quote.signature),
          position: payload.quote.position,
          truncated: payload.quote.quoted.length > FOLDED_MAX_CHARS || payload.quote.signature.length > FOLDED_MAX_CHARS ? true : undefined,
        }
      : undefined,
    inlineAttachmentIds: extra.inlineAttachmentIds.length ? extra.inlineAttachmentIds : undefined,
    skippedAttachments: extra.skippedAttachments.length ? extra.skippedAttachments : undefined,
  };
  return JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
}

function clip(text: string): string {
  return text.length > FOLDED_MAX_CHARS ? `${text.slice(0, FOLDED_MAX_CHARS)}\n[…]` : text;
}
