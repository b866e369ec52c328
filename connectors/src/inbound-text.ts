/** Ends a customer's text that was cut, so the operator sees that more was written. */
export const TRUNCATION_MARKER = '\n[… truncated]';

/** A customer's text cut to at most `maxChars` characters (marker included), marked where it was cut. */
export function clipInboundText(text: string | undefined, maxChars: number): string | undefined {
  return text !== undefined && text.length > maxChars ? text.slice(0, maxChars - TRUNCATION_MARKER.length) + TRUNCATION_MARKER : text;
}
