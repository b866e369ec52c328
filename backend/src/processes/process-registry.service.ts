import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, LessThan, Not } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { sqlTimestamp } from '../database/column-types';
import { BackendProcessRow } from './backend-process.entity';
import { heartbeatIntervalMs } from './process-liveness.policy';

/** Work that takes back what dead processes held; it runs after every heartbeat. */
export type ReclaimWork = () => Promise<void>;

/**
 * Which backend processes are alive, from one heartbeat row each in the
 * database. Things a process holds while it works (an operator's socket,
 * a send in progress) name its id; the others take them back once its
 * heartbeat stops, within PROCESS_TIMEOUT_SECONDS and one beat. In the
 * database rather than Redis, so it means the same with one SQLite process
 * and with many processes, and a Redis outage does not kill everyone.
 */
@Injectable()
export class ProcessRegistry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Processes');
  readonly id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`.slice(0, 64);
  readonly timeoutMs: number;
  private readonly startedAt = new Date();
  private readonly reclaimers: Array<{ what: string; work: ReclaimWork }> = [];
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.timeoutMs = config.processTimeoutSeconds * 1000;
  }

  /** `work` runs after each heartbeat: it takes back what processes that are no longer alive held. */
  onEveryBeat(what: string, work: ReclaimWork): void {
    this.reclaimers.push({ what, work });
  }

  async onApplicationBootstrap(): Promise<void> {
    // SQLite is one process's file: whoever wrote a row before this start is gone, and need not be waited for.
    if (this.db.options.type === 'better-sqlite3') {
      await this.db.getRepository(BackendProcessRow).delete({ id: Not(this.id) });
    }
    await this.beat();
    this.timer = setInterval(() => void this.beat(), heartbeatIntervalMs(this.timeoutMs));
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.beating;
  }

  /** Rows naming a process are alive while its heartbeat is newer than this (SQL text for raw queries). */
  aliveSince(): string {
    return sqlTimestamp(new Date(Date.now() - this.timeoutMs));
  }

  /** SQL for "the process named by `column` is alive", with the `:aliveSince` parameter from aliveSince(). */
  static isAliveSql(column: string): string {
    return `${column} IN (SELECT p.id FROM backend_processes p WHERE p.heartbeatAt >= :aliveSince)`;
  }

  private beat(): Promise<void> {
    if (this.stopped || this.beating) return this.beating ?? Promise.resolve();
    this.beating = this.beatOnce().finally(() => (this.beating = null));
    return this.beating;
  }

  private async beatOnce(): Promise<void> {
    try {
      const repo = this.db.getRepository(BackendProcessRow);
      await repo.upsert({ id: this.id, heartbeatAt: new Date(), startedAt: this.startedAt }, ['id']);
    } catch (error) {
      this.logger.warn(`Heartbeat not written: ${message(error)}`);
      return;
    }
    for (const { what, work } of this.reclaimers) {
      if (this.stopped) return;
      await work().catch((error: unknown) => this.logger.warn(`Taking back ${what} of stopped processes failed: ${message(error)}`));
    }
    // Rows of long-dead processes go once everyone had several beats to take back what they held.
    await this.db
      .getRepository(BackendProcessRow)
      .delete({ heartbeatAt: LessThan(new Date(Date.now() - 10 * this.timeoutMs)) })
      .catch(() => undefined);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
