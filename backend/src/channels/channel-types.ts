import type { ChannelType } from '@inbox/connectors';

/** A record, not a list: the compiler then fails when the connectors add a channel this does not name. */
const CHANNELS: Record<ChannelType, true> = {
  webchat: true,
  telegram: true,
  whatsapp: true,
  'whatsapp-cloud': true,
  email: true,
  instagram: true,
  'twilio-voice': true,
};

/** Every channel type an inbox can have, for validating a client's choice. */
export const CHANNEL_TYPES = Object.keys(CHANNELS) as ChannelType[];
