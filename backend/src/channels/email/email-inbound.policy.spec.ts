import type { EmailEventPayload } from '@inbox/connectors';
import { describe, expect, it } from 'vitest';
import { admitEmail, FOLDED_MAX_CHARS, pickConversation, storedEmailPayload } from './email-inbound.policy';

function payload(overrides: Partial<EmailEventPayload> = {}): EmailEventPayload {
  return { subject: 'Where is my parcel?', references: [], threadKeys: [], classification: 'normal', to: [], cc: [], ...overrides };
}

describe(admitEmail.name, () => {
  it('stores mail a person wrote', () => {
    expect(admitEmail(payload())).toEqual({ store: true });
  });

  it('drops auto-replies, bounces, list mail and our own copies, saying why', () => {
    expect(admitEmail(payload({ classification: 'auto-reply', classificationReason: 'Auto-Submitted: auto-replied' }))).toEqual({
      store: false,
      reason: 'auto-reply (Auto-Submitted: auto-replied)',
    });
    expect(admitEmail(payload({ classification: 'bounce' }))).toEqual({ store: false, reason: 'bounce' });
    expect(admitEmail(payload({ classification: 'list' })).store).toBe(false);
    expect(admitEmail(payload({ fromOwnAddress: true }))).toEqual({ store: false, reason: 'sent from the inbox’s own address' });
  });
});

describe(pickConversation.name, () => {
  const open = { conversationId: 7, contactId: 1, open: true };

  it('joins the open conversation a referenced Message-ID belongs to, whoever writes', () => {
    expect(pickConversation(open, null, 1)).toBe(7);
    expect(pickConversation(open, null, 2)).toBe(7);
    expect(pickConversation(open, null, null)).toBe(7);
  });

  it('trusts the subject tag only for the conversation’s own contact', () => {
    const tagged = { conversationId: 9, contactId: 1, open: true };
    expect(pickConversation(null, tagged, 1)).toBe(9);
    expect(pickConversation(null, tagged, 2)).toBeNull();
    expect(pickConversation(null, tagged, null)).toBeNull();
  });

  it('never writes into a closed conversation; the reference wins over the tag', () => {
    expect(pickConversation({ ...open, open: false }, null, 1)).toBeNull();
    expect(pickConversation({ ...open, open: false }, { conversationId: 9, contactId: 1, open: true }, 1)).toBe(9);
    expect(pickConversation(open, { conversationId: 9, contactId: 1, open: true }, 1)).toBe(7);
  });
});

describe(storedEmailPayload.name, () => {
  it('keeps threading and folding data, leaves out the HTML and undefined fields', () => {
    const stored = storedEmailPayload(
      payload({ messageId: 'a@x', html: '<p>hi</p>', quote: { quoted: '> old', signature: 'John', position: 'below' }, references: ['r1@x'] }),
      { from: { address: 'anna@example.org', name: 'Anna' }, inlineAttachmentIds: [4], skippedAttachments: [] },
    );
    expect(stored).toEqual({
      subject: 'Where is my parcel?',
      from: { address: 'anna@example.org', name: 'Anna' },
      messageId: 'a@x',
      references: ['r1@x'],
      to: [],
      cc: [],
      hasHtml: true,
      quote: { quoted: '> old', signature: 'John', position: 'below' },
      inlineAttachmentIds: [4],
    });
  });

  it('clips a long quoted history and the reference list, so the row stays small', () => {
    const references = Array.from({ length: 80 }, (_, i) => `r${i}@x`);
    const stored = storedEmailPayload(payload({ references, quote: { quoted: 'q'.repeat(FOLDED_MAX_CHARS * 3), signature: '' } }), {
      from: { address: 'anna@example.org' },
      inlineAttachmentIds: [],
      skippedAttachments: [],
    });
    expect((stored.references as string[]).length).toBe(50);
    expect((stored.references as string[])[49]).toBe('r79@x');
    expect(stored.quote).toMatchObject({ truncated: true });
    expect(JSON.stringify(stored).length).toBeLessThan(FOLDED_MAX_CHARS + 2000);
  });
});
