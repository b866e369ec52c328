// Reads a V8 CPU profile (node --cpu-prof) and prints where the time went:
// self time by package (or "project", "node", "gc") and the functions with
// the most self time. `node bench/profile/summary.mjs <file.cpuprofile> [top]`.
import { readFileSync } from 'node:fs';

/** What a call frame's script belongs to: a package under node_modules, the project, Node itself, or V8's own work. */
export function ownerOf(frame) {
  const url = frame.url ?? '';
  if (!url) return frame.functionName === '(garbage collector)' ? 'gc' : frame.functionName === '(idle)' || frame.functionName === '(program)' ? frame.functionName : 'v8/native';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return 'project';
}

/** Self time (ms) per node of the profile, from its samples and time deltas. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return [...self].map(([id, ms]) => ({ node: byId.get(id), ms }));
}

export function summarise(profile, top = 25) {
  const times = selfTimes(profile);
  const busy = times.filter(({ node }) => node.callFrame.functionName !== '(idle)');
  const total = busy.reduce((sum, t) => sum + t.ms, 0);
  const group = (key) => {
    const sums = new Map();
    for (const t of busy) sums.set(key(t.node.callFrame), (sums.get(key(t.node.callFrame)) ?? 0) + t.ms);
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
  };
  const share = (ms) => `${((100 * ms) / total).toFixed(1).padStart(5)} %`;
  const lines = [`busy ${(total / 1000).toFixed(1)} s`, '', 'by owner:'];
  for (const [owner, ms] of group(ownerOf)) lines.push(`${share(ms)}  ${owner}`);
  lines.push('', 'by function (self time):');
  for (const [fn, ms] of group((f) => `${f.functionName || '(anonymous)'} ${ownerOf(f)}:${(f.url ?? '').split('/').pop()}:${f.lineNumber + 1}`)) lines.push(`${share(ms)}  ${fn}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bench/profile/summary.mjs <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')), Number(top ?? 25)));
}
