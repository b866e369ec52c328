import { Injectable, OnModuleInit } from '@nestjs/common';
import { TelegramConnector, type OutboundMessage } from '@inbox/connectors';
import { DeliveryChannels, type DeliveryTarget } from '../../delivery/delivery-channels';
import type { RateLimit } from '../../delivery/rate-limiter';

/**
 * Telegram's documented limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
 * about 30 messages a second per bot, and one a second per chat "with short
 * bursts" allowed. Past them Telegram answers 429. The per-chat burst is
 * kept at 1 on purpose: two sends to one chat in flight at once can arrive
 * swapped, and a customer reading answers out of order is worse than a
 * second's wait for an operator's second quick message.
 */
export const TELEGRAM_LIMITS = {
  perBot: { perSecond: 30, burst: 30 },
  perChat: { perSecond: 1, burst: 1 },
};

/** How many Bot API sends the connector will make for this message (its send plan, counted the same way). */
export function telegramSendCount(msg: OutboundMessage): number {
  const text = msg.text ?? '';
  const textParts = text ? Math.ceil(text.length / 4096) : 0;
  if (msg.attachments.length === 0) return Math.max(1, textParts);
  // Up to 1024 characters ride as the first file's caption; a longer text goes on its own first.
  return msg.attachments.length + (text.length > 1024 ? textParts : 0);
}

export function telegramRateLimits(inboxId: number, chatId: string): RateLimit[] {
  return [
    { key: `tg:bot:${inboxId}`, ...TELEGRAM_LIMITS.perBot, pooled: true },
    { key: `tg:chat:${inboxId}:${chatId}`, ...TELEGRAM_LIMITS.perChat },
  ];
}

/** Telegram in the outbound pipeline: the connector sends; the buckets above pace it. */
@Injectable()
export class TelegramDelivery implements OnModuleInit {
  constructor(
    private readonly channels: DeliveryChannels,
    private readonly connector: TelegramConnector,
  ) {}

  onModuleInit(): void {
    this.channels.register('telegram', {
      limits: (target: DeliveryTarget, outbound: OutboundMessage) => ({
        limits: telegramRateLimits(target.inbox.id, target.recipientExternalId),
        cost: telegramSendCount(outbound),
      }),
      send: (outbound, target) => this.connector.send(outbound, target.context),
    });
  }
}
