import type { DeliveryStatus } from '@inbox/connectors';

const ORDER: Record<DeliveryStatus, number> = { pending: 0, sent: 1, delivered: 2, read: 3, failed: -1 };

/**
 * The status a provider's report moves a message to, or null to keep it.
 * Reports arrive out of order (WhatsApp may send `read` before
 * `delivered`, a resent webhook repeats one), so a status only ever moves
 * forward: pending → sent → delivered → read. `failed` wins over `pending`
 * and `sent` (the provider gave up), never over `delivered` or `read` (the
 * customer has it).
 */
export function nextDeliveryStatus(current: DeliveryStatus, reported: Exclude<DeliveryStatus, 'pending'>): DeliveryStatus | null {
  if (current === reported) return null;
  if (reported === 'failed') return current === 'pending' || current === 'sent' ? 'failed' : null;
  if (current === 'failed') return null;
  return ORDER[reported] > ORDER[current] ? reported : null;
}
