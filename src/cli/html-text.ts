/**
 * The text of an HTML file, for the command line. Markup is blanked, not removed: every tag,
 * comment and doctype, and the whole of every element whose content is not article text
 * (script, style, title, …), becomes spaces of the same length. Entities are left as written.
 * So the text has the file's length, and every offset in a report made from it is also an
 * offset into the file: `html.slice(start, end)` is the claim's text wherever no tag falls
 * inside the claim.
 *
 * A block-level tag (p, div, h1–h6, li, br, tr, …) ends in a line break instead of a space, so
 * paragraphs and headings stay apart even in HTML written on one line (the pipeline reads a line
 * as a paragraph). Line numbers in the report therefore count those breaks too.
 *
 * A hand-written scanner, not regular expressions: it looks at each character a bounded number
 * of times, so hostile markup cannot make it slow.
 */

/** What `htmlToText()` takes out of a page. */
export interface HtmlText {
  /** The page with its markup blanked: as long as the input, offset for offset. */
  readonly text: string;
  /** The `<title>`, with its whitespace collapsed and basic entities decoded, when it has one. */
  readonly title?: string;
}

/** Elements whose content is blanked with them: code, styles, metadata and embedded documents. */
const HIDDEN = new Set(['script', 'style', 'title', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'textarea', 'xmp', 'svg', 'math', 'object']);

/** Tags that start or end a block of text: they end in a line break. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/**
 * The article text of an HTML page, offset for offset (see the file comment).
 * @example
 * htmlToText('<p>Police fired <b>tear gas</b>.</p>').text;
 * // '   Police fired    tear gas    .   \n'
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const find = finder(html);
  let title: string | undefined;
  let at = 0;
  let textFrom = 0;
  const blank = (from: number, to: number, breakAtEnd: boolean): void => {
    out.push(html.slice(textFrom, from));
    if (to > from) out.push(' '.repeat(to - from - (breakAtEnd ? 1 : 0)), breakAtEnd ? '\n' : '');
    textFrom = to;
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    const markup = markupAt(html, lt, find);
    if (markup === undefined) {
      at = lt + 1;
      continue;
    }
    let end = markup.end;
    if (markup.open !== undefined && HIDDEN.has(markup.open)) {
      // The element's content goes with it, up to its end tag (or the end of the file, as a browser reads an unclosed <script>).
      const close = closingTag(html, markup.end, markup.open, find);
      if (markup.open === 'title' && title === undefined) title = titleText(html.slice(markup.end, close.start));
      end = close.end;
    }
    blank(lt, end, markup.name !== undefined && BLOCK.has(markup.name) && end === markup.end);
    at = end;
  }
  out.push(html.slice(textFrom));
  const text = out.join('');
  return title ? { text, title } : { text };
}

/** A piece of markup at a `<`: where it ends, and the tag's name when it is a tag. */
interface Markup {
  /** Offset just past the markup. */
  readonly end: number;
  /** The lower-cased tag name, start or end tag. */
  readonly name?: string;
  /** The name again, for a start tag only. */
  readonly open?: string;
}

/** The markup that starts at `html[lt] === '<'`, or undefined when the `<` is plain text ("3 < 4"). */
function markupAt(html: string, lt: number, find: (needle: string, from: number) => number): Markup | undefined {
  const next = html[lt + 1];
  if (next === '!') {
    if (html.startsWith('<!--', lt)) return { end: commentEnd(html, lt + 4, find) };
    return { end: endOf(find('>', lt + 2), 1, html.length) }; // doctype, CDATA, bogus comment
  }
  if (next === '?') return { end: endOf(find('>', lt + 2), 1, html.length) };
  const closing = next === '/';
  const nameStart = closing ? lt + 2 : lt + 1;
  if (!isAsciiLetter(html.charCodeAt(nameStart))) {
    // "</>" and "</ x>" are bogus comments to a browser; "<" before anything else is text.
    return closing ? { end: endOf(find('>', lt + 2), 1, html.length) } : undefined;
  }
  let i = nameStart;
  while (i < html.length && !isNameEnd(html.charCodeAt(i))) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const end = tagEnd(html, i, find);
  return closing ? { end, name } : { end, name, open: name };
}

/** Past the `>` that ends a tag whose attributes start at `from`; a quoted value may hold a `>`. */
function tagEnd(html: string, from: number, find: (needle: string, from: number) => number): number {
  let i = from;
  while (i < html.length) {
    const c = html[i];
    if (c === '>') return i + 1;
    i++;
    if (c !== '=') continue;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    const q = html[i];
    // A browser drops a tag the file ends inside: so do we, to the end.
    if (q === '"' || q === "'") i = endOf(find(q, i + 1), 1, html.length);
  }
  return html.length;
}

/** Past the end of a comment whose body starts at `from`: "-->", "--!>", or the abrupt "<!-->" and "<!--->". */
function commentEnd(html: string, from: number, find: (needle: string, from: number) => number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const a = find('-->', from);
  const b = find('--!>', from);
  if (a < 0 && b < 0) return html.length;
  return a >= 0 && (b < 0 || a < b) ? a + 3 : b + 4;
}

/** The end tag `</name …>` at or after `from`, or the end of the file. */
function closingTag(html: string, from: number, name: string, find: (needle: string, from: number) => number): { start: number; end: number } {
  for (let i = find('</', from); i >= 0; i = find('</', i + 2)) {
    const after = i + 2 + name.length;
    if (html.slice(i + 2, after).toLowerCase() === name && (after === html.length || isNameEnd(html.charCodeAt(after)))) {
      return { start: i, end: tagEnd(html, after, find) };
    }
  }
  return { start: html.length, end: html.length };
}

/**
 * `indexOf` that remembers its last answer per needle. Searches only move forward, so a needle
 * that is far away or absent is looked for once, not once per tag: the scan stays linear.
 */
function finder(html: string): (needle: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const hit = last.get(needle);
    if (hit && hit.from <= from && (hit.at < 0 || hit.at >= from)) return hit.at;
    const at = html.indexOf(needle, from);
    last.set(needle, { from, at });
    return at;
  };
}

const endOf = (index: number, length: number, fallback: number): number => (index < 0 ? fallback : index + length);
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isNameEnd = (c: number): boolean => isSpace(c) || c === 0x2f || c === 0x3e;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A title as metadata: on one line, with numeric and the basic named entities decoded. */
function titleText(raw: string): string | undefined {
  const decoded = raw.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,4});/giu, (whole, ref: string) => {
    if (!ref.startsWith('#')) return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
  const title = decoded.replace(/\s+/gu, ' ').trim();
  return title === '' ? undefined : title;
}
