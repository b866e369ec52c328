import { DialectMigration } from './dialect-migration';

/** Operators mentioned in private notes: the bell's rows, read or not, and the access a mention grants (mention.policy.ts). */
export class Mentions1796850000001 extends DialectMigration {
  readonly name = 'Mentions1796850000001';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `mentions` (`id` int NOT NULL AUTO_INCREMENT, `agentId` int NOT NULL, `conversationId` int NOT NULL, `messageId` int NOT NULL, `authorId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `readAt` datetime(6) NULL, INDEX `ix_mentions_conversation_agent` (`conversationId`, `agentId`), INDEX `ix_mentions_agent_read` (`agentId`, `readAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_mentions_agent_read` ON `mentions`",
      "DROP INDEX `ix_mentions_conversation_agent` ON `mentions`",
      "DROP TABLE `mentions`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"mentions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"agentId\" integer NOT NULL, \"conversationId\" integer NOT NULL, \"messageId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"readAt\" datetime(6))",
      "CREATE INDEX \"ix_mentions_conversation_agent\" ON \"mentions\" (\"conversationId\", \"agentId\")",
      "CREATE INDEX \"ix_mentions_agent_read\" ON \"mentions\" (\"agentId\", \"readAt\")"
    ],
    "down": [
      "DROP INDEX \"ix_mentions_agent_read\"",
      "DROP INDEX \"ix_mentions_conversation_agent\"",
      "DROP TABLE \"mentions\""
    ]
  };
}
