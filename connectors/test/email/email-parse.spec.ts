import { describe, expect, it } from 'vitest';
import { EmailConnector, EmailPayloadError, emailThreadKeys, emailToInboundEvent, parseRawEmail, type EmailClassification } from '../../src/email';
import { emailFixture, emailFixtureNames, parseFixture } from './fixtures';

interface Expected {
  sender: { externalId: string; name?: string };
  subject: string;
  /** event.text: the visible part of the body. */
  text: string | RegExp;
  classification: EmailClassification;
  externalId?: string | RegExp;
  quoted?: string | RegExp;
  signature?: string;
  quotePosition?: 'above' | 'below';
  threadKeys?: string[];
  conversationTag?: string;
  attachments?: { fileName?: string; mimeType: string; size: number; kind: string; inline?: boolean }[];
  html?: RegExp;
  sentAt?: string;
}

const OUR_FIRST_REPLY = '3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test';

/** Every fixture in test/fixtures/email, with what the connector must make of it. */
const CORPUS: Record<string, Expected> = {
  'plain-text': {
    sender: { externalId: 'john.smith@example.org', name: 'John Smith' },
    subject: 'Order #48213 has not arrived',
    text: 'Hello,\n\nI ordered a coffee grinder on 28 January (order #48213) and it still hasn’t arrived. The tracking page says "label created" since then.\n\nCould you check what happened?\n\nThanks,\nJohn',
    classification: 'normal',
    externalId: 'CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org',
    threadKeys: [],
    sentAt: '2024-02-05T09:12:40.000Z',
  },
  'multipart-alternative': {
    sender: { externalId: 'olena.kovalenko@gmail.com', name: 'Olena Kovalenko' },
    subject: 'Question about invoice',
    text: 'Hi,\n\nCan you send me the invoice for February again? The PDF I got is empty.\n\nOlena',
    classification: 'normal',
    html: /^<div dir="ltr">Hi,<div><br><\/div><div>Can you send me the invoice for <b>February<\/b> again\?/,
  },
  'multipart-mixed-attachments': {
    sender: { externalId: 'john.smith@example.org', name: 'John Smith' },
    subject: 'Invoice and order list',
    text: 'Hello,\n\nattached are the invoice you asked for and the list of items in the order.\n\nJohn',
    classification: 'normal',
    attachments: [
      { fileName: 'invoice-48213.pdf', mimeType: 'application/pdf', size: 142, kind: 'file', inline: false },
      { fileName: 'order-items.csv', mimeType: 'text/csv', size: 66, kind: 'file', inline: false },
      { fileName: 'фото коробки.jpg', mimeType: 'image/jpeg', size: 37, kind: 'image', inline: false },
    ],
  },
  'html-only': {
    sender: { externalId: 'no-reply@forms.example.com', name: 'Website contact form' },
    subject: 'Contact form: warranty question',
    text: /Grace Hopper[\s\S]*Is the two-year warranty valid for refurbished devices & accessories\?$/,
    classification: 'normal',
    html: /<table border="0" cellpadding="4">[\s\S]*<a href="mailto:grace.hopper@example.net" target="_blank" rel="noopener noreferrer nofollow">grace.hopper@example.net<\/a>[\s\S]*<i>two-year<\/i> warranty valid for refurbished devices &amp; accessories/,
  },
  'inline-image': {
    sender: { externalId: 'anna.petrova@example.com', name: 'Anna Petrova' },
    subject: 'Screenshot of the error',
    text: 'Hello,\n\nthe checkout page shows this error:\n\n[image: screenshot.png]\n\nAnna',
    classification: 'normal',
    attachments: [{ fileName: 'screenshot.png', mimeType: 'image/png', size: 70, kind: 'image', inline: true }],
    html: /<img src="cid:2C5D8E1F-3A4B-4C6D-8E0F-1A2B3C4D5E6F" alt="screenshot.png">/,
  },
  'cyrillic-windows-1251': {
    sender: { externalId: 'ivan.sidorov@example.ru', name: 'Иван Сидоров' },
    subject: 'Не работает доставка в Ёлкино',
    text: 'Здравствуйте!\n\nПри оформлении заказа не получается выбрать доставку в посёлок Ёлкино:\nкнопка «Далее» неактивна. Подскажите, что делать?',
    signature: 'С уважением,\nИван Сидоров',
    classification: 'normal',
  },
  'cyrillic-koi8-r': {
    sender: { externalId: 'petrov@mail.example.su', name: 'Пётр Петров' },
    subject: 'Счёт на оплату',
    text: 'Добрый день.\n\nПришлите, пожалуйста, счёт на оплату для ООО "Ромашка".\nИНН 7701234567.\n\nПётр',
    classification: 'normal',
  },
  'latin-iso-8859-1': {
    sender: { externalId: 'marie.dupont@example.fr', name: 'Marie-Hélène Dupont' },
    subject: 'Problème de livraison',
    text: "Bonjour,\n\nJe n'ai toujours pas reçu ma commande passée il y a dix jours.\nPourriez-vous vérifier ?\n\nMerci d'avance,\nMarie-Hélène",
    classification: 'normal',
  },
  'latin-iso-8859-2': {
    sender: { externalId: 'lukasz.wisniewski@example.pl', name: 'Łukasz Wiśniewski' },
    subject: 'Uszkodzona przesyłka',
    text: 'Dzień dobry,\n\nzamówienie nr 48230 przyszło uszkodzone. Proszę o zwrot pieniędzy.\n\nPozdrawiam,\nŁukasz Wiśniewski',
    classification: 'normal',
  },
  'encoded-headers': {
    sender: { externalId: 'yaroslava.melnyk@example.com.ua', name: 'Ярослава Мельник' },
    subject: 'Возврат товара — заказ №48231 😊',
    text: 'Добрий день!\n\nХочу повернути товар із замовлення №48231.\n\nЯрослава',
    classification: 'normal',
  },
  forwarded: {
    sender: { externalId: 'john.smith@example.org', name: 'John Smith' },
    subject: 'Fwd: Your parcel could not be delivered',
    // A forward is content: the forwarded mail, its headers and its own quote all stay visible.
    text: /^This is what the courier sent me today\. Is this about my order\?\n\n---------- Forwarded message ---------\nFrom: Parcel Service[\s\S]*> Reference: ORD-48213\n\nParcel Service$/,
    classification: 'normal',
  },
  'forwarded-as-attachment': {
    sender: { externalId: 'thomas.mueller@corp.example.biz', name: 'Mueller, Thomas' },
    subject: 'FW: Delivery note 48213',
    text: 'See the attached mail from our warehouse.',
    classification: 'normal',
    attachments: [{ fileName: 'Delivery note 48213.eml', mimeType: 'message/rfc822', size: 320, kind: 'file', inline: false }],
  },
  'reply-gmail': {
    sender: { externalId: 'john.smith@example.org', name: 'John Smith' },
    subject: 'Re: Order #48213 has not arrived [#1041]',
    text: 'Yes, the address is correct: 12 Baker Street, flat 3.',
    quoted: 'On Mon, Feb 5, 2024 at 11:30 AM Acme Support <support@example.test>\nwrote:\n\n> Hello John,\n>\n> Could you confirm your delivery address?\n>\n> --\n> Acme Support\n>',
    quotePosition: 'below',
    threadKeys: [OUR_FIRST_REPLY, 'CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org'],
    conversationTag: '1041',
    classification: 'normal',
  },
  'reply-outlook': {
    sender: { externalId: 'olena.kovalenko@outlook.com', name: 'Olena Kovalenko' },
    subject: 'RE: Question about invoice [#1042]',
    text: 'Thank you, I received it. The new PDF opens fine.\n\nBest regards,\nOlena Kovalenko',
    quoted: /^_{32}\nFrom: Acme Support <support@example.test>\nSent: Tuesday, February 6, 2024 3:10 PM\n[\s\S]*here is the invoice for February again\.\n\nKind regards,\nAcme Support$/,
    quotePosition: 'below',
    threadKeys: ['c7d9e1f3-5a6b-4c8d-9e0f-2a3b4c5d6e7f@example.test', 'CAB+9kQ0x4Fr1ymD8b2N6Lw_v=3Qd@mail.gmail.com'],
    conversationTag: '1042',
    classification: 'normal',
    // Outlook's <style> and class names are gone, inline styles kept.
    html: /^<div style="font-family:Aptos, Calibri, Helvetica, sans-serif;font-size:12pt;color:rgb\(0, 0, 0\)">\nThank you/,
  },
  'reply-outlook-original-message': {
    sender: { externalId: 'thomas.mueller@corp.example.biz', name: 'Mueller, Thomas' },
    subject: 'RE: Order #48213 has not arrived [#1041]',
    text: 'Hello,\n\nmy colleague John is on holiday, I am taking over this order.\nPlease send any updates to me.\n\nRegards\nThomas Mueller\nPurchasing',
    quoted: /^-----Original Message-----\nFrom: Acme Support <support@example.test> \nSent: Monday[\s\S]*Could you confirm your delivery address\?\n\n--\nAcme Support$/,
    quotePosition: 'below',
    // No In-Reply-To/References: only the subject tag can thread it.
    threadKeys: [],
    conversationTag: '1041',
    classification: 'normal',
  },
  'reply-apple-mail': {
    sender: { externalId: 'anna.petrova@example.com', name: 'Anna Petrova' },
    subject: 'Re: Screenshot of the error [#1043]',
    text: 'Clearing the browser cache helped, the checkout works now.\n\nThanks!\nAnna',
    quoted: /^> On 8 Feb 2024, at 10:41, Acme Support <support@example.test> wrote:\n> \n> Hello Anna,[\s\S]*> Acme Support$/,
    quotePosition: 'below',
    threadKeys: ['0d4c7e2a-9b81-4f36-a5c0-e1d2c3b4a596@example.test', '7A1B3C5D-2E4F-4A6B-8C0D-1E2F3A4B5C6D@example.com'],
    conversationTag: '1043',
    classification: 'normal',
    html: /<blockquote><div>On 8 Feb 2024, at 10:41, Acme Support &lt;support@example.test&gt; wrote:<\/div>/,
  },
  'reply-iphone': {
    sender: { externalId: 'john.smith@icloud.example', name: 'John Smith' },
    subject: 'Re: Refund for order #48199 [#1039]',
    text: 'Great, thank you!',
    signature: 'Sent from my iPhone',
    quoted: /^> On 5 Feb 2024, at 12:04, Acme Support <support@example.test> wrote:\n> \n> Hello John,\n/,
    quotePosition: 'below',
    threadKeys: ['a9e8d7c6-b5a4-4938-8271-6f5e4d3c2b1a@example.test'],
    conversationTag: '1039',
    classification: 'normal',
  },
  'reply-thunderbird': {
    sender: { externalId: 'tomasz.nowak@example.pl', name: 'Tomasz Nowak' },
    subject: 'Re: Router keeps disconnecting [#1044]',
    text: 'I did, and now it works. Thank you for the quick help!',
    signature: 'Tomasz Nowak',
    quoted: 'On 05.02.2024 14:20, Acme Support wrote:\n> Hello Tomasz,\n>\n> please reset the router to factory settings and let us know whether\n> the problem persists.',
    quotePosition: 'above',
    threadKeys: ['b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@example.test'],
    conversationTag: '1044',
    classification: 'normal',
  },
  'reply-russian': {
    sender: { externalId: 'anna.petrova@example.com', name: 'Анна Петрова' },
    subject: 'Re: Отмена заказа №48217 [#1045]',
    text: 'Добрый день! Да, всё верно, заказ можно отменить.\n\nС уважением,\nАнна',
    quoted: /^> 9 февр\. 2024 г\., в 15:02, Служба поддержки Acme <support@example\.test> написал\(а\):\n> \n> Здравствуйте, Анна!/,
    quotePosition: 'below',
    threadKeys: ['f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@example.test'],
    conversationTag: '1045',
    classification: 'normal',
  },
  'reply-ukrainian': {
    sender: { externalId: 'olena.kovalenko@gmail.com', name: 'Олена Коваленко' },
    subject: 'Re: Доставка [#1046]',
    text: 'Дякую, посилку отримала.',
    quoted: /^пт, 9 лют\. 2024 р\. о 18:30 Acme Support <support@example\.test> пише:\n\n> Добрий день, Олено!/,
    quotePosition: 'below',
    threadKeys: ['e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b@example.test'],
    conversationTag: '1046',
    classification: 'normal',
  },
  'auto-reply': {
    sender: { externalId: 'olena.kovalenko@outlook.com', name: 'Olena Kovalenko' },
    subject: 'Automatic reply: Re: Question about invoice [#1042]',
    text: 'I am out of the office until 12 February with limited access to e-mail.',
    threadKeys: ['c7d9e1f3-5a6b-4c8d-9e0f-2a3b4c5d6e7f@example.test'],
    conversationTag: '1042',
    classification: 'auto-reply',
  },
  'out-of-office': {
    sender: { externalId: 'thomas.mueller@corp.example.biz', name: 'Thomas Mueller' },
    subject: 'Out of office: Order #48213 has not arrived [#1041]',
    text: 'I am on vacation until Monday. For urgent matters please call +49 30 1234567.',
    conversationTag: '1041',
    classification: 'auto-reply',
  },
  bounce: {
    sender: { externalId: 'mailer-daemon@mx.example.test', name: 'Mail Delivery System' },
    subject: 'Undelivered Mail Returned to Sender',
    text: /^This is the mail system at host mx\.example\.test\.[\s\S]*Status: 5\.1\.1/,
    classification: 'bounce',
    attachments: [{ mimeType: 'text/rfc822-headers', size: 267, kind: 'file', inline: false }],
  },
  'mailing-list': {
    sender: { externalId: 'news@lists.example.net', name: 'Example Net Newsletter' },
    subject: '[Example Net] February product update',
    text: /^Hello,\n\nthis month we launched three new features\./,
    classification: 'list',
  },
  'no-message-id': {
    sender: { externalId: 'orders@shop.example.com' },
    subject: 'Payment failed for order 48240',
    text: 'The payment for order 48240 failed: card declined (code 05).\nCustomer: Lea Martin <lea.martin@example.com>',
    classification: 'normal',
    externalId: /^[0-9a-f]{32}@no-message-id\.invalid$/,
  },
  'html-malicious': {
    sender: { externalId: 'billing@acme-support.example.com', name: 'Acme Billing' },
    subject: 'Your account will be suspended',
    text: /^Please verify your account\.[\s\S]*Thank you, Acme & team$/,
    classification: 'normal',
    html: /^<p style="color:red">Please verify your account\.<\/p>[\s\S]*<a href="https:\/\/example.com\/help" target="_blank" rel="noopener noreferrer nofollow">Help centre<\/a>[\s\S]*<p>Thank you, <b>Acme<\/b> &amp; team<\/p>$/,
  },
};

describe('e-mail fixture corpus', () => {
  it('has an expectation for every fixture, and at least 20 of them', () => {
    expect(emailFixtureNames()).toEqual(Object.keys(CORPUS).sort());
    expect(emailFixtureNames().length).toBeGreaterThanOrEqual(20);
  });

  describe.each(Object.entries(CORPUS))('%s.eml', (name, expected) => {
    it('parses to the expected event', async () => {
      const parsed = await parseFixture(name);
      const event = emailToInboundEvent(parsed);

      expect(event.type).toBe('message');
      expect(event.sender).toEqual({ ...expected.sender, email: expected.sender.externalId });
      expect(event.payload.subject).toBe(expected.subject);
      if (typeof expected.text === 'string') expect(event.text).toBe(expected.text);
      else expect(event.text).toMatch(expected.text);
      expect(event.payload.classification).toBe(expected.classification);

      const id = expected.externalId ?? parsed.messageId;
      if (id instanceof RegExp) expect(event.externalId).toMatch(id);
      else expect(event.externalId).toBe(id);

      if (expected.quoted !== undefined || expected.signature !== undefined) {
        const quote = event.payload.quote;
        expect(quote).toBeDefined();
        if (typeof expected.quoted === 'string') expect(quote?.quoted).toBe(expected.quoted);
        else if (expected.quoted) expect(quote?.quoted).toMatch(expected.quoted);
        expect(quote?.signature).toBe(expected.signature ?? '');
        expect(quote?.position).toBe(expected.quotePosition);
        expect(event.payload.fullText).toBe(parsed.text);
      } else {
        expect(event.payload.quote).toBeUndefined();
        expect(event.payload.fullText).toBeUndefined();
      }

      if (expected.threadKeys) {
        expect(event.payload.threadKeys).toEqual(expected.threadKeys);
        expect(emailThreadKeys(parsed)).toEqual(expected.threadKeys);
        expect(event.replyToExternalId).toBe(expected.threadKeys.length ? parsed.inReplyTo : undefined);
      }
      expect(event.payload.conversationTag).toBe(expected.conversationTag);

      const attachments = event.attachments.map(({ fileName, mimeType, size, kind, inline, content }) => {
        expect(content.length).toBe(size);
        return fileName === undefined ? { mimeType, size, kind, inline } : { fileName, mimeType, size, kind, inline };
      });
      expect(attachments).toEqual(expected.attachments ?? []);

      if (expected.html) expect(event.payload.html).toMatch(expected.html);
      if (expected.sentAt) expect(event.sentAt.toISOString()).toBe(expected.sentAt);
    });
  });
});

describe(parseRawEmail.name, () => {
  it('decodes attachment bytes exactly and points inline images at their Content-ID', async () => {
    const mixed = await parseFixture('multipart-mixed-attachments');
    expect(mixed.attachments[1].content.toString('utf8')).toBe('order,sku,qty,price\r\n48213,GRD-200,1,89.90\r\n48213,FLT-010,2,4.50\r\n');
    expect(mixed.attachments[0].content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');

    const inline = await parseFixture('inline-image');
    expect(inline.attachments[0]).toMatchObject({ contentId: '2C5D8E1F-3A4B-4C6D-8E0F-1A2B3C4D5E6F', inline: true, partId: '2.2' });
    expect(inline.attachments[0].content.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('reads From, To, Cc with RFC 2047 names in several charsets, lowercasing addresses', async () => {
    const parsed = await parseFixture('encoded-headers');
    expect(parsed.to).toEqual([{ address: 'support@example.test', name: 'Service Client Acmé' }]);
    expect(parsed.cc).toEqual([{ address: 'oleg.melnyk@example.com.ua', name: 'Олег Мельник' }]);
    expect((await parseFixture('cyrillic-windows-1251')).from).toEqual({ address: 'ivan.sidorov@example.ru', name: 'Иван Сидоров' });
  });

  it('keeps the Reply-To of a web form for the backend to consider', async () => {
    const event = emailToInboundEvent(await parseFixture('html-only'));
    expect(event.payload.replyTo).toEqual({ address: 'grace.hopper@example.net', name: 'Grace Hopper' });
  });

  it('gives a mail without Message-ID the same hash every time, and another mail another one', async () => {
    const first = await parseFixture('no-message-id');
    const again = await parseRawEmail(emailFixture('no-message-id'));
    const other = await parseRawEmail(emailFixture('no-message-id').toString('utf8').replace('48240', '48241'));
    expect(first.messageId).toBeUndefined();
    expect(again.externalId).toBe(first.externalId);
    expect(other.externalId).not.toBe(first.externalId);
    expect(emailToInboundEvent(first).payload.messageId).toBeUndefined();
  });

  it('reads the top-level content type and raw headers for classification', async () => {
    const bounce = await parseFixture('bounce');
    expect(bounce.contentType).toBe('multipart/report');
    expect(bounce.contentTypeParams['report-type']).toBe('delivery-status');
    expect(bounce.headers['return-path']).toEqual(['<>']);
    expect(bounce.headers['auto-submitted']).toEqual(['auto-replied']);
  });

  it('leaves an unreadable Date out, so the event takes the arrival time', async () => {
    const raw = emailFixture('plain-text').toString('utf8').replace('Date: Mon, 5 Feb 2024 10:12:40 +0100', 'Date: sometime last week');
    const parsed = await parseRawEmail(raw);
    expect(parsed.date).toBeUndefined();
    const receivedAt = new Date('2024-03-01T10:00:00Z');
    expect(emailToInboundEvent(parsed, { receivedAt }).sentAt).toEqual(receivedAt);
  });
});

describe('emailToInboundEvent', () => {
  it('flags mail from the inbox’s own address', async () => {
    const parsed = await parseRawEmail('From: Acme <Support@Example.test>\r\nTo: support@example.test\r\nSubject: copy\r\nMessage-ID: <own@example.test>\r\n\r\nhi\r\n');
    expect(emailToInboundEvent(parsed, { ownAddresses: ['support@example.test'] }).payload.fromOwnAddress).toBe(true);
    expect(emailToInboundEvent(parsed).payload.fromOwnAddress).toBeUndefined();
  });

  it('shows the subject when the body is empty, and makes an attachment-only mail a file message', async () => {
    const empty = await parseRawEmail('From: a@example.com\r\nSubject: Call me back please\r\nMessage-ID: <e@x>\r\n\r\n');
    expect(emailToInboundEvent(empty)).toMatchObject({ kind: 'text', text: 'Call me back please' });

    const onlyFile = await parseRawEmail(
      'From: a@example.com\r\nSubject: scan\r\nMessage-ID: <f@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n' +
        '--b\r\nContent-Type: application/pdf; name=scan.pdf\r\nContent-Disposition: attachment; filename=scan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n',
    );
    const event = emailToInboundEvent(onlyFile);
    expect(event).toMatchObject({ kind: 'file', text: '' });
    expect(event.attachments[0]).toMatchObject({ fileName: 'scan.pdf', providerRef: 'email:f@x#1' });
  });

  it('reads the conversation tag in a custom format', async () => {
    const parsed = await parseRawEmail('From: a@example.com\r\nSubject: Re: Hello (Ticket 77)\r\nMessage-ID: <t@x>\r\n\r\nok\r\n');
    expect(emailToInboundEvent(parsed, { subjectTagFormat: '(Ticket {id})' }).payload.conversationTag).toBe('77');
  });

  it('falls back to the Sender header when From is missing', async () => {
    const parsed = await parseRawEmail('Sender: Shop Robot <robot@shop.example.com>\r\nSubject: order\r\nMessage-ID: <s@x>\r\n\r\nbody\r\n');
    expect(emailToInboundEvent(parsed).sender).toEqual({ externalId: 'robot@shop.example.com', name: 'Shop Robot', email: 'robot@shop.example.com' });
  });

  it('refuses a mail without any sender address', async () => {
    const parsed = await parseRawEmail('Subject: who?\r\nMessage-ID: <n@x>\r\n\r\nbody\r\n');
    expect(() => emailToInboundEvent(parsed)).toThrow(/no From address/);
  });
});

describe('EmailConnector.parseInbound / parseRaw', () => {
  const connector = new EmailConnector({ subjectTagFormat: '(Ticket {id})' });

  it('reads raw RFC 822 bytes, or a mail parseRawEmail already read', async () => {
    // With a Date header: without one each parse would stamp its own arrival time.
    const raw = Buffer.from('From: a@example.com\r\nDate: Fri, 9 Feb 2024 10:00:00 +0000\r\nSubject: Re: Help (Ticket 12)\r\nMessage-ID: <r@x>\r\n\r\nok\r\n');
    const [fromRaw] = await connector.parseRaw(raw);
    expect(fromRaw).toMatchObject({ type: 'message', externalId: 'r@x', text: 'ok', payload: { conversationTag: '12' } });
    const [fromParsed] = connector.parseInbound({ headers: {}, query: {}, body: await parseRawEmail(raw) });
    expect(fromParsed).toEqual(fromRaw);
  });

  it('refuses a body that is not a parsed mail', () => {
    expect(() => connector.parseInbound({ headers: {}, query: {}, body: 'From: a@b.c' })).toThrow(EmailPayloadError);
    expect(() => connector.parseInbound({ headers: {}, query: {}, body: { text: 'x' } })).toThrow(/parseRawEmail/);
  });
});
