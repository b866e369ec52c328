import { join } from 'node:path';

/**
 * The part of a whatsapp-web.js `Client` the adapter uses
 * (https://docs.wwebjs.dev/Client.html). Tests give a stand-in object that
 * emits the library's own events and message shapes.
 */
export interface WhatsAppWebClient {
  on(event: 'qr', listener: (qr: string) => void): unknown;
  on(event: 'authenticated' | 'ready', listener: () => void): unknown;
  on(event: 'auth_failure' | 'disconnected', listener: (reason: string) => void): unknown;
  on(event: 'message', listener: (message: WhatsAppWebMessage) => void): unknown;
  on(event: 'message_ack', listener: (message: WhatsAppWebMessage, ack: number) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string | WhatsAppWebMedia, options?: { caption?: string; quotedMessageId?: string }): Promise<{ id: { id: string } }>;
  info?: { wid?: { user?: string } } | null;
}

/** A library Message: its data fields (read by the parser) and the method that fetches its file. */
export interface WhatsAppWebMessage {
  hasMedia?: boolean;
  downloadMedia?(): Promise<WhatsAppWebMedia | undefined>;
  [field: string]: unknown;
}

/** The library's MessageMedia: base64 bytes. */
export interface WhatsAppWebMedia {
  mimetype: string;
  data: string;
  filename?: string | null;
  filesize?: number | null;
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
export function createWhatsAppWebClient(inboxId: number, options: RealClientOptions): WhatsAppWebClient {
  // Loaded on first use: the library pulls in puppeteer, which a process without WhatsApp inboxes never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wweb = require('whatsapp-web.js') as typeof import('whatsapp-web.js');
  const client = new wweb.Client({
    authStrategy: new wweb.LocalAuth({ clientId: `inbox-${inboxId}`, dataPath: join(options.dataDir, 'whatsapp') }),
    puppeteer: chromiumLaunchOptions(options.executablePath),
  });
  return client as unknown as WhatsAppWebClient;
}

/** The library's MessageMedia for bytes we send. */
export function toWhatsAppWebMedia(mimeType: string, bytes: Buffer, fileName: string): WhatsAppWebMedia {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wweb = require('whatsapp-web.js') as typeof import('whatsapp-web.js');
  return new wweb.MessageMedia(mimeType, bytes.toString('base64'), fileName, bytes.length);
}
