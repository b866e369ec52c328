import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { providerFetch } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import { DomainEventBus } from '../common/domain-events';
import { TtlCache } from '../common/ttl-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PushSubscription } from './push-subscription.entity';
import { isExpiredAnswer, PUSH_EVENTS, pushPayload, type PushEvent, type PushLocale } from './push-rules';
import { resolveVapidKeys, type VapidKeys } from './vapid-keys';

/**
 * How long every operator's subscriptions, read with one statement, are
 * kept in memory: each customer message and each assignment would otherwise
 * cost a read (per operator, a routing burst across a thousand operators
 * cost one read per assignment). A change made through this process applies
 * at once; one made through another process within this time.
 */
const SUBSCRIPTIONS_CACHE_MS = 30_000;

/** How long a push service may keep a notification for a browser that is off: a chat is stale after a day. */
const TTL_SECONDS = 24 * 60 * 60;

export interface SubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
  locale: PushLocale;
}

const hashOf = (endpoint: string) => createHash('sha256').update(endpoint).digest('hex');
const eventsOf = (row: PushSubscription): PushEvent[] => JSON.parse(row.events) as PushEvent[];

/**
 * Web Push (docs/operators.md): operators' browsers subscribe; domain events
 * become encrypted, VAPID-signed posts to their push services. The service
 * worker shows one only when no inbox tab of that browser is focused.
 * Sends run after the event's caller has moved on, each with a time limit;
 * a subscription the push service calls gone (404, 410) is deleted.
 */
@Injectable()
export class PushService implements OnModuleInit {
  private readonly logger = new Logger('Push');
  private keys: VapidKeys | null = null;
  /** Every subscription by operator: one row per browser that asked, a small table. */
  private readonly subscriptions = new TtlCache<'all', Map<number, PushSubscription[]>>(SUBSCRIPTIONS_CACHE_MS);

  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('conversation.assigned', ({ conversationId, agentId }) => this.later([agentId], 'assigned', conversationId, null, null));
    this.domainEvents.on('mention.created', ({ agentId, mention }) => this.later([agentId], 'mention', mention.conversationId, mention.authorName, mention.excerpt));
    this.domainEvents.on('messages.received', ({ opened, updated, messages }) => {
      const holders = new Map([...opened, ...updated].filter((c) => c.status === 'assigned' && c.assigneeId !== null).map((c) => [c.id, c]));
      for (const message of messages) {
        const conversation = holders.get(message.conversationId);
        if (conversation && message.direction === 'in') this.later([conversation.assigneeId as number], 'customer-message', conversation.id, conversation.contact?.name ?? null, message.text);
      }
    });
    this.domainEvents.on('sla.warning', ({ conversationId, assigneeId }) => {
      if (assigneeId !== null) this.later([assigneeId], 'sla-warning', conversationId, null, null);
    });
  }

  /** The public half of the VAPID pair: the browser subscribes with it. */
  get publicKey(): string {
    return this.vapid().publicKey;
  }

  /** Adds or takes over a browser's subscription; it gets the operator's current choice of events (all, at first). */
  async subscribe(agentId: number, input: SubscriptionInput): Promise<PushEvent[]> {
    const repo = this.db.getRepository(PushSubscription);
    const events = await this.eventsFor(agentId);
    const endpointHash = hashOf(input.endpoint);
    const existing = await repo.findOne({ where: { endpointHash } });
    const row = repo.create({ ...(existing ?? {}), agentId, endpoint: input.endpoint, endpointHash, p256dh: input.p256dh, auth: input.auth, locale: input.locale, events: JSON.stringify(events) });
    await repo.save(row);
    this.subscriptions.delete('all');
    return events;
  }

  /** Forgets a browser; only the caller's own (another operator's endpoint is left as it is). Whether one was removed. */
  async unsubscribe(agentId: number, endpoint: string): Promise<boolean> {
    const result = await this.db.getRepository(PushSubscription).delete({ agentId, endpointHash: hashOf(endpoint) });
    this.subscriptions.delete('all');
    return (result.affected ?? 0) > 0;
  }

  /** The operator's choice: from any of their subscriptions (they share it), all events when they have none. */
  async eventsFor(agentId: number): Promise<PushEvent[]> {
    const any = await this.db.getRepository(PushSubscription).findOne({ where: { agentId }, order: { id: 'DESC' } });
    return any ? eventsOf(any) : [...PUSH_EVENTS];
  }

  async subscribed(agentId: number, endpoint: string): Promise<boolean> {
    return this.db.getRepository(PushSubscription).exists({ where: { agentId, endpointHash: hashOf(endpoint) } });
  }

  async setEvents(agentId: number, events: PushEvent[]): Promise<PushEvent[]> {
    const chosen = PUSH_EVENTS.filter((e) => events.includes(e));
    await this.db.getRepository(PushSubscription).update({ agentId }, { events: JSON.stringify(chosen) });
    this.subscriptions.delete('all');
    return chosen;
  }

  /** Sends without holding up whoever raised the event. */
  private later(agentIds: number[], event: PushEvent, conversationId: number, name: string | null, text: string | null): void {
    void this.notify(agentIds, event, conversationId, name, text).catch((error: unknown) => this.logger.warn(`${event} push failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  async notify(agentIds: number[], event: PushEvent, conversationId: number, name: string | null, text: string | null): Promise<void> {
    if (agentIds.length === 0) return;
    const byAgent = await this.subscriptions.get('all', async () => {
      const byId = new Map<number, PushSubscription[]>();
      for (const row of await this.db.getRepository(PushSubscription).find()) byId.set(row.agentId, [...(byId.get(row.agentId) ?? []), row]);
      return byId;
    });
    const rows = agentIds.flatMap((agentId) => byAgent.get(agentId) ?? []);
    await Promise.all(rows.filter((row) => eventsOf(row).includes(event)).map((row) => this.send(row, pushPayload(event, row.locale as PushLocale, conversationId, name, text))));
  }

  /** One encrypted, VAPID-signed post (web-push builds it; providerFetch sends it to that push service's origin only). */
  private async send(row: PushSubscription, payload: object): Promise<void> {
    const keys = this.vapid();
    const request = webpush.generateRequestDetails({ endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }, JSON.stringify(payload), {
      vapidDetails: { subject: this.config.push.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: TTL_SECONDS,
      urgency: 'high',
    });
    try {
      const res = await providerFetch(request.endpoint, [new URL(request.endpoint).origin], {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body ? new Uint8Array(request.body) : undefined,
        signal: AbortSignal.timeout(this.config.push.timeoutMs),
      });
      await res.body?.cancel();
      if (isExpiredAnswer(res.status)) {
        await this.db.getRepository(PushSubscription).delete({ id: row.id });
        this.subscriptions.delete('all');
      }
      else if (!res.ok) this.logger.warn(`Push to ${new URL(row.endpoint).host} answered ${res.status}`);
    } catch (error) {
      this.logger.warn(`Push to ${new URL(row.endpoint).host} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private vapid(): VapidKeys {
    this.keys ??= resolveVapidKeys({ publicKey: this.config.push.vapidPublicKey, privateKey: this.config.push.vapidPrivateKey }, this.config.dataDir);
    return this.keys;
  }
}
