import { BadGatewayException, BadRequestException, ConflictException, HttpException, Inject, Injectable } from '@nestjs/common';
import { generateTelegramWebhookSecret, ProviderError, TelegramConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { Inbox } from '../inbox.entity';
import { TelegramInboxes, type TelegramSettings } from './telegram-inboxes';
import { TelegramPolling } from './telegram-polling.service';

export interface TelegramConnectInput {
  botToken: string;
  mode?: 'webhook' | 'polling';
}

/**
 * Connecting a bot: the token is checked with getMe before anything is
 * stored, then Telegram is told where to deliver — a webhook when PUBLIC_URL
 * was configured (Telegram must be able to reach it), long polling otherwise.
 */
@Injectable()
export class TelegramInboxSetup {
  constructor(
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly polling: TelegramPolling,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Settings and secrets for the new inbox row; 400 naming botToken if Telegram refuses it. */
  async prepare(input: TelegramConnectInput): Promise<{ settings: TelegramSettings; secrets: Record<string, string> }> {
    const mode = input.mode ?? (this.config.publicUrlConfigured ? 'webhook' : 'polling');
    if (mode === 'webhook' && !this.config.publicUrlConfigured) {
      throw new BadRequestException('telegram.mode: "webhook" needs PUBLIC_URL set to an address Telegram can reach; leave mode out to use long polling');
    }
    const bot = await this.connector.getMe(input.botToken).catch((error: unknown) => {
      throw this.problem(error, 'botToken');
    });
    // One inbox per bot: a second setWebhook (or getUpdates) would silently take the updates from the first.
    const taken = (await this.inboxes.all({ withArchived: true })).find((t) => (t.inbox.settings as Partial<TelegramSettings>).botId === bot.id);
    if (taken) throw new ConflictException(`telegram.botToken: @${bot.username} is already connected as inbox ${taken.inbox.id}${taken.inbox.active ? '' : ' (archived: reactivate it instead)'}`);
    return {
      settings: { mode, botId: bot.id, botUsername: bot.username },
      secrets: { botToken: input.botToken, webhookSecret: generateTelegramWebhookSecret() },
    };
  }

  /** Sets the webhook (with its secret token) or has this process compete for the polling loop; returns the settings to keep. */
  async connect(inbox: Inbox): Promise<TelegramSettings> {
    const telegram = this.inboxes.withSecrets(inbox);
    const settings = inbox.settings as unknown as TelegramSettings;
    try {
      if (settings.mode === 'polling') {
        this.polling.watch(inbox.id);
        return settings;
      }
      const webhookUrl = this.inboxes.webhookUrl(inbox.id);
      await this.connector.setWebhook(telegram.token, webhookUrl, telegram.context.secrets.webhookSecret);
      return { ...settings, webhookUrl };
    } catch (error) {
      throw this.problem(error, 'mode');
    }
  }

  /**
   * Archiving: Telegram stops posting to the webhook (updates wait at
   * Telegram until it is set again or someone polls), or the polling loop
   * stops here (on another process, at its next look at the active inboxes).
   */
  async disconnect(inbox: Inbox): Promise<void> {
    if ((inbox.settings as unknown as TelegramSettings).mode === 'polling') return this.polling.unwatch(inbox.id);
    await this.connector.deleteWebhook(this.inboxes.withSecrets(inbox).token);
  }

  /** Telegram's refusal is the admin's input at fault (400); Telegram out of reach is 502. */
  private problem(error: unknown, field: 'botToken' | 'mode'): HttpException {
    if (error instanceof HttpException) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ProviderError && error.code === 'auth') return new BadRequestException(`telegram.botToken: Telegram refused the token (${message})`);
    if (error instanceof ProviderError && error.code === 'permanent') return new BadRequestException(`telegram.${field}: Telegram refused it (${message})`);
    return new BadGatewayException(`Telegram could not be reached: ${message}`);
  }
}
