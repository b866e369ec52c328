import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { WebhookDeliveries, WEBHOOK_LOG_SIZE } from './webhook-deliveries.service';
import { addressProblem } from './webhook-http';
import { newSigningSecret } from './webhook-signature';
import type { CreateWebhookDto, UpdateWebhookDto } from './webhook.dto';
import { WebhookAttempt, WebhookDelivery, WebhookSubscription } from './webhook.entities';
import type { WebhookAttemptDto, WebhookDto } from './webhook.responses';

const iso = (d: Date) => new Date(d).toISOString();

/** Admins' subscriptions: saved only with a URL the server may call; the secret is shown when it is made. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly db: DataSource,
    private readonly deliveries: WebhookDeliveries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<WebhookDto[]> {
    const subscriptions = await this.db.getRepository(WebhookSubscription).find({ order: { id: 'ASC' } });
    return Promise.all(subscriptions.map(async (s) => this.present(s, (await this.log(s.id, 1))[0] ?? null)));
  }

  async get(id: number): Promise<WebhookSubscription> {
    const subscription = await this.db.getRepository(WebhookSubscription).findOneBy({ id });
    if (!subscription) throw new NotFoundException(`Webhook ${id} does not exist`);
    return subscription;
  }

  async dto(id: number): Promise<WebhookDto> {
    return this.present(await this.get(id), (await this.log(id, 1))[0] ?? null);
  }

  async create(admin: Agent, input: CreateWebhookDto): Promise<{ webhook: WebhookDto; secret: string }> {
    await this.assertReachable(input.url);
    const secret = newSigningSecret();
    const repo = this.db.getRepository(WebhookSubscription);
    const row = await repo.save(
      repo.create({
        url: input.url,
        events: [...new Set(input.events)],
        includePrivateNotes: input.includePrivateNotes ?? false,
        active: input.active ?? true,
        secret: this.deliveries.sealSecret(secret),
        createdById: admin.id,
      }),
    );
    this.deliveries.forgetSubscriptions();
    return { webhook: await this.dto(row.id), secret };
  }

  async update(id: number, input: UpdateWebhookDto): Promise<WebhookDto> {
    const current = await this.get(id);
    if (input.url !== undefined) await this.assertReachable(input.url);
    const resumed = input.active === true && !current.active;
    await this.db.getRepository(WebhookSubscription).update(
      { id },
      {
        ...(input.url !== undefined ? { url: input.url } : {}),
        ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
        ...(input.includePrivateNotes !== undefined ? { includePrivateNotes: input.includePrivateNotes } : {}),
        ...(input.active !== undefined ? { active: input.active, pausedReason: null } : {}),
        ...(resumed ? { consecutiveFailures: 0 } : {}),
      },
    );
    this.deliveries.forgetSubscriptions();
    if (resumed) await this.deliveries.resumeLanes(id);
    return this.dto(id);
  }

  async rotateSecret(id: number): Promise<{ webhook: WebhookDto; secret: string }> {
    await this.get(id);
    const secret = newSigningSecret();
    await this.db.getRepository(WebhookSubscription).update({ id }, { secret: this.deliveries.sealSecret(secret) });
    return { webhook: await this.dto(id), secret };
  }

  async remove(id: number): Promise<void> {
    await this.get(id);
    await this.db.transaction(async (tx) => {
      await tx.getRepository(WebhookAttempt).delete({ subscriptionId: id });
      await tx.getRepository(WebhookDelivery).delete({ subscriptionId: id });
      await tx.getRepository(WebhookSubscription).delete({ id });
    });
    this.deliveries.forgetSubscriptions();
  }

  async sendTest(id: number, admin: Agent): Promise<WebhookDelivery> {
    const subscription = await this.get(id);
    return this.deliveries.sendTest(subscription, { webhookId: id, requestedBy: { id: admin.id, name: admin.name, email: admin.email } });
  }

  async redeliver(id: number, deliveryId: number): Promise<WebhookDelivery> {
    const delivery = await this.db.getRepository(WebhookDelivery).findOneBy({ id: deliveryId, subscriptionId: (await this.get(id)).id });
    if (!delivery) throw new NotFoundException(`Delivery ${deliveryId} of webhook ${id} is not kept any more`);
    await this.deliveries.redeliver(delivery);
    return delivery;
  }

  /** The newest tries first, with their deliveries' states now. */
  async log(id: number, limit = WEBHOOK_LOG_SIZE): Promise<WebhookAttemptDto[]> {
    const attempts = await this.db.getRepository(WebhookAttempt).find({ where: { subscriptionId: id }, order: { id: 'DESC' }, take: limit });
    const ids = [...new Set(attempts.map((a) => a.deliveryId))];
    const deliveries = ids.length ? await this.db.getRepository(WebhookDelivery).find({ select: { id: true, status: true }, where: { id: In(ids) } }) : [];
    const statusOf = new Map(deliveries.map((d) => [d.id, d.status]));
    return attempts.map((a) => ({
      id: a.id,
      deliveryId: a.deliveryId,
      event: a.event,
      manual: a.manual,
      ok: a.ok,
      statusCode: a.statusCode,
      error: a.error,
      latencyMs: a.latencyMs,
      responseSnippet: a.responseSnippet,
      deliveryStatus: statusOf.get(a.deliveryId) ?? null,
      createdAt: iso(a.createdAt),
    }));
  }

  private async assertReachable(url: string): Promise<void> {
    const problem = await addressProblem(url, this.config.webhooks.allowPrivate);
    if (problem) throw new BadRequestException(`url: ${problem}`);
  }

  private present(s: WebhookSubscription, lastAttempt: WebhookAttemptDto | null): WebhookDto {
    return {
      id: s.id,
      url: s.url,
      events: s.events,
      includePrivateNotes: s.includePrivateNotes,
      active: s.active,
      pausedReason: s.pausedReason,
      consecutiveFailures: s.consecutiveFailures,
      lastAttempt,
      createdAt: iso(s.createdAt),
    };
  }
}
