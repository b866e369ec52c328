import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, LessThan, type FindOptionsWhere } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { AuditEntry } from './audit-entry.entity';
import { redact } from './audit.policy';

export interface AuditRecord {
  /** null: not a person (an API token, named by actorName; or the system, a webhook paused after failing). */
  actorId: number | null;
  actorName?: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  changes: unknown;
}

const RETRY_JOB = 'audit.record';

@Injectable()
export class AuditService implements OnModuleInit {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<AuditRecord>(RETRY_JOB, (entry) => this.record(entry));
  }

  /**
   * Writes the entry of an action that has already happened. The action
   * stands whatever this does, so a failed write is not the end of its
   * entry: it goes to a retrying job (minutes of attempts), and only a
   * failure of that too is merely logged.
   */
  async recordAfterAction(entry: AuditRecord): Promise<void> {
    try {
      await this.record(entry);
    } catch (error) {
      await this.jobs
        .enqueue(RETRY_JOB, entry, { attempts: 8, backoffMs: 1000 })
        .catch((queued: unknown) => this.logger.error(`Audit entry for ${entry.action} lost: ${String(error)}; not queued either: ${String(queued)}`));
    }
  }

  async record(entry: AuditRecord): Promise<void> {
    const changes = entry.changes && typeof entry.changes === 'object' ? (redact(entry.changes) as Record<string, unknown>) : null;
    const repo = this.db.getRepository(AuditEntry);
    await repo.save(repo.create({ ...entry, changes }));
  }

  /** Newest first; `cursor` is the last id of the previous page. */
  list(query: { entityType?: string; entityId?: number; actorId?: number; cursor?: number; limit: number }): Promise<AuditEntry[]> {
    const where: FindOptionsWhere<AuditEntry> = {};
    if (query.entityType) where.entityType = query.entityType;
    if (query.entityId) where.entityId = query.entityId;
    if (query.actorId) where.actorId = query.actorId;
    if (query.cursor) where.id = LessThan(query.cursor);
    return this.db.getRepository(AuditEntry).find({ where, order: { id: 'DESC' }, take: query.limit });
  }
}
