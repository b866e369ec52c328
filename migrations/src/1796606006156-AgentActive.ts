import { DialectMigration } from './dialect-migration';

export class AgentActive1796606006156 extends DialectMigration {
  readonly name = 'AgentActive1796606006156';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `agents` ADD `active` tinyint NOT NULL DEFAULT 1"
    ],
    "down": [
      "ALTER TABLE `agents` DROP COLUMN `active`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"ix_agents_status_load\"",
      "CREATE TABLE \"temporary_agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"onCallSince\" datetime(6), \"disconnectedAt\" datetime(6), \"active\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"temporary_agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\", \"disconnectedAt\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\", \"disconnectedAt\" FROM \"agents\"",
      "DROP TABLE \"agents\"",
      "ALTER TABLE \"temporary_agents\" RENAME TO \"agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_agents_status_load\"",
      "ALTER TABLE \"agents\" RENAME TO \"temporary_agents\"",
      "CREATE TABLE \"agents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(120) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL DEFAULT ('agent'), \"status\" varchar(16) NOT NULL DEFAULT ('offline'), \"maxChats\" integer NOT NULL DEFAULT (5), \"languages\" text NOT NULL, \"skills\" text NOT NULL, \"level\" varchar(16) NOT NULL DEFAULT ('regular'), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"statusChangedAt\" datetime(6), \"lastAssignedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"openChats\" integer NOT NULL DEFAULT (0), \"segments\" text NOT NULL, \"onCallSince\" datetime(6), \"disconnectedAt\" datetime(6), CONSTRAINT \"UQ_5fdef501c63984b1b98abb1e68c\" UNIQUE (\"email\"))",
      "INSERT INTO \"agents\"(\"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\", \"disconnectedAt\") SELECT \"id\", \"email\", \"name\", \"passwordHash\", \"role\", \"status\", \"maxChats\", \"languages\", \"skills\", \"level\", \"tokenVersion\", \"statusChangedAt\", \"lastAssignedAt\", \"createdAt\", \"openChats\", \"segments\", \"onCallSince\", \"disconnectedAt\" FROM \"temporary_agents\"",
      "DROP TABLE \"temporary_agents\"",
      "CREATE INDEX \"ix_agents_status_load\" ON \"agents\" (\"status\", \"openChats\", \"lastAssignedAt\")"
    ]
  };
}
