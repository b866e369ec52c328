import { Injectable, OnModuleInit } from '@nestjs/common';
import { EmailConnector, generateEmailMessageId, type EmailOutboundMessage, type OutboundMessage } from '@inbox/connectors';
import { DataSource, Not, IsNull } from 'typeorm';
import { Message } from '../../conversations/message.entity';
import { DeliveryChannels, type DeliveryTarget } from '../../delivery/delivery-channels';
import { emailThread } from './email-thread';

/**
 * SMTP servers throttle senders (Gmail about 20 a second per account and far
 * fewer for new ones; Microsoft 365 30 a minute): a modest pace per inbox
 * keeps a busy team from being refused as a spammer.
 */
export const EMAIL_LIMITS = { perInbox: { perSecond: 2, burst: 10 } };

/** E-mail in the outbound pipeline: threading headers from the conversation's stored mail, a Message-ID kept across retries. */
@Injectable()
export class EmailDelivery implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly channels: DeliveryChannels,
    private readonly connector: EmailConnector,
  ) {}

  onModuleInit(): void {
    this.channels.register('email', {
      limits: (target: DeliveryTarget) => ({ limits: [{ key: `email:${target.inbox.id}`, ...EMAIL_LIMITS.perInbox, pooled: true }], cost: 1 }),
      send: async (outbound, target) => this.connector.send(await this.compose(outbound, target), target.context),
    });
  }

  private async compose(outbound: OutboundMessage, target: DeliveryTarget): Promise<EmailOutboundMessage> {
    const { message, conversation } = target;
    const earlier = await this.db.getRepository(Message).find({
      where: { conversationId: conversation.id, externalId: Not(IsNull()), private: false },
      select: { id: true, direction: true, externalId: true, payload: true },
      order: { id: 'ASC' },
    });
    const thread = emailThread(earlier.filter((m) => m.id !== message.id));
    return {
      ...outbound,
      ...(thread.inReplyTo ? { replyToExternalId: thread.inReplyTo } : {}),
      email: {
        subject: thread.subject,
        references: thread.references,
        conversationTag: conversation.id,
        // Greetings, surveys and bot answers must not set off the customer's auto-responder.
        automatic: message.senderType !== 'agent',
        messageId: await this.messageIdOf(message, String(target.context.settings.fromAddress ?? '')),
      },
    };
  }

  /**
   * Chosen before the first try and kept in the row: a retry after a timeout
   * sends the same Message-ID, so the customer's client shows one mail, and a
   * reply to either copy threads.
   */
  private async messageIdOf(message: Message, fromAddress: string): Promise<string> {
    const kept = message.payload?.emailMessageId;
    if (typeof kept === 'string') return kept;
    const messageId = generateEmailMessageId(fromAddress);
    message.payload = { ...(message.payload ?? {}), emailMessageId: messageId };
    await this.db.getRepository(Message).save({ id: message.id, payload: message.payload });
    return messageId;
  }
}
