import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  keepRunningOnStrayErrors();
  const where = config.database.type === 'mysql' ? 'MySQL' : `SQLite at ${config.database.path}`;
  Logger.log(`Inbox on ${config.publicUrl} (database: ${where}; jobs: ${config.redisUrl ? 'Redis' : 'in-process'})`, 'Main');
}

/**
 * Once the server is up, an error nobody handled is logged and the process
 * goes on. Client libraries (Redis, the database driver, provider SDKs)
 * sometimes report a lost connection that way, and exiting would turn a
 * transient fault into the loss of every request and socket this process
 * holds, and of every process at once when the fault is shared. Until then
 * (bad configuration, no database at start) Node's default stands: the
 * process exits, and its supervisor says so.
 */
function keepRunningOnStrayErrors(): void {
  const logger = new Logger('Process');
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.on('unhandledRejection', (reason) => logger.error(`A rejection nobody handled; the process keeps running: ${describe(reason)}`));
  process.on('uncaughtException', (error) => logger.error(`An exception nobody caught; the process keeps running: ${describe(error)}`));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
