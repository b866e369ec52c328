type Signature = Array<[offset: number, magic: number[] | string]>;

/**
 * Media we are willing to show in the page (an <img>, <audio>, <video>), by
 * the bytes at each offset. Nothing here can carry script: no SVG, no HTML,
 * no XML. Everything else is a download.
 */
const INLINE_SIGNATURES: Array<[string, Signature]> = [
  ['image/png', [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]]],
  ['image/jpeg', [[0, [0xff, 0xd8, 0xff]]]],
  ['image/gif', [[0, 'GIF8']]],
  // "RIFF" opens WebP, WAV and AVI alike: the form type at byte 8 tells them apart.
  ['image/webp', [[0, 'RIFF'], [8, 'WEBP']]],
  ['audio/wav', [[0, 'RIFF'], [8, 'WAVE']]],
  ['audio/ogg', [[0, 'OggS']]],
  ['audio/mpeg', [[0, 'ID3']]],
  ['audio/mpeg', [[0, [0xff, 0xfb]]]],
  ['audio/mpeg', [[0, [0xff, 0xf3]]]],
  ['audio/mp4', [[4, 'ftypM4A']]],
  ['video/mp4', [[4, 'ftyp']]],
  ['video/webm', [[0, [0x1a, 0x45, 0xdf, 0xa3]]]],
];

export const INLINE_MEDIA_TYPES: ReadonlySet<string> = new Set(INLINE_SIGNATURES.map(([mime]) => mime));

/** Types a browser could run or render as a page: never kept, whatever the client claims. */
const ACTIVE_TYPE = /html|svg|xml|javascript|ecmascript|xsl|x-shockwave|wasm|image\/|audio\/|video\//i;

const matches = (bytes: Buffer, signature: Signature) =>
  signature.every(([offset, magic]) => {
    const expected = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);
    return bytes.length >= offset + expected.length && bytes.subarray(offset, offset + expected.length).equals(expected);
  });

/** The inline media type the bytes really are, or null: the client's claim is not trusted. */
export function sniffMediaType(bytes: Buffer): string | null {
  return INLINE_SIGNATURES.find(([, signature]) => matches(bytes, signature))?.[0] ?? null;
}

/**
 * The type stored for an upload: what the bytes are when they are media;
 * otherwise the client's claim when it names an inert document type
 * (text/plain, application/pdf); otherwise opaque bytes. A claimed image,
 * audio or video type the bytes do not bear out is opaque bytes too.
 */
export function storedMediaType(bytes: Buffer, claimed: string | undefined): string {
  const sniffed = sniffMediaType(bytes);
  if (sniffed) return sniffed;
  const type = (claimed ?? '').split(';')[0].trim().toLowerCase();
  if (!/^[a-z]+\/[a-z0-9.+-]+$/.test(type) || type.length > 127 || ACTIVE_TYPE.test(type)) return 'application/octet-stream';
  return type;
}

/**
 * The headers a stored file is served with. Only sniffed media shows
 * inline; everything else downloads, and a type that could run in the page
 * (a row stored before sniffing, say) goes out as opaque bytes.
 */
export function servedAs(mimeType: string): { contentType: string; disposition: 'inline' | 'attachment' } {
  if (INLINE_MEDIA_TYPES.has(mimeType)) return { contentType: mimeType, disposition: 'inline' };
  return { contentType: ACTIVE_TYPE.test(mimeType) ? 'application/octet-stream' : mimeType, disposition: 'attachment' };
}
