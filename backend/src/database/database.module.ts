import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Global, Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { dataSourceOptions, detectMysqlVariant } from './data-source-options';
import { serializeSqliteAccess } from './sqlite-serializer';

/** Opens the database and brings its schema up to date before anything else runs. */
export async function openDatabase(config: AppConfig): Promise<DataSource> {
  if (config.database.type === 'sqlite') mkdirSync(dirname(config.database.path), { recursive: true });
  const variant = config.database.type === 'mysql' ? await detectMysqlVariant(config.database.url) : undefined;
  const dataSource = new DataSource(dataSourceOptions(config.database, variant));
  await dataSource.initialize();
  if (config.database.type === 'sqlite') serializeSqliteAccess(dataSource);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) {
    new Logger('Database').log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
  }
  return dataSource;
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
export class DatabaseModule {}
