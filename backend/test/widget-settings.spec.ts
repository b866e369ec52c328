import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectVisitor, startTestApp, type TestApp } from './support/test-app';

/** A site widget's settings: checked on the way in, carried in the visitor's session, its allowed sites enforced. */
describe('site widget settings', () => {
  let t: TestApp;
  let token: string;

  const createInbox = async (settings: Record<string, unknown>) => {
    const res = await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Shop', settings } });
    expect(res.status).toBe(201);
    return res.body.inbox as { id: number; publicKey: string; settings: Record<string, unknown> };
  };
  const upload = (inboxKey: string, visitorToken: string, origin?: string) => {
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'note.txt');
    return fetch(`${t.url}/api/widget/uploads`, {
      method: 'POST',
      headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitorToken, ...(origin ? { origin } : {}) },
      body: form,
    });
  };

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    token = await t.login();
  });
  afterAll(() => t.close());

  it.each([
    [{ position: 'top' }, 'settings.position must be one of: right, left'],
    [{ launcherText: 'x'.repeat(41) }, 'settings.launcherText must be at most 40 characters'],
    [{ preChatFields: { phone: 'maybe' } }, 'settings.preChatFields.phone must be required or optional'],
    [{ preChatFields: { fax: 'required' } }, 'settings.preChatFields.fax: property fax should not exist'],
    [{ showAgentNames: 'no' }, 'settings.showAgentNames'],
    [{ showAgentInitials: 'no' }, 'settings.showAgentInitials'],
    [{ awayNotice: 1 }, 'settings.awayNotice'],
    [{ allowedOrigins: ['https://shop.example.com/path'] }, 'settings.allowedOrigins must hold origins like https://shop.example.com'],
    [{ allowedOrigins: 'https://shop.example.com' }, 'settings.allowedOrigins'],
    [{ allowedOrigins: ['https://shop.example.com:99999'] }, 'settings.allowedOrigins must hold origins'],
    [{ allowedOrigins: ['https://shop..example.com'] }, 'settings.allowedOrigins must hold origins'],
  ])('refuses %j with a 400 naming the field', async (settings, problem) => {
    const res = await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Bad', settings } });
    expect(res.status).toBe(400);
    expect(String(res.body.message)).toContain(problem);
  });

  it('carries every setting in the session, and keeps taking the old preChatForm switch', async () => {
    const old = await createInbox({ preChatForm: true });
    expect(old.settings.preChatFields).toEqual({ name: 'required', email: 'required' });
    expect(old.settings).not.toHaveProperty('preChatForm');

    const inbox = await createInbox({
      color: '#0f766e',
      position: 'left',
      launcherText: 'Chat with us',
      greeting: 'Hello!',
      preChatFields: { name: 'optional', phone: 'required' },
      showAgentNames: false,
      showAgentInitials: false,
    });
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    expect(visitor.session.inbox).toEqual({
      name: 'Shop',
      greeting: 'Hello!',
      color: '#0f766e',
      position: 'left',
      launcherText: 'Chat with us',
      preChatFields: { name: 'optional', phone: 'required' },
      showAgentNames: false,
      showAgentInitials: false,
      away: null,
      maxUploadBytes: t.config.uploadMaxBytes,
    });
    visitor.socket.close();

    // A PATCH changes what it names; the old switch off means no form, an emptied text means none.
    const patched = await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token, body: { settings: { preChatForm: false, position: 'right', launcherText: '', greeting: '', showAgentInitials: true } } });
    expect(patched.status).toBe(200);
    expect(patched.body.inbox.settings).toMatchObject({ preChatFields: {}, position: 'right', color: '#0f766e' });
    const again = await connectVisitor(t.url, inbox.publicKey);
    expect(again.session.inbox).toMatchObject({ position: 'right', preChatFields: {}, color: '#0f766e', showAgentNames: false, showAgentInitials: true });
    expect(again.session.inbox).not.toHaveProperty('launcherText');
    again.socket.close();
  });

  it('says when the team is back while the inbox is outside its business hours and the notice is on', async () => {
    const inbox = await createInbox({ awayNotice: true });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const weekly = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '09:00', close: '17:00' }]]));
    // Closed today and the next two days: back on the third at 09:00 UTC, whatever the time now.
    const hours = { timeZone: 'UTC', weekly, holidays: [day(0), day(1), day(2)] };
    const set = await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token, body: { automation: { businessHours: hours } } });
    expect(set.status).toBe(200);
    const away = await connectVisitor(t.url, inbox.publicKey);
    expect(away.session.inbox.away).toEqual({ backAt: `${day(3)}T09:00:00.000Z` });
    away.socket.close();

    await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token, body: { settings: { awayNotice: false } } });
    const quiet = await connectVisitor(t.url, inbox.publicKey);
    expect(quiet.session.inbox.away).toBeNull();
    quiet.socket.close();
  });

  it('refuses a widget socket and uploads from a site that is not listed, and takes listed ones and its own', async () => {
    const inbox = await createInbox({ allowedOrigins: ['https://Shop.Example.com/', 'http://localhost:8080'] });
    expect(inbox.settings.allowedOrigins).toEqual(['https://shop.example.com', 'http://localhost:8080']);

    await expect(connectVisitor(t.url, inbox.publicKey, undefined, { extraHeaders: { origin: 'https://evil.example.net' } })).rejects.toThrow(
      "origin not allowed: https://evil.example.net is not among this inbox's allowed sites",
    );
    await expect(connectVisitor(t.url, inbox.publicKey)).rejects.toThrow('origin not allowed: a page without an Origin header');

    const listed = await connectVisitor(t.url, inbox.publicKey, undefined, { extraHeaders: { origin: 'https://shop.example.com' } });
    const own = await connectVisitor(t.url, inbox.publicKey, undefined, { extraHeaders: { origin: t.url } });
    const visitorToken = listed.session.visitorToken as string;
    listed.socket.close();
    own.socket.close();

    const refused = await upload(inbox.publicKey, visitorToken, 'https://evil.example.net');
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toContain("origin not allowed: https://evil.example.net is not among this inbox's allowed sites");
    expect((await upload(inbox.publicKey, visitorToken)).status).toBe(403);
    expect((await upload(inbox.publicKey, visitorToken, 'http://localhost:8080')).status).toBe(201);

    // Emptied, the list lets any site in again.
    await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token, body: { settings: { allowedOrigins: [] } } });
    const anywhere = await connectVisitor(t.url, inbox.publicKey, undefined, { extraHeaders: { origin: 'https://evil.example.net' } });
    anywhere.socket.close();
  });

  it("stores the visitor's phone from the pre-chat form in E.164, and refuses one that is no number naming the field", async () => {
    const inbox = await createInbox({ preChatFields: { phone: 'required' }, defaultCountry: 'DE' });
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    const bad = await visitor.socket.emitWithAck('contact.update', { phone: '12' });
    expect(bad.error).toMatch(/^phone must be a phone number/);
    const good = await visitor.socket.emitWithAck('contact.update', { name: 'Ada', phone: '030 1234567' });
    expect(good.contact).toEqual({ name: 'Ada', phone: '+49301234567' });
    visitor.socket.close();
    const again = await connectVisitor(t.url, inbox.publicKey, visitor.session.visitorToken);
    expect(again.session.contact).toEqual({ name: 'Ada', phone: '+49301234567' });
    again.socket.close();
  });

  it("sends no operator's name to the widget of an inbox that hides them, live or in its history", async () => {
    const inbox = await createInbox({ showAgentNames: false });
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Hello?', clientMessageId: '5f0c6a57-0d5e-4f0e-9a43-1c2b3d4e5f60' });
    const conversationId = sent.message.conversationId as number;
    const live = new Promise<{ message: { senderType: string; senderName: string | null } }>((resolve) => visitor.socket.on('message.created', resolve));
    const reply = await t.api(`/api/conversations/${conversationId}/messages`, { token, body: { text: 'Hi, how can I help?' } });
    expect(reply.status).toBe(201);
    expect(reply.body.message.senderName).toBeTruthy();
    expect((await live).message).toMatchObject({ senderType: 'agent', senderName: null });
    const history = await visitor.socket.emitWithAck('history', {});
    expect(history.items.filter((m: { senderType: string }) => m.senderType === 'agent').map((m: { senderName: string | null }) => m.senderName)).toEqual([null]);
    visitor.socket.close();
  });
});
