import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { Team } from '../agents/team.entity';
import { BotGate } from '../channels/bot-gate';
import { Inbox } from '../channels/inbox.entity';
import { SecretBox } from '../channels/secret-box';
import { isUniqueViolation } from '../common/database-errors';
import { TtlCache } from '../common/ttl-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { parseBotDefinition, withNamedPriorities, type BotDefinition } from './bot-definition';
import { Bot } from './bot.entity';
import type { CreateBotDto, PreviewBotDto, UpdateBotDto } from './bot.dto';
import type { BotTurn } from './bot-flow.policy';
import { parsePreviewTurn, previewTurn } from './bot-preview';
import { BotVersion } from './bot-version.entity';
import { hashBotToken, newBotToken, newWebhookSecret } from './external-bot.policy';
import type { BotCredentials } from './bot.responses';

/** How long "does this inbox have a bot" is remembered: a new conversation costs no query, a change shows within seconds. */
const GATE_TTL_MS = 3000;
const DEFINITION_MAX_BYTES = 60_000;

/** Bots as admins keep them: one per inbox, flow definitions saved as versions (docs/bots.md). */
@Injectable()
export class BotsService implements OnModuleInit {
  private readonly secretBox: SecretBox;
  private readonly gateCache = new TtlCache<number, Bot | null>(GATE_TTL_MS);
  /** Versions never change, so each is read once. */
  private readonly definitions = new Map<string, BotDefinition>();

  constructor(
    private readonly db: DataSource,
    private readonly gate: BotGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secretBox = new SecretBox(config.appSecret);
  }

  onModuleInit(): void {
    this.gate.use({ opensWithBot: async (inbox) => (await this.activeFor(inbox.id)) !== null });
  }

  /** The inbox's bot if it is on. */
  activeFor(inboxId: number): Promise<Bot | null> {
    return this.gateCache.get(inboxId, async () => {
      const bot = await this.db.getRepository(Bot).findOneBy({ inboxId, enabled: true });
      return bot && (bot.kind === 'external' || bot.version > 0) ? bot : null;
    });
  }

  list(): Promise<Bot[]> {
    return this.db.getRepository(Bot).find({ order: { id: 'ASC' } });
  }

  async get(id: number): Promise<Bot> {
    const bot = await this.db.getRepository(Bot).findOneBy({ id });
    if (!bot) throw new NotFoundException(`Bot ${id} does not exist`);
    return bot;
  }

  async definition(botId: number, version: number): Promise<BotDefinition> {
    const key = `${botId}:${version}`;
    const known = this.definitions.get(key);
    if (known) return known;
    const row = await this.db.getRepository(BotVersion).findOneBy({ botId, version });
    if (!row) throw new NotFoundException(`Bot ${botId} has no version ${version}`);
    const definition = withNamedPriorities(row.definition);
    this.definitions.set(key, definition);
    return definition;
  }

  versions(botId: number): Promise<Array<Pick<BotVersion, 'version' | 'createdAt' | 'createdBy'>>> {
    return this.db.getRepository(BotVersion).find({ where: { botId }, select: { version: true, createdAt: true, createdBy: true }, order: { version: 'DESC' } });
  }

  async create(admin: Agent, input: CreateBotDto): Promise<{ bot: Bot; credentials: BotCredentials | null }> {
    if (!(await this.db.getRepository(Inbox).existsBy({ id: input.inboxId }))) throw new BadRequestException(`inboxId: there is no inbox ${input.inboxId}`);
    const definition = input.kind === 'flow' ? await this.validDefinition(input.definition) : null;
    if (input.kind === 'external' && !input.webhookUrl) throw new BadRequestException('webhookUrl: an external bot needs the URL its conversations are posted to');
    if (input.kind === 'external' && input.definition) throw new BadRequestException('definition: only flow bots have one');
    const credentials = input.kind === 'external' ? { token: newBotToken(), webhookSecret: newWebhookSecret() } : null;
    try {
      const bot = await this.db.transaction(async (tx) => {
        const row = await tx.getRepository(Bot).save(
          tx.getRepository(Bot).create({
            inboxId: input.inboxId,
            name: input.name.trim(),
            kind: input.kind,
            enabled: input.enabled ?? true,
            version: definition ? 1 : 0,
            allowedHosts: input.allowedHosts ?? [],
            webhookUrl: input.webhookUrl ?? null,
            webhookSecretEncrypted: credentials ? this.secretBox.seal({ webhookSecret: credentials.webhookSecret }) : null,
            tokenHash: credentials?.token.hash ?? null,
          }),
        );
        if (definition) await tx.getRepository(BotVersion).insert({ botId: row.id, version: 1, definition, createdBy: admin.id });
        return row;
      });
      this.gateCache.delete(bot.inboxId);
      return { bot, credentials: credentials ? { token: credentials.token.token, webhookSecret: credentials.webhookSecret } : null };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`inboxId: inbox ${input.inboxId} already has a bot`);
      throw error;
    }
  }

  /** A new definition is a new version: conversations already with the bot go on with the one they started on. */
  async update(admin: Agent, id: number, input: UpdateBotDto): Promise<Bot> {
    const bot = await this.get(id);
    if (input.definition !== undefined && bot.kind !== 'flow') throw new BadRequestException('definition: only flow bots have one');
    if (input.webhookUrl !== undefined && bot.kind !== 'external') throw new BadRequestException('webhookUrl: only external bots have one');
    const definition = input.definition !== undefined ? await this.validDefinition(input.definition) : null;
    await this.db.transaction(async (tx) => {
      const changes: Partial<Bot> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.enabled !== undefined) changes.enabled = input.enabled;
      if (input.allowedHosts !== undefined) changes.allowedHosts = input.allowedHosts;
      if (input.webhookUrl !== undefined) changes.webhookUrl = input.webhookUrl;
      if (definition) {
        // Read inside the transaction: two admins saving at once get versions n+1 and n+2 (the unique key refuses a clash).
        const latest = await tx.getRepository(BotVersion).maximum('version', { botId: id });
        changes.version = (latest ?? 0) + 1;
        await tx.getRepository(BotVersion).insert({ botId: id, version: changes.version, definition, createdBy: admin.id });
      }
      if (Object.keys(changes).length) await tx.getRepository(Bot).update({ id }, changes);
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ConflictException('definition: someone saved this bot at the same moment; load it again');
      throw error;
    });
    this.gateCache.delete(bot.inboxId);
    return this.get(id);
  }

  /** A new token and signing key for an external bot; the old ones stop working at once. */
  async rotateCredentials(id: number): Promise<BotCredentials> {
    const bot = await this.get(id);
    if (bot.kind !== 'external') throw new BadRequestException('kind: only external bots have a token');
    const token = newBotToken();
    const webhookSecret = newWebhookSecret();
    await this.db.getRepository(Bot).update({ id }, { tokenHash: token.hash, webhookSecretEncrypted: this.secretBox.seal({ webhookSecret }) });
    return { token: token.token, webhookSecret };
  }

  async remove(id: number): Promise<Bot> {
    const bot = await this.get(id);
    await this.db.transaction(async (tx) => {
      await tx.getRepository(BotVersion).delete({ botId: id });
      await tx.getRepository(Bot).delete({ id });
    });
    this.gateCache.delete(bot.inboxId);
    return bot;
  }

  /** The enabled external bot a bearer token belongs to, or null. */
  async byToken(token: string): Promise<Bot | null> {
    const bot = await this.db.getRepository(Bot).findOneBy({ tokenHash: hashBotToken(token) });
    return bot && bot.kind === 'external' && bot.enabled ? bot : null;
  }

  webhookSecret(bot: Bot): string {
    const secret = this.secretBox.open(bot.webhookSecretEncrypted).webhookSecret;
    if (!secret) throw new Error(`Bot ${bot.id} has no webhook secret`);
    return secret;
  }

  /** One turn of a flow that is not saved (bot-preview.ts). */
  async preview(body: PreviewBotDto): Promise<BotTurn> {
    const definition = await this.validDefinition(body.definition);
    const read = parsePreviewTurn(body.state, body.input);
    if ('problem' in read) throw new BadRequestException(read.problem);
    return previewTurn(definition, read.state, read.input, body.language ?? null);
  }

  private async validDefinition(input: unknown): Promise<BotDefinition> {
    if (input === undefined) throw new BadRequestException('definition: a flow bot needs its flow');
    const parsed = parseBotDefinition(input, this.config.messageMaxChars);
    if ('problem' in parsed) throw new BadRequestException(parsed.problem);
    // The column is a TEXT on MySQL: 64 KB of bytes.
    if (Buffer.byteLength(JSON.stringify(parsed.definition)) > DEFINITION_MAX_BYTES) throw new BadRequestException(`definition: at most ${DEFINITION_MAX_BYTES} bytes of JSON`);
    // A team that does not exist would leave the handed-over conversation where no operator can take it.
    for (const [id, step] of Object.entries(parsed.definition.steps)) {
      const teamId = step.type === 'set' || step.type === 'handover' ? step.teamId : undefined;
      if (teamId !== undefined && !(await this.db.getRepository(Team).existsBy({ id: teamId }))) {
        throw new BadRequestException(`definition.steps.${id}.teamId: there is no team ${teamId}`);
      }
    }
    return parsed.definition;
  }
}
