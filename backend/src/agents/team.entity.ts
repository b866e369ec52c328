import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

@Entity('teams')
export class Team {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 120, unique: true }) name: string;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
