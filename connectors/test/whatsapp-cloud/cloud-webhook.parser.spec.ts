import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetaPayloadError } from '../../src/meta/meta-payload.error';
import { parseCloudWebhook } from '../../src/whatsapp-cloud/cloud-webhook.parser';
import { cloudEnvelope, cloudMessage, cloudSamples, cloudText, PHONE_NUMBER_ID } from '../fixtures/meta/whatsapp-cloud';
import { FUZZ_RUNS, fuzzBodies } from '../fuzz';

const WA = '16505551234';

describe('parseCloudWebhook', () => {
  it('reads a text message with the sender’s profile name and E.164 phone', () => {
    const body = cloudText(WA, 'Hello');
    const [event] = parseCloudWebhook(body);
    expect(event).toMatchObject({
      type: 'message',
      externalId: (body.entry[0].changes[0].value as any).messages[0].id,
      sender: { externalId: WA, name: 'Sheena Nelson', phone: '+16505551234' },
      kind: 'text',
      text: 'Hello',
      attachments: [],
    });
  });

  it('reads every documented message kind', () => {
    const events = cloudSamples(WA).flatMap((body) => parseCloudWebhook(body));
    const kinds = events.map((e) => (e.type === 'message' ? e.kind : `status:${e.status}`));
    expect(kinds).toEqual(['text', 'text', 'image', 'file', 'audio', 'video', 'sticker', 'location', 'contact', 'text', 'text', 'text', 'text', 'status:delivered', 'status:read', 'status:failed']);
    const [, reply, image, doc, voice, , , location, contact, button, list, template, reaction, , , failed] = events as any[];
    expect(reply.replyToExternalId).toBe('wamid.PREVIOUS');
    expect(image).toMatchObject({ text: 'The broken part', attachments: [{ kind: 'image', providerRef: '1003383421387256', mimeType: 'image/jpeg' }] });
    expect(doc.attachments[0]).toMatchObject({ kind: 'file', fileName: 'invoice.pdf' });
    expect(voice.payload).toEqual({ voice: true });
    expect(location.payload).toEqual({ latitude: 37.483307, longitude: 122.148981, title: 'Main Street Beach', address: 'Main Street Beach, Santa Cruz, CA' });
    expect(contact.payload).toEqual({ name: 'Barbara Johnson', phone: '+1 (940) 555-1234' });
    expect(button).toMatchObject({ text: '5 ⭐', payload: { data: 'csat:7:5' } });
    expect(list.payload).toEqual({ data: 'csat:7:4' });
    expect(template).toMatchObject({ text: 'Stop promotions', payload: { data: 'STOP' }, replyToExternalId: 'wamid.TEMPLATE' });
    expect(reaction).toMatchObject({ text: '👍', replyToExternalId: 'wamid.OURS', payload: { reaction: '👍' } });
    expect(failed).toMatchObject({ externalId: 'wamid.OUTBOUND2', status: 'failed', error: expect.stringMatching(/131047.*24 hours/) });
  });

  it('ignores changes of another number of the same business account', () => {
    const other = cloudText(WA, 'for someone else');
    (other.entry[0].changes[0].value as any).metadata.phone_number_id = '999';
    expect(parseCloudWebhook(other, { phoneNumberId: PHONE_NUMBER_ID })).toEqual([]);
    expect(parseCloudWebhook(cloudText(WA, 'ours'), { phoneNumberId: PHONE_NUMBER_ID })).toHaveLength(1);
  });

  it('ignores fields other than messages and message types it does not serve', () => {
    const template = { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'message_template_status_update', value: { event: 'APPROVED' } }] }] };
    expect(parseCloudWebhook(template)).toEqual([]);
    expect(parseCloudWebhook(cloudMessage(WA, { type: 'order', order: { catalog_id: '1' } }))).toEqual([]);
    expect(parseCloudWebhook(cloudEnvelope({ statuses: [{ id: 'x', status: 'deleted', timestamp: '1', recipient_id: WA }] }))).toEqual([]);
  });

  it('names the field that is wrong', () => {
    const bad = cloudText(WA, 'x') as any;
    bad.entry[0].changes[0].value.messages[0].timestamp = 'yesterday';
    expect(() => parseCloudWebhook(bad)).toThrow(/entry\[0\]\.changes\[0\]\.value\.messages\[0\]\.timestamp/);
    expect(() => parseCloudWebhook({ object: 'page', entry: [] })).toThrow(MetaPayloadError);
    expect(() => parseCloudWebhook([])).toThrow(MetaPayloadError);
  });

  it('refuses ids longer than an external id may be stored', () => {
    expect(() => parseCloudWebhook(cloudText('1'.repeat(151), 'x'))).toThrow(/messages\[0\]\.from" must be an id of at most 150 characters/);
    expect(parseCloudWebhook(cloudText('1'.repeat(15), 'x'))).toHaveLength(1);
  });

  it(`never throws anything but MetaPayloadError (${FUZZ_RUNS} generated bodies)`, () => {
    fc.assert(
      fc.property(fuzzBodies(cloudSamples(WA)), (body) => {
        try {
          const events = parseCloudWebhook(body);
          for (const e of events) expect(typeof e.externalId).toBe('string');
        } catch (error) {
          if (!(error instanceof MetaPayloadError)) throw error;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
