import { DialectMigration } from './dialect-migration';

export class VoiceCalls1796121557882 extends DialectMigration {
  readonly name = 'VoiceCalls1796121557882';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `voice_calls` (`id` int NOT NULL AUTO_INCREMENT, `inboxId` int NOT NULL, `conversationId` int NOT NULL, `messageId` int NULL, `direction` varchar(3) NOT NULL, `callSid` varchar(34) NULL, `fromNumber` varchar(128) NOT NULL, `toNumber` varchar(128) NOT NULL, `state` varchar(16) NOT NULL, `outcome` varchar(16) NULL, `agentId` int NULL, `queuedAt` datetime(6) NULL, `answeredAt` datetime(6) NULL, `endedAt` datetime(6) NULL, `waitSeconds` int NULL, `talkSeconds` int NULL, `recordingSid` varchar(34) NULL, `recordingSeconds` int NULL, `transcription` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_voice_calls_agent_state` (`agentId`, `state`), INDEX `ix_voice_calls_conversation` (`conversationId`), UNIQUE INDEX `IDX_be422ae36804f90552b4635dea` (`callSid`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `agents` ADD `onCallSince` datetime(6) NULL"
    ],
    "down": [
      "ALTER TABLE `agents` DROP COLUMN `onCallSince`",
      "DROP INDEX `IDX_be422ae36804f90552b4635dea` ON `voice_calls`",
      "DROP INDEX `ix_voice_calls_conversation` ON `voice_calls`",
      "DROP INDEX `ix_voice_calls_agent_state` ON `voice_calls`",
      "DROP TABLE `voice_calls`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"voice_calls\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"inboxId\" integer NOT NULL, \"conversationId\" integer NOT NULL, \"messageId\" integer, \"direction\" varchar(3) NOT NULL, \"callSid\" varchar(34), \"fromNumber\" varchar(128) NOT NULL, \"toNumber\" varchar(128) NOT NULL, \"state\" varchar(16) NOT NULL, \"outcome\" varchar(16), \"agentId\" integer, \"queuedAt\" datetime(6), \"answeredAt\" datetime(6), \"endedAt\" datetime(6), \"waitSeconds\" integer, \"talkSeconds\" integer, \"recordingSid\" varchar(34), \"recordingSeconds\" integer, \"transcription\" text, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_be422ae36804f90552b4635dea9\" UNIQUE (\"callSid\"))",
      "CREATE INDEX \"ix_voice_calls_agent_state\" ON \"voice_calls\" (\"agentId\", \"state\")",
      "CREATE INDEX \"ix_voice_calls_conversation\" ON \"voice_calls\" (\"conversationId\")",
      "DROP INDEX \"ix_agents_status_load\"",
      "CREATE TABLE \"temporary_agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), \"onCallSince\" datetime(6), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"temporary_agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"failedLogins\", \"lockedUntil\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"failedLogins\", \"lockedUntil\" FROM \"agents\"",
      "DROP TABLE \"agents\"",
      "ALTER TABLE \"temporary_agents\" RENAME TO \"agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_agents_status_load\"",
      "ALTER TABLE \"agents\" RENAME TO \"temporary_agents\"",
      "CREATE TABLE \"agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"failedLogins\", \"lockedUntil\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"failedLogins\", \"lockedUntil\" FROM \"temporary_agents\"",
      "DROP TABLE \"temporary_agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")",
      "DROP INDEX \"ix_voice_calls_conversation\"",
      "DROP INDEX \"ix_voice_calls_agent_state\"",
      "DROP TABLE \"voice_calls\""
    ]
  };
}
