import { HttpException, Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { DomainEventBus } from '../../common/domain-events';
import { parsePayload } from '../../common/validation.pipe';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ContactsService } from '../../contacts/contacts.service';
import { ConversationPresenter, webchatExternalId } from '../../conversations/conversation.presenter';
import { ConversationsService } from '../../conversations/conversations.service';
import { errorAck, type Ack } from './widget-ack';
import { RealtimeService, rooms, SOCKET_PING } from '../../realtime/realtime.service';
import type { Inbox } from '../inbox.entity';
import { InboundService } from '../inbound.service';
import { InboxesService } from '../inboxes.service';
import { VisitorTokens } from '../visitor-token';
import { SurveyAnswers } from '../survey-answers';
import { WidgetContactDto, WidgetCsatDto, WidgetHistoryDto, WidgetSendDto, WidgetTypingDto } from './widget.dto';
import { AttachmentsService } from '../../conversations/attachments.service';
import { phoneCountry, phoneField } from '../../contacts/phone-input';
import type { Contact } from '../../contacts/contact.entity';
import { messageForVisitors, originAllowed, originRefusal, widgetSessionInbox } from './widget-settings';

interface VisitorSession {
  inbox: Inbox;
  visitorId: string;
  visitorToken: string;
}

/** The site widget's socket (`/widget`): one visitor per connection, identified by a signed token. */
@WebSocketGateway({ namespace: '/widget', cors: { origin: true, credentials: false }, ...SOCKET_PING })
export class WidgetGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Widget');
  private readonly tokens: VisitorTokens;
  private readonly ownOrigin: string;

  constructor(
    private readonly inboxes: InboxesService,
    private readonly inbound: InboundService,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
    private readonly attachments: AttachmentsService,
    private readonly surveyAnswers: SurveyAnswers,
    private readonly domainEvents: DomainEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tokens = VisitorTokens.fromConfig(config);
    this.ownOrigin = new URL(config.publicUrl).origin;
  }

  afterInit(namespace: Namespace): void {
    this.realtime.attachWidget(namespace);
    // Refusing in the handshake means a bad key or forged token never gets a
    // session: the client sees connect_error with the reason.
    namespace.use((socket, next) => {
      this.authenticate(socket).then(
        (session) => {
          socket.data.session = session;
          next();
        },
        (error: Error) => next(error),
      );
    });
  }

  private async authenticate(socket: Socket): Promise<VisitorSession> {
    const { inboxKey, visitorToken } = (socket.handshake.auth ?? {}) as { inboxKey?: unknown; visitorToken?: unknown };
    if (typeof inboxKey !== 'string' || inboxKey.length === 0 || inboxKey.length > 64) throw new Error('inboxKey is required');
    const inbox = await this.inboxes.findByPublicKey(inboxKey);
    if (!inbox || inbox.type !== 'webchat') throw new Error('unknown inbox key');
    const origin = socket.handshake.headers.origin;
    if (!originAllowed(inbox.settings, origin, this.ownOrigin)) throw new Error(originRefusal(origin));
    if (visitorToken === undefined || visitorToken === null || visitorToken === '') {
      const issued = this.tokens.issue(inbox.id);
      return { inbox, visitorId: issued.visitorId, visitorToken: issued.token };
    }
    const visitorId = typeof visitorToken === 'string' ? this.tokens.verify(visitorToken, inbox.id) : null;
    if (!visitorId) throw new Error('invalid visitor token');
    // Renewed on every connection: the lifetime counts from the visitor's last visit.
    return { inbox, visitorId, visitorToken: this.tokens.sign(inbox.id, visitorId) };
  }

  async handleConnection(socket: Socket): Promise<void> {
    const session = socket.data.session as VisitorSession;
    await socket.join([rooms.visitor(session.inbox.id, session.visitorId), rooms.visitors(session.inbox.id)]);
    const contact = await this.contacts.findByIdentity(session.inbox.id, session.visitorId);
    const open = contact ? await this.conversations.findOpen(session.inbox.id, contact.id) : null;
    socket.emit('session', {
      visitorToken: session.visitorToken,
      contactId: contact?.id ?? null,
      conversationId: open?.id ?? null,
      conversationStatus: open?.status ?? null,
      inbox: widgetSessionInbox(session.inbox, new Date(), this.config.uploadMaxBytes),
      contact: contact ? visitorContact(contact) : null,
    });
    // A reloaded page knows nothing of the queue: its place follows the session.
    if (open?.status === 'queued') await this.domainEvents.emit('conversation.queue-viewer', { conversationId: open.id, inboxId: open.inboxId });
  }

  @SubscribeMessage('message.send')
  async send(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack<{ message: unknown }>> {
    const session = socket.data.session as VisitorSession;
    try {
      const input = await parsePayload(WidgetSendDto, body);
      if (input.text !== undefined && input.text.length > this.config.messageMaxChars) {
        return { error: `text must be at most ${this.config.messageMaxChars} characters` };
      }
      const text = input.text?.trim() ? input.text : undefined;
      if (!text && !input.attachments?.length) return { error: 'text or attachments: a message needs one of them' };
      const kind = text ? 'text' : await this.attachments.kindOf(input.attachments ?? []);
      const result = await this.inbound.receiveMessage(
        session.inbox,
        {
          type: 'message',
          externalId: webchatExternalId(session.visitorId, input.clientMessageId),
          sender: { externalId: session.visitorId },
          kind,
          text,
          attachments: [],
          // Stored as Telegram stores a callback's data, so bots read a press the same way on every channel.
          ...(input.button ? { payload: { data: input.button } } : {}),
          sentAt: new Date(),
        },
        input.attachments?.length ? { attachmentIds: input.attachments, uploadedBy: `visitor:${session.visitorId}` } : undefined,
      );
      if (!result.duplicate) {
        await this.domainEvents.emit('message.sent-by-visitor', { message: result.dto, inboxId: session.inbox.id, visitorId: session.visitorId, fromSocket: socket.id });
      }
      return { message: result.dto };
    } catch (error) {
      if (!(error instanceof HttpException)) this.logger.error(error instanceof Error ? error.stack : String(error));
      return errorAck(error);
    }
  }

  @SubscribeMessage('history')
  async history(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack<{ items: unknown[] }>> {
    const session = socket.data.session as VisitorSession;
    try {
      const input = await parsePayload(WidgetHistoryDto, body ?? {});
      const conversationIds = await this.contacts.conversationsOpenedBy(session.inbox.id, session.visitorId);
      if (conversationIds.length === 0) return { items: [] };
      const rows = await this.conversations.messages(conversationIds, { before: input.before, limit: 50, includePrivate: false });
      return { items: (await this.presenter.messages(rows)).map((m) => messageForVisitors(m, session.inbox.settings)) };
    } catch (error) {
      return errorAck(error);
    }
  }

  @SubscribeMessage('contact.update')
  async updateContact(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack<{ contact: unknown }>> {
    const session = socket.data.session as VisitorSession;
    try {
      const input = await parsePayload(WidgetContactDto, body);
      // What the visitor types is stored on their own contact; it never selects another contact.
      const { contact } = await this.contacts.resolveIdentity(session.inbox.id, { externalId: session.visitorId });
      const country = phoneCountry(session.inbox.settings, this.config.defaultPhoneCountry);
      const updated = await this.contacts.update(contact.id, {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.email !== undefined ? { email: input.email.trim().toLowerCase() } : {}),
        ...(input.phone !== undefined ? { phone: phoneField('phone', input.phone, country) } : {}),
      });
      return { contact: visitorContact(updated) };
    } catch (error) {
      return errorAck(error);
    }
  }

  /** Stars and a comment for one of the visitor's own closed conversations; the first answer counts. */
  @SubscribeMessage('csat.submit')
  async rate(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack<{ outcome: string; csatScore: number | null }>> {
    const session = socket.data.session as VisitorSession;
    try {
      const input = await parsePayload(WidgetCsatDto, body);
      const contact = await this.contacts.findByIdentity(session.inbox.id, session.visitorId);
      // Like history: a conversation of another visitor merged into the same contact is not this one's to rate.
      const own = await this.contacts.conversationsOpenedBy(session.inbox.id, session.visitorId);
      if (!contact || !own.includes(input.conversationId)) return { error: `conversationId: no conversation ${input.conversationId} of yours` };
      const result = await this.surveyAnswers.submit(session.inbox, contact.id, input);
      return result.outcome === 'not-found' ? { error: `conversationId: no conversation ${input.conversationId} of yours` } : result;
    } catch (error) {
      return errorAck(error);
    }
  }

  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<void> {
    const session = socket.data.session as VisitorSession;
    const input = await parsePayload(WidgetTypingDto, body).catch(() => null);
    if (!input) return;
    const contact = await this.contacts.findByIdentity(session.inbox.id, session.visitorId);
    const open = contact ? await this.conversations.findOpen(session.inbox.id, contact.id) : null;
    if (open) await this.domainEvents.emit('contact.typing', { conversationId: open.id, on: input.on });
  }
}

/** What the widget knows of its visitor: what they typed in the pre-chat form. */
function visitorContact(contact: Contact): { name?: string; email?: string; phone?: string } {
  return { name: contact.name ?? undefined, email: contact.email ?? undefined, phone: contact.phone ?? undefined };
}
