/**
 * An Instagram messaging webhook body → normalized events, validating as it
 * reads. Shapes: https://developers.facebook.com/docs/instagram-platform/webhooks/examples
 * (messages, message_reactions, messaging_seen, messaging_postbacks).
 * Wrong structure throws MetaPayloadError naming the field; echoes of our
 * own sends, comments and other changes yield no event.
 */
import { MetaPayloadError } from '../meta/meta-payload.error';
import { asObject, at, compact, id, list, num, obj, optBool, optObj, optStr, str, type Obj } from '../meta/payload-reader';
import type { InboundAttachment, InboundEvent, InboundMessageEvent, MessageKind } from '../types';

const MAX_TEXT = 65_536;
const clip = (text: string) => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

const MEDIA: Record<string, { kind: MessageKind; attachment: InboundAttachment['kind'] }> = {
  image: { kind: 'image', attachment: 'image' },
  animated_image: { kind: 'image', attachment: 'image' },
  video: { kind: 'video', attachment: 'video' },
  audio: { kind: 'audio', attachment: 'audio' },
  file: { kind: 'file', attachment: 'file' },
  // Someone mentioned the business in their story: the story's media, shown like an image.
  story_mention: { kind: 'image', attachment: 'image' },
};

/** The external id of a reaction: one per person, message, action and moment (a reaction has no id of its own). */
export function instagramReactionId(mid: string, senderId: string, action: string, timestamp: number): string {
  return `${mid}:${action === 'react' ? 'reaction' : 'unreaction'}:${senderId}:${timestamp}`;
}

export function parseInstagramWebhook(body: unknown): InboundEvent[] {
  const root = asObject(body, 'body');
  const object = str(root, 'object', '');
  if (object !== 'instagram') throw new MetaPayloadError('object', `"object" must be "instagram", got "${object.slice(0, 40)}"`);
  const events: InboundEvent[] = [];
  list(root, 'entry', '', (entry, entryPath) => {
    const accountId = id(entry, 'id', entryPath);
    for (const event of list(entry, 'messaging', entryPath, (m, p) => messagingEvent(m, p, accountId))) if (event) events.push(event);
  });
  return events;
}

function messagingEvent(m: Obj, path: string, accountId: string): InboundEvent | null {
  const sender = id(obj(m, 'sender', path), 'id', at(path, 'sender'));
  const timestamp = num(m, 'timestamp', path);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new MetaPayloadError(at(path, 'timestamp'), `"${at(path, 'timestamp')}" must be a Unix time in milliseconds`);
  const sentAt = new Date(timestamp);
  const message = optObj(m, 'message', path);
  const reaction = optObj(m, 'reaction', path);
  const read = optObj(m, 'read', path);
  const postback = optObj(m, 'postback', path);
  // Our own sends come back as echoes from the business account; they are stored already.
  if (sender === accountId) return null;
  if (message) return messageEvent(message, at(path, 'message'), sender, sentAt);
  if (reaction) {
    const p = at(path, 'reaction');
    const mid = id(reaction, 'mid', p);
    const action = str(reaction, 'action', p);
    const emoji = action === 'react' ? (optStr(reaction, 'emoji', p) ?? optStr(reaction, 'reaction', p) ?? '') : '';
    return {
      type: 'message',
      externalId: instagramReactionId(mid, sender, action, timestamp),
      sender: { externalId: sender },
      kind: 'text',
      text: emoji,
      attachments: [],
      replyToExternalId: mid,
      payload: { reaction: emoji || null },
      sentAt,
    };
  }
  if (read) {
    const mid = optStr(read, 'mid', at(path, 'read'));
    return mid ? { type: 'status', externalId: mid, status: 'read', at: sentAt } : null;
  }
  if (postback) {
    const p = at(path, 'postback');
    const mid = id(postback, 'mid', p);
    return {
      type: 'message',
      externalId: mid,
      sender: { externalId: sender },
      kind: 'text',
      text: clip(optStr(postback, 'title', p) ?? ''),
      attachments: [],
      payload: { data: str(postback, 'payload', p) },
      sentAt,
    };
  }
  return null;
}

function messageEvent(message: Obj, path: string, sender: string, sentAt: Date): InboundMessageEvent | null {
  const mid = id(message, 'mid', path);
  if (optBool(message, 'is_echo', path)) return null;
  const base = { type: 'message' as const, externalId: mid, sender: { externalId: sender }, sentAt };
  // The customer unsent it: the stored message is blanked (Instagram's policy), not a new one.
  if (optBool(message, 'is_deleted', path)) return { ...base, kind: 'text', attachments: [], edited: true, payload: { unsent: true } };
  const text = optStr(message, 'text', path);
  const quick = optObj(message, 'quick_reply', path);
  const replyTo = optObj(message, 'reply_to', path);
  const story = replyTo ? optObj(replyTo, 'story', at(path, 'reply_to')) : undefined;
  const payload: Record<string, unknown> = {};
  if (quick) payload.data = str(quick, 'payload', at(path, 'quick_reply'));
  if (story) payload.storyReply = compact({ url: optStr(story, 'url', at(path, 'reply_to.story')), id: optStr(story, 'id', at(path, 'reply_to.story')) });
  if (optBool(message, 'is_unsupported', path)) payload.unsupported = true;

  const attachments: InboundAttachment[] = [];
  let kind: MessageKind = 'text';
  const links: string[] = [];
  list(message, 'attachments', path, (a, p) => {
    const type = str(a, 'type', p);
    const data = optObj(a, 'payload', p);
    const url = data ? optStr(data, 'url', at(p, 'payload')) : undefined;
    const media = MEDIA[type];
    if (type === 'story_mention') payload.storyMention = true;
    if (media && url) {
      if (attachments.length === 0) kind = media.kind;
      attachments.push({ kind: media.attachment, providerRef: url });
    } else if (url) {
      // Shared posts and reels: the link is what an operator can open.
      links.push(url);
      payload.shares = [...((payload.shares as unknown[]) ?? []), { type, url }];
    }
  });
  const body = [text, ...links].filter((part) => part !== undefined && part !== '').join('\n');
  if (!body && attachments.length === 0 && !payload.unsupported) return null;
  return compact({
    ...base,
    kind,
    text: body ? clip(body) : undefined,
    attachments,
    replyToExternalId: replyTo ? optStr(replyTo, 'mid', at(path, 'reply_to')) : undefined,
    payload,
  });
}
