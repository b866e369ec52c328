import { Injectable } from '@nestjs/common';
import type { ChannelType, ConnectorContext, OutboundMessage } from '@inbox/connectors';
import type { Inbox } from '../channels/inbox.entity';
import type { Conversation } from '../conversations/conversation.entity';
import type { Message } from '../conversations/message.entity';
import type { RateLimit } from './rate-limiter';

/** Everything a channel needs to send one stored message, loaded by the pipeline. */
export interface DeliveryTarget {
  inbox: Inbox;
  conversation: Conversation;
  message: Message;
  /** The customer's id in this inbox (their identity's external id: chat id, visitor id...). */
  recipientExternalId: string;
  /** Settings and decrypted secrets, as connectors take them. */
  context: ConnectorContext;
}

/** How a channel takes part in the outbound pipeline. Channels register one at start. */
export interface DeliveryChannel {
  /**
   * Deliver inside the operator's request instead of through a job. For our
   * own socket server (the widget): it has no provider to wait for, and the
   * operator sees `sent` in the answer to their POST.
   */
  readonly inline?: boolean;
  /**
   * Sending the same message again shows it once (the widget keys messages
   * by our id). A send of such a channel interrupted by a crash is simply
   * made again; any other is failed for the operator to check.
   */
  readonly idempotent?: boolean;
  /** The provider's buckets this send takes from, and how many sends it makes; none = no limit. */
  limits?(target: DeliveryTarget, outbound: OutboundMessage): { limits: RateLimit[]; cost: number };
  /** Sends, or throws (a ProviderError says whether to retry). Returns the provider's id, if it has one. */
  send(outbound: OutboundMessage, target: DeliveryTarget): Promise<{ externalId: string | null }>;
}

@Injectable()
export class DeliveryChannels {
  private readonly channels = new Map<ChannelType, DeliveryChannel>();

  register(type: ChannelType, channel: DeliveryChannel): void {
    if (this.channels.has(type)) throw new Error(`Delivery for ${type} is registered twice`);
    this.channels.set(type, channel);
  }

  get(type: ChannelType): DeliveryChannel | undefined {
    return this.channels.get(type);
  }
}
