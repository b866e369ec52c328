import { describe, expect, it } from 'vitest';
import { sniffInlineImage } from './attachments.service';

const riff = (form: string) => Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from(form), Buffer.alloc(8)]);

describe(sniffInlineImage.name, () => {
  it('knows the raster images shown inline by their bytes', () => {
    expect(sniffInlineImage(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe('image/png');
    expect(sniffInlineImage(Buffer.from('ffd8ffe0', 'hex'))).toBe('image/jpeg');
    expect(sniffInlineImage(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(sniffInlineImage(riff('WEBPVP8 '))).toBe('image/webp');
  });

  it('does not take a WAV or AVI (also RIFF files) for an image', () => {
    expect(sniffInlineImage(riff('WAVEfmt '))).toBeNull();
    expect(sniffInlineImage(riff('AVI LIST'))).toBeNull();
    expect(sniffInlineImage(Buffer.from('RIFF'))).toBeNull();
  });
});
