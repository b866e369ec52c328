import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';

/**
 * A fresh, empty database for one test file: a temporary SQLite file by
 * default, or a new database on the MySQL/MariaDB server DATABASE_URL
 * points at (the suite runs on both; CI does both).
 */
export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'mysql';
  /** A query through a connection of the test's own, for checking what a backend in another process stored. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (base && /^(mysql|mariadb):/.test(base)) {
    const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
    const name = `inbox_t_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    server.pathname = `/${name}`;
    return {
      url: server.toString(),
      kind: 'mysql',
      query: async <T,>(sql: string, params: unknown[] = []) => {
        const conn = await createConnection({ uri: server.toString() });
        try {
          return (await conn.query(sql, params))[0] as T[];
        } finally {
          await conn.end();
        }
      },
      drop: async () => {
        const conn = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'inbox-test-'));
  const file = join(dir, 'inbox.sqlite');
  return {
    url: `sqlite:${file}`,
    kind: 'sqlite',
    query: async <T,>(sql: string, params: unknown[] = []) => {
      const sqlite = new Database(file, { readonly: true });
      try {
        return sqlite.prepare(sql).all(...params) as T[];
      } finally {
        sqlite.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
