/**
 * A stand-in for a whatsapp-web.js Client: the test drives it by emitting
 * the library's own events with the library's own message shapes (the
 * fields Message copies from WhatsApp Web's data, see
 * whatsapp-web.js/src/structures/Message.js) and reads what was sent.
 */
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { ClientInfo, Message, MessageAck, MessageMedia, MessageSendOptions, WAState } from 'whatsapp-web.js';
import type { WhatsAppWebClient, WhatsAppWebClientEvents, WhatsAppWebMessage } from '../src/whatsapp/whatsapp-web.client';

type SendOptions = Pick<MessageSendOptions, 'caption' | 'quotedMessageId'>;

export interface SentByStandIn {
  chatId: string;
  content: string | MessageMedia;
  options?: SendOptions;
  id: string;
}

/** Typed against the library: WhatsAppWebClient is made of whatsapp-web.js's own Client, Message and event types. */
export class StandInWhatsAppClient extends EventEmitter implements WhatsAppWebClient {
  readonly sent: SentByStandIn[] = [];
  initialized = 0;
  destroyed = false;
  info: Pick<ClientInfo, 'wid'> | null = null;
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

  async sendMessage(chatId: string, content: string | MessageMedia, options?: SendOptions): Promise<Pick<Message, 'id'>> {
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
    this.fire('qr', qr);
    return qr;
  }

  becomeReady(): void {
    this.info = { wid: { server: 'c.us', user: this.phone, _serialized: `${this.phone}@c.us` } };
    this.fire('authenticated');
    this.fire('ready');
  }

  /** An incoming message as whatsapp-web.js builds it; `media` makes it a media message with downloadMedia(). */
  receive(fields: Partial<IncomingFields> & { from: string }, media?: MessageMedia): WhatsAppWebMessage {
    const id = fields.id ?? `3A${randomBytes(9).toString('hex').toUpperCase()}`;
    const message = this.message({ ...fields, id, to: `${this.phone}@c.us`, fromMe: false }, media);
    this.fire('message', message);
    return message;
  }

  /** message_ack for one of our sends. */
  ack(sentId: string, ack: MessageAck): void {
    const remote = this.sent.find((s) => s.id === sentId)?.chatId ?? 'unknown@c.us';
    this.fire('message_ack', this.message({ id: sentId, from: `${this.phone}@c.us`, to: remote, fromMe: true, ack }), ack);
  }

  disconnect(reason: `${WAState}` | 'LOGOUT' = 'CONFLICT'): void {
    this.fire('disconnected', reason);
  }

  /** emit() held to the library's event names and argument types. */
  private fire<E extends keyof WhatsAppWebClientEvents>(event: E, ...args: Parameters<WhatsAppWebClientEvents[E]>): void {
    this.emit(event, ...args);
  }

  /** A Message's fields as the library fills them from WhatsApp Web's data (see whatsapp-web.js/src/structures/Message.js). */
  private message(fields: Partial<IncomingFields> & { id: string; from: string; to: string; fromMe: boolean; ack?: MessageAck }, media?: MessageMedia): WhatsAppWebMessage {
    const chat = fields.fromMe ? fields.to : fields.from;
    return {
      id: { fromMe: fields.fromMe, remote: chat, id: fields.id, _serialized: `${fields.fromMe}_${chat}_${fields.id}` },
      from: fields.from,
      to: fields.to,
      body: fields.body ?? '',
      type: fields.type ?? 'chat',
      timestamp: fields.timestamp ?? Math.floor(Date.now() / 1000),
      fromMe: fields.fromMe,
      hasMedia: Boolean(media),
      hasQuotedMsg: Boolean(fields.quotedStanzaID),
      isStatus: false,
      ack: fields.ack ?? 0,
      location: fields.location,
      vCards: fields.vCards ?? [],
      _data: { notifyName: fields.notifyName, ...(fields.quotedStanzaID ? { quotedStanzaID: fields.quotedStanzaID } : {}) },
      downloadMedia: async () => {
        if (!media) throw new Error('This message has no media');
        return media;
      },
    };
  }
}

interface IncomingFields {
  id: string;
  body: string;
  type: WhatsAppWebMessage['type'];
  timestamp: number;
  notifyName: string;
  quotedStanzaID: string;
  location: WhatsAppWebMessage['location'];
  vCards: string[];
}
