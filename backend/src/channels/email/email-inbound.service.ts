import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { clipInboundText, rewriteEmailCidLinks, type EmailInboundMessageEvent, type InboundEvent, type InboundStatusEvent } from '@inbox/connectors';
import { DataSource, In } from 'typeorm';
import type { Agent } from '../../agents/agent.entity';
import { InboxAccess } from '../../auth/inbox-access.service';
import { DomainEventBus } from '../../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ContactIdentity } from '../../contacts/contact-identity.entity';
import { ContactsService } from '../../contacts/contacts.service';
import { AttachmentsService } from '../../conversations/attachments.service';
import { attachmentUrl } from '../../conversations/conversation.presenter';
import { Conversation } from '../../conversations/conversation.entity';
import { Message } from '../../conversations/message.entity';
import { Attachment } from '../../conversations/attachment.entity';
import { Inbox } from '../inbox.entity';
import { InboundService } from '../inbound.service';
import { EmailBody } from './email-body.entity';
import { admitEmail, pickConversation, storedEmailPayload, type ThreadCandidate } from './email-inbound.policy';

/**
 * Mail from the IMAP sync into the common inbound path: drop what no person
 * wrote, thread it into its conversation, store its files and its whole
 * body, mark our messages that bounced. Each call resolves only when
 * everything it was given is committed: the sync then moves its UID position.
 */
@Injectable()
export class EmailInbound {
  private readonly logger = new Logger('Email');

  constructor(
    private readonly db: DataSource,
    private readonly inbound: InboundService,
    private readonly contacts: ContactsService,
    private readonly attachments: AttachmentsService,
    private readonly domainEvents: DomainEventBus,
    private readonly access: InboxAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(inbox: Inbox, events: InboundEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'status') await this.applyStatus(inbox, event);
      else await this.receive(inbox, event as EmailInboundMessageEvent);
    }
  }

  private async receive(inbox: Inbox, event: EmailInboundMessageEvent): Promise<void> {
    const admission = admitEmail(event.payload);
    if (!admission.store) {
      this.logger.log(`Inbox ${inbox.id}: mail ${event.externalId} not opened as a conversation: ${admission.reason}`);
      return;
    }
    // A re-import (a restart mid-batch, a new UIDVALIDITY) must not store the files a second time.
    const stored = await this.db.getRepository(Message).findOneBy({ inboxId: inbox.id, externalId: event.externalId });
    if (stored) return this.keepBody(stored.id, event, await this.inlineFilesOf(stored, event));

    const address = event.sender.externalId;
    const own = await this.contacts.findByIdentity(inbox.id, address);
    const knownContactId = own ? undefined : await this.contactOfAddressElsewhere(inbox.id, address);
    const senderContactId = own?.id ?? knownContactId ?? null;
    const conversationId = pickConversation(await this.byReference(inbox.id, event.payload.threadKeys), await this.byTag(inbox.id, event.payload.conversationTag), senderContactId);
    const conversation = conversationId ? await this.db.getRepository(Conversation).findOneByOrFail({ id: conversationId }) : undefined;

    const uploadedBy = `email:${randomUUID()}`;
    const { files, inline, skipped } = await this.storeFiles(inbox.id, uploadedBy, event);
    const text = clipInboundText(event.text, this.config.messageMaxChars);
    const result = await this.inbound.receiveMessage(
      inbox,
      {
        ...event,
        text,
        attachments: [],
        payload: storedEmailPayload(event.payload, {
          from: { address, ...(event.sender.name ? { name: event.sender.name } : {}) },
          inlineAttachmentIds: [...inline.values()].map((a) => a.id),
          skippedAttachments: skipped,
        }),
      },
      files.length ? { attachmentIds: files.map((a) => a.id), uploadedBy } : undefined,
      // Operators are told right after, in batches (InboundNotifier): the sync's next batch need not wait for the pushes.
      { conversation, knownContactId, notify: 'later' },
    );
    await this.keepBody(result.message.id, event, inline);
  }

  /** GET /api/messages/:id/email: the whole mail behind a folded message. */
  async original(agent: Agent, messageId: number): Promise<{ html: string | null; text: string | null }> {
    const body = await this.db.getRepository(EmailBody).findOneBy({ messageId });
    if (!body) throw new NotFoundException(`Message ${messageId} is not an e-mail we received`);
    const message = await this.db.getRepository(Message).findOneByOrFail({ id: messageId });
    const conversation = await this.db.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    await this.access.assertConversation(agent, conversation);
    return { html: body.html, text: body.text };
  }

  /** The sanitized HTML (inline images pointing at our copies) and the whole text, for "show the original". */
  private async keepBody(messageId: number, event: EmailInboundMessageEvent, inline = new Map<string, Attachment>()): Promise<void> {
    const bodies = this.db.getRepository(EmailBody);
    if (await bodies.existsBy({ messageId })) return;
    const html = event.payload.html ? rewriteEmailCidLinks(event.payload.html, (cid) => {
      const file = inline.get(cid);
      return file ? attachmentUrl(file) : undefined;
    }) : null;
    await bodies.save({ messageId, html, text: event.payload.fullText ?? event.text ?? null });
  }

  /**
   * A mail stored before its body was (the process died in between): its
   * inline images are the message's files listed in inlineAttachmentIds, in
   * the order storeFiles met them.
   */
  private async inlineFilesOf(message: Message, event: EmailInboundMessageEvent): Promise<Map<string, Attachment>> {
    const ids = Array.isArray(message.payload?.inlineAttachmentIds) ? (message.payload.inlineAttachmentIds as number[]) : [];
    if (!ids.length || (await this.db.getRepository(EmailBody).existsBy({ messageId: message.id }))) return new Map();
    const files = await this.db.getRepository(Attachment).find({ where: { id: In(ids), messageId: message.id }, order: { id: 'ASC' } });
    const parts = event.attachments.filter((a) => a.inline && a.contentId && a.content.length > 0 && a.content.length <= this.config.uploadMaxBytes);
    return new Map(parts.flatMap((part, i) => (files[i] ? [[part.contentId as string, files[i]] as const] : [])));
  }

  /** Every file of the mail, inline images included, through FileStorage like an upload; inline ones by Content-ID. */
  private async storeFiles(inboxId: number, uploadedBy: string, event: EmailInboundMessageEvent) {
    const files: Attachment[] = [];
    const inline = new Map<string, Attachment>();
    const skipped: { fileName: string; reason: string }[] = [];
    for (const [index, part] of event.attachments.entries()) {
      const fileName = part.fileName ?? `${part.inline ? 'image' : 'attachment'}-${index + 1}`;
      if (part.content.length === 0) continue;
      if (part.content.length > this.config.uploadMaxBytes) {
        skipped.push({ fileName, reason: `larger than ${this.config.uploadMaxBytes} bytes (UPLOAD_MAX_BYTES)` });
        continue;
      }
      const stored = await this.attachments.storeReceived(inboxId, uploadedBy, { fileName, mimeType: part.mimeType ?? 'application/octet-stream', bytes: part.content });
      files.push(stored);
      if (part.inline && part.contentId) inline.set(part.contentId, stored);
    }
    return { files, inline, skipped };
  }

  /** The first stored message of this inbox one of the thread's Message-IDs names (ours included: we set them). */
  private async byReference(inboxId: number, keys: string[]): Promise<ThreadCandidate | null> {
    if (keys.length === 0) return null;
    const rows = await this.db.getRepository(Message).find({ where: { inboxId, externalId: In(keys.slice(0, 100)) }, select: { id: true, externalId: true, conversationId: true } });
    const hit = keys.map((key) => rows.find((r) => r.externalId === key)).find((r) => r !== undefined);
    return hit ? this.candidate(inboxId, hit.conversationId) : null;
  }

  private async byTag(inboxId: number, tag: string | undefined): Promise<ThreadCandidate | null> {
    const id = tag && /^[1-9]\d{0,9}$/.test(tag) ? Number(tag) : null;
    return id ? this.candidate(inboxId, id) : null;
  }

  private async candidate(inboxId: number, conversationId: number): Promise<ThreadCandidate | null> {
    const row = await this.db.getRepository(Conversation).findOneBy({ id: conversationId, inboxId });
    return row ? { conversationId: row.id, contactId: row.contactId, open: row.status !== 'closed' } : null;
  }

  /** The contact who already writes from this address to another of our mailboxes. */
  private async contactOfAddressElsewhere(inboxId: number, address: string): Promise<number | undefined> {
    const identity = await this.db
      .getRepository(ContactIdentity)
      .createQueryBuilder('i')
      .innerJoin(Inbox, 'b', 'b.id = i.inboxId')
      .where('i.externalId = :address AND b.type = :type AND i.inboxId <> :inboxId', { address, type: 'email', inboxId })
      .orderBy('i.id', 'ASC')
      .getOne();
    return identity?.contactId;
  }

  /** A bounce names the Message-ID of ours that did not arrive: that message becomes failed, with the server's reason. */
  private async applyStatus(inbox: Inbox, event: InboundStatusEvent): Promise<void> {
    const messages = this.db.getRepository(Message);
    const message = await messages.findOneBy({ inboxId: inbox.id, externalId: event.externalId, direction: 'out' });
    if (!message || message.status === event.status) return;
    const error = `The mail was returned: ${event.error ?? 'no reason given'}`.slice(0, 500);
    await messages.update({ id: message.id }, { status: event.status, error: event.status === 'failed' ? error : null });
    await this.domainEvents.emit('message.updated', { messageId: message.id });
  }
}
