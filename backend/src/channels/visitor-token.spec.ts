import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VisitorTokens } from './visitor-token';

const DAY = 24 * 3600 * 1000;

describe('VisitorTokens', () => {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const tokens = new VisitorTokens('x'.repeat(32), 180 * DAY, () => now);

  it('takes its own token for its inbox only, and nothing altered', () => {
    const { token, visitorId } = tokens.issue(7);
    expect(tokens.verify(token, 7)).toBe(visitorId);
    expect(tokens.verify(token, 8)).toBeNull();
    expect(tokens.verify(token.slice(0, -2) + 'xx', 7)).toBeNull();
    const [v, inbox, id, , mac] = token.split('.');
    expect(tokens.verify([v, inbox, id, String(Math.floor(now / 1000) + 3600), mac].join('.'), 7)).toBeNull();
  });

  it('refuses a token past its lifetime, and a fresh one keeps the same visitor', () => {
    const { token, visitorId } = tokens.issue(7);
    now += 179 * DAY;
    expect(tokens.verify(token, 7)).toBe(visitorId);
    const renewed = tokens.sign(7, visitorId);
    now += 2 * DAY;
    expect(tokens.verify(token, 7)).toBeNull();
    expect(tokens.verify(renewed, 7)).toBe(visitorId);
  });

  it('still takes a genuine token from before lifetimes, so its visitor can be given a new one', () => {
    const visitorId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const mac = createHmac('sha256', `visitor-token:${'x'.repeat(32)}`).update(`7.${visitorId}`).digest('base64url');
    expect(tokens.verify(`v1.7.${visitorId}.${mac}`, 7)).toBe(visitorId);
    expect(tokens.verify(`v1.7.${visitorId}.${mac.slice(1)}x`, 7)).toBeNull();
  });

  it('counts a token from before lifetimes as issued when they came in, so it too is refused once the lifetime has passed since', () => {
    const visitorId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const mac = createHmac('sha256', `visitor-token:${'x'.repeat(32)}`).update(`7.${visitorId}`).digest('base64url');
    const at = (iso: string) => new VisitorTokens('x'.repeat(32), 180 * DAY, () => Date.parse(iso));
    expect(at('2027-06-04T00:00:00Z').verify(`v1.7.${visitorId}.${mac}`, 7)).toBe(visitorId);
    expect(at('2027-06-06T00:00:00Z').verify(`v1.7.${visitorId}.${mac}`, 7)).toBeNull();
  });
});
