import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { http } from '../api/http';
import { useSessionStore } from '../stores/session';
import '../styles/base.css';
import App from './App.vue';
import { i18n, setLocale } from './i18n';
import { createAppRouter } from './router';

const app = createApp(App);
const pinia = createPinia();
const router = createAppRouter();
app.use(pinia).use(i18n).use(router);
setLocale(i18n.global.locale.value as 'en' | 'ru' | 'uk');

// Any 401 (an expired or voided token): back to the login page, saying why.
const session = useSessionStore(pinia);
// The server's own text is English only; the operator reads it in their language.
http.onUnauthorized(() => {
  if (!session.token) return;
  session.logout(i18n.global.t('login.sessionEnded'));
  const next = router.currentRoute.value.fullPath;
  void router.replace({ name: 'login', query: next && next !== '/login' ? { next } : {} });
});

app.mount('#app');
// The service worker (public/sw.js): the installed app's shell and push notifications. Not in `npm run dev`,
// where a kept shell would hide edits.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => {});
performance.mark?.('inbox:mounted');
