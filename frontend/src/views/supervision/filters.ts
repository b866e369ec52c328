import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAgentsStore } from '../../stores/agents';

/** A value a filter can take and what the select shows for it. */
export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

const CHANNELS = ['webchat', 'telegram', 'email', 'whatsapp', 'whatsapp-cloud', 'instagram', 'twilio-voice'];

/** The inboxes, channels, teams and operators the supervision filters offer, from the agents store. */
export function useFilterChoices() {
  const { t } = useI18n();
  const agents = useAgentsStore();
  return {
    inboxes: computed<Array<Choice<number>>>(() => agents.inboxes.map((i) => ({ value: i.id, label: i.name }))),
    channels: computed<Array<Choice<string>>>(() => CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))),
    teams: computed<Array<Choice<number>>>(() => agents.teams.map((team) => ({ value: team.id, label: team.name }))),
    operators: computed<Array<Choice<number>>>(() => agents.agents.map((a) => ({ value: a.id, label: a.name }))),
  };
}
