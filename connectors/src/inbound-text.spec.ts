import { describe, expect, it } from 'vitest';
import { clipInboundText, TRUNCATION_MARKER } from './inbound-text';

describe(clipInboundText.name, () => {
  it('leaves a text within the limit, and no text, as they are', () => {
    expect(clipInboundText('hello', 5)).toBe('hello');
    expect(clipInboundText('', 0)).toBe('');
    expect(clipInboundText(undefined, 5)).toBeUndefined();
  });

  it('cuts a longer text to exactly the limit, the marker included', () => {
    const clipped = clipInboundText('x'.repeat(100), 40)!;
    expect(clipped).toHaveLength(40);
    expect(clipped).toBe('x'.repeat(40 - TRUNCATION_MARKER.length) + TRUNCATION_MARKER);
  });

  it('cuts a text one character over the limit', () => {
    const clipped = clipInboundText('y'.repeat(41), 40)!;
    expect(clipped.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(clipped).toHaveLength(40);
  });
});
