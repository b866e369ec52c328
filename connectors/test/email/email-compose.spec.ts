import { describe, expect, it } from 'vitest';
import { composeEmail, emailFromDisplayName, generateEmailMessageId } from '../../src/email';
import { readSmtpSettings, type SmtpSettings } from '../../src/email/email.settings';
import { ProviderError } from '../../src/types';
import { outboundEmail, SUPPORT } from './fixtures';

const smtp: SmtpSettings = readSmtpSettings(
  { smtpHost: 'smtp.example.test', fromAddress: SUPPORT, fromName: 'Acme Support', signature: 'Acme Support\nhttps://acme.example' },
  {},
);

describe(composeEmail.name, () => {
  it('writes a threaded reply: Re: subject with tag, In-Reply-To, the whole References chain', () => {
    const { mail, messageId } = composeEmail(
      outboundEmail({
        senderName: 'Kate',
        replyToExternalId: 'CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com',
        email: {
          subject: 'Order #48213 has not arrived',
          conversationTag: 1041,
          references: ['CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org', '3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test'],
        },
      }),
      smtp,
      [],
    );
    expect(messageId).toMatch(/^[0-9a-f-]{36}@example\.test$/);
    expect(mail).toMatchObject({
      from: { name: 'Kate via Acme Support', address: SUPPORT },
      to: 'john.smith@example.org',
      subject: 'Re: Order #48213 has not arrived [#1041]',
      messageId: `<${messageId}>`,
      inReplyTo: '<CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com>',
      references: [
        '<CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org>',
        '<3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test>',
        '<CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com>',
      ],
    });
    expect(mail.headers).toBeUndefined();
  });

  it('starts a new thread without threading headers, keeping the subject and tag', () => {
    const { mail } = composeEmail(outboundEmail({ email: { subject: 'Your order shipped', conversationTag: 7 } }), smtp, []);
    expect(mail.subject).toBe('Your order shipped [#7]');
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.references).toBeUndefined();
    expect(composeEmail(outboundEmail(), smtp, []).mail.subject).toBe('(no subject)');
  });

  it('sends plain text and escaped HTML with the line breaks and the inbox signature', () => {
    const { mail } = composeEmail(outboundEmail({ text: 'Hi <Anna> & co,\r\nsee you\n' }), smtp, []);
    expect(mail.text).toBe('Hi <Anna> & co,\nsee you\n\n-- \nAcme Support\nhttps://acme.example\n');
    expect(mail.html).toBe(
      '<div dir="auto">Hi &#60;Anna&#62; &#38; co,<br>\nsee you</div>\n<br>\n<div class="signature" style="color:#666">-- <br>\nAcme Support<br>\nhttps://acme.example</div>',
    );
  });

  it('marks automatic messages with Auto-Submitted and asks Exchange not to answer them', () => {
    const { mail } = composeEmail(outboundEmail({ email: { automatic: true } }), smtp, []);
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' });
  });

  it('reuses a Message-ID chosen earlier, so a retry keeps its id', () => {
    const id = generateEmailMessageId(SUPPORT);
    expect(composeEmail(outboundEmail({ email: { messageId: `<${id}>` } }), smtp, []).messageId).toBe(id);
  });

  it('attaches files with their names and types, and allows a mail of attachments only', () => {
    const { mail } = composeEmail(outboundEmail({ text: '' }), smtp, [{ fileName: 'label.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF') }]);
    expect(mail.attachments).toEqual([{ filename: 'label.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF') }]);
  });

  it('refuses what cannot be delivered, permanently', () => {
    const refuse = (overrides: Parameters<typeof outboundEmail>[0]) => {
      try {
        composeEmail(outboundEmail(overrides), smtp, []);
      } catch (err) {
        return err;
      }
      return undefined;
    };
    expect(refuse({ text: '   ' })).toMatchObject({ code: 'permanent' });
    expect(refuse({ recipientExternalId: 'not an address' })).toBeInstanceOf(ProviderError);
    expect(refuse({ recipientExternalId: 'a@b.c\r\nBcc: x@y.z' })).toMatchObject({ code: 'permanent' });
  });
});

describe('From display name', () => {
  it('names the operator on behalf of the inbox', () => {
    expect(emailFromDisplayName({ fromName: 'Acme Support' }, 'Kate')).toBe('Kate via Acme Support');
    expect(emailFromDisplayName({ inboxName: 'Sales' }, 'Kate')).toBe('Kate via Sales');
    expect(emailFromDisplayName({ fromName: 'Acme Support' })).toBe('Acme Support');
    expect(emailFromDisplayName({}, ' Kate ')).toBe('Kate');
    expect(emailFromDisplayName({})).toBeUndefined();
  });
});
