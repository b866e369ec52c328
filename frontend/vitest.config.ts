import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // .vue single-file components for the operator app; the widget is plain TypeScript and unaffected.
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    testTimeout: 15_000,
  },
});
