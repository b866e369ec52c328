import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, customerWrites, conversation } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

/** GET /api/search on the database's own full-text index (FTS5 on SQLite, FULLTEXT on MariaDB). */
describe('GET /api/search', () => {
  let t: TestApp;
  let admin: string;
  let site: { id: number; publicKey: string };
  const search = (q: string, token = admin, limit?: number) => t.api(`/api/search?q=${encodeURIComponent(q)}${limit === undefined ? '' : `&limit=${limit}`}`, { token });
  const ids = (res: { body: { items: Array<{ conversation: { id: number } }> } }) => res.body.items.map((h) => h.conversation.id);

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    site = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Site' } })).body.inbox;
  });
  afterAll(() => t.close());

  it('finds conversations by every word of a message, as prefixes, newest first, one hit each', async () => {
    const damaged = await customerWrites(t, site.publicKey, 'Hello, my parcel arrived damaged');
    await customerWrites(t, site.publicKey, 'The parcel is fine, thanks', damaged.visitorToken);
    const other = await customerWrites(t, site.publicKey, 'Another parcel was damaged too');
    await customerWrites(t, site.publicKey, 'Where is my invoice?');

    const res = await search('parc DAMAG');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([other.conversationId, damaged.conversationId]);
    expect(res.body.items[1].message).toMatchObject({ text: 'Hello, my parcel arrived damaged', conversationId: damaged.conversationId });
    expect(res.body.items[0].conversation).toMatchObject({ id: other.conversationId, inbox: { name: 'Site' } });
    // The newest matching message of a conversation is its hit.
    expect(ids(await search('parcel'))).toEqual([other.conversationId, damaged.conversationId]);
    expect((await search('parcel')).body.items[1].message.text).toBe('The parcel is fine, thanks');
    expect(ids(await search('parcel', admin, 1))).toEqual([other.conversationId]);
    expect(ids(await search('parcel refund'))).toEqual([]);
  });

  it('finds a message once its text was edited, and not by what it said before', async () => {
    const { conversationId } = await customerWrites(t, site.publicKey, 'Typo in the adress');
    const [row] = (await t.api(`/api/conversations/${conversationId}/messages`, { token: admin })).body.items;
    const { DataSource } = await import('typeorm');
    await t.app.get(DataSource).query('UPDATE messages SET text = ? WHERE id = ?', ['Typo in the address fixed', row.id]);
    expect(ids(await search('address fixed'))).toEqual([conversationId]);
    expect(ids(await search('adress'))).toEqual([]);
  });

  it('finds a customer by name, e-mail or phone', async () => {
    const { conversationId } = await customerWrites(t, site.publicKey, 'Hi');
    const contactId = (await conversation(t, admin, conversationId)).contact.id;
    await t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token: admin, body: { name: 'Olena Shevchuk', email: 'olena.s@example.com', phone: '+380 67 123 45 67' } });
    for (const q of ['shevch', 'olena.s@', '067 123 45', '+380671234567']) {
      const res = await search(q);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(ids(res), q).toContain(conversationId);
      expect(res.body.items.find((h: { conversation: { id: number } }) => h.conversation.id === conversationId).message, q).toBeNull();
    }
    // LIKE's wildcards are plain characters here.
    expect(ids(await search('o%_a'))).toEqual([]);
  });

  it('shows an operator only the conversations of their inboxes', async () => {
    const team = (await t.api('/api/teams', { token: admin, body: { name: 'Shop team' } })).body.team;
    const shop = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Shop', teamId: team.id } })).body.inbox;
    const outsider = await createOperator(t, admin, { name: 'Outsider', online: false });
    const { conversationId } = await customerWrites(t, shop.publicKey, 'Confidential wholesale pricing');
    expect(ids(await search('wholesale pricing'))).toEqual([conversationId]);
    expect(ids(await search('wholesale pricing', outsider.token))).toEqual([]);
  });

  it('answers 400 naming q for what is not a query', async () => {
    for (const [q, why] of [
      ['a', /q must be 2 to 200 characters/],
      ['x'.repeat(201), /q must be 2 to 200 characters/],
      ['***', /q must contain letters or digits/],
    ] as const) {
      const res = await search(q);
      expect(res.status, q).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(why);
    }
    expect((await t.api('/api/search', { token: admin })).status).toBe(400);
    expect((await search('parcel', admin, 0)).status).toBe(400);
  });
});
