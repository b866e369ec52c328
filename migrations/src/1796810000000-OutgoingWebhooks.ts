import { DialectMigration } from './dialect-migration';

/** Outgoing webhooks (subscriptions, deliveries, the tries' log); audit entries the system writes have no actor. */
export class OutgoingWebhooks1796810000000 extends DialectMigration {
  readonly name = 'OutgoingWebhooks1796810000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `webhook_subscriptions` (`id` int NOT NULL AUTO_INCREMENT, `url` varchar(2000) NOT NULL, `events` text NOT NULL, `includePrivateNotes` tinyint NOT NULL DEFAULT 0, `secret` varchar(255) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `pausedReason` varchar(255) NULL, `consecutiveFailures` int NOT NULL DEFAULT '0', `createdById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `webhook_deliveries` (`id` int NOT NULL AUTO_INCREMENT, `subscriptionId` int NOT NULL, `event` varchar(40) NOT NULL, `lane` varchar(64) NOT NULL, `data` mediumtext NOT NULL, `occurredAt` datetime(6) NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_webhook_deliveries_lane` (`subscriptionId`, `lane`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `webhook_attempts` (`id` int NOT NULL AUTO_INCREMENT, `subscriptionId` int NOT NULL, `deliveryId` int NOT NULL, `event` varchar(40) NOT NULL, `manual` tinyint NOT NULL DEFAULT 0, `statusCode` int NULL, `ok` tinyint NOT NULL DEFAULT 0, `error` varchar(500) NULL, `latencyMs` int NOT NULL, `responseSnippet` varchar(500) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_webhook_attempts_subscription` (`subscriptionId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `audit_log` CHANGE `actorId` `actorId` int NULL"
    ],
    "down": [
      "ALTER TABLE `audit_log` CHANGE `actorId` `actorId` int NOT NULL",
      "DROP INDEX `ix_webhook_attempts_subscription` ON `webhook_attempts`",
      "DROP TABLE `webhook_attempts`",
      "DROP INDEX `ix_webhook_deliveries_lane` ON `webhook_deliveries`",
      "DROP TABLE `webhook_deliveries`",
      "DROP TABLE `webhook_subscriptions`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"webhook_subscriptions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"url\" varchar(2000) NOT NULL, \"events\" text NOT NULL, \"includePrivateNotes\" boolean NOT NULL DEFAULT (0), \"secret\" varchar(255) NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"pausedReason\" varchar(255), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"createdById\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE TABLE \"webhook_deliveries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subscriptionId\" integer NOT NULL, \"event\" varchar(40) NOT NULL, \"lane\" varchar(64) NOT NULL, \"data\" text NOT NULL, \"occurredAt\" datetime(6) NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE INDEX \"ix_webhook_deliveries_lane\" ON \"webhook_deliveries\" (\"subscriptionId\", \"lane\", \"status\")",
      "CREATE TABLE \"webhook_attempts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subscriptionId\" integer NOT NULL, \"deliveryId\" integer NOT NULL, \"event\" varchar(40) NOT NULL, \"manual\" boolean NOT NULL DEFAULT (0), \"statusCode\" integer, \"ok\" boolean NOT NULL DEFAULT (0), \"error\" varchar(500), \"latencyMs\" integer NOT NULL, \"responseSnippet\" varchar(500), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE INDEX \"ix_webhook_attempts_subscription\" ON \"webhook_attempts\" (\"subscriptionId\", \"id\")",
      "DROP INDEX \"ix_audit_entity\"",
      "CREATE TABLE \"temporary_audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer, \"action\" varchar(64) NOT NULL, \"entityType\" varchar(32) NOT NULL, \"entityId\" integer, \"changes\" text, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"actorName\" varchar(160))",
      "INSERT INTO \"temporary_audit_log\"(\"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\", \"actorName\") SELECT \"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\", \"actorName\" FROM \"audit_log\"",
      "DROP TABLE \"audit_log\"",
      "ALTER TABLE \"temporary_audit_log\" RENAME TO \"audit_log\"",
      "CREATE INDEX \"ix_audit_entity\" ON \"audit_log\" (\"entityType\", \"entityId\")"
    ],
    "down": [
      "DROP INDEX \"ix_audit_entity\"",
      "ALTER TABLE \"audit_log\" RENAME TO \"temporary_audit_log\"",
      "CREATE TABLE \"audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer NOT NULL, \"action\" varchar(64) NOT NULL, \"entityType\" varchar(32) NOT NULL, \"entityId\" integer, \"changes\" text, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"actorName\" varchar(160))",
      "INSERT INTO \"audit_log\"(\"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\", \"actorName\") SELECT \"id\", \"actorId\", \"action\", \"entityType\", \"entityId\", \"changes\", \"createdAt\", \"actorName\" FROM \"temporary_audit_log\"",
      "DROP TABLE \"temporary_audit_log\"",
      "CREATE INDEX \"ix_audit_entity\" ON \"audit_log\" (\"entityType\", \"entityId\")",
      "DROP INDEX \"ix_webhook_attempts_subscription\"",
      "DROP TABLE \"webhook_attempts\"",
      "DROP INDEX \"ix_webhook_deliveries_lane\"",
      "DROP TABLE \"webhook_deliveries\"",
      "DROP TABLE \"webhook_subscriptions\""
    ]
  };
}
