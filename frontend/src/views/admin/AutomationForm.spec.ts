import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http } from '../../api/http';
import { fakeFetch, inbox, mountWithApp } from '../../testing/app';
import AutomationForm from './AutomationForm.vue';

let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
  http.setBaseUrl('');
});

const shopChat = inbox({ id: 4, type: 'webchat', name: 'Shop chat', publicKey: 'k', automation: { goodbye: { enabled: false, text: { en: 'Bye!' } }, csat: { enabled: true } } });

function mountForm() {
  http.setBaseUrl('http://inbox.test');
  const bodies: unknown[] = [];
  const routes = fakeFetch({
    'PATCH /api/inboxes/4': (_url, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return { inbox: shopChat };
    },
  });
  vi.stubGlobal('fetch', routes.fn);
  wrapper = mountWithApp(AutomationForm, { props: { inbox: shopChat }, global: { stubs: { teleport: true } } }).wrapper;
  return { wrapper, bodies, calls: routes.calls };
}

describe('AutomationForm', () => {
  it('sends the greeting, business hours and the sections as stored, switched as the admin set them', async () => {
    const { wrapper, bodies } = mountForm();
    const greeting = wrapper.get('[data-section="greeting"]');
    await greeting.get('[name="greeting.enabled"]').setValue(true);
    await greeting.get('[name="greeting.text"]').setValue('Hello {{contact.name | there}}!');
    await wrapper.get('[name="businessHours.enabled"]').setValue(true);
    await wrapper.get('[name="timeZone"]').setValue('Europe/Kyiv');
    await wrapper.get('[name="day.mon"]').setValue('9:00-13:00, 14:00-18:00');
    await wrapper.get('[name="holidays"]').setValue('2026-12-25, 2027-01-01');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies).toEqual([
      {
        automation: {
          defaultLanguage: null,
          greeting: { enabled: true, text: { en: 'Hello {{contact.name | there}}!' } },
          afterHours: null,
          queueMessage: null,
          goodbye: { enabled: false, text: { en: 'Bye!' } },
          autoClose: null,
          businessHours: {
            timeZone: 'Europe/Kyiv',
            weekly: { mon: [{ open: '09:00', close: '13:00' }, { open: '14:00', close: '18:00' }] },
            holidays: ['2026-12-25', '2027-01-01'],
          },
          csat: { enabled: true },
        },
      },
    ]);
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('names what to fix before sending anything', async () => {
    const { wrapper, calls } = mountForm();
    await wrapper.get('[name="businessHours.enabled"]').setValue(true);
    await wrapper.get('[name="day.tue"]').setValue('22:00-02:00');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Tuesday: “22:00-02:00” is not like 09:00-18:00.');
    await wrapper.get('[name="day.tue"]').setValue('');
    await wrapper.get('[data-section="autoClose"] [name="autoClose.enabled"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Close after the customer’s silence: write the text, or switch it off.');
    expect(calls).toEqual([]);
  });
});
