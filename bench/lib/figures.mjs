// Figures derived from what the load tool saw and what the database holds,
// and how they are written: pure functions, tested in figures.test.mjs.
import { percentile } from './record.mjs';

/**
 * Acknowledged (200) answers per second over `elapsed` seconds, how many
 * were not 200, and the answer latency p50/p99 over every answer.
 */
export function summariseAnswers(results, elapsed) {
  const acked = results.filter((r) => r.status === 200).length;
  const latencies = results.map((r) => r.latency);
  return { rate: acked / elapsed, acked, failed: results.length - acked, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Whether every acknowledged key is stored exactly once. `stored` holds one
 * key per stored row. `missing`: acknowledged, not stored; `duplicated`: keys
 * stored more than once; `unacknowledged`: stored though never acknowledged
 * (an answer lost after the commit, which Telegram would send again).
 */
export function storedOnce(acknowledged, stored) {
  const rows = new Map();
  for (const key of stored) rows.set(key, (rows.get(key) ?? 0) + 1);
  const acked = new Set(acknowledged);
  let once = 0;
  let missing = 0;
  for (const key of acked) {
    const count = rows.get(key) ?? 0;
    if (count === 0) missing++;
    else if (count === 1) once++;
  }
  const duplicated = [...rows.values()].filter((count) => count > 1).length;
  const unacknowledged = [...rows.keys()].filter((key) => !acked.has(key)).length;
  return { acknowledged: acked.size, once, missing, duplicated, unacknowledged, ok: missing === 0 && duplicated === 0 };
}

/** `numerator / denominator` to two significant digits with a ×, or — when it has no meaning. */
export function formatRatio(numerator, denominator) {
  const ratio = numerator / denominator;
  return Number.isFinite(ratio) ? `${Number(ratio.toPrecision(2))}×` : '—';
}

/** A Markdown table: `header` cells, then one line per row of cells. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')).replaceAll(' ', ''), ...rows.map(line)].join('\n');
}
