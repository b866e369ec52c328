import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectVisitor, freePort } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const MAIN = resolve(__dirname, '../dist/main.js');

/** Resolves once the process is gone, whether it exited or was killed by a signal. */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => child.once('exit', () => resolveExit()));
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`backend exited (${child.exitCode ?? child.signalCode})`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('backend did not become healthy in 30 s');
}

describe('durability of acknowledged messages', () => {
  let db: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the backend first (npm run build)`);
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-durability-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...(process.env as Record<string, string>),
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      APP_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: 'admin@test.local',
      ADMIN_PASSWORD: 'admin-password-1',
      REDIS_PREFIX: `inbox-durability-${randomBytes(4).toString('hex')}`,
    };
  });
  afterAll(async () => {
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  function startBackend(): ChildProcess {
    return spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  it('keeps every acknowledged message exactly once when the backend is killed with SIGKILL', async () => {
    let backend = startBackend();
    await waitForHealth(url, backend);
    const token = (await (await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@test.local', password: 'admin-password-1' }) })).json()).accessToken;
    const inboxKey = (await (await fetch(`${url}/api/inboxes`, { headers: { authorization: `Bearer ${token}` } })).json()).items[0].publicKey;

    const visitor = await connectVisitor(url, inboxKey);
    const ids = Array.from({ length: 300 }, () => randomUUID());
    const acked = new Set<string>();
    let killed = false;
    // Messages keep flowing; the process dies mid-stream, right after an acknowledgement.
    await Promise.all(
      ids.map(
        (clientMessageId, i) =>
          new Promise<void>((done) => {
            setTimeout(() => {
              if (killed) return done();
              visitor.socket.timeout(15_000).emit('message.send', { text: `m${i}`, clientMessageId }, (err: Error | null, ack: { message?: unknown }) => {
                if (!err && ack?.message) acked.add(clientMessageId);
                if (!killed && acked.size >= 120) {
                  killed = true;
                  backend.kill('SIGKILL');
                }
                done();
              });
            }, i * 2);
          }),
      ),
    );
    visitor.socket.close();
    expect(killed).toBe(true);
    await exited(backend);

    backend = startBackend();
    try {
      await waitForHealth(url, backend);
      const again = await connectVisitor(url, inboxKey, visitor.session.visitorToken);
      const stored = new Map<string, number>();
      let before: number | undefined;
      for (;;) {
        const page = await again.socket.emitWithAck('history', before ? { before } : {});
        for (const m of page.items) stored.set(m.clientMessageId, (stored.get(m.clientMessageId) ?? 0) + 1);
        if (page.items.length < 50) break;
        before = page.items[0].id;
      }
      for (const id of acked) expect(stored.get(id), `acknowledged message ${id}`).toBe(1);

      // The widget re-sends what was not acknowledged; nothing is doubled.
      for (const [i, clientMessageId] of ids.entries()) {
        const ack = await again.socket.emitWithAck('message.send', { text: `m${i}`, clientMessageId });
        expect(ack.message).toBeTruthy();
      }
      const conversationId = (await again.socket.emitWithAck('history', {})).items[0].conversationId;
      const res = await fetch(`${url}/api/conversations/${conversationId}/messages?limit=200`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      let total = 0;
      let cursor: number | undefined;
      for (;;) {
        const page = await (await fetch(`${url}/api/conversations/${conversationId}/messages?limit=200${cursor ? `&before=${cursor}` : ''}`, { headers: { authorization: `Bearer ${token}` } })).json();
        total += page.items.length;
        if (page.items.length < 200) break;
        cursor = page.items[0].id;
      }
      expect(total).toBe(ids.length);
      again.socket.close();
    } finally {
      backend.kill('SIGTERM');
      await exited(backend);
    }
  }, 120_000);
});
