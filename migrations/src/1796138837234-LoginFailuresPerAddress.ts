import { DialectMigration } from './dialect-migration';

export class LoginFailuresPerAddress1796138837234 extends DialectMigration {
  readonly name = 'LoginFailuresPerAddress1796138837234';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `login_failures` (`email` varchar(254) NOT NULL, `failedLogins` int NOT NULL DEFAULT '0', `lockedUntil` datetime(6) NULL, `updatedAt` datetime(6) NOT NULL, INDEX `IDX_4415f2c0aa9a73a77124c34083` (`updatedAt`), PRIMARY KEY (`email`)) ENGINE=InnoDB",
      "ALTER TABLE `agents` DROP COLUMN `failedLogins`",
      "ALTER TABLE `agents` DROP COLUMN `lockedUntil`"
    ],
    "down": [
      "ALTER TABLE `agents` ADD `lockedUntil` datetime(6) NULL",
      "ALTER TABLE `agents` ADD `failedLogins` int NOT NULL DEFAULT 0",
      "DROP INDEX `IDX_4415f2c0aa9a73a77124c34083` ON `login_failures`",
      "DROP TABLE `login_failures`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"login_failures\" (\"email\" varchar(254) PRIMARY KEY NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), \"updatedAt\" datetime(6) NOT NULL)",
      "CREATE INDEX \"IDX_4415f2c0aa9a73a77124c34083\" ON \"login_failures\" (\"updatedAt\")",
      "DROP INDEX \"ix_agents_status_load\"",
      "CREATE TABLE \"temporary_agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"onCallSince\" datetime(6), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"temporary_agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\" FROM \"agents\"",
      "DROP TABLE \"agents\"",
      "ALTER TABLE \"temporary_agents\" RENAME TO \"agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_agents_status_load\"",
      "ALTER TABLE \"agents\" RENAME TO \"temporary_agents\"",
      "CREATE TABLE \"agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), \"onCallSince\" datetime(6), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\" FROM \"temporary_agents\"",
      "DROP TABLE \"temporary_agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")",
      "DROP INDEX \"IDX_4415f2c0aa9a73a77124c34083\"",
      "DROP TABLE \"login_failures\""
    ]
  };
}
