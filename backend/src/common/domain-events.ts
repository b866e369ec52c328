import { Global, Injectable, Logger, Module } from '@nestjs/common';
import type { WhatsAppWebState } from '@inbox/connectors';
import type { AgentDto } from '../agents/agent.responses';
import type { ConversationDto, MessageDto } from '../conversations/conversation.responses';
import type { LabelDto } from '../labels/label.responses';
import type { MentionDto } from '../mentions/mention.responses';
import type { BoardDto } from '../supervision/supervision.responses';

/** Things that happened in one module that others react to. */
export interface DomainEvents {
  /** A customer's first message opened a new conversation (stored, not a duplicate). */
  'conversation.opened': { conversationId: number };
  /** A conversation was closed by an operator (`actorId`) or by the system (`automatic`); `spam`: marked as spam, the customer is told nothing. */
  'conversation.closed': { conversationId: number; actorId: number | null; automatic: boolean; spam?: boolean };
  /** An operator's public reply was stored and handed to delivery; `quickReplyId` if it began as one. */
  'conversation.agent-replied': { conversationId: number; messageId: number; agentId: number; quickReplyId: number | null };
  /**
   * Customers of an inbox are told their places in its queue (1-based) and
   * the expected wait, each for the first time here (`first`: since this
   * process started) or because it changed: live in the widgets of
   * `viewers` (visitor ids), and as a message where the inbox sends one.
   */
  'conversation.queue-positions': {
    inboxId: number;
    places: Array<{ conversationId: number; position: number; expectedWaitMs: number | null; first: boolean; viewers: readonly string[] }>;
  };
  /** A customer opened a live view (the widget) of their queued conversation: they know nothing of their place yet. */
  'conversation.queue-viewer': { conversationId: number; inboxId: number };
  /** The router (or an operator accepting, or a transfer) gave the conversation to an operator; committed. `channel`: its inbox's type. */
  'conversation.assigned': { conversationId: number; inboxId: number; agentId: number; channel: string | null };
  /** A conversation needs a human: route it. */
  'conversation.needs-agent': { conversationId: number };
  /** An operator may have room now (close, transfer, came online, limit raised). */
  'agent.slot-freed': { agentId: number | null };
  /** `reason`: set when the operator did not choose it: their connection was gone for the whole grace (departures.service.ts). */
  'agent.status-changed': { agentId: number; status: 'online' | 'away' | 'offline'; reason?: 'disconnected' };
  /** An admin deactivated the account: it is offline, its tokens void, its sockets closed. */
  'agent.deactivated': { agentId: number };
  /** The operator's last socket closed (on every process), or one opened again (presence.service.ts). */
  'agent.presence-changed': { agentId: number; connected: boolean };
  /** An operator allowed to write in the conversation is typing (or stopped): the customer's widget and channels may show it. */
  'agent.typing': { conversationId: number; inboxId: number; contactId: number; agentId: number; on: boolean };
  /** The customer is typing (or stopped) in the widget: the operators who have the conversation open see it. */
  'contact.typing': { conversationId: number; on: boolean };
  /** A conversation was transferred (committed; `actorId` null: by an automation rule): to an operator (`toAgentId`) or to a team's queue (`teamId`). */
  'conversation.transferred': { conversationId: number; actorId: number | null; fromAgentId: number | null; toAgentId: number | null; teamId: number | null };
  /** A contact was created for a new sender (contacts.service.ts, resolveIdentity). */
  'contact.created': { contactId: number };
  /** The customer's survey answer was stored (the first one; later ones change nothing). */
  'csat.submitted': { conversationId: number; score: number; comment: string | null; source: string };
  /** A supervisor submitted a review of a conversation: the operator sees it now. */
  'review.submitted': { reviewId: number };
  /** An outgoing webhook was paused after failing too often in a row; admins are told. */
  'webhook.paused': { subscriptionId: number; reason: string };
  /** An SLA target is near its due time (the policy's warning point): its holder and the supervisors are warned. Automation rules react to it and to a breach. */
  'sla.warning': SlaAlert;
  /** An SLA target passed its due time unmet (logged as the conversation's `sla.breached` event). */
  'sla.breached': SlaAlert;
  /** A customer's message was stored in a conversation its bot holds (status `bot`). */
  'conversation.bot-input': { conversationId: number; messageId: number };

  // What operators and customers are shown: realtime/notifications.ts turns each into socket pushes
  // (docs/architecture.md, "Socket pushes"). `message` is the DTO when the emitter presented it already.

  /** An operator's account, status, presence, load ("3 / 5") or call changed: every operator sees it. */
  'agent.updated': { agent: AgentDto };
  /** The live floor as it is now (supervision/board.service.ts): supervisors and admins see it. */
  'board.computed': { board: BoardDto };
  /** A linked WhatsApp number's connection changed, or there is a new QR code to scan (a login to the number: admins only). */
  'whatsapp.state-changed': { inboxId: number; state: WhatsAppWebState };
  /** An admin created, changed or deleted a label: every operator's pickers and filters follow (`labels` is the whole catalogue). */
  'labels.changed': { labels: LabelDto[] };
  /** A contact's details or identities changed (an operator's edit, the widget's form, a bot, a merge). */
  'contact.updated': { contactId: number };
  /** Contact `mergedId` was merged into `survivorId`: screens showing the old one show the survivor. */
  'contact.merged': { mergedId: number; survivorId: number };
  /** Conversations changed (status, holder, team, priority, labels, their contact): operators, and each customer's live view. */
  'conversation.updated': { conversations: ConversationChange[] };
  /** The router gave these conversations to operators (committed): each holder is told it is theirs, then everyone sees them change. */
  'conversation.routed': { conversations: ConversationChange[] };
  /** Offer and broadcast modes: these operators may accept the conversation. */
  'conversation.offered': { conversation: ConversationDto; agentIds: number[] };
  /** The router found nobody for the conversation: it stays in its inbox's queue. */
  'conversation.left-in-queue': { conversationId: number; inboxId: number };
  /** A private note mentioned an operator (`agentId`): their open tabs are told. */
  'mention.created': { agentId: number; mention: MentionDto };
  /** A message was stored: an operator's reply or note, an automatic or a bot's message. */
  'message.created': { messageId: number; message?: MessageDto };
  /** A stored message changed: a provider's delivery report, a customer's edit, fetched files, a call's outcome. */
  'message.updated': { messageId: number; message?: MessageDto };
  /** The outbound pipeline moved a message (queued again, sent, failed): the customer's live view follows, unless it is a note. */
  'message.delivery-changed': { message: MessageDto };
  /** A supervisor's whisper: a note for the conversation's holder (`holderId`) and the supervisors only. */
  'message.whispered': { message: MessageDto; holderId: number | null };
  /** The site widget delivered a message: the customer's open widgets show it. */
  'message.sent-to-widget': { message: MessageDto; contactId: number };
  /** A visitor sent a message from one of their open widgets (socket `fromSocket`, which has it in its answer): their other widgets show it. */
  'message.sent-by-visitor': { message: MessageDto; inboxId: number; visitorId: string; fromSocket: string };
  /** Customers' messages were stored: their conversations, new (`opened`) or with a new last message (`updated`), then the messages. */
  'messages.received': { opened: ConversationDto[]; updated: ConversationDto[]; messages: MessageDto[] };
}

/** An SLA target of a conversation about to be, or just, breached (sla/sla.service.ts). */
export interface SlaAlert {
  conversationId: number;
  inboxId: number;
  /** Who holds it now, if anyone. */
  assigneeId: number | null;
  target: 'first_response' | 'next_response' | 'resolution';
  policyId: number;
  dueAt: string;
}

/** A changed conversation, and the contact whose live views (the widget) show it. */
export interface ConversationChange {
  conversation: ConversationDto;
  contactId: number;
}

type Listener<E extends keyof DomainEvents> = (payload: DomainEvents[E]) => Promise<void> | void;

/**
 * In-process and synchronous to the caller's success: listeners only enqueue
 * jobs or push to sockets, so a failing listener is logged and never undoes
 * the committed change that raised the event.
 */
@Injectable()
export class DomainEventBus {
  private readonly logger = new Logger('DomainEvents');
  private readonly listeners = new Map<keyof DomainEvents, Listener<never>[]>();

  on<E extends keyof DomainEvents>(event: E, listener: Listener<E>): void {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as Listener<never>);
    this.listeners.set(event, list);
  }

  async emit<E extends keyof DomainEvents>(event: E, payload: DomainEvents[E]): Promise<void> {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        await (listener as Listener<E>)(payload);
      } catch (error) {
        this.logger.error(`${event} listener failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
  }
}

@Global()
@Module({ providers: [DomainEventBus], exports: [DomainEventBus] })
export class DomainEventsModule {}
