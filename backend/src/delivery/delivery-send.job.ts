import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Or } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Inbox } from '../channels/inbox.entity';
import { Message } from '../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { DeliveryChannels } from './delivery-channels';
import { ProcessRegistry } from '../processes/process-registry.service';
import { DELIVERY_SEND_JOB, firstSendJob, sendJobId, type SendJob } from './delivery.jobs';
import { decideAfterFailure } from './delivery.policy';
import { DeliveryTargets } from './delivery-targets';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter';

/**
 * How long a running send holds its message. Longer than SEND_TIMEOUT_MS,
 * so a live sender never loses it; a dead sender's sends are taken back
 * sooner, when its heartbeat stops (takeBackFromStoppedProcesses).
 */
const LEASE_MS = 3 * 60_000;

/** What the operator reads on a send whose process died during the provider call. */
export const INTERRUPTED_SEND =
  'Interrupted: the server stopped while sending, so the message may have been delivered. Check with the customer, then retry.';
/**
 * A provider call that has not answered by then is given up on. The outcome
 * is unknown (it may have arrived), so the message fails visibly and the
 * operator decides, rather than a silent resend that could duplicate it.
 */
export const SEND_TIMEOUT_MS = 90_000;

class SendTimeoutError extends Error {
  constructor() {
    super(`No answer from the provider within ${SEND_TIMEOUT_MS / 1000} s; the message may have been delivered, check before retrying`);
  }
}

/**
 * `delivery.send`: the one guard every outbound message passes.
 * Skips notes, inbound rows and anything not pending or already carrying a
 * provider id; takes a lease on the row so no two runs send it; waits for
 * the channel's rate limit; sends; stores the provider id and `sent`.
 * Failures go through decideAfterFailure: retry later or `failed`.
 */
@Injectable()
export class DeliverySendJob implements OnModuleInit {
  private readonly logger = new Logger('Delivery');

  constructor(
    private readonly db: DataSource,
    private readonly targets: DeliveryTargets,
    private readonly channels: DeliveryChannels,
    private readonly processes: ProcessRegistry,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SendJob>(DELIVERY_SEND_JOB, (job) => this.run(job));
    this.processes.onEveryBeat('sends', () => this.takeBackFromStoppedProcesses());
  }

  enqueue(job: SendJob, delayMs = 0): Promise<void> {
    // The job's own retries are for the unexpected (database down mid-run); provider errors are handled in run().
    return this.jobs.enqueue(DELIVERY_SEND_JOB, job, { jobId: sendJobId(job), delayMs, attempts: 3, backoffMs: 1000 });
  }

  async run(job: SendJob): Promise<void> {
    const message = await this.messages().findOneBy({ id: job.messageId });
    if (!message || message.direction !== 'out' || message.private || message.externalId !== null || message.status !== 'pending') return;
    if (!(await this.claim(message.id))) return this.watchLease(job);

    let externalId: string | null;
    try {
      const target = await this.targets.load(message);
      const channel = this.channels.get(target.inbox.type);
      if (!channel) throw new Error(`${target.inbox.type} inboxes cannot send messages yet`);
      const outbound = await this.targets.outbound(target);
      if (!job.reserved && channel.limits) {
        const { limits, cost } = channel.limits(target, outbound);
        const waitMs = await this.limiter.reserve(limits, cost);
        if (waitMs > 0) {
          // The slot is ours from now + waitMs: come back then, without asking the limiter again.
          await this.release(message.id);
          await this.enqueueNext({ ...job, hop: job.hop + 1, reserved: true }, waitMs);
          return;
        }
      }
      // From here the customer may get it: a crash after this line must not lead to a blind second send.
      if (!(await this.markSending(message.id))) return;
      ({ externalId } = await withTimeout(channel.send(outbound, target), SEND_TIMEOUT_MS));
    } catch (error) {
      await this.afterFailure(job, error);
      return;
    }
    await this.markSent(message.id, externalId);
    await this.targets.publish(message.id);
  }

  private async afterFailure(job: SendJob, error: unknown): Promise<void> {
    const decision = decideAfterFailure(error, job, this.config.delivery);
    if (decision.action === 'fail') return this.fail(job.messageId, decision.reason);
    // Still pending; the note tells the operator what happened and when the next try is.
    await this.messages().update({ id: job.messageId }, { error: decision.note.slice(0, 500), ...RELEASED });
    await this.enqueueNext({ ...job, ...decision.next, hop: job.hop + 1, reserved: false }, decision.delayMs, decision.note);
    await this.targets.publish(job.messageId);
  }

  /**
   * The next run of a released send. A queue that refuses it (Redis down, the
   * process shutting down) leaves the row pending: DeliveryService queues
   * every pending row when Redis is back and at the next start, so the send
   * goes out late rather than failing for want of a queue.
   */
  private async enqueueNext(job: SendJob, delayMs: number, note?: string): Promise<void> {
    try {
      await this.enqueue(job, delayMs);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Message ${job.messageId} waits for the job queue: ${why}`);
      const waiting = `Waits for the job queue, unreachable now (${why}), and goes out when it is back`;
      await this.messages().update({ id: job.messageId, status: 'pending' }, { error: (note ? `${note}. ${waiting}` : waiting).slice(0, 500) });
    }
  }

  private async fail(messageId: number, reason: string): Promise<void> {
    this.logger.warn(`Message ${messageId} not delivered: ${reason}`);
    await this.messages().update({ id: messageId }, { status: 'failed', error: reason.slice(0, 500), ...RELEASED });
    await this.targets.publish(messageId);
  }

  /** Conditional update: only one run can hold a pending message at a time. */
  private async claim(messageId: number): Promise<boolean> {
    const now = Date.now();
    const result = await this.messages().update(
      { id: messageId, status: 'pending', externalId: IsNull(), deliveryLeaseUntil: Or(IsNull(), LessThan(new Date(now))) },
      { deliveryLeaseUntil: new Date(now + LEASE_MS), deliveryOwner: this.processes.id, sendingSince: null },
    );
    return (result.affected ?? 0) > 0;
  }

  private async isIdempotent(inboxId: number): Promise<boolean> {
    const inbox = await this.db.getRepository(Inbox).findOne({ select: { id: true, type: true }, where: { id: inboxId } });
    return inbox !== null && this.channels.get(inbox.type)?.idempotent === true;
  }

  /** The provider call starts now; false if the lease was taken back meanwhile (this process was taken for dead). */
  private async markSending(messageId: number): Promise<boolean> {
    const result = await this.messages().update({ id: messageId, status: 'pending', deliveryOwner: this.processes.id }, { sendingSince: new Date() });
    return (result.affected ?? 0) > 0;
  }

  private async release(messageId: number): Promise<void> {
    await this.messages().update({ id: messageId }, RELEASED);
  }

  /**
   * Sends held by processes whose heartbeat stopped (killed, crashed): one
   * that had not reached the provider goes out again at once, one that had
   * (`sendingSince`) may have been delivered, so it fails for the operator
   * to check and retry, unless its channel shows a message sent twice once.
   * Each is taken by a conditional update naming the dead owner, so two
   * processes doing this at once take each send once.
   */
  async takeBackFromStoppedProcesses(): Promise<void> {
    const stranded = await this.messages()
      .createQueryBuilder('m')
      .select(['m.id', 'm.inboxId', 'm.deliveryOwner', 'm.sendingSince'])
      .where("m.status = 'pending' AND m.deliveryOwner IS NOT NULL")
      .andWhere(`NOT (${ProcessRegistry.isAliveSql('m.deliveryOwner')})`, { aliveSince: this.processes.aliveSince() })
      .getMany();
    for (const message of stranded) {
      const idempotent = message.sendingSince !== null && (await this.isIdempotent(message.inboxId));
      const taken = { id: message.id, status: 'pending' as const, deliveryOwner: message.deliveryOwner as string };
      if (message.sendingSince !== null && !idempotent) {
        const failed = await this.messages().update(taken, { status: 'failed', error: INTERRUPTED_SEND, ...RELEASED });
        if (failed.affected) {
          this.logger.warn(`Message ${message.id}: its sender stopped during the provider call; failed for the operator to check`);
          await this.targets.publish(message.id);
        }
      } else if ((await this.messages().update(taken, RELEASED)).affected) {
        await this.enqueue(firstSendJob(message.id, `t${Date.now().toString(36)}`));
      }
    }
  }

  /**
   * Another run holds the message. If that run died (a crash mid-send), its
   * lease runs out and nobody would look again: check back just after that.
   */
  private async watchLease(job: SendJob): Promise<void> {
    const row = await this.messages().findOneBy({ id: job.messageId });
    if (!row || row.status !== 'pending' || !row.deliveryLeaseUntil) return;
    const waitMs = Math.max(0, new Date(row.deliveryLeaseUntil).getTime() - Date.now()) + 1000;
    await this.enqueue({ ...job, hop: job.hop + 1, reserved: false }, waitMs);
  }

  /**
   * The provider has the message now; losing this write would send it again.
   * So it is tried a few times, and an id that clashes with a stored one
   * (providers number both directions in one sequence) is dropped, not the status.
   */
  private async markSent(messageId: number, externalId: string | null): Promise<void> {
    for (let tries = 1; ; tries++) {
      try {
        await this.messages().update({ id: messageId }, { status: 'sent', externalId, error: null, ...RELEASED });
        return;
      } catch (error) {
        if (isUniqueViolation(error) && externalId !== null) {
          this.logger.warn(`Message ${messageId}: provider id ${externalId} is already stored; keeping the message without it`);
          externalId = null;
        } else if (tries >= 4) {
          throw error;
        } else {
          await new Promise((resolve) => setTimeout(resolve, 250 * tries));
        }
      }
    }
  }

  private messages() {
    return this.db.getRepository(Message);
  }
}

/** No send in progress holds the message. */
const RELEASED = { deliveryLeaseUntil: null, deliveryOwner: null, sendingSince: null };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
