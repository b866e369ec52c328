import { describe, expect, it } from 'vitest';
import { CSAT_ANSWER_WINDOW_MS, csatDecision, csatFormFor, CsatTokens, readCsatAnswer } from './csat.policy';

describe('csatFormFor', () => {
  it('asks with stars in the widget, buttons in the messengers and a link elsewhere', () => {
    expect(csatFormFor('webchat')).toBe('widget');
    expect(csatFormFor('telegram')).toBe('buttons');
    expect(csatFormFor('whatsapp')).toBe('buttons');
    expect(csatFormFor('whatsapp-cloud')).toBe('buttons');
    expect(csatFormFor('instagram')).toBe('buttons');
    expect(csatFormFor('email')).toBe('link');
    expect(csatFormFor('twilio-voice')).toBe('link');
  });
});

describe('readCsatAnswer', () => {
  it('reads a pressed button with its conversation and a lone typed digit without', () => {
    expect(readCsatAnswer('csat:42:5', 'csat:42:5')).toEqual({ conversationId: 42, score: 5 });
    expect(readCsatAnswer(' 4 ', undefined)).toEqual({ conversationId: null, score: 4 });
    expect(readCsatAnswer('5!', undefined)).toEqual({ conversationId: null, score: 5 });
  });

  it('ignores anything else', () => {
    expect(readCsatAnswer('6', undefined)).toBeNull();
    expect(readCsatAnswer('I give it a 5', undefined)).toBeNull();
    expect(readCsatAnswer('5', 'menu:5')).toBeNull();
    expect(readCsatAnswer(undefined, 'csat:42:9')).toBeNull();
  });
});

describe('csatDecision', () => {
  const asked = new Date('2026-12-01T10:00:00Z');

  it('records the first answer in the window and keeps it against later ones', () => {
    expect(csatDecision({ csatRequestedAt: asked, csatScore: null }, new Date('2026-12-01T10:05:00Z'))).toBe('recorded');
    expect(csatDecision({ csatRequestedAt: asked, csatScore: 4 }, new Date('2026-12-01T10:06:00Z'))).toBe('already-rated');
  });

  it('refuses late answers and answers to a survey never sent', () => {
    expect(csatDecision({ csatRequestedAt: asked, csatScore: null }, new Date(asked.getTime() + CSAT_ANSWER_WINDOW_MS + 1))).toBe('expired');
    expect(csatDecision({ csatRequestedAt: null, csatScore: null }, asked)).toBe('not-asked');
  });
});

describe(CsatTokens.name, () => {
  const tokens = new CsatTokens('x'.repeat(32));
  const now = new Date('2026-12-01T10:00:00Z');
  const token = tokens.sign(42, new Date('2026-12-08T10:00:00Z'));

  it('gives back the conversation of a genuine token until it expires', () => {
    expect(tokens.verify(token, now)).toEqual({ conversationId: 42 });
    expect(tokens.verify(token, new Date('2026-12-08T10:00:01Z'))).toBe('expired');
  });

  it('refuses a token signed with another secret or changed in any part', () => {
    expect(new CsatTokens('y'.repeat(32)).verify(token, now)).toBeNull();
    const [v, , expires, mac] = token.split('.');
    expect(tokens.verify([v, '43', expires, mac].join('.'), now)).toBeNull();
    expect(tokens.verify([v, '42', String(Number(expires) + 3600), mac].join('.'), now)).toBeNull();
    expect(tokens.verify('c1.42.abc.def', now)).toBeNull();
  });
});
