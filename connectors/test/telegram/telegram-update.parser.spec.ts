import { describe, expect, it } from 'vitest';
import { TelegramConnector, TelegramPayloadError } from '../../src/telegram';
import { TRUNCATION_MARKER } from '../../src/inbound-text';
import { MAX_INBOUND_TEXT_BYTES, truncateUtf8 } from '../../src/telegram/telegram-update.parser';
import type { InboundMessageEvent } from '../../src/types';
import { telegramFixture, webhookRequest } from './fixtures';

const PRESSED_AT = new Date('2024-05-29T16:30:00Z');
const connector = new TelegramConnector({ now: () => PRESSED_AT });
const SENT_AT = new Date(1717000000 * 1000);
const ANNA = { externalId: '111222333', name: 'Anna Kowalski', username: 'anna_k', language: 'pl' };

function parse(body: unknown) {
  return connector.parseInbound(webhookRequest(body));
}

function parseOne(fixture: string): InboundMessageEvent {
  const events = parse(telegramFixture(fixture));
  expect(events).toHaveLength(1);
  return events[0] as InboundMessageEvent;
}

describe('TelegramConnector.parseInbound', () => {
  it('turns a text message into a text event keyed by chat and message id', () => {
    expect(parseOne('text')).toEqual({
      type: 'message',
      externalId: '111222333:51',
      sender: ANNA,
      kind: 'text',
      text: 'Hello, my order #123 has not arrived',
      attachments: [],
      sentAt: SENT_AT,
    });
  });

  it('keeps the largest photo size as an image and the caption as text', () => {
    const event = parseOne('photo');
    expect(event).toMatchObject({ externalId: '111222333:52', kind: 'image', text: 'The parcel arrived damaged' });
    expect(event.attachments).toEqual([{ kind: 'image', providerRef: 'AgAC-photo-x', mimeType: 'image/jpeg', size: 98712 }]);
  });

  it('reads a document as a file with its name and type', () => {
    const event = parseOne('document');
    expect(event).toMatchObject({ kind: 'file', text: 'Invoice attached' });
    expect(event.attachments).toEqual([
      { kind: 'file', providerRef: 'BQAC-doc', fileName: 'invoice-2024-05.pdf', mimeType: 'application/pdf', size: 48213 },
    ]);
  });

  it('reads a voice note as audio', () => {
    const event = parseOne('voice');
    expect(event).toMatchObject({ kind: 'audio', payload: { voice: true } });
    expect(event.text).toBeUndefined();
    expect(event.attachments).toEqual([{ kind: 'audio', providerRef: 'AwAC-voice', mimeType: 'audio/ogg', size: 11205 }]);
  });

  it('reads an audio file as audio', () => {
    const event = parseOne('audio');
    expect(event.kind).toBe('audio');
    expect(event.attachments).toEqual([
      { kind: 'audio', providerRef: 'CQAC-audio', fileName: 'recording.mp3', mimeType: 'audio/mpeg', size: 2930112 },
    ]);
  });

  it('reads a video with its caption', () => {
    const event = parseOne('video');
    expect(event).toMatchObject({ kind: 'video', text: 'See the box' });
    expect(event.attachments).toEqual([
      { kind: 'video', providerRef: 'BAAC-video', fileName: 'unboxing.mp4', mimeType: 'video/mp4', size: 3311120 },
    ]);
  });

  it('reads a round video note as video', () => {
    const event = parseOne('video-note');
    expect(event).toMatchObject({ kind: 'video', payload: { videoNote: true } });
    expect(event.attachments).toEqual([{ kind: 'video', providerRef: 'DQAC-videonote', mimeType: 'video/mp4', size: 512330 }]);
  });

  it('reads a sticker with its emoji', () => {
    const event = parseOne('sticker');
    expect(event).toMatchObject({ kind: 'sticker', payload: { emoji: '👍', setName: 'HotCherry' } });
    expect(event.attachments).toEqual([{ kind: 'sticker', providerRef: 'CAAC-sticker', mimeType: 'image/webp', size: 24370 }]);
  });

  it('reads a location into its coordinates', () => {
    expect(parseOne('location')).toMatchObject({
      kind: 'location',
      attachments: [],
      payload: { latitude: 52.229676, longitude: 21.012229 },
    });
  });

  it('reads a shared contact into phone and name', () => {
    const event = parseOne('contact');
    expect(event.kind).toBe('contact');
    expect(event.payload).toEqual({
      phone: '+48123456789',
      name: 'Piotr Nowak',
      userId: 444555666,
      vcard: 'BEGIN:VCARD\nVERSION:3.0\nFN:Piotr Nowak\nTEL;TYPE=CELL:+48123456789\nEND:VCARD',
    });
  });

  it('marks an edited message as edited under the id of the original', () => {
    const original = parseOne('text');
    const edited = parseOne('edited-message');
    expect(edited).toMatchObject({ externalId: original.externalId, edited: true, text: 'Hello, my order #124 has not arrived' });
    expect(original.edited).toBeUndefined();
  });

  it('links a reply to the message it answers', () => {
    expect(parseOne('reply')).toMatchObject({ externalId: '111222333:61', replyToExternalId: '111222333:34', text: 'Yes, that one' });
  });

  it('turns a button press into a text event carrying the button data', () => {
    expect(parseOne('callback-query')).toEqual({
      type: 'message',
      externalId: 'cb:4382bfdwdsb323b2d9',
      sender: ANNA,
      kind: 'text',
      text: 'csat:yes',
      attachments: [],
      payload: { callbackQueryId: '4382bfdwdsb323b2d9', data: 'csat:yes' },
      replyToExternalId: '111222333:35',
      sentAt: PRESSED_AT,
    });
  });

  it.each(['group-message', 'channel-post', 'my-chat-member'])('ignores %s updates', (fixture) => {
    expect(parse(telegramFixture(fixture))).toEqual([]);
  });

  it('rejects a chat id of the wrong type, naming the field', () => {
    expect(() => parse(telegramFixture('malformed-chat-id'))).toThrowError(TelegramPayloadError);
    expect(() => parse(telegramFixture('malformed-chat-id'))).toThrowError(/message\.chat\.id/);
  });

  it('rejects a body without update_id', () => {
    expect(() => parse(telegramFixture('malformed-no-update-id'))).toThrowError(/update_id/);
  });

  it.each([null, 'hello', 42, [], { update_id: '1' }])('rejects %j as not an update', (body) => {
    expect(() => parse(body)).toThrowError(TelegramPayloadError);
  });

  it('reads the raw bytes when the body was not parsed', () => {
    const raw = Buffer.from(JSON.stringify(telegramFixture('text')));
    expect(connector.parseInbound({ headers: {}, query: {}, body: undefined, rawBody: raw })).toHaveLength(1);
    expect(() => connector.parseInbound({ headers: {}, query: {}, body: '{not json' })).toThrowError(TelegramPayloadError);
  });

  it('names a nested field that has the wrong type', () => {
    const update = telegramFixture('photo');
    ((update.message as { photo: { width: unknown }[] }).photo[1]).width = 'wide';
    expect(() => parse(update)).toThrowError(/message\.photo\[1\]\.width/);
  });

  it('truncates an oversized text to 64 KB with a marker instead of rejecting it', () => {
    const update = telegramFixture('text');
    (update.message as { text: string }).text = 'ж'.repeat(40_000); // 80,000 bytes in UTF-8
    const { text } = parse(update)[0] as InboundMessageEvent;
    expect(Buffer.byteLength(text!, 'utf8')).toBeLessThanOrEqual(MAX_INBOUND_TEXT_BYTES);
    expect(text!.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('truncates an oversized caption the same way', () => {
    const update = telegramFixture('photo');
    (update.message as { caption: string }).caption = 'x'.repeat(70_000);
    const { text } = parse(update)[0] as InboundMessageEvent;
    expect(Buffer.byteLength(text!, 'utf8')).toBe(MAX_INBOUND_TEXT_BYTES);
  });

  it('ignores a message with nothing an operator can read (a service message)', () => {
    const update = telegramFixture('text');
    const message = update.message as Record<string, unknown>;
    delete message.text;
    message.pinned_message = { message_id: 1, chat: message.chat, date: 1 };
    expect(parse(update)).toEqual([]);
  });
});

describe(truncateUtf8.name, () => {
  it('leaves short text alone', () => {
    expect(truncateUtf8('hello', 10, '…')).toBe('hello');
  });

  it('never splits a multi-byte character', () => {
    // '€' is three bytes: 10 bytes leave room for two of them plus the one-byte marker.
    expect(truncateUtf8('€€€€€', 10, '!')).toBe('€€€!');
  });
});
