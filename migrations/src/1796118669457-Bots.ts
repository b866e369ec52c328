import { DialectMigration } from './dialect-migration';

export class Bots1796118669457 extends DialectMigration {
  readonly name = 'Bots1796118669457';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `bots` (`id` int NOT NULL AUTO_INCREMENT, `inboxId` int NOT NULL, `name` varchar(120) NOT NULL, `kind` varchar(16) NOT NULL, `enabled` tinyint NOT NULL DEFAULT 1, `version` int NOT NULL DEFAULT '0', `allowedHosts` text NOT NULL, `webhookUrl` varchar(2000) NULL, `webhookSecretEncrypted` text NULL, `tokenHash` varchar(64) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_77b3dece39dd5f9f23d99e8cc4` (`inboxId`), UNIQUE INDEX `IDX_420e5cb95e787acc442fc690b6` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `bot_sessions` (`conversationId` int NOT NULL, `botId` int NOT NULL, `version` int NOT NULL, `state` text NULL, `lastMessageId` int NOT NULL DEFAULT '0', `revision` int NOT NULL DEFAULT '0', `endedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`conversationId`)) ENGINE=InnoDB",
      "CREATE TABLE `bot_versions` (`id` int NOT NULL AUTO_INCREMENT, `botId` int NOT NULL, `version` int NOT NULL, `definition` text NOT NULL, `createdBy` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_bot_versions_bot_version` (`botId`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `quick_replies` ADD `attachments` text NULL"
    ],
    "down": [
      "ALTER TABLE `quick_replies` DROP COLUMN `attachments`",
      "DROP INDEX `uq_bot_versions_bot_version` ON `bot_versions`",
      "DROP TABLE `bot_versions`",
      "DROP TABLE `bot_sessions`",
      "DROP INDEX `IDX_420e5cb95e787acc442fc690b6` ON `bots`",
      "DROP INDEX `IDX_77b3dece39dd5f9f23d99e8cc4` ON `bots`",
      "DROP TABLE `bots`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"bots\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"name\" varchar(120) NOT NULL, \"kind\" varchar(16) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT (1), \"version\" integer NOT NULL DEFAULT (0), \"allowedHosts\" text NOT NULL, \"webhookUrl\" varchar(2000), \"webhookSecretEncrypted\" text, \"tokenHash\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_77b3dece39dd5f9f23d99e8cc4e\" UNIQUE (\"inboxId\"), CONSTRAINT \"UQ_420e5cb95e787acc442fc690b6d\" UNIQUE (\"tokenHash\"))",
      "CREATE TABLE \"bot_sessions\" (\"conversationId\" integer PRIMARY KEY NOT NULL, \"botId\" integer NOT NULL, \"version\" integer NOT NULL, \"state\" text, \"lastMessageId\" integer NOT NULL DEFAULT (0), \"revision\" integer NOT NULL DEFAULT (0), \"endedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE TABLE \"bot_versions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"botId\" integer NOT NULL, \"version\" integer NOT NULL, \"definition\" text NOT NULL, \"createdBy\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"uq_bot_versions_bot_version\" UNIQUE (\"botId\", \"version\"))",
      "CREATE TABLE \"temporary_quick_replies\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(16) NOT NULL, \"teamId\" integer, \"agentId\" integer, \"ownerKey\" varchar(32) NOT NULL, \"shortcut\" varchar(64) NOT NULL, \"title\" varchar(120) NOT NULL, \"content\" text NOT NULL, \"language\" varchar(16), \"usageCount\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"attachments\" text, CONSTRAINT \"uq_quick_replies_owner_shortcut\" UNIQUE (\"ownerKey\", \"shortcut\"))",
      "INSERT INTO \"temporary_quick_replies\"(\"id\", \"scope\", \"teamId\", \"agentId\", \"ownerKey\", \"shortcut\", \"title\", \"content\", \"language\", \"usageCount\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"scope\", \"teamId\", \"agentId\", \"ownerKey\", \"shortcut\", \"title\", \"content\", \"language\", \"usageCount\", \"createdAt\", \"updatedAt\" FROM \"quick_replies\"",
      "DROP TABLE \"quick_replies\"",
      "ALTER TABLE \"temporary_quick_replies\" RENAME TO \"quick_replies\""
    ],
    "down": [
      "ALTER TABLE \"quick_replies\" RENAME TO \"temporary_quick_replies\"",
      "CREATE TABLE \"quick_replies\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(16) NOT NULL, \"teamId\" integer, \"agentId\" integer, \"ownerKey\" varchar(32) NOT NULL, \"shortcut\" varchar(64) NOT NULL, \"title\" varchar(120) NOT NULL, \"content\" text NOT NULL, \"language\" varchar(16), \"usageCount\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"uq_quick_replies_owner_shortcut\" UNIQUE (\"ownerKey\", \"shortcut\"))",
      "INSERT INTO \"quick_replies\"(\"id\", \"scope\", \"teamId\", \"agentId\", \"ownerKey\", \"shortcut\", \"title\", \"content\", \"language\", \"usageCount\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"scope\", \"teamId\", \"agentId\", \"ownerKey\", \"shortcut\", \"title\", \"content\", \"language\", \"usageCount\", \"createdAt\", \"updatedAt\" FROM \"temporary_quick_replies\"",
      "DROP TABLE \"temporary_quick_replies\"",
      "DROP TABLE \"bot_versions\"",
      "DROP TABLE \"bot_sessions\"",
      "DROP TABLE \"bots\""
    ]
  };
}
