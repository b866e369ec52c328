// Names are WhatsAppCloud-prefixed: connectors/src/index.ts re-exports every adapter side by side.
export { WhatsAppCloudConnector, type WhatsAppCloudSettings, type WhatsAppCloudTemplate } from './whatsapp-cloud.connector';
export { parseCloudWebhook as parseWhatsAppCloudWebhook } from './cloud-webhook.parser';
export { planCloudSend as planWhatsAppCloudSend } from './cloud-send.plan';
