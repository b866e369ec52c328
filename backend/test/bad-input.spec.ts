import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { connectVisitor, startTestApp, type TestApp } from './support/test-app';
import { customerWrites, waitFor } from './support/operators';

/** MESSAGE_MAX_CHARS of this suite: below every text's own limit, so each text shows it applies. */
const LIMIT = 1000;
/** One past the largest value of the 32-bit columns ids live in. */
const PAST_INT = 2 ** 31;

/** JSON nested `levels` deep: arrays in arrays, about two bytes a level. */
const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));

/** Every table's row count: "nothing half-written" means these do not move. */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const db = t.app.get(DataSource);
  const counts: Record<string, number> = {};
  for (const table of ['contacts', 'contact_identities', 'conversations', 'messages', 'attachments', 'conversation_events']) {
    const [row] = await db.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

describe('bad input', () => {
  let t: TestApp;
  let inboxKey: string;
  let inboxId: number;
  let token: string;
  /** What the server logs as an error: client input must never be one. */
  const loggedErrors = vi.spyOn(Logger.prototype, 'error');

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_MAX_CHARS: String(LIMIT) });
    token = await t.login();
    const inbox = (await t.api('/api/inboxes', { token })).body.items[0];
    inboxKey = inbox.publicKey;
    inboxId = inbox.id;
  });
  afterEach(() => {
    const logged = loggedErrors.mock.calls.map((call) => String(call[0]).split('\n')[0]);
    loggedErrors.mockClear();
    expect(logged).toEqual([]);
  });
  afterAll(async () => {
    loggedErrors.mockRestore();
    await t.close();
  });

  let bot: string | undefined;
  /** The token of an external bot on an inbox of its own, so the demo inbox's conversations stay with operators. */
  async function botToken(): Promise<string> {
    if (bot) return bot;
    const botInbox = (await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Bot site' } })).body.inbox.id;
    const created = await t.api('/api/bots', { token, body: { inboxId: botInbox, name: 'Limit bot', kind: 'external', enabled: true, webhookUrl: 'https://bot.example.test/hook' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    bot = created.body.credentials.token as string;
    return bot;
  }

  let held: { id: number; firstMessageId: number } | undefined;
  /** A conversation of the demo inbox held by the admin, with the customer's first message: one for the whole suite. */
  async function heldConversation(): Promise<{ id: number; firstMessageId: number }> {
    if (held) return held;
    const { conversationId: id } = await customerWrites(t, inboxKey, 'help');
    await t.api('/api/agents/me/status', { method: 'PATCH', token, body: { status: 'online' } });
    // Coming online drains the queue, so the conversation may be ours before the accept arrives (409 then).
    expect([200, 409]).toContain((await t.api(`/api/conversations/${id}/accept`, { method: 'POST', token })).status);
    await waitFor(() => t.api(`/api/conversations/${id}`, { token }), (r) => r.body.conversation?.status === 'assigned', 5000, 'the conversation assigned');
    const messages = (await t.api(`/api/conversations/${id}/messages`, { token })).body.items;
    held = { id, firstMessageId: messages[0].id };
    return held;
  }

  it('refuses a widget connection with an unknown inbox key', async () => {
    await expect(connectVisitor(t.url, 'no-such-inbox')).rejects.toThrow('unknown inbox key');
  });

  it('refuses a forged visitor token, and one issued for another inbox', async () => {
    const real = await connectVisitor(t.url, inboxKey);
    const [v, inbox, visitorId] = real.session.visitorToken.split('.');
    real.socket.close();
    await expect(connectVisitor(t.url, inboxKey, `${v}.${inbox}.${visitorId}.forgedsignature`)).rejects.toThrow('invalid visitor token');
    await expect(connectVisitor(t.url, inboxKey, `${v}.${inbox}.${randomUUID()}.${real.session.visitorToken.split('.')[3]}`)).rejects.toThrow(
      'invalid visitor token',
    );
    const other = await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Second site' } });
    await expect(connectVisitor(t.url, other.body.inbox.publicKey, real.session.visitorToken)).rejects.toThrow('invalid visitor token');
  });

  it('rejects widget messages that are too long, of the wrong type or missing a field, and writes nothing', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    await visitor.socket.emitWithAck('message.send', { text: 'first', clientMessageId: randomUUID() });
    const before = await rowCounts(t);

    const tooLong = await visitor.socket.emitWithAck('message.send', { text: 'x'.repeat(LIMIT + 1), clientMessageId: randomUUID() });
    expect(tooLong.error).toMatch(`text must be at most ${LIMIT} characters`);
    const wrongType = await visitor.socket.emitWithAck('message.send', { text: 42, clientMessageId: randomUUID() });
    expect(wrongType.error).toMatch(/text must be a string/);
    const missing = await visitor.socket.emitWithAck('message.send', { text: 'no id' });
    expect(missing.error).toMatch(/clientMessageId/);
    const empty = await visitor.socket.emitWithAck('message.send', { text: '   ', clientMessageId: randomUUID() });
    expect(empty.error).toMatch(/text or attachments/);
    const notAnObject = await visitor.socket.emitWithAck('message.send', 'hello');
    expect(notAnObject.error).toMatch(/payload must be an object/);
    const unknownField = await visitor.socket.emitWithAck('message.send', { text: 'hi', clientMessageId: randomUUID(), conversationId: 1 });
    expect(unknownField.error).toMatch(/conversationId should not exist/);
    const badEmail = await visitor.socket.emitWithAck('contact.update', { email: 'not-an-address' });
    expect(badEmail.error).toMatch(/email must be an e-mail address/);

    expect(await rowCounts(t)).toEqual(before);
    visitor.socket.close();
  });

  it('answers 400 naming the field for bad REST input, never 500', async () => {
    const cases: Array<[string, { method?: string; body?: unknown }, RegExp]> = [
      ['/api/auth/login', { body: { email: 'admin@test.local' } }, /password/],
      ['/api/auth/login', { body: { email: 'nope', password: 'x' } }, /email must be an email/],
      ['/api/auth/login', { body: '{"email": broken json' }, /JSON|Unexpected/i],
      ['/api/conversations?view=everything', {}, /view must be one of/],
      ['/api/conversations?limit=abc', {}, /limit must be an integer/],
      ['/api/conversations/abc', {}, /^id must be a whole number from 1 to 2147483647$/],
      ['/api/inboxes', { body: { type: 'fax', name: 'x' } }, /type must be one of: webchat/],
      ['/api/inboxes', { body: { type: 'webchat', name: 'x', settings: { color: 'red' } } }, /settings.color must be a hex colour/],
      ['/api/agents/me/status', { method: 'PATCH', body: { status: 'sleeping' } }, /status must be one of/],
    ];
    for (const [path, init, message] of cases) {
      const res = await t.api(path, { ...init, token });
      expect(res.status, `${path} ${JSON.stringify(init.body)}`).toBe(400);
      expect(res.body.error).toBe('Bad Request');
      expect(res.body.message).toMatch(message);
    }
  });

  it('answers 400 for an operator message over MESSAGE_MAX_CHARS and stores nothing', async () => {
    const { id } = await heldConversation();
    const before = await rowCounts(t);
    for (const body of [{ text: 'y'.repeat(LIMIT + 1) }, { text: 'y'.repeat(LIMIT + 1), private: true }, { text: 'y'.repeat(65_537) }]) {
      const res = await t.api(`/api/conversations/${id}/messages`, { token, body });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe(`text must be at most ${LIMIT} characters`);
    }
    const wrong = await t.api(`/api/conversations/${id}/messages`, { token, body: { text: 'ok', attachments: [999999] } });
    expect(wrong.status).toBe(404);
    expect(wrong.body.message).toMatch(/attachments/);
    expect(await rowCounts(t)).toEqual(before);
    const longest = await t.api(`/api/conversations/${id}/messages`, { token, body: { text: 'y'.repeat(LIMIT) } });
    expect(longest.status).toBe(201);
  });

  it('holds every text an operator, a bot or an admin writes to MESSAGE_MAX_CHARS, naming the field', async () => {
    const { id } = await heldConversation();
    const tooLong = 'z'.repeat(LIMIT + 1);
    const asBot = await botToken();
    const greeting = { enabled: true, text: { en: tooLong } };
    const cases: Array<[string, { method?: string; body: unknown; token?: string }, string]> = [
      ['/api/quick-replies', { body: { scope: 'personal', shortcut: 'long', title: 'Long', content: tooLong } }, 'content'],
      ['/api/quick-replies', { body: { scope: 'personal', shortcut: 'long', title: 'Long', content: 'short' } }, ''],
      [`/api/inboxes/${inboxId}`, { method: 'PATCH', body: { automation: { greeting } } }, 'automation.greeting.text.en'],
      [`/api/inboxes/${inboxId}`, { method: 'PATCH', body: { automation: { csat: { enabled: true, text: { uk: tooLong } } } } }, 'automation.csat.text.uk'],
      [`/api/supervision/conversations/${id}/whisper`, { body: { text: tooLong } }, 'text'],
      [`/api/bot/conversations/${id}/messages`, { token: asBot, body: { text: tooLong } }, 'text'],
      [`/api/bot/conversations/${id}/handover`, { token: asBot, body: { note: tooLong } }, 'note'],
      ['/api/bots', { body: { inboxId, name: 'Flow', kind: 'flow', definition: { start: 'a', steps: { a: { type: 'message', text: { en: tooLong } } } } } }, 'definition.steps.a.text.en'],
    ];
    const before = await rowCounts(t);
    for (const [path, init, field] of cases) {
      const res = await t.api(path, { token, ...init });
      if (!field) {
        expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201);
        const reply = res.body.quickReply.id;
        const edit = await t.api(`/api/quick-replies/${reply}`, { method: 'PATCH', token, body: { content: tooLong } });
        expect(edit).toMatchObject({ status: 400, body: { message: `content must be at most ${LIMIT} characters` } });
        continue;
      }
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}:? must be at most ${LIMIT} characters$`));
    }
    expect(await rowCounts(t)).toEqual(before);
    expect((await t.api(`/api/inboxes/${inboxId}`, { token })).body.inbox.automation.greeting).toBeUndefined();
  });

  describe("a macro's actions", () => {
    const macro = (actions: unknown[]) => t.api('/api/macros', { token, body: { name: 'Limits', scope: 'personal', actions } });

    it('hold their texts to MESSAGE_MAX_CHARS, naming the action and field', async () => {
      for (const type of ['send-message', 'add-note']) {
        const res = await macro([{ type: 'set-priority', priority: 'high' }, { type, text: 'm'.repeat(LIMIT + 1) }]);
        expect(res, type).toMatchObject({ status: 400, body: { message: `actions[1].text must be at most ${LIMIT} characters` } });
      }
      const edit = (await macro([{ type: 'add-note', text: 'm'.repeat(LIMIT) }])).body.macro.id;
      const res = await t.api(`/api/macros/${edit}`, { method: 'PATCH', token, body: { actions: [{ type: 'send-message', text: 'm'.repeat(LIMIT + 1) }] } });
      expect(res).toMatchObject({ status: 400, body: { message: `actions[0].text must be at most ${LIMIT} characters` } });
    });

    it('refuse a run whose text, filled in for this conversation, would pass MESSAGE_MAX_CHARS, and store nothing', async () => {
      const { id } = await heldConversation();
      const contactId = (await t.api(`/api/conversations/${id}`, { token })).body.contact.id;
      expect((await t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token, body: { name: 'N'.repeat(200) } })).status).toBe(200);
      const created = await macro([{ type: 'send-message', text: `${'m'.repeat(LIMIT - 20)} {{contact.name}}` }]);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const preview = await t.api(`/api/conversations/${id}/macros/${created.body.macro.id}/preview`, { method: 'POST', token });
      expect(preview.body.steps[0].problem).toBe(`the text would be ${LIMIT - 19 + 200} characters, past the limit of ${LIMIT}`);
      const before = await rowCounts(t);
      const run = await t.api(`/api/conversations/${id}/macros/${created.body.macro.id}/run`, { method: 'POST', token });
      expect(run.status, JSON.stringify(run.body)).toBe(409);
      expect(run.body.message).toMatch(/^actions\[0\] \(send-message\): the text would be/);
      expect(await rowCounts(t)).toEqual(before);
      await t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token, body: { name: null } });
    });

    it('hold their ids to the columns’ range and read null as not given', async () => {
      const cases: Array<[unknown, string]> = [
        [{ type: 'assign', agentId: PAST_INT }, 'actions[0].agentId must be an operator id'],
        [{ type: 'assign', teamId: PAST_INT }, 'actions[0].teamId must be a team id'],
        [{ type: 'add-labels', labelIds: [1, PAST_INT] }, 'actions[0].labelIds must be 1 to 20 label ids'],
      ];
      for (const [action, message] of cases) expect(await macro([action]), JSON.stringify(action)).toMatchObject({ status: 400, body: { message } });
      const withNulls = await macro([{ type: 'assign', agentId: 1, teamId: null }, { type: 'add-note', text: 'Over to you', labelIds: null }, { type: 'close', text: null }]);
      expect(withNulls.status, JSON.stringify(withNulls.body)).toBe(201);
      expect(withNulls.body.macro.actions).toEqual([{ type: 'assign', agentId: 1 }, { type: 'add-note', text: 'Over to you' }, { type: 'close' }]);
    });
  });

  describe('JSON past the limits', () => {
    const REASON = 'body: nested deeper than 64 levels';

    it('nested deeper than 64 levels: a 400 with the reason on every JSON route, with or without a login, webhooks included', async () => {
      const routes: Array<[string, string | undefined]> = [
        ['/api/auth/login', undefined],
        ['/csat/any-token', undefined],
        [`/webhooks/telegram/${inboxId}`, undefined],
        [`/webhooks/meta/${inboxId}`, undefined],
        ['/api/inboxes', token],
        ['/api/conversations/1/messages', token],
      ];
      const before = await rowCounts(t);
      for (const [path, as] of routes) {
        for (const body of [nested(2000), { email: nested(2000), password: 'x' }, { a: { b: nested(100) } }]) {
          const res = await t.api(path, { token: as, body });
          expect(res, path).toMatchObject({ status: 400, body: { error: 'Bad Request', message: REASON } });
        }
      }
      expect(await rowCounts(t)).toEqual(before);
    });

    it('nested 64 levels: let through to the route’s own checks', async () => {
      const res = await t.api('/api/auth/login', { body: { email: nested(63), password: 'x' } });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^email/);
    });

    it('over 1 MB: a 413 that says which limit', async () => {
      const res = await t.api('/api/auth/login', { body: { email: 'x'.repeat(1024 * 1024), password: 'x' } });
      expect(res).toMatchObject({ status: 413, body: { message: 'body: larger than 1 MB' } });
    });

    it('nested too deep in a widget event: refused too', async () => {
      const visitor = await connectVisitor(t.url, inboxKey);
      const res = await visitor.socket.emitWithAck('message.send', { text: nested(2000), clientMessageId: randomUUID() });
      expect(res.error).toBe('payload: nested deeper than 64 levels');
      visitor.socket.close();
    });
  });

  describe('null in an optional field', () => {
    it('counts as not given', async () => {
      const { id, firstMessageId } = await heldConversation();
      const reply = await t.api(`/api/conversations/${id}/messages`, { token, body: { text: 'answer', replyToMessageId: null, quickReplyId: null, attachments: null } });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      expect(reply.body.message).toMatchObject({ text: 'answer', replyTo: null });
      const quoted = await t.api(`/api/conversations/${id}/messages`, { token, body: { text: 'quoted', replyToMessageId: firstMessageId, private: null } });
      expect(quoted.status, JSON.stringify(quoted.body)).toBe(201);
      expect(quoted.body.message).toMatchObject({ private: false, replyTo: { id: firstMessageId } });

      const transfer = await t.api(`/api/conversations/${id}/transfer`, { token, body: { agentId: null, teamId: null } });
      expect(transfer).toMatchObject({ status: 400, body: { message: 'agentId or teamId: give exactly one' } });
      const inbox = await t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token, body: { name: null, routingMode: null, routing: null, settings: { color: null } } });
      expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
      expect(inbox.body.inbox.name).toBeTruthy();
    });

    it('in a required field is that field missing', async () => {
      const before = await t.api('/api/agents', { token });
      const agent = await t.api('/api/agents', { token, body: { email: 'nameless@test.local', name: null, password: 'password-1' } });
      expect(agent.status, JSON.stringify(agent.body)).toBe(400);
      expect(agent.body.message).toMatch(/^name must be/);
      expect(agent.body.message).toMatch(/name must be a string/);
      const noName = await t.api('/api/agents', { token, body: { email: 'nameless@test.local', password: 'password-1' } });
      expect(noName.status, JSON.stringify(noName.body)).toBe(400);
      expect(noName.body.message).toMatch(/name must be a string/);
      expect((await t.api('/api/agents', { token })).body.items).toHaveLength(before.body.items.length);
    });

    it('still clears a field where null means clear (documented nullable)', async () => {
      const { id } = await heldConversation();
      const contactId = (await t.api(`/api/conversations/${id}`, { token })).body.contact.id;
      expect((await t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token, body: { name: 'Somebody' } })).body.contact.name).toBe('Somebody');
      const cleared = await t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token, body: { name: null } });
      expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
      expect(cleared.body.contact.name).toBeNull();
    });
  });

  it('answers 400 naming the field for an integer outside its column’s range', async () => {
    const { id } = await heldConversation();
    const cases: Array<[string, { method?: string; body?: unknown }, string]> = [
      ['/api/inboxes', { body: { type: 'webchat', name: 'x', teamId: PAST_INT } }, 'teamId'],
      ['/api/inboxes', { body: { type: 'webchat', name: 'x', teamId: 0 } }, 'teamId'],
      [`/api/inboxes/${inboxId}`, { method: 'PATCH', body: { teamId: PAST_INT } }, 'teamId'],
      [`/api/conversations/${id}/transfer`, { body: { teamId: PAST_INT } }, 'teamId'],
      [`/api/conversations/${id}/transfer`, { body: { agentId: 1e300 } }, 'agentId'],
      [`/api/conversations/${id}/messages`, { body: { text: 'x', replyToMessageId: PAST_INT } }, 'replyToMessageId'],
      [`/api/conversations/${id}/messages`, { body: { text: 'x', attachments: [PAST_INT] } }, 'attachments'],
      ['/api/agents', { body: { email: 'big@test.local', name: 'Big', password: 'password-1', teamIds: [PAST_INT] } }, 'teamIds'],
      [`/api/conversations?inboxId=${PAST_INT}`, {}, 'inboxId'],
      [`/api/conversations/${PAST_INT}`, {}, 'id'],
      [`/api/conversations/-1/messages`, {}, 'id'],
    ];
    const before = await rowCounts(t);
    for (const [path, init, field] of cases) {
      const res = await t.api(path, { token, ...init });
      expect(res.status, `${path} ${JSON.stringify(init.body)}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.message).toMatch(new RegExp(`^${field}(\\.\\d+)? must be`));
    }
    expect(await rowCounts(t)).toEqual(before);
  });

  // Found by test/security/api-fuzz.spec.ts.
  it('answers 400 for a list of nested objects given a list in place of an object', async () => {
    const { id } = await heldConversation();
    const cases: Array<[string, { method: string; body: unknown }, RegExp]> = [
      ['/api/reviews/criteria', { method: 'PUT', body: { items: [[], { name: 'Tone', weight: 4 }] } }, /^items: each value in items must be an object/],
      [`/api/inboxes/${inboxId}`, { method: 'PATCH', body: { automation: { businessHours: { timeZone: 'UTC', weekly: { mon: [[]] } } } } }, /^automation\.businessHours\.weekly\.mon: each value in mon must be an object/],
      [`/api/bot/conversations/${id}/messages`, { method: 'POST', body: { text: 'hi', buttons: [[]] } }, /^buttons: each value in buttons must be an object/],
    ];
    for (const [path, init, message] of cases) {
      const res = await t.api(path, { token: path.startsWith('/api/bot/') ? await botToken() : token, ...init });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.message).toMatch(message);
    }
  });

  // Found by test/security/api-fuzz.spec.ts once its world had attribute definitions.
  it('answers a change of an attribute definition that changes nothing with the definition as it is', async () => {
    const created = await t.api('/api/attribute-definitions', { token, body: { target: 'contact', key: 'unchanged', label: 'Unchanged', type: 'text' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    for (const body of [undefined, {}, { label: null, options: null }]) {
      const res = await t.api(`/api/attribute-definitions/${created.body.definition.id}`, { method: 'PATCH', token, body });
      expect(res, JSON.stringify(body)).toMatchObject({ status: 200, body: { definition: { key: 'unchanged', label: 'Unchanged' } } });
    }
  });

  // Found by test/security/api-fuzz.spec.ts: validator's e-mail check throws on a lone surrogate.
  it('reads a lone surrogate as the replacement character, never as a 500', async () => {
    const login = await t.api('/api/auth/login', { body: { email: '\udfff@test.local', password: 'x' } });
    expect(login).toMatchObject({ status: 400, body: { message: 'email must be an email' } });
    const visitor = await connectVisitor(t.url, inboxKey);
    const update = await visitor.socket.emitWithAck('contact.update', { email: 'a\ud800@test.local' });
    expect(update.error).toMatch(/email must be an e-mail address/);
    visitor.socket.close();
  });

  it('answers 404 for what does not exist and 401 without a login', async () => {
    expect((await t.api('/api/conversations/999999', { token })).status).toBe(404);
    expect((await t.api('/api/conversations')).status).toBe(401);
    expect((await t.api('/api/conversations', { token: 'garbage' })).status).toBe(401);
  });

  it('refuses an upload over the size limit with 413 and an unknown visitor with 401', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const big = new FormData();
    big.append('file', new Blob([Buffer.alloc(t.config.uploadMaxBytes + 1)]), 'big.bin');
    const res = await fetch(`${t.url}/api/widget/uploads`, { method: 'POST', headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken }, body: big });
    expect(res.status).toBe(413);
    const small = new FormData();
    small.append('file', new Blob(['hello']), 'a.txt');
    const anon = await fetch(`${t.url}/api/widget/uploads`, { method: 'POST', headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': 'v1.1.x.y' }, body: small });
    expect(anon.status).toBe(401);
    expect((await anon.json()).message).toMatch(/x-visitor-token/);
    visitor.socket.close();
  });
});
