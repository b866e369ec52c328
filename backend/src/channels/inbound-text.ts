const CLIP_MARKER = '\n[… truncated]';

/** A customer's text cut to MESSAGE_MAX_CHARS, marked where it was cut. */
export function clipInboundText(text: string | undefined, maxChars: number): string | undefined {
  return text !== undefined && text.length > maxChars ? text.slice(0, maxChars - CLIP_MARKER.length) + CLIP_MARKER : text;
}
