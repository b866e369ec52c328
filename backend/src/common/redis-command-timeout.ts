/**
 * How long a Redis command may go unanswered before it fails. Redis answers
 * in well under a millisecond: only a server that stopped answering (a
 * network path that drops everything) takes this long, and whoever waits
 * (a request that enqueues a job, a send asking for its rate limit, a lease
 * renewal) is better off failing over than hanging on it. Blocking and
 * subscriber connections (BullMQ's worker, socket.io's subscriber) get
 * none: waiting is what they are for.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 2000;
