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
performance.mark?.('inbox:mounted');
