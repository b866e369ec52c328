import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createTelegramInbox, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

/**
 * Statements per Telegram update, one at a time (no batching to share them
 * with), from the webhook to its answer and on to the operator's push, on
 * both databases (docs/benchmarks.md, "Ceiling"). A change that adds a round
 * trip to either path fails here; one that removes some lowers the budget.
 *
 * A message to a known open conversation: the look-up of sender and
 * conversation; the INSERT (the webhook is answered once it is committed);
 * then, for the push, UPDATE lastMessageAt and the conversation with its
 * labels (one statement). The message came without files, so they are not
 * looked up.
 */
const KNOWN_CONVERSATION_BUDGET = 4;
/**
 * A new customer, until the webhook is answered: the look-up that finds no
 * sender, then one transaction (BEGIN, the contact, its identity, the
 * conversation with its last message time, its events in one INSERT, the
 * message, COMMIT).
 */
const NEW_CUSTOMER_ANSWER_BUDGET = 8;
/**
 * A new customer, in all: the above, then the bot check, routing and
 * assignment, automation, the pushes, and the live floor's refresh for
 * supervisors, which presents each open conversation with its customer and
 * last message (a few reads, debounced): 42 on SQLite, 40 on MariaDB.
 */
const NEW_CUSTOMER_BUDGET = 42;

describe('statements per inbound message', () => {
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;
  const statements: string[] = [];
  /** How many statements had been sent when the webhook's answer was written. */
  let sentWhenAnswered = 0;

  beforeAll(async () => {
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com' });
    ({ inbox: { id: inboxId }, secret } = await createTelegramInbox(tt));
    // SQLite shares one query runner whose query is its own (wrapped) property; MySQL makes one per connection.
    const runner = tt.t.app.get(DataSource).createQueryRunner();
    const owner = (Object.hasOwn(runner, 'query') ? runner : Object.getPrototypeOf(runner)) as { query: (sql: string, ...rest: unknown[]) => Promise<unknown> };
    if (owner !== runner) await runner.release();
    const query = owner.query;
    owner.query = function (this: unknown, sql: string, ...rest: unknown[]) {
      statements.push(sql.replace(/\s+/g, ' ').slice(0, 120));
      return query.call(this, sql, ...rest);
    };
    // First in line, ahead of the webhook lane: what the server sends after its answer is not part of the answer's cost.
    (tt.t.app.getHttpServer() as Server).prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      const end = res.end;
      res.end = function (this: ServerResponse, ...args: Parameters<ServerResponse['end']>) {
        sentWhenAnswered = statements.length;
        return end.apply(this, args);
      } as ServerResponse['end'];
    });
  });
  afterAll(() => tt.close());

  async function count(chat: number, messageId: number) {
    await new Promise((r) => setTimeout(r, 300));
    statements.length = 0;
    const heard = new Promise((resolve) => tt.operator.once('message.created', resolve));
    expect((await postUpdate(tt, inboxId, secret, messageUpdate(chat, messageId, { text: `message ${messageId}` }))).status).toBe(200);
    await heard;
    await new Promise((r) => setTimeout(r, 300));
    return { answered: statements.slice(0, sentWhenAnswered), all: [...statements] };
  }

  it('counts the statements of a message to a known open conversation and of a new customer, within their budgets', async () => {
    // Timers (heartbeats, leases, the floor's refresh) may add a statement to one sample, never take one away: the fewest counts.
    const fewest = (samples: string[][]) => samples.reduce((a, b) => (b.length < a.length ? b : a));
    await count(720_001, 1);
    const known = fewest([await count(720_001, 2), await count(720_001, 3), await count(720_001, 4)].map((sample) => sample.all));
    const fresh = [await count(720_002, 1), await count(720_003, 1), await count(720_004, 1)];
    const freshAnswered = fewest(fresh.map((sample) => sample.answered));
    const freshAll = fewest(fresh.map((sample) => sample.all));
    console.log(
      `[inbound queries] known open conversation: ${known.length}; new customer until answered: ${freshAnswered.length}, ` +
        `in all (contact, conversation, routing, automation, push): ${freshAll.length}`,
    );
    expect(known.length, `statements for a message to a known open conversation:\n${known.join('\n')}`).toBeLessThanOrEqual(KNOWN_CONVERSATION_BUDGET);
    expect(freshAnswered.length, `statements for a new customer until the webhook is answered:\n${freshAnswered.join('\n')}`).toBeLessThanOrEqual(NEW_CUSTOMER_ANSWER_BUDGET);
    expect(freshAll.length, `statements for a new customer:\n${freshAll.join('\n')}`).toBeLessThanOrEqual(NEW_CUSTOMER_BUDGET);
  });
});
