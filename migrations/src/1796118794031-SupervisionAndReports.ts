import { DialectMigration } from './dialect-migration';

export class SupervisionAndReports1796118794031 extends DialectMigration {
  readonly name = 'SupervisionAndReports1796118794031';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `report_conversation_facts` (`conversationId` int NOT NULL, `inboxId` int NOT NULL, `channel` varchar(32) NOT NULL, `teamId` int NULL, `agentId` int NULL, `createdAt` bigint NOT NULL, `waitStartAt` bigint NULL, `firstAssignedAt` bigint NULL, `firstReplyAt` bigint NULL, `closedAt` bigint NULL, `abandoned` tinyint NOT NULL DEFAULT 0, `transfers` int NOT NULL DEFAULT '0', `csatScore` int NULL, INDEX `ix_report_facts_inbox_created` (`inboxId`, `createdAt`), INDEX `ix_report_facts_agent_created` (`agentId`, `createdAt`), INDEX `ix_report_facts_created` (`createdAt`), PRIMARY KEY (`conversationId`)) ENGINE=InnoDB",
      "CREATE TABLE `report_rollup_state` (`name` varchar(32) NOT NULL, `lastEventId` int NOT NULL DEFAULT '0', PRIMARY KEY (`name`)) ENGINE=InnoDB",
      "CREATE TABLE `service_level_targets` (`inboxId` int NOT NULL, `thresholdSeconds` int NOT NULL, `targetPercent` int NOT NULL, PRIMARY KEY (`inboxId`)) ENGINE=InnoDB",
      "CREATE TABLE `scorecard_criteria` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `weight` int NOT NULL, `position` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `reviews` (`id` int NOT NULL AUTO_INCREMENT, `conversationId` int NOT NULL, `agentId` int NOT NULL, `reviewerId` int NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'draft', `ratings` text NOT NULL, `score` double NULL, `summary` text NULL, `sampled` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `submittedAt` datetime(6) NULL, `acknowledgedAt` datetime(6) NULL, INDEX `ix_reviews_agent` (`agentId`, `status`), UNIQUE INDEX `uq_reviews_conversation` (`conversationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `coaching_comments` (`id` int NOT NULL AUTO_INCREMENT, `reviewId` int NOT NULL, `messageId` int NULL, `authorId` int NOT NULL, `text` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_coaching_review` (`reviewId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `conversation_tags` (`conversationId` int NOT NULL, `tag` varchar(64) NOT NULL, INDEX `ix_conversation_tags_tag` (`tag`), PRIMARY KEY (`conversationId`, `tag`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_conversation_tags_tag` ON `conversation_tags`",
      "DROP TABLE `conversation_tags`",
      "DROP INDEX `ix_coaching_review` ON `coaching_comments`",
      "DROP TABLE `coaching_comments`",
      "DROP INDEX `uq_reviews_conversation` ON `reviews`",
      "DROP INDEX `ix_reviews_agent` ON `reviews`",
      "DROP TABLE `reviews`",
      "DROP TABLE `scorecard_criteria`",
      "DROP TABLE `service_level_targets`",
      "DROP TABLE `report_rollup_state`",
      "DROP INDEX `ix_report_facts_created` ON `report_conversation_facts`",
      "DROP INDEX `ix_report_facts_agent_created` ON `report_conversation_facts`",
      "DROP INDEX `ix_report_facts_inbox_created` ON `report_conversation_facts`",
      "DROP TABLE `report_conversation_facts`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"report_conversation_facts\" (\"conversationId\" integer PRIMARY KEY NOT NULL, \"inboxId\" integer NOT NULL, \"channel\" varchar(32) NOT NULL, \"teamId\" integer, \"agentId\" integer, \"createdAt\" bigint NOT NULL, \"waitStartAt\" bigint, \"firstAssignedAt\" bigint, \"firstReplyAt\" bigint, \"closedAt\" bigint, \"abandoned\" boolean NOT NULL DEFAULT (0), \"transfers\" integer NOT NULL DEFAULT (0), \"csatScore\" integer)",
      "CREATE INDEX \"ix_report_facts_inbox_created\" ON \"report_conversation_facts\" (\"inboxId\", \"createdAt\")",
      "CREATE INDEX \"ix_report_facts_agent_created\" ON \"report_conversation_facts\" (\"agentId\", \"createdAt\")",
      "CREATE INDEX \"ix_report_facts_created\" ON \"report_conversation_facts\" (\"createdAt\")",
      "CREATE TABLE \"report_rollup_state\" (\"name\" varchar(32) PRIMARY KEY NOT NULL, \"lastEventId\" integer NOT NULL DEFAULT (0))",
      "CREATE TABLE \"service_level_targets\" (\"inboxId\" integer PRIMARY KEY NOT NULL, \"thresholdSeconds\" integer NOT NULL, \"targetPercent\" integer NOT NULL)",
      "CREATE TABLE \"scorecard_criteria\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(120) NOT NULL, \"weight\" integer NOT NULL, \"position\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1))",
      "CREATE TABLE \"reviews\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"conversationId\" integer NOT NULL, \"agentId\" integer NOT NULL, \"reviewerId\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('draft'), \"ratings\" text NOT NULL, \"score\" double, \"summary\" text, \"sampled\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"submittedAt\" datetime(6), \"acknowledgedAt\" datetime(6), CONSTRAINT \"uq_reviews_conversation\" UNIQUE (\"conversationId\"))",
      "CREATE INDEX \"ix_reviews_agent\" ON \"reviews\" (\"agentId\", \"status\")",
      "CREATE TABLE \"coaching_comments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reviewId\" integer NOT NULL, \"messageId\" integer, \"authorId\" integer NOT NULL, \"text\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE INDEX \"ix_coaching_review\" ON \"coaching_comments\" (\"reviewId\", \"id\")",
      "CREATE TABLE \"conversation_tags\" (\"conversationId\" integer NOT NULL, \"tag\" varchar(64) NOT NULL, PRIMARY KEY (\"conversationId\", \"tag\"))",
      "CREATE INDEX \"ix_conversation_tags_tag\" ON \"conversation_tags\" (\"tag\")"
    ],
    "down": [
      "DROP INDEX \"ix_conversation_tags_tag\"",
      "DROP TABLE \"conversation_tags\"",
      "DROP INDEX \"ix_coaching_review\"",
      "DROP TABLE \"coaching_comments\"",
      "DROP INDEX \"ix_reviews_agent\"",
      "DROP TABLE \"reviews\"",
      "DROP TABLE \"scorecard_criteria\"",
      "DROP TABLE \"service_level_targets\"",
      "DROP TABLE \"report_rollup_state\"",
      "DROP INDEX \"ix_report_facts_created\"",
      "DROP INDEX \"ix_report_facts_agent_created\"",
      "DROP INDEX \"ix_report_facts_inbox_created\"",
      "DROP TABLE \"report_conversation_facts\""
    ]
  };
}
