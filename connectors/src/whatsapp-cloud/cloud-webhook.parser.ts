/**
 * A WhatsApp Cloud API webhook body → normalized events, validating as it
 * reads. Shapes: https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
 * and .../webhooks/payload-examples. Structure that is wrong throws
 * MetaPayloadError naming the field; content we do not serve (orders,
 * system notices, other numbers' changes) yields no event.
 */
import { toE164 } from '../phone';
import { MetaPayloadError } from '../meta/meta-payload.error';
import { asObject, at, compact, id, list, num, obj, optBool, optObj, optStr, str, unixSeconds, type Obj } from '../meta/payload-reader';
import type { InboundAttachment, InboundEvent, InboundMessageEvent, InboundStatusEvent, MessageKind } from '../types';

export interface CloudParseOptions {
  /** Only changes for this number (the inbox's); a WABA's other numbers share the app's webhook. */
  phoneNumberId?: string;
}

/** Longest inbound text kept, in characters; WhatsApp's own limit is 4096. */
const MAX_TEXT = 65_536;
const clip = (text: string) => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

const STATUSES: Record<string, InboundStatusEvent['status']> = { sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed' };
const MEDIA_KINDS: Record<string, { kind: MessageKind; attachment: InboundAttachment['kind'] }> = {
  image: { kind: 'image', attachment: 'image' },
  document: { kind: 'file', attachment: 'file' },
  audio: { kind: 'audio', attachment: 'audio' },
  video: { kind: 'video', attachment: 'video' },
  sticker: { kind: 'sticker', attachment: 'sticker' },
};

export function parseCloudWebhook(body: unknown, options: CloudParseOptions = {}): InboundEvent[] {
  const root = asObject(body, 'body');
  const object = str(root, 'object', '');
  if (object !== 'whatsapp_business_account') throw new MetaPayloadError('object', `"object" must be "whatsapp_business_account", got "${object.slice(0, 40)}"`);
  const events: InboundEvent[] = [];
  list(root, 'entry', '', (entry, entryPath) =>
    list(entry, 'changes', entryPath, (change, changePath) => {
      const field = str(change, 'field', changePath);
      if (field !== 'messages') return;
      events.push(...changeEvents(obj(change, 'value', changePath), at(changePath, 'value'), options));
    }),
  );
  return events;
}

function changeEvents(value: Obj, path: string, options: CloudParseOptions): InboundEvent[] {
  const metadata = optObj(value, 'metadata', path);
  const phoneNumberId = metadata ? optStr(metadata, 'phone_number_id', at(path, 'metadata')) : undefined;
  if (options.phoneNumberId && phoneNumberId && phoneNumberId !== options.phoneNumberId) return [];
  const names = new Map<string, string>();
  list(value, 'contacts', path, (contact, p) => {
    const waId = optStr(contact, 'wa_id', p);
    const profile = optObj(contact, 'profile', p);
    const name = profile ? optStr(profile, 'name', at(p, 'profile')) : undefined;
    if (waId && name?.trim()) names.set(waId, name.trim());
  });
  const messages = list(value, 'messages', path, (m, p) => messageEvent(m, p, names));
  const statuses = list(value, 'statuses', path, statusEvent);
  return [...messages, ...statuses].filter((e): e is InboundEvent => e !== null);
}

function statusEvent(s: Obj, path: string): InboundStatusEvent | null {
  const status = STATUSES[str(s, 'status', path)];
  const externalId = id(s, 'id', path);
  const at_ = unixSeconds(s, 'timestamp', path);
  if (!status) return null; // 'deleted', 'warning' and future ones: nothing to show.
  const errors = list(s, 'errors', path, (e, p) => {
    const code = e.code === undefined ? undefined : num(e, 'code', p);
    const data = optObj(e, 'error_data', p);
    const details = data ? optStr(data, 'details', at(p, 'error_data')) : undefined;
    const words = [optStr(e, 'title', p), optStr(e, 'message', p), details].filter((w, i, all) => w && all.indexOf(w) === i);
    return `${code !== undefined ? `(#${code}) ` : ''}${words.join(' — ')}`.trim();
  });
  return compact({ type: 'status' as const, externalId, status, error: errors.length ? errors.join('; ').slice(0, 500) : undefined, at: at_ });
}

function messageEvent(m: Obj, path: string, names: Map<string, string>): InboundMessageEvent | null {
  const from = id(m, 'from', path);
  const externalId = id(m, 'id', path);
  const sentAt = unixSeconds(m, 'timestamp', path);
  const type = str(m, 'type', path);
  const content = contentOf(type, m, path);
  const context = optObj(m, 'context', path);
  const replyTo = context ? optStr(context, 'id', at(path, 'context')) : undefined;
  if (!content) return null;
  const phone = toE164(from);
  return compact({
    type: 'message' as const,
    externalId,
    sender: compact({ externalId: from, name: names.get(from), phone: phone ?? undefined }),
    kind: content.kind,
    text: content.text,
    attachments: content.attachments ?? [],
    replyToExternalId: content.replyTo ?? replyTo,
    payload: content.payload,
    sentAt,
  });
}

interface Content {
  kind: MessageKind;
  text?: string;
  attachments?: InboundAttachment[];
  payload?: Record<string, unknown>;
  replyTo?: string;
}

function contentOf(type: string, m: Obj, path: string): Content | null {
  const p = at(path, type);
  if (type === 'text') return { kind: 'text', text: clip(str(obj(m, 'text', path), 'body', p)) };
  const media = MEDIA_KINDS[type];
  if (media) {
    const o = obj(m, type, path);
    const caption = optStr(o, 'caption', p);
    const voice = optBool(o, 'voice', p);
    const attachment = compact({ kind: media.attachment, providerRef: id(o, 'id', p), mimeType: optStr(o, 'mime_type', p), fileName: optStr(o, 'filename', p) });
    return compact({ kind: media.kind, text: caption === undefined ? undefined : clip(caption), attachments: [attachment], payload: voice ? { voice: true } : undefined });
  }
  if (type === 'location') {
    const o = obj(m, 'location', path);
    return { kind: 'location', payload: compact({ latitude: num(o, 'latitude', p), longitude: num(o, 'longitude', p), title: optStr(o, 'name', p), address: optStr(o, 'address', p) }) };
  }
  if (type === 'contacts') {
    const cards = list(m, 'contacts', path, (c, cp) => {
      const name = optObj(c, 'name', cp);
      const phones = list(c, 'phones', cp, (ph, pp) => optStr(ph, 'phone', pp)).filter((x): x is string => !!x);
      return compact({ name: name ? optStr(name, 'formatted_name', at(cp, 'name')) : undefined, phone: phones[0] });
    });
    if (!cards.length) return null;
    return { kind: 'contact', payload: { ...cards[0], ...(cards.length > 1 ? { more: cards.slice(1) } : {}) } };
  }
  if (type === 'interactive') {
    // A reply button or list row we sent: its id comes back as the payload (the survey's `csat:<id>:<score>`).
    const o = obj(m, 'interactive', path);
    const kind = str(o, 'type', p);
    if (kind !== 'button_reply' && kind !== 'list_reply') return null;
    const reply = obj(o, kind, p);
    const title = str(reply, 'title', at(p, kind));
    return { kind: 'text', text: clip(title), payload: { data: id(reply, 'id', at(p, kind)) } };
  }
  if (type === 'button') {
    // A quick-reply button of a template message.
    const o = obj(m, 'button', path);
    const text = str(o, 'text', p);
    return { kind: 'text', text: clip(text), payload: { data: str(o, 'payload', p) } };
  }
  if (type === 'reaction') {
    const o = obj(m, 'reaction', path);
    const emoji = optStr(o, 'emoji', p) ?? '';
    return { kind: 'text', text: emoji, replyTo: id(o, 'message_id', p), payload: { reaction: emoji || null } };
  }
  // order, system, unsupported, unknown: nothing an operator can answer as a message.
  return null;
}
