import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { TooManyRequestsException } from '../common/too-many-requests.exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { RateLimiter } from '../delivery/rate-limiter';
import { afterFailure, lockedForSeconds } from './login-lockout.policy';
import { verifyPassword } from './password';

export const LOGIN_LIMITER = Symbol('LOGIN_LIMITER');

const WRONG_CREDENTIALS = 'Wrong e-mail or password';

interface AccessTokenClaims {
  sub: number;
  role: string;
  /** Agent.tokenVersion when issued: a password or role change voids older tokens. */
  ver: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGIN_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  /**
   * Two brakes on password guessing: attempts per client address (a token
   * bucket, shared by all processes through Redis), and a lock on the
   * account after LOGIN_MAX_FAILURES wrong passwords in a row (kept in its
   * row). Both answer 429 with Retry-After; a locked account refuses even
   * the right password until the lock runs out.
   */
  async login(email: string, password: string, clientAddress: string): Promise<{ accessToken: string; agent: Agent }> {
    const { perMinutePerAddress, maxFailures, lockoutSeconds } = this.config.login;
    const waitMs = await this.limiter.reserve([{ key: `login:${clientAddress}`, perSecond: perMinutePerAddress / 60, burst: perMinutePerAddress }]);
    if (waitMs > 0) throw new TooManyRequestsException('Too many login attempts from your address; wait and try again', Math.ceil(waitMs / 1000));

    const repo = this.db.getRepository(Agent);
    const agent = await repo.findOne({ where: { email: email.trim().toLowerCase() }, relations: { teams: true } });
    // The same message for a wrong e-mail and a wrong password: no account probing.
    if (!agent) throw new UnauthorizedException(WRONG_CREDENTIALS);
    const now = new Date();
    const locked = lockedForSeconds(agent, now);
    if (locked > 0) throw new TooManyRequestsException('This account is locked after too many wrong passwords; wait and try again', locked);
    if (!(await verifyPassword(password, agent.passwordHash))) {
      const next = afterFailure(agent, now, { maxFailures, lockoutSeconds });
      // Conditional on the state read: of two wrong passwords at once, each counts (the loser reads again).
      const counted = await repo.update({ id: agent.id, failedLogins: agent.failedLogins }, next);
      if (!counted.affected) await repo.increment({ id: agent.id }, 'failedLogins', 1);
      if (next.failedLogins === 0) throw new TooManyRequestsException('This account is locked after too many wrong passwords; wait and try again', lockoutSeconds);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (agent.failedLogins !== 0 || agent.lockedUntil !== null) await repo.update({ id: agent.id }, { failedLogins: 0, lockedUntil: null });
    return { accessToken: this.issueToken(agent), agent };
  }

  issueToken(agent: Agent): string {
    const claims: AccessTokenClaims = { sub: agent.id, role: agent.role, ver: agent.tokenVersion };
    return this.jwt.sign(claims, { expiresIn: this.config.accessTokenTtlSeconds });
  }

  /** The agent a token belongs to, if the token is genuine, unexpired and not voided. */
  async authenticate(token: string | undefined): Promise<Agent> {
    if (!token) throw new UnauthorizedException('Log in first: no access token was sent');
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token);
    } catch {
      throw new UnauthorizedException('The access token is invalid or expired; log in again');
    }
    const agent = await this.db.getRepository(Agent).findOne({ where: { id: claims.sub }, relations: { teams: true } });
    if (!agent || agent.tokenVersion !== claims.ver) {
      throw new UnauthorizedException('The access token is no longer valid; log in again');
    }
    return agent;
  }
}
