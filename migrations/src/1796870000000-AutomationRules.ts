import { DialectMigration } from './dialect-migration';

/** Automation rules and their kept versions; contacts can be blocked (marked as spam). */
export class AutomationRules1796870000000 extends DialectMigration {
  readonly name = 'AutomationRules1796870000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `automation_rules` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `event` varchar(32) NOT NULL, `position` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `stopsOthers` tinyint NOT NULL DEFAULT 0, `conditions` text NOT NULL, `actions` text NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_automation_rules_event` (`event`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `automation_rule_versions` (`id` int NOT NULL AUTO_INCREMENT, `ruleId` int NOT NULL, `version` int NOT NULL, `name` varchar(120) NOT NULL, `event` varchar(32) NOT NULL, `position` int NOT NULL, `active` tinyint NOT NULL, `stopsOthers` tinyint NOT NULL, `conditions` text NOT NULL, `actions` text NOT NULL, `savedBy` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `ux_automation_rule_versions` (`ruleId`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `contacts` ADD `blockedAt` datetime(6) NULL"
    ],
    "down": [
      "ALTER TABLE `contacts` DROP COLUMN `blockedAt`",
      "DROP INDEX `ux_automation_rule_versions` ON `automation_rule_versions`",
      "DROP TABLE `automation_rule_versions`",
      "DROP INDEX `ix_automation_rules_event` ON `automation_rules`",
      "DROP TABLE `automation_rules`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"automation_rules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(120) NOT NULL, \"event\" varchar(32) NOT NULL, \"position\" integer NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"stopsOthers\" boolean NOT NULL DEFAULT (0), \"conditions\" text NOT NULL, \"actions\" text NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE INDEX \"ix_automation_rules_event\" ON \"automation_rules\" (\"event\", \"position\")",
      "CREATE TABLE \"automation_rule_versions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"ruleId\" integer NOT NULL, \"version\" integer NOT NULL, \"name\" varchar(120) NOT NULL, \"event\" varchar(32) NOT NULL, \"position\" integer NOT NULL, \"active\" boolean NOT NULL, \"stopsOthers\" boolean NOT NULL, \"conditions\" text NOT NULL, \"actions\" text NOT NULL, \"savedBy\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE UNIQUE INDEX \"ux_automation_rule_versions\" ON \"automation_rule_versions\" (\"ruleId\", \"version\")",
      "DROP INDEX \"IDX_84cae51c485079bdd8cdf1d828\"",
      "DROP INDEX \"IDX_752866c5247ddd34fd05559537\"",
      "CREATE TABLE \"temporary_contacts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(200), \"email\" varchar(254), \"phone\" varchar(32), \"language\" varchar(16), \"country\" varchar(2), \"attributes\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"mergedIntoId\" integer, \"blockedAt\" datetime(6))",
      "INSERT INTO \"temporary_contacts\"(\"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\", \"mergedIntoId\") SELECT \"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\", \"mergedIntoId\" FROM \"contacts\"",
      "DROP TABLE \"contacts\"",
      "ALTER TABLE \"temporary_contacts\" RENAME TO \"contacts\"",
      "CREATE INDEX \"IDX_84cae51c485079bdd8cdf1d828\" ON \"contacts\" (\"phone\")",
      "CREATE INDEX \"IDX_752866c5247ddd34fd05559537\" ON \"contacts\" (\"email\")"
    ],
    "down": [
      "DROP INDEX \"IDX_752866c5247ddd34fd05559537\"",
      "DROP INDEX \"IDX_84cae51c485079bdd8cdf1d828\"",
      "ALTER TABLE \"contacts\" RENAME TO \"temporary_contacts\"",
      "CREATE TABLE \"contacts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(200), \"email\" varchar(254), \"phone\" varchar(32), \"language\" varchar(16), \"country\" varchar(2), \"attributes\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"mergedIntoId\" integer)",
      "INSERT INTO \"contacts\"(\"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\", \"mergedIntoId\") SELECT \"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\", \"mergedIntoId\" FROM \"temporary_contacts\"",
      "DROP TABLE \"temporary_contacts\"",
      "CREATE INDEX \"IDX_752866c5247ddd34fd05559537\" ON \"contacts\" (\"email\")",
      "CREATE INDEX \"IDX_84cae51c485079bdd8cdf1d828\" ON \"contacts\" (\"phone\")",
      "DROP INDEX \"ux_automation_rule_versions\"",
      "DROP TABLE \"automation_rule_versions\"",
      "DROP INDEX \"ix_automation_rules_event\"",
      "DROP TABLE \"automation_rules\""
    ]
  };
}
