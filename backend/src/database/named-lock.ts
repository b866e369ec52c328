import type { DataSource } from 'typeorm';

/** The lock could not be had in time; the caller's job runs again later. */
export class NamedLockTimeout extends Error {
  constructor(name: string, seconds: number) {
    super(`lock ${name} not granted within ${seconds} s`);
  }
}

/**
 * Runs `work` while holding a lock of this name across every process on the
 * database: MySQL's GET_LOCK, on a connection kept aside for it (the work
 * itself uses the pool as usual). SQLite is written by one process, whose
 * callers queue in turn here, so it takes no database lock.
 *
 * The caller keeps to one holder per process (waiters would each hold a
 * pooled connection while they wait, and could starve the holder's work).
 */
export async function withNamedLock<T>(db: DataSource, name: string, timeoutSeconds: number, work: () => Promise<T>): Promise<T> {
  const type = db.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return work();
  const runner = db.createQueryRunner('master');
  try {
    const [granted] = await runner.query('SELECT GET_LOCK(?, ?) AS granted', [name, timeoutSeconds]);
    if (Number(granted?.granted) !== 1) throw new NamedLockTimeout(name, timeoutSeconds);
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await runner.release();
  }
}
