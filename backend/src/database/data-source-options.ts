import type { DataSourceOptions } from 'typeorm';
import { migrations } from '@inbox/migrations';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';

/** One place that knows how to reach either database. */
export function dataSourceOptions(db: DatabaseConfig, mysqlVariant: 'mysql' | 'mariadb' = 'mysql'): DataSourceOptions {
  const common = { entities: ENTITIES, migrations, migrationsRun: false, synchronize: false, logging: false } as const;
  if (db.type === 'mysql') {
    return {
      ...common,
      // TypeORM reads MariaDB's catalogue (defaults of nullable columns)
      // correctly only when told it is MariaDB.
      type: mysqlVariant,
      url: db.url,
      // Store and read every DATETIME as UTC whatever the server's zone.
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      // trace: false spares a stack capture per query; TypeORM's errors name the query that failed.
      extra: { connectionLimit: db.poolSize, trace: false },
      // The handshake of a new connection; waits for a free one and for answers are bounded in mysql-time-limits.ts.
      connectTimeout: db.timeoutMs,
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.path,
    // WAL lets readers run beside the writer; a killed process loses no
    // committed transaction with synchronous=NORMAL in WAL mode.
    enableWAL: true,
    prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
      conn.pragma('busy_timeout = 5000');
      conn.pragma('synchronous = NORMAL');
      conn.pragma('foreign_keys = ON');
    },
  };
}

/** Asks the server what it is, so MariaDB gets TypeORM's MariaDB dialect. */
export async function detectMysqlVariant(url: string): Promise<'mysql' | 'mariadb'> {
  const { createConnection } = await import('mysql2/promise');
  const conn = await createConnection(url);
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as Array<{ v: string }>)[0].v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}
