import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Team } from '../agents/team.entity';
import { mergeAutomation } from '../automation/inbox-automation';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { phoneCountry } from '../contacts/phone-input';
import { MembershipRooms } from '../realtime/membership-rooms.service';
import { InboxArchive } from './inbox-archive';
import { Inbox, type InboxRouting } from './inbox.entity';
import type { CreateInboxDto, UpdateInboxDto } from './inbox.dto';
import { SecretBox } from './secret-box';
import { EmailInboxSetup } from './email/email-inbox.setup';
import { EmailSync } from './email/email-sync.service';
import { TelegramInboxSetup } from './telegram/telegram-inbox.setup';
import { MetaInboxSetup, type MetaInboxData } from './meta/meta-inbox.setup';
import { WhatsAppWebSessions } from './whatsapp/whatsapp-web.sessions';
import { storedWidgetSettings } from './webchat/widget-settings';
import { prepareVoiceInbox, updateVoiceSettings } from './voice/voice-inbox.settings';

@Injectable()
export class InboxesService {
  private readonly secrets: SecretBox;
  private readonly defaultPhoneCountry: string | null;

  constructor(
    private readonly db: DataSource,
    private readonly telegram: TelegramInboxSetup,
    private readonly email: EmailInboxSetup,
    private readonly emailSync: EmailSync,
    private readonly meta: MetaInboxSetup,
    private readonly whatsappWeb: WhatsAppWebSessions,
    private readonly membershipRooms: MembershipRooms,
    private readonly archive: InboxArchive,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.appSecret);
    this.defaultPhoneCountry = config.defaultPhoneCountry;
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
    return this.db.getRepository(Inbox).findOneBy({ publicKey, active: true });
  }

  async create(input: CreateInboxDto): Promise<Inbox> {
    if (input.teamId) await this.assertTeam(input.teamId);
    if (input.telegram && input.type !== 'telegram') throw new BadRequestException('telegram: only for inboxes of type telegram');
    if (input.email && input.type !== 'email') throw new BadRequestException('email: only for inboxes of type email');
    const inbox = await this.createOfType(input);
    await this.announceMembers();
    return inbox;
  }

  /** The row (and the provider's side) for the inbox's channel. */
  private async createOfType(input: CreateInboxDto): Promise<Inbox> {
    if (input.type === 'telegram') return this.createTelegram(input);
    if (input.voice && input.type !== 'twilio-voice') throw new BadRequestException('voice: only for inboxes of type twilio-voice');
    assertCallRouting(input.type, input.routing);
    if (input.type === 'email') return this.createEmail(input);
    if (input.whatsappCloud && input.type !== 'whatsapp-cloud') throw new BadRequestException('whatsappCloud: only for inboxes of type whatsapp-cloud');
    if (input.instagram && input.type !== 'instagram') throw new BadRequestException('instagram: only for inboxes of type instagram');
    if (input.type === 'whatsapp-cloud') {
      if (!input.whatsappCloud) throw new BadRequestException('whatsappCloud.phoneNumberId: a WhatsApp Cloud API inbox needs phoneNumberId, accessToken and appSecret');
      return this.createMeta(input, await this.meta.prepareWhatsAppCloud(input.whatsappCloud));
    }
    if (input.type === 'instagram') {
      if (!input.instagram) throw new BadRequestException('instagram.accountId: an Instagram inbox needs accountId, accessToken and appSecret');
      return this.createMeta(input, await this.meta.prepareInstagram(input.instagram));
    }
    if (input.type === 'whatsapp') {
      // Linked by scanning the QR code the admin page shows once the client runs.
      const inbox = await this.insert(input, {}, {});
      this.whatsappWeb.watch(inbox.id);
      return inbox;
    }
    if (input.type === 'twilio-voice') {
      if (!input.voice) throw new BadRequestException('voice.phoneNumber: a voice inbox needs its Twilio number and account (voice.phoneNumber, voice.accountSid, voice.authToken)');
      const { settings, secrets } = prepareVoiceInbox(input.voice, phoneCountry(input.settings, this.defaultPhoneCountry));
      return this.insert(input, { ...settings }, secrets);
    }
    return this.insert(input, storedWidgetSettings({ ...input.settings }), {});
  }

  /** Operators' open tabs join the inbox's room, or leave it and its conversations, as its team says. */
  private async announceMembers(): Promise<void> {
    await this.membershipRooms.follow('everyone');
  }

  /**
   * The token is checked before anything is stored; if Telegram then refuses
   * the webhook (or polling cannot start), the new row goes again, so a
   * half-connected inbox never stays behind.
   */
  private async createTelegram(input: CreateInboxDto): Promise<Inbox> {
    if (!input.telegram) throw new BadRequestException('telegram.botToken: a Telegram inbox needs the bot token from @BotFather');
    const { settings, secrets } = await this.telegram.prepare(input.telegram);
    const inbox = await this.insert(input, { ...settings }, secrets);
    try {
      inbox.settings = { ...(await this.telegram.connect(inbox)) };
      return await this.db.getRepository(Inbox).save(inbox);
    } catch (error) {
      await this.db.getRepository(Inbox).delete({ id: inbox.id });
      throw error;
    }
  }

  /** Both servers are asked before the row is written; the new inbox's sync starts in whichever process gets its lease. */
  private async createEmail(input: CreateInboxDto): Promise<Inbox> {
    if (!input.email) throw new BadRequestException('email.fromAddress: an e-mail inbox needs its mailbox (email.fromAddress, email.smtpHost, email.imapHost...)');
    const { settings, secrets } = await this.email.prepare(input.email, input.name);
    const inbox = await this.insert(input, settings, secrets);
    this.emailSync.watch(inbox.id);
    if (settings.imapHost) await this.emailSync.firstPosition(inbox.id);
    return inbox;
  }

  /** Checked with Graph before the row is written; the settings then name the webhook URL for the app dashboard. */
  private async createMeta(input: CreateInboxDto, data: MetaInboxData): Promise<Inbox> {
    const inbox = await this.insert(input, data.settings, data.secrets);
    inbox.settings = this.meta.connected(inbox);
    return this.db.getRepository(Inbox).save(inbox);
  }

  private insert(input: CreateInboxDto, settings: Record<string, unknown>, secrets: Record<string, string>): Promise<Inbox> {
    const repo = this.db.getRepository(Inbox);
    return repo.save(
      repo.create({
        type: input.type,
        name: input.name,
        // Whatever the type, the country its phone numbers are read in.
        settings: { ...settings, ...(input.settings?.defaultCountry ? { defaultCountry: input.settings.defaultCountry } : {}) },
        teamId: input.teamId ?? null,
        routingMode: input.routingMode ?? 'auto',
        routing: { ...(input.routing ?? {}) },
        automation: mergeAutomation({}, input.automation ?? {}),
        publicKey: randomBytes(16).toString('base64url'),
        secretsEncrypted: Object.keys(secrets).length ? this.secrets.seal(secrets) : null,
      }),
    );
  }

  async update(id: number, input: UpdateInboxDto): Promise<Inbox> {
    let inbox = await this.get(id);
    if (input.active === false && Object.keys(input).some((key) => key !== 'active' && input[key as keyof UpdateInboxDto] !== undefined)) {
      throw new BadRequestException('active: archive an inbox on its own, without other changes');
    }
    // Archiving twice (a second click) leaves the archived inbox as it is.
    if (input.active === false) {
      if (inbox.active) await this.archive.archive(inbox);
      return this.get(id);
    }
    if (!inbox.active && input.active !== true) throw new ConflictException(`Inbox "${inbox.name}" is archived: reactivate it (active: true) before changing it`);
    if (input.active === true && !inbox.active) {
      await this.archive.reactivate(inbox);
      inbox = await this.get(id);
    }
    const previousTeamId = inbox.teamId;
    if (input.teamId) await this.assertTeam(input.teamId);
    if (input.email && inbox.type !== 'email') throw new BadRequestException('email: only for inboxes of type email');
    if (input.email) {
      const { settings, secrets } = await this.email.prepareUpdate(inbox, input.email, input.name ?? inbox.name);
      inbox.settings = settings;
      inbox.secretsEncrypted = this.secrets.seal(secrets);
    }
    if (input.voice && inbox.type !== 'twilio-voice') throw new BadRequestException('voice: only for inboxes of type twilio-voice');
    assertCallRouting(inbox.type, input.routing);
    if (input.voice) inbox.settings = updateVoiceSettings(inbox.settings, input.voice, phoneCountry({ ...inbox.settings, ...input.settings }, this.defaultPhoneCountry));
    if (input.instagram && inbox.type !== 'instagram') throw new BadRequestException('instagram: only for inboxes of type instagram');
    if (input.instagram?.humanAgent !== undefined) inbox.settings = { ...inbox.settings, humanAgent: input.instagram.humanAgent };
    if (input.name !== undefined) inbox.name = input.name;
    // Answers are signed "Kate via <inbox name>" when the mailbox has no fromName.
    if (input.name !== undefined && inbox.type === 'email') inbox.settings = { ...inbox.settings, inboxName: input.name };
    if (input.settings) inbox.settings = { ...inbox.settings, ...storedWidgetSettings({ ...input.settings }) };
    if (input.teamId !== undefined) inbox.teamId = input.teamId;
    if (input.routingMode) inbox.routingMode = input.routingMode;
    if (input.routing) inbox.routing = { ...inbox.routing, ...input.routing };
    if (input.automation) inbox.automation = mergeAutomation(inbox.automation, input.automation);
    const teamChanged = input.teamId !== undefined && input.teamId !== previousTeamId;
    const saved = await this.db.getRepository(Inbox).save(inbox);
    if (input.email) await this.emailSync.reload(id);
    if (teamChanged) await this.announceMembers();
    return saved;
  }

  /** Decrypted provider credentials, for connectors only; never sent to a client. */
  secretsOf(inbox: Inbox): Record<string, string> {
    return this.secrets.open(inbox.secretsEncrypted);
  }

  private async assertTeam(teamId: number): Promise<void> {
    if (!(await this.db.getRepository(Team).existsBy({ id: teamId }))) throw new NotFoundException(`teamId: no team with id ${teamId}`);
  }
}

/** Only a voice inbox has calls to count (or not) against the limit: saying it elsewhere is a mistake worth telling. */
function assertCallRouting(type: string, routing: InboxRouting | undefined): void {
  if (routing?.callsTakeSlot !== undefined && type !== 'twilio-voice') {
    throw new BadRequestException('routing.callsTakeSlot: only for inboxes of type twilio-voice');
  }
}
