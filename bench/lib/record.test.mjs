// docs/benchmarks.md holds only what the benchmarks write.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentile, rewriteBenchmarks } from './record.mjs';

const section = (name, figure) => `<!-- bench:${name} -->\n## ${name}\n\n${figure}\n<!-- /bench:${name} -->`;

describe('rewriteBenchmarks', () => {
  const old = `# Benchmarks\n\nAn old preamble.\n\n${section('routing', 'old routing')}\n\nA line typed by hand.\n\n${section('gone', 'a benchmark since removed')}\n\n${section('first-load', 'old load')}\n`;

  it("replaces the benchmark's own section in place and keeps the others' in their order", () => {
    const text = rewriteBenchmarks(old, 'routing', section('routing', 'new routing'), ['routing', 'first-load']);
    assert.ok(text.indexOf('new routing') < text.indexOf('old load'));
    assert.doesNotMatch(text, /old routing/);
    assert.match(text, /old load/);
  });

  it('drops text outside the sections and sections whose benchmark is gone', () => {
    const text = rewriteBenchmarks(old, 'routing', section('routing', 'new routing'), ['routing', 'first-load']);
    assert.doesNotMatch(text, /typed by hand|old preamble|since removed/);
    assert.match(text, /^# Benchmarks\n\nEvery section below is written by its benchmark/);
  });

  it('adds a new benchmark at the end', () => {
    const text = rewriteBenchmarks(old, 'greeting', section('greeting', 'first greeting'), ['routing', 'first-load', 'greeting']);
    assert.ok(text.trimEnd().endsWith(section('greeting', 'first greeting')));
    assert.match(text, /old routing/);
  });

  it('starts the file when there is none', () => {
    assert.match(rewriteBenchmarks('', 'bundle', section('bundle', 'sizes'), ['bundle']), /^# Benchmarks[\s\S]*<!-- bench:bundle -->[\s\S]*sizes/);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    assert.equal(percentile(values, 50), 5);
    assert.equal(percentile(values, 90), 9);
    assert.equal(percentile(values, 100), 10);
    assert.ok(Number.isNaN(percentile([], 50)));
  });
});
