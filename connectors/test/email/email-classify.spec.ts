import { describe, expect, it } from 'vitest';
import { classifyEmail, emailBouncedMessage, emailToInboundEvents, explainEmailClassification, parseRawEmail, type EmailClassification } from '../../src/email';
import { parseFixture } from './fixtures';

/** A minimal mail with the given extra header lines. */
async function mailWith(headers: string[], from = 'Jane <jane@example.com>', contentType = 'text/plain; charset=utf-8') {
  return parseRawEmail([`From: ${from}`, 'To: support@example.test', 'Subject: Hello', 'Message-ID: <c@example.com>', ...headers, `Content-Type: ${contentType}`, '', 'Body', ''].join('\r\n'));
}

describe(classifyEmail.name, () => {
  it.each<[string[], EmailClassification]>([
    [[], 'normal'],
    [['Auto-Submitted: no'], 'normal'],
    [['Auto-Submitted: auto-replied'], 'auto-reply'],
    [['Auto-Submitted: auto-generated'], 'auto-reply'],
    [['Auto-Submitted: Auto-Notified; owner-email="x@example.com"'], 'auto-reply'],
    [['X-Autoreply: yes'], 'auto-reply'],
    [['X-Autorespond: Vacation'], 'auto-reply'],
    [['X-Autoreply: no'], 'normal'],
    [['Precedence: auto_reply'], 'auto-reply'],
    [['Precedence: bulk'], 'list'],
    [['Precedence: junk'], 'list'],
    [['Precedence: list'], 'list'],
    [['List-Id: <team.lists.example.com>'], 'list'],
    [['List-Unsubscribe: <mailto:leave@example.com>'], 'list'],
    [['Return-Path: <>'], 'auto-reply'],
    [['Return-Path: <jane@example.com>'], 'normal'],
    [['X-Failed-Recipients: bob@example.org'], 'bounce'],
    // A vacation reply to a list message is still an auto-reply: it must not be answered either way.
    [['Auto-Submitted: auto-replied', 'List-Id: <x.example.com>'], 'auto-reply'],
  ])('classifies headers %j as %s', async (headers, expected) => {
    expect(classifyEmail(await mailWith(headers))).toBe(expected);
  });

  it.each(['MAILER-DAEMON@mx.example.com', 'postmaster@example.org', 'Mailer-Daemon@Example.org'])('takes mail from %s for a bounce', async (from) => {
    expect(classifyEmail(await mailWith([], from))).toBe('bounce');
  });

  it('tells a delivery report from a read receipt', async () => {
    const report = (type: string) => mailWith([], 'Jane <jane@example.com>', `multipart/report; report-type=${type}; boundary=b`);
    expect(classifyEmail(await report('delivery-status'))).toBe('bounce');
    expect(explainEmailClassification(await report('disposition-notification'))).toEqual({
      classification: 'auto-reply',
      reason: 'multipart/report; report-type=disposition-notification',
    });
  });

  it('says which header decided', async () => {
    expect(explainEmailClassification(await mailWith(['X-Autoreply: yes']))).toEqual({ classification: 'auto-reply', reason: 'x-autoreply' });
    expect(explainEmailClassification(await mailWith([]))).toEqual({ classification: 'normal' });
  });
});

describe('bounces', () => {
  it('name the message of ours that failed and why, as a status event next to the message event', async () => {
    const parsed = await parseFixture('bounce');
    const reason = '550 5.1.1 <jon.smith@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
    expect(emailBouncedMessage(parsed)).toEqual({ messageId: '3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test', reason });
    const [message, status] = emailToInboundEvents(parsed);
    expect(message).toMatchObject({ type: 'message', payload: { classification: 'bounce' } });
    expect(status).toEqual({
      type: 'status',
      externalId: '3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test',
      status: 'failed',
      error: reason,
      at: new Date('2024-02-05T10:31:12.000Z'),
    });
  });

  it('give only the message event when the report does not return the original headers', async () => {
    expect(emailToInboundEvents(await parseFixture('out-of-office'))).toHaveLength(1);
    const bare = await mailWith([], 'MAILER-DAEMON@mx.example.com');
    expect(emailBouncedMessage(bare)).toBeUndefined();
    expect(emailToInboundEvents(bare).map((e) => e.type)).toEqual(['message']);
  });
});
