import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { ChannelType } from '@inbox/connectors';
import type { Conversation } from '../conversations/conversation.entity';
import type { AutomaticMessage, ReplyService } from '../conversations/reply.service';
import { BotConversations } from './bot-conversations';

/** BotConversations.say with the rows and the reply service replaced: what would be sent on a channel of this type. */
async function saidOn(type: ChannelType, text: string, buttons: Array<{ title: string; payload: string }>) {
  const sent: AutomaticMessage[] = [];
  const rows: Record<string, unknown> = {
    Inbox: { id: 1, type, name: 'Shop' },
    Contact: { id: 2, name: 'Anna', email: null, phone: null, attributes: { orderNumber: 'A-1' } },
    Conversation: { id: 9, inboxId: 1, contactId: 2, attributes: { order_id: 7 } },
  };
  const db = { getRepository: (entity: { name: string }) => ({ findOneByOrFail: async () => rows[entity.name] }) } as unknown as DataSource;
  const replies = { sendAutomatic: async (_c: Conversation, message: AutomaticMessage) => sent.push(message) } as unknown as ReplyService;
  const none = {} as never;
  await new BotConversations(db, none, replies, none, none, none, none, none).say({ id: 9, inboxId: 1, contactId: 2 } as Conversation, 4, text, buttons);
  return sent[0];
}

const menu = [
  { title: 'Order status', payload: 'bot:menu:1' },
  { title: 'Talk to a human', payload: 'bot:human' },
];

describe(BotConversations.name, () => {
  it('sends buttons where the channel feature map says the channel shows them', async () => {
    for (const type of ['telegram', 'webchat'] as const) {
      expect(await saidOn(type, 'Hi {{contact.name}}, pick one', menu)).toEqual({
        senderType: 'bot',
        text: 'Hi Anna, pick one',
        payload: { automatic: 'bot', botId: 4, buttons: menu },
      });
    }
  });

  it('numbers the options as text where the channel has no buttons', async () => {
    for (const type of ['email', 'twilio-voice'] as const) {
      expect(await saidOn(type, 'Order {{contact.attributes.orderNumber}}: pick one', menu)).toEqual({
        senderType: 'bot',
        text: 'Order A-1: pick one\n\n1. Order status\n2. Talk to a human',
        payload: { automatic: 'bot', botId: 4 },
      });
    }
  });
});
