import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

interface Definition {
  id: number;
  target: 'contact' | 'conversation';
  key: string;
  required: boolean;
}

describe('custom attributes', () => {
  let t: TestApp;
  let admin: string;
  let holder: { id: number; token: string };
  let teammate: { id: number; token: string };
  let stranger: { id: number; token: string };
  let conversationId: number;
  let contactId: number;
  let inboxKey: string;
  const definitions: Record<string, Definition> = {};

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const [support, sales] = await Promise.all(['Support', 'Sales'].map(async (name) => (await t.api('/api/teams', { token: admin, body: { name } })).body.team as { id: number }));
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Shop', teamId: support.id } })).body.inbox;
    inboxKey = inbox.publicKey;
    holder = await createOperator(t, admin, { teamIds: [support.id] });
    await openInbox(t, holder);
    teammate = await createOperator(t, admin, { teamIds: [support.id], online: false });
    stranger = await createOperator(t, admin, { teamIds: [sales.id], online: false });
    conversationId = (await customerWrites(t, inboxKey, 'Where is my order?')).conversationId;
    const routed = await waitFor(() => conversation(t, holder.token, conversationId), (c) => c?.assigneeId === holder.id, 5000, 'the conversation routed to its holder');
    contactId = routed.contact.id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('definitions', () => {
    it('admins define attributes of contacts and of conversations, audited', async () => {
      const bodies = [
        { target: 'contact', key: 'tier', label: 'Tier', type: 'list', options: ['gold', ' silver ', 'gold'] },
        { target: 'contact', key: 'birthday', label: 'Birthday', type: 'date' },
        { target: 'contact', key: 'crm_link', label: 'CRM', type: 'link', description: 'The customer in the CRM' },
        { target: 'conversation', key: 'order_id', label: 'Order number', type: 'number' },
        { target: 'conversation', key: 'refund', label: 'Refund asked', type: 'checkbox' },
        { target: 'conversation', key: 'topic', label: 'Topic', type: 'text' },
      ];
      for (const body of bodies) {
        const res = await t.api('/api/attribute-definitions', { token: admin, body });
        expect(res.status, body.key).toBe(201);
        definitions[body.key] = res.body.definition;
      }
      expect(definitions.tier).toMatchObject({ options: ['gold', 'silver'], required: false });
      const audit = (await t.api('/api/audit?entityType=attribute-definition', { token: admin })).body.items as Array<{ action: string }>;
      expect(audit.filter((e) => e.action === 'attribute-definition.create')).toHaveLength(bodies.length);
    });

    it('refuses a taken key of the same target (409), a bad key, type or options (400 naming the field)', async () => {
      expect((await t.api('/api/attribute-definitions', { token: admin, body: { target: 'contact', key: 'tier', label: 'Again', type: 'text' } })).status).toBe(409);
      const sameKeyOtherTarget = await t.api('/api/attribute-definitions', { token: admin, body: { target: 'conversation', key: 'tier', label: 'Tier', type: 'text' } });
      expect(sameKeyOtherTarget.status).toBe(201);
      await t.api(`/api/attribute-definitions/${sameKeyOtherTarget.body.definition.id}`, { method: 'DELETE', token: admin });
      const cases: Array<[unknown, RegExp]> = [
        [{ target: 'contact', key: 'Order-Id', label: 'x', type: 'text' }, /^key must be lowercase letters/],
        [{ target: 'contact', key: 'x', label: 'x', type: 'colour' }, /^type must be one of: text, number, date, list, checkbox, link/],
        [{ target: 'team', key: 'x', label: 'x', type: 'text' }, /^target must be one of: contact, conversation/],
        [{ target: 'contact', key: 'x', label: 'x', type: 'list' }, /^options: a list needs at least one option/],
        [{ target: 'contact', key: 'x', label: 'x', type: 'text', options: ['a'] }, /^options: only a list has options/],
        [{ target: 'contact', key: 'x', label: ' ', type: 'text' }, /^label must not be blank/],
      ];
      for (const [body, message] of cases) {
        const res = await t.api('/api/attribute-definitions', { token: admin, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(String(res.body.message)).toMatch(message);
      }
    });

    it('every operator reads them; only admins change them', async () => {
      const list = await t.api('/api/attribute-definitions', { token: stranger.token });
      expect(list.status).toBe(200);
      expect((list.body.items as Definition[]).map((d) => `${d.target}.${d.key}`)).toEqual([
        'contact.tier', 'contact.birthday', 'contact.crm_link', 'conversation.order_id', 'conversation.refund', 'conversation.topic',
      ]);
      expect((await t.api('/api/attribute-definitions', { token: holder.token, body: { target: 'contact', key: 'y', label: 'y', type: 'text' } })).status).toBe(403);
      expect((await t.api(`/api/attribute-definitions/${definitions.tier.id}`, { method: 'PATCH', token: holder.token, body: { label: 'x' } })).status).toBe(403);
    });
  });

  describe('values', () => {
    it('the holder sets contact attributes; provider-set ones stay', async () => {
      const res = await t.api(`/api/contacts/${contactId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: { tier: 'silver', birthday: '1990-05-17', crm_link: 'https://crm.example/c/7' } } });
      expect(res.status).toBe(200);
      expect(res.body.contact.attributes).toMatchObject({ tier: 'silver', birthday: '1990-05-17', crm_link: 'https://crm.example/c/7' });
    });

    it('answers 400 naming the attribute, refuses unknown keys, and nothing is stored', async () => {
      const cases: Array<[string, Record<string, unknown>, string]> = [
        ['conversations', { order_id: 'abc' }, 'attributes.order_id must be a number'],
        ['conversations', { refund: 'yes' }, 'attributes.refund must be true or false'],
        ['conversations', { colour: 'red' }, 'attributes.colour is not a defined conversation attribute'],
        ['contacts', { tier: 'bronze' }, 'attributes.tier must be one of: gold, silver'],
        ['contacts', { birthday: '1990-02-30' }, 'attributes.birthday must be a date as YYYY-MM-DD'],
        ['contacts', { crm_link: 'javascript:alert(1)' }, 'attributes.crm_link must be an http or https URL'],
        ['contacts', { order_id: 1 }, 'attributes.order_id is not a defined contact attribute'],
      ];
      for (const [kind, attributes, message] of cases) {
        const id = kind === 'contacts' ? contactId : conversationId;
        const res = await t.api(`/api/${kind}/${id}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes } });
        expect(res.status, message).toBe(400);
        expect(res.body.message).toContain(message);
      }
      const notAnObject = await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: [1] } });
      expect(notAnObject.status).toBe(400);
      expect((await conversation(t, holder.token, conversationId)).attributes).toEqual({});
    });

    it('the holder sets conversation attributes and null removes one; the list and search filter by them', async () => {
      const res = await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: { order_id: 1042, refund: true, topic: 'late' } } });
      expect(res.status).toBe(200);
      expect(res.body.conversation.attributes).toEqual({ order_id: 1042, refund: true, topic: 'late' });
      const cleared = await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: { topic: null } } });
      expect(cleared.body.conversation.attributes).toEqual({ order_id: 1042, refund: true });

      const other = (await customerWrites(t, inboxKey, 'Another question')).conversationId;
      const ids = async (query: string) => ((await t.api(`/api/conversations?view=all&${query}`, { token: admin })).body.items as Array<{ id: number }>).map((c) => c.id);
      expect(await ids('attr=order_id:1042')).toEqual([conversationId]);
      expect(await ids('attr=refund:true&attr=tier:silver')).toEqual([conversationId]);
      expect(await ids('attr=order_id:1043')).toEqual([]);
      expect(await ids('attr=refund:false')).toEqual([]);
      expect(await ids('attr=birthday:1990-05-17')).toEqual([conversationId]);
      expect(other).not.toBe(conversationId);
      const bad = await t.api('/api/conversations?view=all&attr=Order%20Id', { token: admin });
      expect(bad.status).toBe(400);
      expect(String(bad.body.message)).toMatch(/^attr must be key:value/);
      const injected = await t.api(`/api/conversations?view=all&attr=${encodeURIComponent("order_id:1' OR '1'='1")}`, { token: admin });
      expect(injected).toMatchObject({ status: 200, body: { items: [] } });

      const search = await t.api('/api/search?attr=order_id:1042', { token: holder.token });
      expect(search.status).toBe(200);
      expect((search.body.items as Array<{ conversation: { id: number } }>).map((h) => h.conversation.id)).toEqual([conversationId]);
      const narrowed = await t.api('/api/search?q=order&attr=order_id:1', { token: holder.token });
      expect(narrowed.body.items).toEqual([]);
    });

    it('a teammate who does not hold it gets 403, another team 404', async () => {
      expect((await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: teammate.token, body: { attributes: { order_id: 1 } } })).status).toBe(403);
      expect((await t.api(`/api/contacts/${contactId}/attributes`, { method: 'PATCH', token: teammate.token, body: { attributes: { tier: 'gold' } } })).status).toBe(403);
      expect((await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: stranger.token, body: { attributes: { order_id: 1 } } })).status).toBe(404);
      expect((await t.api(`/api/contacts/${contactId}/attributes`, { method: 'PATCH', token: stranger.token, body: { attributes: { tier: 'gold' } } })).status).toBe(404);
      expect((await conversation(t, holder.token, conversationId)).attributes.order_id).toBe(1042);
    });

    it('a required attribute must be filled by whoever edits that record’s attributes, and cannot be cleared', async () => {
      await t.api(`/api/attribute-definitions/${definitions.topic.id}`, { method: 'PATCH', token: admin, body: { required: true } });
      const missing = await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: { order_id: 7 } } });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toContain('attributes.topic is required');
      // A record nobody edits stays readable as it is.
      expect((await t.api(`/api/conversations/${conversationId}`, { token: holder.token })).status).toBe(200);
      const filled = await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: { order_id: 7, topic: 'refund' } } });
      expect(filled.status).toBe(200);
      const clear = await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: holder.token, body: { attributes: { topic: '' } } });
      expect(clear.body.message).toContain('attributes.topic is required');
      await t.api(`/api/attribute-definitions/${definitions.topic.id}`, { method: 'PATCH', token: admin, body: { required: false } });
    });

    it('exports the attributes as columns of the conversations CSV', async () => {
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const supervisor = await createOperator(t, admin, { role: 'supervisor', online: false });
      const res = await fetch(`${t.url}/api/reports/export?table=conversations&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
      expect(res.status).toBe(200);
      const [header, ...rows] = (await res.text()).trim().split('\r\n');
      expect(header.split(',').slice(-6)).toEqual(['contact.tier', 'contact.birthday', 'contact.crm_link', 'conversation.order_id', 'conversation.refund', 'conversation.topic']);
      const row = rows.find((r) => r.startsWith(`${conversationId},`));
      expect(row?.split(',').slice(-6)).toEqual(['silver', '1990-05-17', 'https://crm.example/c/7', '7', 'true', 'refund']);
    });
  });

  it('bots set contact and conversation attributes; defined ones keep their type, a value that does not fit is left out', async () => {
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Bot shop' } })).body.inbox;
    const flow = {
      start: 'tag',
      steps: {
        tag: { type: 'set', attributes: { tier: 'gold', source: 'bot' }, conversationAttributes: { order_id: '55', refund: 'maybe' }, next: 'human' },
        human: { type: 'handover', text: 'Order {{conversation.attributes.order_id}} for a {{contact.attributes.tier}} customer' },
      },
    };
    const bot = await t.api('/api/bots', { token: admin, body: { inboxId: inbox.id, name: 'Tagger', kind: 'flow', definition: flow } });
    expect(bot.status).toBe(201);
    const id = (await customerWrites(t, inbox.publicKey, 'hi')).conversationId;
    const tagged = await waitFor(() => conversation(t, admin, id), (c) => c?.attributes?.order_id === 55, 5000, 'the bot’s attributes');
    expect(tagged.attributes).toEqual({ order_id: 55 });
    const contact = (await t.api(`/api/contacts/${tagged.contact.id}`, { token: admin })).body.contact;
    expect(contact.attributes).toMatchObject({ tier: 'gold', source: 'bot' });
    const messages = await waitFor(
      async () => (await t.api(`/api/conversations/${id}/messages`, { token: admin })).body.items as Array<{ text: string | null }>,
      (items) => items.some((m) => m.text?.startsWith('Order 55')),
      5000,
      'the handover text',
    );
    expect(messages.map((m) => m.text)).toContain('Order 55 for a gold customer');
  });
});
