import { DialectMigration } from './dialect-migration';

export class Routing1795437988994 extends DialectMigration {
  readonly name = 'Routing1795437988994';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `agents` ADD `openChats` int NOT NULL DEFAULT '0'",
      "ALTER TABLE `agents` ADD `segments` text NOT NULL",
      "ALTER TABLE `inboxes` ADD `routing` text NOT NULL",
      "ALTER TABLE `conversations` ADD `vip` tinyint NOT NULL DEFAULT 0",
      "ALTER TABLE `conversations` ADD `escalated` tinyint NOT NULL DEFAULT 0",
      "ALTER TABLE `conversations` ADD `requiredSkills` text NULL",
      "ALTER TABLE `conversations` ADD `queuedAt` datetime(6) NULL",
      "ALTER TABLE `conversations` ADD `offeredTo` int NULL",
      "ALTER TABLE `conversations` ADD `offerExpiresAt` datetime(6) NULL",
      "ALTER TABLE `conversations` ADD `declinedBy` text NULL",
      "ALTER TABLE `conversations` ADD `stickyAgentId` int NULL",
      "ALTER TABLE `conversations` ADD `stickyUntil` datetime(6) NULL",
      "CREATE INDEX `ix_agents_status_load` ON `agents` (`status`, `openChats`, `lastAssignedAt`)",
      "CREATE INDEX `ix_conversations_queue` ON `conversations` (`status`, `priority`, `queuedAt`)"
    ],
    "down": [
      "DROP INDEX `ix_conversations_queue` ON `conversations`",
      "DROP INDEX `ix_agents_status_load` ON `agents`",
      "ALTER TABLE `conversations` DROP COLUMN `stickyUntil`",
      "ALTER TABLE `conversations` DROP COLUMN `stickyAgentId`",
      "ALTER TABLE `conversations` DROP COLUMN `declinedBy`",
      "ALTER TABLE `conversations` DROP COLUMN `offerExpiresAt`",
      "ALTER TABLE `conversations` DROP COLUMN `offeredTo`",
      "ALTER TABLE `conversations` DROP COLUMN `queuedAt`",
      "ALTER TABLE `conversations` DROP COLUMN `requiredSkills`",
      "ALTER TABLE `conversations` DROP COLUMN `escalated`",
      "ALTER TABLE `conversations` DROP COLUMN `vip`",
      "ALTER TABLE `inboxes` DROP COLUMN `routing`",
      "ALTER TABLE `agents` DROP COLUMN `segments`",
      "ALTER TABLE `agents` DROP COLUMN `openChats`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"temporary_agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"temporary_agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\" FROM \"agents\"",
      "DROP TABLE \"agents\"",
      "ALTER TABLE \"temporary_agents\" RENAME TO \"agents\"",
      "CREATE TABLE \"temporary_inboxes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"type\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"publicKey\" varchar(64) NOT NULL, \"settings\" text NOT NULL, \"secretsEncrypted\" text, \"teamId\" integer, \"routingMode\" varchar(16) NOT NULL DEFAULT ('auto'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"routing\" text NOT NULL, CONSTRAINT \"UQ_2e113c9144d403dccbcac615ab7\" UNIQUE (\"publicKey\"))",
      "INSERT INTO \"temporary_inboxes\"(\"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\") SELECT \"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\" FROM \"inboxes\"",
      "DROP TABLE \"inboxes\"",
      "ALTER TABLE \"temporary_inboxes\" RENAME TO \"inboxes\"",
      "DROP INDEX \"ix_conversations_status_inbox\"",
      "DROP INDEX \"ix_conversations_assignee_status\"",
      "DROP INDEX \"ix_conversations_contact\"",
      "CREATE TABLE \"temporary_conversations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"contactId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"assigneeId\" integer, \"teamId\" integer, \"priority\" integer NOT NULL DEFAULT (0), \"language\" varchar(16), \"openKey\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lastMessageAt\" datetime(6), \"firstAssignedAt\" datetime(6), \"firstAgentReplyAt\" datetime(6), \"closedAt\" datetime(6), \"csatScore\" integer, \"csatComment\" text, \"vip\" boolean NOT NULL DEFAULT (0), \"escalated\" boolean NOT NULL DEFAULT (0), \"requiredSkills\" text, \"queuedAt\" datetime(6), \"offeredTo\" integer, \"offerExpiresAt\" datetime(6), \"declinedBy\" text, \"stickyAgentId\" integer, \"stickyUntil\" datetime(6), CONSTRAINT \"UQ_106ea824a041331c9e6d1e0f6d8\" UNIQUE (\"openKey\"))",
      "INSERT INTO \"temporary_conversations\"(\"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\") SELECT \"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\" FROM \"conversations\"",
      "DROP TABLE \"conversations\"",
      "ALTER TABLE \"temporary_conversations\" RENAME TO \"conversations\"",
      "CREATE INDEX \"ix_conversations_status_inbox\" ON \"conversations\" (\"status\", \"inboxId\")",
      "CREATE INDEX \"ix_conversations_assignee_status\" ON \"conversations\" (\"assigneeId\", \"status\")",
      "CREATE INDEX \"ix_conversations_contact\" ON \"conversations\" (\"contactId\", \"createdAt\")",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")",
      "CREATE INDEX \"ix_conversations_queue\" ON \"conversations\" (\"status\", \"priority\", \"queuedAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_conversations_queue\"",
      "DROP INDEX \"ix_agents_status_load\"",
      "DROP INDEX \"ix_conversations_contact\"",
      "DROP INDEX \"ix_conversations_assignee_status\"",
      "DROP INDEX \"ix_conversations_status_inbox\"",
      "ALTER TABLE \"conversations\" RENAME TO \"temporary_conversations\"",
      "CREATE TABLE \"conversations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"contactId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"assigneeId\" integer, \"teamId\" integer, \"priority\" integer NOT NULL DEFAULT (0), \"language\" varchar(16), \"openKey\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lastMessageAt\" datetime(6), \"firstAssignedAt\" datetime(6), \"firstAgentReplyAt\" datetime(6), \"closedAt\" datetime(6), \"csatScore\" integer, \"csatComment\" text, CONSTRAINT \"UQ_106ea824a041331c9e6d1e0f6d8\" UNIQUE (\"openKey\"))",
      "INSERT INTO \"conversations\"(\"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\") SELECT \"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\" FROM \"temporary_conversations\"",
      "DROP TABLE \"temporary_conversations\"",
      "CREATE INDEX \"ix_conversations_contact\" ON \"conversations\" (\"contactId\", \"createdAt\")",
      "CREATE INDEX \"ix_conversations_assignee_status\" ON \"conversations\" (\"assigneeId\", \"status\")",
      "CREATE INDEX \"ix_conversations_status_inbox\" ON \"conversations\" (\"status\", \"inboxId\")",
      "ALTER TABLE \"inboxes\" RENAME TO \"temporary_inboxes\"",
      "CREATE TABLE \"inboxes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"type\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"publicKey\" varchar(64) NOT NULL, \"settings\" text NOT NULL, \"secretsEncrypted\" text, \"teamId\" integer, \"routingMode\" varchar(16) NOT NULL DEFAULT ('auto'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_2e113c9144d403dccbcac615ab7\" UNIQUE (\"publicKey\"))",
      "INSERT INTO \"inboxes\"(\"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\") SELECT \"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\" FROM \"temporary_inboxes\"",
      "DROP TABLE \"temporary_inboxes\"",
      "ALTER TABLE \"agents\" RENAME TO \"temporary_agents\"",
      "CREATE TABLE \"agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\" FROM \"temporary_agents\"",
      "DROP TABLE \"temporary_agents\""
    ]
  };
}
