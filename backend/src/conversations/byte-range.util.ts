export type ByteRange = { start: number; end: number };

/**
 * The one byte range a media player asks for (`bytes=0-`, `bytes=500-999`,
 * `bytes=-500` for the last 500), so <audio>/<video> can seek without
 * fetching the whole file again. `null`: send the whole file (no header,
 * one we do not understand, or several ranges, which RFC 9110 §14.2 lets a
 * server ignore). `unsatisfiable`: the range starts past the end (416).
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
