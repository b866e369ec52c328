/**
 * When the queue message speaks (docs/automation.md): a text is no live
 * view, so it says the place on few occasions — the first place the
 * customer is told, and the moment they become next in line — never on
 * every move. The site widget shows the place live above its composer, so
 * there the text is said only once.
 */

/** Whether a told place could call for a text at all: the first told, or 1. The job decides against the messages already sent. */
export function mayCallForQueueMessage(told: { position: number; first: boolean }): boolean {
  return told.first || told.position === 1;
}

/**
 * Whether to send the queue message for this place, given the places
 * earlier queue messages of the conversation said.
 */
export function queueMessageDue(position: number, alreadySaid: readonly number[], showsPlaceLive: boolean): boolean {
  if (alreadySaid.length === 0) return true;
  return !showsPlaceLive && position === 1 && !alreadySaid.includes(1);
}
