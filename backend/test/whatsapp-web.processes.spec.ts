import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandInWhatsAppClient } from '../../connectors/test/stand-in-whatsapp-client';
import { WhatsAppWebClients } from '../src/channels/whatsapp/whatsapp-web.clients';
import { WhatsAppWebSessions } from '../src/channels/whatsapp/whatsapp-web.sessions';
import { eventually } from './support/telegram-fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const CUSTOMER = '447700900456@c.us';

describe.skipIf(!process.env.REDIS_URL)('a linked WhatsApp number with two backend processes (needs REDIS_URL: without Redis the product is one process)', () => {
  const env = { APP_SECRET: randomBytes(32).toString('hex'), REDIS_PREFIX: `inbox-test-${randomBytes(4).toString('hex')}`, DEMO: 'false', LEASE_TTL_SECONDS: '2' };
  const clients: StandInWhatsAppClient[] = [];
  const apps: TestApp[] = [];
  let db: TestDatabase;
  let dataDir: string;

  beforeAll(async () => {
    WhatsAppWebClients.replaceFactory(() => {
      const client = new StandInWhatsAppClient();
      clients.push(client);
      return client;
    });
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-wa-'));
    for (let i = 0; i < 2; i++) apps.push(await startTestApp(env, { db, dataDir }));
  });
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
    WhatsAppWebClients.replaceFactory(null);
  });

  it('runs the client in one process; the other sends through it; the other takes over when it stops', async () => {
    const [a] = apps;
    const token = await a.login();
    const created = await a.api('/api/inboxes', { token, body: { type: 'whatsapp', name: 'Shop phone' } });
    const inboxId = created.body.inbox.id as number;
    const running = () => apps.filter((app) => app.app.get(WhatsAppWebSessions).connector.isRunning(inboxId));
    // Several lease periods: the client never runs twice.
    await new Promise((r) => setTimeout(r, 2500));
    expect(running()).toHaveLength(1);
    expect(clients).toHaveLength(1);
    const [owner] = running();
    const other = apps.find((app) => app !== owner) as TestApp;
    clients[0].becomeReady();

    clients[0].receive({ from: CUSTOMER, body: 'Hi there' });
    const conversation = await eventually(async () => (await a.api(`/api/conversations?view=all&inboxId=${inboxId}`, { token })).body.items[0]);
    const reply = await a.api(`/api/conversations/${conversation.id}/messages`, { token, body: { text: 'Hello from any process' } });
    await eventually(async () => clients[0].sent.find((s) => s.content === 'Hello from any process'));

    // Asked of the process that does not run the client, the send is made by the one that does.
    const sent = await other.app.get(WhatsAppWebSessions).send({ id: reply.body.message.id, recipientExternalId: CUSTOMER, attachments: [] }, { inboxId, settings: {}, secrets: {} });
    expect(clients[0].sent.filter((s) => s.content === 'Hello from any process')).toHaveLength(2);
    expect(sent.externalId).toBe(clients[0].sent.at(-1)!.id);

    await owner.close();
    apps.splice(apps.indexOf(owner), 1);
    await eventually(async () => (other.app.get(WhatsAppWebSessions).connector.isRunning(inboxId) ? true : null), 10_000);
    expect(clients).toHaveLength(2);
  }, 30_000);
});
