// Names are WhatsAppWeb-prefixed: connectors/src/index.ts re-exports every adapter side by side.
export {
  CHROMIUM_ARGS as WHATSAPP_WEB_CHROMIUM_ARGS,
  chromiumLaunchOptions as whatsAppWebChromiumLaunchOptions,
  createWhatsAppWebClient,
  type RealClientOptions as WhatsAppWebRealClientOptions,
  type WhatsAppWebClient,
  type WhatsAppWebMessage,
} from './whatsapp-web.client';
export { WhatsAppWebConnector, type WhatsAppWebConnectorOptions, type WhatsAppWebState, type WhatsAppWebStatus } from './whatsapp-web.connector';
export { isPersonalChat as isWhatsAppWebPersonalChat, parseWebAck as parseWhatsAppWebAck, parseWebMessage as parseWhatsAppWebMessage, webAckStatus as whatsAppWebAckStatus, type WebMediaFile as WhatsAppWebFile, type WhatsAppWebInboundMessageEvent } from './whatsapp-web.parser';
