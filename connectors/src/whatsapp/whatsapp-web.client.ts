import { join } from 'node:path';
import type { Client, ClientInfo, Events, Location, Message, MessageAck, MessageMedia, MessageSendOptions, MessageTypes, WAState } from 'whatsapp-web.js';

/** The fields of a library Message the parser reads, by the library's names and types, and the method that fetches its file. */
export interface WhatsAppWebMessage
  extends Pick<Message, 'id' | 'from' | 'to' | 'body' | 'timestamp' | 'fromMe' | 'hasMedia' | 'hasQuotedMsg' | 'isStatus' | 'ack' | 'vCards' | 'selectedButtonId' | 'selectedRowId' | 'downloadMedia'> {
  /** One of the library's MessageTypes, as the string WhatsApp Web sends ('chat', 'image', ...). */
  type: `${MessageTypes}`;
  /** For type location. The declarations say string coordinates; Location.js keeps the numbers WhatsApp Web sends (the parser checks). */
  location?: Omit<Location, 'latitude' | 'longitude'> & { latitude: number; longitude: number };
  /** WhatsApp Web's raw data, kept by the library but not declared: notifyName, quotedStanzaID. */
  _data?: { notifyName?: string; quotedStanzaID?: string };
}

/**
 * Only event names of the library's Events: a name it renames or drops
 * fails the build here. (Its `on` also takes any string, so the names are
 * checked against the enum, and the arguments are the library's own types.)
 */
type LibraryEvents<T extends { [E in keyof T]: E extends `${Events}` ? (...args: never[]) => void : never }> = T;

/** The client's events the adapter listens to (https://docs.wwebjs.dev/Client.html). */
export type WhatsAppWebClientEvents = LibraryEvents<{
  qr: (qr: string) => void;
  authenticated: () => void;
  ready: () => void;
  auth_failure: (message: string) => void;
  disconnected: (reason: `${WAState}` | 'LOGOUT') => void;
  message: (message: WhatsAppWebMessage) => void;
  message_ack: (message: WhatsAppWebMessage, ack: MessageAck) => void;
}>;

/**
 * The part of a whatsapp-web.js `Client` the adapter uses, in the library's
 * own types: the real Client is one as it is (createWhatsAppWebClient), and
 * the tests' stand-in implements it, so a library update that renames a
 * member, an event or a field the adapter relies on fails the build.
 */
export interface WhatsAppWebClient extends Pick<Client, 'initialize' | 'destroy'> {
  on<E extends keyof WhatsAppWebClientEvents>(event: E, listener: WhatsAppWebClientEvents[E]): unknown;
  sendMessage(chatId: string, content: string | MessageMedia, options?: Pick<MessageSendOptions, 'caption' | 'quotedMessageId'>): Promise<Pick<Message, 'id'>>;
  /** Set once the client is ready. */
  info?: Pick<ClientInfo, 'wid'> | null;
}

/** Debian's Chromium under puppeteer, headless and quiet (no sync, no updates, no first-run). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface RealClientOptions {
  /** Chromium to drive (WHATSAPP_CHROMIUM_PATH); the package never downloads one. */
  executablePath: string;
  /** Sessions live under `<dataDir>/whatsapp`, one folder per inbox, so a restart needs no new QR scan. */
  dataDir: string;
}

/** The puppeteer launch options whatsapp-web.js is given. */
export function chromiumLaunchOptions(executablePath: string) {
  return { executablePath, headless: true, args: CHROMIUM_ARGS };
}

/** A real whatsapp-web.js client for one inbox, its session kept by LocalAuth. */
export function createWhatsAppWebClient(inboxId: number, options: RealClientOptions): Client {
  // Loaded on first use: the library pulls in puppeteer, which a process without WhatsApp inboxes never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wweb = require('whatsapp-web.js') as typeof import('whatsapp-web.js');
  return new wweb.Client({
    authStrategy: new wweb.LocalAuth({ clientId: `inbox-${inboxId}`, dataPath: join(options.dataDir, 'whatsapp') }),
    puppeteer: chromiumLaunchOptions(options.executablePath),
  }) satisfies WhatsAppWebClient;
}

/** The library's MessageMedia for bytes we send. */
export function toWhatsAppWebMedia(mimeType: string, bytes: Buffer, fileName: string): MessageMedia {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wweb = require('whatsapp-web.js') as typeof import('whatsapp-web.js');
  return new wweb.MessageMedia(mimeType, bytes.toString('base64'), fileName, bytes.length);
}
