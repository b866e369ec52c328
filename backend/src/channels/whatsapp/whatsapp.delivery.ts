import { Injectable, OnModuleInit } from '@nestjs/common';
import { DeliveryChannels, type DeliveryTarget } from '../../delivery/delivery-channels';
import { WhatsAppWebSessions } from './whatsapp-web.sessions';

/**
 * A linked number sends like a phone: WhatsApp bans numbers that blast, so
 * the pace is kept human (a few messages a second per number), and one a
 * second per chat keeps a chat's messages in order.
 */
export const WHATSAPP_WEB_LIMITS = { perNumber: { perSecond: 5, burst: 10 }, perChat: { perSecond: 1, burst: 1 } };

@Injectable()
export class WhatsAppWebDelivery implements OnModuleInit {
  constructor(
    private readonly channels: DeliveryChannels,
    private readonly sessions: WhatsAppWebSessions,
  ) {}

  onModuleInit(): void {
    this.channels.register('whatsapp', {
      limits: (target: DeliveryTarget, outbound) => ({
        limits: [
          { key: `wa:number:${target.inbox.id}`, ...WHATSAPP_WEB_LIMITS.perNumber, pooled: true },
          { key: `wa:chat:${target.inbox.id}:${target.recipientExternalId}`, ...WHATSAPP_WEB_LIMITS.perChat },
        ],
        cost: Math.max(1, outbound.attachments.length),
      }),
      send: (outbound, target) => this.sessions.send(outbound, target.context),
    });
  }
}
