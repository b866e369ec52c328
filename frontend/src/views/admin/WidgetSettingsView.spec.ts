import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { InboxDto } from '../../api/types';
import { bodyRecorder, inbox, withFakeApi } from '../../testing/app';
import WidgetSettingsView from './WidgetSettingsView.vue';

describe('Settings → Inboxes → Widget', () => {
  const api = withFakeApi();
  const shop = inbox({
    id: 5,
    type: 'webchat',
    name: 'Shop',
    settings: { color: '#2563eb', preChatFields: { name: 'required', email: 'required' } },
    automation: { businessHours: { timeZone: 'UTC', weekly: {} } },
    widgetSnippet: '<script src="http://inbox.test/widget.js" data-inbox="key5" async></script>',
  });

  function mountView(answer: (body: Record<string, unknown>) => InboxDto = (body) => ({ ...shop, settings: body.settings as Record<string, unknown> })) {
    const { bodies, record } = bodyRecorder();
    const { wrapper } = api.mount(
      WidgetSettingsView,
      {
        'GET /api/inboxes': () => ({ items: [shop] }),
        'PATCH /api/inboxes/5': (url, init) => record('update', { inbox: answer(JSON.parse(String(init?.body))) })(url, init),
      },
      { props: { id: '5' } },
    );
    const preview = () => wrapper.get('[data-preview-host]').element.shadowRoot!;
    return { wrapper, bodies, preview };
  }

  it('redraws the real widget in the preview as the form changes', async () => {
    const { wrapper, preview } = mountView();
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Widget of Shop');
    expect(preview().querySelector('.title')?.textContent).toBe('Shop');
    expect([...preview().querySelectorAll('.prechat input')].map((i) => i.getAttribute('name'))).toEqual(['name', 'email']);

    await wrapper.get('input[name="color"]').setValue('#0f766e');
    await wrapper.get('input[name="position"][value="left"]').setValue(true);
    await wrapper.get('input[name="launcherText"]').setValue('Chat with us');
    await wrapper.get('select[name="preChat.email"]').setValue('');
    await wrapper.get('select[name="preChat.phone"]').setValue('optional');
    await wrapper.get('input[name="awayNotice"]').setValue(true);
    await flushPromises();
    const iw = preview().querySelector<HTMLElement>('.iw')!;
    expect(iw.style.getPropertyValue('--iw-accent')).toBe('#0f766e');
    expect(iw.classList.contains('left')).toBe(true);
    expect([...preview().querySelectorAll('.prechat input')].map((i) => i.getAttribute('name'))).toEqual(['name', 'phone']);
    expect(preview().querySelector('label[for="iw-phone"]')?.textContent).toBe('Phone (optional)');
    expect(preview().querySelector<HTMLElement>('.away')?.hidden).toBe(false);

    // The launcher closes the preview's panel and shows the button with its text.
    preview().querySelector<HTMLButtonElement>('.launcher')!.click();
    await flushPromises();
    expect(preview().querySelector<HTMLElement>('.panel')?.hidden).toBe(true);
    expect(preview().querySelector('.launcher-text')?.textContent).toBe('Chat with us');

    await wrapper.get('[data-stage="chat"]').trigger('click');
    preview().querySelector<HTMLButtonElement>('.launcher')!.click();
    // The initials go, the names stay; then the names go too, and the initials' switch with them.
    expect(preview().querySelector<HTMLElement>('.items .who')?.dataset.initial).toBe('A');
    await wrapper.get('input[name="showAgentInitials"]').setValue(false);
    await flushPromises();
    expect(preview().querySelector<HTMLElement>('.items .who')?.dataset.initial).toBeUndefined();
    expect([...preview().querySelectorAll('.items .who')].map((w) => w.textContent)).toEqual(['Anna']);
    await wrapper.get('input[name="showAgentNames"]').setValue(false);
    await flushPromises();
    expect([...preview().querySelectorAll('.items .who')].map((w) => w.textContent)).toEqual(['Shop']);
    expect(wrapper.get<HTMLInputElement>('input[name="showAgentInitials"]').element.disabled).toBe(true);
  });

  it('saves the settings, and refuses a line that is no site address before sending', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.get('select[name="preChat.phone"]').setValue('required');
    await wrapper.get('textarea[name="allowedOrigins"]').setValue('https://shop.example.com\n\nshop.example.com/path');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.update).toBeUndefined();
    expect(wrapper.get('[role="alert"]').text()).toBe('Line 2 is not a site address like https://shop.example.com');

    await wrapper.get('textarea[name="allowedOrigins"]').setValue('https://shop.example.com\n');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({
      settings: {
        color: '#2563eb',
        position: 'right',
        launcherText: '',
        greeting: '',
        preChatFields: { name: 'required', email: 'required', phone: 'required' },
        showAgentNames: true,
        showAgentInitials: true,
        awayNotice: false,
        allowedOrigins: ['https://shop.example.com'],
      },
    });
  });

  it('copies the snippet and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper } = mountView();
    await flushPromises();
    await wrapper.get('[data-copy-snippet]').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(shop.widgetSnippet);
    expect(wrapper.get('[data-copy-snippet]').text()).toBe('✓ Copied');
    expect(wrapper.get('[role="status"]').text()).toBe('Copied');
  });
});
