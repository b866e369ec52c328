import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Namespace } from 'socket.io';
import type { ConversationDto, ConversationPresenter, MessageDto } from '../conversations/conversation.presenter';
import { rooms, roomsFor } from './agent-rooms.policy';
import type { SlaAlert } from '../common/domain-events';

export { rooms } from './agent-rooms.policy';

/**
 * A browser that vanished without closing its socket (laptop lid, lost
 * Wi-Fi) is noticed when it misses a ping: within 15 s instead of
 * socket.io's default 45 s. Both namespaces share one server, so both
 * gateways name the same values.
 */
export const SOCKET_PING = { pingInterval: 10_000, pingTimeout: 5_000 };

/** One open operator tab, on this process or another. */
export interface AgentTab {
  agentId: number;
  rooms: Set<string>;
  join(rooms: string[]): void;
  leave(room: string): void;
}

/** What the server pushes to operators on `/agents` (docs/api.md). */
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
  /** Contact `contactId` was merged into `contact`: screens showing the old one show the survivor. */
  'contact.merged': { contactId: number; contact: Awaited<ReturnType<ConversationPresenter['contact']>> };
  'agent.updated': { agent: unknown };
  /** The label catalogue changed (an admin's edit): every operator. */
  'labels.updated': { labels: unknown[] };
  'queue.updated': { inboxId: number };
  /** Supervisors only: the live floor (supervision/board.service.ts). */
  'board.updated': { board: unknown };
  /** Admins only: a linked WhatsApp number's connection changed (a new QR code to scan, connected, lost). */
  'whatsapp.state': { inboxId: number; state: { status: string; qr?: string; phone?: string; reason?: string; attempts: number } };
  /** To the mentioned operator's own tabs: a private note named them (`@name`). */
  'mention.created': { mention: unknown };
  /** An outgoing webhook was paused after failing too often in a row (admins only). */
  'webhook.paused': { webhookId: number; reason: string };
  /** To the holder and the supervisors: an SLA target of the conversation is near its due time. */
  'sla.warning': SlaAlert;
  /** To the holder and the supervisors: an SLA target of the conversation passed its due time. */
  'sla.breached': SlaAlert;
}

/** What the server pushes to site visitors on `/widget`. */
export interface WidgetServerEvents {
  'message.created': { message: MessageDto };
  /** Delivery status of an operator's message changed. */
  'message.updated': { message: MessageDto };
  'conversation.updated': { conversation: { id: number; status: string } };
  typing: { on: boolean };
  /** The place in the queue (1-based) and the expected wait, null when the inbox cannot say. */
  'queue.position': { conversationId: number; position: number; expectedWaitMs: number | null };
}

/**
 * The one door to the socket servers, so services never touch socket.io.
 * With REDIS_URL set the adapter carries every emit to the other processes.
 */
@Injectable()
export class RealtimeService {
  private agents?: Namespace;
  private widget?: Namespace;

  private readonly peerHandlers = new Map<string, (payload: unknown) => Promise<unknown>>();
  /** The Redis adapter carries emits between processes (app.factory sets it up with REDIS_URL). */
  private readonly clustered: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.clustered = Boolean(config.redisUrl);
  }

  attachAgents(namespace: Namespace): void {
    this.agents = namespace;
    for (const [event, handler] of this.peerHandlers) this.listenToPeers(namespace, event, handler);
  }

  /**
   * Asks every other backend process (through the socket.io Redis adapter's
   * server-side emit) and returns their answers; alone there is nobody to
   * ask. For work only one process can do, like sending through the
   * WhatsApp client it owns.
   */
  async askPeers<T>(event: string, payload: unknown): Promise<T[]> {
    if (!this.agents || !this.clustered) return [];
    // The wait is the Redis adapter's requestsTimeout (PEER_REQUEST_TIMEOUT_MS).
    return (await this.agents.serverSideEmitWithAck(event, payload)) as T[];
  }

  /** Answers other processes' askPeers for `event`. */
  answerPeers(event: string, handler: (payload: unknown) => Promise<unknown>): void {
    this.peerHandlers.set(event, handler);
    if (this.agents) this.listenToPeers(this.agents, event, handler);
  }


  private listenToPeers(namespace: Namespace, event: string, handler: (payload: unknown) => Promise<unknown>): void {
    namespace.on(event, (payload: unknown, ack: (answer: unknown) => void) => {
      handler(payload).then(ack, (error: unknown) => ack({ error: error instanceof Error ? error.message : String(error) }));
    });
  }

  attachWidget(namespace: Namespace): void {
    this.widget = namespace;
  }

  /** To the operators who may see what the payload is about (roomsFor): an inbox's members, supervisors, its holder. */
  toAgents<E extends keyof AgentServerEvents>(event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(roomsFor(payload as Parameters<typeof roomsFor>[0])).emit(event, payload);
  }

  /**
   * The open tabs of these operators (or of every operator) on every
   * process, with their rooms; joining and leaving reach the process that
   * holds the socket (the Redis adapter carries both).
   */
  async agentTabs(agentIds: number[] | 'everyone'): Promise<AgentTab[]> {
    if (!this.agents) return [];
    if (agentIds !== 'everyone' && agentIds.length === 0) return [];
    const sockets = await this.agents.in(agentIds === 'everyone' ? rooms.allAgents : agentIds.map(rooms.agent)).fetchSockets();
    return sockets.flatMap((socket) => {
      const agentId = (socket.data as { agent?: { id?: number } }).agent?.id;
      if (typeof agentId !== 'number') return [];
      return [{ agentId, rooms: socket.rooms, join: (names: string[]) => socket.join(names), leave: (name: string) => socket.leave(name) }];
    });
  }

  /** Closes an operator's sockets: their token was voided (password or role changed). */
  disconnectAgent(agentId: number): void {
    this.agents?.in(rooms.agent(agentId)).disconnectSockets(true);
  }

  /** Closes every open widget of the inbox, on every process: it was archived, and a widget connecting again is refused. */
  disconnectVisitors(inboxId: number): void {
    this.widget?.in(rooms.visitors(inboxId)).disconnectSockets(true);
  }

  /** Closes these operators' tabs (every operator's: 'everyone'); the app connects again and joins what it may see. */
  disconnectAgents(agentIds: number[] | 'everyone'): void {
    if (agentIds === 'everyone') this.agents?.in(rooms.allAgents).disconnectSockets(true);
    else if (agentIds.length) this.agents?.in(agentIds.map(rooms.agent)).disconnectSockets(true);
  }

  /** Only admins' tabs: what is for setting inboxes up (a WhatsApp QR code is a login to the number). */
  toAdmins<E extends keyof AgentServerEvents>(event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.admins).emit(event, payload);
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

  /** One operator's tabs and the supervisors', each tab once (a supervisor who is that operator too). */
  toAgentAndSupervisors<E extends keyof AgentServerEvents>(agentId: number | null, event: E, payload: AgentServerEvents[E]): void {
    const to = agentId === null ? [rooms.supervisors] : [rooms.agent(agentId), rooms.supervisors];
    this.agents?.to(to).emit(event, payload);
  }

  /** Only the operators' tabs that have this conversation open: for what matters to nobody else, like typing. */
  toWatchers<E extends keyof AgentServerEvents>(conversationId: number, event: E, payload: AgentServerEvents[E]): void {
    this.agents?.to(rooms.conversation(conversationId)).emit(event, payload);
  }

  /** Every open widget of the visitor, on every process; `exceptSocket` leaves out one of them (the one that already has it). */
  toVisitor<E extends keyof WidgetServerEvents>(inboxId: number, visitorId: string, event: E, payload: WidgetServerEvents[E], options: { exceptSocket?: string } = {}): void {
    this.widget?.to(rooms.visitor(inboxId, visitorId)).except(options.exceptSocket ?? []).emit(event, payload);
  }
}
