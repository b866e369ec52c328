import type { Attachment, ChoiceButton, ConversationInfo, Message, QueuePlace, Session } from './types';

/**
 * A message as the widget shows it: one the server stored, or one of the
 * visitor's own that the server has not acknowledged yet (`id` null, status
 * `pending` while sending, `failed` with an `error` when it could not be sent).
 */
export interface ChatMessage extends Omit<Message, 'id' | 'conversationId'> {
  id: number | null;
  conversationId: number | null;
  error?: string;
}

/** The visitor's message as it appears the moment they press Enter. */
export function localMessage(input: {
  clientMessageId: string;
  text: string;
  attachments?: Attachment[];
  now?: Date;
}): ChatMessage {
  return {
    id: null,
    conversationId: null,
    direction: 'in',
    senderType: 'contact',
    senderName: null,
    kind: input.attachments?.length && !input.text ? 'file' : 'text',
    text: input.text || null,
    attachments: input.attachments ?? [],
    status: 'pending',
    clientMessageId: input.clientMessageId,
    createdAt: (input.now ?? new Date()).toISOString(),
  };
}

const STATUS_RANK: Record<ChatMessage['status'], number> = { failed: 0, pending: 1, sent: 2, delivered: 3, read: 4 };

/**
 * Server messages first, by id (ids grow with insertion; clocks of browser and
 * server disagree, so createdAt is not trusted for order), then the visitor's
 * unacknowledged ones in the order they were written.
 */
export function compareMessages(a: ChatMessage, b: ChatMessage): number {
  if (a.id !== null && b.id !== null) return a.id - b.id;
  if (a.id !== null) return -1;
  if (b.id !== null) return 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/**
 * Merges server messages (a history page, an ack, a `message.created` push,
 * another tab's echo) into the list. A message already known by id is
 * updated in place; one matching a local message by clientMessageId replaces
 * it. Nothing is ever listed twice. Returns a new array.
 */
export function mergeMessages(list: readonly ChatMessage[], incoming: readonly Message[]): ChatMessage[] {
  const next = list.slice();
  const byId = new Map<number, number>();
  const byClientId = new Map<string, number>();
  const index = (m: ChatMessage, i: number) => {
    if (m.id !== null) byId.set(m.id, i);
    if (m.clientMessageId) byClientId.set(m.clientMessageId, i);
  };
  next.forEach(index);
  for (const message of incoming) {
    const at = byId.get(message.id) ?? (message.clientMessageId ? byClientId.get(message.clientMessageId) : undefined);
    if (at === undefined) {
      next.push(message);
      index(message, next.length - 1);
      continue;
    }
    const known = next[at];
    // A late copy (an older history page, a slow ack) must not take a read receipt back.
    const keepStatus = known.id === message.id && STATUS_RANK[known.status] > STATUS_RANK[message.status] && message.status !== 'failed';
    next[at] = keepStatus ? { ...message, status: known.status } : message;
    index(next[at], at);
  }
  return next.sort(compareMessages);
}

/** Adds the visitor's new message, or puts a failed one back to `pending` for a retry. */
export function upsertLocal(list: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  const at = list.findIndex((m) => m.clientMessageId === message.clientMessageId);
  if (at === -1) return [...list, message].sort(compareMessages);
  if (list[at].id !== null) return list.slice(); // already stored by the server: nothing to resend
  const next = list.slice();
  next[at] = { ...list[at], ...message, createdAt: list[at].createdAt };
  return next;
}

/** Marks an unacknowledged message as sending again or failed. Server-stored messages are left alone. */
export function setLocalStatus(
  list: readonly ChatMessage[],
  clientMessageId: string,
  status: 'pending' | 'failed',
  error?: string,
): ChatMessage[] {
  return list.map((m) =>
    m.clientMessageId === clientMessageId && m.id === null ? { ...m, status, error: status === 'failed' ? error : undefined } : m,
  );
}

export function findLocal(list: readonly ChatMessage[], clientMessageId: string): ChatMessage | undefined {
  return list.find((m) => m.clientMessageId === clientMessageId);
}

export function isFromVisitor(m: Pick<ChatMessage, 'direction'>): boolean {
  return m.direction === 'in';
}

/** The conversation an automatic survey asks the visitor to rate with stars, or null for any other message. */
export function surveyOf(m: Pick<ChatMessage, 'senderType' | 'payload'>): number | null {
  if (m.senderType !== 'system' || m.payload?.automatic !== 'csat') return null;
  const csat = m.payload.csat as { form?: unknown; conversationId?: unknown } | undefined;
  return csat?.form === 'widget' && typeof csat.conversationId === 'number' ? csat.conversationId : null;
}

/** The buttons a bot offers under its message (`payload.buttons`), or none. */
export function choicesOf(m: Pick<ChatMessage, 'direction' | 'payload'>): ChoiceButton[] {
  const buttons = m.direction === 'out' ? m.payload?.buttons : undefined;
  if (!Array.isArray(buttons)) return [];
  return buttons.filter((b): b is ChoiceButton => typeof b?.title === 'string' && typeof b?.payload === 'string');
}

/** Events ("conversation closed", queue position) render as a centred line, not a bubble. */
export function isSystemLine(m: Pick<ChatMessage, 'senderType' | 'kind'>): boolean {
  return m.senderType === 'system' || m.kind === 'event';
}

/**
 * Unread = replies (operator, bot, system) newer than the last one the
 * visitor saw with the panel open and the tab visible. Counting against a
 * stored "seen" id rather than incrementing a counter means a repeated push
 * or a history reload can never count a message twice, and the badge
 * survives the visitor moving to another page of the site.
 */
export function unreadCount(list: readonly ChatMessage[], seenId: number): number {
  let n = 0;
  for (const m of list) if (m.id !== null && m.id > seenId && !isFromVisitor(m)) n++;
  return n;
}

/** The newest server id in the list (0 when none). */
export function newestId(list: readonly ChatMessage[]): number {
  let max = 0;
  for (const m of list) if (m.id !== null && m.id > max) max = m.id;
  return max;
}

/** The oldest server id: the `before` cursor of the next history page. */
export function oldestId(list: readonly ChatMessage[]): number | null {
  let min: number | null = null;
  for (const m of list) if (m.id !== null && (min === null || m.id < min)) min = m.id;
  return min;
}

/** Messages still waiting for the server (sent again after a reconnect). */
export function pendingMessages(list: readonly ChatMessage[]): ChatMessage[] {
  return list.filter((m) => m.id === null && m.status === 'pending');
}

/**
 * The place in the queue after the conversation changed: it stays while
 * the conversation waits, and goes once an operator has it or it closed.
 */
export function placeAfterChange(place: QueuePlace | null, conversation: ConversationInfo): QueuePlace | null {
  if (!place || conversation.id !== place.conversationId) return place;
  return conversation.status === 'queued' ? place : null;
}

/**
 * The place after a (re)connect: kept only while the same conversation
 * still waits. The server tells the current place right after the session,
 * so one missed while offline is not shown.
 */
export function placeAfterSession(place: QueuePlace | null, session: Pick<Session, 'conversationId' | 'conversationStatus'>): QueuePlace | null {
  return place && session.conversationId === place.conversationId && session.conversationStatus === 'queued' ? place : null;
}
