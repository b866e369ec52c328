// Names are Instagram-prefixed: connectors/src/index.ts re-exports every adapter side by side.
export { INSTAGRAM_MAX_TEXT_BYTES, InstagramConnector, instagramAttachmentType, planInstagramSend, type InstagramSettings } from './instagram.connector';
export { instagramReactionId, parseInstagramWebhook } from './instagram-webhook.parser';
