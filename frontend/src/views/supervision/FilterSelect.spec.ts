import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '../../testing/app';
import FilterSelect from './FilterSelect.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

async function pick(w: VueWrapper, index: number) {
  const select = w.get('select[name=inboxId]');
  (select.element as HTMLSelectElement).selectedIndex = index;
  await select.trigger('change');
}

describe('FilterSelect', () => {
  it('offers All (null) before the choices and reports the one picked', async () => {
    wrapper = mountWithApp(FilterSelect, {
      props: { label: 'Inbox', name: 'inboxId', modelValue: null, choices: [{ value: 4, label: 'Site' }, { value: 7, label: 'Hotline' }] },
    }).wrapper as VueWrapper;
    expect(wrapper.get('span').text()).toBe('Inbox');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['All', 'Site', 'Hotline']);
    await pick(wrapper, 2);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([7]);
    await pick(wrapper, 0);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([null]);
  });
});
