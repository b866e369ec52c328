import { Injectable } from '@nestjs/common';
import type { ConversationStatus } from '../conversations/conversation.entity';
import type { Inbox } from './inbox.entity';

/** The bots module's answer to "does this inbox's bot take new conversations?". */
export interface BotGateHandler {
  opensWithBot(inbox: Inbox): Promise<boolean>;
}

/**
 * How a new conversation starts: with the inbox's bot (status `bot`) or in
 * the queue. The channels module knows no bots; without a handler every
 * conversation is queued.
 */
@Injectable()
export class BotGate {
  private handler: BotGateHandler | null = null;

  use(handler: BotGateHandler): void {
    if (this.handler) throw new Error('The bot gate handler is set twice');
    this.handler = handler;
  }

  async initialStatus(inbox: Inbox): Promise<ConversationStatus> {
    return this.handler && (await this.handler.opensWithBot(inbox)) ? 'bot' : 'queued';
  }
}
