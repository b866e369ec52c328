import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '../../testing/app';
import FilterSelect from './FilterSelect.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('FilterSelect', () => {
  it('offers All (null) before the choices and reports the one picked', async () => {
    wrapper = mountWithApp(FilterSelect, {
      props: { label: 'Inbox', name: 'inboxId', modelValue: null, choices: [{ value: 4, label: 'Site' }, { value: 7, label: 'Hotline' }] },
    }).wrapper as VueWrapper;
    expect(wrapper.get('span').text()).toBe('Inbox');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['All', 'Site', 'Hotline']);
    await wrapper.findAll('select[name=inboxId] option')[2].setSelected();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([7]);
    await wrapper.findAll('option')[0].setSelected();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([null]);
  });
});
