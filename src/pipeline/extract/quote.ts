/**
 * Quote claims: the words an article puts in someone's mouth, with the speaker it names. Scare
 * quotes ("onslaught") and titles are left out; short fragments inside a sentence are kept and
 * flagged.
 */
import type { CompiledLanguage } from '../../lexicon/registry';
import type { Attribution, QuoteClaim } from '../../types';
import type { Speaker } from './attribution';
import { speakerAfter, speakerBefore } from './attribution';
import type { DocContext } from './context';
import { quoteWords } from '../align/similarity';
import type { ClaimBaseBuilder } from './shared';
import { findQuoteMarks, type QuoteSpan } from './quote-marks';

/** Fewer words than this in quote marks are scare quotes or a name, not a quote. */
const MIN_WORDS = 3;
/** How many quotes before and after a quote may lend it their speaker. */
const INHERIT_WINDOW = 12;

/** A quote found in a document, with its speaker: also used to attribute claims inside quotes. */
export interface FoundQuote {
  readonly span: QuoteSpan;
  readonly speaker?: Speaker;
}

export function findQuotes(ctx: DocContext): FoundQuote[] {
  const text = ctx.seg.doc.text;
  const out: FoundQuote[] = [];
  let carry: string | undefined;
  ctx.seg.paragraphs.forEach(([ps, pe]) => {
    const found = findQuoteMarks(text, ps, pe, carry);
    carry = found.unclosed;
    for (const raw of found.quotes) {
      const q = raw.dash ? trimDashQuote(ctx, raw) : raw;
      const previous = out[out.length - 1];
      const own = speakerOf(ctx, q, previous);
      // A quote that runs on from the previous paragraph has one speaker for all its parts,
      // often named only after the last part ("…,” Collins said").
      const speaker = q.continued && previous ? (previous.speaker ?? own) : own;
      if (q.continued && previous && !previous.speaker && speaker) out[out.length - 1] = { ...previous, speaker };
      out.push(speaker ? { span: q, speaker } : { span: q });
    }
  });
  return inheritSpeakers(ctx, out);
}

/**
 * A quote with no attribution of its own takes the speaker of a quote with the same words in the
 * same article: a headline quote ("Ministern: ”Vi backar inte”") and the body's "– Vi backar inte,
 * säger Anders Wikström".
 */
function inheritSpeakers(ctx: DocContext, quotes: FoundQuote[]): FoundQuote[] {
  const text = ctx.seg.doc.text;
  const words = quotes.map((q) => quoteWords(text.slice(q.span.innerStart, q.span.innerEnd)).join(' '));
  return quotes.map((q, i) => {
    if (q.speaker && !isRole(q.speaker, ctx)) return q;
    const w = words[i]!;
    if (w.split(' ').length < 2) return q;
    // Only quotes nearby: a headline and its body, not the whole of a long text.
    for (let k = Math.max(0, i - INHERIT_WINDOW); k < Math.min(quotes.length, i + INHERIT_WINDOW); k++) {
      const o = quotes[k]!;
      if (k !== i && o.speaker !== undefined && !isRole(o.speaker, ctx) && (words[k]!.includes(w) || w.includes(words[k]!))) return { ...q, speaker: o.speaker };
    }
    return q;
  });
}

/** A speaker given only by a role ("the minister", "Ministern") rather than a name. */
function isRole(s: Speaker, ctx: DocContext): boolean {
  return s.key === s.name.toLowerCase() && !/\p{Lu}/u.test(s.name.slice(1)) && s.name.split(/\s+/u).length <= 4 && ctx.seg.sentences.length > 0;
}

/** Quote claims from the quotes of a document. */
export function extractQuotes(ctx: DocContext, quotes: readonly FoundQuote[], base: ClaimBaseBuilder): QuoteClaim[] {
  const text = ctx.seg.doc.text;
  const out: QuoteClaim[] = [];
  for (const { span: q } of quotes) {
    const inner = text.slice(q.innerStart, q.innerEnd).trim();
    const n = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (n < MIN_WORDS - 1 || isTitle(inner)) continue;
    const innerStart = q.innerStart + text.slice(q.innerStart, q.innerEnd).indexOf(inner);
    const sentence = sentenceAt(ctx, innerStart);
    if (sentence < 0) continue;
    const fragment = !q.dash && isFragment(ctx, q, sentence, inner);
    const claim = base(innerStart, innerStart + inner.length, sentence);
    // Two quoted words are a claim only when a named person says them ("called the crossings
    // “utterly unacceptable”"); otherwise they are scare quotes.
    if (n < MIN_WORDS && (claim.attribution === undefined || !/\p{Lu}/u.test(claim.attribution.name))) continue;
    out.push({
      ...claim,
      kind: 'quote',
      quote: inner,
      fragment,
    });
  }
  return out;
}

export function toAttribution(ctx: DocContext, s: Speaker): Attribution {
  return {
    name: s.name,
    text: ctx.seg.doc.text.slice(s.start, s.end),
    span: ctx.span(s.start, s.end),
    key: s.key,
    ...(s.pronoun ? { resolvedFromPronoun: true } : {}),
  };
}

/** Index of the sentence that contains an offset, or -1. */
export function sentenceAt(ctx: DocContext, offset: number): number {
  const ss = ctx.seg.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return lo < ss.length && lo > 0 && ss[lo - 1]!.end <= offset && offset < ss[lo]!.start ? lo : Math.min(lo, ss.length - 1);
}

/** Flat index of the first token that starts at or after an offset. */
function flatAt(ctx: DocContext, offset: number): number {
  const toks = ctx.view.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function speakerOf(ctx: DocContext, q: QuoteSpan, previous: FoundQuote | undefined): Speaker | undefined {
  const after = flatAt(ctx, q.close);
  const open = flatAt(ctx, q.open);
  const toks = ctx.view.tokens;
  const paraEnd = flatAt(ctx, paragraphEnd(ctx, q.close));
  const paraStart = flatAt(ctx, paragraphStart(ctx, q.open));
  const lang = langAtFlat(ctx, Math.min(open, toks.length - 1));
  if (!lang) return undefined;
  // Stop at the next quote in the paragraph: its attribution is its own.
  let limit = paraEnd;
  for (let k = after; k < paraEnd; k++) {
    if (/^[“"«„‘”»]$/u.test(toks[k]!.text)) {
      limit = k;
      break;
    }
  }
  const sp =
    speakerAfter(ctx.view, after, limit, lang, ctx.resolvePronoun) ??
    speakerBefore(ctx.view, open, paraStart, lang, ctx.resolvePronoun);
  if (sp) return sp;
  // A second quote in the same paragraph with no attribution of its own: the same speaker.
  if (previous && paragraphStart(ctx, previous.span.open) === paragraphStart(ctx, q.open)) return previous.speaker;
  return undefined;
}

function langAtFlat(ctx: DocContext, k: number): CompiledLanguage | undefined {
  const s = ctx.seg.sentences[ctx.view.sentenceOf[k] ?? 0];
  return s ? ctx.langOf(s) : undefined;
}

/** The paragraph holding an offset, by binary search. */
function paragraphOf(ctx: DocContext, offset: number): readonly [number, number] | undefined {
  const ps = ctx.seg.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ps[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset > e) lo = mid + 1;
    else return ps[mid];
  }
  return undefined;
}

function paragraphStart(ctx: DocContext, offset: number): number {
  return paragraphOf(ctx, offset)?.[0] ?? 0;
}

function paragraphEnd(ctx: DocContext, offset: number): number {
  return paragraphOf(ctx, offset)?.[1] ?? ctx.seg.doc.text.length;
}

/** A dash quote ends where its attribution starts: "– Vi ska ta oss in! skrek en ung man." */
function trimDashQuote(ctx: DocContext, q: QuoteSpan): QuoteSpan {
  const toks = ctx.view.tokens;
  const from = flatAt(ctx, q.innerStart);
  const to = flatAt(ctx, q.innerEnd);
  const lang = langAtFlat(ctx, Math.min(from, toks.length - 1));
  if (!lang) return q;
  for (let k = from + 1; k < to; k++) {
    const t = toks[k]!;
    const prev = toks[k - 1]!;
    if (lang.speechVerbs.has(t.lower) && /^[,.!?]$/u.test(prev.text) && /^\p{Ll}/u.test(t.text)) {
      const end = prev.text === ',' ? prev.start : prev.end;
      return { ...q, close: end, innerEnd: end };
    }
  }
  return q;
}

/** Titles of works are in title case without sentence punctuation: "The Art of the Deal". */
function isTitle(inner: string): boolean {
  const ws = inner.split(/\s+/u).filter((w) => w.length >= 4);
  return ws.length >= 2 && ws.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]$/u.test(inner);
}

/** A quoted fragment sits inside a sentence of the article's own words. */
function isFragment(ctx: DocContext, q: QuoteSpan, sentence: number, inner: string): boolean {
  const s = ctx.seg.sentences[sentence]!;
  const before = ctx.seg.doc.text.slice(s.start, q.open).trim();
  if (before === '' || before.endsWith(':')) return false;
  return !/[.!?,]$/u.test(inner);
}
