import { Entity, PrimaryColumn } from 'typeorm';

/**
 * "This backend process holds at least one `/agents` socket of this
 * operator." The row counts while its process is alive (its heartbeat in
 * `backend_processes`); a dead process's rows are taken back by the others
 * (presence.service.ts).
 */
@Entity('agent_connections')
export class AgentConnection {
  @PrimaryColumn({ type: 'varchar', length: 64 }) processId: string;

  @PrimaryColumn({ type: 'int' }) agentId: number;
}
