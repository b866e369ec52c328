import { DialectMigration } from './dialect-migration';

/**
 * Service-level policies and their clocks (docs/sla.md); each open
 * conversation carries its soonest due target for lists to show and sort by.
 */
export class Sla1796860000000 extends DialectMigration {
  readonly name = 'Sla1796860000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `sla_policies` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `inboxId` int NULL, `channel` varchar(32) NULL, `priority` int NULL, `labelId` int NULL, `firstResponseSeconds` int NULL, `nextResponseSeconds` int NULL, `resolutionSeconds` int NULL, `businessHours` tinyint NOT NULL DEFAULT 0, `amberPercent` int NOT NULL DEFAULT '75', `warnBeforeSeconds` int NULL, `snoozedTimeCounts` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `sla_clocks` (`id` int NOT NULL AUTO_INCREMENT, `conversationId` int NOT NULL, `policyId` int NOT NULL, `target` varchar(16) NOT NULL, `openKey` varchar(48) NULL, `startedAt` datetime(6) NOT NULL, `amberAt` datetime(6) NULL, `warnAt` datetime(6) NULL, `dueAt` datetime(6) NULL, `pausedAt` datetime(6) NULL, `warnedAt` datetime(6) NULL, `breachedAt` datetime(6) NULL, `stoppedAt` datetime(6) NULL, `met` tinyint NULL, `decidedAt` datetime(6) NULL, `inboxId` int NOT NULL, `teamId` int NULL, `agentId` int NULL, INDEX `ix_sla_clocks_breached` (`breachedAt`), INDEX `ix_sla_clocks_decided` (`decidedAt`, `target`, `policyId`, `inboxId`, `teamId`, `agentId`, `met`, `conversationId`), INDEX `ix_sla_clocks_conversation` (`conversationId`), UNIQUE INDEX `IDX_15897f070699bd8e7a22e7bc25` (`openKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `conversations` ADD `slaTarget` varchar(16) NULL",
      "ALTER TABLE `conversations` ADD `slaAmberAt` datetime(6) NULL",
      "ALTER TABLE `conversations` ADD `slaDueAt` datetime(6) NULL",
      "CREATE INDEX `ix_conversations_sla_due` ON `conversations` (`slaDueAt`)"
    ],
    "down": [
      "DROP INDEX `ix_conversations_sla_due` ON `conversations`",
      "ALTER TABLE `conversations` DROP COLUMN `slaDueAt`",
      "ALTER TABLE `conversations` DROP COLUMN `slaAmberAt`",
      "ALTER TABLE `conversations` DROP COLUMN `slaTarget`",
      "DROP INDEX `IDX_15897f070699bd8e7a22e7bc25` ON `sla_clocks`",
      "DROP INDEX `ix_sla_clocks_conversation` ON `sla_clocks`",
      "DROP INDEX `ix_sla_clocks_decided` ON `sla_clocks`",
      "DROP INDEX `ix_sla_clocks_breached` ON `sla_clocks`",
      "DROP TABLE `sla_clocks`",
      "DROP TABLE `sla_policies`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"sla_policies\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"inboxId\" integer, \"channel\" varchar(32), \"priority\" integer, \"labelId\" integer, \"firstResponseSeconds\" integer, \"nextResponseSeconds\" integer, \"resolutionSeconds\" integer, \"businessHours\" boolean NOT NULL DEFAULT (0), \"amberPercent\" integer NOT NULL DEFAULT (75), \"warnBeforeSeconds\" integer, \"snoozedTimeCounts\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE TABLE \"sla_clocks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"conversationId\" integer NOT NULL, \"policyId\" integer NOT NULL, \"target\" varchar(16) NOT NULL, \"openKey\" varchar(48), \"startedAt\" datetime(6) NOT NULL, \"amberAt\" datetime(6), \"warnAt\" datetime(6), \"dueAt\" datetime(6), \"pausedAt\" datetime(6), \"warnedAt\" datetime(6), \"breachedAt\" datetime(6), \"stoppedAt\" datetime(6), \"met\" boolean, \"decidedAt\" datetime(6), \"inboxId\" integer NOT NULL, \"teamId\" integer, \"agentId\" integer, CONSTRAINT \"UQ_15897f070699bd8e7a22e7bc254\" UNIQUE (\"openKey\"))",
      "CREATE INDEX \"ix_sla_clocks_breached\" ON \"sla_clocks\" (\"breachedAt\")",
      "CREATE INDEX \"ix_sla_clocks_decided\" ON \"sla_clocks\" (\"decidedAt\", \"target\", \"policyId\", \"inboxId\", \"teamId\", \"agentId\", \"met\", \"conversationId\")",
      "CREATE INDEX \"ix_sla_clocks_conversation\" ON \"sla_clocks\" (\"conversationId\")",
      "ALTER TABLE \"conversations\" ADD COLUMN \"slaTarget\" varchar(16)",
      "ALTER TABLE \"conversations\" ADD COLUMN \"slaAmberAt\" datetime(6)",
      "ALTER TABLE \"conversations\" ADD COLUMN \"slaDueAt\" datetime(6)",
      "CREATE INDEX \"ix_conversations_sla_due\" ON \"conversations\" (\"slaDueAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_conversations_sla_due\"",
      "ALTER TABLE \"conversations\" DROP COLUMN \"slaDueAt\"",
      "ALTER TABLE \"conversations\" DROP COLUMN \"slaAmberAt\"",
      "ALTER TABLE \"conversations\" DROP COLUMN \"slaTarget\"",
      "DROP INDEX \"ix_sla_clocks_conversation\"",
      "DROP INDEX \"ix_sla_clocks_decided\"",
      "DROP INDEX \"ix_sla_clocks_breached\"",
      "DROP TABLE \"sla_clocks\"",
      "DROP TABLE \"sla_policies\""
    ]
  };
}
