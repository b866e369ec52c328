import { DialectMigration } from './dialect-migration';

/** Macros: a named, ordered list of actions (JSON), personal, a team's or shared. */
export class Macros1796840000001 extends DialectMigration {
  readonly name = 'Macros1796840000001';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `macros` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `scope` varchar(16) NOT NULL, `teamId` int NULL, `ownerId` int NULL, `actions` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_macros_scope` (`scope`, `teamId`, `ownerId`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_macros_scope` ON `macros`",
      "DROP TABLE `macros`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"macros\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(120) NOT NULL, \"scope\" varchar(16) NOT NULL, \"teamId\" integer, \"ownerId\" integer, \"actions\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE INDEX \"ix_macros_scope\" ON \"macros\" (\"scope\", \"teamId\", \"ownerId\")"
    ],
    "down": [
      "DROP INDEX \"ix_macros_scope\"",
      "DROP TABLE \"macros\""
    ]
  };
}
