import type { DataSource, EntityManager } from 'typeorm';

/**
 * MySQL/InnoDB may pick a transaction as a deadlock victim when several
 * writers lock the same rows in different orders, give up a lock wait, and
 * a router may find every candidate locked by another (CandidatesBusy);
 * SQLite answers SQLITE_BUSY when another connection writes. The right
 * answer to each is to run the work again, bounded and jittered. Anything
 * else is passed on.
 */
export async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
      const retryable = code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'CANDIDATES_BUSY' || code === 'SQLITE_BUSY';
      if (!retryable || attempt >= attempts) throw error;
      // Jittered and growing, capped: the other transactions finish in milliseconds.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2 * 2 ** attempt, 200)));
    }
  }
}

/**
 * A transaction a customer, a provider or the router drives (opening a
 * conversation, storing messages, routing, closing), run again when it
 * loses a lock (withDeadlockRetry). On MySQL the session already runs at
 * READ COMMITTED (database.module.ts).
 */
export function routingTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return withDeadlockRetry(() => db.transaction(work));
}
