import { ConflictException, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { isUniqueViolation } from '../common/database-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEventBus } from '../common/domain-events';
import { Contact } from '../contacts/contact.entity';
import { phoneCountry } from '../contacts/phone-input';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { BotConversations, FIELD_LABELS } from './bot-conversations';
import { COLLECTED_FIELDS } from './bot-definition';
import { initialBotState, runBot, wantsHuman, type BotAction, type BotInput, type BotState } from './bot-flow.policy';
import { LabelsService } from '../labels/labels.service';
import { BotHttpStep } from './bot-http-step';
import { BotSession } from './bot-session.entity';
import type { Bot } from './bot.entity';
import { BotsService } from './bots.service';
import { ExternalBotClient } from './external-bot.client';

export const BOT_JOBS = { turn: 'bots.turn' } as const;

/** Turns that lost the race for a session's revision are computed again this many times. */
const MAX_TRIES = 5;

/**
 * Runs a conversation's bot: every customer message in a `bot`
 * conversation becomes a job; the job reads the messages the bot has not
 * taken in yet, runs the interpreter (flow bots) or posts them to the
 * webhook (external bots), stores the new state over the revision it read,
 * and only then carries the actions out. Two jobs of one conversation at
 * once: one stores, the other reads again and finds nothing new.
 */
@Injectable()
export class BotRunner implements OnModuleInit {
  private readonly logger = new Logger('Bots');

  constructor(
    private readonly db: DataSource,
    private readonly bots: BotsService,
    private readonly act: BotConversations,
    private readonly http: BotHttpStep,
    private readonly labels: LabelsService,
    private readonly external: ExternalBotClient,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: number }>(BOT_JOBS.turn, ({ conversationId }) => this.turn(conversationId));
    this.domainEvents.on('conversation.bot-input', ({ conversationId, messageId }) =>
      this.jobs.enqueue(BOT_JOBS.turn, { conversationId }, { jobId: `bot-turn:${conversationId}:${messageId}`, attempts: 3, backoffMs: 500 }),
    );
  }

  /** Takes in the customer's new messages (and, after an HTTP step, its outcome). */
  async turn(conversationId: number, httpResult?: { ok: boolean }): Promise<void> {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
      if (!conversation || conversation.status !== 'bot') return;
      const held = await this.session(conversation);
      if (!held) {
        await this.handOverQuietly(conversationId, []);
        return;
      }
      const { session, bot } = held;
      if (session.endedAt) return;
      const messages = await this.db.getRepository(Message).find({
        where: { conversationId, direction: 'in', id: MoreThan(session.lastMessageId) },
        order: { id: 'ASC' },
        take: 50,
      });
      const lastMessageId = messages.at(-1)?.id ?? session.lastMessageId;
      if (bot.kind === 'external') {
        if (messages.length === 0) return;
        if (!(await this.store(session, null, lastMessageId))) continue;
        for (const message of messages) await this.external.enqueue(conversationId, message.id);
        return;
      }
      const turn = await this.flowTurn(bot, session, conversation, messages, httpResult);
      if (!turn) return;
      if (!(await this.store(session, turn.state, lastMessageId))) continue;
      await this.apply(bot, conversation, turn.state, turn.actions);
      return;
    }
    throw new Error(`Conversation ${conversationId}: the bot's state kept changing under this turn`);
  }

  private async flowTurn(bot: Bot, session: BotSession, conversation: Conversation, messages: Message[], httpResult?: { ok: boolean }) {
    const definition = await this.bots.definition(bot.id, session.version);
    const [contact, inbox] = await Promise.all([
      this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId }),
      this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId }),
    ]);
    const context = {
      language: conversation.language ?? contact.language,
      defaultLanguage: inbox.automation.defaultLanguage ?? null,
      phoneCountry: phoneCountry(inbox.settings, this.config.defaultPhoneCountry),
    };
    const fresh = session.state === null;
    if (!fresh && messages.length === 0 && !httpResult) return null;
    let state: BotState = session.state ?? initialBotState();
    const actions: BotAction[] = [];
    const step = (input: BotInput) => {
      const turn = runBot(definition, state, input, context);
      state = turn.state;
      actions.push(...turn.actions);
    };
    if (fresh) step({ type: 'start' });
    for (const message of messages) {
      const input = inputOf(message);
      // The messages that opened the conversation are answered by the start, unless they ask for a human.
      if (fresh && !wantsHuman(definition, input)) continue;
      step(input);
    }
    if (httpResult) step({ type: 'http-result', ok: httpResult.ok });
    // Finished before a crash could hand over: hand over now.
    if (state.done && !actions.some((a) => a.type === 'handover')) actions.push({ type: 'handover', reason: 'flow' });
    return { state, actions };
  }

  /** The conversation's session, opened on the inbox's bot and its newest version the first time. */
  private async session(conversation: Conversation): Promise<{ session: BotSession; bot: Bot } | null> {
    const sessions = this.db.getRepository(BotSession);
    let session = await sessions.findOneBy({ conversationId: conversation.id });
    if (!session) {
      const bot = await this.bots.activeFor(conversation.inboxId);
      if (!bot) return null;
      try {
        await sessions.insert({ conversationId: conversation.id, botId: bot.id, version: bot.kind === 'flow' ? bot.version : 0, state: null, lastMessageId: 0, revision: 0 });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      session = await sessions.findOneByOrFail({ conversationId: conversation.id });
    }
    const bot = await this.bots.get(session.botId).catch(() => null);
    // Switched off or deleted meanwhile (another process may have opened the conversation a moment before it knew).
    return bot?.enabled ? { session, bot } : null;
  }

  private async store(session: BotSession, state: BotState | null, lastMessageId: number): Promise<boolean> {
    const result = await this.db
      .getRepository(BotSession)
      .update({ conversationId: session.conversationId, revision: session.revision }, { state, lastMessageId, revision: session.revision + 1 });
    return (result.affected ?? 0) > 0;
  }

  private async apply(bot: Bot, conversation: Conversation, state: BotState, actions: BotAction[]): Promise<void> {
    for (const action of actions) {
      switch (action.type) {
        case 'send':
          await this.act.say(conversation, bot.id, action.text, action.buttons);
          break;
        case 'save':
          await this.act.saveField(conversation, action.field, action.value, action.attribute);
          break;
        case 'set':
          await this.act.set(conversation, action);
          break;
        case 'label':
          await this.labels.addByBot(conversation, action.labelIds);
          break;
        case 'http': {
          const ok = await this.http.call(bot, conversation, action);
          await this.turn(conversation.id, { ok });
          break;
        }
        case 'handover':
          await this.handOverQuietly(conversation.id, summaryOf(state), action);
          break;
      }
    }
  }

  /** A bot switched off or deleted: the conversations it holds go to the queue instead of waiting for it. */
  async releaseAll(inboxId: number): Promise<void> {
    const held = await this.db.getRepository(Conversation).find({ where: { inboxId, status: 'bot' }, select: { id: true } });
    for (const { id } of held) await this.handOverQuietly(id, []);
  }

  private async handOverQuietly(conversationId: number, summary: Array<[string, string]>, action?: Extract<BotAction, { type: 'handover' }>): Promise<void> {
    try {
      await this.act.handover(conversationId, {
        reason: action?.reason ?? 'bot-removed',
        summary,
        ...(action?.teamId !== undefined ? { teamId: action.teamId } : {}),
        ...(action?.priority !== undefined ? { priority: action.priority } : {}),
      });
    } catch (error) {
      // Handed over already (an operator took it, the bot API, a second turn): nothing left to do.
      if (!(error instanceof ConflictException)) throw error;
      this.logger.debug(`Conversation ${conversationId}: ${error.message}`);
    }
  }
}

/** A customer message as the interpreter reads it: a pressed button's payload (`payload.data`) or the text. */
function inputOf(message: Message): BotInput {
  const data = message.payload?.data;
  return { type: 'message', text: message.text ?? '', ...(typeof data === 'string' ? { buttonData: data } : {}) };
}

function summaryOf(state: BotState): Array<[string, string]> {
  return COLLECTED_FIELDS.filter((f) => state.collected[f] !== undefined).map((f) => [FIELD_LABELS[f], state.collected[f] as string]);
}
