import type { AgentRole } from '../agents/agent.entity';

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
  conversationIdOf: (room: string) => Number(room.slice('conversation:'.length)),
  visitor: (inboxId: number, visitorId: string) => `visitor:${inboxId}:${visitorId}`,
  /** Every open widget of one inbox: closed together when the inbox is archived. */
  visitors: (inboxId: number) => `visitors:${inboxId}`,
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

/**
 * The rooms a tab is in for who the operator is: their inboxes' (or every
 * inbox's), and the supervisors' and admins' rooms. A change of teams, role
 * or an inbox's team changes these, and only these (with the watched
 * conversation, which is checked on its own).
 */
export function membershipRooms(role: AgentRole, visibleInboxIds: number[] | 'all'): string[] {
  const elevated = role === 'supervisor' || role === 'admin';
  return [...(visibleInboxIds === 'all' ? [rooms.everyInbox] : visibleInboxIds.map(rooms.inbox)), ...(elevated ? [rooms.supervisors] : []), ...(role === 'admin' ? [rooms.admins] : [])];
}

const isMembershipRoom = (room: string) => rooms.isInbox(room) || room === rooms.everyInbox || room === rooms.supervisors || room === rooms.admins;

/**
 * What one tab must join and leave to match the operator as they are now:
 * `wanted` from membershipRooms, `seenConversationIds` the watched
 * conversations they may still see. Their own and the whole floor's rooms
 * stay.
 */
export function roomChanges(current: Iterable<string>, wanted: string[], seenConversationIds: Set<number>): { join: string[]; leave: string[] } {
  const now = new Set(current);
  const leave = [...now].filter((room) => (isMembershipRoom(room) && !wanted.includes(room)) || (rooms.isConversation(room) && !seenConversationIds.has(rooms.conversationIdOf(room))));
  return { join: wanted.filter((room) => !now.has(room)), leave };
}
