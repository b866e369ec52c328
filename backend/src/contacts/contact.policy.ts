import { toE164, type ChannelType } from '@inbox/connectors';
import { phoneField } from './phone-input';

/** What an operator may set on a contact; `null` clears a field. */
export interface ContactChanges {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  language?: string | null;
}

export const EDITABLE_CONTACT_FIELDS = ['name', 'email', 'phone', 'language'] as const;

/**
 * The columns to write for validated input: trimmed, empty text as "cleared",
 * e-mail lowercased as inbound identities store it, the phone in E.164 as
 * WhatsApp senders and callers are stored (a national number read in
 * `phoneCountry`), so the same number typed two ways is one value and
 * contacts with the same phone merge. A phone that is none is a 400.
 * Fields left out stay as they are.
 */
export function contactColumns(changes: ContactChanges, phoneCountry: string | null): ContactChanges {
  const columns: ContactChanges = {};
  for (const field of EDITABLE_CONTACT_FIELDS) {
    if (!(field in changes) || changes[field] === undefined) continue;
    const value = changes[field]?.trim() || null;
    if (value === null) columns[field] = null;
    else if (field === 'email') columns[field] = value.toLowerCase();
    else if (field === 'phone') columns[field] = phoneField('phone', value, phoneCountry);
    else columns[field] = value;
  }
  return columns;
}

/** Column sizes of `contacts` (contact.entity.ts). */
const CONTACT_LIMITS = { name: 200, email: 254, phone: 32, language: 16 } as const;

/**
 * A new contact's columns from what a provider said about the sender.
 * Providers (and whoever forges a signed-looking payload) may send more
 * than a column holds: a name is clipped, an address, phone or language
 * that does not fit is left out, so the message is never refused for it.
 */
export function inboundContactColumns(sender: { name?: string; email?: string; phone?: string; language?: string }): { name: string | null; email: string | null; phone: string | null; language: string | null } {
  const fits = (value: string | undefined, max: number) => (value && value.length <= max ? value : null);
  return {
    name: sender.name?.trim().slice(0, CONTACT_LIMITS.name) || null,
    email: fits(sender.email?.toLowerCase(), CONTACT_LIMITS.email),
    phone: fits(sender.phone, CONTACT_LIMITS.phone),
    language: fits(sender.language, CONTACT_LIMITS.language),
  };
}

type Person = { name: string | null; email: string | null; phone: string | null; language: string | null; country: string | null; attributes: Record<string, unknown> };

/**
 * What makes two contacts one person: the same phone or the
 * same e-mail address, as stored (both normalized on the way in). Null when
 * they share neither, and then they must not be merged.
 */
export function sharedAddress(a: Pick<Person, 'email' | 'phone'>, b: Pick<Person, 'email' | 'phone'>): 'phone' | 'email' | null {
  if (a.phone && a.phone === b.phone) return 'phone';
  if (a.email && a.email.toLowerCase() === b.email?.toLowerCase()) return 'email';
  return null;
}

/** Channels whose identity is a phone number the provider saw the customer use. */
const PHONE_CHANNELS: ReadonlySet<ChannelType | null> = new Set<ChannelType>(['whatsapp', 'whatsapp-cloud', 'twilio-voice']);

type ContactWithIdentities = Pick<Person, 'email' | 'phone'> & { identities: Array<{ channel: ChannelType | null; externalId: string }> };

/**
 * Whether a channel vouches for the contact's address: the customer wrote
 * from that e-mail address, or messaged or called from that number. Typed
 * into the widget, or by an operator, it is only a claim.
 */
function verifiedAddress(contact: ContactWithIdentities, field: 'email' | 'phone'): boolean {
  const value = contact[field];
  if (!value) return false;
  if (field === 'email') return contact.identities.some((i) => i.channel === 'email' && i.externalId.toLowerCase() === value.toLowerCase());
  return contact.identities.some((i) => PHONE_CHANNELS.has(i.channel) && toE164(i.externalId) === value);
}

/**
 * Why two contacts are offered as one person, and whether both addresses
 * were vouched for by a channel. An unverified match may be anyone who
 * typed someone else's address, so the panel says so before a merge.
 */
export function duplicateMatch(a: ContactWithIdentities, b: ContactWithIdentities): { field: 'phone' | 'email'; verified: boolean } | null {
  const shared = (['phone', 'email'] as const).filter((field) => (field === 'email' ? a.email && a.email.toLowerCase() === b.email?.toLowerCase() : a.phone && a.phone === b.phone));
  const matches = shared.map((field) => ({ field, verified: verifiedAddress(a, field) && verifiedAddress(b, field) }));
  return matches.find((m) => m.verified) ?? matches[0] ?? null;
}

/**
 * The survivor's columns after a merge: what it knows stays, what only the
 * other contact knew fills its gaps; attributes the same way, key by key.
 */
export function mergedColumns(survivor: Person, merged: Person): Person {
  const pick = <K extends 'name' | 'email' | 'phone' | 'language' | 'country'>(field: K) => survivor[field] ?? merged[field];
  return {
    name: pick('name'),
    email: pick('email'),
    phone: pick('phone'),
    language: pick('language'),
    country: pick('country'),
    attributes: { ...merged.attributes, ...survivor.attributes },
  };
}

/**
 * Why the merge cannot go ahead, or null. Each contact has at most one open
 * conversation per inbox (the open key), so two open ones in one inbox must
 * not become one contact's; closing one first keeps every message where the
 * operator expects it. Outside the widget a contact is one address per
 * inbox, which is where replies go, so two addresses in one such inbox
 * would leave one of them without answers.
 */
export function mergeConflict(
  survivor: { openInboxIds: number[]; identityInboxIds: number[] },
  merged: { openInboxIds: number[]; identityInboxIds: number[] },
  isWidget: (inboxId: number) => boolean,
): { reason: 'both-open' | 'two-addresses'; inboxId: number } | null {
  const bothOpen = merged.openInboxIds.find((id) => survivor.openInboxIds.includes(id));
  if (bothOpen !== undefined) return { reason: 'both-open', inboxId: bothOpen };
  const twoAddresses = merged.identityInboxIds.find((id) => survivor.identityInboxIds.includes(id) && !isWidget(id));
  if (twoAddresses !== undefined) return { reason: 'two-addresses', inboxId: twoAddresses };
  return null;
}
