/**
 * HTML for e-mail: the allowlist sanitizer for inbound bodies and the escaping for outbound.
 *
 * The sanitizer is sanitize-html (htmlparser2 reads the mail, a new document is written from
 * scratch) with our allowlist: only the elements and attributes below, every attribute value
 * checked and re-escaped, every open element closed. Nothing that runs script, loads a
 * resource, or switches a browser's parser into raw text or a foreign namespace (script, style,
 * svg, math, textarea...) is ever written, so a browser cannot read it differently than we did.
 * Remote images become links; only cid: and data:image sources stay as images.
 */
import sanitizeHtml from 'sanitize-html';

/** Elements kept (without their disallowed attributes). */
const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];
/** Allowed elements written without an end tag. */
const VOID_TAGS = ['br', 'col', 'hr', 'img', 'wbr'];
/**
 * Elements dropped together with everything inside them: raw text a browser would not parse as
 * HTML either, and subtrees that are script, foreign markup, forms or media.
 */
const DROP_SUBTREE_TAGS = [
  'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext',
  'head', 'template', 'svg', 'math', 'object', 'applet', 'select', 'frameset', 'audio', 'video', 'canvas', 'map', 'datalist',
];

const ALIGN = /^(left|right|center|justify|top|middle|bottom|baseline)$/i;
const COLOR = /^#?[a-z0-9]{1,20}$/i;
const LENGTH = /^\d{1,5}(\.\d+)?(%|px)?$/i;
const DIGITS = /^\d{1,4}$/;

/** Attribute → value check, for every allowed element (a and img have their own URL rules). */
const ATTRIBUTES: Record<string, RegExp | 'text'> = {
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
  // Its declarations are filtered by allowedStyles below.
  style: 'text',
};

const STYLE_PROPERTIES = [
  'color', 'background', 'background-color', 'font', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant',
  'text-align', 'text-decoration', 'text-indent', 'text-transform', 'line-height', 'letter-spacing', 'word-spacing',
  'white-space', 'word-break', 'word-wrap', 'overflow-wrap', 'vertical-align', 'direction', 'display', 'list-style-type',
  'width', 'min-width', 'max-width', 'height', 'min-height', 'max-height', 'table-layout', 'border-collapse', 'border-spacing',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right',
  'padding-bottom', 'padding-left', 'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color',
  'border-style', 'border-width', 'border-radius',
];
/**
 * A declaration value that loads, evaluates and escapes nothing: no url(), expression(),
 * escapes, comments or at-rules, and colour functions are the only functions.
 */
const STYLE_VALUE = /^(?![\s\S]*(?:[\\<>@{}]|\/\*|url|expression|javascript|behavio|binding|image-set))(?:[^(]|\b(?:rgba?|hsla?)\()+$/i;

const LINK_SCHEMES = /^(https?|mailto|tel):/i;
const EMBEDDED_IMAGE = /^(cid:[^\s"'<>]+$|data:image\/(png|gif|jpe?g|webp);base64,[a-z0-9+/=\s]+$)/i;
const REMOTE_IMAGE = /^https?:/i;
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer nofollow' };

export interface SanitizeOptions {
  /** Images at most this many pixels wide and high are tracking pixels and dropped, not linked. Default 2. */
  trackingPixelMaxSize?: number;
}

/** Untrusted e-mail HTML → HTML safe to insert into the operator's page. */
export function sanitizeEmailHtml(html: string, options: SanitizeOptions = {}): string {
  const once = (input: string) => sanitizeOnce(input, options.trackingPixelMaxSize ?? 2);
  // htmlparser2 closes a <p> at a block element only when that block follows it directly, so
  // an element dropped between them leaves a nesting that reads differently when parsed again
  // (`<p><form><div>`). The second pass writes it as it reads, which a third would not change.
  return once(once(html));
}

function sanitizeOnce(html: string, pixel: number): string {
  const transformTags: Record<string, sanitizeHtml.Transformer> = {};
  for (const tag of ALLOWED_TAGS) transformTags[tag] = (tagName, attribs) => ({ tagName, attribs: checkedAttributes(attribs) });
  transformTags.a = (_tagName, attribs) => link(attribs);
  transformTags.img = (_tagName, attribs) => image(attribs, pixel);

  // allowedEmptyAttributes is in sanitize-html 2.17 but not yet in its type definitions.
  const options: sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] } = {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { '*': Object.keys(ATTRIBUTES), a: ['href', 'target', 'rel'], img: ['src'] },
    allowedEmptyAttributes: ['alt', 'nowrap'],
    // Checked again by the library after our own URL rules in link() and image().
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['cid', 'data'] },
    allowProtocolRelative: false,
    allowedStyles: { '*': Object.fromEntries(STYLE_PROPERTIES.map((property) => [property, [STYLE_VALUE]])) },
    selfClosing: VOID_TAGS,
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_SUBTREE_TAGS,
    transformTags,
    // A link to nowhere we allow keeps its text only; an image with nothing to show goes.
    exclusiveFilter: (frame) => {
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
      return frame.tag === 'img' && !frame.attribs.src && !frame.attribs.href;
    },
  };
  const sanitized = sanitizeHtml(html, options);
  // The library writes void elements as `<br />`; mails stored before it have `<br>`. Only a
  // tag's end can hold a raw `>` in this output: text and attribute values have it escaped.
  return sanitized.replace(/ \/>/g, '>').trim();
}

/** Replaces `src="cid:…"` in sanitized HTML with the URL the caller stored the inline image under. */
export function rewriteCidLinks(sanitizedHtml: string, resolve: (contentId: string) => string | undefined): string {
  return sanitizedHtml.replace(/ src="cid:([^"]*)"/g, (whole, escaped: string) => {
    const url = resolve(unescapeAttribute(escaped));
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

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The inverse of how sanitize-html escapes attribute values (&, <, > and "). */
function unescapeAttribute(value: string): string {
  const chars: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return value.replace(/&(amp|lt|gt|quot);/g, (_whole, name: string) => chars[name]);
}

/** The allowlisted attributes whose (entity-decoded) value passes its check, trimmed. */
function checkedAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  for (const [name, raw] of Object.entries(attribs)) {
    const rule = ATTRIBUTES[name];
    const value = raw.trim();
    if (rule === 'text' || rule?.test(value)) kept[name] = value;
  }
  return kept;
}

function link(attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = safeUrl(attribs.href, LINK_SCHEMES);
  return { tagName: 'a', attribs: href === undefined ? {} : { href, ...NEW_TAB, ...checkedAttributes(attribs) } };
}

/** Embedded images stay; remote ones become a link (loading them would tell the sender we read the mail). */
function image(attribs: sanitizeHtml.Attributes, pixel: number): sanitizeHtml.Tag {
  const embedded = safeUrl(attribs.src, EMBEDDED_IMAGE);
  if (embedded !== undefined) return { tagName: 'img', attribs: { src: embedded, ...checkedAttributes(attribs) } };
  const remote = safeUrl(attribs.src, REMOTE_IMAGE);
  const size = (name: string) => Number.parseInt(attribs[name] ?? '', 10);
  if (remote === undefined || (size('width') <= pixel && size('height') <= pixel)) return { tagName: 'img', attribs: {} };
  return { tagName: 'a', attribs: { href: remote, ...NEW_TAB }, text: `[${attribs.alt?.trim() || 'image'}]` };
}

/**
 * The URL with what browsers strip from URLs removed (tab and line breaks anywhere, control
 * characters and spaces at the ends), if it matches `allowed`. Relative URLs are refused: in our
 * page they would point into our own application.
 */
function safeUrl(raw: string | undefined, allowed: RegExp): string | undefined {
  if (raw === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  return allowed.test(url) ? url : undefined;
}
