import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from './support/s3-server';
import { connectVisitor, startTestApp, type TestApp } from './support/test-app';
import { createTelegramInbox, eventually, messageUpdate, PNG, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

const CHAT = 444_555_666;
/** Larger than one 5 MB part of a streamed upload, so the bucket gets it in parts; Ogg, so it is served inline. */
const VOICE = Buffer.concat([Buffer.from('OggS'), randomBytes(6 * 1024 * 1024)]);

async function uploadTo(tt: TelegramTest, conversationId: number, bytes: Buffer<ArrayBuffer>, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return fetch(`${tt.t.url}/api/conversations/${conversationId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${tt.adminToken}` }, body: form });
}

describe('files in an S3-compatible bucket', () => {
  let s3: S3TestServer;
  let bucket: string;
  let tt: TelegramTest;
  let conversationId: number;
  let voiceUrl: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    bucket = await s3.newBucket();
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com', ...s3.env(bucket, 'inbox') });
  });
  afterAll(async () => {
    await tt?.close();
    await s3?.close();
  });

  it("keeps a customer's Telegram photo in the bucket, under the prefix, and serves it from there", async () => {
    const { inbox, secret } = await createTelegramInbox(tt);
    const file = tt.api.addFile({ data: PNG, filePath: 'photos/file_9.jpg' });
    const update = messageUpdate(CHAT, 2001, { photo: [{ file_id: file.fileId, file_unique_id: 'u9', width: 1, height: 1, file_size: PNG.length }] });
    expect((await postUpdate(tt, inbox.id, secret, update)).status).toBe(200);
    const photo = await eventually(async () => {
      const list = await tt.t.api('/api/conversations', { token: tt.adminToken });
      conversationId = list.body.items[0]?.id;
      if (!conversationId) return null;
      const messages = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken });
      return messages.body.items.find((m: any) => m.attachments.length === 1)?.attachments[0];
    }, 10_000);
    expect(photo).toMatchObject({ mimeType: 'image/png', size: PNG.length });
    const key = photo.url.split('/')[3];
    expect(await s3.keys(bucket)).toEqual([`inbox/${key}`]);
    expect(await s3.object(bucket, `inbox/${key}`)).toEqual(PNG);
    const download = await fetch(tt.t.url + photo.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    // Nothing went to the local disk.
    expect(existsSync(join(tt.t.config.dataDir, 'files'))).toBe(false);
  });

  it("streams an operator's upload into the bucket and serves it whole, in ranges, and with the same headers as from disk", async () => {
    const upload = await uploadTo(tt, conversationId, VOICE, 'voice note.ogg', 'audio/ogg');
    expect(upload.status).toBe(201);
    const { attachment } = await upload.json();
    expect(attachment).toMatchObject({ fileName: 'voice note.ogg', mimeType: 'audio/ogg', size: VOICE.length });
    const key = attachment.url.split('/')[3];
    expect(await s3.keys(bucket)).toContain(`inbox/${key}`);
    expect((await s3.object(bucket, `inbox/${key}`)).equals(VOICE)).toBe(true);
    voiceUrl = tt.t.url + attachment.url;

    const whole = await fetch(voiceUrl);
    expect(whole.status).toBe(200);
    expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control', 'etag', 'accept-ranges'].map((h) => [h, whole.headers.get(h)]))).toEqual({
      'content-type': 'audio/ogg',
      'content-length': String(VOICE.length),
      'content-disposition': "inline; filename*=UTF-8''voice%20note.ogg",
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=86400',
      etag: `"${key}"`,
      'accept-ranges': 'bytes',
    });
    expect(Buffer.from(await whole.arrayBuffer()).equals(VOICE)).toBe(true);

    const piece = await fetch(voiceUrl, { headers: { range: 'bytes=5242000-5243999' } });
    expect(piece.status).toBe(206);
    expect(piece.headers.get('content-range')).toBe(`bytes 5242000-5243999/${VOICE.length}`);
    expect(piece.headers.get('content-length')).toBe('2000');
    expect(Buffer.from(await piece.arrayBuffer()).equals(VOICE.subarray(5242000, 5244000))).toBe(true);
    const tail = await fetch(voiceUrl, { headers: { range: 'bytes=-100' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(VOICE.subarray(VOICE.length - 100))).toBe(true);
    const past = await fetch(voiceUrl, { headers: { range: `bytes=${VOICE.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${VOICE.length}`);

    const head = await fetch(voiceUrl, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), (await head.arrayBuffer()).byteLength]).toEqual([200, String(VOICE.length), 0]);
    // Not fetch(): it adds Cache-Control: no-cache to a conditional request, as a browser's cache would not.
    const revalidated = await new Promise<number | undefined>((resolve, reject) => {
      get(voiceUrl, { headers: { 'if-none-match': `"${key}"` } }, (res) => resolve(res.resume().statusCode)).on('error', reject);
    });
    expect(revalidated).toBe(304);
  });

  it("sends an operator's file to Telegram from the bucket, and copies a quick reply's file within it", async () => {
    const upload = await uploadTo(tt, conversationId, Buffer.from(PNG), 'label.png', 'image/png');
    const { attachment } = await upload.json();
    const sent = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'Your label', attachments: [attachment.id] } });
    expect(sent.status).toBe(201);
    const sendPhoto = await eventually(async () => tt.api.callsTo('sendPhoto')[0], 10_000);
    expect(sendPhoto.files[0].data).toEqual(PNG);

    const reply = (await tt.t.api('/api/quick-replies', { token: tt.adminToken, body: { scope: 'global', shortcut: 'label', title: 'Label', content: 'Attached.' } })).body.quickReply;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4 the manual')], { type: 'application/pdf' }), 'manual.pdf');
    const added = await fetch(`${tt.t.url}/api/quick-replies/${reply.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${tt.adminToken}` }, body: form });
    const original = (await added.json()).quickReply.attachments[0].key;
    const used = await tt.t.api(`/api/quick-replies/${reply.id}/use`, { token: tt.adminToken, body: { conversationId } });
    const copy = used.body.attachments[0].url.split('/')[3];
    expect(copy).not.toBe(original);
    expect((await s3.object(bucket, `inbox/${copy}`)).toString()).toBe('%PDF-1.4 the manual');
    expect(await s3.keys(bucket)).toContain(`inbox/${original}`);
  });

  it('keeps the pages to files from the server when downloads go through it', async () => {
    expect((await fetch(`${tt.t.url}/demo`)).headers.get('content-security-policy')).not.toContain(s3.endpoint);
  });

  it('answers 404 to anyone without a stored key, as on disk', async () => {
    for (const path of [`/api/attachments/${randomBytes(24).toString('base64url')}/voice.ogg`, '/api/attachments/..%2F..%2Fetc/passwd', '/api/attachments/short/x']) {
      const res = await fetch(tt.t.url + path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('location')).toBeNull();
    }
  });

  it('leaves nothing in the bucket of an upload that is refused: too large (413) or empty (400)', async () => {
    const before = await s3.keys(bucket);
    const tooLarge = await uploadTo(tt, conversationId, Buffer.alloc(tt.t.config.uploadMaxBytes + 1, 7), 'big.bin', 'application/octet-stream');
    expect(tooLarge.status).toBe(413);
    const empty = await uploadTo(tt, conversationId, Buffer.alloc(0), 'empty.txt', 'text/plain');
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/^file: the file is empty/);
    await eventually(async () => JSON.stringify(await s3.keys(bucket)) === JSON.stringify(before));
  });

  it('leaves nothing in the bucket of an upload the route refuses after it arrived: unknown visitor, no such conversation, a malformed id', async () => {
    const before = await s3.keys(bucket);
    const inboxKey = (await tt.t.api('/api/inboxes', { token: tt.adminToken, body: { type: 'webchat', name: 'Site' } })).body.inbox.publicKey;
    const form = () => {
      const body = new FormData();
      body.append('file', new Blob([PNG], { type: 'image/png' }), 'photo.png');
      return body;
    };
    const stranger = await fetch(`${tt.t.url}/api/widget/uploads`, { method: 'POST', headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': 'v2.forged' }, body: form() });
    expect(stranger.status).toBe(401);
    const auth = { authorization: `Bearer ${tt.adminToken}` };
    expect((await fetch(`${tt.t.url}/api/conversations/999999/attachments`, { method: 'POST', headers: auth, body: form() })).status).toBe(404);
    expect((await fetch(`${tt.t.url}/api/conversations/abc/attachments`, { method: 'POST', headers: auth, body: form() })).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await s3.keys(bucket)).toEqual(before);
  });

  it('answers 404, not a broken download, for a file whose bytes are gone from the bucket', async () => {
    const key = voiceUrl.split('/')[5];
    await s3.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: `inbox/${key}` }));
    const res = await fetch(voiceUrl);
    expect(res.status).toBe(404);
    expect((await res.json()).message).toBe('No such file');
  });
});

describe('S3_PRESIGNED_DOWNLOADS=true', () => {
  let s3: S3TestServer;
  let bucket: string;
  let t: TestApp;
  let url: string;
  const notes = Buffer.from('Order 1234: two boxes, one damaged.\n'.repeat(100));

  beforeAll(async () => {
    s3 = await startS3Server();
    bucket = await s3.newBucket();
    t = await startTestApp({ DEMO: 'false', ...s3.env(bucket), S3_PRESIGNED_DOWNLOADS: 'true' });
    const token = await t.login();
    const inboxKey = (await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Site' } })).body.inbox.publicKey;
    const visitor = await connectVisitor(t.url, inboxKey);
    const form = new FormData();
    form.append('file', new Blob([notes], { type: 'text/html' }), 'notes "1".html');
    const upload = await fetch(`${t.url}/api/widget/uploads`, { method: 'POST', headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken }, body: form });
    visitor.socket.close();
    expect(upload.status).toBe(201);
    url = t.url + (await upload.json()).attachment.url;
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  it('redirects a download to a signed URL of the bucket that works for minutes and names the type and disposition', async () => {
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const signed = new URL(res.headers.get('location') as string);
    const key = url.split('/')[5];
    expect(signed.origin + signed.pathname).toBe(`${s3.endpoint}/${bucket}/${key}`);
    expect(Object.fromEntries(['X-Amz-Expires', 'response-content-type', 'response-content-disposition', 'response-cache-control'].map((p) => [p, signed.searchParams.get(p)]))).toEqual({
      'X-Amz-Expires': '300',
      // HTML is never served as a page, from the bucket either.
      'response-content-type': 'application/octet-stream',
      'response-content-disposition': "attachment; filename*=UTF-8''notes%20_1_.html",
      'response-cache-control': 'private, max-age=86400',
    });
    expect(signed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);

    const fromBucket = await fetch(signed);
    expect(fromBucket.status).toBe(200);
    expect(fromBucket.headers.get('content-type')).toBe('application/octet-stream');
    expect(fromBucket.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''notes%20_1_.html");
    expect(Buffer.from(await fromBucket.arrayBuffer()).equals(notes)).toBe(true);
    // The bucket answers the player's ranges itself.
    const piece = await fetch(signed, { headers: { range: 'bytes=6-9' } });
    expect([piece.status, await piece.text()]).toEqual([206, '1234']);
  });

  it("lets the pages show images and media from the bucket (a redirect's target is checked against their policy)", async () => {
    const csp = (await fetch(`${t.url}/demo`)).headers.get('content-security-policy') as string;
    expect(csp).toMatch(new RegExp(`img-src [^;]* ${s3.endpoint}(;|$)`));
    expect(csp).toMatch(new RegExp(`media-src [^;]* ${s3.endpoint}(;|$)`));
    expect(csp).not.toMatch(new RegExp(`script-src [^;]*${s3.endpoint}`));
  });

  it('still answers 404, without a redirect, for a key nobody was given', async () => {
    const res = await fetch(`${t.url}/api/attachments/${randomBytes(24).toString('base64url')}/notes.html`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
  });
});
