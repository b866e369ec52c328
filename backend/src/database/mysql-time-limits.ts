import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATABASE_NOT_ANSWERING, DATABASE_TIMEOUT, isDatabaseSilent } from '../common/database-errors';

/** A wait this long (a query, or a connection) makes the limits ask whether the server answers at all. */
const SUSPECT_AFTER_MS = 1000;
/** A healthy server answers a new connection's handshake and `SELECT 1` in milliseconds, even when busy. */
const PROBE_TIMEOUT_MS = 2000;
/** While the server answers nothing, it is asked again this often. */
const PROBE_EVERY_MS = 1000;

type Callback = (error: Error | null, ...results: unknown[]) => void;

/** A mysql2 command (Query) as far as the limits see it: its events, and the callback mysql2 calls with its result. */
interface Command {
  onResult?: Callback;
  once(event: 'end' | 'error', listener: () => void): unknown;
}

/** The part of mysql2's PoolConnection the limits use. */
interface PooledConnection {
  query(...args: unknown[]): Command;
  promise(promiseImpl?: unknown): unknown;
  release(): void;
  on(event: 'error', listener: () => void): unknown;
  stream?: { destroy(error?: Error): void };
}

type Acquire = (callback: (error: Error | null, connection?: PooledConnection) => void) => void;

/** The part of mysql2's Pool the limits use: TypeORM takes every connection through getConnection. */
interface Pool {
  getConnection: Acquire;
}

/**
 * Bounds every wait on MySQL/MariaDB, so a server that stops answering
 * without refusing anything (a network path that drops packets) costs a
 * request a bounded wait and never hangs it:
 *
 * - a connection is waited for at most `timeoutMs` (mysql2's pool has no
 *   such limit; its `connectTimeout` bounds only a new connection's
 *   handshake);
 * - a query must be answered within `timeoutMs` of being asked, time
 *   queued behind another on its connection included. mysql2's own
 *   per-query `timeout` (TypeORM's `enableQueryTimeout`) answers the
 *   caller but leaves the connection, and whatever is queued on it,
 *   waiting for ever; here the connection is failed instead, so every
 *   command on it hears at once and the pool replaces it;
 * - a wait longer than a second makes the limits ask the server directly,
 *   on a connection of their own (`SELECT 1`, 2 s). One slow query is no
 *   outage; a server that cannot answer that is one: everything waiting
 *   on it fails at once (503), and so does every new request until a
 *   probe is answered again, instead of each waiting out its own limit.
 *
 * They apply once migrations ran: a migration may rightly take minutes.
 */
export class MysqlTimeLimits {
  private readonly logger = new Logger('Database');
  private readonly limited = new WeakSet<PooledConnection>();
  /** Our own callbacks, which the pool hands back to getConnection when a failed connection frees a place. */
  private readonly ours = new WeakSet<object>();
  /** How to fail each query and each wait for a connection under way, should the server prove silent. */
  private readonly waiting = new Set<(error: Error) => void>();
  private readonly acquire: Acquire;
  /** Since when the server has answered nothing; null while it answers. */
  private silentSince: number | null = null;
  private probing: Promise<void> | null = null;
  private nextProbe: NodeJS.Timeout | null = null;

  constructor(
    pool: Pool,
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {
    this.acquire = pool.getConnection.bind(pool);
    pool.getConnection = (callback) => this.getConnection(callback);
  }

  private getConnection(callback: Parameters<Acquire>[0]): void {
    if (this.ours.has(callback)) return this.acquire(callback);
    if (this.silentSince !== null) {
      process.nextTick(() => callback(notAnswering()));
      return;
    }
    const wait = this.bound(
      () => databaseError(DATABASE_TIMEOUT, `No database connection within ${this.timeoutMs} ms`),
      (error) => callback(error),
    );
    const handOver = (error: Error | null, connection?: PooledConnection) => {
      if (!wait.end()) {
        // The caller gave up meanwhile: the connection goes back for the next one.
        connection?.release();
        return;
      }
      if (error) {
        if (isDatabaseSilent(error)) this.suspect();
        return callback(error);
      }
      this.limitQueries(connection!);
      callback(null, connection);
    };
    this.ours.add(handOver);
    this.acquire(handOver);
  }

  private limitQueries(connection: PooledConnection): void {
    if (this.limited.has(connection)) return;
    this.limited.add(connection);
    // A failed connection tells every listener; without one, a late error on it would be thrown.
    connection.on('error', () => undefined);
    keepPromiseWrapper(connection);
    const query = connection.query.bind(connection);
    connection.query = (...args: unknown[]) => {
      const command = query(...args);
      const wait = this.bound(
        () => databaseError(DATABASE_TIMEOUT, `The database did not answer within ${this.timeoutMs} ms`),
        (error) => {
          // mysql2 hands a stream error to every command of the connection and takes it out of the pool.
          connection.stream?.destroy(error);
          // A stream already gone reports nothing more: the command is told directly.
          setImmediate(() => command.onResult?.(error));
        },
      );
      command.once('end', () => wait.end());
      const onResult = command.onResult;
      if (onResult) {
        let answered = false;
        command.onResult = (error, ...results) => {
          wait.end();
          if (answered) return;
          answered = true;
          onResult.call(command, error, ...results);
        };
      } else {
        command.once('error', () => wait.end());
      }
      return command;
    };
  }

  /**
   * A wait on the server: past a second it asks whether the server answers
   * at all, past `timeoutMs` it fails; `end()` says whether it ended
   * before failing.
   */
  private bound(timedOut: () => Error, fail: (error: Error) => void): { end(): boolean } {
    let ended = false;
    const failNow = (error: Error) => {
      if (!end()) return;
      fail(error);
    };
    const suspicion = setTimeout(() => this.suspect(), SUSPECT_AFTER_MS);
    const limit = setTimeout(() => failNow(timedOut()), this.timeoutMs);
    const end = () => {
      if (ended) return false;
      ended = true;
      clearTimeout(suspicion);
      clearTimeout(limit);
      this.waiting.delete(failNow);
      return true;
    };
    this.waiting.add(failNow);
    return { end };
  }

  private suspect(): void {
    this.probing ??= this.probe().finally(() => {
      this.probing = null;
    });
  }

  private async probe(): Promise<void> {
    if (this.nextProbe) clearTimeout(this.nextProbe);
    this.nextProbe = null;
    if (await this.serverAnswers()) {
      if (this.silentSince !== null) this.logger.log(`The database answers again after ${Math.round((Date.now() - this.silentSince) / 1000)} s`);
      this.silentSince = null;
      return;
    }
    if (this.silentSince === null) {
      this.silentSince = Date.now();
      this.logger.warn(`The database does not answer (not even a new connection's SELECT 1 within ${PROBE_TIMEOUT_MS} ms): requests fail at once with 503 until it does`);
    }
    for (const fail of [...this.waiting]) fail(notAnswering());
    this.nextProbe = setTimeout(() => this.suspect(), PROBE_EVERY_MS);
    this.nextProbe.unref();
  }

  /** On a connection of its own, so a pool full of stuck connections does not decide. A refusal is an answer: requests hear it themselves. */
  private async serverAnswers(): Promise<boolean> {
    const { createConnection } = await import('mysql2/promise');
    let timer: NodeJS.Timeout | undefined;
    const silence = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(databaseError(DATABASE_TIMEOUT, 'No answer to the probe')), PROBE_TIMEOUT_MS);
    });
    const connecting = createConnection({ uri: this.url, connectTimeout: PROBE_TIMEOUT_MS });
    try {
      const connection = await Promise.race([connecting, silence]);
      await Promise.race([connection.query('SELECT 1'), silence]);
      return true;
    } catch (error) {
      return !isDatabaseSilent(error);
    } finally {
      clearTimeout(timer);
      // Also a connection that completes after the probe gave up on it.
      connecting.then((connection) => connection.destroy()).catch(() => undefined);
    }
  }
}

/**
 * TypeORM runs every query through `connection.promise().query(…)`, and
 * mysql2's promise() `require`s its wrapper module and builds a new wrapper
 * (an EventEmitter) each time: a few percent of a busy process's time
 * (docs/benchmarks.md, "Ceiling"). The wrapper holds nothing but the
 * connection, so each connection keeps its first one.
 */
function keepPromiseWrapper(connection: PooledConnection): void {
  const promise = connection.promise.bind(connection);
  let wrapper: unknown;
  connection.promise = (promiseImpl?: unknown) => (promiseImpl === undefined ? (wrapper ??= promise()) : promise(promiseImpl));
}

function databaseError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, fatal: true });
}

function notAnswering(): Error {
  return databaseError(DATABASE_NOT_ANSWERING, 'The database is not answering');
}

/** Puts the limits on a MySQL/MariaDB data source's pool. */
export function limitMysqlWaits(dataSource: DataSource, url: string, timeoutMs: number): MysqlTimeLimits {
  const pool = (dataSource.driver as unknown as { pool: Pool }).pool;
  return new MysqlTimeLimits(pool, url, timeoutMs);
}
