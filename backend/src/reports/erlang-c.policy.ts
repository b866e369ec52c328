/**
 * Erlang C (M/M/N queue): the probability that a contact has to wait when
 * `traffic` erlangs (arrival rate × handling time) are offered to `servers`
 * agents. Computed through the Erlang B recursion, which stays finite where
 * A^N / N! overflows (hundreds of servers).
 */
export function erlangC(servers: number, traffic: number): number {
  if (traffic <= 0) return 0;
  if (servers <= traffic) return 1;
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (traffic * blocking) / (k + traffic * blocking);
  return (servers * blocking) / (servers - traffic * (1 - blocking));
}

/** Share of contacts answered within `thresholdSeconds` with `servers` agents. */
export function erlangServiceLevel(servers: number, traffic: number, handlingSeconds: number, thresholdSeconds: number): number {
  if (traffic <= 0) return 1;
  if (servers <= traffic) return 0;
  return 1 - erlangC(servers, traffic) * Math.exp((-(servers - traffic) * thresholdSeconds) / handlingSeconds);
}

/** Average speed of answer in seconds with `servers` agents. */
export function erlangAverageSpeedOfAnswer(servers: number, traffic: number, handlingSeconds: number): number {
  if (traffic <= 0) return 0;
  if (servers <= traffic) return Infinity;
  return (erlangC(servers, traffic) * handlingSeconds) / (servers - traffic);
}

export interface StaffingInput {
  /** Contacts arriving per hour. */
  perHour: number;
  handlingSeconds: number;
  thresholdSeconds: number;
  /** 0..1, e.g. 0.8 for "80 % within the threshold". */
  target: number;
  /**
   * Conversations one operator holds at once (1 for voice). Chat handling
   * time is measured while the operator serves others too, so each of an
   * operator's slots is one Erlang server.
   */
  concurrency: number;
}

/** Fewest operators that meet the service-level target for this load; 0 when nothing arrives. */
export function operatorsNeeded(input: StaffingInput): number {
  const traffic = (input.perHour * input.handlingSeconds) / 3600;
  if (traffic <= 0 || input.handlingSeconds <= 0) return 0;
  let servers = Math.floor(traffic) + 1;
  while (erlangServiceLevel(servers, traffic, input.handlingSeconds, input.thresholdSeconds) < input.target) servers++;
  return Math.ceil(servers / Math.max(1, input.concurrency));
}
