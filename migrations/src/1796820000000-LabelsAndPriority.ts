import { DialectMigration } from './dialect-migration';

/**
 * Admin-managed labels and the labels on conversations (`nameKey`: the name
 * without case, unique); and priorities with names: the 0–100 numbers bots
 * set become the ranks of urgent (2), high (1), normal (0) and low (-1),
 * as `priorityFromNumber` reads them (0 normal, 1–49 high, 50+ urgent).
 * Down maps the ranks back to numbers that read the same (50, 1, 0).
 */
export class LabelsAndPriority1796820000000 extends DialectMigration {
  readonly name = 'LabelsAndPriority1796820000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `labels` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(64) NOT NULL, `nameKey` varchar(64) NOT NULL, `color` varchar(7) NOT NULL, `description` varchar(500) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_2d0fdf6efb827454bb0de8fe5f` (`nameKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `conversation_labels` (`conversationId` int NOT NULL, `labelId` int NOT NULL, INDEX `ix_conversation_labels_label` (`labelId`, `conversationId`), PRIMARY KEY (`conversationId`, `labelId`)) ENGINE=InnoDB",
      "UPDATE conversations SET priority = CASE WHEN priority >= 50 THEN 2 WHEN priority >= 1 THEN 1 WHEN priority < 0 THEN -1 ELSE 0 END"
    ],
    "down": [
      "UPDATE conversations SET priority = CASE WHEN priority >= 2 THEN 50 WHEN priority = 1 THEN 1 ELSE 0 END",
      "DROP INDEX `ix_conversation_labels_label` ON `conversation_labels`",
      "DROP TABLE `conversation_labels`",
      "DROP INDEX `IDX_2d0fdf6efb827454bb0de8fe5f` ON `labels`",
      "DROP TABLE `labels`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"labels\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(64) NOT NULL, \"nameKey\" varchar(64) NOT NULL, \"color\" varchar(7) NOT NULL, \"description\" varchar(500), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_2d0fdf6efb827454bb0de8fe5f2\" UNIQUE (\"nameKey\"))",
      "CREATE TABLE \"conversation_labels\" (\"conversationId\" integer NOT NULL, \"labelId\" integer NOT NULL, PRIMARY KEY (\"conversationId\", \"labelId\"))",
      "CREATE INDEX \"ix_conversation_labels_label\" ON \"conversation_labels\" (\"labelId\", \"conversationId\")",
      "UPDATE conversations SET priority = CASE WHEN priority >= 50 THEN 2 WHEN priority >= 1 THEN 1 WHEN priority < 0 THEN -1 ELSE 0 END"
    ],
    "down": [
      "UPDATE conversations SET priority = CASE WHEN priority >= 2 THEN 50 WHEN priority = 1 THEN 1 ELSE 0 END",
      "DROP INDEX \"ix_conversation_labels_label\"",
      "DROP TABLE \"conversation_labels\"",
      "DROP TABLE \"labels\""
    ]
  };
}
