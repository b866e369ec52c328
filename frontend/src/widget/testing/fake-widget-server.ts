import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type { Attachment, ContactInfo, InboxInfo, Message, SendPayload } from '../types';
import { makeInbox } from './factories';

/**
 * A minimal `/widget` server speaking the protocol of docs/api.md, for driving
 * the widget's connection in tests. Visitor tokens are plain strings it
 * issued; `good-key` is the only inbox.
 */
export interface FakeWidgetServer {
  url: string;
  port: number;
  io: Server;
  /** Every stored message, oldest first. */
  messages: Message[];
  /** Every upload received: the headers that identify the visitor, and the file. */
  uploads: Array<{ inboxKey?: string; visitorToken?: string; fileName: string; size: number }>;
  attachments: Map<number, Attachment>;
  /** Every `message.send` payload received, repeats included. */
  received: SendPayload[];
  tokens: Set<string>;
  contacts: Map<string, ContactInfo>;
  /**
   * Return 'drop' to store the message but lose the ack (the connection is
   * cut), 'ignore' to store it and never answer (a stalled server), { error } to refuse.
   */
  onSend?: (payload: SendPayload, socket: Socket) => 'drop' | 'ignore' | { error: string; retryable?: boolean } | void;
  inbox: InboxInfo;
  /** Set: every handshake is refused with it (a site the inbox does not allow…). */
  refusal?: string;
  /** The conversation's status a session reports once there are messages (`queued` while waiting for an operator). */
  conversationStatus: string;
  /** An operator writes to every visitor (a `message.created` push). */
  agentSays(text: string, token?: string): Message;
  sockets(): Socket[];
  /** Stop listening; `restart()` listens again on the same port. */
  close(): Promise<void>;
  restart(): Promise<void>;
}

export const GOOD_KEY = 'good-key';

export async function startFakeWidgetServer(port = 0): Promise<FakeWidgetServer> {
  let nextId = 1;
  let nextAttachmentId = 1;
  let tokenSeq = 1;
  const conversationId = 7;
  const now = () => new Date().toISOString();
  let http: HttpServer;
  let io: Server;

  const server: FakeWidgetServer = {
    url: '',
    port: 0,
    io: undefined as unknown as Server,
    messages: [],
    received: [],
    uploads: [],
    attachments: new Map(),
    tokens: new Set(),
    contacts: new Map(),
    inbox: makeInbox({ greeting: 'Hi! How can we help?' }),
    conversationStatus: 'assigned',
    agentSays(text, token) {
      const message: Message = {
        id: nextId++,
        conversationId,
        direction: 'out',
        senderType: 'agent',
        senderName: 'Anna',
        kind: 'text',
        text,
        attachments: [],
        status: 'sent',
        clientMessageId: null,
        createdAt: now(),
      };
      server.messages.push(message);
      const target = token ? io.of('/widget').to(token) : io.of('/widget');
      target.emit('message.created', { message });
      return message;
    },
    sockets: () => [...io.of('/widget').sockets.values()],
    async close() {
      io.of('/widget').disconnectSockets(true);
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
    },
    async restart() {
      await listen(server.port);
    },
  };

  const listen = async (onPort: number) => {
    http = createServer((req, res) => handleUpload(server, req, res, () => nextAttachmentId++));
    io = new Server(http, { cors: { origin: true } });
    server.io = io;
    const widget = io.of('/widget');
    widget.use((socket, next) => {
      const { inboxKey, visitorToken } = (socket.handshake.auth ?? {}) as { inboxKey?: string; visitorToken?: string };
      if (inboxKey !== GOOD_KEY) return next(new Error('unknown inbox key'));
      if (server.refusal) return next(new Error(server.refusal));
      if (visitorToken !== undefined && !server.tokens.has(visitorToken)) return next(new Error('invalid visitor token'));
      const token = visitorToken ?? `visitor-${tokenSeq++}`;
      server.tokens.add(token);
      socket.data.token = token;
      next();
    });
    widget.on('connection', (socket) => {
      const token = socket.data.token as string;
      void socket.join(token);
      socket.emit('session', {
        visitorToken: token,
        contactId: server.contacts.has(token) ? 1 : null,
        conversationId: server.messages.length ? conversationId : null,
        conversationStatus: server.messages.length ? server.conversationStatus : null,
        inbox: server.inbox,
        contact: server.contacts.get(token) ?? null,
      });
      socket.on('history', (payload: { before?: number }, ack: (res: unknown) => void) => {
        const older = server.messages.filter((m) => payload?.before === undefined || m.id < payload.before);
        ack({ items: older.slice(-50) });
      });
      socket.on('message.send', (payload: SendPayload, ack: (res: unknown) => void) => {
        server.received.push(payload);
        const hook = server.onSend?.(payload, socket);
        if (hook && typeof hook === 'object') return ack(hook);
        // De-duplicated by clientMessageId, like the real server's unique external id.
        let message = server.messages.find((m) => m.clientMessageId === payload.clientMessageId);
        if (!message) {
          message = {
            id: nextId++,
            conversationId,
            direction: 'in',
            senderType: 'contact',
            senderName: server.contacts.get(token)?.name ?? null,
            kind: payload.text ? 'text' : 'file',
            text: payload.text || null,
            attachments: (payload.attachments ?? []).flatMap((id) => server.attachments.get(id) ?? []),
            status: 'sent',
            clientMessageId: payload.clientMessageId,
            createdAt: now(),
          };
          server.messages.push(message);
          socket.to(token).emit('message.created', { message });
        }
        if (hook === 'drop') {
          socket.conn.close();
          return;
        }
        if (hook === 'ignore') return;
        ack({ message });
      });
      socket.on('contact.update', (payload: ContactInfo, ack: (res: unknown) => void) => {
        const contact = { ...server.contacts.get(token), ...payload };
        server.contacts.set(token, contact);
        ack({ contact });
      });
    });
    await new Promise<void>((resolve) => http.listen(onPort, '127.0.0.1', resolve));
    server.port = (http.address() as AddressInfo).port;
    server.url = `http://127.0.0.1:${server.port}`;
  };

  await listen(port);
  return server;
}

/**
 * `POST /api/widget/uploads` as the real backend answers it, CORS included
 * (the widget runs on the customer's site, another origin).
 */
function handleUpload(server: FakeWidgetServer, req: IncomingMessage, res: ServerResponse, nextId: () => number): void {
  if (!req.url?.startsWith('/api/widget/uploads')) return;
  res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
  res.setHeader('access-control-allow-headers', 'x-inbox-key, x-visitor-token, content-type');
  res.setHeader('access-control-allow-methods', 'POST');
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const token = req.headers['x-visitor-token'] as string | undefined;
    if (req.headers['x-inbox-key'] !== GOOD_KEY || !token || !server.tokens.has(token)) {
      return json(401, { statusCode: 401, error: 'Unauthorized', message: 'x-visitor-token: missing or invalid visitor token' });
    }
    // Multipart, parsed just enough: the part's file name, type and bytes.
    const text = body.toString('latin1');
    const fileName = /filename="([^"]*)"/.exec(text)?.[1] ?? 'file';
    const mimeType = /Content-Type: ([^\r\n]+)/i.exec(text)?.[1] ?? 'application/octet-stream';
    const start = text.indexOf('\r\n\r\n') + 4;
    const end = text.lastIndexOf('\r\n--');
    const size = Math.max(0, end - start);
    server.uploads.push({ inboxKey: req.headers['x-inbox-key'] as string, visitorToken: token, fileName, size });
    if (size > server.inbox.maxUploadBytes) {
      return json(413, { statusCode: 413, error: 'Payload Too Large', message: 'File too large' });
    }
    const id = nextId();
    const attachment = { id, fileName, mimeType, size, url: `/api/attachments/k${id}/${encodeURIComponent(fileName)}` };
    server.attachments.set(id, attachment);
    json(201, { attachment });
  });
}
