/**
 * The real IMAP peer of the integration spec: a private Dovecot started by .ci/dovecot.sh,
 * or an already running one at DOVECOT_PORT (user support@example.test, password secret).
 * When neither works the spec fails with the reason: CI installs dovecot-imapd, so a silent
 * skip would hide a broken e-mail channel.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', '..', '.ci', 'dovecot.sh');

export const IMAP_USER = 'support@example.test';
export const IMAP_PASSWORD = 'secret';

export interface Dovecot {
  port: number;
  stop(): Promise<void>;
}

export async function startDovecot(): Promise<Dovecot> {
  const external = process.env.DOVECOT_PORT;
  if (external) {
    const port = Number(external);
    if (!(await answers(port))) throw new Error(`DOVECOT_PORT=${external} is set but nothing answers on 127.0.0.1:${external}`);
    return { port, stop: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'dovecot-'));
  const port = await freePort();
  try {
    await run('bash', [SCRIPT, dir], { env: { ...process.env, DOVECOT_PORT: String(port) }, timeout: 170_000 });
  } catch (err) {
    const { stderr, message } = err as { stderr?: string; message: string };
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Dovecot could not be started by .ci/dovecot.sh, so the IMAP integration tests cannot run.\n` +
        `Install dovecot-imapd (apt-get install -y dovecot-imapd) or point DOVECOT_PORT at a running server.\n${stderr || message}`,
      { cause: err },
    );
  }
  return {
    port,
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', dir]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A logged-in client for arranging mailboxes in tests. */
export async function adminClient(port: number): Promise<ImapFlow> {
  const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: IMAP_USER, pass: IMAP_PASSWORD }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * A TCP relay in front of Dovecot whose connections the test can cut, to see the connector
 * reconnect as it would after a network failure or a server restart.
 */
export class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<CuttableProxy> {
    const holder: { proxy?: CuttableProxy } = {};
    const server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        holder.proxy?.sockets.add(socket);
        socket.on('close', () => holder.proxy?.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.proxy = new CuttableProxy(server, (server.address() as AddressInfo).port);
    return holder.proxy;
  }

  /** Drops every open connection, as a network failure would. */
  cut(): number {
    const count = this.sockets.size;
    for (const socket of this.sockets) socket.destroy();
    return count;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(2000);
    socket.once('data', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(port, '127.0.0.1');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
