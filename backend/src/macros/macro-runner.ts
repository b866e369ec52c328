import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Agent, isSupervisor } from '../agents/agent.entity';
import { renderTemplate } from '../automation/message-template.policy';
import { Inbox } from '../channels/inbox.entity';
import { renderedTextProblem } from '../common/message-text';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Contact } from '../contacts/contact.entity';
import type { Conversation } from '../conversations/conversation.entity';
import { ConversationsService } from '../conversations/conversations.service';
import { ReplyService } from '../conversations/reply.service';
import { routingTransaction } from '../database/transactions';
import { namesIn, rowsNamedBy } from './action-names';
import { ConversationActions } from './conversation-actions';
import type { MacroAction } from './macro-actions';
import type { Macro } from './macro.entity';
import { macroProblems } from './macro.policy';
import type { MacroStepDto } from './macro.responses';

/** What a macro would do to one conversation now, step by step. */
interface Plan {
  conversation: Conversation;
  steps: MacroStepDto[];
}

/**
 * Runs a macro on a conversation: every action is checked first
 * (macroProblems, over the rows as they are now), and only when all can be
 * done are they done, in order, each through the service that does it by
 * hand (so each keeps its own rules, events and pushes) and each logged as
 * a `macro_action` event of the operator's.
 */
@Injectable()
export class MacroRunner {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly replies: ReplyService,
    private readonly actions: ConversationActions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The steps with their texts rendered and what stands in the way of each. */
  async plan(agent: Agent, macro: Macro, conversationId: number): Promise<Plan> {
    const conversation = await this.conversations.getFor(agent, conversationId);
    const actions = macro.actions;
    const [inbox, contact, named] = await Promise.all([
      this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId }),
      this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId }),
      rowsNamedBy(this.db, actions),
    ]);
    const { labels, agents, teams } = named;
    const problems = macroProblems(actions, {
      actor: { id: agent.id, supervisor: isSupervisor(agent) },
      conversation: { status: conversation.status, assigneeId: conversation.assigneeId },
      inboxActive: inbox.active,
      labelIds: new Set(labels.map((l) => l.id)),
      teamIds: new Set(teams.map((t) => t.id)),
      agents: new Map(agents.map((a) => [a.id, { name: a.name, active: a.active, status: a.status, connected: a.disconnectedAt === null, openChats: a.openChats, maxChats: a.maxChats }])),
    });
    const values = {
      variables: { 'contact.name': contact.name, 'contact.email': contact.email, 'contact.phone': contact.phone, 'agent.name': agent.name, 'inbox.name': inbox.name },
      attributes: contact.attributes,
    };
    const steps = actions.map((action, index): MacroStepDto => {
      const text = action.type === 'send-message' || action.type === 'add-note' ? renderTemplate(action.text, values) : null;
      return {
        index,
        action,
        text,
        ...namesIn(action, named),
        problem: problems[index] ?? (text === null ? null : renderedTextProblem(text, this.config.messageMaxChars)),
      };
    });
    return { conversation, steps };
  }

  /** All the steps or none: 409 naming the first step that cannot be done, and why. */
  async run(agent: Agent, macro: Macro, conversationId: number, timeZone?: string): Promise<{ steps: MacroStepDto[]; conversation: Conversation }> {
    const { steps } = await this.plan(agent, macro, conversationId);
    const blocked = steps.find((s) => s.problem !== null);
    if (blocked) throw new ConflictException(`actions[${blocked.index}] (${blocked.action.type}): ${blocked.problem}; nothing was done`);
    for (const step of steps) {
      try {
        await this.apply(agent, conversationId, step, timeZone);
      } catch (error) {
        // Checked a moment ago; someone changed the conversation since (a race), so say how far it got.
        const reason = error instanceof Error ? error.message : String(error);
        throw new ConflictException(`actions[${step.index}] (${step.action.type}): ${reason}; actions before it were done`);
      }
      await routingTransaction(this.db, (tx) =>
        this.conversations.logEvent(tx, conversationId, 'macro_action', { actorId: agent.id, data: { macroId: macro.id, macro: macro.name, step: step.index, action: step.action.type } }),
      );
    }
    return { steps, conversation: await this.conversations.get(conversationId) };
  }

  private async apply(agent: Agent, conversationId: number, step: MacroStepDto, timeZone?: string): Promise<void> {
    const action = step.action as MacroAction;
    switch (action.type) {
      case 'send-message':
      case 'add-note':
        await this.replies.reply(agent, await this.conversations.get(conversationId), { text: step.text ?? '', private: action.type === 'add-note' });
        return;
      default:
        await this.actions.apply(agent, conversationId, action, timeZone);
    }
  }
}
