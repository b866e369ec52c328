import { BadGatewayException, BadRequestException, Inject, Injectable } from '@nestjs/common';
import { ProviderError, WhatsAppCloudConnector, type WhatsAppCloudTemplate } from '@inbox/connectors';
import type { Agent } from '../../agents/agent.entity';
import type { Conversation } from '../../conversations/conversation.entity';
import type { MessageDto } from '../../conversations/conversation.presenter';
import { ReplyService } from '../../conversations/reply.service';
import { renderedTextProblem } from '../../common/message-text';
import { TtlCache } from '../../common/ttl-cache';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MetaInboxes } from './meta-inboxes';

const CACHE_MS = 5 * 60_000;

/** `Hello {{1}}` with parameters ['Ann'] → `Hello Ann`: what the operator sees of the template in the thread. */
export function renderTemplate(body: string | undefined, name: string, parameters: string[]): string {
  if (!body) return `[${name}]${parameters.length ? ` ${parameters.join(', ')}` : ''}`;
  return body.replace(/\{\{(\d+)\}\}/g, (whole, n: string) => parameters[Number(n) - 1] ?? whole);
}

/** How many {{n}} a template body expects. */
export function templateParameterCount(body: string | undefined): number {
  return Math.max(0, ...[...(body ?? '').matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1])));
}

/**
 * Approved WhatsApp message templates (read from the business account
 * through Graph, cached a few minutes) and sending one: the operator's way
 * to reach a customer outside the 24-hour window.
 */
@Injectable()
export class MessageTemplates {
  private readonly cache = new TtlCache<number, WhatsAppCloudTemplate[]>(CACHE_MS);

  constructor(
    private readonly inboxes: MetaInboxes,
    private readonly cloud: WhatsAppCloudConnector,
    private readonly replies: ReplyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  approved(inboxId: number): Promise<WhatsAppCloudTemplate[]> {
    return this.cache.get(inboxId, async () => {
      const meta = await this.inboxes.find(inboxId);
      if (meta?.inbox.type !== 'whatsapp-cloud') return [];
      return this.cloud.approvedTemplates(meta.context).catch((error: unknown) => {
        if (error instanceof ProviderError) throw new BadGatewayException(`Templates could not be read from WhatsApp: ${error.message}`);
        throw error;
      });
    });
  }


  async send(agent: Agent, conversation: Conversation, input: { name: string; language: string; parameters?: string[] }): Promise<MessageDto> {
    const template = (await this.approved(conversation.inboxId)).find((t) => t.name === input.name && t.language === input.language);
    if (!template) throw new BadRequestException(`name: "${input.name}" (${input.language}) is not an approved template of this WhatsApp number`);
    const parameters = input.parameters ?? [];
    const expected = templateParameterCount(template.body);
    if (parameters.length !== expected) throw new BadRequestException(`parameters: template "${template.name}" takes ${expected} parameter(s), got ${parameters.length}`);
    // The parameters are the operator's text: with them filled in, the message is held to MESSAGE_MAX_CHARS.
    const text = renderTemplate(template.body, template.name, parameters);
    const tooLong = renderedTextProblem(text, this.config.messageMaxChars);
    if (tooLong) throw new BadRequestException(`parameters: ${tooLong}`);
    return this.replies.reply(agent, conversation, {
      text,
      payload: { template: { name: template.name, language: template.language, parameters } },
    });
  }
}
