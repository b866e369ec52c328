export interface LockoutRules {
  /** Wrong passwords in a row that lock the account. */
  maxFailures: number;
  lockoutSeconds: number;
}

export interface LockoutState {
  failedLogins: number;
  lockedUntil: Date | null;
}

/** Seconds the account stays locked, or 0 when it may log in. */
export function lockedForSeconds(state: LockoutState, now: Date): number {
  if (!state.lockedUntil) return 0;
  const left = new Date(state.lockedUntil).getTime() - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/**
 * The state after one more wrong password. The count starts again once a
 * lock has run out, so one wrong password after it does not lock again.
 */
export function afterFailure(state: LockoutState, now: Date, rules: LockoutRules): LockoutState {
  const expired = state.lockedUntil !== null && lockedForSeconds(state, now) === 0;
  const failedLogins = (expired ? 0 : state.failedLogins) + 1;
  if (failedLogins >= rules.maxFailures) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + rules.lockoutSeconds * 1000) };
  return { failedLogins, lockedUntil: expired ? null : state.lockedUntil };
}
