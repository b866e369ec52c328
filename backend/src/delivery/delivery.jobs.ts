import type { SendProgress } from './delivery.policy';

/** The outbound send of one stored message (docs/architecture.md): jobs carry the id, never the row. */
export const DELIVERY_SEND_JOB = 'delivery.send';

export interface SendJob extends SendProgress {
  messageId: number;
  /**
   * Which run of the send this is: 0 for the first, +1 for every retry, wait
   * or hand-over that follows. Part of the job id, because a running job
   * still holds its own id and a follow-up under the same id would be dropped.
   */
  hop: number;
  /** 'i' for the send that follows the reply, `r<time>` for an operator's retry. */
  chain: string;
  /** The rate limiter already gave this run its slot: send without asking again. */
  reserved?: boolean;
}

export function firstSendJob(messageId: number, chain = 'i'): SendJob {
  return { messageId, attempt: 1, rateLimitWaits: 0, hop: 0, chain };
}

/** De-duplication ids of send jobs, built only here: `send:<id>` for the first run of a reply. */
export function sendJobId(job: SendJob): string {
  return job.hop === 0 && job.chain === 'i' ? `send:${job.messageId}` : `send:${job.messageId}:${job.chain}:${job.hop}`;
}
