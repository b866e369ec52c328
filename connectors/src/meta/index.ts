// Shared by the WhatsApp Cloud API and Instagram adapters.
export { GraphClient, META_GRAPH_API_URL, META_GRAPH_API_VERSION, graphError, type DownloadedMedia, type GraphClientOptions } from './graph-client';
export { MetaPayloadError } from './meta-payload.error';
export { META_SIGNATURE_HEADER, metaVerificationChallenge, signMetaPayload, verifyMetaSignature } from './meta-signature';
