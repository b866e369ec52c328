import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TelegramConnector, TelegramFileTooLargeError } from '../../src/telegram';
import { ProviderError } from '../../src/types';
import { FakeTelegramApi } from '../fake-telegram-api';
import { CHAT_ID, TOKEN, attachment, outboundMessage, telegramContext } from './fixtures';

let api: FakeTelegramApi;
let connector: TelegramConnector;
const ctx = telegramContext();

beforeAll(async () => {
  api = await FakeTelegramApi.start({ tokens: [TOKEN] });
  connector = new TelegramConnector({ apiRoot: api.apiRoot });
});
beforeEach(() => api.reset());
afterAll(() => api.close());

async function sendError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('TelegramConnector.send', () => {
  it('sends text as plain text and returns chat:message as the external id', async () => {
    const result = await connector.send(outboundMessage({ text: 'Hello *Anna* <b>' }), ctx);
    expect(result).toEqual({ externalId: `${CHAT_ID}:1` });
    const [call] = api.callsTo('sendMessage');
    expect(call.token).toBe(TOKEN);
    expect(call.params).toEqual({ chat_id: CHAT_ID, text: 'Hello *Anna* <b>' });
    expect(call.params).not.toHaveProperty('parse_mode');
  });

  it('uploads the bytes of a photo with its caption', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x0d, 0x0a, 0xff, 0xd9]);
    const result = await connector.send(
      outboundMessage({ text: 'Here is the label', attachments: [attachment('label.jpg', 'image/jpeg', bytes)] }),
      ctx,
    );
    expect(result.externalId).toBe(`${CHAT_ID}:1`);
    const [call] = api.callsTo('sendPhoto');
    expect(call.contentType).toMatch(/^multipart\/form-data/);
    expect(call.params).toMatchObject({ chat_id: CHAT_ID, caption: 'Here is the label' });
    expect(call.files).toHaveLength(1);
    expect(call.files[0]).toMatchObject({ field: 'photo', fileName: 'label.jpg' });
    expect(call.files[0].data.equals(bytes)).toBe(true);
  });

  it('sends other files as documents, one send per attachment, and returns the first id', async () => {
    const pdf = Buffer.from('%PDF-1.4 invoice');
    const gif = Buffer.from('GIF89a');
    const result = await connector.send(
      outboundMessage({
        attachments: [attachment('invoice.pdf', 'application/pdf', pdf), attachment('fun.gif', 'image/gif', gif)],
      }),
      ctx,
    );
    const docs = api.callsTo('sendDocument');
    expect(docs.map((c) => c.files[0].fileName)).toEqual(['invoice.pdf', 'fun.gif']);
    expect(docs[1].files[0].data.equals(gif)).toBe(true);
    expect(result.externalId).toBe(`${CHAT_ID}:1`);
  });

  it('attaches buttons as an inline keyboard', async () => {
    await connector.send(
      outboundMessage({ text: 'Did we help?', buttons: [{ title: 'Yes', payload: 'csat:yes' }, { title: 'No', payload: 'csat:no' }] }),
      ctx,
    );
    expect(api.callsTo('sendMessage')[0].params.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Yes', callback_data: 'csat:yes' }], [{ text: 'No', callback_data: 'csat:no' }]],
    });
  });

  it('puts the keyboard of a photo message on the upload', async () => {
    await connector.send(
      outboundMessage({ attachments: [attachment('a.png', 'image/png', Buffer.from('png'))], buttons: [{ title: 'OK', payload: 'ok' }] }),
      ctx,
    );
    expect(api.callsTo('sendPhoto')[0].params.reply_markup).toEqual({ inline_keyboard: [[{ text: 'OK', callback_data: 'ok' }]] });
  });

  it('refuses a button payload over 64 bytes without calling Telegram', async () => {
    const error = await sendError(
      connector.send(outboundMessage({ text: 'Pick', buttons: [{ title: 'Too long', payload: 'x'.repeat(65) }] }), ctx),
    );
    expect(error.code).toBe('permanent');
    expect(api.calls).toHaveLength(0);
  });

  it('replies to the message named by replyToExternalId', async () => {
    await connector.send(outboundMessage({ text: 'Yes, #124', replyToExternalId: `${CHAT_ID}:61` }), ctx);
    expect(api.callsTo('sendMessage')[0].params.reply_parameters).toEqual({ message_id: 61, allow_sending_without_reply: true });
  });

  it('replies with an upload too (multipart bodies carry reply_parameters as JSON)', async () => {
    await connector.send(
      outboundMessage({ replyToExternalId: `${CHAT_ID}:61`, attachments: [attachment('a.png', 'image/png', Buffer.from('png'))] }),
      ctx,
    );
    expect(api.callsTo('sendPhoto')[0].params.reply_parameters).toEqual({ message_id: 61, allow_sending_without_reply: true });
  });

  it('fails with auth when the inbox has no token', async () => {
    const error = await sendError(connector.send(outboundMessage({ text: 'Hi' }), telegramContext({ secrets: {} })));
    expect(error.code).toBe('auth');
  });
});

describe('TelegramConnector.send error mapping', () => {
  it('maps a 500 to temporary', async () => {
    api.failNext({ method: 'sendMessage', status: 500 });
    expect((await sendError(connector.send(outboundMessage({ text: 'Hi' }), ctx))).code).toBe('temporary');
  });

  it('maps a 429 to rate-limited with the wait in milliseconds', async () => {
    api.failNext({ method: 'sendMessage', status: 429, retryAfter: 7 });
    const error = await sendError(connector.send(outboundMessage({ text: 'Hi' }), ctx));
    expect(error.code).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(7000);
  });

  it('fails, then rate-limits, then sends, call after call', async () => {
    api.failNext({ status: 500 }, { status: 429, retryAfter: 2 });
    const msg = outboundMessage({ text: 'Hi' });
    expect((await sendError(connector.send(msg, ctx))).code).toBe('temporary');
    expect((await sendError(connector.send(msg, ctx))).code).toBe('rate-limited');
    await expect(connector.send(msg, ctx)).resolves.toEqual({ externalId: `${CHAT_ID}:1` });
  });

  it('maps a rejected token (401) to auth, without the token in the message', async () => {
    const error = await sendError(
      connector.send(outboundMessage({ text: 'Hi' }), telegramContext({ secrets: { botToken: '999:revoked' } })),
    );
    expect(error.code).toBe('auth');
    expect(error.message).not.toContain('revoked');
  });

  it('maps a 404 to auth (Telegram answers 404 to a malformed token)', async () => {
    api.failNext({ status: 404 });
    expect((await sendError(connector.send(outboundMessage({ text: 'Hi' }), ctx))).code).toBe('auth');
  });

  it('maps a 400 and a blocked bot (403) to permanent', async () => {
    api.failNext({ status: 400, description: 'Bad Request: chat not found' }, { status: 403 });
    expect((await sendError(connector.send(outboundMessage({ text: 'Hi' }), ctx))).code).toBe('permanent');
    expect((await sendError(connector.send(outboundMessage({ text: 'Hi' }), ctx))).code).toBe('permanent');
  });

  it('maps a dropped connection to temporary, without the token in the message', async () => {
    api.failNext({ dropConnection: true });
    const error = await sendError(connector.send(outboundMessage({ text: 'Hi' }), ctx));
    expect(error.code).toBe('temporary');
    expect(error.message).not.toContain(TOKEN);
  });

  it('maps an unreachable server to temporary', async () => {
    const offline = new TelegramConnector({ apiRoot: 'http://127.0.0.1:1' });
    expect((await sendError(offline.send(outboundMessage({ text: 'Hi' }), ctx))).code).toBe('temporary');
  });
});

describe('TelegramConnector helpers', () => {
  it('getMe returns the bot', async () => {
    await expect(connector.getMe(TOKEN)).resolves.toMatchObject({ is_bot: true, username: 'inbox_test_bot' });
  });

  it('setWebhook registers the url with the secret and the update types we read', async () => {
    await connector.setWebhook(TOKEN, 'https://inbox.example.com/webhooks/telegram/7', 'wh-secret_123');
    expect(api.webhook).toEqual({
      url: 'https://inbox.example.com/webhooks/telegram/7',
      secretToken: 'wh-secret_123',
      allowedUpdates: ['message', 'edited_message', 'callback_query'],
    });
  });

  it('setWebhook refuses a secret Telegram would not accept', async () => {
    const error = await sendError(connector.setWebhook(TOKEN, 'https://x.example/', 'has spaces'));
    expect(error.code).toBe('permanent');
  });

  it('deleteWebhook removes it', async () => {
    await connector.setWebhook(TOKEN, 'https://inbox.example.com/webhooks/telegram/7', 'abc');
    await connector.deleteWebhook(TOKEN);
    expect(api.webhook).toBeNull();
  });

  it('sendTyping sends the typing action', async () => {
    await connector.sendTyping(CHAT_ID, TOKEN);
    expect(api.callsTo('sendChatAction')[0].params).toEqual({ chat_id: CHAT_ID, action: 'typing' });
  });

  it('answerCallbackQuery answers the press', async () => {
    await connector.answerCallbackQuery(TOKEN, '4382bfdwdsb323b2d9', 'Thanks!');
    expect(api.callsTo('answerCallbackQuery')[0].params).toEqual({ callback_query_id: '4382bfdwdsb323b2d9', text: 'Thanks!' });
  });

  it('downloadFile fetches the bytes through getFile and the file endpoint', async () => {
    const data = Buffer.from('voice bytes');
    const file = api.addFile({ fileId: 'AwAC-voice', filePath: 'voice/file_9.oga', data });
    const result = await connector.downloadFile(TOKEN, file.fileId, 1024);
    expect(result.buffer.equals(data)).toBe(true);
    expect(result).toMatchObject({ fileName: 'file_9.oga', mimeType: 'audio/ogg' });
    expect(api.callsTo('file')[0]).toMatchObject({ token: TOKEN, path: 'voice/file_9.oga' });
  });

  it('downloadFile refuses a file over the limit before downloading it', async () => {
    const file = api.addFile({ data: Buffer.alloc(10), fileSize: 5_000_000 });
    await expect(connector.downloadFile(TOKEN, file.fileId, 1_000_000)).rejects.toBeInstanceOf(TelegramFileTooLargeError);
    expect(api.callsTo('file')).toHaveLength(0);
  });

  it('downloadFile refuses a file whose bytes exceed the limit even if getFile said otherwise', async () => {
    const file = api.addFile({ data: Buffer.alloc(2048), fileSize: 100 });
    await expect(connector.downloadFile(TOKEN, file.fileId, 1024)).rejects.toBeInstanceOf(TelegramFileTooLargeError);
  });

  it('downloadFile maps an unknown file id to permanent', async () => {
    const error = await sendError(connector.downloadFile(TOKEN, 'nope', 1024));
    expect(error.code).toBe('permanent');
  });
});
