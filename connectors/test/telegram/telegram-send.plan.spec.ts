import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/types';
import { MAX_TEXT_CHARS, planTelegramSend, splitText, uploadMethod } from '../../src/telegram/telegram-send.plan';
import { attachment, outboundMessage } from './fixtures';

const png = attachment('a.png', 'image/png', Buffer.from('png'));
const pdf = attachment('b.pdf', 'application/pdf', Buffer.from('pdf'));

describe(planTelegramSend.name, () => {
  it('sends a short text as one message', () => {
    expect(planTelegramSend(outboundMessage({ text: 'Hi' })).steps).toEqual([{ kind: 'text', text: 'Hi' }]);
  });

  it('splits a text longer than Telegram allows into several messages', () => {
    const text = `${'a'.repeat(3000)}\n${'b'.repeat(3000)}`;
    const steps = planTelegramSend(outboundMessage({ text })).steps;
    expect(steps).toEqual([
      { kind: 'text', text: 'a'.repeat(3000) },
      { kind: 'text', text: 'b'.repeat(3000) },
    ]);
  });

  it('puts a short text on the first attachment as its caption', () => {
    const steps = planTelegramSend(outboundMessage({ text: 'Your invoice', attachments: [pdf, png] })).steps;
    expect(steps).toEqual([
      { kind: 'attachment', attachment: pdf, caption: 'Your invoice' },
      { kind: 'attachment', attachment: png },
    ]);
  });

  it('sends a text too long for a caption before the attachments', () => {
    const text = 'x'.repeat(1500);
    const steps = planTelegramSend(outboundMessage({ text, attachments: [png] })).steps;
    expect(steps).toEqual([{ kind: 'text', text }, { kind: 'attachment', attachment: png }]);
  });

  it('takes the message id part of the reply target', () => {
    expect(planTelegramSend(outboundMessage({ text: 'ok', replyToExternalId: '111222333:61' })).replyToMessageId).toBe(61);
    expect(planTelegramSend(outboundMessage({ text: 'ok', replyToExternalId: 'cb:abc' })).replyToMessageId).toBeUndefined();
  });

  it('lays buttons out one per row with their payload as callback data', () => {
    const plan = planTelegramSend(
      outboundMessage({ text: 'Rate us', buttons: [{ title: 'Good', payload: 'csat:5' }, { title: 'Bad', payload: 'csat:1' }] }),
    );
    expect(plan.keyboard).toEqual({
      inline_keyboard: [[{ text: 'Good', callback_data: 'csat:5' }], [{ text: 'Bad', callback_data: 'csat:1' }]],
    });
  });

  it.each([
    ['a payload over 64 bytes', { title: 'Long', payload: 'p'.repeat(65) }],
    ['a payload over 64 bytes in UTF-8 only', { title: 'Long', payload: 'ж'.repeat(33) }],
    ['an empty payload', { title: 'Empty', payload: '' }],
    ['an empty title', { title: ' ', payload: 'x' }],
  ])('refuses %s as permanent', (_, button) => {
    const send = () => planTelegramSend(outboundMessage({ text: 'Hi', buttons: [button] }));
    expect(send).toThrowError(ProviderError);
    expect(send).toThrowError(expect.objectContaining({ code: 'permanent' }));
  });

  it('accepts a payload of exactly 64 bytes', () => {
    expect(() => planTelegramSend(outboundMessage({ text: 'Hi', buttons: [{ title: 'ok', payload: 'p'.repeat(64) }] }))).not.toThrow();
  });

  it('refuses an empty message and a recipient that is not a chat id', () => {
    expect(() => planTelegramSend(outboundMessage({ text: '  ' }))).toThrowError(expect.objectContaining({ code: 'permanent' }));
    expect(() => planTelegramSend(outboundMessage({ text: 'Hi', recipientExternalId: 'anna@example.com' }))).toThrowError(
      expect.objectContaining({ code: 'permanent' }),
    );
  });
});

describe(splitText.name, () => {
  it('keeps every part within the limit and loses no characters', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const parts = splitText(text, MAX_TEXT_CHARS);
    expect(parts.every((p) => p.length <= MAX_TEXT_CHARS)).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('does not cut an emoji in half', () => {
    const parts = splitText(`${'a'.repeat(9)}😀b`, 10);
    expect(parts).toEqual(['a'.repeat(9), '😀b']);
  });
});

describe(uploadMethod.name, () => {
  it('sends JPEG, PNG and WebP as photos and everything else as documents', () => {
    expect(uploadMethod('image/jpeg', 1000)).toBe('sendPhoto');
    expect(uploadMethod('image/png', 1000)).toBe('sendPhoto');
    expect(uploadMethod('image/gif', 1000)).toBe('sendDocument');
    expect(uploadMethod('application/pdf', 1000)).toBe('sendDocument');
  });

  it('sends a photo over 10 MB as a document', () => {
    expect(uploadMethod('image/jpeg', 11 * 1024 * 1024)).toBe('sendDocument');
  });
});
