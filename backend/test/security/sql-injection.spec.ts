import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites } from '../support/operators';
import { rowCounts } from '../support/telegram-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Filters and search take their values as bound parameters after a
 * class-validator check, never as SQL text. Every query parameter of the
 * list routes is fed injection payloads (blind ones included): the answer
 * is a 200 with no more rows than an honest filter gives, or a 400 naming
 * the field; never a 500, never a change in the database.
 */
const PAYLOADS = [
  "' OR '1'='1",
  "1 OR 1=1",
  "1; DROP TABLE messages; --",
  "1' AND SLEEP(3) AND '1'='1",
  "1) UNION SELECT passwordHash FROM agents --",
  "webchat' OR type LIKE '%",
  "queued' OR status IS NOT NULL OR '",
  "1e3",
  "-1",
  "0x1",
  "1/*",
  "%",
  "\\",
  "\u0000",
];

const ROUTES: Array<{ path: string; params: string[] }> = [
  { path: '/api/conversations', params: ['view', 'status', 'inboxId', 'channel', 'cursor', 'limit'] },
  { path: '/api/conversations/1/messages', params: ['before', 'limit'] },
  { path: '/api/quick-replies', params: ['q', 'manage'] },
  { path: '/api/audit', params: ['entityType', 'entityId', 'actorId', 'cursor', 'limit'] },
];

describe('SQL injection through filters and search', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Site' } })).body.inbox;
    await customerWrites(t, inbox.publicKey, 'one');
    await customerWrites(t, inbox.publicKey, 'two');
  });
  afterAll(() => t.close());

  it('answers injection payloads in every filter with 200 or 400, leaves the data alone and never widens a result', async () => {
    const before = await rowCounts(t);
    const honestAll = (await t.api('/api/conversations?view=all', { token: admin })).body.items.length;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.func(fc.nat()),
        fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 30 })),
        async (route, pick, payload) => {
          const param = route.params[pick() % route.params.length];
          const res = await t.api(`${route.path}?${param}=${encodeURIComponent(payload)}${param === 'view' ? '' : route.path === '/api/conversations' ? '&view=all' : ''}`, { token: admin });
          // A number that names no inbox is a 404 (the inbox filter checks the caller may see it).
          const allowed = param === 'inboxId' ? [200, 400, 404] : [200, 400];
          expect(allowed, `${route.path}?${param}=${payload}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
          if (res.status === 400) expect(String(res.body.message)).toMatch(new RegExp(param));
          if (res.status === 200 && route.path === '/api/conversations' && param !== 'view') expect(res.body.items.length).toBeLessThanOrEqual(honestAll);
        },
      ),
      { numRuns: 400 },
    );
    expect(await rowCounts(t)).toEqual(before);
    expect((await t.api('/api/conversations?view=all', { token: admin })).body.items).toHaveLength(honestAll);
  }, 120_000);

  it('matches a search text literally, wildcards included', async () => {
    await t.api('/api/quick-replies', { token: admin, body: { scope: 'personal', shortcut: 'pct', title: '100% sure', content: 'Yes' } });
    await t.api('/api/quick-replies', { token: admin, body: { scope: 'personal', shortcut: 'other', title: 'Other', content: 'No' } });
    const titles = async (q: string) => (await t.api(`/api/quick-replies?q=${encodeURIComponent(q)}`, { token: admin })).body.items.map((r: { title: string }) => r.title);
    expect(await titles('%')).toEqual(['100% sure']);
    expect(await titles("' OR '1'='1")).toEqual([]);
  });
});
