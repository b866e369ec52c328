import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The embeddable site widget only: one self-executing `dist/widget.js`
 * (socket.io-client and the CSS inside it) that any site can load with a
 * plain <script> tag. The operator app has its own config.
 */
export default defineConfig({
  // The widget is plain TypeScript; no Vue, no public/ copying.
  publicDir: false,
  define: {
    // Some dependencies branch on it; a library build does not replace it by itself.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist',
    // dist/ is shared with the operator app's build: never wipe it from here.
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./src/widget/main.ts', import.meta.url)),
      name: 'InboxWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
    rolldownOptions: {
      output: {
        // One file: an iife cannot load chunks.
        codeSplitting: false,
        // Host pages in legacy encodings (or served without a charset) would
        // garble "…" and "Відкрити чат": the file stays pure ASCII.
        charset: 'ascii',
      },
    },
  },
});
