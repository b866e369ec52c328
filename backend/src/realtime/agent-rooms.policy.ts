/** The rooms of the operators' namespace (`/agents`). */
export const rooms = {
  allAgents: 'agents',
  agent: (agentId: number) => `agent:${agentId}`,
  /** Supervisors and admins: the live floor (supervision/board.service.ts). */
  supervisors: 'supervisors',
  /** Admins: linked WhatsApp numbers' connection state. */
  admins: 'admins',
  /** Members of one inbox: its team's operators, or everyone for a shared inbox. */
  inbox: (inboxId: number) => `inbox:${inboxId}`,
  isInbox: (room: string) => room.startsWith('inbox:'),
  /** Supervisors and admins: every inbox. */
  everyInbox: 'inboxes:all',
  conversation: (conversationId: number) => `conversation:${conversationId}`,
  isConversation: (room: string) => room.startsWith('conversation:'),
  visitor: (inboxId: number, visitorId: string) => `visitor:${inboxId}:${visitorId}`,
};

interface ScopedPayload {
  conversation?: { id: number; inboxId: number; assigneeId: number | null };
  message?: { conversationId: number; inboxId: number };
  contact?: { identities: Array<{ inboxId: number }> };
  inboxId?: number;
}

/**
 * Who may receive an event for operators: whatever names a conversation, a
 * message, a contact or an inbox goes to the members of those inboxes, the
 * supervisors, and the operator holding (or watching) the conversation —
 * never to the whole floor. Only events about no inbox (an operator's
 * status) reach every operator.
 */
export function roomsFor(payload: ScopedPayload): string[] {
  const inboxIds = new Set<number>();
  const extra: string[] = [];
  if (payload.conversation) {
    inboxIds.add(payload.conversation.inboxId);
    extra.push(rooms.conversation(payload.conversation.id));
    if (payload.conversation.assigneeId !== null) extra.push(rooms.agent(payload.conversation.assigneeId));
  }
  if (payload.message) {
    inboxIds.add(payload.message.inboxId);
    extra.push(rooms.conversation(payload.message.conversationId));
  }
  for (const identity of payload.contact?.identities ?? []) inboxIds.add(identity.inboxId);
  if (payload.inboxId !== undefined) inboxIds.add(payload.inboxId);
  const scoped = payload.conversation || payload.message || payload.contact || payload.inboxId !== undefined;
  if (!scoped) return [rooms.allAgents];
  return [rooms.everyInbox, ...[...inboxIds].map(rooms.inbox), ...extra];
}
