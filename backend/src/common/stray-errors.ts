import { Logger } from '@nestjs/common';

/**
 * Once the server is up, an error nobody handled is logged and the process
 * goes on. Client libraries (Redis, the database driver, provider SDKs)
 * sometimes report a lost connection that way, and exiting would turn a
 * transient fault into the loss of every request and socket this process
 * holds, and of every process at once when the fault is shared. Until then
 * (bad configuration, no database at start) Node's default stands: the
 * process exits, and its supervisor says so.
 */
export function keepRunningOnStrayErrors(): void {
  const logger = new Logger('Process');
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.on('unhandledRejection', (reason) => logger.error(`A rejection nobody handled; the process keeps running: ${describe(reason)}`));
  process.on('uncaughtException', (error) => logger.error(`An exception nobody caught; the process keeps running: ${describe(error)}`));
}
