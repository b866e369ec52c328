import { DialectMigration } from './dialect-migration';

export class Automation1796109037898 extends DialectMigration {
  readonly name = 'Automation1796109037898';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `quick_replies` (`id` int NOT NULL AUTO_INCREMENT, `scope` varchar(16) NOT NULL, `teamId` int NULL, `agentId` int NULL, `ownerKey` varchar(32) NOT NULL, `shortcut` varchar(64) NOT NULL, `title` varchar(120) NOT NULL, `content` text NOT NULL, `language` varchar(16) NULL, `usageCount` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_quick_replies_owner_shortcut` (`ownerKey`, `shortcut`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `inboxes` ADD `automation` text NOT NULL",
      "UPDATE `inboxes` SET `automation` = '{}'",
      "ALTER TABLE `conversations` ADD `csatRequestedAt` datetime(6) NULL"
    ],
    "down": [
      "ALTER TABLE `conversations` DROP COLUMN `csatRequestedAt`",
      "ALTER TABLE `inboxes` DROP COLUMN `automation`",
      "DROP INDEX `uq_quick_replies_owner_shortcut` ON `quick_replies`",
      "DROP TABLE `quick_replies`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"quick_replies\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(16) NOT NULL, \"teamId\" integer, \"agentId\" integer, \"ownerKey\" varchar(32) NOT NULL, \"shortcut\" varchar(64) NOT NULL, \"title\" varchar(120) NOT NULL, \"content\" text NOT NULL, \"language\" varchar(16), \"usageCount\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"uq_quick_replies_owner_shortcut\" UNIQUE (\"ownerKey\", \"shortcut\"))",
      "CREATE TABLE \"temporary_inboxes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"type\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"publicKey\" varchar(64) NOT NULL, \"settings\" text NOT NULL, \"secretsEncrypted\" text, \"teamId\" integer, \"routingMode\" varchar(16) NOT NULL DEFAULT ('auto'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"routing\" text NOT NULL, \"automation\" text NOT NULL, CONSTRAINT \"UQ_2e113c9144d403dccbcac615ab7\" UNIQUE (\"publicKey\"))",
      "INSERT INTO \"temporary_inboxes\"(\"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\", \"routing\", \"automation\") SELECT \"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\", \"routing\", '{}' FROM \"inboxes\"",
      "DROP TABLE \"inboxes\"",
      "ALTER TABLE \"temporary_inboxes\" RENAME TO \"inboxes\"",
      "DROP INDEX \"ix_conversations_queue\"",
      "DROP INDEX \"ix_conversations_contact\"",
      "DROP INDEX \"ix_conversations_assignee_status\"",
      "DROP INDEX \"ix_conversations_status_inbox\"",
      "CREATE TABLE \"temporary_conversations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"contactId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"assigneeId\" integer, \"teamId\" integer, \"priority\" integer NOT NULL DEFAULT (0), \"language\" varchar(16), \"openKey\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lastMessageAt\" datetime(6), \"firstAssignedAt\" datetime(6), \"firstAgentReplyAt\" datetime(6), \"closedAt\" datetime(6), \"csatScore\" integer, \"csatComment\" text, \"vip\" boolean NOT NULL DEFAULT (0), \"escalated\" boolean NOT NULL DEFAULT (0), \"requiredSkills\" text, \"queuedAt\" datetime(6), \"offeredTo\" integer, \"offerExpiresAt\" datetime(6), \"declinedBy\" text, \"stickyAgentId\" integer, \"stickyUntil\" datetime(6), \"csatRequestedAt\" datetime(6), CONSTRAINT \"UQ_106ea824a041331c9e6d1e0f6d8\" UNIQUE (\"openKey\"))",
      "INSERT INTO \"temporary_conversations\"(\"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\") SELECT \"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\" FROM \"conversations\"",
      "DROP TABLE \"conversations\"",
      "ALTER TABLE \"temporary_conversations\" RENAME TO \"conversations\"",
      "CREATE INDEX \"ix_conversations_queue\" ON \"conversations\" (\"status\", \"priority\", \"queuedAt\")",
      "CREATE INDEX \"ix_conversations_contact\" ON \"conversations\" (\"contactId\", \"createdAt\")",
      "CREATE INDEX \"ix_conversations_assignee_status\" ON \"conversations\" (\"assigneeId\", \"status\")",
      "CREATE INDEX \"ix_conversations_status_inbox\" ON \"conversations\" (\"status\", \"inboxId\")"
    ],
    "down": [
      "DROP INDEX \"ix_conversations_status_inbox\"",
      "DROP INDEX \"ix_conversations_assignee_status\"",
      "DROP INDEX \"ix_conversations_contact\"",
      "DROP INDEX \"ix_conversations_queue\"",
      "ALTER TABLE \"conversations\" RENAME TO \"temporary_conversations\"",
      "CREATE TABLE \"conversations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"contactId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"assigneeId\" integer, \"teamId\" integer, \"priority\" integer NOT NULL DEFAULT (0), \"language\" varchar(16), \"openKey\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"lastMessageAt\" datetime(6), \"firstAssignedAt\" datetime(6), \"firstAgentReplyAt\" datetime(6), \"closedAt\" datetime(6), \"csatScore\" integer, \"csatComment\" text, \"vip\" boolean NOT NULL DEFAULT (0), \"escalated\" boolean NOT NULL DEFAULT (0), \"requiredSkills\" text, \"queuedAt\" datetime(6), \"offeredTo\" integer, \"offerExpiresAt\" datetime(6), \"declinedBy\" text, \"stickyAgentId\" integer, \"stickyUntil\" datetime(6), CONSTRAINT \"UQ_106ea824a041331c9e6d1e0f6d8\" UNIQUE (\"openKey\"))",
      "INSERT INTO \"conversations\"(\"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\") SELECT \"id\", \"inboxId\", \"contactId\", \"status\", \"assigneeId\", \"teamId\", \"priority\", \"language\", \"openKey\", \"createdAt\", \"updatedAt\", \"lastMessageAt\", \"firstAssignedAt\", \"firstAgentReplyAt\", \"closedAt\", \"csatScore\", \"csatComment\", \"vip\", \"escalated\", \"requiredSkills\", \"queuedAt\", \"offeredTo\", \"offerExpiresAt\", \"declinedBy\", \"stickyAgentId\", \"stickyUntil\" FROM \"temporary_conversations\"",
      "DROP TABLE \"temporary_conversations\"",
      "CREATE INDEX \"ix_conversations_status_inbox\" ON \"conversations\" (\"status\", \"inboxId\")",
      "CREATE INDEX \"ix_conversations_assignee_status\" ON \"conversations\" (\"assigneeId\", \"status\")",
      "CREATE INDEX \"ix_conversations_contact\" ON \"conversations\" (\"contactId\", \"createdAt\")",
      "CREATE INDEX \"ix_conversations_queue\" ON \"conversations\" (\"status\", \"priority\", \"queuedAt\")",
      "ALTER TABLE \"inboxes\" RENAME TO \"temporary_inboxes\"",
      "CREATE TABLE \"inboxes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"type\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"publicKey\" varchar(64) NOT NULL, \"settings\" text NOT NULL, \"secretsEncrypted\" text, \"teamId\" integer, \"routingMode\" varchar(16) NOT NULL DEFAULT ('auto'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"routing\" text NOT NULL, CONSTRAINT \"UQ_2e113c9144d403dccbcac615ab7\" UNIQUE (\"publicKey\"))",
      "INSERT INTO \"inboxes\"(\"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\", \"routing\") SELECT \"id\", \"type\", \"name\", \"publicKey\", \"settings\", \"secretsEncrypted\", \"teamId\", \"routingMode\", \"createdAt\", \"routing\" FROM \"temporary_inboxes\"",
      "DROP TABLE \"temporary_inboxes\"",
      "DROP TABLE \"quick_replies\""
    ]
  };
}
