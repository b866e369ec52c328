/**
 * Splits a plain-text e-mail body into what the customer just wrote and what the UI may fold:
 * the quoted earlier message(s) and the signature. Pure; heuristics for the quoting styles of
 * Gmail, Outlook (both the "-----Original Message-----" line and the From:/Sent: header block),
 * Apple Mail, Thunderbird, and the attribution lines of Russian and Ukrainian clients.
 * When in doubt nothing is folded: hiding what the customer wrote is worse than showing a quote.
 */

export interface FoldedText {
  /** What the customer wrote now (the whole text when nothing was recognised). */
  visible: string;
  /** The quoted earlier message(s), attribution line included; '' when none. */
  quoted: string;
  /** The signature, without its "-- " separator; '' when none. */
  signature: string;
  /** Where the quote stood: below the reply (top-posting) or above it (bottom-posting). */
  quotePosition?: 'above' | 'below';
}

export interface SplitQuotedOptions {
  /** A forward (Fwd:/FW: subject): the forwarded message is the content, nothing is folded. */
  forwarded?: boolean;
}

/** Verbs that end an attribution line: "On … wrote:", "… написал(а):", "… пише:". */
const ATTRIBUTION_END =
  /(wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|napisał\(a\)|napisał|napisała|написал\(а\)|написала|написал|пишет|написав\(ла\)|написав|пише)\s*:\s*$/i;
/** Gmail in Russian/Ukrainian and Mail.ru end the attribution with the address: "… г. в 10:15, Name <a@b.c>:". */
const ATTRIBUTION_ADDRESS_END = /<[^<>\s]+@[^<>\s]+>\s*:\s*$/;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|исходное сообщение|оригинальное сообщение|оригінальне повідомлення|початкове повідомлення)\s*-{2,}\s*$/i;
const FORWARD_MARKER = /^\s*(-{2,}\s*(forwarded message|пересылаемое сообщение|переслане повідомлення|weitergeleitete nachricht)\s*-{2,}|begin forwarded message:|-{2,} ?(пересланное сообщение|forwarded) ?-{2,})\s*$/i;
const HEADER_FROM = /^\s*\*?(from|от|від|von|de|da|van|od)\s*:\*?\s*\S/i;
const HEADER_DATE = /^\s*\*?(sent|date|отправлено|дата|надіслано|gesendet|datum|envoyé|enviado|inviato|verzonden|wysłano)\s*:/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const MOBILE_SIGNATURE =
  /^(sent from my \S.*|sent from (mail|outlook) for \S.*|get outlook for (ios|android)|sent from yahoo mail.*|отправлено с (моего )?(iphone|ipad|android).*|надіслано з (мого )?(iphone|ipad|android).*)$/i;
/** A signature longer than this is more likely content than a signature. */
const MAX_SIGNATURE_LINES = 15;

export function splitQuotedText(text: string, options: SplitQuotedOptions = {}): FoldedText {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\uFEFF/g, '').split('\n');
  if (options.forwarded) return { visible: join(lines), quoted: '', signature: '' };

  const below = quoteBelow(lines);
  // A quote at the very top is either bottom-posting (the reply follows it) or all there is.
  if (below !== undefined && lines.slice(0, below).some((line) => line.trim())) {
    return { ...withSignature(lines.slice(0, below)), quoted: join(lines.slice(below)), quotePosition: 'below' };
  }
  const above = quoteAbove(lines);
  if (above !== undefined) {
    return { ...withSignature(lines.slice(above)), quoted: join(lines.slice(0, above)), quotePosition: 'above' };
  }
  return { ...withSignature(lines), quoted: '' };
}

/** Index where a trailing quote starts (top-posting), if any; stops at a forward marker. */
function quoteBelow(lines: string[]): number | undefined {
  let lastUnquoted = -1;
  lines.forEach((line, i) => {
    if (line.trim() && !isQuoted(line)) lastUnquoted = i;
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FORWARD_MARKER.test(line)) return undefined;
    if (ORIGINAL_MESSAGE.test(line)) return i;
    if (UNDERSCORES.test(line) && headerBlockAt(lines, i + 1)) return i;
    if (headerBlockAt(lines, i)) return i;
    const attribution = attributionAt(lines, i);
    if (attribution !== undefined && (quotedFollows(lines, attribution) || strongAttribution(lines, i, attribution))) {
      return i;
    }
    if (isQuoted(line) && i > lastUnquoted) return i;
  }
  return undefined;
}

/** Index where the reply starts after a leading quote (bottom-posting), if the quote is one block. */
function quoteAbove(lines: string[]): number | undefined {
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  const attribution = attributionAt(lines, i);
  if (attribution !== undefined) i = attribution;
  while (i < lines.length && !lines[i].trim()) i++;
  if (i >= lines.length || !isQuoted(lines[i])) return undefined;
  while (i < lines.length && (isQuoted(lines[i]) || !lines[i].trim())) i++;
  const rest = lines.slice(i);
  // Answers between quotes (inline replies) are not folded: the quotes give them their meaning.
  if (!rest.some((line) => line.trim()) || rest.some(isQuoted)) return undefined;
  return i;
}

/**
 * An attribution line starting at `i`, possibly wrapped over up to three lines by the client;
 * returns the index after it.
 */
function attributionAt(lines: string[], i: number): number | undefined {
  let joined = '';
  for (let k = i; k < Math.min(i + 3, lines.length); k++) {
    const line = lines[k].trim();
    if (!line || (k > i && isQuoted(lines[k]))) return undefined;
    joined = joined ? `${joined} ${line}` : line;
    if (joined.length > 300) return undefined;
    if (ATTRIBUTION_END.test(joined) || (ATTRIBUTION_ADDRESS_END.test(joined) && /\d/.test(joined))) return k + 1;
  }
  return undefined;
}

/** Without `>` lines after it, an attribution must look like one: a date and a name or address. */
function strongAttribution(lines: string[], start: number, end: number): boolean {
  const joined = lines.slice(start, end).join(' ');
  return /\d/.test(joined) && (/@/.test(joined) || /^\s*(on|am|le|el|il|op)\s/i.test(joined));
}

function quotedFollows(lines: string[], from: number): boolean {
  let i = from;
  while (i < lines.length && !lines[i].trim()) i++;
  return i < lines.length && isQuoted(lines[i]);
}

/** Outlook's header block: From: followed within a few lines by Sent:/Date:. */
function headerBlockAt(lines: string[], i: number): boolean {
  if (i >= lines.length || !HEADER_FROM.test(lines[i])) return false;
  return lines.slice(i + 1, i + 5).some((line) => HEADER_DATE.test(line));
}

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

/** Splits a "-- " signature (or a mobile client's "Sent from my iPhone") off the end of the reply. */
function withSignature(lines: string[]): { visible: string; signature: string } {
  let end = lines.length;
  while (end > 0 && !lines[end - 1].trim()) end--;
  for (let i = end - 1; i >= Math.max(0, end - MAX_SIGNATURE_LINES - 1); i--) {
    if (lines[i].trimEnd() === '--') {
      return { visible: join(lines.slice(0, i)), signature: join(lines.slice(i + 1, end)) };
    }
  }
  if (end > 0 && MOBILE_SIGNATURE.test(lines[end - 1].trim())) {
    return { visible: join(lines.slice(0, end - 1)), signature: lines[end - 1].trim() };
  }
  return { visible: join(lines), signature: '' };
}

/** Joins lines back, without blank lines or trailing spaces at either end. */
function join(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/^(\s*\n)+/, '')
    .trimEnd();
}
