import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../testing/app';
import SlaBadge from './SlaBadge.vue';

const sla = { target: 'first_response' as const, amberAt: '2026-12-01T10:00:45.000Z', dueAt: '2026-12-01T10:01:00.000Z' };
const badge = (now: string, over: Partial<typeof sla> | { amberAt: null; dueAt: null } = {}) =>
  mountWithApp(SlaBadge, { props: { sla: { ...sla, ...over }, now: Date.parse(now) } }).wrapper.find('[data-sla]');

describe('SlaBadge', () => {
  it('counts down in green, turns amber at the amber point and red at the due time, then counts the overdue time', () => {
    expect(badge('2026-12-01T10:00:00Z').attributes('data-sla')).toBe('ok');
    expect(badge('2026-12-01T10:00:00Z').text()).toBe('1 min');
    expect(badge('2026-12-01T10:00:50Z').attributes('data-sla')).toBe('warning');
    const late = badge('2026-12-01T10:03:00Z');
    expect(late.attributes('data-sla')).toBe('breached');
    expect(late.text()).toBe('−2 min');
    expect(late.attributes('title')).toBe('SLA: First response');
    expect(badge('2026-12-01T10:01:00.200Z').text()).toBe('−1 s');
  });

  it('says paused while the target does not run', () => {
    const paused = badge('2026-12-01T10:03:00Z', { amberAt: null, dueAt: null });
    expect(paused.attributes('data-sla')).toBe('paused');
    expect(paused.text()).toBe('Paused');
  });
});
