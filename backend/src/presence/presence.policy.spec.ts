import { describe, expect, it } from 'vitest';
import { graceDeadline } from './presence.policy';

const at = (iso: string) => new Date(iso);

describe('graceDeadline', () => {
  it('is nothing for an operator who is online and connected', () => {
    expect(graceDeadline({ status: 'online', statusChangedAt: at('2026-01-01T10:00:00Z'), disconnectedAt: null }, 120_000)).toBeNull();
    expect(graceDeadline({ status: 'away', statusChangedAt: null, disconnectedAt: null }, 120_000)).toBeNull();
  });

  it('runs from the last change to offline', () => {
    expect(graceDeadline({ status: 'offline', statusChangedAt: at('2026-01-01T10:00:02Z'), disconnectedAt: null }, 3000)).toEqual({
      at: Date.parse('2026-01-01T10:00:05Z'),
      reason: 'offline',
    });
  });

  it('runs from the moment the last connection closed, for online and away alike', () => {
    for (const status of ['online', 'away'] as const) {
      expect(graceDeadline({ status, statusChangedAt: at('2026-01-01T09:00:00Z'), disconnectedAt: at('2026-01-01T10:00:00Z') }, 60_000)).toEqual({
        at: Date.parse('2026-01-01T10:01:00Z'),
        reason: 'disconnected',
      });
    }
  });

  it('takes a manual offline over a disconnect', () => {
    const row = { status: 'offline' as const, statusChangedAt: at('2026-01-01T10:00:30Z'), disconnectedAt: at('2026-01-01T10:00:00Z') };
    expect(graceDeadline(row, 60_000)).toEqual({ at: Date.parse('2026-01-01T10:01:30Z'), reason: 'offline' });
  });

  it('reads SQLite text times as UTC', () => {
    expect(graceDeadline({ status: 'online', statusChangedAt: null, disconnectedAt: '2026-01-01 10:00:00.000' }, 1000)?.at).toBe(Date.parse('2026-01-01T10:00:01Z'));
  });
});
