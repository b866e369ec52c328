import type { Page } from 'playwright-core';

/** What the route walk looks for on a settled page; each problem is one line naming the element and what is wrong. */
export interface AuditOptions {
  /** ru/uk: durations must not keep English units ("16 s", "3 min"). */
  translatedUnits: boolean;
  /** Every leaf key of the English locale ("supervision.board.title"): shown as text, a key was not translated. */
  keys: string[];
}

/**
 * Runs in the page. Written without helpers from outside the function (it is
 * sent to the browser as its source). Text is measured through Ranges over
 * an element's own text nodes, so a box that hides or truncates on purpose
 * (overflow hidden with an ellipsis) is not mistaken for text that spills.
 */
function auditInPage(options: AuditOptions): string[] {
  const problems: string[] = [];
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 3 && e !== document.body; e = e.parentElement) {
      const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      parts.unshift(`${e.tagName.toLowerCase()}${cls}`);
    }
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${parts.join(' > ')} "${text}"`;
  };
  const visible = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    // Screen-reader-only text is a 1 px box on purpose.
    return r.width > 1 && r.height > 1;
  };
  /** Each element with text of its own, with the rectangles of its text's lines. */
  const texts: Array<{ el: Element; rects: DOMRect[]; text: string }> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const byElement = new Map<Element, { rects: DOMRect[]; text: string }>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const el = node.parentElement;
    if (!text.trim() || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION'].includes(el.tagName)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (!rects.length) continue;
    const entry = byElement.get(el) ?? { rects: [], text: '' };
    entry.rects.push(...rects);
    entry.text += text;
    byElement.set(el, entry);
  }
  /**
   * An element that clips its overflow (an ellipsis) shows its text only inside its box, while a Range
   * still measures the whole line: the lines are cut to the box, so a truncated label beside a button
   * does not count as lying under it.
   */
  const shown = (el: Element, rects: DOMRect[]): DOMRect[] => {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') return rects;
    const box = el.getBoundingClientRect();
    return rects
      .map((r) => new DOMRect(Math.max(r.left, box.left), Math.max(r.top, box.top), Math.min(r.right, box.right) - Math.max(r.left, box.left), Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top)))
      .filter((r) => r.width > 0.5 && r.height > 0.5);
  };
  for (const [el, entry] of byElement) {
    const rects = visible(el) ? shown(el, entry.rects) : [];
    if (rects.length) texts.push({ el, rects, text: entry.text });
  }

  const allText = [document.body.innerText, ...[...document.querySelectorAll('svg text')].map((t) => t.textContent ?? '')].join('\n');
  const keys = new Set(options.keys);
  // A key in braces is a template variable shown on purpose ({contact.name}).
  for (const token of allText.match(/(?<![{\w.])[a-z][\w-]*(?:\.[\w-]+)+(?![\w.}])/g) ?? []) if (keys.has(token)) problems.push(`untranslated key shown: ${token}`);
  if (options.translatedUnits) {
    for (const unit of allText.match(/\b\d+\s?(?:s|sec|min|h|ms|d)\b/g) ?? []) problems.push(`English unit in the translated page: "${unit}"`);
  }
  for (const { el, rects, text } of texts) {
    if (el instanceof SVGElement) continue;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (clips) {
      const truncates = style.textOverflow === 'ellipsis' || style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowY === 'auto' || style.overflowY === 'scroll';
      if (!truncates && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) problems.push(`text cut off by its box: ${describe(el)}`);
    } else if (style.display !== 'inline') {
      const right = Math.max(...rects.map((r) => r.right));
      if (right > box.right + 2) problems.push(`text overflows its box by ${Math.round(right - box.right)} px: ${describe(el)}`);
    }
    const lines = new Set(rects.map((r) => Math.round(r.top))).size;
    if (text.trim().length > 40 && lines >= 5 && box.width < 200) problems.push(`text squeezed into a ${Math.round(box.width)} px column (${lines} lines): ${describe(el)}`);
  }

  // Text running off the side of the screen: the page is wider than the phone and is panned about. A strip
  // or a table made to scroll sideways within the page (overflow-x auto or scroll with overflow-y hidden,
  // which a page's own vertical scroller never has) holds such text on purpose, reached by swiping it.
  const scrollsSideways = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && style.overflowY === 'hidden') return true;
    }
    return false;
  };
  for (const { el, rects } of texts) {
    const out = Math.max(...rects.map((r) => r.right)) - innerWidth;
    const before = -Math.min(...rects.map((r) => r.left));
    if ((out > 1 || before > 1) && !scrollsSideways(el)) problems.push(`text runs off the screen by ${Math.round(Math.max(out, before))} px: ${describe(el)}`);
  }

  /** Two chart labels on one line with less than a space between them read as one ("0 10"): a scale's labels among an axis's. */
  const runTogether = (r: DOMRect, s: DOMRect): boolean => {
    const sameLine = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > Math.min(r.height, s.height) / 2;
    const gap = Math.max(r.left, s.left) - Math.min(r.right, s.right);
    return sameLine && gap < 6;
  };
  // Text on text: two elements neither inside the other whose lines cross.
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const crossing = a.rects.some((r) =>
        b.rects.some((s) => {
          const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
          const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
          return w > 2 && h > 2 && w * h > 0.15 * Math.min(r.width * r.height, s.width * s.height);
        }),
      );
      if (crossing) problems.push(`text overlaps text: ${describe(a.el)} and ${describe(b.el)}`);
      else if (a.el instanceof SVGElement && b.el instanceof SVGElement && a.rects.some((r) => b.rects.some((s) => runTogether(r, s)))) {
        problems.push(`chart labels run into each other: ${describe(a.el)} and ${describe(b.el)}`);
      }
    }
  }

  // A chart's label under a shape drawn after it (a colour scale on the axis labels): SVG paints in document order.
  for (const svg of document.querySelectorAll('svg')) {
    if (!visible(svg)) continue;
    const labels = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() && visible(t));
    const shapes = [...svg.querySelectorAll('path, rect, circle, polygon')].filter((el) => {
      const style = getComputedStyle(el);
      return visible(el) && style.fill !== 'none' && style.fill !== 'transparent' && Number(style.fillOpacity) > 0;
    });
    for (const label of labels) {
      const r = label.getBoundingClientRect();
      const cover = shapes.find((shape) => {
        if (!(label.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
        const s = shape.getBoundingClientRect();
        const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        return w > 1 && h > 1 && w * h > 0.15 * r.width * r.height;
      });
      if (cover) problems.push(`chart label covered by a shape drawn over it: ${describe(label)} under ${describe(cover)}`);
    }
  }

  // A select shows its chosen option's text inside its own box, out of reach of a Range: a copy of it
  // holding that option alone, at its natural width beside it (same rules, same font), is as wide as
  // the select must be for the text to show whole.
  for (const select of document.querySelectorAll('select')) {
    const chosen = select.selectedOptions[0];
    if (!visible(select) || select.multiple || !chosen?.text.trim()) continue;
    const probe = select.cloneNode(false) as HTMLSelectElement;
    probe.removeAttribute('id');
    probe.removeAttribute('name');
    probe.append(new Option(chosen.text));
    Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', width: 'auto', minWidth: '0', maxWidth: 'none', flex: 'none' });
    select.after(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    const width = select.getBoundingClientRect().width;
    if (width + 1 < needed) problems.push(`select's text cut off (${Math.round(width)} px of ${Math.round(needed)}): ${describe(select)} "${chosen.text.trim()}"`);
  }

  // A cell holding a list (four lines or more) starts level with its row's other cells, not beside its middle.
  // Shorter stacks (a name over an e-mail) are centred on the row on purpose.
  for (const row of document.querySelectorAll('tr')) {
    // On a phone a table's rows are stacked cards (display: block), their cells one under another on purpose.
    if (!visible(row) || getComputedStyle(row).display !== 'table-row') continue;
    const tops: number[] = [];
    let tallest = 0;
    for (const cell of row.children) {
      const inCell = texts.filter((t) => cell.contains(t.el));
      if (!inCell.length) continue;
      tops.push(Math.min(...inCell[0].rects.map((r) => r.top)));
      tallest = Math.max(tallest, new Set(inCell.flatMap((t) => t.rects.map((r) => Math.round(r.top)))).size);
    }
    const apart = tops.length > 1 ? Math.max(...tops) - Math.min(...tops) : 0;
    if (tallest >= 4 && apart > 8) problems.push(`table row's cells start ${Math.round(apart)} px apart: ${describe(row)}`);
  }
  return problems;
}

export async function auditPage(page: Page, options: AuditOptions): Promise<string[]> {
  return page.evaluate(auditInPage, options);
}
