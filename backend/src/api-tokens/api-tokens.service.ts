import { BadRequestException, ConflictException, Inject, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Team } from '../agents/team.entity';
import { CLIENT_LIMITER } from '../auth/client-limiter';
import { isUniqueViolation } from '../common/database-errors';
import { hashSecretToken, newSecretToken } from '../common/secret-token';
import { TooManyRequestsException } from '../common/too-many-requests.exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { RateLimiter } from '../delivery/rate-limiter';
import { ApiToken } from './api-token.entity';
import type { CreateApiTokenDto } from './api-token.dto';
import { API_TOKEN_PREFIX, isExpired, tokenActorName, tokenRole } from './api-token.policy';
import type { ApiTokenDto } from './api-token.responses';

const LAST_USED_EVERY_MS = 60_000;

const UNKNOWN = 'The API token is unknown or was revoked';

export function toApiTokenDto(token: ApiToken): ApiTokenDto {
  const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);
  return {
    id: token.id,
    name: token.name,
    secretStart: token.secretStart,
    scopes: token.scopes,
    teamIds: token.teamIds,
    expiresAt: iso(token.expiresAt),
    lastUsedAt: iso(token.lastUsedAt),
    createdById: token.createdById,
    createdAt: new Date(token.createdAt).toISOString(),
  };
}

/**
 * The operator a token acts as, for the access rules every route already
 * applies (InboxAccess, @Roles). Not a row: id 0 is no agent's, so the
 * token holds no conversation and is nobody's assignee.
 */
export function principalOf(token: ApiToken): Agent {
  return Object.assign(new Agent(), {
    id: 0,
    email: '',
    name: tokenActorName(token.name),
    role: tokenRole(token),
    status: 'offline',
    active: true,
    teams: token.teamIds.map((id) => Object.assign(new Team(), { id })),
  });
}

@Injectable()
export class ApiTokensService {
  private readonly logger = new Logger('ApiTokens');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLIENT_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  list(): Promise<ApiToken[]> {
    return this.db.getRepository(ApiToken).find({ order: { id: 'DESC' } });
  }

  /** The new token and its secret, which is never given out again. */
  async create(admin: Agent, input: CreateApiTokenDto): Promise<{ token: ApiToken; secret: string }> {
    const teamIds = input.teamIds ?? [];
    if (teamIds.length && input.scopes.includes('admin')) {
      throw new BadRequestException('teamIds: a token with the admin scope cannot be restricted to teams (settings belong to no team)');
    }
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw new BadRequestException('expiresAt must be in the future');
    if (teamIds.length) {
      const found = await this.db.getRepository(Team).findBy({ id: In(teamIds) });
      const missing = teamIds.filter((id) => !found.some((t) => t.id === id));
      if (missing.length) throw new BadRequestException(`teamIds: no team with id ${missing.join(', ')}`);
    }
    const { token: secret, hash } = newSecretToken(API_TOKEN_PREFIX);
    const repo = this.db.getRepository(ApiToken);
    try {
      const token = await repo.save(
        repo.create({ name: input.name.trim(), secretHash: hash, secretStart: secret.slice(0, API_TOKEN_PREFIX.length + 4), scopes: input.scopes, teamIds, expiresAt, createdById: admin.id }),
      );
      return { token, secret };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`name: a token named "${input.name.trim()}" exists already`);
      throw error;
    }
  }

  /** Revokes the token: its next request, on any process, is refused. */
  async revoke(id: number): Promise<void> {
    const { affected } = await this.db.getRepository(ApiToken).delete({ id });
    if (!affected) throw new NotFoundException(`API token ${id} does not exist`);
  }

  /**
   * The token a request presents, if it is genuine and unexpired, after
   * counting the request against the token's rate limit. Read from the
   * database every time (one look-up by a unique key): a revoked token is
   * refused at once everywhere, with no cache to invalidate.
   */
  async admit(secret: string): Promise<ApiToken> {
    const token = secret.startsWith(API_TOKEN_PREFIX) ? await this.db.getRepository(ApiToken).findOneBy({ secretHash: hashSecretToken(secret) }) : null;
    if (!token) throw new UnauthorizedException(UNKNOWN);
    const now = new Date();
    if (isExpired(token, now)) throw new UnauthorizedException(`The API token "${token.name}" expired at ${new Date(token.expiresAt!).toISOString()}`);
    const perMinute = this.config.apiTokens.perMinute;
    const waitMs = await this.limiter.reserve([{ key: `api-token:${token.id}`, perSecond: perMinute / 60, burst: perMinute }]);
    if (waitMs > 0) {
      throw new TooManyRequestsException(`The API token "${token.name}" made more than ${perMinute} requests a minute; wait and try again`, Math.ceil(waitMs / 1000));
    }
    await this.noteUse(token, now);
    return token;
  }

  /** lastUsedAt to the minute: one write a minute per token across all processes, not one per request. */
  private async noteUse(token: ApiToken, now: Date): Promise<void> {
    if (!(await this.limiter.tryAcquire(`api-token-used:${token.id}`, LAST_USED_EVERY_MS))) return;
    await this.db
      .getRepository(ApiToken)
      .update({ id: token.id }, { lastUsedAt: now })
      .catch((error: unknown) => this.logger.warn(`lastUsedAt of API token ${token.id} not updated: ${String(error)}`));
  }
}
