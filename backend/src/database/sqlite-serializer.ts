import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM's SQLite drivers run everything through ONE shared connection and
 * query runner. Two requests that open transactions at once therefore nest
 * into each other's savepoints ("no such savepoint"), and a statement from
 * a third request lands inside whichever transaction is open, to be lost
 * if that one rolls back. MySQL has a pool and none of this.
 *
 * This makes SQLite behave like a database with a writer lock: a
 * transaction holds the lock from BEGIN to COMMIT, and statements from
 * anyone else wait for it. The transaction's own statements are recognised
 * through AsyncLocalStorage. `save()` outside a transaction opens one
 * internally, so it is routed through `transaction()` to take the lock too.
 */
export function serializeSqliteAccess(dataSource: DataSource): void {
  const owner = new AsyncLocalStorage<symbol>();
  let holder: symbol | null = null;
  let tail: Promise<void> = Promise.resolve();

  const acquire = (): Promise<() => void> => {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = tail.then(() => release);
    tail = tail.then(() => next);
    return ready;
  };

  const manager = dataSource.manager as EntityManager & Record<string, unknown>;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (async (...args: unknown[]) => {
    if (holder !== null && owner.getStore() === holder) return transaction(...args);
    const release = await acquire();
    const token = Symbol('transaction');
    holder = token;
    try {
      return await owner.run(token, () => transaction(...args));
    } finally {
      holder = null;
      release();
    }
  }) as EntityManager['transaction'];

  const save = manager.save.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.save = ((...args: unknown[]) =>
    owner.getStore() !== undefined && owner.getStore() === holder
      ? save(...args)
      : manager.transaction((tx) => (tx.save as (...a: unknown[]) => Promise<unknown>)(...args))) as EntityManager['save'];

  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = (async (...args: unknown[]) => {
    if (holder === null || owner.getStore() === holder) return query(...args);
    const release = await acquire();
    try {
      return await query(...args);
    } finally {
      release();
    }
  }) as typeof runner.query;
}
