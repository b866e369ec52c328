import { describe, expect, it } from 'vitest';
import { emailThread } from './email-thread';

const inbound = (externalId: string, payload: Record<string, unknown> = {}) => ({ direction: 'in' as const, externalId, payload });
const outbound = (externalId: string) => ({ direction: 'out' as const, externalId, payload: null });

describe(emailThread.name, () => {
  it('answers the customer’s latest mail with every Message-ID of the conversation, oldest first', () => {
    const thread = emailThread([
      inbound('c1@mail.example.org', { subject: 'Parcel damaged', references: [] }),
      outbound('o1@example.test'),
      inbound('c2@mail.example.org', { subject: 'Re: Parcel damaged [#4]', references: ['c1@mail.example.org', 'o1@example.test'] }),
    ]);
    expect(thread).toEqual({
      subject: 'Parcel damaged',
      inReplyTo: 'c2@mail.example.org',
      references: ['c1@mail.example.org', 'o1@example.test', 'c2@mail.example.org'],
    });
  });

  it('keeps the customer’s older chain when the conversation started mid-thread', () => {
    const thread = emailThread([inbound('c9@x', { subject: 'Re: Old', references: ['a@x', 'b@x'] })]);
    expect(thread.references).toEqual(['a@x', 'b@x', 'c9@x']);
  });

  it('leaves the made-up ids of mails without a Message-ID out of the headers', () => {
    const thread = emailThread([inbound('0123abcd@no-message-id.invalid', { subject: 'Hi' })]);
    expect(thread).toEqual({ subject: 'Hi', inReplyTo: undefined, references: [] });
  });

  it('has nothing to thread for a conversation without mail', () => {
    expect(emailThread([])).toEqual({ subject: undefined, inReplyTo: undefined, references: [] });
  });
});
