import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/endpoints';
import { http } from '../api/http';
import type { AgentDto, AgentStatus } from '../api/types';
import { KEYS, storage } from '../lib/storage';

/** Who is logged in: the access token (kept in localStorage) and the operator's own record. */
export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(storage.get(KEYS.token));
  const user = ref<AgentDto | null>(token.value ? storage.getJson<AgentDto | null>(KEYS.user, null) : null);
  /** Why the last session ended (shown on the login page), e.g. an expired token. */
  const endedReason = ref<string | null>(null);

  http.setToken(token.value);

  const loggedIn = computed(() => !!token.value && !!user.value);
  const isSupervisor = computed(() => user.value?.role === 'supervisor' || user.value?.role === 'admin');
  const isAdmin = computed(() => user.value?.role === 'admin');

  function setUser(agent: AgentDto) {
    user.value = agent;
    storage.setJson(KEYS.user, agent);
  }

  async function login(email: string, password: string) {
    const result = await api.login(email, password);
    token.value = result.accessToken;
    storage.set(KEYS.token, result.accessToken);
    http.setToken(result.accessToken);
    endedReason.value = null;
    setUser(result.user);
  }

  function logout(reason: string | null = null) {
    token.value = null;
    user.value = null;
    endedReason.value = reason;
    storage.set(KEYS.token, null);
    storage.set(KEYS.user, null);
    http.setToken(null);
  }

  /** Reloads my record (role, limit, load). A 401 here ends the session through the http client. */
  async function refresh() {
    if (!token.value) return;
    const { user: me } = await api.me();
    setUser(me);
  }

  async function setStatus(status: AgentStatus) {
    const { agent } = await api.setMyStatus(status);
    setUser(agent);
  }

  /** An `agent.updated` from the socket: take it if it is me. */
  function applyAgent(agent: AgentDto) {
    if (user.value && agent.id === user.value.id) setUser({ ...user.value, ...agent });
  }

  return { token, user, endedReason, loggedIn, isSupervisor, isAdmin, login, logout, refresh, setStatus, setUser, applyAgent };
});
