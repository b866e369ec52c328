import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Global, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { dataSourceOptions, detectMysqlVariant } from './data-source-options';
import { limitMysqlWaits } from './mysql-time-limits';
import { serializeSqliteAccess } from './sqlite-serializer';

/** Opens the database and brings its schema up to date before anything else runs. */
export async function openDatabase(config: AppConfig): Promise<DataSource> {
  if (config.database.type === 'sqlite') mkdirSync(dirname(config.database.path), { recursive: true });
  const variant = config.database.type === 'mysql' ? await detectMysqlVariant(config.database.url) : undefined;
  const dataSource = new DataSource(dataSourceOptions(config.database, variant));
  await dataSource.initialize();
  if (config.database.type === 'sqlite') serializeSqliteAccess(dataSource);
  else await readCommittedSessions(dataSource);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) {
    new Logger('Database').log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
  }
  // After the migrations, which may rightly take minutes.
  if (config.database.type === 'mysql') limitMysqlWaits(dataSource, config.database.url, config.database.timeoutMs);
  return dataSource;
}

/**
 * Every MySQL/MariaDB connection runs at READ COMMITTED, PostgreSQL's
 * default, instead of InnoDB's REPEATABLE READ: there a conditional UPDATE
 * keeps the lock of every row it merely examined (a full operator) until
 * commit, and those lock sets deadlock concurrent routers. Nothing here
 * relies on repeatable reads: every decision is a conditional update or a
 * unique key. Set once per connection, it costs no round trip per
 * transaction.
 */
async function readCommittedSessions(dataSource: DataSource): Promise<void> {
  const SQL = 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED';
  const pool = (dataSource.driver as unknown as { pool: { on(event: 'connection', listener: (c: { query(sql: string, done: (error: Error | null) => void): void }) => void): void } }).pool;
  // Commands on a connection run in order, so this precedes whatever the new connection is handed out for.
  pool.on('connection', (connection) =>
    connection.query(SQL, (error) => {
      if (error) new Logger('Database').warn(`Could not set READ COMMITTED on a new connection: ${error.message}`);
    }),
  );
  // The pool opened its first connection while connecting; it is the only one so far.
  await dataSource.query(SQL);
}

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openDatabase(config),
    },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(private readonly db: DataSource) {}

  /**
   * The pool's connections are closed when the app is, not left open until
   * the process exits. Global modules shut down after the others, in the
   * reverse of AppModule's order: jobs, leases and presence, which write
   * as they stop, close before this one.
   */
  async onApplicationShutdown(): Promise<void> {
    if (this.db.isInitialized) await this.db.destroy();
  }
}
