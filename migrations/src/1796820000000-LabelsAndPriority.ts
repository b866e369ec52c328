import { DialectMigration } from './dialect-migration';

/** Admin-managed labels and the labels on conversations (`nameKey`: the name without case, unique). */
export class Labels1796820000000 extends DialectMigration {
  readonly name = 'Labels1796820000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `labels` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(64) NOT NULL, `nameKey` varchar(64) NOT NULL, `color` varchar(7) NOT NULL, `description` varchar(500) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_2d0fdf6efb827454bb0de8fe5f` (`nameKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `conversation_labels` (`conversationId` int NOT NULL, `labelId` int NOT NULL, INDEX `ix_conversation_labels_label` (`labelId`, `conversationId`), PRIMARY KEY (`conversationId`, `labelId`)) ENGINE=InnoDB"
    ],
    "down": [
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
      "CREATE INDEX \"ix_conversation_labels_label\" ON \"conversation_labels\" (\"labelId\", \"conversationId\")"
    ],
    "down": [
      "DROP INDEX \"ix_conversation_labels_label\"",
      "DROP TABLE \"conversation_labels\"",
      "DROP TABLE \"labels\""
    ]
  };
}
