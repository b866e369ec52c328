import { Agent } from '../agents/agent.entity';
import { Team } from '../agents/team.entity';
import { EmailBody } from '../channels/email/email-body.entity';
import { EmailSyncState } from '../channels/email/email-sync-state.entity';
import { Inbox } from '../channels/inbox.entity';
import { Contact } from '../contacts/contact.entity';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Attachment } from '../conversations/attachment.entity';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationEvent } from '../conversations/conversation-event.entity';
import { Message } from '../conversations/message.entity';
import { QuickReply } from '../quick-replies/quick-reply.entity';
import { ReportFact, ReportRollupState, ServiceLevelTargetRow } from '../reports/report-fact.entity';
import { CoachingComment, ConversationTag, Review, ScorecardCriterion } from '../supervision/scorecard.entity';
import { Bot } from '../bots/bot.entity';
import { BotSession } from '../bots/bot-session.entity';
import { BotVersion } from '../bots/bot-version.entity';

export const ENTITIES = [Team, Agent, Inbox, Contact, ContactIdentity, Conversation, Message, Attachment, ConversationEvent, EmailSyncState, EmailBody, QuickReply, ReportFact, ReportRollupState, ServiceLevelTargetRow, ScorecardCriterion, Review, CoachingComment, ConversationTag, Bot, BotVersion, BotSession];
