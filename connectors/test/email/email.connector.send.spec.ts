import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmailConnector } from '../../src/email';
import { ProviderError } from '../../src/types';
import { attachment, emailContext, outboundEmail, SUPPORT } from './fixtures';
import { SmtpSink } from './smtp-sink';

let sink: SmtpSink;
let connector: EmailConnector;
const ctx = () => emailContext({ settings: { smtpPort: sink.port, signature: 'Acme Support team' } });

beforeAll(async () => {
  sink = await SmtpSink.start();
});
beforeEach(() => {
  sink.reset();
  connector = new EmailConnector({ smtp: { timeoutMs: 3000 } });
});
afterEach(() => connector.stop());
afterAll(() => sink.close());

async function sendError(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

describe('EmailConnector.send', () => {
  it('sends a threaded reply with both alternatives, attachments and the Message-ID it returns', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%test\n');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const result = await connector.send(
      outboundEmail({
        senderName: 'Kate',
        text: 'Hello John,\nyour parcel left the warehouse <today>.',
        replyToExternalId: 'CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com',
        attachments: [attachment('label 48213.pdf', 'application/pdf', pdf), attachment('фото.png', 'image/png', png)],
        email: {
          subject: 'Order #48213 has not arrived',
          conversationTag: 1041,
          references: ['CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org', '3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test'],
        },
      }),
      ctx(),
    );

    expect(result.externalId).toMatch(/^[0-9a-f-]{36}@example\.test$/);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.user).toBe('smtp-user');
    expect(mail.envelope).toEqual({ from: SUPPORT, to: ['john.smith@example.org'] });
    expect(mail.header('from')).toBe('Kate via Acme Support <support@example.test>');
    expect(mail.header('message-id')).toBe(`<${result.externalId}>`);
    expect(mail.header('in-reply-to')).toBe('<CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com>');
    expect(mail.header('references')).toBe(
      '<CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org> <3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test> <CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com>',
    );
    expect(mail.header('auto-submitted')).toBeUndefined();
    expect(mail.parsed.subject).toBe('Re: Order #48213 has not arrived [#1041]');
    expect(mail.parsed.text).toBe('Hello John,\nyour parcel left the warehouse <today>.\n\n-- \nAcme Support team\n');
    expect(mail.parsed.html).toContain('<div dir="auto">Hello John,<br>\nyour parcel left the warehouse &#60;today&#62;.</div>');
    expect(mail.parsed.html).toContain('Acme Support team</div>');
    expect(mail.raw.toString('utf8')).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail.parsed.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([
      ['label 48213.pdf', 'application/pdf', pdf.length],
      ['фото.png', 'image/png', png.length],
    ]);
    expect(mail.parsed.attachments[0].content.equals(pdf)).toBe(true);
  });

  it('marks automatic messages Auto-Submitted and encodes non-ASCII names and subjects', async () => {
    await connector.send(outboundEmail({ senderName: 'Бот', text: 'Мы получили ваше письмо.', email: { subject: 'Заказ №48217', conversationTag: 1045, automatic: true } }), ctx());
    const [mail] = sink.received;
    expect(mail.header('auto-submitted')).toBe('auto-replied');
    expect(mail.parsed.subject).toBe('Заказ №48217 [#1045]');
    expect(mail.parsed.from?.value[0]).toEqual({ name: 'Бот via Acme Support', address: SUPPORT });
    expect(mail.header('subject')).toMatch(/^=\?UTF-8\?/i);
  });

  it('keeps one pooled connection per inbox and replaces it when the credentials change', async () => {
    await connector.send(outboundEmail({ text: 'one' }), ctx());
    await connector.send(outboundEmail({ text: 'two' }), ctx());
    expect(sink.received).toHaveLength(2);
    expect(sink.connections).toBe(1);

    const changed = emailContext({ settings: { smtpPort: sink.port }, secrets: { smtpPassword: 'wrong' } });
    expect((await sendError(connector.send(outboundEmail(), changed))).code).toBe('auth');
  });

  it('maps refusals: 5xx permanent, 4xx temporary, throttling rate-limited', async () => {
    sink.failNext('rcpt', 550, '5.1.1 <john.smith@example.org>: Recipient address rejected: User unknown');
    expect(await sendError(connector.send(outboundEmail(), ctx()))).toMatchObject({ code: 'permanent', message: expect.stringMatching(/550 5\.1\.1/) });

    sink.failNext('rcpt', 450, '4.2.0 Mailbox temporarily unavailable');
    expect((await sendError(connector.send(outboundEmail(), ctx()))).code).toBe('temporary');

    sink.failNext('data', 451, '4.7.1 Rate limit exceeded, try again later');
    expect((await sendError(connector.send(outboundEmail(), ctx()))).code).toBe('rate-limited');

    sink.failNext('data', 552, '5.3.4 Message size exceeds fixed limit');
    expect((await sendError(connector.send(outboundEmail(), ctx()))).code).toBe('permanent');

    // And the pool still works afterwards.
    await connector.send(outboundEmail({ text: 'after the errors' }), ctx());
    expect(sink.received.map((m) => m.parsed.text?.split('\n')[0])).toEqual(['after the errors']);
  });

  it('reports a server that cannot be reached as temporary, and bad settings as permanent', async () => {
    const closed = emailContext({ settings: { smtpPort: 1 } });
    expect((await sendError(connector.send(outboundEmail(), closed))).code).toBe('temporary');
    expect((await sendError(connector.send(outboundEmail(), emailContext({ settings: { smtpHost: '' } })))).code).toBe('permanent');
    expect((await sendError(connector.send(outboundEmail({ recipientExternalId: 'nobody' }), ctx()))).code).toBe('permanent');
  });
});

describe('EmailConnector.testConnection', () => {
  it('checks SMTP login and says when IMAP is not configured', async () => {
    const { settings, secrets } = ctx();
    expect(await connector.testConnection(settings, secrets)).toEqual({
      imap: { ok: false, error: 'IMAP is not configured (imapHost is empty)', code: 'permanent' },
      smtp: { ok: true },
    });
    const wrong = await connector.testConnection(settings, { ...secrets, smtpPassword: 'nope' });
    expect(wrong.smtp).toMatchObject({ ok: false, code: 'auth', error: expect.stringMatching(/535/) });
  });
});
