import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { ConversationLabel } from '../labels/label.entity';
import { LabelsService } from '../labels/labels.service';
import { TransfersService } from '../routing/transfers.service';
import { SnoozeService } from '../snooze/snooze.service';
import type { MacroAction } from './macro-actions';

/** The actions on a conversation that macros and automation rules do alike; their messages and notes differ (who writes them). */
export type ConversationAction = Extract<MacroAction, { type: 'add-labels' | 'remove-labels' | 'set-priority' | 'assign' | 'snooze' | 'close' }>;

/**
 * Does one such action through the service that owns it, as `actor` (a
 * macro's operator, under their access rules) or as the system (null: an
 * automation rule, without access checks, logged with no actor).
 */
@Injectable()
export class ConversationActions {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly labels: LabelsService,
    private readonly transfers: TransfersService,
    private readonly snoozes: SnoozeService,
    private readonly publisher: ConversationPublisher,
  ) {}

  async apply(actor: Agent | null, conversationId: number, action: ConversationAction, timeZone?: string): Promise<void> {
    switch (action.type) {
      case 'add-labels':
      case 'remove-labels': {
        const current = (await this.db.getRepository(ConversationLabel).findBy({ conversationId })).map((l) => l.labelId);
        const next = action.type === 'add-labels' ? [...new Set([...current, ...action.labelIds])] : current.filter((id) => !action.labelIds.includes(id));
        await this.labels.setOnConversation(actor, conversationId, next);
        return;
      }
      case 'set-priority':
        await this.publisher.changed(await this.conversations.setPriority(actor, conversationId, action.priority));
        return;
      case 'assign':
        // The transfer tells everyone itself (the new holder, the queue).
        await this.transfers.transfer(actor, conversationId, action.agentId !== undefined ? { agentId: action.agentId } : { teamId: action.teamId });
        return;
      case 'snooze':
        await this.snoozes.snooze(actor, conversationId, { mode: action.mode, minutes: action.minutes, timeZone });
        return;
      case 'close':
        await this.publisher.changed(await this.conversations.close(actor, conversationId));
        return;
    }
  }
}
