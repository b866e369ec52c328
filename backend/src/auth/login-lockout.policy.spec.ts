import { describe, expect, it } from 'vitest';
import { afterFailure, lockedForSeconds } from './login-lockout.policy';

const rules = { maxFailures: 3, lockoutSeconds: 60 };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));

describe('login lockout policy', () => {
  it('locks the account at the last allowed wrong password, for the lockout time', () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    state = afterFailure(state, at(0), rules);
    state = afterFailure(state, at(1), rules);
    expect(lockedForSeconds(state, at(2))).toBe(0);
    state = afterFailure(state, at(2), rules);
    expect(lockedForSeconds(state, at(2))).toBe(60);
    expect(lockedForSeconds(state, at(31))).toBe(31);
    expect(lockedForSeconds(state, at(62))).toBe(0);
  });

  it('counts from zero again once a lock has run out', () => {
    const expired = { failedLogins: 0, lockedUntil: at(10) };
    const next = afterFailure(expired, at(20), rules);
    expect(next).toEqual({ failedLogins: 1, lockedUntil: null });
  });

  it('rounds a part of a second up, so Retry-After never says 0 while locked', () => {
    expect(lockedForSeconds({ failedLogins: 0, lockedUntil: new Date(at(10).getTime() + 1) }, at(10))).toBe(1);
  });
});
