import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmailConnector } from '../../src/email/email.connector';
import { EmailPayloadError } from '../../src/email/email.errors';
import { TelegramConnector } from '../../src/telegram/telegram.connector';
import { TelegramPayloadError } from '../../src/telegram/telegram.errors';
import type { InboundEvent } from '../../src/types';

/**
 * Every inbound parser, fed 10,000 generated inputs: well-formed payloads,
 * well-formed ones with one field replaced by anything, and anything at all.
 * A parser either returns well-formed events or throws its own payload
 * error (which the backend answers with 400); any other exception (a
 * TypeError deep inside) would be a 500 and fails the property.
 */
const RUNS = 10_000;

function expectWellFormed(events: InboundEvent[]): void {
  expect(Array.isArray(events)).toBe(true);
  for (const event of events) {
    expect(typeof event.externalId).toBe('string');
    expect(event.externalId.length).toBeGreaterThan(0);
    if (event.type === 'message') {
      expect(typeof event.sender.externalId).toBe('string');
      expect(event.sender.externalId.length).toBeGreaterThan(0);
      if (event.text !== undefined) expect(typeof event.text).toBe('string');
      expect(event.sentAt instanceof Date && !Number.isNaN(event.sentAt.getTime())).toBe(true);
    }
  }
}

/** Sets `path` (a.b.c) in a deep copy of `value`. */
function replaceAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string, unknown> = value && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {};
  copy[path[0]] = replaceAt(copy[path[0]], path.slice(1), replacement);
  return copy;
}

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.bigInt().map(String),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.boolean(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
);

describe('Telegram update parser under fuzzing', () => {
  const connector = new TelegramConnector();
  const user = fc.record({ id: fc.integer({ min: 1, max: 2 ** 40 }), is_bot: fc.boolean(), first_name: fc.string({ maxLength: 40 }), username: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), language_code: fc.option(fc.constantFrom('en', 'ru', 'uk', 'xx-YY', ''), { nil: undefined }) });
  const photo = fc.array(fc.record({ file_id: fc.string({ minLength: 1, maxLength: 20 }), file_unique_id: fc.string({ minLength: 1, maxLength: 10 }), width: fc.nat(), height: fc.nat(), file_size: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 1, maxLength: 3 });
  const message = fc.record(
    {
      message_id: fc.integer({ min: 1, max: 2 ** 31 }),
      date: fc.integer({ min: 0, max: 2 ** 32 }),
      chat: fc.record({ id: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), type: fc.constantFrom('private', 'private', 'private', 'group', 'supergroup', 'channel') }),
      from: user,
      text: fc.string({ unit: 'binary', maxLength: 200 }),
      caption: fc.string({ maxLength: 50 }),
      photo,
      document: fc.record({ file_id: fc.string({ minLength: 1 }), file_unique_id: fc.string({ minLength: 1 }), file_name: fc.string(), mime_type: fc.string(), file_size: fc.nat() }),
      voice: fc.record({ file_id: fc.string({ minLength: 1 }), file_unique_id: fc.string({ minLength: 1 }), duration: fc.nat() }),
      location: fc.record({ latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }) }),
      contact: fc.record({ phone_number: fc.string(), first_name: fc.string() }),
      sticker: fc.record({ file_id: fc.string({ minLength: 1 }), file_unique_id: fc.string({ minLength: 1 }), width: fc.nat(), height: fc.nat(), is_animated: fc.boolean(), is_video: fc.boolean(), type: fc.constant('regular') }),
      entities: fc.array(fc.record({ type: fc.string({ maxLength: 10 }), offset: fc.integer(), length: fc.integer() }), { maxLength: 3 }),
      reply_to_message: fc.record({ message_id: fc.nat(), date: fc.nat(), chat: fc.record({ id: fc.integer(), type: fc.constant('private') }) }),
    },
    { requiredKeys: ['message_id', 'date', 'chat', 'from'] },
  );
  const callback = fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), from: user, chat_instance: fc.string(), data: fc.string({ maxLength: 80 }), message: fc.option(message, { nil: undefined }) }, { requiredKeys: ['id', 'from'] });
  const update = fc.oneof(
    fc.record({ update_id: fc.nat(), message }),
    fc.record({ update_id: fc.nat(), edited_message: message }),
    fc.record({ update_id: fc.nat(), callback_query: callback }),
    fc.record({ update_id: fc.nat(), channel_post: message }),
  );
  const paths = ['update_id', 'message', 'message.chat', 'message.chat.id', 'message.from', 'message.from.id', 'message.date', 'message.text', 'message.photo', 'message.document', 'message.document.file_id', 'message.voice', 'message.location.latitude', 'message.entities', 'message.reply_to_message', 'callback_query.from', 'callback_query.id', 'callback_query.data', 'callback_query.message', 'edited_message.message_id'];
  const mutated = fc.tuple(update, fc.constantFrom(...paths), junk).map(([u, path, value]) => replaceAt(u, path.split('.'), value));

  it(`returns events or a payload error for ${RUNS} generated updates, never anything else`, () => {
    let messages = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: update, weight: 3 }, { arbitrary: mutated, weight: 5 }, { arbitrary: fc.anything(), weight: 2 }), (body) => {
        try {
          const events = connector.parseInbound({ headers: {}, query: {}, body });
          expectWellFormed(events);
          if (events.some((e) => e.type === 'message')) messages += 1;
        } catch (error) {
          if (!(error instanceof TelegramPayloadError)) throw error;
          expect(error.field.length).toBeGreaterThan(0);
          refused += 1;
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes really happen: the generator reaches the parser's depths, not just its first check.
    expect(messages).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeGreaterThan(RUNS / 10);
  });
});

describe('e-mail parser under fuzzing', () => {
  const connector = new EmailConnector();
  const headerValue = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('=?utf-8?B?0J/RgNC40LLQtdGC?=', '=?koi8-r?Q?=F0=D2=C9?=', '=?bogus?X?zz?=', '<a@b>', '"Ann" <ann@example.com>', 'undisclosed-recipients:;', '<script>alert(1)</script>@x', 'a@b, c@d, <e@f>', ''),
  );
  const header = fc.tuple(fc.constantFrom('From', 'To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Content-Type', 'Content-Transfer-Encoding', 'Auto-Submitted', 'X-Junk', 'Return-Path'), headerValue).map(([n, v]) => `${n}: ${v}`);
  const contentType = fc.constantFrom('text/plain; charset=utf-8', 'text/html; charset=windows-1251', 'multipart/mixed; boundary=b1', 'multipart/alternative; boundary="b1"', 'message/rfc822', 'image/png; name="x.png"', 'multipart/report; report-type=delivery-status; boundary=b1', 'text/plain; charset=unknown-8bit');
  const body = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('--b1\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b1--', '--b1\r\nContent-Type: text/html\r\n\r\n<img src=x onerror=alert(1)><svg onload=alert(2)>\r\n--b1--', '--b1\r\n\r\n--b1', 'PGh0bWw+', '=E2=80=\r\n', '\u0000\u0001\u0002'),
  );
  const mail = fc
    .tuple(fc.option(fc.emailAddress(), { freq: 8, nil: null }), fc.array(header, { maxLength: 8 }), contentType, fc.boolean(), body, fc.constantFrom('\r\n', '\n'))
    .map(([from, headers, type, withType, text, eol]) => [...(from ? [`From: ${from}`] : []), ...headers, ...(withType ? [`Content-Type: ${type}`] : []), '', text].join(eol));
  const raw = fc.oneof({ arbitrary: mail, weight: 8 }, { arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)), weight: 1 }, { arbitrary: fc.string({ maxLength: 200 }), weight: 1 });

  it(`returns events or a payload error for ${RUNS} generated mails, never anything else`, async () => {
    let withHtml = 0;
    let messages = 0;
    await fc.assert(
      fc.asyncProperty(raw, async (input) => {
        try {
          const events = await connector.parseRaw(input);
          expectWellFormed(events);
          if (events.some((e) => e.type === 'message')) messages += 1;
          for (const event of events) {
            const html = event.type === 'message' ? (event.payload as { html?: string } | undefined)?.html : undefined;
            // The stored HTML is sanitized: no script, no handler attribute survives.
            if (html) {
              withHtml += 1;
              expect(html).not.toMatch(/<script|\son\w+\s*=|javascript:/i);
            }
          }
        } catch (error) {
          if (!(error instanceof EmailPayloadError)) throw error;
        }
      }),
      { numRuns: RUNS },
    );
    expect(messages).toBeGreaterThan(RUNS / 2);
    expect(withHtml).toBeGreaterThan(RUNS / 100);
  }, 300_000);
});
