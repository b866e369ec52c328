import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GOOD_KEY, startFakeWidgetServer, type FakeWidgetServer } from './testing/fake-widget-server';
import { checkFile, uploadFile, UploadError } from './upload';

describe('checkFile', () => {
  it('refuses a file over the inbox limit before uploading it', () => {
    expect(checkFile({ name: 'big.zip', size: 2 * 1024 * 1024 }, 1024 * 1024)).toBe('“big.zip” is larger than 1 MB');
    expect(checkFile({ name: 'ok.pdf', size: 1024 }, 1024 * 1024)).toBeNull();
    expect(checkFile({ name: 'empty.txt', size: 0 }, 1024)).toBe('“empty.txt” is empty');
  });
});

describe('uploadFile', () => {
  let server: FakeWidgetServer;

  beforeAll(async () => {
    server = await startFakeWidgetServer();
    server.tokens.add('visitor-1');
    server.inbox.maxUploadBytes = 100;
  });

  afterAll(() => server.close());

  it('posts the file as multipart field "file" with the inbox key and visitor token, across origins', async () => {
    const file = new File(['hello world'], 'notes.txt', { type: 'text/plain' });
    const attachment = await uploadFile({ host: server.url, inboxKey: GOOD_KEY, visitorToken: 'visitor-1', file });
    expect(attachment).toMatchObject({ fileName: 'notes.txt', mimeType: 'text/plain', size: 11 });
    expect(server.uploads.at(-1)).toEqual({ inboxKey: GOOD_KEY, visitorToken: 'visitor-1', fileName: 'notes.txt', size: 11 });
  });

  it('shows the server’s message when it refuses (413 too large)', async () => {
    const file = new File(['x'.repeat(500)], 'big.txt', { type: 'text/plain' });
    const error = await uploadFile({ host: server.url, inboxKey: GOOD_KEY, visitorToken: 'visitor-1', file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 413, message: 'File too large' });
  });

  it('explains a 413 from a proxy that answers with HTML', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response('<html>413</html>', { status: 413, headers: { 'content-type': 'text/html' } }));
    const file = new File(['x'], 'a.txt');
    await expect(uploadFile({ host: 'https://h.test', inboxKey: 'k', visitorToken: 't', file, fetch })).rejects.toThrow('The file is too large');
  });

  it('reports a network failure in words the visitor understands', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(uploadFile({ host: 'https://h.test', inboxKey: 'k', visitorToken: 't', file: new File(['x'], 'a.txt'), fetch })).rejects.toThrow(
      'The file could not be uploaded',
    );
  });
});
