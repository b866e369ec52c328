import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Agent } from '../src/agents/agent.entity';
import { AgentsService } from '../src/agents/agents.service';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { ConversationsService } from '../src/conversations/conversations.service';
import { RoutingService } from '../src/routing/routing.service';
import { TransfersService } from '../src/routing/transfers.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const onMysql = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '');
if (!onMysql) console.log('Routing stress test skipped: it needs DATABASE_URL=mysql://… (SQLite has one writer, so there is no concurrency to stress)');

const WORKERS = 4;
const OPERATORS = 50;
const CONVERSATIONS = 10_000;
const BURST = 500;
/** A share of the conversations are calls of a voice inbox whose calls take no slot (inbox 2). */
const CALL_SHARE = 0.2;
const CALL_INBOX = 2;

/** Small seeded generator so a failing run can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe.skipIf(!onMysql)('routing under concurrency (MariaDB)', () => {
  let db: TestDatabase;
  let dataDir: string;
  const apps: INestApplication[] = [];
  let data: DataSource;
  const violations: string[] = [];
  const random = prng(Number(process.env.STRESS_SEED ?? 20261123));

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-stress-'));
    const config = loadConfig({
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      APP_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: 'admin-password-1',
      OFFLINE_GRACE_SECONDS: '0',
      // Four processes' pools together stay well inside the server's connection limit.
      DATABASE_POOL_SIZE: '10',
      DEMO: 'false',
    });
    // Four routers, each with its own connection pool and job runner, on one database.
    for (let i = 0; i < WORKERS; i++) apps.push(await createApp(config, false));
    data = apps[0].get(DataSource);
    await data.query("INSERT INTO inboxes (type, name, publicKey, settings, routing, automation) VALUES ('webchat', 'Stress', 'stress-key', '{}', '{}', '{}')");
    await data.query(
      `INSERT INTO inboxes (id, type, name, publicKey, settings, routing, automation) VALUES (${CALL_INBOX}, 'twilio-voice', 'Stress calls', 'stress-calls', '{}', '{"callsTakeSlot":false}', '{}')`,
    );
    const values = Array.from({ length: OPERATORS }, (_, i) => `('op${i}@stress.test', 'Op ${i}', 'x', 'agent', 'online', ${1 + Math.floor(random() * 6)}, '[]', '[]', '[]')`);
    await data.query(`INSERT INTO agents (email, name, passwordHash, role, status, maxChats, languages, skills, segments) VALUES ${values.join(',')}`);
  }, 120_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Checks the limit from one consistent read of the database: only what holds a slot counts, and every call holds none. */
  async function checkLimit(when: string): Promise<void> {
    const rows: Array<{ id: number; maxChats: number; openChats: number; held: number; slotCalls: number }> = await data.query(
      `SELECT a.id, a.maxChats, a.openChats,
        (SELECT COUNT(*) FROM conversations c WHERE c.assigneeId = a.id AND c.status = 'assigned' AND c.holdsSlot = 1) AS held,
        (SELECT COUNT(*) FROM conversations c WHERE c.assigneeId = a.id AND c.status = 'assigned' AND c.holdsSlot = 1 AND c.inboxId = ${CALL_INBOX}) AS slotCalls
       FROM agents a WHERE a.email LIKE '%@stress.test'`,
    );
    for (const r of rows) {
      if (Number(r.held) > Number(r.maxChats)) violations.push(`${when}: agent ${r.id} holds ${r.held} > limit ${r.maxChats}`);
      if (Number(r.held) !== Number(r.openChats)) violations.push(`${when}: agent ${r.id} counter ${r.openChats} but holds ${r.held}`);
      if (Number(r.slotCalls) > 0) violations.push(`${when}: agent ${r.id} has ${r.slotCalls} calls holding a slot`);
    }
  }

  async function createBurst(size: number): Promise<number[]> {
    const contacts = Array.from({ length: size }, () => "(NULL, '{}')").join(',');
    const first = (await data.query(`INSERT INTO contacts (name, attributes) VALUES ${contacts}`)).insertId as number;
    const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
    const rows = Array.from({ length: size }, (_, i) => {
      const inboxId = random() < CALL_SHARE ? CALL_INBOX : 1;
      return `(${inboxId}, ${first + i}, 'queued', '${inboxId}:${first + i}', '${now}', ${Math.floor(random() * 3)})`;
    }).join(',');
    const firstConversation = (await data.query(`INSERT INTO conversations (inboxId, contactId, status, openKey, queuedAt, priority) VALUES ${rows}`)).insertId as number;
    return Array.from({ length: size }, (_, i) => firstConversation + i);
  }

  it('never puts an operator over their limit, loses no conversation and assigns none twice', async () => {
    const routers = apps.map((a) => a.get(RoutingService));
    const transfers = apps.map((a) => a.get(TransfersService));
    const conversations = apps.map((a) => a.get(ConversationsService));
    const agents = apps.map((a) => a.get(AgentsService));
    const supervisor = { id: 0, role: 'admin' } as Agent;
    const operatorIds: number[] = (await data.query("SELECT id FROM agents WHERE email LIKE '%@stress.test'")).map((r: { id: number }) => Number(r.id));

    let running = true;
    const checker = (async () => {
      while (running) {
        await checkLimit('during load');
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    let routed = 0;
    for (let offset = 0; offset < CONVERSATIONS; offset += BURST) {
      const ids = await createBurst(BURST);
      // The burst is routed by all workers at once, interleaved with closes, status flips and transfers.
      const queue = [...ids];
      await Promise.all(
        Array.from({ length: WORKERS * 4 }, async (_, lane) => {
          const w = lane % WORKERS;
          while (queue.length > 0) {
            const id = queue.shift() as number;
            await routers[w].route(id, false);
            routed++;
            const dice = random();
            if (dice < 0.25) {
              const [held] = await data.query("SELECT id FROM conversations WHERE status = 'assigned' ORDER BY RAND() LIMIT 1");
              if (held) await conversations[w].close(null, Number(held.id)).catch(() => undefined);
            } else if (dice < 0.28) {
              const agent = await data.getRepository(Agent).findOneByOrFail({ id: pick(operatorIds) });
              await agents[w].setStatus(agent, agent.status === 'online' ? (random() < 0.5 ? 'away' : 'offline') : 'online');
            } else if (dice < 0.33) {
              const [held] = await data.query("SELECT id FROM conversations WHERE status = 'assigned' ORDER BY RAND() LIMIT 1");
              if (held) await transfers[w].transfer(supervisor, Number(held.id), { agentId: pick(operatorIds) }).catch(() => undefined);
            }
          }
        }),
      );
      await checkLimit(`after burst ${offset / BURST + 1}`);
    }
    // Everyone online, the queue drained by all workers at once.
    await data.query("UPDATE agents SET status = 'online' WHERE email LIKE '%@stress.test'");
    await Promise.all(routers.map((r) => r.drain(null)));
    // Jobs the load left behind (an offline operator's grace period, a retried
    // route) may still requeue a conversation after that drain; their own route
    // jobs must place it. So the router gets a while to settle, no more.
    const count = async (sql: string) => Number((await data.query(sql))[0].n);
    const idleWhileWaiting = async () => {
      // No eligible operator idles while someone waits: a chat needs a free slot, a call only someone online.
      const queuedChats = await count(`SELECT COUNT(*) AS n FROM conversations WHERE status = 'queued' AND inboxId <> ${CALL_INBOX}`);
      const queuedCalls = await count(`SELECT COUNT(*) AS n FROM conversations WHERE status = 'queued' AND inboxId = ${CALL_INBOX}`);
      const free = await count("SELECT COUNT(*) AS n FROM agents WHERE status = 'online' AND openChats < maxChats AND email LIKE '%@stress.test'");
      const online = await count("SELECT COUNT(*) AS n FROM agents WHERE status = 'online' AND email LIKE '%@stress.test'");
      return [
        ...(queuedChats > 0 && free > 0 ? [`${queuedChats} chats queued while ${free} operators have a free slot`] : []),
        ...(queuedCalls > 0 && online > 0 ? [`${queuedCalls} calls queued while ${online} operators are online`] : []),
      ];
    };
    const settledBy = Date.now() + 30_000;
    let idle = await idleWhileWaiting();
    const settleStarted = Date.now();
    while (idle.length > 0 && Date.now() < settledBy) {
      await new Promise((r) => setTimeout(r, 250));
      idle = await idleWhileWaiting();
    }
    console.log(`stress: settled ${Date.now() - settleStarted} ms after the last drain`);
    running = false;
    await checker;
    await checkLimit('at the end');
    expect(routed).toBe(CONVERSATIONS);
    expect(violations.slice(0, 10)).toEqual([]);
    const assignments = Number((await data.query("SELECT COUNT(*) AS n FROM conversation_events WHERE type = 'assigned'"))[0].n);
    console.log(`stress: ${CONVERSATIONS} conversations, ${assignments} assignments, ${WORKERS} routers, limit checked from the database every 20 ms`);
    expect(assignments).toBeGreaterThan(OPERATORS);

    // Nothing lost: every conversation is in exactly one valid state.
    const states: Array<{ status: string; n: number }> = await data.query('SELECT status, COUNT(*) AS n FROM conversations GROUP BY status');
    const total = states.reduce((sum, s) => sum + Number(s.n), 0);
    expect(total).toBe(CONVERSATIONS);
    expect(states.every((s) => ['queued', 'assigned', 'closed'].includes(s.status))).toBe(true);
    // An assigned conversation has an operator; a queued one has none (closed ones keep who served them).
    const orphans = await data.query("SELECT COUNT(*) AS n FROM conversations WHERE (status = 'assigned' AND assigneeId IS NULL) OR (status = 'queued' AND assigneeId IS NOT NULL)");
    expect(Number(orphans[0].n)).toBe(0);
    expect(idle).toEqual([]);
    const callsServed = await count(`SELECT COUNT(*) AS n FROM conversation_events e JOIN conversations c ON c.id = e.conversationId WHERE e.type = 'assigned' AND c.inboxId = ${CALL_INBOX}`);
    console.log(`stress: ${callsServed} assignments of calls that take no slot`);
    expect(callsServed).toBeGreaterThan(0);

    // The event log tells the same story: replayed, no operator ever exceeds the limit
    // and no conversation is assigned while it already has an operator.
    const limits = new Map<number, number>((await data.query('SELECT id, maxChats FROM agents')).map((r: { id: number; maxChats: number }) => [Number(r.id), Number(r.maxChats)]));
    const events: Array<{ conversationId: number; inboxId: number; type: string; agentId: number | null; data: string | null }> = await data.query(
      "SELECT e.conversationId, c.inboxId, e.type, e.agentId, e.data FROM conversation_events e JOIN conversations c ON c.id = e.conversationId WHERE e.type IN ('assigned', 'transferred', 'requeued', 'closed') ORDER BY e.id",
    );
    const holder = new Map<number, number | null>();
    const load = new Map<number, number>();
    const changeLoad = (agentId: number | null | undefined, by: number) => {
      if (!agentId) return;
      const next = (load.get(agentId) ?? 0) + by;
      load.set(agentId, next);
      if (next > (limits.get(agentId) ?? 0)) violations.push(`event log: agent ${agentId} at ${next} > ${limits.get(agentId)}`);
    };
    for (const e of events) {
      const current = holder.get(e.conversationId) ?? null;
      // A call takes no slot, but it is never held by two operators either.
      const change = e.inboxId === CALL_INBOX ? () => undefined : changeLoad;
      if (e.type === 'assigned') {
        if (current !== null) violations.push(`event log: conversation ${e.conversationId} assigned to ${e.agentId} while held by ${current}`);
        holder.set(e.conversationId, e.agentId);
        change(e.agentId, +1);
      } else if (e.type === 'transferred') {
        change(current, -1);
        holder.set(e.conversationId, e.agentId ?? null);
        change(e.agentId, +1);
      } else {
        change(current, -1);
        holder.set(e.conversationId, null);
      }
    }
    expect(violations.slice(0, 10)).toEqual([]);
    const assignedNow = await data.query("SELECT id, assigneeId FROM conversations WHERE status = 'assigned'");
    for (const row of assignedNow) expect(holder.get(Number(row.id))).toBe(Number(row.assigneeId));
  }, 600_000);
});
