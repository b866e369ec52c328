import type { ChannelType } from '@inbox/connectors';

/** What a channel can show, asked by bots and automation instead of testing the channel type. */
export interface ChannelFeatures {
  /** Buttons under a message (Telegram's inline keyboard, the widget's buttons, Cloud API interactive buttons or lists, Instagram quick replies); without them a menu is numbered text. */
  buttons: boolean;
}

/** One line per channel; a record, so the compiler names a channel that is missing. */
const CHANNEL_FEATURES: Record<ChannelType, ChannelFeatures> = {
  webchat: { buttons: true },
  telegram: { buttons: true },
  whatsapp: { buttons: false },
  'whatsapp-cloud': { buttons: true },
  email: { buttons: false },
  instagram: { buttons: true },
  'twilio-voice': { buttons: false },
};

export const channelFeatures = (type: ChannelType): ChannelFeatures => CHANNEL_FEATURES[type];
