/** Where the widget talks to and for which inbox: everything comes from its own <script> tag. */
export interface EmbedConfig {
  /** Origin of the script's own `src`, e.g. `https://support.example.com`. */
  host: string;
  inboxKey: string;
}

/**
 * `document.currentScript` is only set while the script's top level runs, so
 * the entry reads it first thing. Some loaders (tag managers, a script
 * injected by another script) leave it null: then the first script tag
 * carrying `data-inbox` is ours.
 */
export function readEmbedConfig(doc: Document, current: Element | null = doc.currentScript): EmbedConfig | null {
  const script =
    current instanceof HTMLScriptElement && current.dataset.inbox
      ? current
      : doc.querySelector<HTMLScriptElement>('script[data-inbox][src]');
  const inboxKey = script?.dataset.inbox?.trim();
  if (!script || !inboxKey) return null;
  try {
    const src = new URL(script.src, doc.baseURI);
    if (src.protocol !== 'http:' && src.protocol !== 'https:') return null;
    return { host: src.origin, inboxKey };
  } catch {
    return null;
  }
}
