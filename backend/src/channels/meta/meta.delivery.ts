import { Injectable, OnModuleInit } from '@nestjs/common';
import { InstagramConnector, WhatsAppCloudConnector, type OutboundMessage } from '@inbox/connectors';
import { DeliveryChannels, type DeliveryTarget } from '../../delivery/delivery-channels';
import { CustomerWindowCheck } from './customer-window.check';

/**
 * Graph's limits: a Cloud API number sends up to 80 messages a second
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/overview#throughput);
 * Instagram's Send API takes about 100 calls a second per account. One send
 * a second per customer, burst 1, keeps one chat's messages in order (as
 * for Telegram).
 */
export const META_LIMITS = {
  'whatsapp-cloud': { perAccount: { perSecond: 80, burst: 80 }, perChat: { perSecond: 1, burst: 1 } },
  instagram: { perAccount: { perSecond: 100, burst: 100 }, perChat: { perSecond: 1, burst: 1 } },
} as const;

/** WhatsApp Cloud API and Instagram in the outbound pipeline. */
@Injectable()
export class MetaDelivery implements OnModuleInit {
  constructor(
    private readonly channels: DeliveryChannels,
    private readonly cloud: WhatsAppCloudConnector,
    private readonly instagram: InstagramConnector,
    private readonly window: CustomerWindowCheck,
  ) {}

  onModuleInit(): void {
    for (const [type, connector] of [['whatsapp-cloud', this.cloud], ['instagram', this.instagram]] as const) {
      const limits = META_LIMITS[type];
      this.channels.register(type, {
        limits: (target: DeliveryTarget, outbound) => ({
          limits: [
            { key: `${type}:account:${target.inbox.id}`, ...limits.perAccount, pooled: true },
            { key: `${type}:chat:${target.inbox.id}:${target.recipientExternalId}`, ...limits.perChat },
          ],
          cost: Math.max(1, outbound.attachments.length + (outbound.text ? 1 : 0)),
        }),
        send: async (outbound, target) => connector.send(await this.tagged(outbound, target), target.context),
      });
    }
  }

  /**
   * An operator's reply sent after the 24-hour window, in the human agent's
   * days (checked again now: the send may run later than the reply was
   * written), goes tagged; anything else as it is.
   */
  private async tagged(outbound: OutboundMessage, target: DeliveryTarget): Promise<OutboundMessage> {
    if (target.inbox.type !== 'instagram' || target.message.senderType !== 'agent') return outbound;
    return (await this.window.route(target.conversation, true)) === 'human-agent' ? { ...outbound, humanAgent: true } : outbound;
  }
}
