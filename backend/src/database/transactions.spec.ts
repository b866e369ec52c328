import { describe, expect, it } from 'vitest';
import { withDeadlockRetry } from './transactions';

/** An error as TypeORM passes the driver's on (a QueryFailedError with driverError), or as the driver throws it. */
const driverError = (code: string) => Object.assign(new Error(code), { driverError: { code } });
const plainError = (code: string) => Object.assign(new Error(code), { code });

/** Work that fails with `errors` one after another, then answers `done`; counts its runs. */
function failing(errors: Error[]) {
  const work = async () => {
    work.runs += 1;
    const error = errors[work.runs - 1];
    if (error) throw error;
    return 'done';
  };
  work.runs = 0;
  return work;
}

describe('withDeadlockRetry', () => {
  it('runs the work again after a deadlock (1213), a lock wait timeout (1205) or SQLITE_BUSY, until it succeeds', async () => {
    const work = failing([driverError('ER_LOCK_DEADLOCK'), driverError('ER_LOCK_WAIT_TIMEOUT'), plainError('SQLITE_BUSY'), plainError('CANDIDATES_BUSY')]);
    await expect(withDeadlockRetry(work)).resolves.toBe('done');
    expect(work.runs).toBe(5);
  });

  it('gives up after the bounded number of attempts with the last error', async () => {
    const lost = driverError('ER_LOCK_DEADLOCK');
    const work = failing(Array.from({ length: 10 }, () => lost));
    await expect(withDeadlockRetry(work, 4)).rejects.toBe(lost);
    expect(work.runs).toBe(4);
  });

  it('passes any other error on at once', async () => {
    const duplicate = driverError('ER_DUP_ENTRY');
    const work = failing([duplicate]);
    await expect(withDeadlockRetry(work)).rejects.toBe(duplicate);
    expect(work.runs).toBe(1);
  });
});
