import type { SlaPolicyInput } from '../api/endpoints';
import type { SlaPolicyDto } from '../api/types';

/** Settings → SLA policies: the form as typed (targets in minutes, '' for none) and the API's body (seconds, null for none). */
export interface SlaDraft {
  name: string;
  active: boolean;
  inboxId: number | null;
  channel: SlaPolicyDto['channel'];
  priority: SlaPolicyDto['priority'];
  labelId: number | null;
  firstResponse: string;
  nextResponse: string;
  resolution: string;
  businessHours: boolean;
  amberPercent: number;
  warnBefore: string;
  snoozedTimeCounts: boolean;
}

const minutes = (seconds: number | null) => (seconds === null ? '' : String(Math.round((seconds / 60) * 100) / 100));
/** Minutes as typed ("0.5" is half a minute) to whole seconds; blank is none. */
const seconds = (typed: string): number | null => (typed.trim() === '' ? null : Math.round(Number(typed.replace(',', '.')) * 60));

export function slaDraft(policy: SlaPolicyDto | null): SlaDraft {
  return {
    name: policy?.name ?? '',
    active: policy?.active ?? true,
    inboxId: policy?.inboxId ?? null,
    channel: policy?.channel ?? null,
    priority: policy?.priority ?? null,
    labelId: policy?.labelId ?? null,
    firstResponse: minutes(policy?.firstResponseSeconds ?? null),
    nextResponse: minutes(policy?.nextResponseSeconds ?? null),
    resolution: minutes(policy?.resolutionSeconds ?? null),
    businessHours: policy?.businessHours ?? false,
    amberPercent: policy?.amberPercent ?? 75,
    warnBefore: minutes(policy?.warnBeforeSeconds ?? null),
    snoozedTimeCounts: policy?.snoozedTimeCounts ?? false,
  };
}

/** The body for POST and PATCH; the API names the field of any value it refuses. */
export function slaInput(draft: SlaDraft): SlaPolicyInput {
  return {
    name: draft.name.trim(),
    active: draft.active,
    inboxId: draft.inboxId,
    channel: draft.channel,
    priority: draft.priority,
    labelId: draft.labelId,
    firstResponseSeconds: seconds(draft.firstResponse),
    nextResponseSeconds: seconds(draft.nextResponse),
    resolutionSeconds: seconds(draft.resolution),
    businessHours: draft.businessHours,
    amberPercent: Number(draft.amberPercent),
    warnBeforeSeconds: seconds(draft.warnBefore),
    snoozedTimeCounts: draft.snoozedTimeCounts,
  };
}
