/**
 * HTML for e-mail: the allowlist sanitizer for inbound bodies and the escaping for outbound.
 *
 * The sanitizer does not try to be a browser. It reads tags with a forgiving tokenizer and
 * writes a new document from scratch: only allowlisted elements and attributes, every text and
 * attribute value re-escaped, every open element closed. Its safety comes from that output side:
 * whatever the input's quirks, the result contains no element that runs script, loads a
 * resource, or switches the parser into raw text or a foreign namespace (script, style, svg,
 * math, textarea...), so a browser cannot read it differently than we wrote it.
 * Remote images become links; only cid: and data:image sources stay as images.
 */

/** Elements kept (without their disallowed attributes). */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Content the tokenizer skips as raw text up to the matching end tag (the browser would not parse it as HTML either). */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements dropped together with everything inside them. */
const DROP_SUBTREE_TAGS = new Set([
  'head', 'template', 'svg', 'math', 'object', 'applet', 'select', 'frameset', 'audio', 'video', 'canvas', 'map', 'datalist',
]);

const ALIGN = /^(left|right|center|justify|top|middle|bottom|baseline)$/i;
const COLOR = /^#?[a-z0-9]{1,20}$/i;
const LENGTH = /^\d{1,5}(\.\d+)?(%|px)?$/i;
const DIGITS = /^\d{1,4}$/;

/** Attribute → value check, for every allowed element (a and img have their own URL rules). */
const ATTRIBUTES: Record<string, RegExp | 'text' | 'style'> = {
  align: ALIGN,
  valign: ALIGN,
  dir: /^(ltr|rtl|auto)$/i,
  lang: /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i,
  title: 'text',
  alt: 'text',
  width: LENGTH,
  height: LENGTH,
  colspan: DIGITS,
  rowspan: DIGITS,
  border: DIGITS,
  cellpadding: DIGITS,
  cellspacing: DIGITS,
  start: DIGITS,
  bgcolor: COLOR,
  color: COLOR,
  face: /^[\w\s,'"-]{1,100}$/,
  size: /^[+-]?\d{1,2}$/,
  type: /^(1|a|i|disc|circle|square)$/i,
  nowrap: /^(nowrap)?$/i,
  style: 'style',
};

const STYLE_PROPERTIES = new Set([
  'color', 'background', 'background-color', 'font', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant',
  'text-align', 'text-decoration', 'text-indent', 'text-transform', 'line-height', 'letter-spacing', 'word-spacing',
  'white-space', 'word-break', 'word-wrap', 'overflow-wrap', 'vertical-align', 'direction', 'display', 'list-style-type',
  'width', 'min-width', 'max-width', 'height', 'min-height', 'max-height', 'table-layout', 'border-collapse', 'border-spacing',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right',
  'padding-bottom', 'padding-left', 'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color',
  'border-style', 'border-width', 'border-radius',
]);

export interface SanitizeOptions {
  /** Images at most this many pixels wide and high are tracking pixels and dropped, not linked. Default 2. */
  trackingPixelMaxSize?: number;
}

/** Untrusted e-mail HTML → HTML safe to insert into the operator's page. */
export function sanitizeEmailHtml(html: string, options: SanitizeOptions = {}): string {
  const pixel = options.trackingPixelMaxSize ?? 2;
  const out: string[] = [];
  const open: string[] = [];
  let skip: { name: string; depth: number } | undefined;

  for (const token of tokenize(html)) {
    if (skip) {
      if (token.type === 'start' && token.name === skip.name && !token.selfClosing) skip.depth++;
      else if (token.type === 'end' && token.name === skip.name) skip.depth--;
      // A <head> left open ends where <body> begins, as in a browser.
      else if (skip.name === 'head' && token.type === 'start' && token.name === 'body') skip.depth = 0;
      if (skip.depth === 0) skip = undefined;
      continue;
    }
    if (token.type === 'text') {
      out.push(escapeText(token.text));
    } else if (token.type === 'end') {
      const at = open.lastIndexOf(token.name);
      if (at >= 0) while (open.length > at) out.push(`</${open.pop()}>`);
    } else if (DROP_SUBTREE_TAGS.has(token.name)) {
      if (!token.selfClosing) skip = { name: token.name, depth: 1 };
    } else if (token.name === 'img') {
      out.push(image(token.attrs, pixel));
    } else if (ALLOWED_TAGS.has(token.name)) {
      const attrs = token.name === 'a' ? linkAttributes(token.attrs) : attributes(token.attrs);
      if (attrs === undefined) continue; // a link to nowhere we allow: keep its text only
      out.push(`<${token.name}${attrs}>`);
      if (!VOID_TAGS.has(token.name)) open.push(token.name);
    }
  }
  while (open.length) out.push(`</${open.pop()}>`);
  return out.join('').trim();
}

/** Replaces `src="cid:…"` in sanitized HTML with the URL the caller stored the inline image under. */
export function rewriteCidLinks(sanitizedHtml: string, resolve: (contentId: string) => string | undefined): string {
  return sanitizedHtml.replace(/ src="cid:([^"]*)"/g, (whole, encoded: string) => {
    const url = resolve(decodeEntities(encoded));
    return url === undefined ? whole : ` src="${escapeAttribute(url)}"`;
  });
}

/** Plain text → HTML with the same line breaks, nothing interpreted as markup. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---- output ------------------------------------------------------------------------------------

function escapeText(text: string): string {
  // Character references stay as written (they only ever produce text); a bare & is escaped.
  return text
    .replace(/&(?![a-z][a-z0-9]{1,31};|#\d{1,7};|#x[0-9a-f]{1,6};)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributes(attrs: Map<string, string>, skip: readonly string[] = []): string {
  let out = '';
  for (const [name, raw] of attrs) {
    const rule = ATTRIBUTES[name];
    if (!rule || skip.includes(name)) continue;
    const value = decodeEntities(raw).trim();
    if (rule === 'style') {
      const css = sanitizeStyle(value);
      if (css) out += ` style="${escapeAttribute(css)}"`;
    } else if (rule === 'text' || rule.test(value)) {
      out += ` ${name}="${escapeAttribute(value)}"`;
    }
  }
  return out;
}

function linkAttributes(attrs: Map<string, string>): string | undefined {
  const href = safeUrl(attrs.get('href'), /^(https?|mailto|tel):/i);
  if (href === undefined) return undefined;
  return ` href="${escapeAttribute(href)}" target="_blank" rel="noopener noreferrer nofollow"${attributes(attrs)}`;
}

/** Embedded images stay; remote ones become a link (loading them would tell the sender we read the mail). */
function image(attrs: Map<string, string>, pixel: number): string {
  const embedded = safeUrl(attrs.get('src'), /^(cid:[^\s"'<>]+$|data:image\/(png|gif|jpe?g|webp);base64,[a-z0-9+/=\s]+$)/i);
  if (embedded !== undefined) return `<img src="${escapeAttribute(embedded)}"${attributes(attrs)}>`;
  const remote = safeUrl(attrs.get('src'), /^https?:/i);
  if (remote === undefined) return '';
  const size = (name: string) => Number.parseInt(decodeEntities(attrs.get(name) ?? ''), 10);
  if (size('width') <= pixel && size('height') <= pixel) return '';
  const label = decodeEntities(attrs.get('alt') ?? '').trim() || 'image';
  return `<a href="${escapeAttribute(remote)}" target="_blank" rel="noopener noreferrer nofollow">[${escapeHtml(label)}]</a>`;
}

/**
 * Decoded, with what browsers strip from URLs removed (tab and line breaks anywhere, control
 * characters and spaces at the ends), then matched against `allowed`. Relative URLs are refused:
 * in our page they would point into our own application.
 */
function safeUrl(raw: string | undefined, allowed: RegExp): string | undefined {
  if (raw === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const url = decodeEntities(raw).replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  return allowed.test(url) ? url : undefined;
}

/** Only plain declarations of allowlisted properties; nothing that loads, evaluates or positions. */
function sanitizeStyle(css: string): string {
  const kept: string[] = [];
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!STYLE_PROPERTIES.has(property) || !value) continue;
    if (/[\\<>@{}]|\/\*|url|expression|javascript|behavio|binding|image-set|var\s*\(/i.test(value)) continue;
    // Colour functions are the only functions allowed.
    if (value.replace(/\b(rgba?|hsla?)\(/gi, '').includes('(')) continue;
    kept.push(`${property}: ${value}`);
  }
  return kept.join('; ');
}

// ---- input -------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n',
  lpar: '(', rpar: ')', sol: '/', bsol: '\\', period: '.', comma: ',', semi: ';', equals: '=', num: '#', excl: '!',
};

/**
 * Character references in an attribute value. Named ones outside the small table stay as
 * written, which can only make a URL fail the allowlist, never pass it.
 */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

type Token =
  | { type: 'text'; text: string }
  | { type: 'start'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string };

/** A forgiving HTML tokenizer: comments, doctypes and processing instructions vanish; a stray `<` is text. */
function* tokenize(html: string): Generator<Token> {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: html.slice(i) };
      return;
    }
    if (lt > i) yield { type: 'text', text: html.slice(i, lt) };
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
    } else if (next === '/' && /[a-z]/i.test(html[lt + 2] ?? '')) {
      const tag = readTag(html, lt + 2);
      if (!tag) return;
      yield { type: 'end', name: tag.name };
      i = tag.end;
    } else if (next === '/') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
    } else if (/[a-z]/i.test(next)) {
      const tag = readTag(html, lt + 1);
      if (!tag) return; // a tag cut off by the end of input is dropped, as browsers do
      yield { type: 'start', name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing };
      i = tag.end;
      if (RAW_TEXT_TAGS.has(tag.name)) {
        if (tag.name === 'plaintext') return;
        const close = new RegExp(`</${tag.name}[\\s/>]`, 'ig');
        close.lastIndex = i;
        const found = close.exec(html);
        i = found ? found.index : n;
      }
    } else {
      yield { type: 'text', text: '<' };
      i = lt + 1;
    }
  }
}

/** Reads a tag name and its attributes from `start` (just after `<` or `</`) to the closing `>`. */
function readTag(html: string, start: number): { name: string; attrs: Map<string, string>; selfClosing: boolean; end: number } | undefined {
  const n = html.length;
  let i = start;
  while (i < n && !/[\s/>]/.test(html[i])) i++;
  const name = html.slice(start, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { name, attrs, selfClosing, end: i + 1 };
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    i++; // the first character may be '=', as in the HTML spec
    while (i < n && !/[\s/>=]/.test(html[i])) i++;
    const attr = html.slice(nameStart, i).toLowerCase();
    while (i < n && /\s/.test(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && /\s/.test(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < n && !/[\s>]/.test(html[i])) i++;
        value = html.slice(valueStart, i);
      }
    }
    if (!attrs.has(attr)) attrs.set(attr, value);
  }
  return undefined;
}
