import { isOpen } from './business-hours.policy';
import type { InboxAutomation } from './inbox-automation';

/** Which message opens a new conversation: the after-hours reply outside business hours (when on), else the greeting (when on). */
export function openingMessage(automation: InboxAutomation, now: Date): 'greeting' | 'after_hours' | null {
  const hours = automation.businessHours;
  if (hours && automation.afterHours?.enabled && !isOpen(hours, now)) return 'after_hours';
  return automation.greeting?.enabled ? 'greeting' : null;
}
