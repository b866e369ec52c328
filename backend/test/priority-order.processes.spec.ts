import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { useProcessGroup, type BackendProcess } from './support/backend-process';
import { waitFor } from './support/operators';
import { connectSocket, connectVisitor } from './support/test-app';

// Several processes share MariaDB + Redis; SQLite is written by one process, which still serves drains side by side.
const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
const PROCESSES = Number(process.env.PRIORITY_PROCESSES ?? (scaledOut ? 3 : 1));
const OPERATORS = 4;
const WAITING = 24;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** Small seeded generator so a failing run can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

interface Listed {
  id: number;
  status: string;
  assigneeId: number | null;
  priority: (typeof PRIORITIES)[number];
  queuedAt: string | null;
}

/**
 * Three processes on one MariaDB and one Redis (one on SQLite) serve one queue: every time
 * operators free their slots at once, through different processes, the
 * conversations they get are the first ones in the queue's order (priority,
 * then who has waited longest), never a later one while an earlier one waits.
 */
describe(`the queue drains by priority, then wait, with ${PROCESSES} process(es)`, () => {
  const group = useProcessGroup('priority-order');
  const sockets: Socket[] = [];
  const random = prng(Number(process.env.PRIORITY_SEED ?? 20261207));
  afterAll(() => sockets.forEach((s) => s.close()));

  async function login(p: BackendProcess, email: string): Promise<string> {
    return (await p.api('/api/auth/login', { token: null, body: { email, password: 'operator-pass-1' } })).body.accessToken as string;
  }

  async function visitorWrites(p: BackendProcess, inboxKey: string): Promise<number> {
    const visitor = await connectVisitor(p.url, inboxKey);
    try {
      const ack = await visitor.socket.emitWithAck('message.send', { text: 'Hello', clientMessageId: randomUUID() });
      if (!ack.message) throw new Error(`send failed: ${JSON.stringify(ack)}`);
      return ack.message.conversationId as number;
    } finally {
      visitor.socket.close();
    }
  }

  it('gives each freed slot the next conversation in order, with slots freed through every process at once', async () => {
    const processes: BackendProcess[] = [];
    for (let i = 0; i < PROCESSES; i++) processes.push(await group.start());
    const [first] = processes;
    const pick = () => processes[Math.floor(random() * processes.length)];
    const inbox = (await first.api('/api/inboxes', { body: { type: 'webchat', name: 'Site' } })).body.inbox as { id: number; publicKey: string };

    // Operators with one slot each, their inbox open on different processes.
    const operators: Array<{ id: number; token: string }> = [];
    for (let i = 0; i < OPERATORS; i++) {
      const email = `op${i}@test.local`;
      const created = await first.api('/api/agents', { body: { email, password: 'operator-pass-1', name: `Operator ${i}`, maxChats: 1 } });
      expect(created.status).toBe(201);
      const home = processes[i % PROCESSES];
      const token = await login(home, email);
      sockets.push(await connectSocket(`${home.url}/agents`, { token }));
      expect((await home.api('/api/agents/me/status', { method: 'PATCH', token, body: { status: 'online' } })).status).toBe(200);
      operators.push({ id: created.body.agent.id, token });
    }
    const list = async (): Promise<Listed[]> => {
      const [queued, assigned] = await Promise.all(['queued', 'assigned'].map((status) => first.api(`/api/conversations?view=all&status=${status}&limit=100`)));
      return [...queued.body.items, ...assigned.body.items] as Listed[];
    };

    // Every operator is busy, then the queue fills, each with a priority given as it arrives.
    for (let i = 0; i < OPERATORS; i++) await visitorWrites(pick(), inbox.publicKey);
    await waitFor(list, (rows) => rows.filter((c) => c.status === 'assigned').length === OPERATORS, 10_000, 'every operator busy');
    for (let i = 0; i < WAITING; i++) {
      const id = await visitorWrites(pick(), inbox.publicKey);
      const priority = PRIORITIES[Math.floor(random() * PRIORITIES.length)];
      expect((await pick().api(`/api/conversations/${id}`, { method: 'PATCH', body: { priority } })).status).toBe(200);
    }

    const rank = (c: Listed) => PRIORITIES.indexOf(c.priority);
    const serviceOrder = (rows: Listed[]) =>
      rows
        .filter((c) => c.status === 'queued')
        .sort((a, b) => rank(b) - rank(a) || Date.parse(a.queuedAt ?? '') - Date.parse(b.queuedAt ?? '') || a.id - b.id)
        .map((c) => c.id);

    const outOfOrder: string[] = [];
    for (let round = 1; ; round++) {
      const before = await list();
      const expected = serviceOrder(before);
      if (expected.length === 0) break;
      const held = before.filter((c) => c.status === 'assigned');
      // Everyone closes at once, each close through some process: each freed slot drains the queue there.
      await Promise.all(held.map((c) => pick().api(`/api/conversations/${c.id}/close`, { method: 'POST' })));
      const served = Math.min(held.length, expected.length);
      const after = await waitFor(list, (rows) => rows.filter((c) => c.status === 'assigned').length === served, 15_000, `round ${round}: ${served} freed slots taken`);
      const taken = after.filter((c) => c.status === 'assigned').map((c) => c.id).sort((a, b) => a - b);
      const due = expected.slice(0, served).sort((a, b) => a - b);
      if (JSON.stringify(taken) !== JSON.stringify(due)) outOfOrder.push(`round ${round}: took ${taken.join(',')}, due ${due.join(',')} (queue in order: ${expected.join(',')})`);
    }
    expect(outOfOrder).toEqual([]);
  }, 180_000);
});
