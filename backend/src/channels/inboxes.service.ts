import { randomBytes } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Team } from '../agents/team.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Inbox } from './inbox.entity';
import type { CreateInboxDto, UpdateInboxDto } from './inbox.dto';
import { SecretBox } from './secret-box';

@Injectable()
export class InboxesService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.appSecret);
  }

  list(): Promise<Inbox[]> {
    return this.db.getRepository(Inbox).find({ order: { id: 'ASC' } });
  }

  async get(id: number): Promise<Inbox> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id });
    if (!inbox) throw new NotFoundException(`Inbox ${id} does not exist`);
    return inbox;
  }

  findByPublicKey(publicKey: string): Promise<Inbox | null> {
    return this.db.getRepository(Inbox).findOneBy({ publicKey });
  }

  async create(input: CreateInboxDto, secrets: Record<string, string> = {}): Promise<Inbox> {
    if (input.teamId) await this.assertTeam(input.teamId);
    const repo = this.db.getRepository(Inbox);
    return repo.save(
      repo.create({
        type: input.type,
        name: input.name,
        settings: { ...(input.settings ?? {}) },
        teamId: input.teamId ?? null,
        routingMode: input.routingMode ?? 'auto',
        routing: { ...(input.routing ?? {}) },
        publicKey: randomBytes(16).toString('base64url'),
        secretsEncrypted: Object.keys(secrets).length ? this.secrets.seal(secrets) : null,
      }),
    );
  }

  async update(id: number, input: UpdateInboxDto): Promise<Inbox> {
    const inbox = await this.get(id);
    if (input.teamId) await this.assertTeam(input.teamId);
    if (input.name !== undefined) inbox.name = input.name;
    if (input.settings) inbox.settings = { ...inbox.settings, ...input.settings };
    if (input.teamId !== undefined) inbox.teamId = input.teamId;
    if (input.routingMode) inbox.routingMode = input.routingMode;
    if (input.routing) inbox.routing = { ...inbox.routing, ...input.routing };
    return this.db.getRepository(Inbox).save(inbox);
  }

  /** Decrypted provider credentials, for connectors only; never sent to a client. */
  secretsOf(inbox: Inbox): Record<string, string> {
    return this.secrets.open(inbox.secretsEncrypted);
  }

  private async assertTeam(teamId: number): Promise<void> {
    if (!(await this.db.getRepository(Team).existsBy({ id: teamId }))) throw new NotFoundException(`teamId: no team with id ${teamId}`);
  }
}
