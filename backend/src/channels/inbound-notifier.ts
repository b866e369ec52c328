import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import type { Message } from '../conversations/message.entity';
import { RealtimeService } from '../realtime/realtime.service';

/** How long new messages are gathered before one batch of queries presents them all. */
const WINDOW_MS = 20;

/**
 * Tells operators about stored inbound messages after the webhook answered
 * (InboundService, notify 'later'). Under load, presenting each message and
 * its conversation alone costs more than storing it; gathered for a few
 * milliseconds, a whole batch is presented with the presenter's batched
 * queries, and a conversation that got several messages is pushed once.
 */
@Injectable()
export class InboundNotifier implements OnModuleDestroy {
  private readonly logger = new Logger('Inbound');
  private pending: Message[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The last batch being pushed; batches go out one after the other, in order. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
  ) {}

  /** A message of an existing conversation, pushed within WINDOW_MS. */
  later(message: Message): void {
    this.pending.push(message);
    this.timer ??= setTimeout(() => this.flushPending(), WINDOW_MS);
  }

  /**
   * Pushes what is gathered now and waits for it: a later push about the
   * same messages (an edit) must not overtake their 'message.created'.
   */
  async drain(): Promise<void> {
    if (this.timer) this.flushPending();
    await this.flushing;
  }

  private flushPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing
      .then(() => this.flush(batch))
      .catch((error: unknown) => this.logger.error(`Pushing ${batch.length} new message(s) failed: ${String(error)}`));
  }

  onModuleDestroy(): void {
    // Only notifications are dropped: the messages are stored, and operators load them with the conversation.
    if (this.timer) clearTimeout(this.timer);
    this.pending = [];
  }

  private async flush(batch: Message[]): Promise<void> {
    const conversationIds = [...new Set(batch.map((m) => m.conversationId))];
    const [messages, conversations] = await Promise.all([
      this.presenter.messages(batch),
      this.db.getRepository(Conversation).findBy({ id: In(conversationIds) }).then((rows) => this.presenter.conversations(rows)),
    ]);
    for (const conversation of conversations) this.realtime.toAgents('conversation.updated', { conversation });
    for (const message of messages) this.realtime.toAgents('message.created', { message });
  }
}
