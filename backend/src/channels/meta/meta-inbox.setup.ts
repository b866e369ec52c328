import { randomBytes } from 'node:crypto';
import { BadGatewayException, BadRequestException, ConflictException, HttpException, Injectable } from '@nestjs/common';
import { InstagramConnector, ProviderError, WhatsAppCloudConnector } from '@inbox/connectors';
import type { Inbox } from '../inbox.entity';
import type { InstagramInboxDto, WhatsAppCloudInboxDto } from './meta-inbox.dto';
import { MetaInboxes, type MetaChannel } from './meta-inboxes';

export interface MetaInboxData {
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
}

/**
 * Connecting a Cloud API number or an Instagram account: the token is
 * checked against Graph before anything is stored; one inbox per number or
 * account. Meta's webhook is set up by the admin in the app dashboard with
 * the URL and verify token this leaves in the settings.
 */
@Injectable()
export class MetaInboxSetup {
  constructor(
    private readonly inboxes: MetaInboxes,
    private readonly cloud: WhatsAppCloudConnector,
    private readonly instagram: InstagramConnector,
  ) {}

  async prepareWhatsAppCloud(input: WhatsAppCloudInboxDto): Promise<MetaInboxData> {
    await this.assertFree('whatsapp-cloud', 'phoneNumberId', input.phoneNumberId, 'whatsappCloud.phoneNumberId');
    const number = await this.cloud.describeNumber(input.phoneNumberId, input.accessToken).catch((error: unknown) => {
      throw problem(error, 'whatsappCloud');
    });
    return {
      settings: {
        phoneNumberId: input.phoneNumberId,
        ...(input.businessAccountId ? { businessAccountId: input.businessAccountId } : {}),
        displayPhoneNumber: number.displayPhoneNumber,
        ...(number.verifiedName ? { verifiedName: number.verifiedName } : {}),
        verifyToken: input.verifyToken ?? generateVerifyToken(),
      },
      secrets: { accessToken: input.accessToken, appSecret: input.appSecret },
    };
  }

  async prepareInstagram(input: InstagramInboxDto): Promise<MetaInboxData> {
    await this.assertFree('instagram', 'accountId', input.accountId, 'instagram.accountId');
    const account = await this.instagram.describeAccount(input.accountId, input.accessToken).catch((error: unknown) => {
      throw problem(error, 'instagram');
    });
    return {
      settings: {
        accountId: input.accountId,
        ...(account.username ? { username: account.username } : {}),
        verifyToken: input.verifyToken ?? generateVerifyToken(),
        humanAgent: input.humanAgent ?? false,
      },
      secrets: { accessToken: input.accessToken, appSecret: input.appSecret },
    };
  }

  /** The settings once the row has its id: where to point Meta's webhook. */
  connected(inbox: Inbox): Record<string, unknown> {
    return { ...inbox.settings, webhookUrl: this.inboxes.webhookUrl(inbox.id) };
  }

  private async assertFree(type: MetaChannel, key: string, value: string, field: string): Promise<void> {
    const taken = (await this.inboxes.all(type, { withArchived: true })).find((inbox) => inbox.settings[key] === value);
    if (taken) throw new ConflictException(`${field}: ${value} is already connected as inbox ${taken.id}${taken.active ? '' : ' (archived: reactivate it instead)'}`);
  }
}

function generateVerifyToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Graph's refusal is the admin's input at fault (400); Graph out of reach is 502. */
function problem(error: unknown, field: 'whatsappCloud' | 'instagram'): HttpException {
  if (error instanceof HttpException) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ProviderError && (error.code === 'auth' || error.code === 'permanent')) {
    return new BadRequestException(`${field}.accessToken: Meta refused the token or the id (${message})`);
  }
  return new BadGatewayException(`The Graph API could not be reached: ${message}`);
}
