import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { InboundMessageEvent } from '@inbox/connectors';
import { routingTransaction } from '../database/transactions';
import { DataSource, IsNull } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { SurveyAnswers, type SurveyAnswerHandler, type SurveyAnswerInput } from '../channels/survey-answers';
import { DomainEventBus } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import type { Message } from '../conversations/message.entity';
import { AutomaticReplies, type Recipient } from './automatic-replies.service';
import { AutomationClock } from './automation.clock';
import { CSAT_ANSWER_WINDOW_MS, CSAT_COMMENT_MAX, CSAT_SCORES, csatButtonPayload, csatDecision, csatFormFor, CsatTokens, readCsatAnswer, type CsatOutcome } from './csat.policy';
import { CSAT_STRINGS } from './csat.strings';
import { chooseLanguage } from './language.policy';

export type CsatSource = 'widget' | 'button' | 'reply' | 'link';

/** What the rating link leads to: the form (`open`), or what became of an answer. */
export interface LinkAnswer {
  outcome: 'open' | CsatOutcome | 'invalid';
  language: string;
  question: string;
  csatScore: number | null;
}

/**
 * The satisfaction survey (docs/automation.md): asked once after a close in the
 * channel's own form (csat.policy), answered by widget stars, a button, a
 * digit typed back or the signed link's page; the first answer is stored
 * on the conversation and as a `csat` event.
 */
@Injectable()
export class CsatService implements SurveyAnswerHandler, OnModuleInit {
  readonly tokens: CsatTokens;

  constructor(
    private readonly db: DataSource,
    private readonly automatic: AutomaticReplies,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly surveyAnswers: SurveyAnswers,
    private readonly clock: AutomationClock,
    private readonly domainEvents: DomainEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tokens = new CsatTokens(config.appSecret);
  }

  onModuleInit(): void {
    this.surveyAnswers.use(this);
  }

  /** Built-in words in the customer's language. */
  builtIn(key: keyof typeof CSAT_STRINGS, wanted: (string | null)[], defaultLanguage?: string): { language: string; text: string } {
    return chooseLanguage(CSAT_STRINGS[key], wanted, defaultLanguage) as { language: string; text: string };
  }

  /** Sends the survey after a close: on, an operator answered, and never asked before (a conditional update decides). */
  async survey(to: Recipient): Promise<void> {
    const setting = to.inbox.automation.csat;
    if (!setting?.enabled || !to.conversation.firstAgentReplyAt) return;
    const now = this.clock.now();
    const claimed = await this.db.getRepository(Conversation).update({ id: to.conversation.id, csatRequestedAt: IsNull() }, { csatRequestedAt: now });
    if (!claimed.affected) return;
    const question = (setting.text && (await this.automatic.word(to, setting.text))) || (await this.automatic.word(to, CSAT_STRINGS.question));
    if (!question) return;
    const conversationId = to.conversation.id;
    const form = csatFormFor(to.inbox.type);
    if (form === 'widget') {
      await this.automatic.send(to, 'csat', question.text, { csat: { form, conversationId } });
    } else if (form === 'buttons') {
      const buttons = CSAT_SCORES.map((score) => ({ title: `${score} ${'⭐'.repeat(score)}`, payload: csatButtonPayload(conversationId, score) }));
      await this.automatic.send(to, 'csat', question.text, { csat: { form, conversationId }, buttons });
    } else {
      const url = this.linkFor(conversationId, now);
      const line = this.builtIn('link', [question.language]).text.replace('{{link}}', url);
      await this.automatic.send(to, 'csat', `${question.text}\n${line}`, { csat: { form, conversationId, url } });
    }
  }

  linkFor(conversationId: number, askedAt: Date): string {
    return `${this.config.publicUrl}/csat/${this.tokens.sign(conversationId, new Date(askedAt.getTime() + CSAT_ANSWER_WINDOW_MS))}`;
  }

  /** Stores the first answer; later ones are told what happened (csatDecision). */
  async record(conversationId: number, score: number, comment: string | null, source: CsatSource): Promise<{ outcome: CsatOutcome; conversation: Conversation }> {
    const conversation = await this.conversations.get(conversationId);
    const decision = csatDecision(conversation, this.clock.now());
    if (decision !== 'recorded') return { outcome: decision, conversation };
    const text = comment?.trim() ? comment.trim().slice(0, CSAT_COMMENT_MAX) : null;
    const stored = await routingTransaction(this.db, async (tx) => {
      const result = await tx.getRepository(Conversation).update({ id: conversationId, csatScore: IsNull() }, { csatScore: score, csatComment: text });
      if (!result.affected) return false;
      await this.conversations.logEvent(tx, conversationId, 'csat', { agentId: conversation.assigneeId, data: { score, comment: text, source } });
      return true;
    });
    const fresh = await this.conversations.get(conversationId);
    if (!stored) return { outcome: 'already-rated', conversation: fresh };
    await this.publisher.changed(fresh);
    await this.domainEvents.emit('csat.submitted', { conversationId, score, comment: text, source });
    return { outcome: 'recorded', conversation: fresh };
  }

  /** GET of the link: the form in the customer's language, or why there is none. */
  async openLink(token: string): Promise<LinkAnswer> {
    const verified = this.tokens.verify(token, this.clock.now());
    if (verified === null || verified === 'expired') return this.linkAnswer(verified === null ? 'invalid' : 'expired', this.builtIn('question', []), null);
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: verified.conversationId });
    if (!conversation) return this.linkAnswer('invalid', this.builtIn('question', []), null);
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    const to = await this.automatic.recipient(conversation, inbox);
    const custom = inbox.automation.csat?.text ? await this.automatic.word(to, inbox.automation.csat.text) : null;
    const question = custom ?? this.builtIn('question', [to.language]);
    const decision = csatDecision(conversation, this.clock.now());
    return this.linkAnswer(decision === 'recorded' ? 'open' : decision, question, conversation.csatScore);
  }

  /** POST of the link's form. */
  async answerLink(token: string, score: number, comment: string | null): Promise<LinkAnswer> {
    const opened = await this.openLink(token);
    const verified = this.tokens.verify(token, this.clock.now());
    if (opened.outcome !== 'open' || verified === null || verified === 'expired') return opened;
    const { outcome, conversation } = await this.record(verified.conversationId, score, comment, 'link');
    return { ...opened, outcome, csatScore: conversation.csatScore };
  }

  private linkAnswer(outcome: LinkAnswer['outcome'], question: { language: string; text: string }, csatScore: number | null): LinkAnswer {
    return { outcome, language: question.language, question: question.text, csatScore };
  }

  async claim(inbox: Inbox, contactId: number, event: InboundMessageEvent): Promise<Conversation | null> {
    const answer = readCsatAnswer(event.text, event.payload?.data);
    if (!answer) return null;
    const repo = this.db.getRepository(Conversation);
    if (answer.conversationId !== null) {
      // A pressed button always belongs to its survey, even late: it must not open a conversation.
      const pressed = await repo.findOneBy({ id: answer.conversationId, inboxId: inbox.id, contactId });
      return pressed?.status === 'closed' ? pressed : null;
    }
    // A typed digit answers only a survey still waiting, and only while the customer has no open conversation.
    if (await this.conversations.findOpen(inbox.id, contactId)) return null;
    const last = await repo.findOne({ where: { inboxId: inbox.id, contactId, status: 'closed' }, order: { id: 'DESC' } });
    return last && csatDecision(last, this.clock.now()) === 'recorded' ? last : null;
  }

  async answered(conversation: Conversation, message: Message): Promise<void> {
    const answer = readCsatAnswer(message.text ?? undefined, message.payload?.data);
    if (!answer) return;
    const { outcome } = await this.record(conversation.id, answer.score, null, answer.conversationId === null ? 'reply' : 'button');
    if (outcome === 'not-asked') return;
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    const to = await this.automatic.recipient(conversation, inbox);
    const key = outcome === 'recorded' ? 'thanks' : outcome === 'already-rated' ? 'alreadyRated' : 'expired';
    const reply = this.builtIn(key, [conversation.language, to.contact.language], inbox.automation.defaultLanguage);
    await this.automatic.send(to, 'csat_reply', reply.text, { outcome });
  }

  async submit(inbox: Inbox, contactId: number, input: SurveyAnswerInput): Promise<{ outcome: string; csatScore: number | null }> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: input.conversationId, inboxId: inbox.id, contactId });
    // Someone else's conversation looks exactly like one that does not exist.
    if (!conversation) return { outcome: 'not-found', csatScore: null };
    const { outcome, conversation: after } = await this.record(conversation.id, input.score, input.comment ?? null, 'widget');
    return { outcome, csatScore: after.csatScore };
  }
}
