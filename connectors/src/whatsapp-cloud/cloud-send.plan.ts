/**
 * Pure planning of an outbound message into Cloud API sends
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages).
 * Media is uploaded first (POST /<phone-number-id>/media) and sent by its id.
 */
import { ProviderError, type OutboundAttachment, type OutboundButton, type OutboundMessage } from '../types';
import { splitText } from '../telegram/telegram-send.plan';

export const MAX_TEXT_CHARS = 4096;
export const MAX_CAPTION_CHARS = 1024;
/** Reply buttons: at most 3, titles up to 20 characters; lists: up to 10 rows, titles up to 24. */
export const MAX_REPLY_BUTTONS = 3;
export const MAX_LIST_ROWS = 10;
const MAX_BUTTON_TITLE = 20;
const MAX_ROW_TITLE = 24;
const MAX_BUTTON_ID = 256;

export type CloudMediaType = 'image' | 'video' | 'audio' | 'document';

export type CloudStep =
  /** A message body without `messaging_product`, `to` and `context`, which the connector adds. */
  | { kind: 'message'; body: Record<string, unknown> }
  | { kind: 'media'; attachment: OutboundAttachment; mediaType: CloudMediaType; caption?: string };

export interface CloudPlan {
  to: string;
  steps: CloudStep[];
  /** Quoted on the first send. */
  replyTo?: string;
}

/** Types WhatsApp shows as such (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media#supported-media-types); the rest goes as a document. */
export function cloudMediaType(mimeType: string): CloudMediaType {
  const mime = mimeType.toLowerCase();
  if (mime === 'image/jpeg' || mime === 'image/png') return 'image';
  if (mime === 'video/mp4' || mime === 'video/3gpp') return 'video';
  if (['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'].includes(mime)) return 'audio';
  return 'document';
}

export function planCloudSend(msg: OutboundMessage): CloudPlan {
  const to = msg.recipientExternalId;
  if (!/^\d{6,15}$/.test(to)) throw new ProviderError('permanent', `"${to}" is not a WhatsApp number (wa_id)`);
  const plan: CloudPlan = { to, steps: [] };
  if (msg.replyToExternalId) plan.replyTo = msg.replyToExternalId;
  if (msg.template) {
    const { name, language, parameters = [] } = msg.template;
    const components = parameters.length ? [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] : undefined;
    plan.steps.push({ kind: 'message', body: { type: 'template', template: { name, language: { code: language }, ...(components ? { components } : {}) } } });
    return plan;
  }
  const text = msg.text?.trim() ? msg.text : undefined;
  const buttons = msg.buttons ?? [];
  if (!text && msg.attachments.length === 0) throw new ProviderError('permanent', 'Nothing to send: no text and no attachments');
  const captionFits = text !== undefined && text.length <= MAX_CAPTION_CHARS && buttons.length === 0 && msg.attachments.length > 0;
  if (text && !captionFits) {
    const parts = splitText(text, buttons.length ? MAX_CAPTION_CHARS : MAX_TEXT_CHARS);
    const last = parts.pop() as string;
    for (const part of parts) plan.steps.push(textStep(part));
    // Buttons need a body of their own: they go with the text's last part.
    plan.steps.push(buttons.length ? interactiveStep(last, buttons) : textStep(last));
  }
  msg.attachments.forEach((attachment, i) => {
    const mediaType = cloudMediaType(attachment.mimeType);
    const caption = i === 0 && captionFits && mediaType !== 'audio' ? text : undefined;
    plan.steps.push({ kind: 'media', attachment, mediaType, ...(caption ? { caption } : {}) });
  });
  return plan;
}

function textStep(body: string): CloudStep {
  return { kind: 'message', body: { type: 'text', text: { body, preview_url: false } } };
}

/** Up to three reply buttons; four to ten (the survey's 1–5) become a list. */
export function interactiveStep(body: string, buttons: OutboundButton[]): CloudStep {
  for (const b of buttons) {
    if (!b.title.trim()) throw new ProviderError('permanent', 'A WhatsApp button needs a title');
    if (!b.payload || b.payload.length > MAX_BUTTON_ID) throw new ProviderError('permanent', `Button "${b.title}" payload must be 1-${MAX_BUTTON_ID} characters`);
  }
  if (buttons.length <= MAX_REPLY_BUTTONS) {
    const replies = buttons.map((b) => ({ type: 'reply', reply: { id: b.payload, title: cut(b.title, MAX_BUTTON_TITLE) } }));
    return { kind: 'message', body: { type: 'interactive', interactive: { type: 'button', body: { text: body }, action: { buttons: replies } } } };
  }
  if (buttons.length > MAX_LIST_ROWS) throw new ProviderError('permanent', `WhatsApp shows at most ${MAX_LIST_ROWS} choices, not ${buttons.length}`);
  const rows = buttons.map((b) => ({ id: b.payload, title: cut(b.title, MAX_ROW_TITLE) }));
  return {
    kind: 'message',
    body: { type: 'interactive', interactive: { type: 'list', body: { text: body }, action: { button: 'Choose', sections: [{ title: 'Choose', rows }] } } },
  };
}

/** Cuts by code points, so an emoji is never halved. */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
