// The figures the benchmarks derive and how they are written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatRatio, markdownTable, storedOnce, summariseAnswers } from './figures.mjs';

describe('summariseAnswers', () => {
  it('counts only 200s as acknowledged and takes the latencies of every answer', () => {
    const results = [
      { status: 200, latency: 1 },
      { status: 200, latency: 2 },
      { status: 503, latency: 40 },
      { status: 200, latency: 3 },
    ];
    assert.deepEqual(summariseAnswers(results, 2), { rate: 1.5, acked: 3, failed: 1, p50: 2, p99: 40 });
  });
});

describe('storedOnce', () => {
  it('is satisfied when each acknowledged key has one row, whatever else is stored once', () => {
    assert.deepEqual(storedOnce([1, 2, 3], [3, 1, 2, 4]), { acknowledged: 3, once: 3, missing: 0, duplicated: 0, unacknowledged: 1, ok: true });
  });

  it('names the acknowledged keys with no row and the keys with two', () => {
    const tally = storedOnce([1, 2, 3, 4], [1, 1, 2, 5, 5]);
    assert.deepEqual(tally, { acknowledged: 4, once: 1, missing: 2, duplicated: 2, unacknowledged: 1, ok: false });
  });
});

describe('formatRatio', () => {
  it('keeps two significant digits', () => {
    assert.equal(formatRatio(263, 10_000), '0.026×');
    assert.equal(formatRatio(437, 10), '44×');
    assert.equal(formatRatio(1, 1), '1×');
  });

  it('has no ratio to nothing', () => {
    assert.equal(formatRatio(5, 0), '—');
    assert.equal(formatRatio(0, 0), '—');
    assert.equal(formatRatio(NaN, 3), '—');
  });
});

describe('markdownTable', () => {
  it('writes the header, the separator and one line per row', () => {
    assert.equal(markdownTable(['target', 'rate'], [['bare', '9/s'], ['project', '1/s']]), '| target | rate |\n|---|---|\n| bare | 9/s |\n| project | 1/s |');
  });
});
