import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, type FindOptionsWhere } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import { redact } from './audit.policy';

export interface AuditRecord {
  actorId: number;
  action: string;
  entityType: string;
  entityId: number | null;
  changes: unknown;
}

@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

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
