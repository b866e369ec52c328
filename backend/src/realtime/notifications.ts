import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { messageForVisitors } from '../channels/webchat/widget-settings';
import { TtlCache } from '../common/ttl-cache';
import { DomainEventBus, type ConversationChange } from '../common/domain-events';
import { ConversationPresenter, type MessageDto } from '../conversations/conversation.presenter';
import { Message } from '../conversations/message.entity';
import { LiveViews } from './live-views';
import { RealtimeService } from './realtime.service';

// What operators and customers are told: each domain event becomes its socket
// pushes (event name, payload, rooms), here and nowhere else (docs/architecture.md,
// "Socket pushes"). Who may hear an operator push is roomsFor's
// (agent-rooms.policy.ts). The realtime module is global and global modules'
// hooks run first, so these listeners are registered before any other module's:
// a push goes out before other modules react to the same event.

/** Messages: the conversation views, the supervisors' whispers, and the customer's widget. */
const WIDGET_SETTINGS_CACHE_MS = 5000;

@Injectable()
export class MessageNotifications implements OnModuleInit {
  /** Widget settings by inbox, for what visitors may see; an edit shows within seconds. */
  private readonly widgetSettings = new TtlCache<number, Record<string, unknown>>(WIDGET_SETTINGS_CACHE_MS);

  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly realtime: RealtimeService,
    private readonly liveViews: LiveViews,
    private readonly presenter: ConversationPresenter,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('message.created', async ({ messageId, message }) => {
      this.realtime.toAgents('message.created', { message: message ?? (await this.present(messageId)) });
    });
    this.domainEvents.on('message.updated', async ({ messageId, message }) => {
      this.realtime.toAgents('message.updated', { message: message ?? (await this.present(messageId)) });
    });
    this.domainEvents.on('message.delivery-changed', async ({ message }) => {
      this.realtime.toAgents('message.updated', { message });
      if (message.private) return;
      const { inboxId, visitorIds } = await this.liveViews.ofConversation(message.conversationId);
      const seen = await this.forVisitors(inboxId, message);
      for (const visitorId of visitorIds) this.realtime.toVisitor(inboxId, visitorId, 'message.updated', { message: seen });
    });
    this.domainEvents.on('message.whispered', ({ message, holderId }) => {
      if (holderId) this.realtime.toAgent(holderId, 'message.created', { message });
      this.realtime.toSupervisors('message.created', { message });
    });
    this.domainEvents.on('message.sent-to-widget', async ({ message, contactId }) => {
      const seen = await this.forVisitors(message.inboxId, message);
      for (const visitorId of await this.liveViews.of(message.inboxId, contactId)) this.realtime.toVisitor(message.inboxId, visitorId, 'message.created', { message: seen });
    });
    this.domainEvents.on('message.sent-by-visitor', async ({ message, inboxId, visitorId, fromSocket }) => {
      this.realtime.toVisitor(inboxId, visitorId, 'message.created', { message: await this.forVisitors(inboxId, message) }, { exceptSocket: fromSocket });
    });
    this.domainEvents.on('messages.received', ({ opened, updated, messages }) => {
      for (const conversation of opened) this.realtime.toAgents('conversation.created', { conversation });
      for (const conversation of updated) this.realtime.toAgents('conversation.updated', { conversation });
      for (const message of messages) this.realtime.toAgents('message.created', { message });
    });
  }

  /** A message as the inbox's widgets may see it (operator names left out where the inbox hides them). */
  private async forVisitors(inboxId: number, message: MessageDto): Promise<MessageDto> {
    const settings = await this.widgetSettings.get(inboxId, async () => (await this.db.getRepository(Inbox).findOne({ where: { id: inboxId }, select: { id: true, settings: true } }))?.settings ?? {});
    return messageForVisitors(message, settings);
  }

  private async present(messageId: number): Promise<MessageDto> {
    return this.presenter.message(await this.db.getRepository(Message).findOneByOrFail({ id: messageId }));
  }
}

/** Conversations: their lists, the holder's and offered operators' alerts, the queues, and the customer's widget. */
@Injectable()
export class ConversationNotifications implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly realtime: RealtimeService,
    private readonly liveViews: LiveViews,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('conversation.updated', ({ conversations }) => this.updated(conversations));
    this.domainEvents.on('conversation.routed', async ({ conversations }) => {
      for (const { conversation } of conversations) {
        if (conversation.assigneeId !== null) this.realtime.toAgent(conversation.assigneeId, 'conversation.assigned', { conversation });
      }
      await this.updated(conversations);
    });
    this.domainEvents.on('conversation.offered', ({ conversation, agentIds }) => {
      for (const agentId of agentIds) this.realtime.toAgent(agentId, 'conversation.offered', { conversation });
    });
    this.domainEvents.on('conversation.left-in-queue', ({ inboxId }) => this.realtime.toAgents('queue.updated', { inboxId }));
    this.domainEvents.on('conversation.queue-positions', ({ inboxId, places }) => {
      for (const { conversationId, position, expectedWaitMs, viewers } of places) {
        for (const visitorId of viewers) this.realtime.toVisitor(inboxId, visitorId, 'queue.position', { conversationId, position, expectedWaitMs });
      }
    });
  }

  /** Operators see each conversation as it is now; the customer's widget sees its status. */
  private async updated(changes: ConversationChange[]): Promise<void> {
    for (const { conversation } of changes) this.realtime.toAgents('conversation.updated', { conversation });
    const viewers = await this.liveViews.ofConversations(changes.map(({ conversation, contactId }) => ({ id: conversation.id, inboxId: conversation.inboxId, contactId })));
    for (const { conversation } of changes) {
      for (const visitorId of viewers.get(conversation.id) ?? []) {
        this.realtime.toVisitor(conversation.inboxId, visitorId, 'conversation.updated', { conversation: { id: conversation.id, status: conversation.status } });
      }
    }
  }
}

/** Typing, on either side: the customer's widgets, or the operators' tabs watching the conversation. */
@Injectable()
export class TypingNotifications implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly realtime: RealtimeService,
    private readonly liveViews: LiveViews,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('agent.typing', async ({ inboxId, contactId, on }) => {
      for (const visitorId of await this.liveViews.of(inboxId, contactId)) this.realtime.toVisitor(inboxId, visitorId, 'typing', { on });
    });
    this.domainEvents.on('contact.typing', ({ conversationId, on }) => this.realtime.toWatchers(conversationId, 'typing', { conversationId, on, who: 'contact' }));
  }
}

/** Contacts: the contact panels (and, through conversation.updated, the rows of their open conversations). */
@Injectable()
export class ContactNotifications implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly realtime: RealtimeService,
    private readonly presenter: ConversationPresenter,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('contact.updated', async ({ contactId }) => {
      this.realtime.toAgents('contact.updated', { contact: await this.presenter.contact(contactId) });
    });
    this.domainEvents.on('contact.merged', async ({ mergedId, survivorId }) => {
      this.realtime.toAgents('contact.merged', { contactId: mergedId, contact: await this.presenter.contact(survivorId) });
    });
  }
}

/** The floor: operators' state for everyone, the live board for supervisors, linked numbers' connections and paused webhooks for admins. */
@Injectable()
export class FloorNotifications implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('agent.updated', ({ agent }) => this.realtime.toAgents('agent.updated', { agent }));
    this.domainEvents.on('labels.changed', ({ labels }) => this.realtime.toAgents('labels.updated', { labels }));
    this.domainEvents.on('mention.created', ({ agentId, mention }) => this.realtime.toAgent(agentId, 'mention.created', { mention }));
    this.domainEvents.on('board.computed', ({ board }) => this.realtime.toSupervisors('board.updated', { board }));
    this.domainEvents.on('whatsapp.state-changed', ({ inboxId, state }) => this.realtime.toAdmins('whatsapp.state', { inboxId, state }));
    this.domainEvents.on('webhook.paused', ({ subscriptionId, reason }) => this.realtime.toAdmins('webhook.paused', { webhookId: subscriptionId, reason }));
  }
}

/** SLA: a target near its due time or past it, to the conversation's holder and the supervisors (docs/sla.md). */
@Injectable()
export class SlaNotifications implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('sla.warning', (alert) => this.realtime.toAgentAndSupervisors(alert.assigneeId, 'sla.warning', alert));
    this.domainEvents.on('sla.breached', (alert) => this.realtime.toAgentAndSupervisors(alert.assigneeId, 'sla.breached', alert));
  }
}
