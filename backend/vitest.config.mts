import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // NestJS dependency injection reads design-time parameter types, which
  // the default transform does not emit.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } } as never,
  resolve: {
    alias: {
      '@inbox/connectors': resolve(import.meta.dirname, '../connectors/src/index.ts'),
      '@inbox/migrations': resolve(import.meta.dirname, '../migrations/src/index.ts'),
    },
  },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files run one after the other. Each has its own database, but the
    // outage and multi-process suites time what they wait for; with two
    // files at a time (tried) the Redis outage suite failed.
    fileParallelism: false,
    // One worker process for all files: importing the application (NestJS,
    // TypeORM, the channels' SDKs) took 2–3 s per file, some 400 s of a
    // pass. Each file still gets a database, Redis prefix and data folder of
    // its own (test/support), and no file leaves module state to the next:
    // nothing here mocks a module, and fake timers are put back.
    isolate: false,
  },
});
