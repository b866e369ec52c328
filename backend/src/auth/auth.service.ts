import { randomBytes } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, IsNull, LessThan, Or } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { isUniqueViolation } from '../common/database-errors';
import { TooManyRequestsException } from '../common/too-many-requests.exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CLIENT_LIMITER } from './client-limiter';
import type { RateLimiter } from '../delivery/rate-limiter';
import { LoginFailure } from './login-failure.entity';
import { afterFailure, lockedForSeconds, type LockoutState } from './login-lockout.policy';
import { hashPassword, verifyPassword } from './password';

const WRONG_CREDENTIALS = 'Wrong e-mail or password';
const LOCKED = 'This account is locked after too many wrong passwords; wait and try again';
/** A day without a wrong password, and the count of an address is forgotten. */
const STALE_FAILURES_MS = 24 * 3_600_000;

interface AccessTokenClaims {
  sub: number;
  role: string;
  /** Agent.tokenVersion when issued: a password or role change voids older tokens. */
  ver: number;
}

const DEACTIVATED = 'This account is deactivated; an admin can reactivate it';

@Injectable()
export class AuthService {
  private decoy: Promise<string> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLIENT_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  /**
   * Two brakes on password guessing: attempts per client address (a token
   * bucket, shared by all processes through Redis), and a lock on the
   * e-mail address after LOGIN_MAX_FAILURES wrong passwords in a row (a row
   * of login_failures). Both answer 429 with Retry-After; a locked address
   * refuses even the right password until the lock runs out. An address
   * without an account is checked and locked the same way, against a
   * password hash of the same cost, so neither the answers nor their timing
   * tell which addresses have accounts.
   */
  async login(email: string, password: string, clientAddress: string): Promise<{ accessToken: string; agent: Agent }> {
    const { perMinutePerAddress, maxFailures, lockoutSeconds } = this.config.login;
    const waitMs = await this.limiter.reserve([{ key: `login:${clientAddress}`, perSecond: perMinutePerAddress / 60, burst: perMinutePerAddress }]);
    if (waitMs > 0) throw new TooManyRequestsException('Too many login attempts from your address; wait and try again', Math.ceil(waitMs / 1000));

    const address = email.trim().toLowerCase();
    const failures = this.db.getRepository(LoginFailure);
    const [agent, state] = await Promise.all([
      this.db.getRepository(Agent).findOne({ where: { email: address }, relations: { teams: true } }),
      failures.findOneBy({ email: address }),
    ]);
    const now = new Date();
    const locked = state ? lockedForSeconds(state, now) : 0;
    if (locked > 0) throw new TooManyRequestsException(LOCKED, locked);
    const right = await verifyPassword(password, agent?.passwordHash ?? (await this.decoyHash()));
    if (agent && right) {
      if (state) await failures.delete({ email: address });
      // Only someone who knows the password learns the account exists.
      if (!agent.active) throw new UnauthorizedException(DEACTIVATED);
      return { accessToken: this.issueToken(agent), agent };
    }
    const next = afterFailure(state ?? { failedLogins: 0, lockedUntil: null }, now, { maxFailures, lockoutSeconds });
    await this.countFailure(address, state, next, now);
    if (next.failedLogins === 0) throw new TooManyRequestsException(LOCKED, lockoutSeconds);
    // The same message for a wrong e-mail and a wrong password: no account probing.
    throw new UnauthorizedException(WRONG_CREDENTIALS);
  }

  /**
   * Stores the count after a wrong password. Conditional on the state read,
   * so of two wrong passwords at once each counts (the loser adds one); old
   * rows of addresses nobody tries any more go at the same time.
   */
  private async countFailure(address: string, seen: LoginFailure | null, next: LockoutState, now: Date): Promise<void> {
    const failures = this.db.getRepository(LoginFailure);
    const row = { ...next, updatedAt: now };
    const stored = seen
      ? (await failures.update({ email: address, failedLogins: seen.failedLogins }, row)).affected
      : await failures.insert({ email: address, ...row }).then(
          () => 1,
          (error: unknown) => {
            if (!isUniqueViolation(error)) throw error;
            return 0;
          },
        );
    if (!stored) await failures.increment({ email: address }, 'failedLogins', 1);
    await failures.delete({ updatedAt: LessThan(new Date(now.getTime() - STALE_FAILURES_MS)), lockedUntil: Or(IsNull(), LessThan(now)) });
  }

  /** A hash of the real cost for addresses without an account, made once. */
  private decoyHash(): Promise<string> {
    this.decoy ??= hashPassword(randomBytes(16).toString('hex'));
    return this.decoy;
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
    if (!agent.active) throw new UnauthorizedException(DEACTIVATED);
    return agent;
  }
}
