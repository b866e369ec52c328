import { DialectMigration } from './dialect-migration';

/** Integrations' API tokens (only the secret's hash), and the audit log's actorName for their writes. */
export class ApiTokens1796800000000 extends DialectMigration {
  readonly name = 'ApiTokens1796800000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `api_tokens` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `secretHash` varchar(64) NOT NULL, `secretStart` varchar(16) NOT NULL, `scopes` text NOT NULL, `teamIds` text NOT NULL, `expiresAt` datetime(6) NULL, `lastUsedAt` datetime(6) NULL, `createdById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_cb9fafc3afcc49346322334dea` (`name`), UNIQUE INDEX `IDX_03b99893d4e65696c202f4c7c4` (`secretHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `audit_log` ADD `actorName` varchar(160) NULL"
    ],
    "down": [
      "ALTER TABLE `audit_log` DROP COLUMN `actorName`",
      "DROP INDEX `IDX_03b99893d4e65696c202f4c7c4` ON `api_tokens`",
      "DROP INDEX `IDX_cb9fafc3afcc49346322334dea` ON `api_tokens`",
      "DROP TABLE `api_tokens`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"api_tokens\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(120) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"secretStart\" varchar(16) NOT NULL, \"scopes\" text NOT NULL, \"teamIds\" text NOT NULL, \"expiresAt\" datetime(6), \"lastUsedAt\" datetime(6), \"createdById\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_cb9fafc3afcc49346322334dead\" UNIQUE (\"name\"), CONSTRAINT \"UQ_03b99893d4e65696c202f4c7c48\" UNIQUE (\"secretHash\"))",
      "DROP INDEX \"ix_audit_entity\"",
      "CREATE TABLE \"temporary_audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer NOT NULL, \"action\" varchar(64) NOT NULL, \"entityType\" varchar(32) NOT NULL, \"entityId\" integer, \"changes\" text, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"actorName\" varchar(160))",
      "INSERT INTO \"temporary_audit_log\"(\"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\") SELECT \"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\" FROM \"audit_log\"",
      "DROP TABLE \"audit_log\"",
      "ALTER TABLE \"temporary_audit_log\" RENAME TO \"audit_log\"",
      "CREATE INDEX \"ix_audit_entity\" ON \"audit_log\" (\"entityType\", \"entityId\")"
    ],
    "down": [
      "DROP INDEX \"ix_audit_entity\"",
      "ALTER TABLE \"audit_log\" RENAME TO \"temporary_audit_log\"",
      "CREATE TABLE \"audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer NOT NULL, \"action\" varchar(64) NOT NULL, \"entityType\" varchar(32) NOT NULL, \"entityId\" integer, \"changes\" text, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "INSERT INTO \"audit_log\"(\"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\") SELECT \"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\" FROM \"temporary_audit_log\"",
      "DROP TABLE \"temporary_audit_log\"",
      "CREATE INDEX \"ix_audit_entity\" ON \"audit_log\" (\"entityType\", \"entityId\")",
      "DROP TABLE \"api_tokens\""
    ]
  };
}
