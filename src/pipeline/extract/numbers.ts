/**
 * Number grammar: finds the numbers of a sentence (digits in the language's own grouping, number
 * words with multipliers, vague amounts) with their hedges, ranges and units. All language
 * knowledge comes from the `NumberLexicon`; this file only knows how the pieces fit together.
 */
import type { CompiledLanguage } from '../../lexicon/registry';
import type { Bound, NumberLexicon, UnitTerm } from '../../lexicon/types';
import { units as unitDefs } from '../../lexicon/units';
import type { Sentence, Token } from '../segment/index';

/** A number found in a sentence, with offsets into the document. */
export interface NumberExpr {
  /** Offsets of the whole expression, hedge and unit included. */
  start: number;
  end: number;
  /** Offsets of the numeral alone. */
  numStart: number;
  numEnd: number;
  value?: number;
  low?: number;
  high?: number;
  bound: Bound;
  unit?: string;
  hedge?: string;
  /** Index of the first token after the expression, where what is counted starts. */
  nextToken: number;
  /** The multiplier applied ("million"), so a range's first number can take it too. */
  mult?: number;
  /** True for a number written in words: "twenty" and "five" in "twenty-five" join. */
  word?: boolean;
}

interface Grammar {
  readonly lex: NumberLexicon;
  readonly digits: RegExp;
  readonly vague: readonly { words: string[]; low: number; high: number }[];
  /** The vague amounts by their first word (without a final '.'), longest first. */
  readonly vagueByFirst: ReadonlyMap<string, readonly { words: string[]; low: number; high: number }[]>;
  readonly hedgesBefore: readonly { words: string[]; bound: Bound; phrase: string; below?: boolean }[];
  readonly hedgesAfter: readonly { words: string[]; bound: Bound; phrase: string }[];
  readonly unitsAfter: readonly { text: string; lower: string; unit: string }[];
  readonly unitsBefore: readonly { text: string; unit: string }[];
  readonly multipliers: ReadonlyMap<string, number>;
  /** Range and function words that may stand between an amount and its unit. */
  readonly functionWords: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
}

const grammars = new Map<string, Grammar>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
/** Phrase words as tokens come: "jusqu'à" is "jusqu'" + "à"; ’ and ' are one mark. */
const split = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .replace(/’/gu, "'")
    .split(/\s+|(?<=')/u)
    .filter(Boolean);

/** A token as phrase words are written: lower case, ’ as ', without an abbreviation's full stop. */
const norm = (t: Token): string => t.lower.replace(/’/gu, "'");
/** A word without a final full stop: "ca." and "ca" are one key. */
const bare = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

function grammarOf(lang: CompiledLanguage): Grammar {
  const hit = grammars.get(lang.code);
  if (hit) return hit;
  const lex = lang.data.numbers;
  const group = lex.groupMarks.map(escape).join('');
  const dec = escape(lex.decimalMark);
  // Grouped thousands first ("4 000", "3,000,000"), then plain digits; a decimal part after either.
  // Digits glued to letters on the left ("A320", "G7") are names, not numbers.
  const digits = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,3}(?:[${group}]\\d{3})+|\\d+)(?:${dec}\\d+)?(?!\\d)`, 'gu');
  const byLength = <T extends { words: string[] }>(xs: T[]): T[] => xs.sort((a, b) => b.words.length - a.words.length);
  const unitsSorted = (pos: UnitTerm['position']) =>
    lex.units.filter((u) => u.position === pos && unitDefs[u.unit]).map((u) => ({ text: u.phrase, lower: u.phrase.toLowerCase(), unit: u.unit })).sort((a, b) => b.text.length - a.text.length);
  const vague = byLength(lex.vague.map((v) => ({ words: split(v.phrase), low: v.low, high: v.high })));
  const vagueByFirst = new Map<string, typeof vague>();
  for (const v of vague) {
    const k = bare(v.words[0]!);
    vagueByFirst.set(k, [...(vagueByFirst.get(k) ?? []), v]);
  }
  const g: Grammar = {
    lex,
    digits,
    vague,
    vagueByFirst,
    hedgesBefore: byLength(lex.hedges.filter((h) => h.position === 'before').map((h) => ({ words: split(h.phrase), bound: h.bound, phrase: h.phrase, below: h.below === true }))),
    hedgesAfter: byLength(lex.hedges.filter((h) => h.position === 'after').map((h) => ({ words: split(h.phrase), bound: h.bound, phrase: h.phrase }))),
    unitsAfter: unitsSorted('after'),
    unitsBefore: unitsSorted('before'),
    multipliers: new Map(Object.entries(lex.multipliers).map(([k, v]) => [k.toLowerCase(), v])),
    functionWords: new Set([...lang.stopwords].filter((w) => w.length <= 3)),
    stopwords: lang.stopwords,
  };
  grammars.set(lang.code, g);
  return g;
}

/** Reads "3,000" / "4 000" / "2,5" with the language's marks. */
export function parseDigits(text: string, lex: NumberLexicon): number {
  let t = text;
  for (const g of lex.groupMarks) if (g !== lex.decimalMark) t = t.split(g).join('');
  return Number(lex.decimalMark === ',' ? t.replace(',', '.') : t);
}

/** Index of the token that starts at or after an offset. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words (lower case) starting at token i match the phrase words; returns the last token index. */
function matchWords(tokens: readonly Token[], i: number, ws: readonly string[]): number | undefined {
  let j = i;
  for (const w of ws) {
    // Past a mark or two between words ("hundreds - of"), never over a run of them.
    for (let skip = 0; skip < 2 && j < tokens.length && !tokens[j]!.isWord && !ws.includes(norm(tokens[j]!)); skip++) j++;
    if (j >= tokens.length || !sameWord(norm(tokens[j]!), w)) return undefined;
    j++;
  }
  return j - 1;
}

/** "ca." in a table matches the tokens "Ca" and "."; the full stop is optional. */
const sameWord = (token: string, word: string): boolean => token === word || token === word.replace(/\.$/u, '');

/** Words ending right before token i match the phrase; returns the first token index. */
function matchWordsBefore(tokens: readonly Token[], i: number, ws: readonly string[]): number | undefined {
  let j = i - 1;
  for (let k = ws.length - 1; k >= 0; k--) {
    if (j >= 0 && tokens[j]!.text === '.' && ws[k]!.endsWith('.')) j--;
    if (j < 0 || !sameWord(norm(tokens[j]!), ws[k]!)) return undefined;
    j--;
  }
  return j + 1;
}

/** Every number expression of a sentence, left to right, with dates and times left out. */
export function findNumbers(s: Sentence, lang: CompiledLanguage, excluded: readonly (readonly [number, number])[]): NumberExpr[] {
  const g = grammarOf(lang);
  const toks = s.tokens;
  const raw: NumberExpr[] = [];
  // Offsets already read as a date or a number, so each character is claimed once (linear time).
  const used = new Uint8Array(s.end - s.start);
  const mark = (a: number, b: number) => used.fill(1, Math.max(0, a - s.start), Math.max(0, b - s.start));
  for (const [x, y] of excluded) mark(x, y);
  const taken = (a: number, b: number) => used.subarray(a - s.start, b - s.start).includes(1);
  const push = (r: NumberExpr) => {
    raw.push(r);
    mark(r.start, r.end);
  };

  // Vague amounts first: "tens of thousands" must not be read as "thousands".
  for (let i = 0; i < toks.length; i++) {
    // Only where a vague amount's first word stands; a run of marks or unknown words costs a lookup each.
    for (const v of g.vagueByFirst.get(bare(norm(toks[i]!))) ?? []) {
      const last = matchWords(toks, i, v.words);
      if (last === undefined) continue;
      // "1.500 millones" is a number with its multiplier, not the vague "millones".
      if (i > 0 && g.multipliers.has(v.words[0]!) && isNumeral(toks[i - 1]!, g)) continue;
      const start = toks[i]!.start;
      const end = toks[last]!.end;
      if (!taken(start, end)) push({ start, end, numStart: start, numEnd: end, low: v.low, high: v.high, bound: 'vague', nextToken: last + 1 });
      i = last;
      break;
    }
  }
  // Digits.
  g.digits.lastIndex = 0;
  for (let m = g.digits.exec(s.text); m; m = g.digits.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const value = parseDigits(m[0], g.lex);
    if (!Number.isFinite(value)) continue;
    push({ start, end, numStart: start, numEnd: end, value, bound: 'exact', nextToken: tokenAt(toks, end) });
  }
  // Number words ("two", "tre", "dos"), optionally with a multiplier after them.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const value = g.lex.words[t.lower];
    if (value === undefined || taken(t.start, t.end)) continue;
    push({ start: t.start, end: t.end, numStart: t.start, numEnd: t.end, value, bound: 'exact', nextToken: i + 1, word: true });
  }
  // A large multiplier with no number before it stands for itself: "a million", "eine Million".
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const mult = t.isWord ? g.multipliers.get(t.lower) : undefined;
    if (mult === undefined || mult < 1000 || t.lower.length < 4 || taken(t.start, t.end)) continue;
    if (i > 0 && isNumeral(toks[i - 1]!, g)) continue;
    push({ start: t.start, end: t.end, numStart: t.start, numEnd: t.end, value: mult, bound: 'exact', nextToken: i + 1, word: true });
  }
  raw.sort((a, b) => a.start - b.start);
  const out: NumberExpr[] = [];
  for (const r of raw) {
    applyMultiplier(r, toks, g, s);
    out.push(r);
  }
  for (const r of out) applyUnit(r, toks, g, s);
  const merged = mergeRanges(out, toks, g, s);
  for (const r of merged) applyHedge(r, toks, g);
  return merged.filter((r) => !isNotQuantity(r, toks, s));
}

function applyMultiplier(r: NumberExpr, toks: readonly Token[], g: Grammar, s: Sentence): void {
  if (r.value === undefined) return;
  // "4.5bn" glued to the digits, or "1.5 million" as the next word.
  const glued = /^\p{L}+/u.exec(s.text.slice(r.end - s.start));
  const gluedMult = glued ? g.multipliers.get(glued[0].toLowerCase()) : undefined;
  if (glued && gluedMult !== undefined && glued[0].toLowerCase() !== 'm') {
    r.value *= gluedMult;
    r.mult = gluedMult;
    r.end += glued[0].length;
    r.numEnd = r.end;
    r.nextToken = tokenAt(toks, r.end);
    return;
  }
  const next = toks[r.nextToken];
  const mult = next ? multiplierOf(g, next) : undefined;
  if (next && mult !== undefined && next.lower !== 'm') {
    r.value *= mult;
    r.mult = mult;
    const dot = toks[r.nextToken + 1]?.text === '.' && g.multipliers.has(`${next.lower}.`) ? 1 : 0;
    r.end = toks[r.nextToken + dot]!.end;
    r.numEnd = r.end;
    r.nextToken += 1 + dot;
  }
}

function isNumeral(t: Token, g: Grammar): boolean {
  return /^\d/u.test(t.text) || g.lex.words[t.lower] !== undefined;
}

/** A multiplier as written, with or without an abbreviation's full stop ("Mio.", "Mrd."). */
function multiplierOf(g: Grammar, t: Token): number | undefined {
  return g.multipliers.get(t.lower) ?? g.multipliers.get(`${t.lower}.`);
}

const DASHES = new Set(['-', '–', '—', '‐']);

function mergeRanges(xs: NumberExpr[], toks: readonly Token[], g: Grammar, s: Sentence): NumberExpr[] {
  const out: NumberExpr[] = [];
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i]!;
    const b = xs[i + 1];
    if (b && a.value !== undefined && b.value !== undefined) {
      const between = s.text.slice(a.end - s.start, b.start - s.start).trim().toLowerCase();
      // "twenty-five", "soixante-dix": number words joined by a hyphen are one number.
      if (a.word && b.word && between === '-' && a.value >= 20 && a.value % 10 === 0 && b.value < a.value) {
        out.push({ ...b, start: a.start, numStart: a.start, value: a.value + b.value });
        i++;
        continue;
      }
      const firstTok = tokenAt(toks, a.start);
      const join = g.lex.rangeWords.find(([open, close]) => between === close && matchWordsBefore(toks, firstTok, split(open)) !== undefined);
      if (DASHES.has(between) || join) {
        // "between 1.5 and 2 million": the second number's multiplier carries to the first.
        const av = a.mult === undefined && b.mult !== undefined ? a.value * b.mult : a.value;
        const lo = Math.min(av, b.value);
        const hi = Math.max(av, b.value);
        const start = join ? toks[matchWordsBefore(toks, firstTok, split(join[0]))!]!.start : a.start;
        const unit = a.unit ?? b.unit;
        out.push({ start, end: b.end, numStart: a.numStart, numEnd: b.numEnd, value: (lo + hi) / 2, low: lo, high: hi, bound: 'range', nextToken: b.nextToken, ...(unit ? { unit } : {}) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function applyUnit(r: NumberExpr, toks: readonly Token[], g: Grammar, s: Sentence): void {
  if (unitBefore(r, toks, g, s)) return;
  const rel = r.end - s.start;
  let after = s.text.slice(rel, rel + 24);
  let skipped = 0;
  // "millions of dollars", "1.500 millones de euros", "milliard d'euros": one function word between.
  const fw = /^\s?(\p{L}{1,3}['’]|\p{L}{2,3}\s)/u.exec(after);
  for (let pass = 0; pass < 2; pass++) {
    const lead = /^\s?/u.exec(after)![0];
    const rest = after.slice(lead.length);
    const restLower = rest.toLowerCase();
    // No unit starts with a digit or a space: "1 2 3 …" needs no look through the table.
    if (rest === '' || /^[\d\s]/u.test(rest)) return;
    for (const u of g.unitsAfter) {
      if (!restLower.startsWith(u.lower)) continue;
      const tail = rest.charAt(u.text.length);
      if (/[\p{L}\p{N}]/u.test(u.text.slice(-1)) && /[\p{L}\p{N}]/u.test(tail)) continue;
      // Symbols and abbreviations keep their case: "m" is a metre, "M" is not.
      if (u.text.length <= 3 && !rest.startsWith(u.text)) continue;
      // Over a function word only a written-out unit counts ("of dollars", not "of m").
      if (pass === 1 && u.text.length <= 3) continue;
      r.unit = u.unit;
      r.end += skipped + lead.length + u.text.length;
      r.nextToken = tokenAt(toks, r.end);
      return;
    }
    if (!fw || !isFunctionWord(fw[1]!.trim(), g)) return;
    skipped = fw[0].length;
    after = s.text.slice(rel + skipped, rel + skipped + 24);
  }
}

/** Short words that may stand between an amount and its unit: "of", "de", "d'". */
function isFunctionWord(w: string, g: Grammar): boolean {
  const lower = w.toLowerCase().replace(/’/gu, "'");
  return g.functionWords.has(lower) || g.functionWords.has(lower.replace(/'$/u, ''));
}

/** A currency symbol before the number ("$4.5bn", "£4.5m", "US$ 3"). */
function unitBefore(r: NumberExpr, toks: readonly Token[], g: Grammar, s: Sentence): boolean {
  const before = s.text.slice(Math.max(0, r.numStart - s.start - 4), r.numStart - s.start);
  for (const u of g.unitsBefore) {
    if (!before.trimEnd().endsWith(u.text)) continue;
    r.unit = u.unit;
    r.start = Math.min(r.start, r.numStart - (before.length - before.trimEnd().length) - u.text.length);
    // A currency amount may carry an "m" for million after it: "$20m".
    const m = /^m(?![\p{L}\p{N}])/u.exec(s.text.slice(r.end - s.start));
    if (m && r.value !== undefined && r.mult === undefined) {
      r.value *= 1e6;
      r.mult = 1e6;
      r.end += 1;
      r.nextToken = tokenAt(toks, r.end);
    }
    return true;
  }
  return false;
}

function applyHedge(r: NumberExpr, toks: readonly Token[], g: Grammar): void {
  if (r.bound === 'range') return;
  const at = tokenAt(toks, r.start);
  const article = at > 0 && toks[at - 1]!.isWord && toks[at - 1]!.lower.length <= 4 && g.stopwords.has(toks[at - 1]!.lower) ? at - 1 : at;
  // Only a word before the number (or before its article) can end a hedge.
  const before = (k: number) => (k > 0 ? norm(toks[k - 1]!) : '');
  // An abbreviation's full stop is a token of its own ("Ca" "."): look past it.
  const ends = new Set([before(at), before(article), before(at) === '.' ? before(at - 1) : ''].map((w) => w.replace(/\.$/u, '')));
  for (const h of g.hedgesBefore) {
    if (!ends.has(h.words[h.words.length - 1]!.replace(/\.$/u, ''))) continue;
    const from = matchWordsBefore(toks, at, h.words) ?? (article !== at ? matchWordsBefore(toks, article, h.words) : undefined);
    if (from === undefined) continue;
    r.hedge = h.phrase;
    r.start = toks[from]!.start;
    setBound(r, h.bound, h.below);
    return;
  }
  for (const h of g.hedgesAfter) {
    let j = r.nextToken;
    const last = matchWords(toks, j, h.words);
    if (last === undefined) continue;
    j = last;
    r.hedge = h.phrase;
    r.end = toks[j]!.end;
    r.nextToken = j + 1;
    setBound(r, h.bound);
    return;
  }
  if (r.bound === 'exact' && r.value !== undefined) {
    r.low = r.value;
    r.high = r.value;
  }
}

/** A hedge after what is counted: "50 pupils or fewer", "fem barn eller fler". */
export function hedgeAfterCounted(r: NumberExpr, s: Sentence, lang: CompiledLanguage, from: number): boolean {
  if (r.bound !== 'exact') return false;
  const g = grammarOf(lang);
  for (const h of g.hedgesAfter) {
    const last = matchWords(s.tokens, from, h.words);
    if (last === undefined) continue;
    r.hedge = h.phrase;
    r.end = s.tokens[last]!.end;
    setBound(r, h.bound);
    return true;
  }
  return false;
}

function setBound(r: NumberExpr, bound: Bound, below = false): void {
  if (r.bound === 'vague') return;
  const v = r.value;
  if (v === undefined) return;
  r.bound = bound;
  if (bound === 'approximate') {
    r.low = v * 0.9;
    r.high = below ? v : v * 1.1;
  } else if (bound === 'atLeast' || bound === 'moreThan') {
    r.low = v;
  } else if (bound === 'atMost' || bound === 'lessThan') {
    r.high = v;
  } else {
    r.low = v;
    r.high = v;
  }
}

/** Years, ages, ordinals, clock times, codes: numbers that state no amount. */
function isNotQuantity(r: NumberExpr, toks: readonly Token[], s: Sentence): boolean {
  const numText = s.text.slice(r.numStart - s.start, r.numEnd - s.start);
  const after = s.text.slice(r.numEnd - s.start, r.numEnd - s.start + 12);
  const before = s.text.slice(Math.max(0, r.numStart - s.start - 2), r.numStart - s.start);
  if (r.unit === undefined && /^\d{4}$/u.test(numText) && r.value !== undefined && r.value >= 1900 && r.value <= 2100) return true;
  if (r.unit === undefined && /^(?:st|nd|rd|th|:e|er|[eºª]|ème)(?![\p{L}\p{N}])/u.test(after)) return true;
  // "1. " or "2) " opening a sentence numbers a list.
  if (r.numStart === toks[0]?.start && /^[.)]\s/u.test(after)) return true;
  // Ages and compounds: "45-year-old", "45-årig", "45-Jähriger".
  if (r.unit === undefined && /^[-‐]\p{L}/u.test(after)) return true;
  // Phone and emergency numbers are written with a leading zero or stand alone: "091", "112".
  if (/^0\d/u.test(numText)) return true;
  // "one of the first": a partitive, not an amount.
  if (r.value === 1 && r.bound === 'exact' && r.unit === undefined && /^\s+\p{L}{1,3}\s/u.test(after) && toks.some((t) => t.start === r.numStart && !/\d/u.test(t.text))) return true;
  if (/^[:.]\d\d(?!\d)/u.test(after) || /\d[:.]$/u.test(before)) return true; // 10:30, 10.30
  if (/^[-‐/]\d/u.test(after) || /\d[-‐/]$/u.test(before)) return r.bound !== 'range'; // 555-1234, 19/10
  if (/[#№]\s?$/u.test(before)) return true;
  // Names with numbers: "Covid-19", "G-7", "Article 16a".
  if (/\p{L}[-‐]$/u.test(before) || (r.unit === undefined && /^\p{Ll}(?![\p{L}\p{N}])/u.test(after) && r.bound !== 'vague')) return true;
  return false;
}
