/**
 * Finds direct quotes in a paragraph: “…”, "…", ‘…’, «…», „…“, ”…” (Swedish), ‹…›, and quotes
 * opened by a dash at the start of a paragraph ("– Vi ska ta oss in!", "—No vamos —dijo").
 */

/** A quote's marks and inner text, as offsets into the document. */
export interface QuoteSpan {
  /** Offset of the opening mark (or dash). */
  readonly open: number;
  /** Offset just past the closing mark (or the end of the quoted words for dash quotes). */
  readonly close: number;
  /** Offsets of the quoted words, marks excluded. */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly dash: boolean;
  /** True when the quote runs on from the previous paragraph's unclosed quote. */
  readonly continued: boolean;
}

/** Opening mark → the marks that may close it. */
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”„"',
  '"': '"”“',
  '‘': '’\'',
  "'": "'’",
  '«': '»',
  '„': '“”',
  '”': '”',
  '‚': '‘’',
  '‹': '›',
  '»': '«',
};

const DASH_OPEN = /^[-–—]\s?(?=[\p{Lu}¿¡])/u;
// The dash that ends a dash quote and starts its attribution: " – sade han", " —dijo el alcalde".
const DASH_CLOSE = /\s[-–—]\s?(?=\p{Ll})|,\s[-–—]\s|[.!?]\s+[-–—]\s?(?=\p{Ll})/gu;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Quotes of text[start, end), a paragraph; `carry` is the previous paragraph's unclosed opening mark. */
export function findQuoteMarks(text: string, start: number, end: number, carry?: string): { quotes: QuoteSpan[]; unclosed?: string } {
  const quotes: QuoteSpan[] = [];
  const para = text.slice(start, end);
  const dash = DASH_OPEN.exec(para);
  if (dash) {
    DASH_CLOSE.lastIndex = dash[0].length;
    const stop = DASH_CLOSE.exec(para);
    const innerEnd = stop ? stop.index + (/^[.!?]/u.test(stop[0]) ? 1 : 0) : para.length;
    quotes.push({ open: start, close: start + innerEnd, innerStart: start + dash[0].length, innerEnd: start + innerEnd, dash: true, continued: false });
    return { quotes };
  }
  let i = 0;
  let unclosed: string | undefined;
  while (i < para.length) {
    const c = para[i]!;
    const closers = PAIRS[c];
    const prev = para[i - 1];
    const continuing = i === 0 && carry !== undefined && c === carry;
    // An opening mark follows a space, a bracket, a dash or a colon, and comes before a word.
    // French guillemets hold a space inside: « a shot in the foot ».
    const spaced = c === '«' || c === '»';
    const opens = closers !== undefined && (i === 0 || /[\s([{\-–—:/]/u.test(prev!)) && para[i + 1] !== undefined && (spaced || !/\s/u.test(para[i + 1]!));
    // ’ and ' are apostrophes inside words ("they’d"), never openers.
    if (!opens || c === '’' || (c === "'" && (!isWordChar(para[i + 1]) || /\d/u.test(para[i + 1]!)))) {
      i++;
      continue;
    }
    const j = findClose(para, i + 1, closers);
    // A straight ' that finds no closer was an apostrophe ("the '90s", "rock 'n'"), not a run-on quote.
    if (j === -1 && c === "'") {
      i++;
      continue;
    }
    if (j === -1) {
      // No closing mark in the paragraph: a quote that runs on into the next paragraph.
      if (para.length - i > 12) {
        quotes.push({ open: start + i, close: end, innerStart: start + i + 1, innerEnd: end, dash: false, continued: continuing });
        unclosed = c;
      }
      break;
    }
    quotes.push({ open: start + i, close: start + j + 1, innerStart: start + i + 1, innerEnd: start + j, dash: false, continued: continuing });
    i = j + 1;
  }
  return unclosed ? { quotes, unclosed } : { quotes };
}

/** Index of the mark that closes a quote opened before `from`, or -1. */
function findClose(para: string, from: number, closers: string): number {
  for (let j = from; j < para.length; j++) {
    const c = para[j]!;
    if (!closers.includes(c)) continue;
    // A closing ’ or ' inside a word is an apostrophe ("Mexico’s").
    if ((c === '’' || c === "'") && isWordChar(para[j - 1]) && isWordChar(para[j + 1])) continue;
    // A closing mark comes after a word or punctuation, not after a space (but » may).
    if (/\s/u.test(para[j - 1] ?? ' ') && c !== '»' && c !== '«') continue;
    // A straight ' after an "s" and before a space is a plural possessive ("the migrants' camp").
    if (c === "'" && para[j - 1] === 's' && /\s/u.test(para[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}
