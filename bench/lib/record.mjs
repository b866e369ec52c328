// Writes one benchmark's section of docs/benchmarks.md, replacing its
// previous figures and keeping the other benchmarks' sections, and nothing else.
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(benchDir, '../docs/benchmarks.md');
/** Taken as the benchmark starts: other work on the machine shows in its figures. */
const loadAtStart = loadavg()[0];

export function machine() {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

const HEADER = `# Benchmarks

Every section below is written by its benchmark, \`bench/<name>/index.mjs\`, when \`npm run bench\` (or
\`npm run bench -- <name>\`) runs it; nothing in this file is written by hand. A section whose benchmark no longer
exists is dropped at the next write.
`;

/**
 * The file's next text: HEADER, then every section of `text` whose
 * benchmark is in `benchmarks`, in their order, with `name`'s section
 * replaced by `section` (added at the end when new). Anything else in `text`
 * goes: the file holds only what scripts write.
 */
export function rewriteBenchmarks(text, name, section, benchmarks) {
  const sections = [...text.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)]
    .filter(([, found]) => benchmarks.includes(found))
    .map(([whole, found]) => (found === name ? section : whole));
  if (!text.includes(`<!-- bench:${name} -->`)) sections.push(section);
  return `${HEADER}\n${sections.join('\n\n')}\n`;
}

/** `body` is Markdown (a table, a few lines); the heading, date, machine and load are added here. */
export function recordBenchmark(name, title, body) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const when = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const section = `<!-- bench:${name} -->\n## ${title}\n\nMeasured ${when} on ${machine()}; 1-minute load average ${loadAtStart.toFixed(1)} as it started.\n\n${body.trim()}\n<!-- /bench:${name} -->`;
  const benchmarks = readdirSync(benchDir).filter((d) => existsSync(join(benchDir, d, 'index.mjs')));
  writeFileSync(file, rewriteBenchmarks(text, name, section, benchmarks));
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
