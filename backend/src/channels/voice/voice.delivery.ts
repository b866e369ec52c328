import { Injectable, OnModuleInit } from '@nestjs/common';
import { TwilioVoiceConnector } from '@inbox/connectors';
import { DeliveryChannels } from '../../delivery/delivery-channels';

/**
 * What operators and automation write in a call's conversation (a reply,
 * the satisfaction survey's link) goes to the caller as an SMS from the
 * inbox's number. Twilio queues messages above about one a second per
 * number (https://help.twilio.com/articles/115002943027), so that is the pace.
 */
@Injectable()
export class VoiceDelivery implements OnModuleInit {
  constructor(
    private readonly channels: DeliveryChannels,
    private readonly connector: TwilioVoiceConnector,
  ) {}

  onModuleInit(): void {
    this.channels.register('twilio-voice', {
      limits: (target) => ({ limits: [{ key: `twilio:number:${target.inbox.id}`, perSecond: 1, burst: 5, pooled: true }], cost: 1 }),
      send: (outbound, target) => this.connector.send(outbound, target.context),
    });
  }
}
