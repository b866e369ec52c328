import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandInWhatsAppClient } from '../../connectors/test/stand-in-whatsapp-client';
import { WhatsAppWebClients } from '../src/channels/whatsapp/whatsapp-web.clients';
import { WhatsAppWebSessions } from '../src/channels/whatsapp/whatsapp-web.sessions';
import { connectSocket, nextEvent, startTestApp, type TestApp } from './support/test-app';
import { PNG, eventually } from './support/telegram-fixtures';

const CUSTOMER = '491701234567@c.us';

/** Clients the app made, per inbox, in order: the last one is the live one. */
const clients = new Map<number, StandInWhatsAppClient[]>();
const current = (inboxId: number) => clients.get(inboxId)?.at(-1) as StandInWhatsAppClient;

describe('a linked WhatsApp number (whatsapp-web.js)', () => {
  let t: TestApp;
  let adminToken: string;
  let inboxId: number;
  let cleanedUp = false;

  beforeAll(async () => {
    WhatsAppWebClients.replaceFactory((id) => {
      const client = new StandInWhatsAppClient();
      clients.set(id, [...(clients.get(id) ?? []), client]);
      return client;
    });
    t = await startTestApp({ DEMO: 'false', DELIVERY_BACKOFF_MS: '100', LEASE_TTL_SECONDS: '3' });
    adminToken = await t.login();
    await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
  });
  afterAll(async () => {
    if (!cleanedUp) await t.close();
    WhatsAppWebClients.replaceFactory(null);
  });

  async function conversation() {
    return eventually(async () => (await t.api(`/api/conversations?view=all&inboxId=${inboxId}`, { token: adminToken })).body.items[0]);
  }
  async function messages(conversationId: number) {
    return (await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken })).body.items as any[];
  }

  it('is linked by scanning the QR code pushed live to admins, and shows its connection', async () => {
    const admin = await connectSocket(`${t.url}/agents`, { token: adminToken });
    const res = await t.api('/api/inboxes', { token: adminToken, body: { type: 'whatsapp', name: 'Shop phone' } });
    expect(res.status).toBe(201);
    inboxId = res.body.inbox.id;
    const client = await eventually(async () => current(inboxId));
    const pushed = nextEvent(admin, 'whatsapp.state');
    const qr = client.showQr();
    expect(await pushed).toEqual({ inboxId, state: { status: 'qr', qr, attempts: 0 } });
    expect((await t.api(`/api/inboxes/${inboxId}/whatsapp`, { token: adminToken })).body.connection).toMatchObject({ status: 'qr', qr, here: true });

    client.becomeReady();
    const connected = await eventually(async () => {
      const inbox = (await t.api(`/api/inboxes/${inboxId}`, { token: adminToken })).body.inbox;
      return inbox.settings.connection?.status === 'connected' && inbox;
    });
    expect(connected.settings.connection).toMatchObject({ status: 'connected', phone: '15550001234' });
    // The QR code is a login to the number: it is pushed to admins and never stored.
    expect(JSON.stringify(connected.settings)).not.toContain(qr);
    admin.close();
  });

  it('carries a dialog both ways with media, and acks become delivery statuses', async () => {
    const client = current(inboxId);
    client.receive({ from: CUSTOMER, body: 'Hallo! Is my order on its way?', notifyName: 'Jonas Weber' });
    const conv = await conversation();
    expect(conv.contact).toMatchObject({ name: 'Jonas Weber', phone: '+491701234567' });

    client.receive({ from: CUSTOMER, type: 'image', body: 'the box' }, { mimetype: 'image/png', data: PNG.toString('base64'), filename: null });
    client.receive({ from: CUSTOMER, type: 'ptt' }, { mimetype: 'audio/ogg; codecs=opus', data: Buffer.from('OggS').toString('base64') });
    client.receive({ from: CUSTOMER, type: 'location', location: { latitude: 52.52, longitude: 13.405, name: 'Berlin' } });
    const rows = await eventually(async () => {
      const list = await messages(conv.id);
      return list.length >= 4 && list;
    });
    const image = rows.find((m) => m.kind === 'image');
    expect(image).toMatchObject({ text: 'the box', attachments: [{ mimeType: 'image/png', size: PNG.length }] });
    const file = await fetch(`${t.url}${image.attachments[0].url}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    expect(rows.find((m) => m.kind === 'audio')).toMatchObject({ payload: { voice: true }, attachments: [{ mimeType: 'audio/ogg' }] });
    expect(rows.find((m) => m.kind === 'location').payload).toMatchObject({ latitude: 52.52, longitude: 13.405 });

    const sent = await t.api(`/api/conversations/${conv.id}/messages`, { token: adminToken, body: { text: 'Yes, it arrives tomorrow.' } });
    const out = await eventually(async () => client.sent.find((s) => s.content === 'Yes, it arrives tomorrow.'));
    expect(out.chatId).toBe(CUSTOMER);
    await eventually(async () => (await messages(conv.id)).find((m) => m.id === sent.body.message.id && m.status === 'sent'));
    client.ack(out.id, 2);
    await eventually(async () => (await messages(conv.id)).find((m) => m.id === sent.body.message.id && m.status === 'delivered'));
    client.ack(out.id, 3);
    client.ack(out.id, 2);
    await eventually(async () => (await messages(conv.id)).find((m) => m.id === sent.body.message.id && m.status === 'read'));
    await new Promise((r) => setTimeout(r, 100));
    expect((await messages(conv.id)).find((m) => m.id === sent.body.message.id).status).toBe('read');

    const upload = new FormData();
    upload.set('file', new Blob([PNG], { type: 'image/png' }), 'label.png');
    const att = await fetch(`${t.url}/api/conversations/${conv.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: upload }).then((r) => r.json());
    await t.api(`/api/conversations/${conv.id}/messages`, { token: adminToken, body: { text: 'Your label', attachments: [att.attachment.id] } });
    const media = await eventually(async () => client.sent.find((s) => typeof s.content !== 'string'));
    expect(media.content).toMatchObject({ mimetype: 'image/png', data: PNG.toString('base64'), filename: 'label.png' });
    expect(media.options).toEqual({ caption: 'Your label' });
  });

  it('reconnects with a new client after disconnected; a reply written meanwhile goes out once it is back', async () => {
    const before = clients.get(inboxId)!.length;
    const old = current(inboxId);
    old.disconnect('CONFLICT');
    await eventually(async () => ((await t.api(`/api/inboxes/${inboxId}/whatsapp`, { token: adminToken })).body.connection.status === 'disconnected' ? true : null));
    const conv = await conversation();
    const pending = await t.api(`/api/conversations/${conv.id}/messages`, { token: adminToken, body: { text: 'Written while offline' } });
    expect(pending.status).toBe(201);
    const fresh = await eventually(async () => (clients.get(inboxId)!.length > before ? current(inboxId) : null), 10_000);
    expect(old.destroyed).toBe(true);
    fresh.becomeReady();
    await eventually(async () => fresh.sent.find((s) => s.content === 'Written while offline'), 15_000);
  }, 30_000);

  it('answers the survey with a typed digit after a close; a later digit does not change the score', async () => {
    await t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: adminToken, body: { automation: { csat: { enabled: true } } } });
    const client = current(inboxId);
    const conv = await conversation();
    await t.api(`/api/conversations/${conv.id}/close`, { method: 'POST', token: adminToken });
    const survey = await eventually(async () => client.sent.find((s) => typeof s.content === 'string' && s.content.includes('5 ⭐⭐⭐⭐⭐')), 10_000);
    expect(survey.content).toMatch(/^How would you rate our help\?.*\n\n1 ⭐\n2 ⭐⭐\n/s);
    client.receive({ from: CUSTOMER, body: '4' });
    await eventually(async () => (await t.api(`/api/conversations/${conv.id}`, { token: adminToken })).body.conversation.csatScore === 4);
    await eventually(async () => client.sent.find((s) => s.content === 'Thank you for your rating!'));
    const db = t.app.get(DataSource);
    const open = await db.query("SELECT COUNT(*) AS n FROM conversations WHERE inboxId = ? AND status <> 'closed'", [inboxId]);
    expect(Number(open[0].n)).toBe(0);
    // Rated already: a later digit is an ordinary message, in a new conversation, and the score stays.
    client.receive({ from: CUSTOMER, body: '1' });
    await eventually(async () => (await t.api(`/api/conversations?view=all&inboxId=${inboxId}`, { token: adminToken })).body.items.some((c: any) => c.id !== conv.id));
    expect((await t.api(`/api/conversations/${conv.id}`, { token: adminToken })).body.conversation.csatScore).toBe(4);
  });

  it('stops the number’s client when the inbox is archived, and starts it again when it is reactivated', async () => {
    const sessions = t.app.get(WhatsAppWebSessions);
    const before = clients.get(inboxId)!.length;
    const old = current(inboxId);
    expect(sessions.connector.isRunning(inboxId)).toBe(true);
    const archived = await t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: adminToken, body: { active: false } });
    expect(archived.status).toBe(200);
    // Stopped at once on the process that archived it (others at their next look at the active numbers).
    expect(sessions.connector.isRunning(inboxId)).toBe(false);
    expect(old.destroyed).toBe(true);
    expect(clients.get(inboxId)).toHaveLength(before);

    expect((await t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: adminToken, body: { active: true } })).status).toBe(200);
    const fresh = await eventually(async () => (clients.get(inboxId)!.length > before ? current(inboxId) : null), 10_000);
    fresh.becomeReady();
    await eventually(async () => ((await t.api(`/api/inboxes/${inboxId}/whatsapp`, { token: adminToken })).body.connection.status === 'connected' ? true : null));
  }, 30_000);

  it('starts the number’s client again after a restart, from the saved session', async () => {
    const before = clients.get(inboxId)!.length;
    const shared = { db: t.db, dataDir: t.config.dataDir };
    await t.app.close();
    const again = await startTestApp({ DEMO: 'false', APP_SECRET: t.config.appSecret, LEASE_TTL_SECONDS: '3' }, shared);
    try {
      const client = await eventually(async () => (clients.get(inboxId)!.length > before ? current(inboxId) : null), 10_000);
      expect(client.initialized).toBe(1);
      client.becomeReady();
      const token = await again.login();
      await eventually(async () => ((await again.api(`/api/inboxes/${inboxId}/whatsapp`, { token })).body.connection.status === 'connected' ? true : null));
    } finally {
      await again.close();
      await t.db.drop();
      rmSync(shared.dataDir, { recursive: true, force: true });
      cleanedUp = true;
    }
  }, 30_000);
});
