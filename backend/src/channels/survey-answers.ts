import { Injectable } from '@nestjs/common';
import type { InboundMessageEvent } from '@inbox/connectors';
import type { Conversation } from '../conversations/conversation.entity';
import type { Message } from '../conversations/message.entity';
import type { Inbox } from './inbox.entity';

export interface SurveyAnswerInput {
  conversationId: number;
  score: number;
  comment?: string;
}

/** Answers to a satisfaction survey as channels receive them; the automation module plugs itself in. */
export interface SurveyAnswerHandler {
  /** The closed conversation whose survey this customer's message answers, or null: then it is an ordinary message. */
  claim(inbox: Inbox, contactId: number, event: InboundMessageEvent): Promise<Conversation | null>;
  /** A claimed message was stored in that conversation (once: not for a resent duplicate). */
  answered(conversation: Conversation, message: Message): Promise<void>;
  /** Stars and a comment from the widget, for one of the visitor's own conversations. */
  submit(inbox: Inbox, contactId: number, input: SurveyAnswerInput): Promise<{ outcome: string; csatScore: number | null }>;
}

/**
 * The channels' side of the survey: a button press or a typed digit after a
 * close must land on the closed conversation, not open a new one for an
 * operator. The channels module knows no survey rules; without a handler
 * nothing is claimed.
 */
@Injectable()
export class SurveyAnswers {
  private handler: SurveyAnswerHandler | null = null;

  use(handler: SurveyAnswerHandler): void {
    if (this.handler) throw new Error('The survey answer handler is set twice');
    this.handler = handler;
  }

  async claim(inbox: Inbox, contactId: number, event: InboundMessageEvent): Promise<Conversation | null> {
    return this.handler ? this.handler.claim(inbox, contactId, event) : null;
  }

  async answered(conversation: Conversation, message: Message): Promise<void> {
    await this.handler?.answered(conversation, message);
  }

  async submit(inbox: Inbox, contactId: number, input: SurveyAnswerInput): Promise<{ outcome: string; csatScore: number | null }> {
    if (!this.handler) return { outcome: 'not-asked', csatScore: null };
    return this.handler.submit(inbox, contactId, input);
  }
}
