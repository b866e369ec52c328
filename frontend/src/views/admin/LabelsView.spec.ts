import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import LabelsView from './LabelsView.vue';

const billing = { id: 3, name: 'Billing', color: '#2f80ed', description: 'Invoices', conversations: 4, createdAt: '2026-01-01T00:00:00.000Z' };
const unused = { id: 5, name: 'Spam', color: '#999999', description: null, conversations: 0, createdAt: '2026-01-01T00:00:00.000Z' };

describe('Settings → Labels', () => {
  const api = withFakeApi();

  function mountView(createAnswer: (url: URL, init?: RequestInit) => unknown = (_url, init) => ({ label: { ...unused, id: 9, ...JSON.parse(String(init?.body)), conversations: 0 } })) {
    const { bodies, record } = bodyRecorder();
    const { wrapper, calls } = api.mount(LabelsView, {
      'GET /api/labels': () => ({ items: [billing, unused] }),
      'POST /api/labels': (url, init) => record('create', null)(url, init) ?? createAnswer(url, init),
      'PATCH /api/labels/3': (url, init) => record('update', { label: { ...billing, ...JSON.parse(String(init?.body)) } })(url, init),
      'DELETE /api/labels/\\d+': () => new Response(null, { status: 204 }),
    });
    return { wrapper, bodies, calls };
  }

  it('lists the labels as colour chips with how many conversations carry each', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    const row = wrapper.find('[data-label-row="3"]');
    expect(row.find('[data-label-id="3"]').text()).toBe('Billing');
    expect(row.find('[data-label-id="3"]').attributes('style')).toContain('--chip: #2f80ed');
    expect(row.find('.count').text()).toBe('4');
  });

  it('creates a label with its colour; an empty description is sent as none', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-create-label] input[name="name"]').setValue('  Refund ');
    await wrapper.find('[data-create-label] input[name="color"]').setValue('#eb5757');
    await wrapper.find('[data-create-label]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({ name: 'Refund', color: '#eb5757', description: null });
    expect(wrapper.find('[data-label-row="9"]').text()).toContain('Refund');
  });

  it('shows the server’s 409 for a taken name and keeps what was typed', async () => {
    const refusal = 'name: a label called "billing" already exists';
    const { wrapper } = mountView(() => new Response(JSON.stringify({ statusCode: 409, message: refusal }), { status: 409, headers: { 'content-type': 'application/json' } }));
    await flushPromises();
    await wrapper.find('[data-create-label] input[name="name"]').setValue('billing');
    await wrapper.find('[data-create-label]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain(refusal);
    expect((wrapper.find('[data-create-label] input[name="name"]').element as HTMLInputElement).value).toBe('billing');
  });

  it('edits a label in place', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-label-row="3"] [data-edit]').trigger('click');
    await wrapper.find('[data-edit-label] input[name="name"]').setValue('Payments');
    await wrapper.find('[data-edit-label]').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({ name: 'Payments', color: '#2f80ed', description: 'Invoices' });
    expect(wrapper.find('[data-label-row="3"]').text()).toContain('Payments');
  });

  it('deletes only after a confirmation naming how many conversations carry the label', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    await wrapper.find('[data-label-row="3"] [data-delete]').trigger('click');
    await flushPromises();
    expect(document.body.querySelector('[data-delete-lead]')?.textContent).toContain('taken off the 4 conversations that carry it');
    expect(calls).not.toContain('DELETE /api/labels/3');
    (document.body.querySelector('[data-confirm-delete]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls).toContain('DELETE /api/labels/3');
    expect(wrapper.find('[data-label-row="3"]').exists()).toBe(false);
  });

  it('says a label nobody carries is simply deleted', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    await wrapper.find('[data-label-row="5"] [data-delete]').trigger('click');
    await flushPromises();
    expect(document.body.querySelector('[data-delete-lead]')?.textContent).toBe('No conversation carries it: it is simply deleted.');
  });
});
