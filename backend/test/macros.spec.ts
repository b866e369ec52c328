import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

type Operator = { id: number; token: string; name: string };
type Event = { type: string; actorId: number | null; data: Record<string, unknown> | null };

describe('macros', () => {
  let t: TestApp;
  let admin: string;
  let support: { id: number };
  let sales: { id: number };
  let inbox: { id: number; publicKey: string };
  let holder: Operator;
  let colleague: Operator;
  let supervisor: Operator;
  let stranger: Operator;
  let billing: number;
  let refund: number;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    [support, sales] = await Promise.all(['Support', 'Sales'].map(async (name) => (await t.api('/api/teams', { token: admin, body: { name } })).body.team));
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Support site', teamId: support.id } })).body.inbox;
    holder = await createOperator(t, admin, { name: 'Hanna Holder', teamIds: [support.id] });
    sockets.push(await openInbox(t, holder));
    colleague = await createOperator(t, admin, { name: 'Carl Colleague', teamIds: [support.id], online: false });
    supervisor = await createOperator(t, admin, { name: 'Sue Supervisor', teamIds: [support.id], role: 'supervisor', online: false });
    stranger = await createOperator(t, admin, { name: 'Stan Stranger', teamIds: [sales.id], online: false });
    [billing, refund] = await Promise.all(
      [['Billing', '#2f80ed'], ['Refund', '#eb5757']].map(async ([name, color]) => (await t.api('/api/labels', { token: admin, body: { name, color } })).body.label.id as number),
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  const create = (token: string, body: unknown) => t.api('/api/macros', { token, body });
  const listNames = async (token: string, manage = false) => (await t.api(`/api/macros${manage ? '?manage=true' : ''}`, { token })).body.items.map((m: { name: string }) => m.name);
  const events = async (id: number): Promise<Event[]> => (await t.api(`/api/conversations/${id}/events`, { token: admin })).body.items;
  const messages = async (id: number) => (await t.api(`/api/conversations/${id}/messages`, { token: admin })).body.items as Array<{ text: string; private: boolean; senderType: string }>;
  const newConversation = async (text = 'Hello') => {
    const { conversationId } = await customerWrites(t, inbox.publicKey, text);
    await waitFor(() => conversation(t, admin, conversationId), (c) => c?.assigneeId === holder.id, 5000, 'assigned to the holder');
    return conversationId;
  };

  describe('scopes', () => {
    it('lets an operator keep personal ones, a team’s supervisor the team’s, admins shared ones, and nobody else', async () => {
      const note = [{ type: 'add-note', text: 'Checked' }];
      expect((await create(holder.token, { name: 'My checks', scope: 'personal', actions: note })).status).toBe(201);
      expect((await create(holder.token, { name: 'Team try', scope: 'team', teamId: support.id, actions: note })).status).toBe(403);
      expect((await create(supervisor.token, { name: 'Support wrap-up', scope: 'team', teamId: support.id, actions: note })).status).toBe(201);
      expect((await create(supervisor.token, { name: 'Sales try', scope: 'team', teamId: sales.id, actions: note })).status).toBe(403);
      expect((await create(supervisor.token, { name: 'Shared try', scope: 'shared', actions: note })).status).toBe(403);
      expect((await create(admin, { name: 'Everyone’s', scope: 'shared', actions: note })).status).toBe(201);

      expect(await listNames(holder.token)).toEqual(['Everyone’s', 'My checks', 'Support wrap-up']);
      expect(await listNames(stranger.token)).toEqual(['Everyone’s']);
      expect(await listNames(holder.token, true)).toEqual(['My checks']);
      expect(await listNames(supervisor.token, true)).toEqual(['Support wrap-up']);
      expect(await listNames(admin, true)).toEqual(['Everyone’s', 'Support wrap-up']);
    });

    it('answers 404 for a macro the caller may not see and 403 for one they see but may not change', async () => {
      const items = (await t.api('/api/macros', { token: holder.token })).body.items as Array<{ id: number; name: string }>;
      const team = items.find((m) => m.name === 'Support wrap-up') as { id: number };
      const personal = items.find((m) => m.name === 'My checks') as { id: number };
      expect((await t.api(`/api/macros/${team.id}`, { method: 'PATCH', token: stranger.token, body: { name: 'x' } })).status).toBe(404);
      expect((await t.api(`/api/macros/${personal.id}`, { method: 'PATCH', token: supervisor.token, body: { name: 'x' } })).status).toBe(404);
      expect((await t.api(`/api/macros/${team.id}`, { method: 'PATCH', token: holder.token, body: { name: 'x' } })).status).toBe(403);
      const renamed = await t.api(`/api/macros/${team.id}`, { method: 'PATCH', token: supervisor.token, body: { name: 'Support close-out' } });
      expect(renamed.body.macro.name).toBe('Support close-out');
      expect((await t.api(`/api/macros/${personal.id}`, { method: 'DELETE', token: holder.token })).status).toBe(204);
    });

    it('answers 400 naming the field, and the action, for bad input', async () => {
      const cases: Array<[unknown, RegExp]> = [
        [{ name: '', scope: 'personal', actions: [{ type: 'close' }] }, /name must not be empty/],
        [{ name: 'x', scope: 'everyone', actions: [{ type: 'close' }] }, /^scope must be one of: personal, team, shared$/],
        [{ name: 'x', scope: 'personal', actions: [] }, /actions must be a list of 1 to 20 actions/],
        [{ name: 'x', scope: 'personal', actions: [{ type: 'add-note', text: 'ok' }, { type: 'send-message', text: 'Hi {{contact.nmae}}' }] }, /actions\[1\]\.text uses unknown variable\(s\): \{\{contact\.nmae\}\}/],
        [{ name: 'x', scope: 'personal', actions: [{ type: 'set-priority', priority: 'asap' }] }, /actions\[0\]\.priority must be one of/],
        [{ name: 'x', scope: 'personal', actions: [{ type: 'close' }, { type: 'add-note', text: 'late' }] }, /actions\[1\]: nothing can follow close/],
        [{ name: 'x', scope: 'team', actions: [{ type: 'close' }] }, /teamId: a team macro needs the team/],
      ];
      for (const [body, message] of cases) {
        const res = await create(holder.token, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(String(res.body.message), JSON.stringify(body)).toMatch(message);
      }
    });
  });

  describe('preview and run', () => {
    it('previews every step with its text rendered, changing nothing; running does them all, each in the event log as the operator’s through the macro', async () => {
      const id = await newConversation('My invoice is wrong');
      const macro = (
        await create(holder.token, {
          name: 'Billing follow-up',
          scope: 'personal',
          actions: [
            { type: 'send-message', text: 'Hi {{contact.name | there}}, {{agent.name}} here: we are on it.' },
            { type: 'add-note', text: 'Sent to billing by {{agent.name}}' },
            { type: 'add-labels', labelIds: [billing, refund] },
            { type: 'remove-labels', labelIds: [refund] },
            { type: 'set-priority', priority: 'high' },
            { type: 'snooze', mode: 'for', minutes: 60 },
          ],
        })
      ).body.macro;
      const preview = await t.api(`/api/conversations/${id}/macros/${macro.id}/preview`, { token: holder.token, method: 'POST' });
      expect(preview.status).toBe(200);
      expect(preview.body.runnable).toBe(true);
      expect(preview.body.steps.map((s: { text: string | null }) => s.text)).toEqual(['Hi there, Hanna Holder here: we are on it.', 'Sent to billing by Hanna Holder', null, null, null, null]);
      expect(preview.body.steps[2].labelNames).toEqual(['Billing', 'Refund']);
      expect((await messages(id)).map((m) => m.text)).toEqual(['My invoice is wrong']);

      const run = await t.api(`/api/conversations/${id}/macros/${macro.id}/run`, { token: holder.token, body: {} });
      expect(run.status).toBe(200);
      expect(run.body.conversation).toMatchObject({ status: 'snoozed', priority: 'high', labels: [expect.objectContaining({ name: 'Billing' })] });
      expect((await messages(id)).map((m) => [m.text, m.private])).toEqual([
        ['My invoice is wrong', false],
        ['Hi there, Hanna Holder here: we are on it.', false],
        ['Sent to billing by Hanna Holder', true],
      ]);
      const log = await events(id);
      const done = log.filter((e) => e.type === 'macro_action');
      expect(done.map((e) => e.data?.action)).toEqual(['send-message', 'add-note', 'add-labels', 'remove-labels', 'set-priority', 'snooze']);
      expect(done.every((e) => e.actorId === holder.id && e.data?.macroId === macro.id && e.data?.macro === 'Billing follow-up')).toBe(true);
      expect(log.map((e) => e.type)).toEqual(expect.arrayContaining(['labelled', 'unlabelled', 'prioritised', 'snoozed']));
    });

    it('does nothing when any action cannot be done, and says which and why (409)', async () => {
      const id = await newConversation('Second question');
      const macro = (
        await create(holder.token, {
          name: 'Hand to Carl',
          scope: 'personal',
          actions: [{ type: 'add-note', text: 'Carl knows this one' }, { type: 'set-priority', priority: 'urgent' }, { type: 'assign', agentId: colleague.id }],
        })
      ).body.macro;
      const preview = await t.api(`/api/conversations/${id}/macros/${macro.id}/preview`, { token: holder.token, method: 'POST' });
      expect(preview.body.runnable).toBe(false);
      expect(preview.body.steps.map((s: { problem: string | null }) => s.problem)).toEqual([null, null, 'Carl Colleague is offline']);
      const run = await t.api(`/api/conversations/${id}/macros/${macro.id}/run`, { token: holder.token, body: {} });
      expect(run.status).toBe(409);
      expect(run.body.message).toBe('actions[2] (assign): Carl Colleague is offline; nothing was done');
      expect((await conversation(t, admin, id)).priority).toBe('normal');
      expect((await messages(id)).filter((m) => m.private)).toEqual([]);
      expect((await events(id)).some((e) => e.type === 'macro_action')).toBe(false);

      // Once Carl is online it goes through: the transfer is the macro's too.
      sockets.push(await openInbox(t, colleague));
      await t.api('/api/agents/me/status', { method: 'PATCH', token: colleague.token, body: { status: 'online' } });
      expect((await t.api(`/api/conversations/${id}/macros/${macro.id}/run`, { token: holder.token, body: {} })).status).toBe(200);
      expect(await conversation(t, admin, id)).toMatchObject({ assigneeId: colleague.id, priority: 'urgent' });
      await t.api('/api/agents/me/status', { method: 'PATCH', token: colleague.token, body: { status: 'offline' } });
    });

    it('assigns to a team’s queue and closes', async () => {
      const id = await newConversation('Third');
      const toTeam = (await create(admin, { name: 'To sales', scope: 'shared', actions: [{ type: 'add-labels', labelIds: [billing] }, { type: 'assign', teamId: sales.id }] })).body.macro;
      const closing = (await create(holder.token, { name: 'Done', scope: 'personal', actions: [{ type: 'send-message', text: 'Bye!' }, { type: 'close' }] })).body.macro;
      // Transferred away, the rest of a close-out macro is not the holder's to do: refused before anything is done.
      const both = (await create(holder.token, { name: 'Away and done', scope: 'personal', actions: [{ type: 'assign', teamId: sales.id }, { type: 'close' }] })).body.macro;
      const refused = await t.api(`/api/conversations/${id}/macros/${both.id}/run`, { token: holder.token, body: {} });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/^actions\[1\] \(close\): the conversation is in the queue/);

      expect((await t.api(`/api/conversations/${id}/macros/${closing.id}/run`, { token: holder.token, body: {} })).body.conversation.status).toBe('closed');
      expect((await t.api(`/api/conversations/${id}/macros/${closing.id}/run`, { token: holder.token, body: {} })).status).toBe(409);

      const other = await newConversation('Fourth');
      const moved = await t.api(`/api/conversations/${other}/macros/${toTeam.id}/run`, { token: holder.token, body: {} });
      expect(moved.status).toBe(200);
      expect(moved.body.conversation).toMatchObject({ status: 'queued', teamId: sales.id, assigneeId: null });
    });

    it('is 404 to another team’s operator, and for a macro the caller may not run', async () => {
      const id = await newConversation('Fifth');
      const shared = (await t.api('/api/macros', { token: stranger.token })).body.items[0] as { id: number };
      expect((await t.api(`/api/conversations/${id}/macros/${shared.id}/preview`, { token: stranger.token, method: 'POST' })).status).toBe(404);
      expect((await t.api(`/api/conversations/${id}/macros/${shared.id}/run`, { token: stranger.token, body: {} })).status).toBe(404);
      const personal = (await t.api('/api/macros?manage=true', { token: holder.token })).body.items[0] as { id: number };
      expect((await t.api(`/api/conversations/${id}/macros/${personal.id}/run`, { token: supervisor.token, body: {} })).status).toBe(404);
    });
  });
});
