import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A browser's side of a push subscription: its P-256 key pair and auth secret (what PushSubscription.toJSON() shows, and what decrypts). */
export interface BrowserKeys {
  p256dh: string;
  auth: string;
  privateKey: Buffer;
  publicKey: Buffer;
  authSecret: Buffer;
}

export function browserKeys(): BrowserKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url'), privateKey: ecdh.getPrivateKey(), publicKey: ecdh.getPublicKey(), authSecret };
}

/** One post as the stand-in received it, checked and opened. */
export interface ReceivedPush {
  path: string;
  headers: IncomingMessage['headers'];
  /** The VAPID JWT's claims, after its ES256 signature checked out against the `k` key of the Authorization header. */
  claims: { aud: string; exp: number; sub: string };
  /** The `k` of the Authorization header: the server's VAPID public key. */
  vapidKey: string;
  /** The decrypted payload (RFC 8291, aes128gcm), or null when no subscriber keys were registered for the path. */
  payload: unknown;
}

/**
 * A push service stand-in on 127.0.0.1: it takes what a browser vendor's
 * service would, checks the VAPID signature (RFC 8292) and, for a path whose
 * browser keys it was given, decrypts the payload as the browser would.
 * A path can be told to answer another status (410: the subscription is gone).
 */
export class PushStandIn {
  readonly received: ReceivedPush[] = [];
  readonly refused: string[] = [];
  private readonly keys = new Map<string, BrowserKeys>();
  private readonly statuses = new Map<string, number>();
  private server: Server | null = null;
  origin = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        try {
          this.received.push(this.open(path, req.headers, Buffer.concat(chunks)));
          res.writeHead(this.statuses.get(path) ?? 201).end();
        } catch (error) {
          this.refused.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A new subscription's endpoint on this stand-in, with the browser keys that decrypt what arrives there. */
  endpoint(name: string, keys?: BrowserKeys): string {
    if (keys) this.keys.set(`/push/${name}`, keys);
    return `${this.origin}/push/${name}`;
  }

  answer(name: string, status: number): void {
    this.statuses.set(`/push/${name}`, status);
  }

  to(name: string): ReceivedPush[] {
    return this.received.filter((p) => p.path === `/push/${name}`);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private open(path: string, headers: IncomingMessage['headers'], body: Buffer): ReceivedPush {
    const authorization = String(headers.authorization ?? '');
    const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
    if (!match) throw new Error(`Authorization is not VAPID: ${authorization}`);
    const [, jwt, vapidKey] = match;
    const [head, claims, signature] = jwt.split('.');
    const raw = Buffer.from(vapidKey, 'base64url');
    const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') }, format: 'jwk' });
    if (JSON.parse(Buffer.from(head, 'base64url').toString()).alg !== 'ES256') throw new Error('JWT is not ES256');
    if (!verify('sha256', Buffer.from(`${head}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) throw new Error('VAPID signature does not verify');
    if (headers['content-encoding'] !== 'aes128gcm') throw new Error(`Content-Encoding ${headers['content-encoding']}`);
    const keys = this.keys.get(path);
    return { path, headers, claims: JSON.parse(Buffer.from(claims, 'base64url').toString()), vapidKey, payload: keys ? JSON.parse(decrypt(body, keys)) : null };
  }
}

/** RFC 8291 with RFC 8188's aes128gcm: one record, as web-push sends. */
function decrypt(body: Buffer, keys: BrowserKeys): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20];
  const serverPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(keys.privateKey);
  const shared = ecdh.computeSecret(serverPublic);
  const info = Buffer.concat([Buffer.from('WebPush: info\0'), keys.publicKey, serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, keys.authSecret, info, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then optional zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('payload padding delimiter missing');
  return padded.subarray(0, end).toString('utf8');
}
