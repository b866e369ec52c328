import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, type AttributeDefinitionInput } from '../api/endpoints';
import type { AttributeDefinitionDto } from '../api/types';

/** Contacts' first, then conversations', each in the order defined: as the server lists them. */
const inOrder = (a: AttributeDefinitionDto, b: AttributeDefinitionDto) => a.target.localeCompare(b.target) || a.id - b.id;

/** Custom attribute definitions: the contact panel, the dialog's attributes and Settings → Custom attributes read them. */
export const useAttributesStore = defineStore('attributes', () => {
  const items = ref<AttributeDefinitionDto[]>([]);
  const loaded = ref(false);
  const ofContacts = computed(() => items.value.filter((d) => d.target === 'contact'));
  const ofConversations = computed(() => items.value.filter((d) => d.target === 'conversation'));

  async function load() {
    items.value = (await api.attributeDefinitions()).items;
    loaded.value = true;
  }

  /** Once per session; the settings page loads afresh. */
  async function ensureLoaded() {
    if (!loaded.value) await load();
  }

  function put(definition: AttributeDefinitionDto) {
    items.value = [...items.value.filter((d) => d.id !== definition.id), definition].sort(inOrder);
    return definition;
  }

  async function create(input: AttributeDefinitionInput) {
    return put((await api.createAttributeDefinition(input)).definition);
  }

  async function update(id: number, input: AttributeDefinitionInput) {
    return put((await api.updateAttributeDefinition(id, input)).definition);
  }

  async function remove(id: number) {
    await api.deleteAttributeDefinition(id);
    items.value = items.value.filter((d) => d.id !== id);
  }

  return { items, loaded, ofContacts, ofConversations, load, ensureLoaded, create, update, remove };
});
