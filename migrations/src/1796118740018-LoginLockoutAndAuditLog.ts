import { DialectMigration } from './dialect-migration';

export class LoginLockoutAndAuditLog1796118740018 extends DialectMigration {
  readonly name = 'LoginLockoutAndAuditLog1796118740018';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `audit_log` (`id` int NOT NULL AUTO_INCREMENT, `actorId` int NOT NULL, `action` varchar(64) NOT NULL, `entityType` varchar(32) NOT NULL, `entityId` int NULL, `changes` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_audit_entity` (`entityType`, `entityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `agents` ADD `failedLogins` int NOT NULL DEFAULT '0'",
      "ALTER TABLE `agents` ADD `lockedUntil` datetime(6) NULL"
    ],
    "down": [
      "ALTER TABLE `agents` DROP COLUMN `lockedUntil`",
      "ALTER TABLE `agents` DROP COLUMN `failedLogins`",
      "DROP INDEX `ix_audit_entity` ON `audit_log`",
      "DROP TABLE `audit_log`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer NOT NULL, \"action\" varchar(64) NOT NULL, \"entityType\" varchar(32) NOT NULL, \"entityId\" integer, \"changes\" text, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE INDEX \"ix_audit_entity\" ON \"audit_log\" (\"entityType\", \"entityId\")",
      "DROP INDEX \"ix_agents_status_load\"",
      "CREATE TABLE \"temporary_agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"temporary_agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\" FROM \"agents\"",
      "DROP TABLE \"agents\"",
      "ALTER TABLE \"temporary_agents\" RENAME TO \"agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_agents_status_load\"",
      "ALTER TABLE \"agents\" RENAME TO \"temporary_agents\"",
      "CREATE TABLE \"agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\" FROM \"temporary_agents\"",
      "DROP TABLE \"temporary_agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")",
      "DROP INDEX \"ix_audit_entity\"",
      "DROP TABLE \"audit_log\""
    ]
  };
}
