import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/types';
import { WhatsAppWebConnector, type WhatsAppWebState } from '../../src/whatsapp/whatsapp-web.connector';
import type { WhatsAppWebInboundMessageEvent } from '../../src/whatsapp/whatsapp-web.parser';
import { StandInWhatsAppClient } from '../stand-in-whatsapp-client';

const CUSTOMER = '491701234567@c.us';
const ctx = { inboxId: 7, settings: {}, secrets: {} };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1e5ff0000000049454e44ae426082', 'hex');

function setUp() {
  const clients: StandInWhatsAppClient[] = [];
  const states: WhatsAppWebState[] = [];
  const events: InboundEvent[] = [];
  const connector = new WhatsAppWebConnector({
    createClient: () => {
      const client = new StandInWhatsAppClient();
      clients.push(client);
      return client;
    },
    onState: (_id, state) => states.push(state),
    reconnect: { initialMs: 10, maxMs: 50 },
    toMedia: (mimetype, bytes, filename) => ({ mimetype, data: bytes.toString('base64'), filename }),
  });
  const onEvents = async (batch: InboundEvent[]) => {
    events.push(...batch);
  };
  return { connector, clients, states, events, onEvents };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe(WhatsAppWebConnector.name, () => {
  it('shows the QR code, then connects with the linked number', async () => {
    const { connector, clients, states, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    const qr = clients[0].showQr();
    expect(connector.state(7)).toMatchObject({ status: 'qr', qr });
    clients[0].becomeReady();
    expect(connector.state(7)).toMatchObject({ status: 'connected', phone: '15550001234' });
    expect(connector.state(7)?.qr).toBeUndefined();
    expect(states.map((s) => s.status)).toEqual(['qr', 'authenticated', 'connected']);
    await connector.stop();
    expect(clients[0].destroyed).toBe(true);
  });

  it('carries a dialog both ways with media: inbound text, image, voice note, location, contact, reply; outbound text and a file', async () => {
    const { connector, clients, events, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    const client = clients[0];
    client.becomeReady();

    const first = client.receive({ from: CUSTOMER, body: 'Hallo, my parcel is late', notifyName: 'Jonas' });
    client.receive({ from: CUSTOMER, type: 'image', body: 'This is the label' }, { mimetype: 'image/png', data: PNG.toString('base64'), filename: null });
    client.receive({ from: CUSTOMER, type: 'ptt' }, { mimetype: 'audio/ogg; codecs=opus', data: Buffer.from('OggS-voice').toString('base64') });
    client.receive({ from: CUSTOMER, type: 'document' }, { mimetype: 'application/pdf', data: Buffer.from('%PDF-1.4').toString('base64'), filename: 'receipt.pdf' });
    client.receive({ from: CUSTOMER, type: 'location', location: { latitude: 52.52, longitude: 13.405, name: 'Alexanderplatz' } });
    client.receive({ from: CUSTOMER, type: 'vcard', vCards: ['BEGIN:VCARD\nVERSION:3.0\nFN:Mia Braun\nTEL;type=CELL;waid=491709876543:+49 170 9876543\nEND:VCARD'] });
    client.receive({ from: CUSTOMER, body: 'See above', quotedStanzaID: first.id.id });
    client.receive({ from: '120363025246125888@g.us', body: 'group chatter' });
    await until(() => events.length === 7);

    const [text, image, voice, doc, location, contact, reply] = events as WhatsAppWebInboundMessageEvent[];
    expect(text).toMatchObject({ externalId: first.id.id, sender: { externalId: CUSTOMER, name: 'Jonas', phone: '+491701234567' }, kind: 'text', text: 'Hallo, my parcel is late' });
    expect(image).toMatchObject({ kind: 'image', text: 'This is the label', attachments: [{ kind: 'image', mimeType: 'image/png', size: PNG.length }] });
    expect(image.files[0].content.equals(PNG)).toBe(true);
    expect(voice).toMatchObject({ kind: 'audio', payload: { voice: true }, files: [{ mimeType: 'audio/ogg' }] });
    expect(doc.files[0]).toMatchObject({ fileName: 'receipt.pdf', mimeType: 'application/pdf' });
    expect(location.payload).toEqual({ latitude: 52.52, longitude: 13.405, title: 'Alexanderplatz' });
    expect(contact.payload).toMatchObject({ name: 'Mia Braun', phone: '+491709876543' });
    expect(reply.replyToExternalId).toBe(first.id.id);

    const sentText = await connector.send({ id: 1, recipientExternalId: CUSTOMER, text: 'Sorry! It ships today.', attachments: [] }, ctx);
    const sentFile = await connector.send(
      { id: 2, recipientExternalId: CUSTOMER, text: 'Your new label', attachments: [{ fileName: 'label.png', mimeType: 'image/png', read: async () => PNG }] },
      ctx,
    );
    expect(client.sent[0]).toMatchObject({ chatId: CUSTOMER, content: 'Sorry! It ships today.', id: sentText.externalId });
    expect(client.sent[1]).toMatchObject({ content: { mimetype: 'image/png', data: PNG.toString('base64'), filename: 'label.png' }, options: { caption: 'Your new label' }, id: sentFile.externalId });

    client.ack(sentText.externalId, 1);
    client.ack(sentText.externalId, 2);
    client.ack(sentText.externalId, 3);
    client.ack(sentText.externalId, 0);
    await until(() => events.length === 10);
    expect(events.slice(7).map((e) => e.type === 'status' && [e.externalId, e.status])).toEqual([
      [sentText.externalId, 'sent'],
      [sentText.externalId, 'delivered'],
      [sentText.externalId, 'read'],
    ]);
    await connector.stop();
  });

  it('answers a quoted message the way the app does: the first part of the reply quotes it, by who sent it', async () => {
    const { connector, clients, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    const client = clients[0];
    client.becomeReady();
    const theirs = client.receive({ from: CUSTOMER, body: 'Which size fits me?' });
    await connector.send({ id: 1, recipientExternalId: CUSTOMER, text: 'M, going by your last order', attachments: [], replyToExternalId: theirs.id.id }, ctx);
    expect(client.sent[0].options?.quotedMessageId).toBe(theirs.id._serialized);

    const ours = client.sent[0].id;
    await connector.send(
      { id: 2, recipientExternalId: CUSTOMER, text: 'x'.repeat(2000), attachments: [{ fileName: 'chart.png', mimeType: 'image/png', read: async () => PNG }], replyToExternalId: ours, replyToFromUs: true },
      ctx,
    );
    // Our own message is quoted as ours; the file after the long text quotes nothing.
    expect(client.sent[1].options?.quotedMessageId).toBe(`true_${CUSTOMER}_${ours}`);
    expect(client.sent[2].options?.quotedMessageId).toBeUndefined();
    await connector.stop();
  });

  it('lists survey buttons as text: WhatsApp Web shows no buttons, a typed digit answers', async () => {
    const { connector, clients, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    clients[0].becomeReady();
    await connector.send({ id: 3, recipientExternalId: CUSTOMER, text: 'How did we do?', attachments: [], buttons: [1, 2, 3].map((n) => ({ title: `${n} ⭐`, payload: `csat:1:${n}` })) }, ctx);
    expect(clients[0].sent[0].content).toBe('How did we do?\n\n1 ⭐\n2 ⭐\n3 ⭐');
    await connector.stop();
  });

  it('reconnects with a new client after disconnected, and sends again once ready', async () => {
    const { connector, clients, states, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    clients[0].becomeReady();
    clients[0].disconnect('CONFLICT');
    expect(connector.state(7)).toMatchObject({ status: 'disconnected', reason: 'CONFLICT', attempts: 1 });
    await expect(connector.send({ id: 4, recipientExternalId: CUSTOMER, text: 'hi', attachments: [] }, ctx)).rejects.toMatchObject({ code: 'temporary' });
    await until(() => clients.length === 2 && clients[1].initialized === 1);
    expect(clients[0].destroyed).toBe(true);
    clients[1].becomeReady();
    expect(connector.state(7)).toMatchObject({ status: 'connected', attempts: 0 });
    await connector.send({ id: 4, recipientExternalId: CUSTOMER, text: 'hi again', attachments: [] }, ctx);
    expect(clients[1].sent).toHaveLength(1);
    expect(states.map((s) => s.status)).toEqual(['authenticated', 'connected', 'disconnected', 'authenticated', 'connected']);
    await connector.stop();
  });

  it('stops for good: no reconnect after stop()', async () => {
    const { connector, clients, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    clients[0].disconnect();
    await connector.stop(7);
    await new Promise((r) => setTimeout(r, 40));
    expect(clients).toHaveLength(1);
    expect(connector.isRunning(7)).toBe(false);
  });

  it('refuses recipients that are not chats and sends that fail for good', async () => {
    const { connector, clients, onEvents } = setUp();
    await connector.start(ctx, onEvents);
    clients[0].becomeReady();
    await expect(connector.send({ id: 5, recipientExternalId: '+491701234567', text: 'x', attachments: [] }, ctx)).rejects.toMatchObject({ code: 'permanent' });
    clients[0].failNextSend = new Error('invalid wid');
    await expect(connector.send({ id: 6, recipientExternalId: CUSTOMER, text: 'x', attachments: [] }, ctx)).rejects.toMatchObject({ code: 'permanent' });
    clients[0].failNextSend = new Error('Evaluation failed: page reloading');
    await expect(connector.send({ id: 7, recipientExternalId: CUSTOMER, text: 'x', attachments: [] }, ctx)).rejects.toMatchObject({ code: 'temporary' });
    await connector.stop();
  });
});
