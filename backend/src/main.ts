import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { stopTakingRequests } from './common/http-intake';
import { keepRunningOnStrayErrors } from './common/stray-errors';
import { ConfigError, loadConfig } from './config/app-config';

/** How long a stopping process waits for requests in flight before it closes the rest anyway. */
const HTTP_DRAIN_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  keepRunningOnStrayErrors();
  // Requests stop first, then the modules close (jobs, sockets, database): a
  // request still arriving would otherwise find the job queue closed, and a
  // client sending on a kept-alive connection would keep the process alive.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      Logger.log(`${signal}: finishing the requests in flight, then closing`, 'Main');
      void stopTakingRequests(app.getHttpServer(), HTTP_DRAIN_MS)
        .then(() => app.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );
    });
  }
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
