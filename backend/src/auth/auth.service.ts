import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { verifyPassword } from './password';

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
  ) {}

  async login(email: string, password: string): Promise<{ accessToken: string; agent: Agent }> {
    const agent = await this.db.getRepository(Agent).findOne({ where: { email: email.trim().toLowerCase() }, relations: { teams: true } });
    // The same message for a wrong e-mail and a wrong password: no account probing.
    if (!agent || !(await verifyPassword(password, agent.passwordHash))) {
      throw new UnauthorizedException('Wrong e-mail or password');
    }
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
