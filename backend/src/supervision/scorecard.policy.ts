import type { ReviewRating } from './scorecard.entity';

export const RATING_MAX = 5;

/** The scorecard a new installation starts with (weights in percent). */
export const DEFAULT_CRITERIA: ReadonlyArray<{ name: string; weight: number }> = [
  { name: 'Greeting and literacy', weight: 15 },
  { name: 'Politeness', weight: 20 },
  { name: 'Willingness to help', weight: 20 },
  { name: 'Correctness of the answer', weight: 30 },
  { name: 'Closing', weight: 15 },
];

/**
 * The review's score, 0–100: each rated criterion's share of its maximum,
 * weighted. Criteria marked "does not apply" (null) leave the weights of the
 * others to carry the score; nothing rated gives null.
 */
export function scorecardScore(ratings: ReviewRating[]): number | null {
  const rated = ratings.filter((r) => r.value !== null);
  const weights = rated.reduce((sum, r) => sum + r.weight, 0);
  if (weights === 0) return null;
  const earned = rated.reduce((sum, r) => sum + r.weight * ((r.value as number) / RATING_MAX), 0);
  return Math.round((earned / weights) * 10_000) / 100;
}

/**
 * Picks up to `perAgent` conversations of each operator at random (the
 * "5 random dialogs per operator per week" sample). `random` is injected so
 * the choice can be reproduced.
 */
export function sampleConversations<T extends { agentId: number }>(candidates: T[], perAgent: number, random: () => number): T[] {
  const byAgent = new Map<number, T[]>();
  for (const c of candidates) {
    const list = byAgent.get(c.agentId);
    if (list) list.push(c);
    else byAgent.set(c.agentId, [c]);
  }
  const picked: T[] = [];
  for (const list of byAgent.values()) {
    // Partial Fisher–Yates: the first `perAgent` places end up a uniform random choice.
    const pool = [...list];
    for (let i = 0; i < Math.min(perAgent, pool.length); i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      picked.push(pool[i]);
    }
  }
  return picked;
}
