import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetaPayloadError } from '../../src/meta/meta-payload.error';
import { parseInstagramWebhook } from '../../src/instagram/instagram-webhook.parser';
import { igEvent, igSamples, igText } from '../fixtures/meta/instagram';
import { FUZZ_RUNS, fuzzBodies } from '../fuzz';

const SENDER = '1234567890123456';

describe('parseInstagramWebhook', () => {
  it('reads text, replies, story replies and mentions, quick replies, media, shares, unsends, reactions, reads and postbacks', () => {
    const events = igSamples(SENDER).flatMap((b) => parseInstagramWebhook(b)) as any[];
    expect(events).toHaveLength(12); // the echo of our own send is not an event
    const [text, reply, storyReply, quick, image, mention, reel, unsent, react, unreact, read, postback] = events;
    expect(text).toMatchObject({ type: 'message', sender: { externalId: SENDER }, kind: 'text', text: 'Hi! Is this still available?' });
    expect(reply.replyToExternalId).toBe('aWdfOURS');
    expect(storyReply.payload.storyReply).toEqual({ url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1', id: '17890000000000001' });
    expect(quick.payload).toEqual({ data: 'csat:9:5' });
    expect(image).toMatchObject({ kind: 'image', attachments: [{ kind: 'image', providerRef: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=2' }] });
    expect(mention).toMatchObject({ kind: 'image', payload: { storyMention: true } });
    expect(reel).toMatchObject({ kind: 'text', text: 'https://www.instagram.com/reel/abc', payload: { shares: [{ type: 'ig_reel', url: 'https://www.instagram.com/reel/abc' }] } });
    expect(unsent).toMatchObject({ externalId: 'aWdfDELETED', edited: true, payload: { unsent: true } });
    expect(unsent.text).toBeUndefined();
    expect(react).toMatchObject({ text: '❤️', replyToExternalId: 'aWdfOURS', payload: { reaction: '❤️' } });
    expect(unreact).toMatchObject({ text: '', payload: { reaction: null } });
    expect(react.externalId).not.toBe(unreact.externalId);
    expect(read).toMatchObject({ type: 'status', externalId: 'aWdfOURS', status: 'read' });
    expect(postback).toMatchObject({ text: 'Talk to a person', payload: { data: 'HUMAN' } });
  });

  it('keeps the timestamp in milliseconds', () => {
    const body = igText(SENDER, 'when') as any;
    body.entry[0].messaging[0].timestamp = 1_700_000_000_123;
    expect((parseInstagramWebhook(body)[0] as any).sentAt.toISOString()).toBe('2023-11-14T22:13:20.123Z');
  });

  it('names the field that is wrong', () => {
    const bad = igEvent(SENDER, { message: { mid: 42, text: 'x' } });
    expect(() => parseInstagramWebhook(bad)).toThrow(/entry\[0\]\.messaging\[0\]\.message\.mid/);
    expect(() => parseInstagramWebhook({ object: 'whatsapp_business_account', entry: [] })).toThrow(MetaPayloadError);
  });

  it(`never throws anything but MetaPayloadError (${FUZZ_RUNS} generated bodies)`, () => {
    fc.assert(
      fc.property(fuzzBodies(igSamples(SENDER)), (body) => {
        try {
          parseInstagramWebhook(body);
        } catch (error) {
          if (!(error instanceof MetaPayloadError)) throw error;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
