import { GraphClient, type DownloadedMedia, type GraphClientOptions } from '../meta/graph-client';
import { headerOf, META_SIGNATURE_HEADER, metaVerificationChallenge, verifyMetaSignature, verifyTokenOf } from '../meta/meta-signature';
import { jsonBody } from '../meta/payload-reader';
import { splitText } from '../telegram/telegram-send.plan';
import { ProviderError, type ChannelConnector, type ConnectorContext, type InboundEvent, type OutboundAttachment, type OutboundMessage, type RawInbound, type SendResult } from '../types';
import { parseInstagramWebhook } from './instagram-webhook.parser';

/**
 * Per-inbox data for an Instagram professional account.
 * settings: `accountId` — the Instagram account (or its Facebook Page) that sends.
 * secrets: `accessToken`, `appSecret` (signatures).
 * `verifyToken` (settings): what the app dashboard is given when the webhook is set up.
 */
export interface InstagramSettings {
  accountId: string;
  username?: string;
  verifyToken?: string;
}

/** https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api: text up to 1000 bytes. */
export const INSTAGRAM_MAX_TEXT_BYTES = 1000;
/** Quick replies: up to 13, titles up to 20 characters. */
const MAX_QUICK_REPLIES = 13;
const MAX_QUICK_REPLY_TITLE = 20;

/** Instagram takes images, video and audio by URL; there is no file message. */
export function instagramAttachmentType(mimeType: string): 'image' | 'video' | 'audio' | null {
  const mime = mimeType.toLowerCase();
  if (['image/jpeg', 'image/png', 'image/gif', 'image/webp'].includes(mime)) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/')) return 'audio';
  return null;
}

export class InstagramConnector implements ChannelConnector {
  readonly type = 'instagram' as const;
  readonly graph: GraphClient;

  constructor(options: GraphClientOptions = {}) {
    this.graph = new GraphClient(options);
  }

  parseInbound(req: RawInbound): InboundEvent[] {
    return parseInstagramWebhook(jsonBody(req.body, req.rawBody));
  }

  verifyInbound(req: RawInbound, ctx: ConnectorContext): boolean {
    return verifyMetaSignature(req.rawBody, headerOf(req, META_SIGNATURE_HEADER), ctx.secrets.appSecret);
  }

  verificationChallenge(query: Record<string, unknown>, ctx: ConnectorContext): string | null {
    return metaVerificationChallenge(query, verifyTokenOf(ctx));
  }

  /** Text parts first, then one message per attachment (by URL); quick replies ride on the last text. */
  async send(msg: OutboundMessage, ctx: ConnectorContext): Promise<SendResult> {
    const { accountId, token } = credentials(ctx);
    const bodies = planInstagramSend(msg);
    let first: string | undefined;
    for (const message of bodies) {
      const answer = await this.graph.post<{ message_id?: string }>(`/${accountId}/messages`, token, { recipient: { id: msg.recipientExternalId }, message, ...tagOf(msg) });
      if (!answer.message_id) throw new ProviderError('temporary', 'Graph answered the send without a message id');
      first ??= answer.message_id;
    }
    return { externalId: first as string };
  }

  /** Instagram's media links are public CDN URLs: no token. */
  downloadMedia(url: string, maxBytes: number): Promise<DownloadedMedia> {
    return this.graph.download(url, undefined, maxBytes);
  }

  /** The account's name: checks the token and the id before an inbox is stored. */
  async describeAccount(accountId: string, token: string): Promise<{ username?: string; name?: string }> {
    const info = await this.graph.get<{ username?: string; name?: string }>(`/${encodeURIComponent(accountId)}`, token, { fields: 'username,name' });
    return { ...(info.username ? { username: info.username } : {}), ...(info.name ? { name: info.name } : {}) };
  }
}

/** A human agent's late reply says so, or Meta refuses it outside the 24-hour window. */
function tagOf(msg: OutboundMessage): { messaging_type: 'MESSAGE_TAG'; tag: 'HUMAN_AGENT' } | Record<string, never> {
  return msg.humanAgent ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } : {};
}

/** The `message` objects to post, in order. Pure. */
export function planInstagramSend(msg: OutboundMessage): Record<string, unknown>[] {
  if (!/^\d{1,40}$/.test(msg.recipientExternalId)) throw new ProviderError('permanent', `"${msg.recipientExternalId}" is not an Instagram user id`);
  const text = msg.text?.trim() ? msg.text : undefined;
  if (!text && msg.attachments.length === 0) throw new ProviderError('permanent', 'Nothing to send: no text and no attachments');
  const bodies: Record<string, unknown>[] = [];
  if (text) for (const part of splitUtf8(text, INSTAGRAM_MAX_TEXT_BYTES)) bodies.push({ text: part });
  const buttons = msg.buttons ?? [];
  if (buttons.length) {
    if (buttons.length > MAX_QUICK_REPLIES) throw new ProviderError('permanent', `Instagram shows at most ${MAX_QUICK_REPLIES} quick replies`);
    if (!bodies.length) throw new ProviderError('permanent', 'Instagram quick replies need a text');
    const last = bodies[bodies.length - 1];
    last.quick_replies = buttons.map((b) => ({ content_type: 'text', title: [...b.title].slice(0, MAX_QUICK_REPLY_TITLE).join(''), payload: b.payload }));
  }
  for (const attachment of msg.attachments) bodies.push({ attachment: attachmentBody(attachment) });
  return bodies;
}

function attachmentBody(attachment: OutboundAttachment): Record<string, unknown> {
  const type = instagramAttachmentType(attachment.mimeType);
  if (!type) throw new ProviderError('permanent', `Instagram cannot send ${attachment.mimeType} files ("${attachment.fileName}"): only images, video and audio`);
  if (!attachment.url) throw new ProviderError('permanent', `"${attachment.fileName}" has no public URL for Instagram to fetch it from (set PUBLIC_URL)`);
  return { type, payload: { url: attachment.url } };
}

/** Splits by UTF-8 bytes (Instagram counts bytes), on whole characters, preferring line breaks and spaces. */
function splitUtf8(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  for (const chunk of splitText(text, maxBytes)) {
    let rest = chunk;
    while (Buffer.byteLength(rest, 'utf8') > maxBytes) {
      let end = 0;
      let bytes = 0;
      for (const char of rest) {
        const size = Buffer.byteLength(char, 'utf8');
        if (bytes + size > maxBytes) break;
        bytes += size;
        end += char.length;
      }
      const space = rest.lastIndexOf(' ', end);
      const cut = space > end / 2 ? space : end;
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
    }
    if (rest) parts.push(rest);
  }
  return parts;
}

function credentials(ctx: ConnectorContext): { accountId: string; token: string } {
  const token = ctx.secrets.accessToken;
  const accountId = (ctx.settings as Partial<InstagramSettings>).accountId;
  if (!token) throw new ProviderError('auth', `Inbox ${ctx.inboxId} has no Instagram access token`);
  if (!accountId) throw new ProviderError('permanent', `Inbox ${ctx.inboxId} has no Instagram account id`);
  return { accountId, token };
}
