import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

interface LabelRef {
  id: number;
  name: string;
  color: string;
}

describe('labels', () => {
  let t: TestApp;
  let admin: string;
  let holder: { id: number; token: string };
  let teammate: { id: number; token: string };
  let stranger: { id: number; token: string };
  let teammateSocket: Socket;
  let conversationId: number;
  let billing: LabelRef;
  let complaint: LabelRef;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const [support, sales] = await Promise.all(
      ['Support', 'Sales'].map(async (name) => (await t.api('/api/teams', { token: admin, body: { name } })).body.team as { id: number }),
    );
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Support site', teamId: support.id } })).body.inbox;
    // Only the holder is online: the conversation is routed to them.
    holder = await createOperator(t, admin, { teamIds: [support.id] });
    await openInbox(t, holder);
    teammate = await createOperator(t, admin, { teamIds: [support.id], online: false });
    stranger = await createOperator(t, admin, { teamIds: [sales.id], online: false });
    teammateSocket = await openInbox(t, teammate);
    conversationId = (await customerWrites(t, inbox.publicKey, 'My parcel arrived damaged')).conversationId;
    await waitFor(() => conversation(t, holder.token, conversationId), (c) => c?.assigneeId === holder.id, 5000, 'the conversation routed to its holder');
  });
  afterAll(async () => {
    teammateSocket?.close();
    await t.close();
  });

  const labelIds = async (token = holder.token) => ((await conversation(t, token, conversationId)).labels as LabelRef[]).map((l) => l.id);

  describe('the catalogue', () => {
    it('admins create labels; the colour is kept lowercase, the name trimmed', async () => {
      const res = await t.api('/api/labels', { token: admin, body: { name: ' Billing ', color: '#2F80ED', description: 'Invoices and refunds' } });
      expect(res.status).toBe(201);
      expect(res.body.label).toMatchObject({ name: 'Billing', color: '#2f80ed', description: 'Invoices and refunds', conversations: 0 });
      billing = res.body.label;
      complaint = (await t.api('/api/labels', { token: admin, body: { name: 'Complaint', color: '#eb5757' } })).body.label;
    });

    it('answers 400 naming the field for a blank name, a bad colour or a missing one', async () => {
      const cases: Array<[unknown, RegExp]> = [
        [{ name: '  ', color: '#000000' }, /name must not be blank/],
        [{ name: 'Red', color: 'red' }, /color must be a colour as #rrggbb/],
        [{ name: 'Red', color: '#ff00001' }, /color must be a colour as #rrggbb/],
        [{ name: 'Red' }, /color must be a colour as #rrggbb/],
        [{ name: 'x'.repeat(65), color: '#000000' }, /name must be shorter than or equal to 64 characters/],
      ];
      for (const [body, message] of cases) {
        const res = await t.api('/api/labels', { token: admin, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(String(res.body.message)).toMatch(message);
      }
    });

    it('answers 409 for a name taken in another case, on create and on rename', async () => {
      const created = await t.api('/api/labels', { token: admin, body: { name: 'BILLING', color: '#000000' } });
      expect(created.status).toBe(409);
      expect(created.body.message).toMatch(/^name: a label called "BILLING" already exists/);
      const renamed = await t.api(`/api/labels/${complaint.id}`, { method: 'PATCH', token: admin, body: { name: 'billing' } });
      expect(renamed.status).toBe(409);
    });

    it('every operator reads the list; only admins change it', async () => {
      const list = await t.api('/api/labels', { token: stranger.token });
      expect(list.status).toBe(200);
      expect(list.body.items.map((l: LabelRef) => l.name)).toEqual(['Billing', 'Complaint']);
      expect((await t.api('/api/labels', { token: holder.token, body: { name: 'Mine', color: '#000000' } })).status).toBe(403);
      expect((await t.api(`/api/labels/${billing.id}`, { method: 'PATCH', token: holder.token, body: { color: '#000000' } })).status).toBe(403);
      expect((await t.api(`/api/labels/${billing.id}`, { method: 'DELETE', token: holder.token })).status).toBe(403);
    });

    it('admins edit a label; null clears its description; an unknown label is 404', async () => {
      const res = await t.api(`/api/labels/${complaint.id}`, { method: 'PATCH', token: admin, body: { color: '#F2994A', description: null } });
      expect(res.status).toBe(200);
      expect(res.body.label).toMatchObject({ name: 'Complaint', color: '#f2994a', description: null });
      expect((await t.api('/api/labels/999999', { method: 'PATCH', token: admin, body: { color: '#000000' } })).status).toBe(404);
    });
  });

  describe('on a conversation', () => {
    it('the holder sets the whole set; operators watching the inbox see it live', async () => {
      const pushed = waitForPush(teammateSocket, (c) => c.id === conversationId && c.labels.length === 2);
      const res = await t.api(`/api/conversations/${conversationId}/labels`, { method: 'PUT', token: holder.token, body: { labelIds: [complaint.id, billing.id, billing.id] } });
      expect(res.status).toBe(200);
      expect(res.body.conversation.labels).toEqual([
        { id: billing.id, name: 'Billing', color: '#2f80ed' },
        { id: complaint.id, name: 'Complaint', color: '#f2994a' },
      ]);
      expect((await pushed).labels.map((l: LabelRef) => l.name)).toEqual(['Billing', 'Complaint']);
    });

    it('writes each label added and removed to the event log, with who did it', async () => {
      await t.api(`/api/conversations/${conversationId}/labels`, { method: 'PUT', token: holder.token, body: { labelIds: [billing.id] } });
      const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: holder.token })).body.items as Array<{ type: string; actorId: number; data: Record<string, unknown> }>;
      const labelEvents = events.filter((e) => e.type === 'labelled' || e.type === 'unlabelled').map((e) => [e.type, e.data.name, e.actorId]);
      expect(labelEvents).toEqual([
        ['labelled', 'Complaint', holder.id],
        ['labelled', 'Billing', holder.id],
        ['unlabelled', 'Complaint', holder.id],
      ]);
      expect(await labelIds()).toEqual([billing.id]);
    });

    it('is 404 to an operator of another team, 403 to a teammate who does not hold it', async () => {
      const hidden = await t.api(`/api/conversations/${conversationId}/labels`, { method: 'PUT', token: stranger.token, body: { labelIds: [] } });
      expect(hidden.status).toBe(404);
      const notTheirs = await t.api(`/api/conversations/${conversationId}/labels`, { method: 'PUT', token: teammate.token, body: { labelIds: [] } });
      expect(notTheirs.status).toBe(403);
      expect(await labelIds()).toEqual([billing.id]);
    });

    it('answers 400 naming labelIds for a label that does not exist or a body that is no list', async () => {
      for (const body of [{ labelIds: [999999] }, { labelIds: 'billing' }, { labelIds: [0] }, {}]) {
        const res = await t.api(`/api/conversations/${conversationId}/labels`, { method: 'PUT', token: holder.token, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(String(res.body.message)).toMatch(/labelIds/);
      }
    });

    it('the conversation list filters by label', async () => {
      const ids = async (label: number) => (await t.api(`/api/conversations?view=mine&label=${label}`, { token: holder.token })).body.items.map((c: { id: number }) => c.id);
      expect(await ids(billing.id)).toEqual([conversationId]);
      expect(await ids(complaint.id)).toEqual([]);
      const bad = await t.api('/api/conversations?view=mine&label=billing', { token: holder.token });
      expect(bad.status).toBe(400);
      expect(String(bad.body.message)).toMatch(/label must be a label id/);
    });

    it('search finds by label, alone or with words, only what the operator may see', async () => {
      const hits = async (query: string, token = holder.token) => {
        const res = await t.api(`/api/search?${query}`, { token });
        expect(res.status).toBe(200);
        return res.body.items.map((h: { conversation: { id: number } }) => h.conversation.id);
      };
      expect(await hits(`label=${billing.id}`)).toEqual([conversationId]);
      expect(await hits(`label=${billing.id}&q=parcel`)).toEqual([conversationId]);
      expect(await hits(`label=${complaint.id}&q=parcel`)).toEqual([]);
      expect(await hits(`label=${complaint.id}`)).toEqual([]);
      expect(await hits(`label=${billing.id}`, stranger.token)).toEqual([]);
      const neither = await t.api('/api/search', { token: holder.token });
      expect(neither.status).toBe(400);
      expect(String(neither.body.message)).toMatch(/^q must be/);
    });

    it('the report breaks volume, first response, handling and CSAT down by label', async () => {
      await t.api(`/api/conversations/${conversationId}/messages`, { token: holder.token, body: { text: 'Sorry to hear that, a new one is on its way' } });
      const res = await t.api('/api/reports/summary', { token: admin });
      expect(res.status).toBe(200);
      const row = res.body.labels.find((l: { labelId: number }) => l.labelId === billing.id);
      expect(row).toMatchObject({ name: 'Billing', color: '#2f80ed', conversations: 1, answered: 1 });
      expect(row.firstResponseMedianSeconds).toEqual(expect.any(Number));
      expect(row).toHaveProperty('averageHandlingSeconds');
      expect(row).toHaveProperty('csatAverage');
      expect(res.body.labels.some((l: { labelId: number }) => l.labelId === complaint.id)).toBe(false);
      const csv = await fetch(`${t.url}/api/reports/export?table=labels`, { headers: { authorization: `Bearer ${admin}` } });
      expect(csv.status).toBe(200);
      expect((await csv.text()).split('\n')[1]).toMatch(new RegExp(`^${billing.id},Billing,1,1,`));
    });

    it('the review search filters finished conversations by label', async () => {
      expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: holder.token })).status).toBe(200);
      const found = async (label: number) => (await t.api(`/api/reviews/conversations?label=${label}`, { token: admin })).body.items.map((c: { id: number }) => c.id);
      expect(await found(billing.id)).toEqual([conversationId]);
      expect(await found(complaint.id)).toEqual([]);
    });

    it('deleting a label takes it off its conversations, counted first, and logs why', async () => {
      const listed = (await t.api('/api/labels', { token: admin })).body.items.find((l: LabelRef) => l.id === billing.id);
      expect(listed.conversations).toBe(1);
      expect((await t.api(`/api/labels/${billing.id}`, { method: 'DELETE', token: admin })).status).toBe(204);
      expect(await labelIds()).toEqual([]);
      const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: holder.token })).body.items as Array<{ type: string; actorId: number; data: Record<string, unknown> }>;
      expect(events.at(-1)).toMatchObject({ type: 'unlabelled', data: { name: 'Billing', reason: 'label-deleted' } });
      expect((await t.api('/api/labels', { token: admin })).body.items.map((l: LabelRef) => l.name)).toEqual(['Complaint']);
    });
  });
});

/** The next `conversation.updated` the socket gets that passes the check. */
function waitForPush(socket: Socket, ok: (conversation: { id: number; labels: LabelRef[] }) => boolean, timeoutMs = 5000): Promise<{ id: number; labels: LabelRef[] }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no conversation.updated with the labels')), timeoutMs);
    const listener = ({ conversation }: { conversation: { id: number; labels: LabelRef[] } }) => {
      if (!ok(conversation)) return;
      clearTimeout(timer);
      socket.off('conversation.updated', listener);
      resolve(conversation);
    };
    socket.on('conversation.updated', listener);
  });
}
