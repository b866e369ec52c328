import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api, type LabelInput } from '../api/endpoints';
import type { LabelDto } from '../api/types';

const byName = (a: LabelDto, b: LabelDto) => a.name.localeCompare(b.name);

/** The label catalogue: the picker, the list's filter and the admin screen read it; `labels.updated` replaces it live. */
export const useLabelsStore = defineStore('labels', () => {
  const items = ref<LabelDto[]>([]);
  const loaded = ref(false);

  async function load() {
    items.value = (await api.labels()).items;
    loaded.value = true;
  }

  /** Once per session; the socket keeps it current after that. */
  async function ensureLoaded() {
    if (!loaded.value) await load();
  }

  /** The whole catalogue as the server pushed it after an admin's change. */
  function replace(labels: LabelDto[]) {
    items.value = [...labels].sort(byName);
    loaded.value = true;
  }

  function put(label: LabelDto) {
    items.value = [...items.value.filter((l) => l.id !== label.id), label].sort(byName);
    return label;
  }

  async function create(input: LabelInput) {
    return put((await api.createLabel(input)).label);
  }

  async function update(id: number, input: LabelInput) {
    return put((await api.updateLabel(id, input)).label);
  }

  async function remove(id: number) {
    await api.deleteLabel(id);
    items.value = items.value.filter((l) => l.id !== id);
  }

  return { items, loaded, load, ensureLoaded, replace, create, update, remove };
});
