import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mountWithApp } from '../testing/app';
import FormModal from './FormModal.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function open(props: Record<string, unknown>, slots: Record<string, () => unknown> = {}) {
  wrapper = mountWithApp(FormModal, {
    props: { title: 'New thing', formId: 'thing-form', ...props },
    slots: { default: () => h('input', { name: 'name' }), ...slots },
    global: { stubs: { teleport: true } },
  }).wrapper as VueWrapper;
  return wrapper;
}

describe('FormModal', () => {
  it('submits its form from the Save button in the footer and closes on Cancel', async () => {
    const w = open({});
    const save = w.get('button[type=submit]');
    expect(save.attributes('form')).toBe('thing-form');
    expect(w.get('form').attributes('id')).toBe('thing-form');
    expect(w.find('form input[name=name]').exists()).toBe(true);
    await w.get('form').trigger('submit');
    expect(w.emitted('submit')).toHaveLength(1);
    await w.get('button.btn:not(.primary):not([data-close])').trigger('click');
    expect(w.emitted('close')).toHaveLength(1);
  });

  it('shows the error as an alert and keeps Save off while busy', () => {
    const w = open({ error: 'Give it a name.', busy: true });
    expect(w.get('[role="alert"]').text()).toBe('Give it a name.');
    expect(w.get('button[type=submit]').attributes('disabled')).toBeDefined();
  });

  it('shows the outcome and its own footer in place of the form once there is one', () => {
    const w = open({}, { outcome: () => h('code', 'https://example.test/hook'), footer: () => h('button', { class: 'done' }, 'Done') });
    expect(w.find('form').exists()).toBe(false);
    expect(w.get('[data-created] code').text()).toBe('https://example.test/hook');
    expect(w.find('button[type=submit]').exists()).toBe(false);
    expect(w.get('footer button.done').text()).toBe('Done');
  });
});
