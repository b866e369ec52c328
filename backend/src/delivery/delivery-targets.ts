import { Inject, Injectable } from '@nestjs/common';
import type { OutboundButton, OutboundMessage, OutboundTemplate } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { SecretBox } from '../channels/secret-box';
import { DomainEventBus } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Attachment } from '../conversations/attachment.entity';
import { AttachmentsService } from '../conversations/attachments.service';
import { Conversation } from '../conversations/conversation.entity';
import { attachmentUrl, ConversationPresenter, type MessageDto } from '../conversations/conversation.presenter';
import { Message } from '../conversations/message.entity';
import type { DeliveryTarget } from './delivery-channels';

/** Buttons a message carries in its payload (an automatic survey's 1–5), for channels that can show them. */
function buttonsOf(payload: Record<string, unknown> | null): OutboundButton[] {
  const buttons = payload?.buttons;
  if (!Array.isArray(buttons)) return [];
  return buttons.filter((b): b is OutboundButton => typeof b?.title === 'string' && typeof b?.payload === 'string');
}

/** An approved template an operator chose (WhatsApp Cloud API, outside the 24-hour window). */
function templateOf(payload: Record<string, unknown> | null): OutboundTemplate | undefined {
  const template = payload?.template as Partial<OutboundTemplate> | undefined;
  if (typeof template?.name !== 'string' || typeof template.language !== 'string') return undefined;
  const parameters = Array.isArray(template.parameters) ? template.parameters.filter((p): p is string => typeof p === 'string') : [];
  return { name: template.name, language: template.language, ...(parameters.length ? { parameters } : {}) };
}

/** Loads what a send needs from rows, and tells everyone watching when a message's delivery changed. */
@Injectable()
export class DeliveryTargets {
  private readonly secretBox: SecretBox;
  private readonly publicUrl: string;

  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secretBox = new SecretBox(config.appSecret);
    this.publicUrl = config.publicUrl;
  }

  async load(message: Message): Promise<DeliveryTarget> {
    const [inbox, conversation] = await Promise.all([
      this.db.getRepository(Inbox).findOneByOrFail({ id: message.inboxId }),
      this.db.getRepository(Conversation).findOneByOrFail({ id: message.conversationId }),
    ]);
    // Outside the widget a contact has one address per inbox (a merge refuses a second); the widget's delivery reaches all of them.
    const identity = await this.db
      .getRepository(ContactIdentity)
      .findOne({ where: { inboxId: inbox.id, contactId: conversation.contactId }, order: { id: 'ASC' } });
    if (!identity) throw new Error(`The customer has no address in inbox ${inbox.id}: nowhere to send`);
    if (!inbox.active) throw new Error(`Inbox "${inbox.name}" is archived: nothing is sent from it until an admin reactivates it`);
    return {
      inbox,
      conversation,
      message,
      recipientExternalId: identity.externalId,
      context: { inboxId: inbox.id, settings: inbox.settings, secrets: this.secretBox.open(inbox.secretsEncrypted) },
    };
  }

  /** The normalized message for the connector; attachment bytes are read from storage only when sent. */
  async outbound(target: DeliveryTarget): Promise<OutboundMessage> {
    const { message } = target;
    const [files, sender, quoted] = await Promise.all([
      this.db.getRepository(Attachment).find({ where: { messageId: message.id }, order: { id: 'ASC' } }),
      message.senderId ? this.db.getRepository(Agent).findOne({ where: { id: message.senderId }, select: { id: true, name: true } }) : null,
      message.replyToId ? this.db.getRepository(Message).findOne({ where: { id: message.replyToId }, select: { id: true, externalId: true, direction: true } }) : null,
    ]);
    const buttons = buttonsOf(message.payload);
    const template = templateOf(message.payload);
    return {
      id: message.id,
      recipientExternalId: target.recipientExternalId,
      ...(message.text ? { text: message.text } : {}),
      attachments: files.map((file) => ({
        fileName: file.fileName,
        mimeType: file.mimeType,
        read: () => this.attachments.bytesOf(file.storageKey),
        url: this.publicUrl + attachmentUrl(file),
      })),
      ...(sender ? { senderName: sender.name } : {}),
      // The channel quotes what it has an id for; a message it never carried is answered unquoted.
      ...(quoted?.externalId ? { replyToExternalId: quoted.externalId, replyToFromUs: quoted.direction === 'out' } : {}),
      ...(buttons.length ? { buttons } : {}),
      ...(template ? { template } : {}),
    };
  }

  /** Operators, and the customer's live view (the widget) when they have one, see the message's delivery as it is now. */
  async publish(messageId: number): Promise<MessageDto> {
    const dto = await this.presenter.message(await this.db.getRepository(Message).findOneByOrFail({ id: messageId }));
    await this.domainEvents.emit('message.delivery-changed', { message: dto });
    return dto;
  }
}
