import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { ConversationDto, ConversationPresenter, MessageDto } from '../conversations/conversation.presenter';

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
  /** Supervisors only: the live floor (supervision/board.service.ts). */
  'board.updated': { board: unknown };
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

export const rooms = {
  allAgents: 'agents',
  supervisors: 'supervisors',
  agent: (agentId: number) => `agent:${agentId}`,
  conversation: (conversationId: number) => `conversation:${conversationId}`,
  isConversation: (room: string) => room.startsWith('conversation:'),
  visitor: (inboxId: number, visitorId: string) => `visitor:${inboxId}:${visitorId}`,
};

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

  toAgents<E extends keyof AgentServerEvents>(event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.allAgents).emit(event, payload);
  }

  toAgent<E extends keyof AgentServerEvents>(agentId: number, event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.agent(agentId)).emit(event, payload);
  }

  /** Whether a supervisor is connected to this process (the board is only worth computing then). */
  hasLocalSupervisors(): boolean {
    return (this.agents?.adapter.rooms.get(rooms.supervisors)?.size ?? 0) > 0;
  }

  toSupervisors<E extends keyof AgentServerEvents>(event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.supervisors).emit(event, payload);
  }

  /** Only the operators' tabs that have this conversation open: for what matters to nobody else, like typing. */
  toWatchers<E extends keyof AgentServerEvents>(conversationId: number, event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.conversation(conversationId)).emit(event, payload);
  }

  toVisitor<E extends keyof WidgetServerEvents>(inboxId: number, visitorId: string, event: E, payload: WidgetServerEvents[E]): void {
    this.widget?.to(rooms.visitor(inboxId, visitorId)).emit(event, payload);
  }
}
