/**
 * A stand-in for a whatsapp-web.js Client: the test drives it by emitting
 * the library's own events with the library's own message shapes (the
 * fields Message copies from WhatsApp Web's data, see
 * whatsapp-web.js/src/structures/Message.js) and reads what was sent.
 */
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { WhatsAppWebClient, WhatsAppWebMedia } from '../src/whatsapp/whatsapp-web.client';

export interface SentByStandIn {
  chatId: string;
  content: string | WhatsAppWebMedia;
  options?: { caption?: string; quotedMessageId?: string };
  id: string;
}

export class StandInWhatsAppClient extends EventEmitter implements WhatsAppWebClient {
  readonly sent: SentByStandIn[] = [];
  initialized = 0;
  destroyed = false;
  info: { wid: { user: string } } | null = null;
  /** Makes sendMessage throw this once. */
  failNextSend: Error | null = null;

  constructor(readonly phone = '15550001234') {
    super();
  }

  async initialize(): Promise<void> {
    this.initialized++;
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }

  async sendMessage(chatId: string, content: string | WhatsAppWebMedia, options?: { caption?: string; quotedMessageId?: string }) {
    if (this.failNextSend) {
      const error = this.failNextSend;
      this.failNextSend = null;
      throw error;
    }
    const id = `3EB0${randomBytes(8).toString('hex').toUpperCase()}`;
    this.sent.push({ chatId, content, ...(options ? { options } : {}), id });
    return { id: { id, fromMe: true, remote: chatId, _serialized: `true_${chatId}_${id}` } };
  }

  /** The library's login sequence: a QR code, then (once "scanned") authenticated and ready. */
  showQr(qr = `2@${randomBytes(16).toString('base64')}`): string {
    this.emit('qr', qr);
    return qr;
  }

  becomeReady(): void {
    this.info = { wid: { user: this.phone } };
    this.emit('authenticated');
    this.emit('ready');
  }

  /** An incoming message as whatsapp-web.js builds it; `media` makes it a media message with downloadMedia(). */
  receive(fields: Partial<IncomingFields> & { from: string }, media?: WhatsAppWebMedia) {
    const id = fields.id ?? `3A${randomBytes(9).toString('hex').toUpperCase()}`;
    const message = {
      id: { fromMe: false, remote: fields.from, id, _serialized: `false_${fields.from}_${id}` },
      from: fields.from,
      to: `${this.phone}@c.us`,
      body: fields.body ?? '',
      type: fields.type ?? 'chat',
      timestamp: fields.timestamp ?? Math.floor(Date.now() / 1000),
      fromMe: false,
      hasMedia: Boolean(media),
      hasQuotedMsg: Boolean(fields.quotedStanzaID),
      isStatus: false,
      ack: 0,
      location: fields.location,
      vCards: fields.vCards ?? [],
      _data: { notifyName: fields.notifyName, ...(fields.quotedStanzaID ? { quotedStanzaID: fields.quotedStanzaID } : {}) },
      downloadMedia: async () => media,
    };
    this.emit('message', message);
    return message;
  }

  /** message_ack for one of our sends. */
  ack(sentId: string, ack: number): void {
    const sent = this.sent.find((s) => s.id === sentId);
    const remote = sent?.chatId ?? 'unknown@c.us';
    this.emit('message_ack', { id: { fromMe: true, remote, id: sentId, _serialized: `true_${remote}_${sentId}` }, from: `${this.phone}@c.us`, to: remote, fromMe: true, type: 'chat', body: '', timestamp: 0, ack }, ack);
  }

  disconnect(reason = 'NAVIGATION'): void {
    this.emit('disconnected', reason);
  }
}

interface IncomingFields {
  id: string;
  body: string;
  type: string;
  timestamp: number;
  notifyName: string;
  quotedStanzaID: string;
  location: { latitude: number; longitude: number; name?: string; address?: string };
  vCards: string[];
}
