import { DialectMigration } from './dialect-migration';

/**
 * Admin-defined custom attributes of contacts and conversations
 * (`attribute_definitions`, a key unique per target), and the
 * conversations' own values (`attributes`, JSON text, null until one is
 * set); contacts have had their `attributes` column from the start.
 */
export class CustomAttributes1796850000000 extends DialectMigration {
  readonly name = 'CustomAttributes1796850000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `attribute_definitions` (`id` int NOT NULL AUTO_INCREMENT, `target` varchar(16) NOT NULL, `key` varchar(64) NOT NULL, `label` varchar(100) NOT NULL, `type` varchar(16) NOT NULL, `options` text NULL, `required` tinyint NOT NULL DEFAULT 0, `description` varchar(500) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `ix_attribute_definitions_target_key` (`target`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `conversations` ADD `attributes` text NULL"
    ],
    "down": [
      "ALTER TABLE `conversations` DROP COLUMN `attributes`",
      "DROP INDEX `ix_attribute_definitions_target_key` ON `attribute_definitions`",
      "DROP TABLE `attribute_definitions`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"attribute_definitions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"target\" varchar(16) NOT NULL, \"key\" varchar(64) NOT NULL, \"label\" varchar(100) NOT NULL, \"type\" varchar(16) NOT NULL, \"options\" text, \"required\" boolean NOT NULL DEFAULT (0), \"description\" varchar(500), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE UNIQUE INDEX \"ix_attribute_definitions_target_key\" ON \"attribute_definitions\" (\"target\", \"key\")",
      "ALTER TABLE \"conversations\" ADD COLUMN \"attributes\" text"
    ],
    "down": [
      "ALTER TABLE \"conversations\" DROP COLUMN \"attributes\"",
      "DROP INDEX \"ix_attribute_definitions_target_key\"",
      "DROP TABLE \"attribute_definitions\""
    ]
  };
}
