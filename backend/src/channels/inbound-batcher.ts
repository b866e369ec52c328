import { Injectable } from '@nestjs/common';
import type { InboundMessageEvent } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { Coalescer } from '../common/coalescer';
import type { Message } from '../conversations/message.entity';
import { InboundMessages } from '../conversations/inbound-messages.service';
import { messagesByExternalId } from '../conversations/message-rows';
import type { Inbox } from './inbox.entity';
import { InboundNotifier } from './inbound-notifier';
import { InboundService } from './inbound.service';
import { SurveyAnswers } from './survey-answers';
import { DomainEventBus } from '../common/domain-events';

/** Webhook messages stored in one transaction at most. */
const BATCH = 64;
/**
 * Write batches at once: the next one's INSERT runs while the last waits for
 * its commit, so the database can flush both commits with one disk write.
 * A conversation's messages still go one batch after the other.
 */
const WRITES_IN_FLIGHT = 2;

interface Request {
  inbox: Inbox;
  event: InboundMessageEvent;
}

interface Stored {
  message: Message;
  duplicate: boolean;
}

interface LookedUp {
  place: OpenPlace | null;
  /** No identity of the sender in the inbox: a new customer. */
  senderUnknown: boolean;
  /** The message as stored before: a provider's resend. */
  resent: Message | null;
}

interface OpenPlace {
  contactId: number;
  conversationId: number;
  /** A conversation its bot holds: the bot is told about the message. */
  withBot: boolean;
}

/**
 * Webhook messages of customers who already have an open conversation,
 * nearly all of a busy channel's traffic, stored in batches: requests that
 * arrive while one batch is being written share the next one (one look-up
 * of identities and conversations, one transaction), so a burst costs a
 * few round trips per batch instead of several per message. The answer to
 * each webhook still waits for its own row to be committed.
 *
 * The look-up and the write are two stages: the senders of the next batch
 * (and which of its messages are resends, already stored) are looked up
 * while the current one is being written. In one stage a burst spent about
 * as long looking up as writing (docs/benchmarks.md, "Ceiling"). The write
 * stage has two batches in flight (WRITES_IN_FLIGHT). A conversation's
 * messages keep their order: the look-up answers its batches in order, a
 * message goes on to the write as soon as its look-up is answered, and a
 * write batch leaves out conversations the other one holds.
 *
 * Anything else (a new customer, a new conversation, a survey answer) takes
 * InboundService's path, told whether the sender is known (a new
 * customer's is then not looked up again).
 */
@Injectable()
export class InboundBatcher {
  private readonly lookUps = new Coalescer<Request, LookedUp>((requests) => this.lookUpBatch(requests), BATCH);
  private readonly writes = new Coalescer<Request & { place: OpenPlace }, Stored>((requests) => this.storeBatch(requests), BATCH, {
    inFlight: WRITES_IN_FLIGHT,
    keyOf: ({ place }) => place.conversationId,
  });

  constructor(
    private readonly db: DataSource,
    private readonly inboundMessages: InboundMessages,
    private readonly inbound: InboundService,
    private readonly notifier: InboundNotifier,
    private readonly surveyAnswers: SurveyAnswers,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** Stores the message; operators are told right after (InboundNotifier), as with notify 'later'. */
  async receiveLater(inbox: Inbox, event: InboundMessageEvent): Promise<Stored> {
    const { place, resent, senderUnknown } = await this.lookUps.submit({ inbox, event });
    if (resent) return { message: resent, duplicate: true };
    if (!place) return this.inbound.receiveMessage(inbox, event, undefined, { notify: 'later', senderUnknown });
    return this.writes.submit({ inbox, event, place });
  }

  /**
   * Each sender's open conversation, or null for the full path: unknown, no
   * open conversation, or a survey answer. Beside it, in a batch, the
   * messages already stored (a provider's resends), so the write stage need
   * not ask; a lone message leaves them to the unique key.
   */
  private async lookUpBatch(requests: Request[]): Promise<LookedUp[]> {
    const [{ places, known }, stored] = await Promise.all([
      this.openPlaces(requests),
      requests.length > 1 ? messagesByExternalId(this.db.manager, requests.map(({ inbox, event }) => ({ inboxId: inbox.id, externalId: event.externalId }))) : [],
    ]);
    const resent = new Map(stored.map((m) => [placeKey(m.inboxId, m.externalId ?? ''), m]));
    const found: LookedUp[] = [];
    for (const { inbox, event } of requests) {
      const earlier = resent.get(placeKey(inbox.id, event.externalId));
      if (earlier) {
        found.push({ place: null, senderUnknown: false, resent: earlier });
        continue;
      }
      const sender = placeKey(inbox.id, event.sender.externalId);
      const place = places.get(sender) ?? null;
      // A survey answer belongs to its closed conversation; ordinary text is told apart without a query.
      found.push({ place: place && !(await this.surveyAnswers.claim(inbox, place.contactId, event)) ? place : null, senderUnknown: !known.has(sender), resent: null });
    }
    return found;
  }

  private async storeBatch(requests: Array<Request & { place: OpenPlace }>): Promise<Stored[]> {
    const stored = await this.inboundMessages.add(
      requests.map(({ inbox, event, place }) => ({
        conversation: { id: place.conversationId, inboxId: inbox.id },
        input: {
          direction: 'in' as const,
          senderType: 'contact' as const,
          kind: event.kind,
          text: event.text ?? null,
          payload: event.payload ?? null,
          externalId: event.externalId,
          quotedExternalId: event.replyToExternalId,
        },
      })),
      { resendsLookedUp: true },
    );
    for (const [k, { place }] of requests.entries()) {
      if (stored[k].duplicate) continue;
      // A batched message comes without files (media are fetched afterwards, and pushed as an update).
      this.notifier.later(stored[k].message, { withFiles: false, lastMessageNoted: false });
      if (place.withBot) await this.domainEvents.emit('conversation.bot-input', { conversationId: place.conversationId, messageId: stored[k].message.id });
    }
    return stored;
  }

  /**
   * Who of the senders is known (by placeKey), and their open conversation
   * in that inbox if they have one: one query per inbox in the batch.
   */
  private async openPlaces(requests: Request[]): Promise<{ places: Map<string, OpenPlace>; known: Set<string> }> {
    const byInbox = new Map<number, string[]>();
    for (const { inbox, event } of requests) byInbox.set(inbox.id, [...(byInbox.get(inbox.id) ?? []), event.sender.externalId]);
    const places = new Map<string, OpenPlace>();
    const known = new Set<string>();
    for (const [inboxId, externalIds] of byInbox) {
      const unique = [...new Set(externalIds)];
      const rows: Array<{ externalId: string; contactId: number; conversationId: number | null; status: string | null }> = await this.db.query(
        `SELECT i.externalId AS externalId, i.contactId AS contactId, v.id AS conversationId, v.status AS status
         FROM contact_identities i
         LEFT JOIN conversations v ON v.inboxId = i.inboxId AND v.contactId = i.contactId AND v.openKey IS NOT NULL
         WHERE i.inboxId = ? AND i.externalId IN (${unique.map(() => '?').join(',')})`,
        [inboxId, ...unique],
      );
      for (const r of rows) {
        known.add(placeKey(inboxId, r.externalId));
        if (r.conversationId !== null) places.set(placeKey(inboxId, r.externalId), { contactId: Number(r.contactId), conversationId: Number(r.conversationId), withBot: r.status === 'bot' });
      }
    }
    return { places, known };
  }
}

const placeKey = (inboxId: number, externalId: string) => `${inboxId}:${externalId}`;
