import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api, type AttributeChanges, type ContactChanges } from '../api/endpoints';
import type { ContactDetailsDto, ConversationDto, DuplicateContactDto } from '../api/types';
import { frozenRow } from '../lib/frozen-row';

/**
 * The contact beside the open conversation: their details, their other
 * conversations and the other contacts that may be the same person. The
 * conversations store says which contact to show; corrections and merges
 * start here.
 */
export const useContactPanelStore = defineStore('contact-panel', () => {
  const contact = ref<ContactDetailsDto | null>(null);
  const history = ref<ConversationDto[]>([]);
  /** Other contacts with the same phone or e-mail as `contact`: candidates for a merge. */
  const duplicates = ref<DuplicateContactDto[]>([]);

  /** Shows the open conversation's contact, then fetches what the panel lists beside them. */
  async function show(next: ContactDetailsDto): Promise<void> {
    contact.value = next;
    await loadRelated(next.id);
  }

  function forget(): void {
    contact.value = null;
    history.value = [];
    duplicates.value = [];
  }

  /** The contact's other conversations and possible duplicates: extras of the panel, so a failure just leaves them empty. */
  async function loadRelated(contactId: number): Promise<void> {
    const [found, same] = await Promise.all([
      api.contactHistory(contactId).catch(() => ({ items: [] as ConversationDto[] })),
      api.contactDuplicates(contactId).catch(() => ({ items: [] as DuplicateContactDto[] })),
    ]);
    // Another contact was opened meanwhile.
    if (contact.value?.id !== contactId) return;
    history.value = found.items.map(frozenRow);
    duplicates.value = same.items;
  }

  /** One of the contact's conversations changed: its line in the history follows. */
  function conversationChanged(row: ConversationDto): void {
    const at = history.value.findIndex((h) => h.id === row.id);
    if (at >= 0) history.value.splice(at, 1, row);
  }

  /** Saves the operator's correction of the contact; errors (400 naming the field) go to the caller. */
  async function save(changes: ContactChanges): Promise<void> {
    const id = contact.value?.id;
    if (!id) return;
    changed((await api.updateContact(id, changes)).contact);
  }

  /** Some of the contact's custom attributes; errors (400 naming the attribute) go to the caller. */
  async function saveAttributes(changes: AttributeChanges): Promise<void> {
    const id = contact.value?.id;
    if (!id) return;
    changed((await api.setContactAttributes(id, changes)).contact);
  }

  /** A contact marked as spam (an automation rule) may write again; errors go to the caller. */
  async function unblock(): Promise<void> {
    const id = contact.value?.id;
    if (id === undefined) return;
    changed((await api.unblockContact(id)).contact);
  }

  /** `contact.updated` from the socket, or our own save: the panel shows it if that contact is open. */
  function changed(next: ContactDetailsDto): void {
    if (contact.value?.id === next.id) contact.value = next;
  }

  /**
   * Merges `otherId` into the contact shown; errors (409 with the server's
   * reason) go to the caller. The rows of both follow by `contact.merged`,
   * which every operator gets.
   */
  async function merge(otherId: number): Promise<void> {
    const id = contact.value?.id;
    if (!id) return;
    await merged(otherId, (await api.mergeContact(id, otherId)).contact);
  }

  /**
   * `contactId` is gone into `survivor`: the panel shows the survivor if it
   * showed either, and reloads what the merge changed if it showed either or
   * listed one of them as a duplicate.
   */
  async function merged(mergedId: number, survivor: ContactDetailsDto): Promise<void> {
    if (!contact.value) return;
    const involved = (id: number) => id === mergedId || id === survivor.id;
    if (involved(contact.value.id)) contact.value = survivor;
    else if (!duplicates.value.some((d) => involved(d.id))) return;
    await loadRelated(contact.value.id);
  }

  return { contact, history, duplicates, show, forget, conversationChanged, save, saveAttributes, unblock, changed, merge, merged };
});
