import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway, SubscribeMessage, ConnectedSocket, MessageBody } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { isSupervisor, type Agent } from '../agents/agent.entity';
import { AuthService } from '../auth/auth.service';
import { InboxAccess } from '../auth/inbox-access.service';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { PresenceService } from '../presence/presence.service';
import { membershipRooms } from './agent-rooms.policy';
import { RealtimeService, rooms, SOCKET_PING } from './realtime.service';

/** Operators' socket (`/agents`): authenticated by the same access token as REST. */
@WebSocketGateway({ namespace: '/agents', cors: { origin: true }, ...SOCKET_PING })
export class AgentsGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  constructor(
    private readonly auth: AuthService,
    private readonly realtime: RealtimeService,
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
    private readonly access: InboxAccess,
    private readonly presence: PresenceService,
  ) {}

  afterInit(namespace: Namespace): void {
    this.realtime.attachAgents(namespace);
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      this.auth.authenticate(typeof token === 'string' ? token : undefined).then(
        (agent) => {
          socket.data.agent = agent;
          next();
        },
        (error: Error) => next(new Error(error.message)),
      );
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const agent = socket.data.agent as Agent;
    // Counted before any await, so a socket that closes at once is counted out after it was counted in.
    const counted = this.presence.opened(agent.id);
    await socket.join([rooms.allAgents, rooms.agent(agent.id), ...membershipRooms(agent.role, await this.access.visibleInboxIds(agent))]);
    await counted;
  }

  /** However the socket ended (tab closed, network lost and the ping timed out, token voided): presence counts it. */
  async handleDisconnect(socket: Socket): Promise<void> {
    const agent = socket.data.agent as Agent | undefined;
    if (agent) await this.presence.closed(agent.id);
  }

  /**
   * The tab now shows this conversation (or none: null): it joins that
   * conversation's room and leaves the previous one. A tab watches one at a
   * time, and a reconnected tab says it again (rooms do not survive).
   */
  @SubscribeMessage('conversation.watch')
  async watch(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<{ watching: number | null } | { error: string }> {
    const conversationId = (body as { conversationId?: unknown } | null)?.conversationId;
    if (conversationId !== null && !(Number.isInteger(conversationId) && (conversationId as number) > 0)) {
      return { error: 'conversationId must be a conversation id or null' };
    }
    if (conversationId !== null) {
      // Read afresh: the handshake's teams may be gone since (sockets outlive team changes).
      const agent = await this.access.currentAgent((socket.data.agent as Agent).id);
      const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId as number });
      const allowed = agent && conversation ? await this.access.seesConversation(agent, conversation) : false;
      if (!allowed) return { error: `Conversation ${conversationId as number} does not exist` };
    }
    for (const room of [...socket.rooms].filter(rooms.isConversation)) await socket.leave(room);
    if (conversationId !== null) await socket.join(rooms.conversation(conversationId as number));
    return { watching: conversationId as number | null };
  }

  /** The operator is typing: the customer's live view shows it (realtime/notifications.ts), and channels that can (Telegram's chat action). */
  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<void> {
    const { conversationId, on } = (body ?? {}) as { conversationId?: unknown; on?: unknown };
    if (!Number.isInteger(conversationId) || typeof on !== 'boolean') return;
    const agent = await this.access.currentAgent((socket.data.agent as Agent).id);
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId as number });
    if (!agent || !conversation || (conversation.assigneeId !== agent.id && !isSupervisor(agent))) return;
    await this.domainEvents.emit('agent.typing', { conversationId: conversation.id, inboxId: conversation.inboxId, contactId: conversation.contactId, agentId: agent.id, on });
  }
}
