import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DomainEventBus } from '../common/domain-events';
import { ConversationPresenter, type ConversationDto } from '../conversations/conversation.presenter';
import { InboundMessages } from '../conversations/inbound-messages.service';
import type { Message } from '../conversations/message.entity';

/**
 * Tells operators about stored inbound messages after the webhook answered
 * (InboundService, notify 'later'). Under load, presenting each message and
 * its conversation alone costs more than storing it, so messages are pushed
 * in batches: a batch starts as soon as the previous one is out, and takes
 * everything stored meanwhile. An idle system pushes at once; a busy one
 * presents many messages with the presenter's batched queries, and a
 * conversation that got several is pushed once.
 */
@Injectable()
export class InboundNotifier implements OnModuleDestroy {
  private readonly logger = new Logger('Inbound');
  private pending: Message[] = [];
  /** Of the pending messages, those stored without files. */
  private fileless = new Set<number>();
  /** Conversations whose `lastMessageAt` is still to be set, with their latest message's time. */
  private unnoted = new Map<number, Date>();
  /** Conversations the pending messages opened, with what follows their push. */
  private openings = new Map<number, () => Promise<void>>();
  /** What follows pushes already made, still running (awaited at shutdown). */
  private readonly following = new Set<Promise<void>>();
  /** A push is queued that will take `pending` with it. */
  private queued = false;
  /** The last push; pushes go out one after the other, in order. */
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
    private readonly inboundMessages: InboundMessages,
  ) {}

  /**
   * A message of an existing conversation, pushed with the next batch.
   * `withFiles` false spares the look-up of its files; `lastMessageNoted`
   * false has the conversation's `lastMessageAt` set beside the push (a
   * batched write leaves it, InboundMessages.add).
   */
  later(message: Message, { withFiles = true, lastMessageNoted = true }: { withFiles?: boolean; lastMessageNoted?: boolean } = {}): void {
    if (this.stopped) return;
    this.pending.push(message);
    if (!withFiles) this.fileless.add(message.id);
    const noted = this.unnoted.get(message.conversationId);
    if (!lastMessageNoted && (!noted || noted < message.createdAt)) this.unnoted.set(message.conversationId, message.createdAt);
    if (this.queued) return;
    this.queued = true;
    this.flushing = this.flushing
      // setImmediate: the messages of the write that called us (and of webhooks answered in this turn) go together.
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        const batch = this.pending;
        const fileless = this.fileless;
        const unnoted = this.unnoted;
        const openings = this.openings;
        this.pending = [];
        this.fileless = new Set();
        this.unnoted = new Map();
        this.openings = new Map();
        this.queued = false;
        return batch.length ? this.flush(batch, fileless, unnoted, openings).finally(() => this.follow(openings.values())) : undefined;
      })
      .catch((error: unknown) => this.logger.error(`Pushing new messages failed: ${String(error)}`));
  }

  /**
   * The first message of a conversation opened for it: pushed as opened,
   * in order with the messages around it (a later message of it is never
   * pushed first), then `afterPush` runs (its routing: operators see a
   * conversation before its assignment), also if the push failed. While
   * the app stops, nothing is pushed and `afterPush` runs before this
   * resolves, so the conversation is not left unrouted.
   */
  async opening(message: Message, afterPush: () => Promise<void>, { withFiles = true }: { withFiles?: boolean } = {}): Promise<void> {
    if (this.stopped) return afterPush();
    this.openings.set(message.conversationId, afterPush);
    this.later(message, { withFiles });
  }

  /**
   * Waits until what is gathered now has been pushed: a later push about the
   * same messages (an edit) must not overtake their 'message.created'.
   */
  async drain(): Promise<void> {
    await this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    // Only notifications are dropped: the messages are stored, and operators load them with the conversation.
    // Their conversations' lastMessageAt is still set.
    // The conversations opened meanwhile are still routed.
    this.stopped = true;
    const unnoted = this.unnoted;
    const openings = this.openings;
    this.pending = [];
    this.fileless = new Set();
    this.unnoted = new Map();
    this.openings = new Map();
    await this.flushing;
    if (unnoted.size) await this.inboundMessages.noteLastMessages(unnoted).catch((error: unknown) => this.logger.error(`Noting last messages failed: ${String(error)}`));
    this.follow(openings.values());
    await Promise.all(this.following);
  }

  /** Runs what follows the pushes, each on its own: one conversation's routing does not hold up the next push. */
  private follow(works: Iterable<() => Promise<void>>): void {
    for (const work of works) {
      const running: Promise<void> = work()
        .catch((error: unknown) => this.logger.error(`After pushing a new conversation: ${String(error)}`))
        .finally(() => this.following.delete(running));
      this.following.add(running);
    }
  }

  /**
   * The conversations' `lastMessageAt` is written beside the push, not
   * before it: the push shows the noted times itself (never older than its
   * messages), so operators need not wait for that write's commit (a disk
   * flush of its own; docs/benchmarks.md, "Load").
   */
  private async flush(batch: Message[], fileless: ReadonlySet<number>, unnoted: Map<number, Date>, openings: ReadonlyMap<number, unknown>): Promise<void> {
    const noting = unnoted.size ? this.inboundMessages.noteLastMessages(unnoted) : Promise.resolve();
    try {
      const conversationIds = [...new Set(batch.map((m) => m.conversationId))];
      const conversations = (await this.presenter.conversationsById(conversationIds)).map((c) => withLastMessageAt(c, unnoted.get(c.id)));
      const messages = await this.presenter.messages(batch, new Map(conversations.map((c) => [c.id, c.contact?.name ?? null])), fileless);
      const opened = conversations.filter((c) => openings.has(c.id));
      await this.domainEvents.emit('messages.received', { opened, updated: conversations.filter((c) => !openings.has(c.id)), messages });
    } finally {
      await noting;
    }
  }
}

/** The conversation as it is once `noted` is written (if that is later than what it shows). */
function withLastMessageAt(conversation: ConversationDto, noted: Date | undefined): ConversationDto {
  if (!noted) return conversation;
  const at = noted.toISOString();
  return conversation.lastMessageAt !== null && conversation.lastMessageAt >= at ? conversation : { ...conversation, lastMessageAt: at };
}
