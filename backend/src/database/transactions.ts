import type { DataSource, EntityManager } from 'typeorm';

/**
 * MySQL/InnoDB may pick a transaction as a deadlock victim when several
 * routers lock the same rows in different orders, and a router may find
 * every candidate locked by another (CandidatesBusy); the right answer is to
 * run it again. Anything else is passed on.
 */
export async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
      const retryable = code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'CANDIDATES_BUSY';
      if (!retryable || attempt >= attempts) throw error;
      // Jittered and growing, capped: the other transactions finish in milliseconds.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2 * 2 ** attempt, 200)));
    }
  }
}

/**
 * A transaction of conditional updates (routing, closing). On MySQL it runs at READ COMMITTED: under the
 * default REPEATABLE READ, InnoDB keeps the lock on every row a conditional
 * UPDATE merely examined (a full operator, say) until commit, and those
 * growing lock sets are what deadlock concurrent routers. Every decision
 * here is a conditional update, so nothing relies on repeatable reads.
 */
export function routingTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const type = db.options.type;
  return withDeadlockRetry(() => (type === 'mysql' || type === 'mariadb' ? db.transaction('READ COMMITTED', work) : db.transaction(work)));
}
