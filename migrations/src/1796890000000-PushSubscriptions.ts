import { DialectMigration } from './dialect-migration';

/** Web Push: an operator's browsers that asked for notifications, and which events each operator wants. */
export class PushSubscriptions1796890000000 extends DialectMigration {
  readonly name = 'PushSubscriptions1796890000000';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `push_subscriptions` (`id` int NOT NULL AUTO_INCREMENT, `agentId` int NOT NULL, `endpoint` varchar(1000) NOT NULL, `endpointHash` varchar(64) NOT NULL, `p256dh` varchar(200) NOT NULL, `auth` varchar(100) NOT NULL, `locale` varchar(5) NOT NULL, `events` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `ux_push_subscriptions_endpoint` (`endpointHash`), INDEX `ix_push_subscriptions_agent` (`agentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP INDEX `ix_push_subscriptions_agent` ON `push_subscriptions`",
      "DROP INDEX `ux_push_subscriptions_endpoint` ON `push_subscriptions`",
      "DROP TABLE `push_subscriptions`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"push_subscriptions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"agentId\" integer NOT NULL, \"endpoint\" varchar(1000) NOT NULL, \"endpointHash\" varchar(64) NOT NULL, \"p256dh\" varchar(200) NOT NULL, \"auth\" varchar(100) NOT NULL, \"locale\" varchar(5) NOT NULL, \"events\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "CREATE UNIQUE INDEX \"ux_push_subscriptions_endpoint\" ON \"push_subscriptions\" (\"endpointHash\")",
      "CREATE INDEX \"ix_push_subscriptions_agent\" ON \"push_subscriptions\" (\"agentId\")"
    ],
    "down": [
      "DROP INDEX \"ix_push_subscriptions_agent\"",
      "DROP INDEX \"ux_push_subscriptions_endpoint\"",
      "DROP TABLE \"push_subscriptions\""
    ]
  };
}
