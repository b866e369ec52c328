import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { Message } from '../conversations/message.entity';
import { WebhookDeliveries } from './webhook-deliveries.service';
import { laneOf } from './webhook-events';
import { WebhookPayloads } from './webhook-payloads';

// Which domain event becomes which webhook event (docs/integrations.md):
// the same events the socket pushes come from (realtime/notifications.ts),
// so no service calls into webhooks. Listeners run in the order the events
// are raised, so each lane's deliveries are stored in the order of its events.

@Injectable()
export class WebhookFeed implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEventBus,
    private readonly deliveries: WebhookDeliveries,
    private readonly payloads: WebhookPayloads,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    const on = this.domainEvents.on.bind(this.domainEvents);
    const conversation = (id: number, extra: Record<string, unknown> = {}) => async () => ({ conversation: await this.payloads.conversation(id), ...extra });

    // Customers' messages: their new conversations first, then the messages.
    on('messages.received', async ({ opened, messages }) => {
      for (const { id } of opened) await this.deliveries.record('conversation.created', laneOf.conversation(id), conversation(id));
      // The rows are read only for a subscription that wants them: most deployments have none, and this is every inbound message.
      for (const m of [...messages].sort((a, b) => a.id - b.id)) await this.message('message.created', m, this.rowOf(m.id));
    });
    on('conversation.assigned', ({ conversationId }) => this.deliveries.record('conversation.assigned', laneOf.conversation(conversationId), conversation(conversationId)));
    on('conversation.transferred', async ({ conversationId, actorId, fromAgentId, toAgentId, teamId }) => {
      const transfer = async () => {
        const operatorOf = await this.payloads.operators([actorId, fromAgentId, toAgentId]);
        return { by: operatorOf(actorId), from: operatorOf(fromAgentId), to: operatorOf(toAgentId), toTeamId: teamId };
      };
      await this.deliveries.record('conversation.transferred', laneOf.conversation(conversationId), async () => ({ ...(await conversation(conversationId)()), transfer: await transfer() }));
    });
    on('conversation.closed', async ({ conversationId, actorId, automatic }) => {
      const by = async () => (await this.payloads.operators([actorId]))(actorId);
      await this.deliveries.record('conversation.closed', laneOf.conversation(conversationId), async () => ({ ...(await conversation(conversationId)()), closedBy: { operator: await by(), automatic } }));
    });
    on('csat.submitted', ({ conversationId, score, comment, source }) =>
      this.deliveries.record('csat.submitted', laneOf.conversation(conversationId), conversation(conversationId, { csat: { score, comment, source } })),
    );
    on('review.submitted', async ({ reviewId }) => {
      const review = await this.payloads.review(reviewId);
      await this.deliveries.record('review.created', laneOf.conversation(review.conversationId), async () => ({ review, conversation: await this.payloads.conversation(review.conversationId) }));
    });

    // Operators' replies and notes, automatic and bots' messages; whispers (private); changes of any message.
    on('message.created', ({ messageId }) => this.messageById('message.created', messageId));
    on('message.whispered', ({ message }) => this.message('message.created', message, this.rowOf(message.id)));
    on('message.updated', ({ messageId }) => this.messageById('message.updated', messageId));
    on('message.delivery-changed', ({ message }) => this.message('message.updated', message, this.rowOf(message.id)));

    on('contact.created', ({ contactId }) => this.deliveries.record('contact.created', laneOf.contact(contactId), async () => ({ contact: await this.payloads.contact(contactId) })));
    on('contact.updated', ({ contactId }) => this.deliveries.record('contact.updated', laneOf.contact(contactId), async () => ({ contact: await this.payloads.contact(contactId) })));
    on('contact.merged', ({ mergedId, survivorId }) =>
      // In the merged contact's lane: its earlier events reach the receiver first.
      this.deliveries.record('contact.merged', laneOf.contact(mergedId), async () => ({ mergedContactId: mergedId, contact: await this.payloads.contact(survivorId) })),
    );
    on('agent.status-changed', ({ agentId, reason }) =>
      this.deliveries.record('agent.status_changed', laneOf.agent(agentId), async () => ({ operator: await this.payloads.operator(agentId), reason: reason ?? 'set' })),
    );
  }

  private rowOf(id: number): () => Promise<Message> {
    return () => this.db.getRepository(Message).findOneByOrFail({ id });
  }

  private async messageById(event: 'message.created' | 'message.updated', id: number): Promise<void> {
    const row = await this.rowOf(id)();
    await this.message(event, row, async () => row);
  }

  /** A private note or whisper goes only to subscriptions that include them. */
  private message(event: 'message.created' | 'message.updated', ref: Pick<Message, 'conversationId' | 'private'>, row: () => Promise<Message>): Promise<void> {
    return this.deliveries.record(
      event,
      laneOf.conversation(ref.conversationId),
      async () => ({ message: await this.payloads.message(await row()), conversation: await this.payloads.conversation(ref.conversationId) }),
      { private: ref.private },
    );
  }
}
