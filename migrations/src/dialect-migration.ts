import type { MigrationInterface, QueryRunner } from 'typeorm';

export interface DialectStatements {
  up: string[];
  down: string[];
}

/**
 * A migration written once per SQL dialect. The statements are produced by
 * `npm run migration:generate` from the entities, so the schema a migration
 * builds is exactly the one the entities describe, on MySQL/MariaDB and on
 * SQLite alike (a test checks that no difference is left).
 */
export abstract class DialectMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly mysql: DialectStatements;
  protected abstract readonly sqlite: DialectStatements;

  private statementsFor(queryRunner: QueryRunner): DialectStatements {
    const type = queryRunner.connection.options.type;
    if (type === 'mysql' || type === 'mariadb') return this.mysql;
    if (type === 'better-sqlite3') return this.sqlite;
    throw new Error(`No statements for database type ${type} in migration ${this.name}`);
  }

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of this.statementsFor(queryRunner).up) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of this.statementsFor(queryRunner).down) await queryRunner.query(sql);
  }
}
