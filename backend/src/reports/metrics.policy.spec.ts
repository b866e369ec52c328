import { describe, expect, it } from 'vitest';
import { generateReportDataset, HAND_CHECKED_DATASET } from '../../test/fixtures/report-dataset';
import { foldConversation } from './conversation-facts.policy';
import { computeMetrics, dailyVolume, defaultServiceLevel, groupByLabel, loadHeatmap, percentile, staffingHint, weekdayOccurrences } from './metrics.policy';

/*
 * The fixed dataset (seed 20261201), seconds after each conversation's creation:
 *  #  inbox    kind               events
 *  1  webchat  answered           queued +1, assigned +39 (101), reply +60, closed +125, csat 5
 *  2  email    transferred        queued +0, assigned +2100 (101), reply +3360, transferred +3534 (102), closed +4265, csat 1
 *  3  webchat  answered           queued +5, assigned +17 (101), reply +35, closed +313, csat 2
 *  4  webchat  answered           queued +4, assigned +40 (102), reply +66, closed +501
 *  5  webchat  answered           queued +3, assigned +13 (102), reply +16, closed +582, csat 1
 *  6  email    abandoned          queued +7, closed by the system +6847
 *  7  email    answered           queued +9, assigned +2169 (102), reply +3609, closed +3669
 *  8  webchat  closed unanswered  queued +4, assigned +42 (102), closed by 102 +66
 *  9  email    abandoned          queued +0, closed by the system +2040
 * 10  email    closed unanswered  queued +2, assigned +1922 (101), closed by 101 +1937
 * 11  email    bot only           closed +41
 * 12  webchat  bot only           closed +233
 * Created (UTC): 1 Sat 06h, 2 Mon 16h, 3 Wed 08h, 4 Wed 00h, 5 Wed 19h, 6 Tue 04h,
 * 7 Mon 21h, 8 Sun 08h, 9 Thu 17h, 10 Wed 22h, 11 Tue 20h, 12 Sun 19h.
 */
const dataset = generateReportDataset(HAND_CHECKED_DATASET);
const facts = dataset.map((c) => foldConversation(c.place, c.events));
const targets = (_inboxId: number, channel: string) => defaultServiceLevel(channel);

describe('report metrics on the hand-checked dataset', () => {
  it('is the dataset the comment above describes', () => {
    expect(dataset.map((c) => c.scenario)).toEqual([
      'answered', 'transferred', 'answered', 'answered', 'answered', 'abandoned', 'answered', 'closed-unanswered', 'abandoned', 'closed-unanswered', 'bot-only', 'bot-only',
    ]);
  });

  it('gives every metric as worked out by hand', () => {
    const m = computeMetrics(facts, targets);
    expect(m.conversations).toBe(12);
    expect(m.answered).toBe(6); // 1, 2, 3, 4, 5, 7
    expect(m.abandoned).toBe(2); // 6, 9
    expect(m.abandonmentRate).toBe(2 / 8);
    // First responses 16, 35, 60, 66, 3360, 3609: rank ceil(0.5·6) = 3 and ceil(0.9·6) = 6.
    expect(m.firstResponseMedianSeconds).toBe(60);
    expect(m.firstResponseP90Seconds).toBe(3609);
    // Waits from the queue: 59 + 3360 + 30 + 62 + 13 + 3600 = 7124 over 6.
    expect(m.averageSpeedOfAnswerSeconds).toBeCloseTo(7124 / 6, 9);
    // Within 20 s (chat): #5 (13 s); within 3600 s (e-mail): #2 (3360 s), #7 (3600 s). 3 of 8.
    expect(m.serviceLevel).toBe(3 / 8);
    // Assignment to close: 86 + 2165 + 296 + 461 + 569 + 1500 = 5077 over 6.
    expect(m.averageHandlingSeconds).toBeCloseTo(5077 / 6, 9);
    expect(m.transfers).toBe(1);
    expect(m.transferRate).toBe(1 / 12);
    // Scores 5, 1, 2, 1.
    expect(m.csatResponses).toBe(4);
    expect(m.csatAverage).toBe(9 / 4);
    expect(m.csatSatisfied).toBe(1 / 4);
  });

  it('gives the per-operator figures by hand (a conversation is its first answerer’s)', () => {
    const of = (agentId: number) => computeMetrics(facts.filter((f) => f.agentId === agentId), targets);
    // 101: #1, #2, #3, #10; first responses 35, 60, 3360; handling 86, 2165, 296; scores 5, 1, 2.
    expect(of(101)).toMatchObject({ conversations: 4, answered: 3, firstResponseMedianSeconds: 60, csatAverage: 8 / 3 });
    expect(of(101).averageHandlingSeconds).toBeCloseTo(2547 / 3, 9);
    // 102: #4, #5, #7, #8; first responses 16, 66, 3609; handling 461, 569, 1500; score 1.
    expect(of(102)).toMatchObject({ conversations: 4, answered: 3, firstResponseMedianSeconds: 66, csatAverage: 1 });
    expect(of(102).averageHandlingSeconds).toBeCloseTo(2530 / 3, 9);
  });

  it('puts the incoming load into weekday × hour cells', () => {
    const grid = loadHeatmap(facts, 0);
    const cells: Array<[number, number]> = [[5, 6], [0, 16], [2, 8], [2, 0], [2, 19], [1, 4], [0, 21], [6, 8], [3, 17], [2, 22], [1, 20], [6, 19]];
    for (const [day, hour] of cells) expect(grid[day][hour]).toBe(1);
    expect(grid.map((hours) => hours.reduce((a, b) => a + b, 0))).toEqual([2, 2, 4, 1, 0, 1, 2]);
    // Three hours later on the clock (UTC+3): #4 moves to Wednesday 03h, #12 to Sunday 22h.
    const local = loadHeatmap(facts, 180);
    expect(local[2][3]).toBe(1);
    expect(local[6][22]).toBe(1);
  });

  it('hints the operators needed per hour by Erlang C with the chats an operator holds', () => {
    const week = weekdayOccurrences(HAND_CHECKED_DATASET.weekStart, HAND_CHECKED_DATASET.weekStart + 7 * 86_400_000, 0);
    expect(week).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const grid = loadHeatmap(facts, 0);
    const handlingSeconds = 5077 / 6;
    // One conversation an hour at 846 s: A = 0.235; one server answers 76.9 % within 20 s, two 97.6 %.
    const alone = staffingHint(grid, week, { handlingSeconds, serviceLevel: defaultServiceLevel('webchat'), concurrency: 1 });
    expect(alone[2][8]).toBe(2);
    expect(alone[4][10]).toBe(0);
    const threeChats = staffingHint(grid, week, { handlingSeconds, serviceLevel: defaultServiceLevel('webchat'), concurrency: 3 });
    expect(threeChats[2][8]).toBe(1);
  });

  it('counts conversations per day for the volume chart', () => {
    expect(dailyVolume(facts, 0)).toEqual([
      { day: '2026-11-23', conversations: 2 },
      { day: '2026-11-24', conversations: 2 },
      { day: '2026-11-25', conversations: 4 },
      { day: '2026-11-26', conversations: 1 },
      { day: '2026-11-28', conversations: 1 },
      { day: '2026-11-29', conversations: 2 },
    ]);
  });
});

describe(percentile.name, () => {
  it('takes the nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('groupByLabel', () => {
  const fact = (conversationId: number) =>
    foldConversation({ conversationId, inboxId: 1, channel: 'webchat', teamId: null }, [{ type: 'created', agentId: null, actorId: null, at: 1_000 * conversationId, data: null }]);

  it('counts a conversation under each of its labels and one without labels under none', () => {
    const facts = [fact(1), fact(2), fact(3)];
    const groups = groupByLabel(facts, new Map([[1, [10, 20]], [2, [10, 10]]]));
    expect([...groups.keys()].sort()).toEqual([10, 20]);
    expect(groups.get(10)?.map((f) => f.conversationId)).toEqual([1, 2]);
    expect(groups.get(20)?.map((f) => f.conversationId)).toEqual([1]);
  });
});
