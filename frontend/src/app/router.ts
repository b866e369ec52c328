import { createRouter, createWebHashHistory, type Router } from 'vue-router';
import { useSessionStore } from '../stores/session';
import LoginView from '../views/LoginView.vue';

/**
 * Hash URLs (`/#/inbox/12`): the backend serves index.html at `/` only, so
 * a reload of `/inbox/12` would not find the app; the hash never reaches it.
 * The login page is in the first bundle; everything else loads after it.
 */
export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
      {
        path: '/',
        component: () => import('../views/AppShell.vue'),
        children: [
          { path: '', redirect: { name: 'inbox' } },
          { path: 'inbox/:id(\\d+)?', name: 'inbox', component: () => import('../views/InboxView.vue') },
          { path: 'mentions', name: 'mentions', component: () => import('../views/MentionsView.vue') },
          { path: 'supervision/board', name: 'supervision-board', component: () => import('../views/supervision/BoardView.vue'), meta: { supervisor: true } },
          { path: 'supervision/reviews', name: 'supervision-reviews', component: () => import('../views/supervision/ReviewsView.vue'), meta: { supervisor: true } },
          { path: 'supervision/reviews/:id(\\d+)', name: 'supervision-review', component: () => import('../views/supervision/ReviewView.vue'), meta: { supervisor: true } },
          { path: 'supervision/reports', name: 'supervision-reports', component: () => import('../views/supervision/ReportsView.vue'), meta: { supervisor: true } },
          { path: 'settings/macros', name: 'settings-macros', component: () => import('../views/settings/MacrosView.vue') },
          { path: 'settings/notifications', name: 'settings-notifications', component: () => import('../views/settings/NotificationsView.vue') },
          { path: 'my-reviews', name: 'my-reviews', component: () => import('../views/supervision/MyReviewsView.vue') },
          {
            path: 'admin',
            component: () => import('../views/admin/AdminLayout.vue'),
            meta: { admin: true },
            children: [
              { path: '', redirect: { name: 'admin-inboxes' } },
              { path: 'inboxes', name: 'admin-inboxes', component: () => import('../views/admin/InboxesView.vue') },
              { path: 'inboxes/:id/widget', name: 'admin-inbox-widget', component: () => import('../views/admin/WidgetSettingsView.vue'), props: true },
              { path: 'operators', name: 'admin-operators', component: () => import('../views/admin/OperatorsView.vue') },
              { path: 'teams', name: 'admin-teams', component: () => import('../views/admin/TeamsView.vue') },
              { path: 'labels', name: 'admin-labels', component: () => import('../views/admin/LabelsView.vue') },
              { path: 'sla-policies', name: 'admin-sla-policies', component: () => import('../views/admin/SlaPoliciesView.vue') },
              { path: 'attributes', name: 'admin-attributes', component: () => import('../views/admin/AttributesView.vue') },
              { path: 'quick-replies', name: 'admin-quick-replies', component: () => import('../views/admin/QuickRepliesView.vue') },
              { path: 'bots', name: 'admin-bots', component: () => import('../views/admin/BotsView.vue') },
              { path: 'automation-rules', name: 'admin-automation-rules', component: () => import('../views/admin/AutomationRulesView.vue') },
              { path: 'integrations', name: 'admin-integrations', component: () => import('../views/admin/IntegrationsView.vue') },
            ],
          },
        ],
      },
      { path: '/:rest(.*)*', redirect: { name: 'inbox' } },
    ],
  });

  router.beforeEach((to) => {
    const session = useSessionStore();
    if (to.meta.public) return session.loggedIn && to.name === 'login' ? { name: 'inbox' } : true;
    if (!session.loggedIn) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} };
    if (to.matched.some((r) => r.meta.admin) && !session.isAdmin) return { name: 'inbox' };
    if (to.matched.some((r) => r.meta.supervisor) && !session.isSupervisor) return { name: 'inbox' };
    return true;
  });
  return router;
}
