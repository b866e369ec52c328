import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectVisitor, startTestApp, type TestApp } from './support/test-app';

describe('an audio attachment played in the browser', () => {
  let t: TestApp;
  let url: string;
  // An Ogg page header, then bytes: the type is taken from the bytes, not the client's claim.
  const voice = Buffer.concat([Buffer.from('OggS'), Buffer.from(Array.from({ length: 4092 }, (_, i) => i % 251))]);

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    const token = await t.login();
    const inboxKey = (await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Site' } })).body.inbox.publicKey;
    const visitor = await connectVisitor(t.url, inboxKey);
    const form = new FormData();
    form.append('file', new Blob([voice], { type: 'audio/ogg' }), 'voice.ogg');
    const upload = await fetch(`${t.url}/api/widget/uploads`, {
      method: 'POST',
      headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken },
      body: form,
    });
    visitor.socket.close();
    const { attachment } = await upload.json();
    expect(attachment.mimeType).toBe('audio/ogg');
    url = t.url + attachment.url;
  });
  afterAll(() => t.close());

  it('is served whole with its audio type, inline for the player', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/ogg');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-disposition')).toMatch(/^inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(voice)).toBe(true);
  });

  it('answers a player seeking with the bytes asked for (206)', async () => {
    const res = await fetch(url, { headers: { range: 'bytes=1000-1999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 1000-1999/4096');
    // The whole file's validator, not one of the piece: a player's cached pieces belong together.
    expect(res.headers.get('etag')).toBe((await fetch(url)).headers.get('etag'));
    expect(Buffer.from(await res.arrayBuffer()).equals(voice.subarray(1000, 2000))).toBe(true);
    const tail = await fetch(url, { headers: { range: 'bytes=-96' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(voice.subarray(4000))).toBe(true);
  });

  it('answers 416 for a range past the end', async () => {
    const res = await fetch(url, { headers: { range: 'bytes=5000-' } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */4096');
  });
});
