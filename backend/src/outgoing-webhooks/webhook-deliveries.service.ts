import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, LessThan, LessThanOrEqual } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainEventBus } from '../common/domain-events';
import { TtlCache } from '../common/ttl-cache';
import { SecretBox } from '../channels/secret-box';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { webhookRetryDelayMs } from './retry-schedule.policy';
import { WEBHOOK_PAYLOAD_VERSION, WEBHOOK_RULE_EVENT, type WebhookEvent } from './webhook-events';
import { postWebhook, WEBHOOK_TIMEOUT_MS, type PostOutcome } from './webhook-http';
import { signatureHeader } from './webhook-signature';
import { WebhookAttempt, WebhookDelivery, WebhookSubscription } from './webhook.entities';

/** Failed tries in a row (any of its deliveries, no success between) after which a subscription is paused. */
export const WEBHOOK_PAUSE_AFTER_FAILURES = 15;

/** Tries kept in a subscription's log. */
export const WEBHOOK_LOG_SIZE = 100;

const DELIVER_JOB = 'webhooks.deliver';
/** A try under way is left alone this long (more than the receiver's time limit). */
const IN_FLIGHT_MS = WEBHOOK_TIMEOUT_MS + 20_000;
const MANUAL_JOB = 'webhooks.deliver-once';

interface DeliverJob {
  deliveryId: number;
}

/**
 * The delivery pipeline (docs/integrations.md): every event is stored as a
 * delivery per subscription that wants it, then sent by jobs. Deliveries of
 * one lane (a conversation, a contact, an operator) go out one after the
 * other in id order: a delivery waits while an earlier one of its lane is
 * pending, and the one that finishes hands on to the next. A failed try is
 * tried again on the retry schedule; a subscription that keeps failing is
 * paused. Every try is logged.
 */
@Injectable()
export class WebhookDeliveries implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Webhooks');
  private readonly secrets: SecretBox;
  /** Read on every event: a change on another process is seen within this time. */
  private readonly activeSubscriptions = new TtlCache<'active', WebhookSubscription[]>(5000);

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly domainEvents: DomainEventBus,
  ) {
    this.secrets = new SecretBox(config.appSecret);
  }

  onModuleInit(): void {
    this.jobs.register<DeliverJob>(DELIVER_JOB, ({ deliveryId }) => this.deliver(deliveryId));
    this.jobs.register<DeliverJob>(MANUAL_JOB, ({ deliveryId }) => this.deliverOnce(deliveryId));
    // A Redis that came back empty lost the scheduled tries: they come back from the rows.
    this.jobs.onStoreRestored(() => void this.resumeLanes().catch((error: unknown) => this.logger.error(`Resuming webhook deliveries failed: ${String(error)}`)));
  }

  /** Tries that were due or under way when the process stopped are scheduled again from the rows. */
  async onApplicationBootstrap(): Promise<void> {
    await this.resumeLanes();
  }

  sealSecret(secret: string): string {
    return this.secrets.seal({ secret });
  }

  /** A subscription changed here: this process reads them afresh at the next event. */
  forgetSubscriptions(): void {
    this.activeSubscriptions.delete('active');
  }

  /**
   * Stores the event for every active subscription that asked for it (and,
   * for a private message, only those that include private notes), then
   * schedules the sends. Called in the order the events happen, so a lane's
   * ids follow that order.
   */
  async record(event: WebhookEvent, lane: string, data: () => Promise<Record<string, unknown>>, options: { private?: boolean; occurredAt?: Date } = {}): Promise<void> {
    const subscriptions = (await this.activeSubscriptions.get('active', () => this.db.getRepository(WebhookSubscription).findBy({ active: true }))).filter(
      (s) => s.events.includes(event) && (!options.private || s.includePrivateNotes),
    );
    if (subscriptions.length === 0) return;
    const body = JSON.stringify(await data());
    const occurredAt = options.occurredAt ?? new Date();
    const repo = this.db.getRepository(WebhookDelivery);
    const rows = subscriptions.map((s) => repo.create({ subscriptionId: s.id, event, lane, data: body, occurredAt, status: 'pending', attempts: 0, nextAttemptAt: null }));
    await repo.save(rows);
    for (const row of rows) await this.schedule(row, `${row.attempts}`);
  }

  /**
   * An automation rule's webhook: one delivery to the subscription it names,
   * in the conversation's lane, signed, retried and logged like every other.
   * It waits while the subscription is paused; false when it is gone.
   */
  async sendForRule(subscriptionId: number, lane: string, data: Record<string, unknown>): Promise<boolean> {
    const subscription = await this.db.getRepository(WebhookSubscription).findOneBy({ id: subscriptionId });
    if (!subscription) return false;
    const repo = this.db.getRepository(WebhookDelivery);
    const row = await repo.save(repo.create({ subscriptionId, event: WEBHOOK_RULE_EVENT, lane, data: JSON.stringify(data), occurredAt: new Date(), status: 'pending', attempts: 0, nextAttemptAt: null }));
    await this.schedule(row, `${row.attempts}`);
    return true;
  }

  /** "Send a test event": a delivery of its own lane, tried once now. */
  async sendTest(subscription: WebhookSubscription, data: Record<string, unknown>): Promise<WebhookDelivery> {
    const repo = this.db.getRepository(WebhookDelivery);
    // Never pending: the automatic schedule leaves it alone; a success marks it delivered.
    const row = await repo.save(repo.create({ subscriptionId: subscription.id, event: 'webhook.test', lane: 'test', data: JSON.stringify(data), occurredAt: new Date(), status: 'failed', attempts: 0 }));
    await this.jobs.enqueue(MANUAL_JOB, { deliveryId: row.id } satisfies DeliverJob, { jobId: `webhook-once:${row.id}:${Date.now()}` });
    return row;
  }

  /** "Redeliver": the same delivery (same id and body) tried once more now, outside the schedule. */
  async redeliver(delivery: WebhookDelivery): Promise<void> {
    await this.jobs.enqueue(MANUAL_JOB, { deliveryId: delivery.id } satisfies DeliverJob, { jobId: `webhook-once:${delivery.id}:${Date.now()}` });
  }

  /** Sends what waited while the subscription was paused: the head of each of its lanes. */
  async resumeLanes(subscriptionId?: number): Promise<void> {
    const heads: Array<{ id: number | string }> = await this.db
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .select('MIN(d.id)', 'id')
      .where("d.status = 'pending'")
      .andWhere(subscriptionId === undefined ? '1 = 1' : 'd.subscriptionId = :subscriptionId', { subscriptionId })
      .groupBy('d.subscriptionId')
      .addGroupBy('d.lane')
      .getRawMany();
    if (heads.length === 0) return;
    for (const row of await this.db.getRepository(WebhookDelivery).findBy({ id: In(heads.map((h) => Number(h.id))) })) await this.schedule(row, `${row.attempts}:r${Date.now()}`);
  }

  /** The automatic try of a delivery, when it is due; `run` tells this scheduling apart from others of the same try. */
  private async schedule(delivery: WebhookDelivery, run: string): Promise<void> {
    const delayMs = delivery.nextAttemptAt ? Math.max(0, new Date(delivery.nextAttemptAt).getTime() - Date.now()) : 0;
    await this.jobs
      .enqueue(DELIVER_JOB, { deliveryId: delivery.id } satisfies DeliverJob, { jobId: `webhook:${delivery.id}:${run}`, delayMs })
      // The queue keeps a refused job until Redis is back; a restart finds the delivery pending in its row.
      .catch((error: unknown) => this.logger.warn(`Webhook delivery ${delivery.id} not scheduled now: ${String(error)}`));
  }

  private async deliver(deliveryId: number): Promise<void> {
    const repo = this.db.getRepository(WebhookDelivery);
    const delivery = await repo.findOneBy({ id: deliveryId });
    if (!delivery || delivery.status !== 'pending') return;
    if (delivery.nextAttemptAt && new Date(delivery.nextAttemptAt).getTime() > Date.now()) return;
    const subscription = await this.db.getRepository(WebhookSubscription).findOneBy({ id: delivery.subscriptionId });
    if (!subscription?.active) return;
    if (await repo.existsBy({ subscriptionId: delivery.subscriptionId, lane: delivery.lane, status: 'pending', id: LessThan(delivery.id) })) return;
    // One sender per try, whoever else was handed this delivery (a lane hand-on, a resume): the
    // claim also moves the next try past this one's end, so a job that reads the row meanwhile
    // leaves it alone, and a process that dies mid-try leaves it due again then.
    const claimed = await repo.update(
      { id: delivery.id, status: 'pending', attempts: delivery.attempts },
      { attempts: delivery.attempts + 1, nextAttemptAt: new Date(Date.now() + IN_FLIGHT_MS) },
    );
    if (!claimed.affected) return;
    const attempt = delivery.attempts + 1;
    const outcome = await this.attempt(subscription, delivery, false);
    if (outcome.ok) {
      await repo.update({ id: delivery.id }, { status: 'delivered', nextAttemptAt: null });
      await this.db.getRepository(WebhookSubscription).update({ id: subscription.id }, { consecutiveFailures: 0 });
      return this.handOn(delivery);
    }
    await this.countFailure(subscription.id);
    const delayMs = webhookRetryDelayMs(attempt, this.config.webhooks.firstRetryDelayMs);
    if (delayMs === null) {
      await repo.update({ id: delivery.id }, { status: 'failed', nextAttemptAt: null });
      return this.handOn(delivery);
    }
    const nextAttemptAt = new Date(Date.now() + delayMs);
    await repo.update({ id: delivery.id }, { nextAttemptAt });
    await this.schedule({ ...delivery, attempts: attempt, nextAttemptAt }, `${attempt}`);
  }

  /** The next pending delivery of the lane goes now (or when its retry is due). */
  private async handOn(done: WebhookDelivery): Promise<void> {
    const next = await this.db.getRepository(WebhookDelivery).findOne({
      where: { subscriptionId: done.subscriptionId, lane: done.lane, status: 'pending' },
      order: { id: 'ASC' },
    });
    if (next) await this.schedule(next, `${next.attempts}:after:${done.id}`);
  }

  private async deliverOnce(deliveryId: number): Promise<void> {
    const delivery = await this.db.getRepository(WebhookDelivery).findOneBy({ id: deliveryId });
    const subscription = delivery && (await this.db.getRepository(WebhookSubscription).findOneBy({ id: delivery.subscriptionId }));
    if (!delivery || !subscription) return;
    const outcome = await this.attempt(subscription, delivery, true);
    if (!outcome.ok) return;
    if (delivery.status === 'failed') await this.db.getRepository(WebhookDelivery).update({ id: delivery.id }, { status: 'delivered' });
    await this.db.getRepository(WebhookSubscription).update({ id: subscription.id }, { consecutiveFailures: 0 });
  }

  /** One signed POST of the delivery's body, logged. */
  private async attempt(subscription: WebhookSubscription, delivery: WebhookDelivery, manual: boolean): Promise<PostOutcome> {
    const occurredAt = new Date(delivery.occurredAt).toISOString();
    // Built the same way on every try, so a redelivery's body is byte for byte the first one's.
    const body = `{"id":${delivery.id},"event":${JSON.stringify(delivery.event)},"version":${WEBHOOK_PAYLOAD_VERSION},"occurredAt":"${occurredAt}","data":${delivery.data}}`;
    const { secret } = this.secrets.open(subscription.secret);
    const headers = {
      'x-inbox-signature': signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
      'x-inbox-delivery': String(delivery.id),
      'x-inbox-event': delivery.event,
    };
    const outcome = await postWebhook(subscription.url, headers, body, { allowPrivate: this.config.webhooks.allowPrivate });
    await this.log(subscription.id, delivery, manual, outcome);
    return outcome;
  }

  private async log(subscriptionId: number, delivery: WebhookDelivery, manual: boolean, outcome: PostOutcome): Promise<void> {
    const attempts = this.db.getRepository(WebhookAttempt);
    await attempts.insert(
      attempts.create({
        subscriptionId,
        deliveryId: delivery.id,
        event: delivery.event,
        manual,
        statusCode: outcome.statusCode,
        ok: outcome.ok,
        error: outcome.error,
        latencyMs: outcome.latencyMs,
        responseSnippet: outcome.responseSnippet,
        createdAt: new Date(),
      }),
    );
    const [oldestKept] = await attempts.find({ select: { id: true, deliveryId: true }, where: { subscriptionId }, order: { id: 'DESC' }, skip: WEBHOOK_LOG_SIZE - 1, take: 1 });
    if (!oldestKept) return;
    await attempts.delete({ subscriptionId, id: LessThan(oldestKept.id) });
    // Finished deliveries older than the log are of no more use (nothing shows or redelivers them).
    const [keptDelivery] = await attempts.find({ select: { deliveryId: true }, where: { subscriptionId }, order: { deliveryId: 'ASC' }, take: 1 });
    if (keptDelivery) await this.db.getRepository(WebhookDelivery).delete({ subscriptionId, status: In(['delivered', 'failed']), id: LessThanOrEqual(keptDelivery.deliveryId - 1) });
  }

  /** One more failure in a row; at the limit the subscription is paused and admins are told. */
  private async countFailure(subscriptionId: number): Promise<void> {
    const repo = this.db.getRepository(WebhookSubscription);
    await repo.increment({ id: subscriptionId }, 'consecutiveFailures', 1);
    const { consecutiveFailures } = await repo.findOneByOrFail({ id: subscriptionId });
    if (consecutiveFailures < WEBHOOK_PAUSE_AFTER_FAILURES) return;
    const reason = `${consecutiveFailures} failed deliveries in a row`;
    const paused = await repo.update({ id: subscriptionId, active: true }, { active: false, pausedReason: reason });
    if (!paused.affected) return;
    this.forgetSubscriptions();
    this.logger.warn(`Webhook ${subscriptionId} paused: ${reason}`);
    await this.audit.recordAfterAction({ actorId: null, action: 'webhook.pause', entityType: 'webhook', entityId: subscriptionId, changes: { active: false, pausedReason: reason } });
    await this.domainEvents.emit('webhook.paused', { subscriptionId, reason });
  }
}
