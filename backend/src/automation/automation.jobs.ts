/** Automation's job names and de-duplication ids, in one place. */
export const AUTOMATION_JOBS = {
  /** Greeting or after-hours reply of a new conversation. */
  opening: 'automation.opening',
  queueMessage: 'automation.queue-message',
  /** Goodbye or auto-close message, then the survey. */
  closed: 'automation.closed',
  /** Looks at a conversation's silence and closes it, or sets the timer for when it is due. */
  autoClose: 'automation.auto-close',
} as const;

export const automationJobIds = {
  opening: (conversationId: number) => `opening:${conversationId}`,
  /** One per place: a later place (next in line) is not swallowed by an earlier one still waiting for the greeting. */
  queueMessage: (conversationId: number, position: number, attempt: number) => `queue-message:${conversationId}:${position}:${attempt}`,
  closed: (conversationId: number) => `closed:${conversationId}`,
  /** One timer per due time: a later reply sets a later timer instead of being swallowed by the earlier one. Due 0: check now. */
  autoClose: (conversationId: number, dueAt: number) => `auto-close:${conversationId}:${dueAt}`,
};
