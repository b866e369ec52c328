import { describe, expect, it } from 'vitest';
import { slaLeftMs, slaTone } from './sla';

const sla = { target: 'first_response' as const, amberAt: '2026-12-01T10:00:45.000Z', dueAt: '2026-12-01T10:01:00.000Z' };
const at = (iso: string) => Date.parse(iso);

describe('slaTone', () => {
  it('is green, then amber at the amber point, then red at the due time', () => {
    expect(slaTone(sla, at('2026-12-01T10:00:44.999Z'))).toBe('ok');
    expect(slaTone(sla, at('2026-12-01T10:00:45.000Z'))).toBe('warning');
    expect(slaTone(sla, at('2026-12-01T10:01:00.000Z'))).toBe('breached');
  });

  it('is paused without a due time', () => {
    expect(slaTone({ ...sla, amberAt: null, dueAt: null }, at('2026-12-01T10:05:00Z'))).toBe('paused');
  });
});

describe('slaLeftMs', () => {
  it('counts down to the due time and past it', () => {
    expect(slaLeftMs(sla, at('2026-12-01T10:00:00Z'))).toBe(60_000);
    expect(slaLeftMs(sla, at('2026-12-01T10:02:00Z'))).toBe(-60_000);
    expect(slaLeftMs({ ...sla, dueAt: null }, at('2026-12-01T10:02:00Z'))).toBeNull();
  });
});
