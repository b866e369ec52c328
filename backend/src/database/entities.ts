import { Agent } from '../agents/agent.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
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

export const ENTITIES = [Team, Agent, Inbox, Contact, ContactIdentity, Conversation, Message, Attachment, ConversationEvent, EmailSyncState, EmailBody, QuickReply, AuditEntry];
