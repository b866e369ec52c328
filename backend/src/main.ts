import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { keepRunningOnStrayErrors } from './common/stray-errors';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  keepRunningOnStrayErrors();
  const where = config.database.type === 'mysql' ? 'MySQL' : `SQLite at ${config.database.path}`;
  Logger.log(`Inbox on ${config.publicUrl} (database: ${where}; jobs: ${config.redisUrl ? 'Redis' : 'in-process'})`, 'Main');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
