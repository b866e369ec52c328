import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorContext, TwilioCredentials, TwilioVoiceSecrets } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Inbox } from '../inbox.entity';
import { SecretBox } from '../secret-box';
import { voiceSettings, type VoiceSettings } from './voice-inbox.settings';

export interface VoiceInbox {
  inbox: Inbox;
  settings: VoiceSettings;
  secrets: TwilioVoiceSecrets;
  credentials: TwilioCredentials;
  context: ConnectorContext;
}

/** The callbacks Twilio is given, all under /webhooks/twilio/:inboxId/ (docs/api.md). */
export type VoiceHook = 'voice' | 'wait' | 'queue-result' | 'connect' | 'dial-result' | 'status' | 'recording' | 'voicemail' | 'transcription';

/**
 * Voice inboxes with their decrypted secrets, and the public URLs of their
 * callbacks. Its own SecretBox (same key as InboxesService) keeps the
 * voice module free of a dependency on the inboxes' admin service.
 */
@Injectable()
export class VoiceInboxes {
  private readonly secrets: SecretBox;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.appSecret);
  }

  async find(inboxId: number): Promise<VoiceInbox | null> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId, active: true });
    return inbox?.type === 'twilio-voice' ? this.withSecrets(inbox) : null;
  }

  async all(): Promise<VoiceInbox[]> {
    return (await this.db.getRepository(Inbox).findBy({ type: 'twilio-voice', active: true })).map((inbox) => this.withSecrets(inbox));
  }

  withSecrets(inbox: Inbox): VoiceInbox {
    const secrets = this.secrets.open(inbox.secretsEncrypted) as unknown as TwilioVoiceSecrets;
    return {
      inbox,
      settings: voiceSettings(inbox.settings),
      secrets,
      credentials: { accountSid: secrets.accountSid ?? '', authToken: secrets.authToken ?? '' },
      context: { inboxId: inbox.id, settings: inbox.settings, secrets: secrets as unknown as Record<string, string> },
    };
  }

  /** The public URL of one of the inbox's callbacks, as Twilio will call (and sign) it. */
  hookUrl(inboxId: number, hook: VoiceHook, query: Record<string, string | number> = {}): string {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return `${this.config.publicUrl}/webhooks/twilio/${inboxId}/${hook}${search ? `?${search}` : ''}`;
  }
}
