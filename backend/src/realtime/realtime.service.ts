import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { ConversationDto, ConversationPresenter, MessageDto } from '../conversations/conversation.presenter';
import { rooms, roomsFor } from './agent-rooms.policy';

export { rooms } from './agent-rooms.policy';

/** What the server pushes to operators on `/agents` (DESIGN §8). */
export interface AgentServerEvents {
  'conversation.created': { conversation: ConversationDto };
  'conversation.updated': { conversation: ConversationDto };
  'conversation.assigned': { conversation: ConversationDto };
  /** Offer and broadcast modes: accept within the offer's time. */
  'conversation.offered': { conversation: ConversationDto };
  'message.created': { message: MessageDto };
  /** Delivery status or text changed. */
  'message.updated': { message: MessageDto };
  /** To the operators watching the conversation (`conversation.watch`): the customer is typing. */
  typing: { conversationId: number; on: boolean; who: 'contact' };
  /** A contact's name, e-mail, phone or language changed. */
  'contact.updated': { contact: Awaited<ReturnType<ConversationPresenter['contact']>> };
  'agent.updated': { agent: unknown };
  'queue.updated': { inboxId: number };
}

/** What the server pushes to site visitors on `/widget`. */
export interface WidgetServerEvents {
  'message.created': { message: MessageDto };
  /** Delivery status of an operator's message changed. */
  'message.updated': { message: MessageDto };
  'conversation.updated': { conversation: { id: number; status: string } };
  typing: { on: boolean };
  'queue.position': { conversationId: number; position: number };
}

/**
 * The one door to the socket servers, so services never touch socket.io.
 * With REDIS_URL set the adapter carries every emit to the other processes.
 */
@Injectable()
export class RealtimeService {
  private agents?: Namespace;
  private widget?: Namespace;

  attachAgents(namespace: Namespace): void {
    this.agents = namespace;
  }

  attachWidget(namespace: Namespace): void {
    this.widget = namespace;
  }

  /** To the operators who may see what the payload is about (roomsFor): an inbox's members, supervisors, its holder. */
  toAgents<E extends keyof AgentServerEvents>(event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(roomsFor(payload as Parameters<typeof roomsFor>[0])).emit(event, payload);
  }

  /** An operator's open tabs follow a change of their teams or role: the rooms of the inboxes they may see now. */
  moveAgent(agentId: number, visibleInboxIds: number[] | 'all', allInboxIds: number[]): void {
    const tabs = this.agents?.in(rooms.agent(agentId));
    tabs?.socketsLeave([rooms.everyInbox, ...allInboxIds.map(rooms.inbox)]);
    tabs?.socketsJoin(visibleInboxIds === 'all' ? [rooms.everyInbox] : visibleInboxIds.map(rooms.inbox));
  }

  /** An inbox got another team (or none: shared with everyone): its room gets the new members' tabs. */
  setInboxMembers(inboxId: number, agentIds: number[] | 'everyone'): void {
    if (!this.agents) return;
    this.agents.in(rooms.inbox(inboxId)).socketsLeave(rooms.inbox(inboxId));
    if (agentIds === 'everyone') this.agents.in(rooms.allAgents).socketsJoin(rooms.inbox(inboxId));
    else if (agentIds.length) this.agents.in(agentIds.map(rooms.agent)).socketsJoin(rooms.inbox(inboxId));
  }

  /** Closes an operator's sockets: their token was voided (password or role changed). */
  disconnectAgent(agentId: number): void {
    this.agents?.in(rooms.agent(agentId)).disconnectSockets(true);
  }

  toAgent<E extends keyof AgentServerEvents>(agentId: number, event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.agent(agentId)).emit(event, payload);
  }

  /** Only the operators' tabs that have this conversation open: for what matters to nobody else, like typing. */
  toWatchers<E extends keyof AgentServerEvents>(conversationId: number, event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.conversation(conversationId)).emit(event, payload);
  }

  toVisitor<E extends keyof WidgetServerEvents>(inboxId: number, visitorId: string, event: E, payload: WidgetServerEvents[E]): void {
    this.widget?.to(rooms.visitor(inboxId, visitorId)).emit(event, payload);
  }
}
