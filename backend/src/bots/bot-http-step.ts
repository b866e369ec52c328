import { Injectable, Logger } from '@nestjs/common';
import { providerFetch } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { renderTemplate } from '../automation/message-template.policy';
import { Contact } from '../contacts/contact.entity';
import { ContactsService } from '../contacts/contacts.service';
import type { Conversation } from '../conversations/conversation.entity';
import type { BotAction } from './bot-flow.policy';
import type { Bot } from './bot.entity';
import { hostAllowed } from './external-bot.policy';

/** An answer larger than this is not read: the step fails. */
const MAX_ANSWER_CHARS = 65_536;

type HttpAction = Extract<BotAction, { type: 'http' }>;

/**
 * A flow bot's HTTP step: only to hosts the admin allowed, with a timeout,
 * no redirects (a redirect could leave the allowed hosts). Any failure
 * (refused host, timeout, an error status, a body that is not what was
 * asked) is `false`, and the flow takes the step's `onError` branch.
 */
@Injectable()
export class BotHttpStep {
  private readonly logger = new Logger('Bots');

  constructor(
    private readonly db: DataSource,
    private readonly contacts: ContactsService,
  ) {}

  async call(bot: Bot, conversation: Conversation, action: HttpAction): Promise<boolean> {
    const contact = await this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId });
    // Values go into the URL encoded, so a customer's answer cannot change the path or add parameters.
    const encode = (value: string | null) => (value === null ? null : encodeURIComponent(value));
    const url = renderTemplate(action.url, {
      variables: { 'contact.name': encode(contact.name), 'contact.email': encode(contact.email), 'contact.phone': encode(contact.phone) },
      attributes: Object.fromEntries(Object.entries(contact.attributes).map(([k, v]) => [k, typeof v === 'string' ? encodeURIComponent(v) : v])),
    });
    if (!hostAllowed(url, bot.allowedHosts)) {
      this.logger.warn(`Bot ${bot.id}: ${new URL(url, 'http://invalid').host} is not an allowed host; the HTTP step fails`);
      return false;
    }
    try {
      // Only the allowed host itself: a redirect elsewhere is refused.
      const res = await providerFetch(url, [new URL(url).origin], {
        method: action.method,
        headers: { accept: 'application/json', ...(action.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        body:
          action.method === 'POST'
            ? JSON.stringify({
                conversationId: conversation.id,
                contact: { name: contact.name, email: contact.email, phone: contact.phone, language: contact.language, attributes: contact.attributes },
              })
            : undefined,
        signal: AbortSignal.timeout(action.timeoutMs),
      });
      const text = await res.text();
      if (!res.ok || text.length > MAX_ANSWER_CHARS) return false;
      if (action.saveAs) {
        const answer = parseObject(text);
        if (!answer) return false;
        await this.contacts.mergeAttributes(conversation.contactId, flatten(action.saveAs, answer));
      }
      return true;
    } catch (error) {
      this.logger.warn(`Bot ${bot.id}, conversation ${conversation.id}: HTTP step failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `{"status": "shipped"}` saved as `order` → attribute `order_status`: usable as {{contact.attributes.order_status}}. */
function flatten(prefix: string, answer: Record<string, unknown>): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(answer)) {
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(key)) continue;
    if (typeof value === 'number' || typeof value === 'boolean') attributes[`${prefix}_${key}`] = value;
    else if (typeof value === 'string') attributes[`${prefix}_${key}`] = value.slice(0, 500);
  }
  return attributes;
}
