/**
 * The e-mail channel end to end: a real Dovecot delivers the customers' mail
 * over IMAP, smtp-server receives our answers. Needs dovecot-imapd (CI
 * installs it); fails with the reason when it is missing, never skips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { EmailBody } from '../src/channels/email/email-body.entity';
import { EmailSyncState } from '../src/channels/email/email-sync-state.entity';
import { Inbox } from '../src/channels/inbox.entity';
import { Contact } from '../src/contacts/contact.entity';
import { Conversation } from '../src/conversations/conversation.entity';
import { Message } from '../src/conversations/message.entity';
import { createEmailInbox, customerMail, deliver, emailFixture, folderStatus, mailboxSettings, startMailPeers, type MailPeers } from './support/email-fixtures';
import { createOperator, waitFor } from './support/operators';
import { nextEventWhere } from './support/telegram-fixtures';
import { connectSocket, startTestApp, type TestApp } from './support/test-app';

const WAIT_MS = 15_000;

describe('a dialog by e-mail', () => {
  let peers: MailPeers;
  let t: TestApp;
  let adminToken: string;
  let operator: { id: number; token: string; name: string };
  let inboxId: number;
  let conversationId: number;
  let db: DataSource;

  beforeAll(async () => {
    peers = await startMailPeers();
    t = await startTestApp();
    db = t.app.get(DataSource);
    adminToken = await t.login();
    operator = await createOperator(t, adminToken, { name: 'Kate' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await peers?.close();
  });

  const inboundMessages = (id: number) => db.getRepository(Message).find({ where: { inboxId: id, direction: 'in' }, order: { id: 'ASC' } });
  const conversationsOf = (id: number) => db.getRepository(Conversation).find({ where: { inboxId: id }, order: { id: 'ASC' } });

  async function waitForInbound(count: number, id = inboxId) {
    return waitFor(() => inboundMessages(id), (rows) => rows.length >= count, WAIT_MS, `${count} inbound mails`);
  }

  async function operatorReplies(text: string, attachments?: number[]) {
    const before = peers.smtp.received.length;
    const res = await t.api(`/api/conversations/${conversationId}/messages`, { token: operator.token, body: { text, attachments } });
    expect(res.status).toBe(201);
    await waitFor(async () => peers.smtp.received.length, (n) => n > before, WAIT_MS, 'the answer at the SMTP server');
    const sent = await waitFor(() => db.getRepository(Message).findOneByOrFail({ id: res.body.message.id }), (m) => m.status === 'sent', WAIT_MS, 'status sent');
    return { mail: peers.smtp.received[before], message: sent };
  }

  it('refuses bad settings with a 400 naming the field, and stores nothing', async () => {
    const cases: Array<[Record<string, unknown> | undefined, RegExp]> = [
      [undefined, /^email\.fromAddress: /],
      [{ ...mailboxSettings(peers), fromAddress: 'not an address' }, /email\.fromAddress/],
      [{ ...mailboxSettings(peers), smtpHost: 'smtp.example.com/evil' }, /email\.smtpHost/],
      [{ ...mailboxSettings(peers), imapPort: 70_000 }, /email\.imapPort/],
      [{ ...mailboxSettings(peers), imapPassword: undefined }, /^email\.imapPassword: /],
      [{ ...mailboxSettings(peers), imapPassword: 'wrong' }, /^email\.imapPassword: the IMAP server refused the login/],
      [{ ...mailboxSettings(peers), smtpPassword: 'wrong' }, /^email\.smtpPassword: the SMTP server refused the login/],
      [{ ...mailboxSettings(peers), folder: 'No such folder' }, /^email\.folder: /],
      [{ ...mailboxSettings(peers), unknownField: 1 }, /email\.unknownField: property unknownField should not exist/],
    ];
    for (const [email, message] of cases) {
      const res = await t.api('/api/inboxes', { token: adminToken, body: { type: 'email', name: 'Bad', ...(email ? { email } : {}) } });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    }
    expect(await db.getRepository(Inbox).countBy({ type: 'email' })).toBe(0);
  });

  it('tests a connection from the form, telling IMAP and SMTP apart', async () => {
    const good = await t.api('/api/inboxes/email/connection-test', { token: adminToken, body: mailboxSettings(peers) });
    expect(good).toMatchObject({ status: 200, body: { imap: { ok: true }, smtp: { ok: true } } });
    const bad = await t.api('/api/inboxes/email/connection-test', { token: adminToken, body: mailboxSettings(peers, { imapPassword: 'wrong' }) });
    expect(bad.body).toMatchObject({ imap: { ok: false, code: 'auth' }, smtp: { ok: true } });
    const invalid = await t.api('/api/inboxes/email/connection-test', { token: adminToken, body: mailboxSettings(peers, { smtpPort: 'many' }) });
    expect(invalid.status).toBe(400);
    expect([invalid.body.message].flat().join('; ')).toMatch(/smtpPort/);
    const asOperator = await t.api('/api/inboxes/email/connection-test', { token: operator.token, body: mailboxSettings(peers) });
    expect(asOperator.status).toBe(403);
  });

  it('connects the mailbox: passwords encrypted and never returned, the sync position stored', async () => {
    const inbox = await createEmailInbox(t, adminToken, peers);
    inboxId = inbox.id;
    expect(inbox.settings).toMatchObject({ fromAddress: 'support@example.test', imapHost: '127.0.0.1', fromName: 'Acme Support' });
    const row = await db.getRepository(Inbox).findOneByOrFail({ id: inboxId });
    for (const secret of ['secret', 'smtp-pass']) {
      expect(JSON.stringify(inbox)).not.toContain(secret);
      expect(row.secretsEncrypted).not.toContain(secret);
    }
    // The first connection records where "new mail" starts.
    await waitFor(() => db.getRepository(EmailSyncState).findOneBy({ inboxId }), (s) => s !== null, WAIT_MS, 'the sync state');
    const again = await t.api('/api/inboxes', { token: adminToken, body: { type: 'email', name: 'Twice', email: mailboxSettings(peers) } });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^email\.fromAddress: /);
    const stored = await t.api(`/api/inboxes/${inboxId}/connection-test`, { token: adminToken, body: {} });
    expect(stored.body).toEqual({ imap: { ok: true }, smtp: { ok: true } });
  });

  it('keeps several rounds in one conversation on both sides', async () => {
    // Round 1: the customer writes; the operator answers by REST.
    const first = customerMail({ subject: 'Parcel arrived damaged', text: 'Hello,\nthe box was crushed and the lamp is broken.\nAnna' });
    await deliver(peers, first.raw);
    const [m1] = await waitForInbound(1);
    expect(m1).toMatchObject({ externalId: first.messageId, text: 'Hello,\nthe box was crushed and the lamp is broken.\nAnna', senderType: 'contact' });
    conversationId = m1.conversationId;
    const conversation = await waitFor(() => db.getRepository(Conversation).findOneByOrFail({ id: conversationId }), (c) => c.assigneeId === operator.id, WAIT_MS, 'assignment');
    const contact = (await t.api(`/api/conversations/${conversationId}`, { token: operator.token })).body.contact;
    expect(contact).toMatchObject({ name: 'Anna Kowalski', email: 'anna.kowalski@example.org', identities: [{ channel: 'email', externalId: 'anna.kowalski@example.org' }] });

    const a1 = await operatorReplies('Dear Anna,\nsorry about that. We send a new lamp today.');
    expect(a1.mail.envelope).toEqual({ from: 'support@example.test', to: ['anna.kowalski@example.org'] });
    expect(a1.mail.header('from')).toBe('Kate via Acme Support <support@example.test>');
    expect(a1.mail.parsed.subject).toBe(`Re: Parcel arrived damaged [#${conversation.id}]`);
    expect(a1.mail.parsed.inReplyTo).toBe(`<${first.messageId}>`);
    expect(a1.mail.parsed.references).toBe(`<${first.messageId}>`);
    expect(a1.mail.parsed.text).toBe('Dear Anna,\nsorry about that. We send a new lamp today.\n\n-- \nAcme Support team\nhttps://acme.example\n');
    expect(a1.mail.parsed.html).toContain('Dear Anna,<br>\nsorry about that.');
    expect(a1.mail.parsed.html).toContain('<div class="signature"');
    expect(a1.message.externalId).toBe(a1.mail.parsed.messageId?.slice(1, -1));

    // Round 2: the customer answers from their client: In-Reply-To and References name our mail.
    const ourFirst = a1.message.externalId as string;
    const second = customerMail({
      subject: `Re: Parcel arrived damaged [#${conversation.id}]`,
      text: 'Thank you! Can it come before Friday?\n\nOn Mon, Kate wrote:\n> Dear Anna,\n> sorry about that.',
      inReplyTo: ourFirst,
      references: [first.messageId, ourFirst],
    });
    const socket = await connectSocket(`${t.url}/agents`, { token: operator.token });
    const pushed = nextEventWhere(socket, 'message.created', (e: { message: { text: string } }) => e.message.text === 'Thank you! Can it come before Friday?', WAIT_MS);
    await deliver(peers, second.raw);
    // The operator's screen hears of it live, with the folded quote.
    expect((await pushed).message).toMatchObject({ conversationId, senderType: 'contact', payload: { quote: { quoted: expect.stringContaining('> Dear Anna,') } } });
    socket.close();
    const [, m2] = await waitForInbound(2);
    expect(m2.conversationId).toBe(conversationId);
    expect(m2.text).toBe('Thank you! Can it come before Friday?');
    expect(m2.payload?.quote).toMatchObject({ quoted: expect.stringContaining('> Dear Anna,') });
    const original = await waitFor(() => t.api(`/api/messages/${m2.id}/email`, { token: operator.token }), (r) => r.status === 200, WAIT_MS, 'the original');
    expect(original.body.text).toContain('> sorry about that.');

    const a2 = await operatorReplies('Yes, it arrives on Thursday.');
    expect(a2.mail.parsed.subject).toBe(`Re: Parcel arrived damaged [#${conversation.id}]`);
    expect(a2.mail.parsed.inReplyTo).toBe(`<${second.messageId}>`);
    expect(a2.mail.parsed.references).toEqual([`<${first.messageId}>`, `<${ourFirst}>`, `<${second.messageId}>`]);

    // Round 3: a client that drops the threading headers; the subject tag still finds the conversation.
    const third = customerMail({ subject: `Re: Re: Parcel arrived damaged [#${conversation.id}]`, text: 'Great, thanks.' });
    await deliver(peers, third.raw);
    const [, , m3] = await waitForInbound(3);
    expect(m3.conversationId).toBe(conversationId);
    const a3 = await operatorReplies('You are welcome!');
    expect(a3.mail.parsed.inReplyTo).toBe(`<${third.messageId}>`);
    expect(a3.mail.parsed.references).toEqual([first.messageId, ourFirst, second.messageId, a2.message.externalId, third.messageId].map((id) => `<${id}>`));

    // A colleague in copy answers in the thread from their own address: same conversation, and it says who wrote.
    const colleague = customerMail({
      from: 'Piotr Nowak <piotr.nowak@example.org>',
      subject: `Re: Parcel arrived damaged [#${conversation.id}]`,
      text: 'I can take the parcel if Anna is out.',
      inReplyTo: a3.message.externalId as string,
      references: [first.messageId, a3.message.externalId as string],
    });
    await deliver(peers, colleague.raw);
    const [, , , m4] = await waitForInbound(4);
    expect(m4.conversationId).toBe(conversationId);
    expect(m4.payload?.from).toEqual({ address: 'piotr.nowak@example.org', name: 'Piotr Nowak' });

    // One conversation here; one thread at the customer's (every answer refers to their first mail, one subject).
    expect(await conversationsOf(inboxId)).toHaveLength(1);
    const answers = peers.smtp.received.slice(-3);
    expect(new Set(answers.map((m) => m.parsed.subject))).toEqual(new Set([`Re: Parcel arrived damaged [#${conversation.id}]`]));
    for (const mail of answers) expect([mail.parsed.references].flat()[0]).toBe(`<${first.messageId}>`);
  });

  it('sends an operator’s attachment and stores the customer’s files, inline images pointing at our copies', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4 label')], { type: 'application/pdf' }), 'return-label.pdf');
    const upload = await fetch(`${t.url}/api/conversations/${conversationId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${operator.token}` }, body: form });
    const { attachment } = (await upload.json()) as { attachment: { id: number } };
    const sent = await operatorReplies('The return label is attached.', [attachment.id]);
    expect(sent.mail.parsed.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([['return-label.pdf', 'application/pdf', '%PDF-1.4 label']]);

    const countBefore = (await inboundMessages(inboxId)).length;
    await deliver(peers, emailFixture('multipart-mixed-attachments'));
    await deliver(peers, emailFixture('inline-image'));
    const rows = await waitForInbound(countBefore + 2);
    const [mixed, inline] = rows.slice(-2);
    const mixedDto = (await t.api(`/api/conversations/${mixed.conversationId}/messages`, { token: adminToken })).body.items.find((m: { id: number }) => m.id === mixed.id);
    expect(mixedDto.attachments.map((a: { fileName: string; mimeType: string }) => [a.fileName, a.mimeType])).toEqual([
      ['invoice-48213.pdf', 'application/pdf'],
      ['order-items.csv', 'text/csv'],
      ['фото коробки.jpg', 'image/jpeg'],
    ]);
    const csv = await fetch(`${t.url}${mixedDto.attachments[1].url}`);
    expect(await csv.text()).toBe('order,sku,qty,price\r\n48213,GRD-200,1,89.90\r\n48213,FLT-010,2,4.50\r\n');

    // The whole body is written right after the message row.
    const body = (await waitFor(() => db.getRepository(EmailBody).findOneBy({ messageId: inline.id }), (b) => b !== null, WAIT_MS, 'the body')) as EmailBody;
    expect(body.html).toMatch(/<img [^>]*src="\/api\/attachments\/[A-Za-z0-9_-]+\/[^"]+"/);
    expect(body.html).not.toContain('cid:');
    const image = await fetch(`${t.url}${/src="([^"]+)"/.exec(body.html ?? '')?.[1]}`);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(inline.payload?.inlineAttachmentIds).toHaveLength(1);

    // The same mail delivered again (a process that died before writing the body): no second message, the body restored.
    await db.getRepository(EmailBody).delete({ messageId: inline.id });
    await deliver(peers, emailFixture('inline-image'));
    const restored = await waitFor(() => db.getRepository(EmailBody).findOneBy({ messageId: inline.id }), (b) => b !== null, WAIT_MS, 'the restored body');
    expect(restored?.html).toBe(body.html);
    expect(await inboundMessages(inboxId)).toHaveLength(rows.length);
  });

  it('reads Cyrillic in windows-1251 and KOI8-R, and never lets HTML scripts through', async () => {
    const before = (await inboundMessages(inboxId)).length;
    for (const name of ['cyrillic-windows-1251', 'cyrillic-koi8-r', 'html-malicious']) await deliver(peers, emailFixture(name));
    const rows = (await waitForInbound(before + 3)).slice(-3);
    expect(rows[0].text).toMatch(/[А-Яа-яЁё]{4}/);
    expect(rows[1].text).toMatch(/[А-Яа-яЁё]{4}/);
    const original = await waitFor(() => t.api(`/api/messages/${rows[2].id}/email`, { token: operator.token }), (r) => r.status === 200, WAIT_MS, 'the original');
    const html = original.body.html as string;
    expect(html).toContain('Please verify your account.');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('opens no conversation for auto-replies, bounces and lists; a bounce marks our mail failed', async () => {
    const conversationsBefore = (await conversationsOf(inboxId)).length;
    const inboundBefore = (await inboundMessages(inboxId)).length;
    const answered = await operatorReplies('One more thing: the courier calls first.');
    const bounce = emailFixture('bounce').toString('utf8').replaceAll('3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test', answered.message.externalId as string);
    for (const name of ['auto-reply', 'out-of-office', 'mailing-list']) await deliver(peers, emailFixture(name));
    await deliver(peers, bounce);
    const failed = await waitFor(() => db.getRepository(Message).findOneByOrFail({ id: answered.message.id }), (m) => m.status === 'failed', WAIT_MS, 'the bounce');
    expect(failed.error).toMatch(/^The mail was returned: .*550 5\.1\.1/);
    // A normal mail after them proves the sync went past them.
    const after = customerMail({ from: 'Bob <bob@example.net>', subject: 'New question', text: 'Do you ship to Norway?' });
    await deliver(peers, after.raw);
    const rows = await waitForInbound(inboundBefore + 1);
    expect(rows.at(-1)?.externalId).toBe(after.messageId);
    expect(rows).toHaveLength(inboundBefore + 1);
    expect(await conversationsOf(inboxId)).toHaveLength(conversationsBefore + 1);
  });

  it('changes the mailbox settings by PATCH, checked with the servers again; passwords left out stay', async () => {
    const refused = await t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: adminToken, body: { email: { imapPassword: 'wrong' } } });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/^email\.imapPassword: /);
    const changed = await t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: adminToken, body: { email: { signature: 'Kind regards, Acme', fromName: 'Acme Help' } } });
    expect(changed.status).toBe(200);
    expect(changed.body.inbox.settings).toMatchObject({ signature: 'Kind regards, Acme', fromName: 'Acme Help', imapHost: '127.0.0.1' });
    expect(JSON.stringify(changed.body)).not.toContain('smtp-pass');
    const answer = await operatorReplies('Settings changed.');
    expect(answer.mail.header('from')).toBe('Kate via Acme Help <support@example.test>');
    expect(answer.mail.parsed.text).toBe('Settings changed.\n\n-- \nKind regards, Acme\n');
    // The restarted sync still reads the mailbox (the stored IMAP password was kept).
    const mail = customerMail({ subject: `Re: Parcel arrived damaged [#${conversationId}]`, text: 'Noted.' });
    await deliver(peers, mail.raw);
    await waitFor(() => db.getRepository(Message).findOneBy({ inboxId, externalId: mail.messageId }), (m) => m !== null, WAIT_MS, 'mail after the change');
    const notEmail = await t.api('/api/inboxes', { token: adminToken, body: { type: 'webchat', name: 'Widget', email: mailboxSettings(peers) } });
    expect(notEmail.status).toBe(400);
    expect(notEmail.body.message).toBe('email: only for inboxes of type email');
  });

  it('reads the folder an inbox names, and moves what it imported, flagged as read, where the admin asked', async () => {
    await peers.imap.mailboxCreate('Sales');
    await peers.imap.mailboxCreate('SalesDone');
    const sales = await createEmailInbox(t, adminToken, peers, { fromAddress: 'sales@example.test', folder: 'Sales', moveTo: 'SalesDone', markSeen: true }, 'Sales mail');
    const mail = customerMail({ from: 'Eva <eva@example.net>', subject: 'A quote for 40 lamps', text: 'What is your best price?' });
    await deliver(peers, mail.raw, 'Sales');
    await deliver(peers, customerMail({ subject: 'Not for sales', text: 'This one stays in INBOX' }).raw);
    await waitFor(() => inboundMessages(sales.id), (rows) => rows.length === 1, WAIT_MS, 'the sales mail');
    const done = await waitFor(
      () => folderStatus(peers, 'SalesDone', { messages: true, unseen: true }),
      (status) => status.messages === 1,
      WAIT_MS,
      'the move',
    );
    expect(done.unseen).toBe(0);
    expect((await folderStatus(peers, 'Sales', { messages: true })).messages).toBe(0);
    expect((await inboundMessages(sales.id))[0].externalId).toBe(mail.messageId);
  });

  it('gives a new mail from a known address to that contact', async () => {
    const bob = await db.getRepository(Contact).findOneByOrFail({ email: 'bob@example.net' });
    const bobConversation = await db.getRepository(Conversation).findOneByOrFail({ contactId: bob.id, inboxId });
    await t.api(`/api/conversations/${bobConversation.id}/close`, { token: adminToken, body: {} });
    const next = customerMail({ from: 'Bob <bob@example.net>', subject: 'Another question', text: 'And to Iceland?' });
    await deliver(peers, next.raw);
    const row = await waitFor(() => db.getRepository(Message).findOneBy({ inboxId, externalId: next.messageId }), (m) => m !== null, WAIT_MS, 'Bob’s second mail');
    const conversation = await db.getRepository(Conversation).findOneByOrFail({ id: row?.conversationId });
    expect(conversation.id).not.toBe(bobConversation.id);
    expect(conversation.contactId).toBe(bobConversation.contactId);
  });
});
