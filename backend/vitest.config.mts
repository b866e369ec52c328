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
    // Integration suites share one database per run; keep files sequential.
    fileParallelism: false,
  },
});
