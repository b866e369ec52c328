import { beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import type { ConversationDto, ConversationPresenter, MessageDto } from '../conversations/conversation.presenter';
import type { LiveViews } from './live-views';
import { ContactNotifications, ConversationNotifications, FloorNotifications, MessageNotifications, SlaNotifications, TypingNotifications } from './notifications';
import type { RealtimeService } from './realtime.service';

/** What the realtime door was asked to send: the method (who), then its arguments. */
type Push = [method: string, ...args: unknown[]];

const message = (fields: Partial<MessageDto> = {}) => ({ id: 7, conversationId: 3, inboxId: 2, private: false, ...fields }) as MessageDto;
const conversation = (fields: Partial<ConversationDto> = {}) => ({ id: 3, inboxId: 2, status: 'assigned', assigneeId: 11, ...fields }) as ConversationDto;

describe('realtime notifications', () => {
  let bus: DomainEventBus;
  let pushes: Push[];
  /** The widget settings of inbox 2. */
  let widgetSettings: Record<string, unknown>;

  beforeEach(() => {
    widgetSettings = {};
    bus = new DomainEventBus();
    pushes = [];
    const recorder = (method: string) => (...args: unknown[]) => void pushes.push([method, ...args]);
    const realtime = Object.fromEntries(['toAgents', 'toAgent', 'toSupervisors', 'toAgentAndSupervisors', 'toAdmins', 'toWatchers', 'toVisitor'].map((m) => [m, recorder(m)])) as unknown as RealtimeService;
    // Contact 5 of inbox 2 has two widgets open (two visitors merged into one contact).
    const liveViews = {
      of: async (inboxId: number, contactId: number) => (inboxId === 2 && contactId === 5 ? ['v1', 'v2'] : []),
      ofConversation: async () => ({ inboxId: 2, visitorIds: ['v1'] }),
      ofConversations: async (rows: Array<{ id: number; contactId: number }>) => new Map(rows.map((r) => [r.id, r.contactId === 5 ? ['v1'] : []])),
    } as unknown as LiveViews;
    const presenter = {
      message: async (row: { id: number }) => message({ id: row.id, text: 'presented' }),
      contact: async (id: number) => ({ id, name: 'presented' }),
    } as unknown as ConversationPresenter;
    const db = {
      getRepository: () => ({ findOneByOrFail: async ({ id }: { id: number }) => ({ id }), findOne: async () => ({ id: 2, settings: widgetSettings }) }),
    } as unknown as DataSource;
    new MessageNotifications(bus, realtime, liveViews, presenter, db).onModuleInit();
    new ConversationNotifications(bus, realtime, liveViews).onModuleInit();
    new ContactNotifications(bus, realtime, presenter).onModuleInit();
    new FloorNotifications(bus, realtime).onModuleInit();
    new TypingNotifications(bus, realtime, liveViews).onModuleInit();
    new SlaNotifications(bus, realtime).onModuleInit();
  });

  describe('messages', () => {
    it('shows a new or changed message to the operators who may see it, presenting it when the event names only its id', async () => {
      await bus.emit('message.created', { messageId: 7, message: message() });
      await bus.emit('message.updated', { messageId: 8 });
      expect(pushes).toEqual([
        ['toAgents', 'message.created', { message: message() }],
        ['toAgents', 'message.updated', { message: message({ id: 8, text: 'presented' }) }],
      ]);
    });

    it('leaves operator names out of what widgets receive when the inbox hides them, and only there', async () => {
      widgetSettings = { showAgentNames: false };
      const reply = message({ senderType: 'agent', senderName: 'Olga' });
      await bus.emit('message.sent-to-widget', { message: reply, contactId: 5 });
      await bus.emit('message.delivery-changed', { message: reply });
      expect(pushes).toEqual([
        ['toVisitor', 2, 'v1', 'message.created', { message: { ...reply, senderName: null } }],
        ['toVisitor', 2, 'v2', 'message.created', { message: { ...reply, senderName: null } }],
        ['toAgents', 'message.updated', { message: reply }],
        ['toVisitor', 2, 'v1', 'message.updated', { message: { ...reply, senderName: null } }],
      ]);
    });

    it('shows a delivery change to the customer\'s widgets too, but never a note\'s', async () => {
      await bus.emit('message.delivery-changed', { message: message() });
      await bus.emit('message.delivery-changed', { message: message({ private: true }) });
      expect(pushes).toEqual([
        ['toAgents', 'message.updated', { message: message() }],
        ['toVisitor', 2, 'v1', 'message.updated', { message: message() }],
        ['toAgents', 'message.updated', { message: message({ private: true }) }],
      ]);
    });

    it('shows a whisper to the holder and the supervisors only', async () => {
      await bus.emit('message.whispered', { message: message(), holderId: 11 });
      await bus.emit('message.whispered', { message: message(), holderId: null });
      expect(pushes).toEqual([
        ['toAgent', 11, 'message.created', { message: message() }],
        ['toSupervisors', 'message.created', { message: message() }],
        ['toSupervisors', 'message.created', { message: message() }],
      ]);
    });

    it('delivers a widget reply to every open widget of the contact', async () => {
      await bus.emit('message.sent-to-widget', { message: message(), contactId: 5 });
      expect(pushes).toEqual([
        ['toVisitor', 2, 'v1', 'message.created', { message: message() }],
        ['toVisitor', 2, 'v2', 'message.created', { message: message() }],
      ]);
    });

    it('shows a visitor\'s own message on their other widgets only, leaving out the one it was sent from', async () => {
      await bus.emit('message.sent-by-visitor', { message: message(), inboxId: 2, visitorId: 'v1', fromSocket: 'socket-a' });
      expect(pushes).toEqual([['toVisitor', 2, 'v1', 'message.created', { message: message() }, { exceptSocket: 'socket-a' }]]);
    });

    it('shows received messages after their conversations, new ones as created', async () => {
      const opened = conversation({ id: 4 });
      await bus.emit('messages.received', { opened: [opened], updated: [conversation()], messages: [message()] });
      expect(pushes).toEqual([
        ['toAgents', 'conversation.created', { conversation: opened }],
        ['toAgents', 'conversation.updated', { conversation: conversation() }],
        ['toAgents', 'message.created', { message: message() }],
      ]);
    });
  });

  describe('conversations', () => {
    it('shows a change to operators, and its status to the customer\'s widget', async () => {
      await bus.emit('conversation.updated', { conversations: [{ conversation: conversation(), contactId: 5 }, { conversation: conversation({ id: 4 }), contactId: 6 }] });
      expect(pushes).toEqual([
        ['toAgents', 'conversation.updated', { conversation: conversation() }],
        ['toAgents', 'conversation.updated', { conversation: conversation({ id: 4 }) }],
        ['toVisitor', 2, 'v1', 'conversation.updated', { conversation: { id: 3, status: 'assigned' } }],
      ]);
    });

    it('tells each new holder of a routing batch first, then shows the batch as updated', async () => {
      const other = conversation({ id: 4, assigneeId: 12 });
      await bus.emit('conversation.routed', { conversations: [{ conversation: conversation(), contactId: 6 }, { conversation: other, contactId: 6 }] });
      expect(pushes).toEqual([
        ['toAgent', 11, 'conversation.assigned', { conversation: conversation() }],
        ['toAgent', 12, 'conversation.assigned', { conversation: other }],
        ['toAgents', 'conversation.updated', { conversation: conversation() }],
        ['toAgents', 'conversation.updated', { conversation: other }],
      ]);
    });

    it('offers to each operator named, and shows a queue that keeps a conversation', async () => {
      await bus.emit('conversation.offered', { conversation: conversation(), agentIds: [11, 12] });
      await bus.emit('conversation.left-in-queue', { conversationId: 3, inboxId: 2 });
      expect(pushes).toEqual([
        ['toAgent', 11, 'conversation.offered', { conversation: conversation() }],
        ['toAgent', 12, 'conversation.offered', { conversation: conversation() }],
        ['toAgents', 'queue.updated', { inboxId: 2 }],
      ]);
    });

    it('tells each widget watching a queued conversation its place', async () => {
      await bus.emit('conversation.queue-positions', {
        inboxId: 2,
        places: [
          { conversationId: 3, position: 1, expectedWaitMs: 60_000, first: true, viewers: ['v1', 'v2'] },
          { conversationId: 4, position: 2, expectedWaitMs: null, first: false, viewers: [] },
        ],
      });
      expect(pushes).toEqual([
        ['toVisitor', 2, 'v1', 'queue.position', { conversationId: 3, position: 1, expectedWaitMs: 60_000 }],
        ['toVisitor', 2, 'v2', 'queue.position', { conversationId: 3, position: 1, expectedWaitMs: 60_000 }],
      ]);
    });
  });

  describe('contacts', () => {
    it('shows a changed contact, and a merge as the survivor under the merged id', async () => {
      await bus.emit('contact.updated', { contactId: 5 });
      await bus.emit('contact.merged', { mergedId: 6, survivorId: 5 });
      expect(pushes).toEqual([
        ['toAgents', 'contact.updated', { contact: { id: 5, name: 'presented' } }],
        ['toAgents', 'contact.merged', { contactId: 6, contact: { id: 5, name: 'presented' } }],
      ]);
    });
  });

  describe('typing', () => {
    it('shows an operator typing in the customer\'s widgets, and the customer typing to the tabs watching the conversation', async () => {
      await bus.emit('agent.typing', { conversationId: 3, inboxId: 2, contactId: 5, agentId: 11, on: true });
      await bus.emit('contact.typing', { conversationId: 3, on: false });
      expect(pushes).toEqual([
        ['toVisitor', 2, 'v1', 'typing', { on: true }],
        ['toVisitor', 2, 'v2', 'typing', { on: true }],
        ['toWatchers', 3, 'typing', { conversationId: 3, on: false, who: 'contact' }],
      ]);
    });
  });

  describe('the floor', () => {
    it('shows an operator\'s change to every operator', async () => {
      const agent = { id: 11, name: 'Ann' } as never;
      await bus.emit('agent.updated', { agent });
      expect(pushes).toEqual([['toAgents', 'agent.updated', { agent }]]);
    });

    it('tells only the mentioned operator of a mention', async () => {
      const mention = { id: 3, conversationId: 8, messageId: 21, authorId: 2, authorName: 'Ann', contactName: null, excerpt: '@olga look', createdAt: '2026-01-01T00:00:00.000Z', readAt: null };
      await bus.emit('mention.created', { agentId: 5, mention });
      expect(pushes).toEqual([['toAgent', 5, 'mention.created', { mention }]]);
    });

    it('shows a changed label catalogue to every operator', async () => {
      const labels = [{ id: 1, name: 'Billing', color: '#2f80ed', description: null, conversations: 3, createdAt: '2026-01-01T00:00:00.000Z' }];
      await bus.emit('labels.changed', { labels });
      expect(pushes).toEqual([['toAgents', 'labels.updated', { labels }]]);
    });

    it('shows the board to supervisors and a linked number\'s connection to admins only', async () => {
      const board = { at: '2026-01-01T00:00:00.000Z', agents: [], inboxes: [] } as never;
      const state = { status: 'qr', qr: 'login', attempts: 0 } as const;
      await bus.emit('board.computed', { board });
      await bus.emit('whatsapp.state-changed', { inboxId: 2, state });
      expect(pushes).toEqual([
        ['toSupervisors', 'board.updated', { board }],
        ['toAdmins', 'whatsapp.state', { inboxId: 2, state }],
      ]);
    });
  });

  describe('SLA', () => {
    it('warns of a target near its due time and of a breach the holder and the supervisors, or the supervisors alone when nobody holds it', async () => {
      const alert = { conversationId: 3, inboxId: 2, assigneeId: 11, target: 'first_response' as const, policyId: 1, dueAt: '2026-01-01T00:00:00.000Z' };
      await bus.emit('sla.warning', alert);
      await bus.emit('sla.breached', { ...alert, assigneeId: null });
      expect(pushes).toEqual([
        ['toAgentAndSupervisors', 11, 'sla.warning', alert],
        ['toAgentAndSupervisors', null, 'sla.breached', { ...alert, assigneeId: null }],
      ]);
    });
  });
});
