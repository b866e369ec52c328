import { GraphClient, type DownloadedMedia, type GraphClientOptions } from '../meta/graph-client';
import { headerOf, META_SIGNATURE_HEADER, metaVerificationChallenge, verifyMetaSignature, verifyTokenOf } from '../meta/meta-signature';
import { jsonBody } from '../meta/payload-reader';
import { ProviderError, type ChannelConnector, type ConnectorContext, type InboundEvent, type OutboundMessage, type RawInbound, type SendResult } from '../types';
import { planCloudSend, type CloudStep } from './cloud-send.plan';
import { parseCloudWebhook } from './cloud-webhook.parser';

/**
 * Per-inbox data for a WhatsApp Cloud API number.
 * settings: `phoneNumberId` (sends go from it, webhooks are filtered by it), `businessAccountId` (templates).
 * secrets: `accessToken` (a system user's token), `appSecret` (signatures).
 * `verifyToken` (settings): what the app dashboard is given when the webhook is set up.
 */
export interface WhatsAppCloudSettings {
  phoneNumberId: string;
  businessAccountId?: string;
  verifyToken?: string;
}

export interface WhatsAppCloudTemplate {
  name: string;
  language: string;
  status: string;
  /** The body text with its {{1}} placeholders, when Graph gave it. */
  body?: string;
}

interface SendAnswer {
  messages?: Array<{ id?: string }>;
}

export class WhatsAppCloudConnector implements ChannelConnector {
  readonly type = 'whatsapp-cloud' as const;
  readonly graph: GraphClient;

  constructor(options: GraphClientOptions = {}) {
    this.graph = new GraphClient(options);
  }

  parseInbound(req: RawInbound, settings?: Partial<WhatsAppCloudSettings>): InboundEvent[] {
    return parseCloudWebhook(jsonBody(req.body, req.rawBody), { phoneNumberId: settings?.phoneNumberId });
  }

  verifyInbound(req: RawInbound, ctx: ConnectorContext): boolean {
    return verifyMetaSignature(req.rawBody, headerOf(req, META_SIGNATURE_HEADER), ctx.secrets.appSecret);
  }

  verificationChallenge(query: Record<string, unknown>, ctx: ConnectorContext): string | null {
    return metaVerificationChallenge(query, verifyTokenOf(ctx));
  }

  /** One Graph call per step; the id of the first sent message is the message's. */
  async send(msg: OutboundMessage, ctx: ConnectorContext): Promise<SendResult> {
    const { phoneNumberId, token } = credentials(ctx);
    const plan = planCloudSend(msg);
    let first: string | undefined;
    for (const [i, step] of plan.steps.entries()) {
      const body = await this.bodyOf(step, phoneNumberId, token);
      const context = i === 0 && plan.replyTo ? { context: { message_id: plan.replyTo } } : {};
      const answer = await this.graph.post<SendAnswer>(`/${phoneNumberId}/messages`, token, {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: plan.to,
        ...context,
        ...body,
      });
      const sentId = answer.messages?.[0]?.id;
      if (!sentId) throw new ProviderError('temporary', 'Graph answered the send without a message id');
      first ??= sentId;
    }
    return { externalId: first as string };
  }

  private async bodyOf(step: CloudStep, phoneNumberId: string, token: string): Promise<Record<string, unknown>> {
    if (step.kind === 'message') return step.body;
    const bytes = await step.attachment.read();
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', step.attachment.mimeType);
    form.set('file', new Blob([new Uint8Array(bytes)], { type: step.attachment.mimeType }), step.attachment.fileName);
    const uploaded = await this.graph.post<{ id?: string }>(`/${phoneNumberId}/media`, token, form);
    if (!uploaded.id) throw new ProviderError('temporary', 'Graph answered the upload without a media id');
    const media: Record<string, unknown> = { id: uploaded.id };
    if (step.caption) media.caption = step.caption;
    if (step.mediaType === 'document') media.filename = step.attachment.fileName;
    return { type: step.mediaType, [step.mediaType]: media };
  }

  /** GET /<media-id> gives a short-lived URL, fetched with the same token. */
  async downloadMedia(mediaId: string, ctx: ConnectorContext, maxBytes: number): Promise<DownloadedMedia> {
    const { token } = credentials(ctx);
    const info = await this.graph.get<{ url?: string; mime_type?: string; file_size?: number }>(`/${encodeURIComponent(mediaId)}`, token);
    if (!info.url) throw new ProviderError('permanent', `Graph gave no URL for media ${mediaId}`);
    if (typeof info.file_size === 'number' && info.file_size > maxBytes) {
      throw new ProviderError('permanent', `The file is ${info.file_size} bytes, over the limit of ${maxBytes} bytes`);
    }
    const file = await this.graph.download(info.url, token, maxBytes);
    return { data: file.data, mimeType: info.mime_type ?? file.mimeType };
  }

  /** The number's name and display number: checks the token and the id before an inbox is stored. */
  async describeNumber(phoneNumberId: string, token: string): Promise<{ displayPhoneNumber: string; verifiedName?: string }> {
    const info = await this.graph.get<{ display_phone_number?: string; verified_name?: string }>(`/${encodeURIComponent(phoneNumberId)}`, token, {
      fields: 'display_phone_number,verified_name',
    });
    return { displayPhoneNumber: info.display_phone_number ?? '', ...(info.verified_name ? { verifiedName: info.verified_name } : {}) };
  }

  /** Approved templates of the business account (GET /<waba-id>/message_templates). */
  async approvedTemplates(ctx: ConnectorContext): Promise<WhatsAppCloudTemplate[]> {
    const { token } = credentials(ctx);
    const waba = (ctx.settings as Partial<WhatsAppCloudSettings>).businessAccountId;
    if (!waba) return [];
    const answer = await this.graph.get<{ data?: Array<{ name?: unknown; language?: unknown; status?: unknown; components?: Array<{ type?: unknown; text?: unknown }> }> }>(
      `/${encodeURIComponent(waba)}/message_templates`,
      token,
      { status: 'APPROVED', limit: '100', fields: 'name,language,status,components' },
    );
    return (answer.data ?? []).flatMap((t) => {
      if (typeof t.name !== 'string' || typeof t.language !== 'string' || t.status !== 'APPROVED') return [];
      const body = t.components?.find((c) => c.type === 'BODY')?.text;
      return [{ name: t.name, language: t.language, status: t.status, ...(typeof body === 'string' ? { body } : {}) }];
    });
  }
}

function credentials(ctx: ConnectorContext): { phoneNumberId: string; token: string } {
  const token = ctx.secrets.accessToken;
  const phoneNumberId = (ctx.settings as Partial<WhatsAppCloudSettings>).phoneNumberId;
  if (!token) throw new ProviderError('auth', `Inbox ${ctx.inboxId} has no WhatsApp access token`);
  if (!phoneNumberId) throw new ProviderError('permanent', `Inbox ${ctx.inboxId} has no WhatsApp phone number id`);
  return { phoneNumberId, token };
}
