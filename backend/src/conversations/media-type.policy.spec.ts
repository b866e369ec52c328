import { describe, expect, it } from 'vitest';
import { servedAs, sniffMediaType, storedMediaType } from './media-type.policy';

const riff = (form: string) => Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from(form), Buffer.alloc(8)]);
const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from(`ftyp${brand}`), Buffer.alloc(8)]);

describe('media types from bytes', () => {
  it('knows the raster images by their bytes', () => {
    expect(sniffMediaType(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe('image/png');
    expect(sniffMediaType(Buffer.from('ffd8ffe0', 'hex'))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(sniffMediaType(riff('WEBPVP8 '))).toBe('image/webp');
  });

  it('knows audio and video, and tells the RIFF family apart', () => {
    expect(sniffMediaType(riff('WAVEfmt '))).toBe('audio/wav');
    expect(sniffMediaType(riff('AVI LIST'))).toBeNull();
    expect(sniffMediaType(Buffer.from('RIFF'))).toBeNull();
    expect(sniffMediaType(Buffer.from('OggS\0\x02'))).toBe('audio/ogg');
    expect(sniffMediaType(Buffer.from('ID3\x04'))).toBe('audio/mpeg');
    expect(sniffMediaType(ftyp('M4A '))).toBe('audio/mp4');
    expect(sniffMediaType(ftyp('isom'))).toBe('video/mp4');
    expect(sniffMediaType(Buffer.from('1a45dfa3', 'hex'))).toBe('video/webm');
  });

  it('never takes SVG or HTML for media, whatever the client says', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(sniffMediaType(svg)).toBeNull();
    expect(storedMediaType(svg, 'image/svg+xml')).toBe('application/octet-stream');
    expect(storedMediaType(Buffer.from('<html><script>alert(1)</script>'), 'text/html')).toBe('application/octet-stream');
    expect(storedMediaType(Buffer.from('<x/>'), 'application/xhtml+xml')).toBe('application/octet-stream');
    expect(storedMediaType(Buffer.from('alert(1)'), 'text/javascript')).toBe('application/octet-stream');
  });

  it('stores what the bytes are, not the claimed type', () => {
    expect(storedMediaType(Buffer.from('89504e470d0a1a0a', 'hex'), 'text/html')).toBe('image/png');
    expect(storedMediaType(Buffer.from('not a png'), 'image/png')).toBe('application/octet-stream');
    expect(storedMediaType(Buffer.from('not audio'), 'audio/ogg')).toBe('application/octet-stream');
  });

  it('keeps an inert document type the client names', () => {
    expect(storedMediaType(Buffer.from('hello'), 'text/plain; charset=utf-8')).toBe('text/plain');
    expect(storedMediaType(Buffer.from('%PDF-1.7'), 'application/pdf')).toBe('application/pdf');
    expect(storedMediaType(Buffer.from('x'), 'not a type')).toBe('application/octet-stream');
    expect(storedMediaType(Buffer.from('x'), undefined)).toBe('application/octet-stream');
  });

  it('serves only sniffed media inline, and anything that could run as opaque bytes', () => {
    expect(servedAs('image/png')).toEqual({ contentType: 'image/png', disposition: 'inline' });
    expect(servedAs('audio/ogg')).toEqual({ contentType: 'audio/ogg', disposition: 'inline' });
    expect(servedAs('text/plain')).toEqual({ contentType: 'text/plain', disposition: 'attachment' });
    expect(servedAs('image/svg+xml')).toEqual({ contentType: 'application/octet-stream', disposition: 'attachment' });
    expect(servedAs('text/html')).toEqual({ contentType: 'application/octet-stream', disposition: 'attachment' });
  });
});
