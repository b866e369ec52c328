import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

/**
 * One running backend process, kept fresh by its heartbeat. A process whose
 * heartbeat is older than PROCESS_TIMEOUT_SECONDS is taken for dead: what
 * it held (operators' sockets, sends in progress) is taken back by the
 * others (process-registry.service.ts).
 */
@Entity('backend_processes')
export class BackendProcessRow {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id: string;

  @Column(timestamp) heartbeatAt: Date;

  @Column(timestamp) startedAt: Date;
}
