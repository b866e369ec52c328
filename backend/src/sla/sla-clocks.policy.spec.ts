import { describe, expect, it } from 'vitest';
import { planClocks, soonestDue, wantedClocks, type ClockFacts, type RunningClock, type TargetDurations } from './sla-clocks.policy';

const at = (iso: string) => new Date(iso);
const all: TargetDurations = { first_response: 60_000, next_response: 120_000, resolution: 3_600_000 };
const opened = at('2026-12-01T10:00:00Z');
const facts = (f: Partial<ClockFacts> = {}): ClockFacts => ({ status: 'assigned', openedAt: opened, lastAgentReplyAt: null, awaitingSince: opened, closedAt: null, ...f });
const clock = (c: Partial<RunningClock> & Pick<RunningClock, 'target'>): RunningClock => ({ id: 1, policyId: 1, startedAt: opened, dueAt: at('2026-12-01T10:01:00Z'), breachedAt: null, ...c });

describe('wantedClocks', () => {
  it('runs first response and resolution from the opening until the first reply', () => {
    expect(wantedClocks(all, facts())).toEqual([
      { target: 'first_response', startedAt: opened },
      { target: 'resolution', startedAt: opened },
    ]);
  });

  it('runs next response from the customer’s first message after a reply, and none while waiting on the customer', () => {
    const replied = at('2026-12-01T10:00:30Z');
    expect(wantedClocks(all, facts({ lastAgentReplyAt: replied, awaitingSince: null })).map((w) => w.target)).toEqual(['resolution']);
    const wrote = at('2026-12-01T10:05:00Z');
    expect(wantedClocks(all, facts({ lastAgentReplyAt: replied, awaitingSince: wrote }))).toContainEqual({ target: 'next_response', startedAt: wrote });
  });

  it('runs nothing for a closed conversation or one its bot holds, and only the targets a policy sets', () => {
    expect(wantedClocks(all, facts({ status: 'closed' }))).toEqual([]);
    expect(wantedClocks(all, facts({ status: 'bot' }))).toEqual([]);
    expect(wantedClocks({ first_response: null, next_response: null, resolution: 1 }, facts()).map((w) => w.target)).toEqual(['resolution']);
  });
});

describe('planClocks', () => {
  it('keeps a clock still wanted and starts the missing ones', () => {
    const running = [clock({ target: 'first_response' })];
    expect(planClocks(running, wantedClocks(all, facts()), 1, facts(), opened)).toEqual({ start: [{ target: 'resolution', startedAt: opened }], stop: [], retarget: [] });
  });

  it('meets first response with a reply by the due time, at the reply’s time', () => {
    const replied = at('2026-12-01T10:00:59Z');
    const f = facts({ lastAgentReplyAt: replied, awaitingSince: null });
    expect(planClocks([clock({ target: 'first_response' })], [], 1, f, at('2026-12-01T10:02:00Z')).stop).toEqual([{ id: 1, met: true, at: replied }]);
  });

  it('fails a reply after the due time and keeps a breached clock’s verdict', () => {
    const f = facts({ lastAgentReplyAt: at('2026-12-01T10:01:01Z'), awaitingSince: null });
    expect(planClocks([clock({ target: 'first_response' })], [], 1, f, opened).stop[0].met).toBe(false);
    expect(planClocks([clock({ target: 'first_response', breachedAt: at('2026-12-01T10:01:00Z') })], [], 1, f, opened).stop[0].met).toBeNull();
  });

  it('gives no verdict to a clock stopped for another reason, and meets resolution by closing in time', () => {
    const now = at('2026-12-01T10:00:30Z');
    const closed = facts({ status: 'closed', closedAt: now });
    const plan = planClocks([clock({ target: 'first_response' }), clock({ id: 2, target: 'resolution', dueAt: at('2026-12-01T11:00:00Z') })], [], 1, closed, now);
    expect(plan.stop).toEqual([
      { id: 1, met: null, at: now },
      { id: 2, met: true, at: now },
    ]);
  });

  it('retargets a clock running under another policy', () => {
    expect(planClocks([clock({ target: 'first_response', policyId: 2 })], wantedClocks({ ...all, resolution: null }, facts()), 1, facts(), opened).retarget).toEqual([1]);
  });
});

describe('soonestDue', () => {
  it('shows the running target due soonest and skips paused ones', () => {
    const first = { target: 'first_response' as const, amberAt: at('2026-12-01T10:00:45Z'), dueAt: at('2026-12-01T10:01:00Z'), pausedAt: null };
    const resolution = { target: 'resolution' as const, amberAt: at('2026-12-01T10:45:00Z'), dueAt: at('2026-12-01T11:00:00Z'), pausedAt: null };
    expect(soonestDue([resolution, first])).toEqual({ slaTarget: 'first_response', slaAmberAt: first.amberAt, slaDueAt: first.dueAt });
    expect(soonestDue([{ ...first, pausedAt: opened }])).toEqual({ slaTarget: null, slaAmberAt: null, slaDueAt: null });
  });
});
