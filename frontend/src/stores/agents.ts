import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api, type AgentInput, type InboxInput } from '../api/endpoints';
import type { AgentDto, InboxDto, TeamDto } from '../api/types';

/** Operators, teams and inboxes: the transfer dialog, the list filter and the admin screens read them. */
export const useAgentsStore = defineStore('agents', () => {
  const agents = ref<AgentDto[]>([]);
  const teams = ref<TeamDto[]>([]);
  const inboxes = ref<InboxDto[]>([]);
  const loadingAgents = ref(false);
  const loadingInboxes = ref(false);

  async function loadAgents() {
    loadingAgents.value = true;
    try {
      agents.value = (await api.agents()).items;
    } finally {
      loadingAgents.value = false;
    }
  }

  async function loadTeams() {
    teams.value = (await api.teams()).items;
  }

  async function loadInboxes() {
    loadingInboxes.value = true;
    try {
      inboxes.value = (await api.inboxes()).items;
    } finally {
      loadingInboxes.value = false;
    }
  }

  /** `agent.updated` from the socket: status and load change live in the transfer dialog. */
  function applyAgent(agent: AgentDto) {
    const at = agents.value.findIndex((a) => a.id === agent.id);
    if (at >= 0) agents.value.splice(at, 1, { ...agents.value[at], ...agent });
  }

  async function createAgent(input: AgentInput) {
    const { agent } = await api.createAgent(input);
    agents.value = [...agents.value, agent];
    return agent;
  }

  async function updateAgent(id: number, input: AgentInput) {
    const { agent } = await api.updateAgent(id, input);
    applyAgent(agent);
    return agent;
  }

  async function createTeam(name: string) {
    const { team } = await api.createTeam(name);
    teams.value = [...teams.value, team].sort((a, b) => a.name.localeCompare(b.name));
    return team;
  }

  async function renameTeam(id: number, name: string) {
    const { team } = await api.renameTeam(id, name);
    teams.value = teams.value.map((x) => (x.id === id ? team : x)).sort((a, b) => a.name.localeCompare(b.name));
    return team;
  }

  /** Members lose the team: their rows are read again. */
  async function deleteTeam(id: number) {
    await api.deleteTeam(id);
    teams.value = teams.value.filter((x) => x.id !== id);
    agents.value = agents.value.map((a) => ({ ...a, teams: a.teams.filter((x) => x.id !== id) }));
  }

  async function createInbox(input: InboxInput) {
    const { inbox } = await api.createInbox(input);
    inboxes.value = [...inboxes.value, inbox];
    return inbox;
  }

  async function updateInbox(id: number, input: InboxInput) {
    const { inbox } = await api.updateInbox(id, input);
    inboxes.value = inboxes.value.map((i) => (i.id === id ? inbox : i));
    return inbox;
  }

  return {
    agents,
    teams,
    inboxes,
    loadingAgents,
    loadingInboxes,
    loadAgents,
    loadTeams,
    loadInboxes,
    applyAgent,
    createAgent,
    updateAgent,
    createTeam,
    renameTeam,
    deleteTeam,
    createInbox,
    updateInbox,
  };
});
