import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AutoCloseJob } from '../src/automation/auto-close.job';
import { AutomationClock } from '../src/automation/automation.clock';
import { AutomationService } from '../src/automation/automation.service';
import { Contact } from '../src/contacts/contact.entity';
import { ContactsService } from '../src/contacts/contacts.service';
import { ConversationsService } from '../src/conversations/conversations.service';
import { eventually } from './support/telegram-fixtures';
import { connectVisitor, startTestApp, type TestApp } from './support/test-app';

const office = { open: '09:00', close: '18:00' };
const BERLIN_OFFICE = {
  timeZone: 'Europe/Berlin',
  weekly: { mon: [office], tue: [office], wed: [office], thu: [office], fri: [office] },
  holidays: ['2026-12-24', '2026-12-25'],
};

describe('automatic messages', () => {
  let t: TestApp;
  let adminToken: string;
  let inboxId: number;
  let inboxKey: string;
  let clock: AutomationClock;
  const open = new Date('2026-12-01T10:00:00Z'); // Tuesday 11:00 in Berlin

  const configure = (automation: Record<string, unknown>) => t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: adminToken, body: { automation } });
  const messagesOf = async (conversationId: number) => (await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken })).body.items as any[];
  const automaticOf = async (conversationId: number) => (await messagesOf(conversationId)).filter((m) => m.senderType === 'system');
  const setStatus = (status: string) => t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status } });
  /** Earlier tests leave conversations waiting; they would fill the operator's slots the moment they go online. */
  async function closeEverything() {
    const open = (await t.api('/api/conversations?view=all&limit=100', { token: adminToken })).body.items.filter((c: any) => c.status !== 'closed');
    for (const c of open) await t.api(`/api/conversations/${c.id}/close`, { method: 'POST', token: adminToken });
  }

  /** A new visitor writes; returns their conversation. */
  async function visitorWrites(text: string, prepare?: (contactId: number) => Promise<void>) {
    const visitor = await connectVisitor(t.url, inboxKey);
    if (prepare) {
      const { contact } = await visitor.socket.emitWithAck('contact.update', { name: 'Anna' });
      expect(contact.name).toBe('Anna');
      const visitorId = visitor.session.visitorToken.split('.')[2];
      const row = await t.app.get(ContactsService).findByIdentity(inboxId, visitorId);
      await prepare(row!.id);
    }
    const sent = await visitor.socket.emitWithAck('message.send', { text, clientMessageId: randomUUID() });
    return { visitor, conversationId: sent.message.conversationId as number };
  }

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: adminToken })).body.items[0];
    inboxId = inbox.id;
    inboxKey = inbox.publicKey;
    clock = t.app.get(AutomationClock);
  });
  beforeEach(async () => {
    clock.now = () => open;
    await setStatus('offline');
  });
  afterAll(() => t.close());

  it('refuses bad settings with a 400 naming the field, and keeps the others', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ businessHours: { timeZone: 'Mars/Olympus', weekly: {} } }, /automation\.businessHours\.timeZone must be an IANA time zone/],
      [{ businessHours: { timeZone: 'UTC', weekly: { mon: [{ open: '18:00', close: '09:00' }] } } }, /automation\.businessHours\.weekly\.mon\.0\.close: close must be later than open/],
      [{ businessHours: { timeZone: 'UTC', weekly: {}, holidays: ['24.12.2026'] } }, /automation\.businessHours\.holidays must be dates YYYY-MM-DD/],
      [{ greeting: { enabled: true, text: { en: 'Hi {{contact.nmae}}' } } }, /automation\.greeting\.text: en uses unknown variable\(s\): \{\{contact\.nmae\}\}/],
      [{ greeting: { enabled: true, text: { 'not a tag': 'Hi' } } }, /automation\.greeting\.text: "not a tag" is not a language tag/],
      [{ autoClose: { enabled: true, text: { en: 'Bye' }, afterMinutes: 0 } }, /automation\.autoClose\.afterMinutes must not be less than 1/],
      [{ csat: { enabled: 'yes' } }, /automation\.csat\.enabled must be a boolean/],
      [{ surprise: true }, /automation\.surprise: property surprise should not exist/],
    ];
    for (const [automation, message] of cases) {
      const res = await configure(automation);
      expect(res.status, JSON.stringify(automation)).toBe(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    }
    const saved = await configure({ greeting: { enabled: true, text: { en: 'Hello {{contact.name | there}}!' } } });
    expect(saved.status).toBe(200);
    const patched = await configure({ goodbye: { enabled: false, text: { en: 'Bye' } } });
    expect(patched.body.inbox.automation).toMatchObject({ greeting: { enabled: true }, goodbye: { enabled: false } });
    expect((await configure({ goodbye: null })).body.inbox.automation.goodbye).toBeUndefined();
  });

  it('greets once, in the customer’s language, as a system message that is no first response', async () => {
    await configure({
      greeting: { enabled: true, text: { en: 'Hello {{contact.name | there}}, this is {{inbox.name}}.', ru: 'Здравствуйте, {{contact.name}}! Это {{inbox.name}}.' } },
      businessHours: null,
    });
    const { visitor, conversationId } = await visitorWrites('Hi', (contactId) => t.app.get(DataSource).getRepository(Contact).update({ id: contactId }, { language: 'ru' }).then(() => undefined));
    const greeted = await eventually(async () => (await automaticOf(conversationId)).length === 1 && automaticOf(conversationId));
    expect(greeted[0]).toMatchObject({ senderType: 'system', direction: 'out', status: 'sent', text: 'Здравствуйте, Anna! Это Website chat (demo).', payload: { automatic: 'greeting' } });
    await visitor.socket.emitWithAck('message.send', { text: 'Anyone?', clientMessageId: randomUUID() });
    // The greeting job runs again (as after a crash): still one greeting.
    await t.app.get(AutomationService).opening(conversationId);
    expect((await automaticOf(conversationId)).map((m) => m.payload.automatic)).toEqual(['greeting']);
    const conversation = (await t.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation;
    expect(conversation.firstAgentReplyAt).toBeNull();
    const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: adminToken })).body.items.map((e: any) => e.type);
    expect(events).not.toContain('first_reply');
    visitor.socket.close();
  });

  it('never greets a conversation a bot holds', async () => {
    const db = t.app.get(DataSource);
    const contact = await db.getRepository(Contact).save(db.getRepository(Contact).create({ name: 'Bot user' }));
    const { conversation } = await t.app.get(ConversationsService).openOrGet(inboxId, contact.id, 'bot');
    await t.app.get(AutomationService).opening(conversation.id);
    expect(await automaticOf(conversation.id)).toEqual([]);
  });

  describe('outside business hours', () => {
    beforeAll(async () => {
      await configure({
        greeting: { enabled: true, text: { en: 'Hello!' } },
        businessHours: BERLIN_OFFICE,
        afterHours: { enabled: true, text: { en: 'We are closed. We are back {{next_opening}}.', ru: 'Мы закрыты. Вернёмся {{next_opening}}.' } },
      });
    });

    const cases: Array<[string, string, string]> = [
      ['across a weekend: Friday evening → Monday morning', '2026-12-04T18:00:00Z', 'We are closed. We are back Monday, December 7 at 09:00 GMT+1.'],
      ['across holidays: Wednesday before Christmas → Monday 28th', '2026-12-23T19:00:00Z', 'We are closed. We are back Monday, December 28 at 09:00 GMT+1.'],
      ['across a clock change: summer time begins on the Sunday', '2026-03-27T18:00:00Z', 'We are closed. We are back Monday, March 30 at 09:00 GMT+2.'],
    ];
    for (const [name, now, expected] of cases) {
      it(`says when the team is back ${name}, instead of the greeting; the conversation waits in the queue`, async () => {
        clock.now = () => new Date(now);
        const { visitor, conversationId } = await visitorWrites('Hello?');
        const [reply] = await eventually(async () => (await automaticOf(conversationId)).length > 0 && automaticOf(conversationId));
        expect(reply).toMatchObject({ text: expected, payload: { automatic: 'after_hours' } });
        expect((await automaticOf(conversationId)).map((m) => m.payload.automatic)).toEqual(['after_hours']);
        const conversation = (await t.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation;
        expect(conversation.status).toBe('queued');
        visitor.socket.close();
      });
    }

    it('says it in the customer’s language', async () => {
      clock.now = () => new Date('2026-12-04T18:00:00Z');
      const { visitor, conversationId } = await visitorWrites('Алло', (id) => t.app.get(DataSource).getRepository(Contact).update({ id }, { language: 'ru' }).then(() => undefined));
      const [reply] = await eventually(async () => (await automaticOf(conversationId)).length > 0 && automaticOf(conversationId));
      expect(reply.text).toMatch(/^Мы закрыты\. Вернёмся понедельник, 7 декабря в 09:00 GMT\+1\.$/);
      visitor.socket.close();
    });

    afterAll(() => configure({ businessHours: null, afterHours: null }));
  });

  it('tells a waiting customer their place and wait after the greeting', async () => {
    await configure({
      greeting: { enabled: true, text: { en: 'Hello!' } },
      queueMessage: { enabled: true, text: { en: 'You are number {{queue.position}} in the queue.{{expected_wait | }}' } },
    });
    const { visitor, conversationId } = await visitorWrites('Is anyone there?');
    const automatic = await eventually(async () => (await automaticOf(conversationId)).length === 2 && automaticOf(conversationId));
    expect(automatic.map((m) => m.payload.automatic)).toEqual(['greeting', 'queue']);
    expect(automatic[1].text).toMatch(/^You are number \d+ in the queue\.$/);
    visitor.socket.close();
    await configure({ queueMessage: null });
  });

  it('says goodbye when the operator closes', async () => {
    await configure({ greeting: null, goodbye: { enabled: true, text: { en: 'Thank you, {{contact.name | friend}}. Goodbye from {{agent.name}}!' } } });
    await closeEverything();
    await setStatus('online');
    const { visitor, conversationId } = await visitorWrites('Quick question');
    await eventually(async () => (await t.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation.status === 'assigned');
    await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'Sure, ask.' } });
    const goodbyeArrives = new Promise<any>((resolve) => visitor.socket.on('message.created', ({ message }) => message.senderType === 'system' && resolve(message)));
    expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: adminToken })).status).toBe(200);
    expect(await goodbyeArrives).toMatchObject({ text: 'Thank you, friend. Goodbye from Admin!', payload: { automatic: 'goodbye' } });
    visitor.socket.close();
  });

  it('closes a conversation after the customer’s silence with its own message, also from the rows after a restart', async () => {
    await configure({
      goodbye: { enabled: true, text: { en: 'Goodbye!' } },
      autoClose: { enabled: true, afterMinutes: 30, text: { en: 'We closed this chat as we did not hear back. Write any time!' } },
    });
    await closeEverything();
    await setStatus('online');
    // Silence is measured against the stored messages' real times.
    clock.now = () => new Date();
    const autoClose = t.app.get(AutoCloseJob);
    const dialog = async (customerHasLastWord = false) => {
      const { visitor, conversationId } = await visitorWrites('My order is late');
      await eventually(async () => (await t.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation.status === 'assigned');
      await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'It arrives tomorrow. Anything else?' } });
      if (customerHasLastWord) await visitor.socket.emitWithAck('message.send', { text: 'Which courier?', clientMessageId: randomUUID() });
      visitor.socket.close();
      return conversationId;
    };
    const status = async (id: number) => (await t.api(`/api/conversations/${id}`, { token: adminToken })).body.conversation.status;

    const first = await dialog();
    clock.now = () => new Date(Date.now() + 29 * 60_000);
    await autoClose.check(first);
    expect(await status(first)).toBe('assigned');
    clock.now = () => new Date(Date.now() + 31 * 60_000);
    await autoClose.check(first);
    expect(await status(first)).toBe('closed');
    const automatic = await eventually(async () => (await automaticOf(first)).length > 0 && automaticOf(first));
    expect(automatic.map((m) => [m.payload.automatic, m.text])).toEqual([['auto_close', 'We closed this chat as we did not hear back. Write any time!']]);
    const closedEvent = (await t.api(`/api/conversations/${first}/events`, { token: adminToken })).body.items.find((e: any) => e.type === 'closed');
    expect(closedEvent).toMatchObject({ actorId: null, data: { reason: 'customer-silence' } });

    // What a restart does: every timer comes back from the rows. The customer who wrote last is waiting for us: left open.
    clock.now = () => new Date();
    const silent = await dialog();
    const waiting = await dialog(true);
    const closedByOperator = await dialog();
    await t.api(`/api/conversations/${closedByOperator}/close`, { method: 'POST', token: adminToken });
    clock.now = () => new Date(Date.now() + 31 * 60_000);
    await autoClose.rebuildTimers();
    expect(await status(silent)).toBe('closed');
    expect(await status(waiting)).toBe('assigned');
    await eventually(async () => (await automaticOf(closedByOperator)).length > 0);
    expect((await automaticOf(closedByOperator)).map((m) => m.payload.automatic)).toEqual(['goodbye']);
    expect((await automaticOf(silent)).map((m) => m.payload.automatic)).toEqual(['auto_close']);
    await configure({ autoClose: null, goodbye: null });
  });
});
