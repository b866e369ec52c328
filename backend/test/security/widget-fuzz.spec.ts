import { randomUUID } from 'node:crypto';
import { BadRequestException } from '@nestjs/common';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WidgetContactDto, WidgetCsatDto, WidgetHistoryDto, WidgetSendDto, WidgetTypingDto } from '../../src/channels/webchat/widget.dto';
import { parsePayload } from '../../src/common/validation.pipe';
import { rowCounts } from '../support/telegram-fixtures';
import { connectVisitor, startTestApp, type TestApp } from '../support/test-app';

const RUNS = 10_000;

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 2 ** 53, 1e308, Number.NaN),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '__proto__', 'constructor', '{"$gt":""}'),
  fc.boolean(),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 12 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** A payload with the DTO's own fields (each sometimes junk) and sometimes extra ones. */
const payloadOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    fc.record(Object.fromEntries(Object.entries(fields).map(([k, good]) => [k, fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: junk, weight: 1 })])), { requiredKeys: [] }),
    fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'visitorId', 'inboxId'), junk, { maxKeys: 2 })).map(([a, b]) => ({ ...a, ...b })),
    fc.anything(),
  );

const DTOS: Array<[string, new () => object, fc.Arbitrary<unknown>]> = [
  ['message.send', WidgetSendDto, payloadOf({ text: fc.string({ maxLength: 300 }), clientMessageId: fc.uuid(), attachments: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 11 }) })],
  ['history', WidgetHistoryDto, payloadOf({ before: fc.integer() })],
  ['contact.update', WidgetContactDto, payloadOf({ name: fc.string({ maxLength: 210 }), email: fc.oneof(fc.emailAddress(), fc.string()) })],
  ['csat.submit', WidgetCsatDto, payloadOf({ conversationId: fc.integer(), score: fc.integer({ min: -1, max: 7 }), comment: fc.string({ maxLength: 2100 }) })],
  ['typing', WidgetTypingDto, payloadOf({ on: fc.boolean() })],
];

describe('widget payloads under fuzzing', () => {
  for (const [event, dto, payload] of DTOS) {
    it(`${event}: ${RUNS} generated payloads are accepted typed or refused with a 400, never anything else`, async () => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(payload, async (body) => {
          try {
            const parsed = (await parsePayload(dto, body)) as Record<string, unknown>;
            accepted += 1;
            expect(parsed).toBeInstanceOf(dto);
            // Only the DTO's own fields survive: nothing the client adds reaches the domain.
            for (const value of Object.values(parsed)) expect(value).not.toBeNull();
            for (const key of Object.keys(parsed)) expect(Object.keys(new dto()).concat(['text', 'clientMessageId', 'attachments', 'before', 'name', 'email', 'conversationId', 'score', 'comment', 'on'])).toContain(key);
          } catch (error) {
            if (!(error instanceof BadRequestException)) throw error;
          }
        }),
        { numRuns: RUNS },
      );
      expect(accepted).toBeGreaterThan(RUNS / 50);
    }, 120_000);
  }
});

describe('the widget socket under fuzzing', () => {
  let t: TestApp;
  let inboxKey: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    const admin = await t.login();
    inboxKey = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Fuzzed' } })).body.inbox.publicKey;
  });
  afterAll(() => t.close());

  it('answers every event with a result or an error, keeps the socket, and stores exactly the messages it acknowledged', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const before = await rowCounts(t);
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(...DTOS.map(([event, , payload]) => fc.tuple(fc.constant(event), payload))), async ([event, body]) => {
        if (event === 'typing') {
          visitor.socket.emit(event, body);
          return;
        }
        const ack = (await visitor.socket.timeout(5000).emitWithAck(event, body)) as Record<string, unknown>;
        expect(ack && typeof ack === 'object').toBe(true);
        if ('error' in ack) {
          expect(typeof ack.error).toBe('string');
          expect(ack.error).not.toMatch(/Something went wrong/);
        }
        if (event === 'message.send' && 'message' in ack) stored += 1;
      }),
      { numRuns: 400 },
    );
    expect(visitor.socket.connected).toBe(true);
    const after = await rowCounts(t);
    expect(after.messages - before.messages).toBe(stored);
    visitor.socket.close();
  }, 120_000);

  it('still serves a well-formed message afterwards', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const ack = await visitor.socket.emitWithAck('message.send', { text: 'still fine', clientMessageId: randomUUID() });
    expect(ack.message.text).toBe('still fine');
    visitor.socket.close();
  });
});

describe('null fields in widget payloads', () => {
  it('are taken as not given, so no handler meets a null where it expects text', async () => {
    expect(await parsePayload(WidgetContactDto, { email: null, name: 'Ann' })).toEqual(Object.assign(new WidgetContactDto(), { name: 'Ann' }));
    expect(await parsePayload(WidgetSendDto, { text: null, clientMessageId: 'abcdefgh-1' })).toEqual(Object.assign(new WidgetSendDto(), { clientMessageId: 'abcdefgh-1' }));
  });
});
