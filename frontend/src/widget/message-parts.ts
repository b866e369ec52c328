import { h, icon } from './dom';
import { formatBytes } from '../lib/format';
import { attachmentHref, isInlineImage, linkify } from './format';
import { t, type StringKey } from './strings';
import type { Attachment, InboxInfo, Quote } from './types';

/** How a quote of a message without text names it; anything else is a file. */
const KIND_LABELS: Record<string, StringKey> = { image: 'image', audio: 'audio', video: 'video', location: 'location' };

/** Text with clickable links; every piece is a text node or an anchor with a checked http(s) href. */
export function textNodes(text: string): Node[] {
  return linkify(text).map((part) =>
    'href' in part ? h('a', { href: part.href, target: '_blank', rel: 'noopener noreferrer nofollow ugc' }, part.text) : document.createTextNode(part.text),
  );
}

/** The name over a reply: the sender's, or the inbox's for an unnamed sender and for operators when the inbox hides their names. */
export function authorName(m: Pick<Quote, 'senderType' | 'senderName'>, inbox: Pick<InboxInfo, 'name' | 'showAgentNames'>): string {
  if (m.senderType === 'agent' && !inbox.showAgentNames) return inbox.name;
  return m.senderName || inbox.name;
}

/** What a message answers: who wrote it (the visitor is "You") and its text, or what kind of thing it was. */
export function quoteBlock(q: Quote, inbox: Pick<InboxInfo, 'name' | 'showAgentNames'>): HTMLElement {
  const who = q.senderType === 'contact' ? t('you') : authorName(q, inbox);
  return h('div', { class: 'quote' }, h('div', { class: 'quote-who' }, who), h('div', { class: 'quote-text' }, q.text || t(KIND_LABELS[q.kind] ?? 'file')));
}

/** A picture shown small, or a file to download; a file still uploading has no address yet (images have a local blob: preview). */
export function attachmentLink(a: Attachment, host: string): HTMLElement {
  const href = a.url ? attachmentHref(a.url, host) : null;
  if (!href) return h('span', { class: 'file' }, icon('file'), h('span', { class: 'file-name' }, a.fileName), h('span', { class: 'file-size' }, formatBytes(a.size)));
  if (isInlineImage(a.mimeType)) {
    return h(
      'a',
      { class: 'thumb', href, target: '_blank', rel: 'noopener noreferrer', 'aria-label': t('openImage', { file: a.fileName }) },
      h('img', { src: href, alt: a.fileName, loading: 'lazy', width: 200, height: 150 }),
    );
  }
  return h(
    'a',
    { class: 'file', href, target: '_blank', rel: 'noopener noreferrer', download: a.fileName, 'aria-label': t('download', { file: a.fileName }) },
    icon('file'),
    h('span', { class: 'file-name' }, a.fileName),
    h('span', { class: 'file-size' }, formatBytes(a.size)),
  );
}
