import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WhatsAppCloudConnector } from '../../src/whatsapp-cloud/whatsapp-cloud.connector';
import { FakeGraphApi } from '../fake-graph-api';
import { PHONE_NUMBER_ID, WABA_ID } from '../fixtures/meta/whatsapp-cloud';

const TOKEN = 'EAAG-test-token';
const ctx = { inboxId: 3, settings: { phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID }, secrets: { accessToken: TOKEN } };
const file = (fileName: string, mimeType: string, bytes = Buffer.from('bytes')) => ({ fileName, mimeType, read: async () => bytes });

describe(`${WhatsAppCloudConnector.name} sends`, () => {
  let graph: FakeGraphApi;
  let connector: WhatsAppCloudConnector;
  beforeAll(async () => {
    graph = await FakeGraphApi.start({ tokens: [TOKEN] });
    connector = new WhatsAppCloudConnector({ baseUrl: graph.baseUrl });
  });
  afterAll(() => graph.close());

  it('text with the quoted message, through the configured base URL and version', async () => {
    const { externalId } = await connector.send({ id: 1, recipientExternalId: '16505551234', text: 'Hello', attachments: [], replyToExternalId: 'wamid.IN' }, ctx);
    const call = graph.calls.at(-1)!;
    expect(call).toMatchObject({ method: 'POST', path: `/${PHONE_NUMBER_ID}/messages`, token: TOKEN });
    expect(call.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', context: { message_id: 'wamid.IN' }, type: 'text', text: { body: 'Hello', preview_url: false } });
    expect(externalId).toMatch(/^wamid\./);
  });

  it('media: uploaded, then sent by id with the caption; documents keep their name', async () => {
    await connector.send({ id: 2, recipientExternalId: '16505551234', text: 'Label', attachments: [file('label.png', 'image/png'), file('terms.pdf', 'application/pdf')] }, ctx);
    const uploads = graph.calls.filter((c) => c.path.endsWith('/media'));
    expect(uploads.slice(-2).map((u) => [u.body.type, u.files[0].fileName])).toEqual([['image/png', 'label.png'], ['application/pdf', 'terms.pdf']]);
    const [image, doc] = graph.sends().slice(-2);
    expect(image).toMatchObject({ type: 'image', image: { id: expect.any(String), caption: 'Label' } });
    expect(doc).toMatchObject({ type: 'document', document: { id: expect.any(String), filename: 'terms.pdf' } });
  });

  it('three buttons as reply buttons, five as a list', async () => {
    const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `${i + 1} ⭐`, payload: `csat:4:${i + 1}` }));
    await connector.send({ id: 3, recipientExternalId: '16505551234', text: 'Rate us', attachments: [], buttons: buttons(3) }, ctx);
    await connector.send({ id: 4, recipientExternalId: '16505551234', text: 'Rate us', attachments: [], buttons: buttons(5) }, ctx);
    const [three, five] = graph.sends().slice(-2);
    expect(three.interactive).toMatchObject({ type: 'button', body: { text: 'Rate us' }, action: { buttons: [{ type: 'reply', reply: { id: 'csat:4:1', title: '1 ⭐' } }, {}, {}] } });
    expect(five.interactive).toMatchObject({ type: 'list', action: { sections: [{ rows: expect.arrayContaining([{ id: 'csat:4:5', title: '5 ⭐' }]) }] } });
  });

  it('an approved template with its parameters', async () => {
    await connector.send({ id: 5, recipientExternalId: '16505551234', attachments: [], template: { name: 'order_update', language: 'en_US', parameters: ['Ann', 'A-17'] } }, ctx);
    expect(graph.sends().at(-1)).toMatchObject({
      type: 'template',
      template: { name: 'order_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ann' }, { type: 'text', text: 'A-17' }] }] },
    });
    expect((await connector.approvedTemplates(ctx)).map((t) => t.name)).toEqual(['order_update']);
  });

  it('maps Graph refusals to provider errors', async () => {
    graph.failNext({ status: 400, code: 131047, message: 'Re-engagement message' });
    await expect(connector.send({ id: 6, recipientExternalId: '16505551234', text: 'late', attachments: [] }, ctx)).rejects.toMatchObject({ code: 'permanent', message: /131047/ });
    await expect(connector.send({ id: 7, recipientExternalId: '16505551234', text: 'x', attachments: [] }, { ...ctx, secrets: { accessToken: 'wrong' } })).rejects.toMatchObject({ code: 'auth' });
    await expect(connector.send({ id: 8, recipientExternalId: 'not-a-number', text: 'x', attachments: [] }, ctx)).rejects.toMatchObject({ code: 'permanent' });
  });

  it('downloads inbound media by id with the token, within the byte limit', async () => {
    graph.addMedia('555', Buffer.from('JPEGDATA'), 'image/jpeg');
    expect(await connector.downloadMedia('555', ctx, 1000)).toEqual({ data: Buffer.from('JPEGDATA'), mimeType: 'image/jpeg' });
    await expect(connector.downloadMedia('555', ctx, 3)).rejects.toMatchObject({ code: 'permanent' });
  });
});
