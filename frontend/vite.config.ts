import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Where `npm run dev` sends API and socket traffic (the backend's default port). */
const backend = process.env.INBOX_BACKEND_URL ?? 'http://localhost:3000';

/**
 * The operator / supervisor / admin app. It builds first and empties dist/;
 * the widget's own config (vite.widget.config.ts) then adds dist/widget.js.
 */
export default defineConfig({
  plugins: [vue()],
  // public/: the web app manifest, its icons and the service worker, copied to dist/ as they are.
  publicDir: 'public',
  define: {
    // Compile-time feature flags: no Options API and no legacy vue-i18n API
    // in this app, so both are dropped from the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    // dist/.vite/manifest.json: which files each screen loads, for bench/bundle
    // (the server does not serve dot folders).
    manifest: true,
    rolldownOptions: {
      input: fileURLToPath(new URL('./index.html', import.meta.url)),
      output: {
        // The framework (Vue, router, Pinia, i18n) in one long-cached chunk; socket.io-client
        // stays with the inbox, so the login page does not download it. ECharts and its
        // renderer zrender, which only the lazy reports page imports, are long-cached chunks
        // of their own too (together over 500 kB even with only the parts the reports use),
        // so a change to the reports page leaves them in the browser's cache. Vue Flow (with
        // VueUse and d3), which only the bot canvas imports, is kept out of the framework's chunk.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue[\\/]|vue[\\/]|vue-router|pinia|vue-i18n|@intlify)/ },
            { name: 'vue-flow', test: /node_modules[\\/](@vue-flow|@vueuse|vue-demi|d3-)/ },
            // Before echarts: a group takes its modules' dependencies along unless an earlier one has them.
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/widget.js': backend,
      '/demo': backend,
      '/csat': backend,
      '/webhooks': backend,
      '/socket.io': { target: backend, ws: true },
    },
  },
});
