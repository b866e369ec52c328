import { DialectMigration } from './dialect-migration';

export class ConversationHoldsSlot1796128094288 extends DialectMigration {
  readonly name = 'ConversationHoldsSlot1796128094288';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `conversations` ADD `holdsSlot` tinyint NOT NULL DEFAULT 1"
    ],
    "down": [
      "ALTER TABLE `conversations` DROP COLUMN `holdsSlot`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"ix_conversations_status_inbox\"",
      "DROP INDEX \"ix_conversations_assignee_status\"",
      "DROP INDEX \"ix_conversations_contact\"",
      "DROP INDEX \"ix_conversations_queue\"",
      "CREATE TABLE \"temporary_conversations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"contactId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"assigneeId\" integer, \"teamId\" integer, \"priority\" integer NOT NULL DEFAULT (0), \"language\" varchar(16), \"openKey\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lastMessageAt\" datetime(6), \"firstAssignedAt\" datetime(6), \"firstAgentReplyAt\" datetime(6), \"closedAt\" datetime(6), \"csatScore\" integer, \"csatComment\" text, \"vip\" boolean NOT NULL DEFAULT (0), \"escalated\" boolean NOT NULL DEFAULT (0), \"requiredSkills\" text, \"queuedAt\" datetime(6), \"offeredTo\" integer, \"offerExpiresAt\" datetime(6), \"declinedBy\" text, \"stickyAgentId\" integer, \"stickyUntil\" datetime(6), \"csatRequestedAt\" datetime(6), \"holdsSlot\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"UQ_106ea824a041331c9e6d1e0f6d8\" UNIQUE (\"openKey\"))",
      "INSERT INTO \"temporary_conversations\"(\"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\", \"csatRequestedAt\") SELECT \"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\", \"csatRequestedAt\" FROM \"conversations\"",
      "DROP TABLE \"conversations\"",
      "ALTER TABLE \"temporary_conversations\" RENAME TO \"conversations\"",
      "CREATE INDEX \"ix_conversations_status_inbox\" ON \"conversations\" (\"status\", \"inboxId\")",
      "CREATE INDEX \"ix_conversations_assignee_status\" ON \"conversations\" (\"assigneeId\", \"status\")",
      "CREATE INDEX \"ix_conversations_contact\" ON \"conversations\" (\"contactId\", \"createdAt\")",
      "CREATE INDEX \"ix_conversations_queue\" ON \"conversations\" (\"status\", \"priority\", \"queuedAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_conversations_queue\"",
      "DROP INDEX \"ix_conversations_contact\"",
      "DROP INDEX \"ix_conversations_assignee_status\"",
      "DROP INDEX \"ix_conversations_status_inbox\"",
      "ALTER TABLE \"conversations\" RENAME TO \"temporary_conversations\"",
      "CREATE TABLE \"conversations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"contactId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"assigneeId\" integer, \"teamId\" integer, \"priority\" integer NOT NULL DEFAULT (0), \"language\" varchar(16), \"openKey\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lastMessageAt\" datetime(6), \"firstAssignedAt\" datetime(6), \"firstAgentReplyAt\" datetime(6), \"closedAt\" datetime(6), \"csatScore\" integer, \"csatComment\" text, \"vip\" boolean NOT NULL DEFAULT (0), \"escalated\" boolean NOT NULL DEFAULT (0), \"requiredSkills\" text, \"queuedAt\" datetime(6), \"offeredTo\" integer, \"offerExpiresAt\" datetime(6), \"declinedBy\" text, \"stickyAgentId\" integer, \"stickyUntil\" datetime(6), \"csatRequestedAt\" datetime(6), CONSTRAINT \"UQ_106ea824a041331c9e6d1e0f6d8\" UNIQUE (\"openKey\"))",
      "INSERT INTO \"conversations\"(\"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\", \"csatRequestedAt\") SELECT \"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\", \"csatRequestedAt\" FROM \"temporary_conversations\"",
      "DROP TABLE \"temporary_conversations\"",
      "CREATE INDEX \"ix_conversations_queue\" ON \"conversations\" (\"status\", \"priority\", \"queuedAt\")",
      "CREATE INDEX \"ix_conversations_contact\" ON \"conversations\" (\"contactId\", \"createdAt\")",
      "CREATE INDEX \"ix_conversations_assignee_status\" ON \"conversations\" (\"assigneeId\", \"status\")",
      "CREATE INDEX \"ix_conversations_status_inbox\" ON \"conversations\" (\"status\", \"inboxId\")"
    ]
  };
}
