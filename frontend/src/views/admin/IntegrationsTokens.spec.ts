import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ApiTokenDto } from '../../api/types';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import IntegrationsTokens from './IntegrationsTokens.vue';

const billing = { id: 3, name: 'Billing' };
const SECRET = 'inb_0123456789abcdefghijklmnopqrstuv';

function token(over: Partial<ApiTokenDto> & Pick<ApiTokenDto, 'id' | 'name'>): ApiTokenDto {
  return { secretStart: 'inb_0123', scopes: ['read'], teamIds: [], expiresAt: null, lastUsedAt: null, createdById: 1, createdAt: '2030-01-01T10:00:00.000Z', ...over };
}

const query = (selector: string) => document.body.querySelector(selector) as HTMLElement | null;

describe('Settings → Integrations → API tokens', () => {
  const api = withFakeApi();

  function mountView() {
    const { bodies, record } = bodyRecorder();
    const crm = token({ id: 4, name: 'CRM sync', scopes: ['read', 'contacts'], teamIds: [3], lastUsedAt: '2030-01-02T10:00:00.000Z' });
    const { wrapper, calls } = api.mount(IntegrationsTokens, {
      'GET /api/api-tokens': () => ({ items: [crm] }),
      'GET /api/teams': () => ({ items: [billing] }),
      'POST /api/api-tokens': (url, init) => {
        const body = JSON.parse(String(init?.body));
        return record('create', { token: token({ id: 5, ...body, secretStart: SECRET.slice(0, 8) }), secret: SECRET })(url, init);
      },
      'DELETE /api/api-tokens/4': () => new Response(null, { status: 204 }),
    });
    return { wrapper, bodies, calls };
  }

  it('lists the tokens with their scopes, teams, expiry and last use, never a secret', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    const row = wrapper.find('[data-token-id="4"]');
    expect(row.text()).toContain('CRM sync');
    expect(row.find('[data-scopes]').text()).toBe('Read, Contacts');
    expect(row.find('[data-teams]').text()).toBe('Billing');
    expect(row.text()).toContain('Never');
    expect(row.find('[data-last-used]').text()).not.toBe('Not yet');
  });

  it('creates a token from the form and shows its secret once, with a copy button and a warning', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-create-token]').trigger('click');
    await flushPromises();
    const name = query('input[name="name"]') as HTMLInputElement;
    name.value = 'Reports';
    name.dispatchEvent(new Event('input'));
    (query('[data-scope="conversations"]') as HTMLInputElement).click();
    (query('[data-team="3"]') as HTMLInputElement).click();
    const expires = query('input[name="expires"]') as HTMLInputElement;
    expires.value = '2031-05-01T12:30';
    expires.dispatchEvent(new Event('input'));
    await flushPromises();
    (query('[data-save-token]') as HTMLButtonElement).click();
    await flushPromises();
    expect(bodies.create).toEqual({ name: 'Reports', scopes: ['read', 'conversations'], teamIds: [3], expiresAt: new Date('2031-05-01T12:30').toISOString() });
    expect(query('[data-token-secret]')?.textContent).toBe(SECRET);
    expect(document.body.textContent).toContain('it is shown only this once');
    (query('[data-copy-secret]') as HTMLButtonElement).click();
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(query('[data-copy-secret]')?.textContent).toBe('Copied');
    (query('[data-close-secret]') as HTMLButtonElement).click();
    await flushPromises();
    expect(query('[data-token-secret]')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(wrapper.find('[data-token-id="5"]').text()).toContain('Reports');
  });

  it('revokes a token only after a confirmation', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    await wrapper.find('[data-token-id="4"] [data-revoke-token]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('Revoke token CRM sync?');
    expect(calls).not.toContain('DELETE /api/api-tokens/4');
    (query('[data-confirm-revoke]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls).toContain('DELETE /api/api-tokens/4');
    expect(wrapper.find('[data-token-id="4"]').exists()).toBe(false);
  });
});
