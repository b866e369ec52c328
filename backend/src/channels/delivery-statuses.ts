import { Injectable } from '@nestjs/common';
import type { InboundStatusEvent } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { Message } from '../conversations/message.entity';
import { nextDeliveryStatus } from './delivery-status.policy';

/**
 * Providers' delivery reports (WhatsApp acks, Cloud API statuses,
 * Instagram reads) applied to our outbound messages: forward only, with
 * the provider's reason on a failure, pushed as 'message.updated'.
 */
@Injectable()
export class DeliveryStatuses {
  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
  ) {}

  async apply(inboxId: number, event: InboundStatusEvent): Promise<void> {
    const messages = this.db.getRepository(Message);
    const message = await messages.findOneBy({ inboxId, externalId: event.externalId, direction: 'out' });
    // A report for a message we never stored (sent from the phone itself, or before the inbox existed).
    if (!message) return;
    const next = nextDeliveryStatus(message.status, event.status);
    if (!next) return;
    const error = next === 'failed' ? (event.error ?? 'The provider reported the message as not delivered').slice(0, 500) : null;
    // Conditional on the status read: two reports racing apply one after the other, never one over the other.
    const result = await messages.update({ id: message.id, status: message.status }, { status: next, error });
    if (!result.affected) return this.apply(inboxId, event);
    await this.domainEvents.emit('message.updated', { messageId: message.id });
  }
}
