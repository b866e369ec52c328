import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetaPayloadError } from '../../src/meta/meta-payload.error';
import { parseWebAck, parseWebMessage, webAckStatus } from '../../src/whatsapp/whatsapp-web.parser';
import { FUZZ_RUNS, fuzzBodies } from '../fuzz';
import { StandInWhatsAppClient } from '../stand-in-whatsapp-client';

const CUSTOMER = '491701234567@c.us';

/** Messages as the library builds them, taken from the stand-in's own 'message' events. */
function samples() {
  const client = new StandInWhatsAppClient();
  const seen: unknown[] = [];
  client.on('message', (m) => seen.push(m));
  client.receive({ from: CUSTOMER, body: 'hi', notifyName: 'Jonas' });
  client.receive({ from: CUSTOMER, type: 'image', body: 'caption' }, { mimetype: 'image/png', data: 'AA==' });
  client.receive({ from: CUSTOMER, type: 'location', location: { latitude: 1, longitude: 2, name: 'Here', address: 'Street' } });
  client.receive({ from: CUSTOMER, type: 'vcard', vCards: ['BEGIN:VCARD\nFN:A\nTEL:+49 170 1\nEND:VCARD'] });
  client.receive({ from: CUSTOMER, body: 'reply', quotedStanzaID: '3AABC' });
  // Functions do not survive the fuzzer's cloning; the parser reads data fields only.
  return seen.map((m) => Object.fromEntries(Object.entries(m as object).filter(([, v]) => typeof v !== 'function')));
}

describe('parseWebMessage', () => {
  it('skips our own messages, groups and status updates', () => {
    const [text] = samples() as any[];
    expect(parseWebMessage({ ...text, id: { ...text.id, fromMe: true } })).toBeNull();
    expect(parseWebMessage({ ...text, from: '120363025246125888@g.us' })).toBeNull();
    expect(parseWebMessage({ ...text, from: 'status@broadcast', isStatus: true })).toBeNull();
    expect(parseWebMessage({ ...text, type: 'e2e_notification' })).toBeNull();
  });

  it('keeps a media message whose file could not be fetched, saying so', () => {
    const [, image] = samples() as any[];
    expect(parseWebMessage(image, [])).toMatchObject({ kind: 'image', attachments: [], payload: { mediaMissing: true }, files: [] });
  });

  it('maps acks to delivery statuses', () => {
    expect([-1, 0, 1, 2, 3, 4].map(webAckStatus)).toEqual(['failed', null, 'sent', 'delivered', 'read', 'read']);
    expect(parseWebAck({ id: { id: 'X', fromMe: true } }, 2)).toMatchObject({ externalId: 'X', status: 'delivered' });
    expect(parseWebAck({ id: { id: 'X', fromMe: false } }, 2)).toBeNull();
    expect(() => parseWebAck({ id: { id: 'X', fromMe: true } }, 'two')).toThrow(MetaPayloadError);
  });

  it(`never throws anything but MetaPayloadError (${FUZZ_RUNS} generated messages)`, () => {
    const valid = samples();
    fc.assert(
      fc.property(fuzzBodies(valid), fc.anything(), (message, ack) => {
        for (const run of [() => parseWebMessage(message), () => parseWebAck(message, ack)]) {
          try {
            run();
          } catch (error) {
            if (!(error instanceof MetaPayloadError)) throw error;
          }
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
