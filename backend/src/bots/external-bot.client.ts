import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { providerFetch } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { BotSession } from './bot-session.entity';
import { BotsService } from './bots.service';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './external-bot.policy';

const POST_JOB = 'bots.external-post';
const TIMEOUT_MS = 10_000;

/**
 * Posts the customer messages of an external bot's conversations to its
 * webhook, one signed request per message (a job each, retried with
 * backoff while the bot is down). The bot answers through the bot API.
 */
@Injectable()
export class ExternalBotClient implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly bots: BotsService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: number; messageId: number }>(POST_JOB, ({ conversationId, messageId }) => this.post(conversationId, messageId));
  }

  enqueue(conversationId: number, messageId: number): Promise<void> {
    return this.jobs.enqueue(POST_JOB, { conversationId, messageId }, { jobId: `bot-post:${messageId}`, attempts: 5, backoffMs: 1000 });
  }

  async post(conversationId: number, messageId: number): Promise<void> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    // Handed over meanwhile: the bot has nothing more to say here.
    if (!conversation || conversation.status !== 'bot') return;
    const session = await this.db.getRepository(BotSession).findOneBy({ conversationId });
    const bot = session ? await this.bots.get(session.botId).catch(() => null) : null;
    if (!bot?.webhookUrl || bot.kind !== 'external') return;
    const [message, contact] = await Promise.all([
      this.db.getRepository(Message).findOneByOrFail({ id: messageId }),
      this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId }),
    ]);
    const data = message.payload?.data;
    const body = JSON.stringify({
      event: 'message',
      botId: bot.id,
      conversation: { id: conversation.id, inboxId: conversation.inboxId, status: conversation.status, language: conversation.language },
      contact: { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone, language: contact.language, attributes: contact.attributes },
      message: { id: message.id, kind: message.kind, text: message.text, ...(typeof data === 'string' ? { buttonData: data } : {}), createdAt: message.createdAt },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await providerFetch(bot.webhookUrl, [bot.webhookUrl], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(this.bots.webhookSecret(bot), timestamp, body) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`Bot ${bot.id}: the webhook answered ${res.status}`);
  }
}
