import type { InboxInfo, Message } from '../types';

let seq = 1000;

/** A server message with sensible defaults; override what the test is about. */
export function makeMessage(overrides: Partial<Message> = {}): Message {
  const id = overrides.id ?? seq++;
  return {
    id,
    conversationId: 7,
    direction: 'out',
    senderType: 'agent',
    senderName: 'Anna',
    kind: 'text',
    text: `message ${id}`,
    attachments: [],
    status: 'sent',
    clientMessageId: null,
    createdAt: new Date(Date.UTC(2030, 0, 1, 12, 0, id % 60)).toISOString(),
    ...overrides,
  };
}

/** The visitor's own message as the server stores it. */
export function makeVisitorMessage(clientMessageId: string, overrides: Partial<Message> = {}): Message {
  return makeMessage({ direction: 'in', senderType: 'contact', senderName: null, clientMessageId, ...overrides });
}

/** An inbox's widget settings as a session brings them: the defaults of a new inbox. */
export function makeInbox(overrides: Partial<InboxInfo> = {}): InboxInfo {
  return { name: 'Acme Support', maxUploadBytes: 1024 * 1024, position: 'right', preChatFields: {}, showAgentNames: true, showAgentInitials: true, away: null, ...overrides };
}
