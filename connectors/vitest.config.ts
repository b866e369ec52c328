import { defineConfig } from 'vitest/config';

// The parsers' fuzz tests run 10,000 cases each: about 5 s on a quiet 2-core
// machine, more when CI's other pass shares it, so they get room to finish.
export default defineConfig({ test: { include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], testTimeout: 60_000 } });
