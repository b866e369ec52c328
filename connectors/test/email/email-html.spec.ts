import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewriteEmailCidLinks, sanitizeEmailHtml } from '../../src/email';
import { escapeHtml, textToHtml } from '../../src/email/email-html';
import { parseFixture } from './fixtures';

const SAFE_TAGS =
  'a|abbr|address|b|bdi|bdo|big|blockquote|br|caption|center|cite|code|col|colgroup|dd|del|dfn|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var|wbr';
const SAFE_ATTRS = 'align|valign|dir|lang|title|alt|width|height|colspan|rowspan|border|cellpadding|cellspacing|start|bgcolor|color|face|size|type|nowrap|style|href|target|rel|src';

/**
 * The sanitizer's output grammar: text without < or >, and tags from the allowlist whose
 * attributes are double-quoted, free of quotes and angle brackets, and whose URLs use an
 * allowed scheme. Anything a browser could run or load fails this check.
 */
function expectSafe(html: string): void {
  const tag = new RegExp(`^<(/?)(${SAFE_TAGS})((?: (?:${SAFE_ATTRS})="[^"<>]*")*)>`);
  let rest = html;
  while (rest) {
    if (rest[0] !== '<') {
      const text = /^[^<>]+/.exec(rest);
      expect(text, `text at: ${rest.slice(0, 40)}`).not.toBeNull();
      rest = rest.slice((text as RegExpExecArray)[0].length);
      continue;
    }
    const match = tag.exec(rest);
    expect(match, `tag at: ${rest.slice(0, 60)}`).not.toBeNull();
    for (const [, name, value] of (match as RegExpExecArray)[3].matchAll(/ (\w+)="([^"]*)"/g)) {
      const decoded = value.replace(/&amp;/g, '&');
      if (name === 'href') expect(decoded).toMatch(/^(https?|mailto|tel):/i);
      if (name === 'src') expect(decoded).toMatch(/^(cid:|data:image\/(png|gif|jpe?g|webp);base64,)/i);
      if (name === 'style') expect(decoded).not.toMatch(/url|expression|javascript|\\|@/i);
    }
    rest = rest.slice((match as RegExpExecArray)[0].length);
  }
}

describe(sanitizeEmailHtml.name, () => {
  it('strips scripts, handlers, javascript: links, frames, forms and remote loads from the phishing fixture', async () => {
    const html = (await parseFixture('html-malicious')).html as string;
    expectSafe(html);
    expect(html).not.toMatch(/script|onerror|onload|onclick|javascript|iframe|<form|<input|<svg|<math|<object|<meta|<base|<style|evil\.example\.com/i);
    expect(html).toContain('<a href="https://example.com/help" target="_blank" rel="noopener noreferrer nofollow">Help centre</a>');
    expect(html).toMatch(/Verify now\s+Or here\s+Or there/);
    expect(html).toContain('<p>Thank you, <b>Acme</b> &amp; team</p>');
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<a href="JAVASCRIPT:alert(1)">x</a>', 'x'],
    ['<a href="java\tscript:alert(1)">x</a>', 'x'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'x'],
    ['<a href="&#x6A;avascript&#x3A;alert(1)">x</a>', 'x'],
    ['<a href=" \x01javascript:alert(1)">x</a>', 'x'],
    ['<a href="vbscript:msgbox(1)">x</a>', 'x'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'x'],
    ['<a href="/admin/delete?id=1">x</a>', 'x'],
    ['<a href=https://example.com/a?b=1&amp;c=2 onclick=steal()>x</a>', '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="mailto:help@example.com" title="mail &quot;us&quot;">x</a>', '<a href="mailto:help@example.com" target="_blank" rel="noopener noreferrer nofollow" title="mail &quot;us&quot;">x</a>'],
  ])('treats the link %j safely', (input, output) => {
    expect(sanitizeEmailHtml(input)).toBe(output);
  });

  it.each([
    ['<img src="cid:logo@x" alt="Logo" width="80">', '<img src="cid:logo@x" alt="Logo" width="80">'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=">', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['<img src="https://cdn.example.com/banner.png" alt="Spring sale">', '<a href="https://cdn.example.com/banner.png" target="_blank" rel="noopener noreferrer nofollow">[Spring sale]</a>'],
    ['<img src="https://t.example.com/open.gif" width="1" height="1">', ''],
    ['<img src=x onerror=alert(1)>', ''],
    ['<img srcset="https://evil.example/x.png 2x" src="cid:a">', '<img src="cid:a">'],
  ])('keeps embedded images and turns remote ones into links: %j', (input, output) => {
    expect(sanitizeEmailHtml(input)).toBe(output);
  });

  it('keeps harmless inline styles and drops anything that loads, evaluates or positions', () => {
    const out = sanitizeEmailHtml(
      '<p style="color: #333; font-size: 14px; background: url(https://t.example/x); width: expression(alert(1)); position: fixed; top: 0; border: 1px solid rgb(1,2,3); behavior: url(x.htc)">x</p>',
    );
    expect(out).toBe('<p style="color:#333;font-size:14px;border:1px solid rgb(1,2,3)">x</p>');
    expect(sanitizeEmailHtml('<p style="color: re\\64">x</p>')).toBe('<p>x</p>');
  });

  it('closes what the mail left open and ignores stray end tags', () => {
    expect(sanitizeEmailHtml('<div><b><i>bold italic</b> after</div></span><p>open')).toBe('<div><b><i>bold italic</i></b> after</div><p>open</p>');
    expect(sanitizeEmailHtml('<table><tr><td>1<td>2</table>')).toBe('<table><tr><td>1</td><td>2</td></tr></table>');
  });

  it('escapes text and writes character references as the characters they stand for', () => {
    expect(sanitizeEmailHtml('a < b & c > d &amp; &copy; &#169; &#xA9;')).toBe('a &lt; b &amp; c &gt; d &amp; © © ©');
    expect(sanitizeEmailHtml('1 <2 and 3> 2')).toBe('1 &lt;2 and 3&gt; 2');
  });

  it('drops whole subtrees of head, svg, math, template, object, select and raw-text elements', () => {
    expect(sanitizeEmailHtml('<head><title>t</title><style>p{}</style></head><body><p>hi</p></body>')).toBe('<p>hi</p>');
    expect(sanitizeEmailHtml('<html><head><meta charset="utf-8"><body>no head end</body></html>')).toBe('no head end');
    expect(sanitizeEmailHtml('<svg><a href="https://x.example"><text>in svg</text></a></svg>ok')).toBe('ok');
    expect(sanitizeEmailHtml('<template><p>t</p></template><textarea><p>x</p></textarea><select><option>o</select>ok')).toBe('ok');
    expect(sanitizeEmailHtml('<script>if (a < b) { document.write("</p>") }</script>ok')).toBe('ok');
    expect(sanitizeEmailHtml('<style>a{}</style ><plaintext><p>everything after')).toBe('');
  });

  it.each([
    ['<svg onload=alert(1)>', ''],
    ['<svg/onload=alert(1)><p>after</p>', ''],
    ['<body onload=alert(1)>hi</body>', 'hi'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', 'x'],
    ['<a href="jav&Tab;ascript&colon;alert(1)">x</a>', 'x'],
    ['<a href="&NewLine;javascript:alert(1)">x</a>', 'x'],
    ['<a href="javascript&#58alert(1)">x</a>', 'x'],
    ['<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>', 'x'],
    ['<a href="  javascript:alert(1)  ">x</a>', 'x'],
    ['<a href="java\nscript:alert(1)">x</a>', 'x'],
    ['<style>body{background:url(javascript:alert(1))}</style><p>after</p>', '<p>after</p>'],
    ['<STYLE>@import "https://evil.example/x.css";</STYLE>ok', 'ok'],
    ['<iframe src="javascript:alert(1)"></iframe>ok', 'ok'],
    ['<iframe src="https://evil.example/"><p>inside</p></iframe>ok', 'ok'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x'],
    ['<a href="DATA:text/html;base64,PHNjcmlwdD4=">x</a>', 'x'],
    ['<a href="data:image/png;base64,iVBORw0KGgo=">x</a>', 'x'],
    ['<a href="//evil.example/x">x</a>', 'x'],
    ['<img src="//evil.example/x.png" alt="p">', ''],
    ['<a href="https://ok.example"', ''],
    ['<img src=x onerror=alert(1)', ''],
    ['<script>alert(1)', ''],
    ['<div title="x" <script>alert(1)</script>', '<div title="x">alert(1)</div>'],
    ['<p>open <b>bold <a href="https://ok.example">link', '<p>open <b>bold <a href="https://ok.example" target="_blank" rel="noopener noreferrer nofollow">link</a></b></p>'],
    ['<img src="https://a.example/x.png" alt="<script>">', '<a href="https://a.example/x.png" target="_blank" rel="noopener noreferrer nofollow">[&lt;script&gt;]</a>'],
  ])('refuses the classic vector %j', (input, output) => {
    expect(sanitizeEmailHtml(input)).toBe(output);
  });

  it('defeats the known parser-confusion tricks', () => {
    const vectors = [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<!--><img src=x onerror=alert(1)>-->',
      '<!-- --!><img src=x onerror=alert(1)>-->',
      '<svg><style><img src=x onerror=alert(1)></style></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
      '<a href="https://ok.example" x="y"onclick="alert(1)">x</a>',
      '<a/href="javascript:alert(1)">x</a>',
      '<img """><script>alert(1)</script>">',
      '<scr<script>ipt>alert(1)</script>',
      '<<script>script>alert(1)<</script>/script>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<a href="https://ok.example"><a href="javascript:alert(1)">nested</a></a>',
      '<div style="background-image: url(&#34;javascript:alert(1)&#34;)">x</div>',
      '<p title="a" title="b" onmouseover=alert(1) >x',
      '<img src="cid:x" onload="alert(1)" style="x:expression(alert(1))">',
    ];
    for (const vector of vectors) {
      const out = sanitizeEmailHtml(vector);
      expectSafe(out);
      expect(out).not.toMatch(/<script|<img src="?x|on\w+=|javascript:|<style|<iframe/i);
    }
  });

  it('writes only the safe grammar, whatever it is fed', () => {
    const piece = fc.constantFrom(
      '<', '>', '</', '/>', '<!--', '-->', '<!', '"', "'", '=', ' ', '\n', '\t', '&', '&#', '&#x6a;', '&amp;', '&quot;', ';', 'a', 'x',
      'script', 'style', 'svg', 'math', 'img', 'iframe', 'noscript', 'textarea', 'title', 'table', 'td', 'p', 'b', 'head', 'body',
      ' src=', ' href=', ' style=', ' onerror=', ' onclick=', ' title=', 'javascript:', 'java\tscript:', 'data:image/png;base64,AA',
      'data:text/html,', 'cid:x', 'https://e.example/', 'url(', 'expression(', '<a ', '<img ', '<p>', '</p>', '<div>', '</div>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.string({ maxLength: 20 }), (pieces, noise) => {
        const out = sanitizeEmailHtml(pieces.join('') + noise);
        expectSafe(out);
        // The output is a fixed point: sanitizing it again changes nothing.
        expect(sanitizeEmailHtml(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe(rewriteEmailCidLinks.name, () => {
  it('points cid: images at the stored files and leaves unknown ones alone', () => {
    const html = sanitizeEmailHtml('<p><img src="cid:a@x" alt="a"><img src="cid:b@x"></p>');
    const out = rewriteEmailCidLinks(html, (cid) => (cid === 'a@x' ? '/api/files/7?sig="q"&x=1' : undefined));
    expect(out).toBe('<p><img src="/api/files/7?sig=&quot;q&quot;&amp;x=1" alt="a"><img src="cid:b@x"></p>');
  });
});

describe('outbound escaping', () => {
  it('turns operator text into inert HTML with its line breaks', () => {
    expect(textToHtml('Hi <b>Anna</b> & "team"\nline 2')).toBe('Hi &#60;b&#62;Anna&#60;/b&#62; &#38; &#34;team&#34;<br>\nline 2');
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});
