import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstagramConnector, planInstagramSend } from '../../src/instagram/instagram.connector';
import { FakeGraphApi } from '../fake-graph-api';
import { IG_ACCOUNT_ID } from '../fixtures/meta/instagram';

const TOKEN = 'IGAA-test-token';
const ctx = { inboxId: 4, settings: { accountId: IG_ACCOUNT_ID }, secrets: { accessToken: TOKEN } };
const USER = '1234567890123456';

describe(`${InstagramConnector.name} sends`, () => {
  let graph: FakeGraphApi;
  let connector: InstagramConnector;
  beforeAll(async () => {
    graph = await FakeGraphApi.start({ tokens: [TOKEN] });
    connector = new InstagramConnector({ baseUrl: graph.baseUrl });
  });
  afterAll(() => graph.close());

  it('text, then an image by its public URL', async () => {
    const image = { fileName: 'a.png', mimeType: 'image/png', read: async () => Buffer.from('x'), url: 'https://inbox.example.com/api/attachments/k/a.png' };
    const { externalId } = await connector.send({ id: 1, recipientExternalId: USER, text: 'Here it is', attachments: [image] }, ctx);
    const [text, picture] = graph.calls.slice(-2);
    expect(text).toMatchObject({ method: 'POST', path: `/${IG_ACCOUNT_ID}/messages`, token: TOKEN, body: { recipient: { id: USER }, message: { text: 'Here it is' } } });
    expect(picture.body.message).toEqual({ attachment: { type: 'image', payload: { url: image.url } } });
    expect(externalId).toMatch(/^aWdf/);
  });

  it('tags every part of a human agent’s late reply HUMAN_AGENT, and nothing else', async () => {
    const image = { fileName: 'a.png', mimeType: 'image/png', read: async () => Buffer.from('x'), url: 'https://inbox.example.com/api/attachments/k/a.png' };
    await connector.send({ id: 2, recipientExternalId: USER, text: 'Sorry for the wait', attachments: [image], humanAgent: true }, ctx);
    for (const call of graph.calls.slice(-2)) expect(call.body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    await connector.send({ id: 3, recipientExternalId: USER, text: 'In time', attachments: [] }, ctx);
    expect(graph.calls.at(-1)?.body).not.toHaveProperty('tag');
  });

  it('quick replies on the last text part; long texts split under 1000 bytes', () => {
    const bodies = planInstagramSend({ id: 2, recipientExternalId: USER, text: `${'ж'.repeat(700)} end`, attachments: [], buttons: [{ title: '5 ⭐', payload: 'csat:1:5' }] });
    expect(bodies.length).toBe(2);
    for (const b of bodies) expect(Buffer.byteLength(b.text as string)).toBeLessThanOrEqual(1000);
    expect(bodies[1].quick_replies).toEqual([{ content_type: 'text', title: '5 ⭐', payload: 'csat:1:5' }]);
  });

  it('refuses what Instagram cannot carry', () => {
    const pdf = { fileName: 'a.pdf', mimeType: 'application/pdf', read: async () => Buffer.from('x'), url: 'https://x/a.pdf' };
    expect(() => planInstagramSend({ id: 3, recipientExternalId: USER, attachments: [pdf] })).toThrow(/only images, video and audio/);
    expect(() => planInstagramSend({ id: 4, recipientExternalId: USER, attachments: [{ ...pdf, mimeType: 'image/png', url: undefined }] })).toThrow(/PUBLIC_URL/);
  });
});
