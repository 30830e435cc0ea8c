/**
 * Event frames: the date and places a document (and so its claims) is about. Dates come from the
 * caller, a dateline ("Posted on November 26, 2018") or the latest full date in the text; places
 * from names the text introduces as places ("in Corvado", "Linlo, Mexico").
 */
import * as chrono from 'chrono-node';
import { distance } from 'fastest-levenshtein';
import { fold, language, type CompiledLanguage } from '../../lexicon/registry';
import type { EventFrame } from '../../types';
import type { Sentence } from '../segment/index';
import type { SentenceMentions } from './mentions';
import { settlementConcepts } from '../../lexicon/concepts/security-migration';

/** A date or time expression in a sentence. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD when day, month and year are all stated. */
  readonly date?: string;
  /** YYYY-MM-DD, or --MM-DD without a year, when at least the day and month are stated. */
  readonly day?: string;
  /** The day of the week (0 = Sunday) a phrase names without a day and month ("on Monday", "i torsdags"). */
  readonly weekday?: number;
}

type ChronoParser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };
const parsers = chrono as unknown as Record<string, ChronoParser | undefined>;

/** Date and time expressions of a sentence, through chrono-node's parser for the language. */
export function findDates(s: Sentence, ref: Date | undefined): DateSpan[] {
  const lang = language(s.language);
  if (lang?.mayHoldDate(s.text) === false) return [];
  const parser = parsers[s.language] ?? chrono.en;
  const [text, rewritten] = rewrite(s.text, lang?.dateRewrites);
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text, ref);
  } catch {
    return [];
  }
  results = results.flatMap((r) => withoutFigure(parser, r, ref));
  if (rewritten.length > 0) results = results.map((r) => asWritten(r, s.text, rewritten));
  return results.filter((r) => wholeWords(text, r)).map((r) => (isDateOrTime(r) ? r : reread(parser, r, ref))).filter((r): r is chrono.ParsedResult => r !== undefined).map((r) => {
    const start = s.start + r.index;
    // A full date states its year in digits; relative phrases ("in 09 seconds") are not dates of events.
    const full = /\d{4}/u.test(r.text) && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');
    const dayMonth = r.start.isCertain('month') && r.start.isCertain('day');
    const iso = isoDate(r.start.date());
    const day = dayMonth ? (full ? iso : `--${iso.slice(5)}`) : undefined;
    const weekday = !day && r.start.isCertain('weekday') ? r.start.get('weekday') : undefined;
    return { start, end: start + r.text.length, ...(full ? { date: iso } : {}), ...(day ? { day } : {}), ...(weekday !== undefined && weekday !== null ? { weekday } : {}) };
  });
}

/**
 * The sentence with the language's `dateRewrites` put in, right-aligned in the phrase's room
 * ("i går" → " igår") so every other offset stays; and where they went.
 */
function rewrite(text: string, rewrites: CompiledLanguage['dateRewrites']): [string, [number, number][]] {
  if (!rewrites) return [text, []];
  const where: [number, number][] = [];
  const out = text.replace(rewrites.pattern, (phrase: string, at: number) => {
    const to = rewrites.to.get(phrase.toLowerCase()) ?? phrase;
    where.push([at, at + phrase.length]);
    return ' '.repeat(phrase.length - to.length) + to;
  });
  return [out, where];
}

/** A date found in a rewritten phrase spans the phrase as written. */
function asWritten(r: chrono.ParsedResult, original: string, rewritten: readonly [number, number][]): chrono.ParsedResult {
  const inside = rewritten.find(([from, to]) => r.index >= from && r.index < to);
  if (!inside) return r;
  const end = Math.max(r.index + r.text.length, inside[1]);
  return { ...r, index: inside[0], text: original.slice(inside[0], end), start: r.start, end: r.end } as chrono.ParsedResult;
}

/**
 * chrono's word boundaries are ASCII ones: it reads the "fr" of Swedish "från" as Friday and
 * German "so" as Sunday. A date begins and ends at a word's edge and outside a number, and a lone
 * abbreviated weekday ("so", "fr") is not one.
 */
function wholeWords(text: string, r: chrono.ParsedResult): boolean {
  const before = text[r.index - 1] ?? ' ';
  const after = text[r.index + r.text.length] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) return false;
  // Nor inside a number: "gegenüber dem Vormonat um 2,3 Prozent" is no time "um 2".
  const end = r.index + r.text.length;
  if (/^[.,]\p{N}/u.test(text.slice(end, end + 2)) || /\p{N}[.,]$/u.test(text.slice(Math.max(0, r.index - 2), r.index))) return false;
  return !(/^\p{L}{1,3}\.?$/u.test(r.text) && r.start.isCertain('weekday') && !r.start.isCertain('day'));
}

/**
 * chrono's French and German parsers take a figure after a weekday for its day ("Mercredi, 146
 * personnes", "Am Mittwoch, 146 Menschen"): a number that can be neither a day nor a year is cut
 * off, and what is left read again. So is a figure before a weekday.
 */
function withoutFigure(parser: ChronoParser, r: chrono.ParsedResult, ref: Date | undefined): chrono.ParsedResult[] {
  // A figure before a weekday with no month is no day of it: "Ils étaient 32 000 samedi".
  const lead = /^\d+\s+(?=\p{L})(?![ap]\.?\s?m\b|h\b|uhr\b|heures?\b|horas?\b|hrs?\b)/iu.exec(r.text);
  if (lead && !r.start.isCertain('month')) {
    const tail = r.text.slice(lead[0].length);
    return parser.parse(tail, ref).filter((x) => x.index === 0).map((x) => ({ ...x, index: r.index + lead[0].length, text: x.text, start: x.start } as chrono.ParsedResult));
  }
  const m = /[\s,](\d+)$/u.exec(r.text);
  if (!m || (Number(m[1]) <= 31 && m[1]!.length <= 2) || m[1]!.length === 4) return [r];
  const head = r.text.slice(0, m.index).trimEnd();
  return parser.parse(head, ref).filter((x) => x.index === 0).map((x) => ({ ...x, index: r.index, text: x.text, start: x.start } as chrono.ParsedResult));
}

/**
 * chrono reads "a 1" (Spanish "to 1") as one o'clock: a bare hour is a time only when written as
 * one (10:30, 2 p.m., 14h, 14 Uhr), not "1.200" read as 1:20.
 */
function isDateOrTime(r: chrono.ParsedResult): boolean {
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('month') || c.isCertain('weekday') || c.isCertain('year')) return true;
  return /\d[:.]\d\d(?!\d)|\d\s?(?:[ap]\.?m\b|h\b|uhr\b)/iu.test(r.text);
}

/**
 * chrono sometimes reads "morning of 25 November" as a time of day with nothing known: read the
 * words after its first one again, and keep the whole span when they hold a date.
 */
function reread(parser: ChronoParser, r: chrono.ParsedResult, ref: Date | undefined): chrono.ParsedResult | undefined {
  const cut = r.text.indexOf(' ');
  if (cut < 0) return undefined;
  const inner = parser.parse(r.text.slice(cut + 1), ref).find(isDateOrTime);
  if (!inner) return undefined;
  return { ...inner, index: r.index, text: r.text, start: inner.start } as chrono.ParsedResult;
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The frame of a whole document. */
export function documentFrame(
  sentences: readonly Sentence[],
  mentions: readonly SentenceMentions[],
  dates: readonly (readonly DateSpan[])[],
  lang: CompiledLanguage | undefined,
  publishedAt: string | undefined,
): EventFrame {
  const places = documentPlaces(mentions);
  const names = [...new Set(mentions.flatMap((m) => m.entities.filter((e) => e.type !== 'country').map((e) => e.key)))];
  if (publishedAt) return { date: publishedAt.slice(0, 10), dateSource: 'publishedAt', places, names };
  const datelines = lang?.data.grammar.datelines ?? [];
  let latest: string | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const lower = sentences[i]!.text.toLowerCase();
    for (const d of dates[i] ?? []) {
      if (!d.date) continue;
      if (datelines.some((p) => lower.startsWith(p))) return { date: d.date, dateSource: 'dateline', places, names };
      if (!latest || d.date > latest) latest = d.date;
    }
  }
  return latest ? { date: latest, dateSource: 'document', places, names } : { places, names };
}

/** Place names, most mentioned first; a name counts every time it recurs, as place or not. */
function documentPlaces(mentions: readonly SentenceMentions[]): string[] {
  const places = new Set<string>();
  for (const m of mentions) for (const e of m.entities) if (e.type === 'place') places.add(e.key);
  const counts = new Map<string, number>();
  for (const m of mentions) for (const e of m.entities) if (places.has(e.key)) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** Days between two days of the week, either way round (Saturday and Monday: 2). */
function weekdaysApart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 7 - d);
}

/** Days between two dates (YYYY-MM-DD, or --MM-DD when the year is not stated). */
export function daysApart(a: string, b: string): number {
  if (a.startsWith('--') || b.startsWith('--')) return Math.abs(dayOf(`2001-${a.slice(-5)}`) - dayOf(`2001-${b.slice(-5)}`)) / 86_400_000;
  return Math.abs(dayOf(a) - dayOf(b)) / 86_400_000;
}

/** Date.parse, remembered: alignment compares the same few dates for every pair it scores. */
const parsedDays = new Map<string, number>();
function dayOf(date: string): number {
  let t = parsedDays.get(date);
  if (t === undefined) {
    t = Date.parse(date);
    if (parsedDays.size >= 50_000) parsedDays.clear();
    parsedDays.set(date, t);
  }
  return t;
}

/**
 * The frame of one sentence's claims: a day and month the sentence states and the places it names
 * override the document's ("on 25 November in Corvado" in an article about October).
 */
export function sentenceFrame(doc: EventFrame, dates: readonly DateSpan[], mentions: SentenceMentions, s: Sentence): EventFrame {
  const day = dates.find((d) => d.day !== undefined)?.day;
  const weekday = day ? undefined : dates.find((d) => d.weekday !== undefined)?.weekday;
  const within = widerPlaces(s, mentions);
  // Most specific first: a wider area after the places it holds.
  const places = [...new Set(mentions.entities.filter((e) => e.type === 'place').map((e) => e.key))].sort((x, y) => Number(within.includes(x)) - Number(within.includes(y)));
  // Other names of the sentence: a place one language marks as a place may be a bare name in another.
  const names = [...new Set(mentions.entities.filter((e) => e.type !== 'place' && e.type !== 'country').map((e) => e.key))];
  if (!day && weekday === undefined && places.length === 0) return doc;
  return {
    ...(day ? { date: day, dateSource: 'sentence' as const } : doc.date ? { date: doc.date, ...(doc.dateSource ? { dateSource: doc.dateSource } : {}) } : {}),
    ...(weekday !== undefined ? { weekday } : {}),
    places: places.length > 0 ? places : doc.places,
    ...(within.length > 0 && within.length < places.length ? { within } : {}),
    ...(places.length > 0 ? { names, document: { places: doc.places, ...(doc.names ? { names: doc.names } : {}) } } : doc.names ? { names: doc.names } : {}),
  };
}

/** The most words between a place and the wider area named after it ("Los Caños del Fraile, in Cádiz province"). */
const WIDER_GAP = 6;

/**
 * Places a sentence names as the wider area of a place it names just before, after a comma or a
 * bracket: "Piedras Negras (Coahuila)", "Los Caños del Fraile, in Cádiz province", "Hennezeele,
 * near Dunkirk". Only function words, place prepositions and words for kinds of area between.
 */
function widerPlaces(s: Sentence, m: SentenceMentions): string[] {
  // Once per sentence: every claim of a sentence asks for its frame.
  const known = widerOf.get(m);
  if (known) return known;
  const found = findWiderPlaces(s, m);
  widerOf.set(m, found);
  return found;
}
const widerOf = new WeakMap<SentenceMentions, string[]>();

function findWiderPlaces(s: Sentence, m: SentenceMentions): string[] {
  const places = m.entities.filter((e) => e.type === 'place');
  if (places.length < 2) return [];
  const lang = language(s.language);
  const out: string[] = [];
  for (const e of places) {
    const before = places.find((p) => p.last < e.first && e.first - p.last <= WIDER_GAP);
    if (!before || before.key === e.key) continue;
    let separated = false;
    let plain = true;
    for (let k = before.last + 1; k < e.first && plain; k++) {
      const t = s.tokens[k]!;
      if (!t.isWord) {
        if (/^[,(]$/u.test(t.text)) separated = true;
        else plain = false;
      } else if (!(lang?.stopwords.has(t.lower) || lang?.placePrepositions.has(t.lower) || m.concepts.some((c) => c.first <= k && c.last >= k && c.concepts.some((id) => settlementConcepts.includes(id))))) plain = false;
    }
    if (separated && plain && !out.includes(e.key)) out.push(e.key);
  }
  return out;
}

/**
 * "santa rosa" matches "ciudad santa rosa": one name's words end the other's. A long one-word
 * name also matches itself spelt with one letter more or less ("hanover", "hannover"), alone or
 * ending or opening the other ("innenstadt von hannover").
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // "leipzig-connewitz" holds "leipzig" as "port of spain" holds "spain".
  if (long.endsWith(` ${short}`) || long.startsWith(`${short} `) || long.endsWith(`-${short}`) || long.startsWith(`${short}-`)) return true;
  if (short.length < SPELLING_MIN || short.includes(' ')) return false;
  // The first and last words of the longer name, without splitting it (called per pair of places).
  const firstEnd = firstBreak(long);
  const first = firstEnd < 0 ? long : long.slice(0, firstEnd);
  const last = firstEnd < 0 ? long : long.slice(lastBreak(long) + 1);
  return spelling(short, first) || (last !== first && spelling(short, last));
}

const firstBreak = (s: string): number => {
  const a = s.indexOf(' ');
  const b = s.indexOf('-');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
};
const lastBreak = (s: string): number => Math.max(s.lastIndexOf(' '), s.lastIndexOf('-'));

/** The shortest name whose spellings one letter apart are taken as one name. */
const SPELLING_MIN = 6;

/**
 * One letter added or dropped ("hanover", "hannover"; "gävleborg", "gävleborgs"), or one letter
 * that languages transliterate differently ("bishkek", "bisjkek"; "zuwara", "suwara"). Not any
 * letter changed: "hamburg" and "homburg", "calais" and "valais" are two places.
 */
function spelling(a: string, b: string): boolean {
  // French "ou" and doubled letters against a single letter: "nouakchott", "nuakchot".
  if (Math.abs(a.length - b.length) <= 3 && plainSpelling(a) === plainSpelling(b)) return true;
  if (Math.abs(a.length - b.length) === 1) return distance(a, b) === 1;
  if (a.length !== b.length) return false;
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return false;
    at = k;
  }
  return at >= 0 && TRANSLITERATED.has(`${a[at]}${b[at]}`);
}

/** A name as transliterations meet: "ou" as "u", a doubled letter once. */
const plainSpelling = (name: string): string => name.replace(/ou/gu, 'u').replace(/(\p{L})\1/gu, '$1');

/** Letters one language's transliteration writes for another's. */
const TRANSLITERATED = new Set(['hj', 'jh', 'zs', 'sz', 'ck', 'kc', 'kq', 'qk', 'iy', 'yi', 'jy', 'yj', 'vw', 'wv', 'ou', 'uo', 'ij', 'ji']);

const MAX_DAYS_APART = 3;

/**
 * Whether two frames can be the same event: dates more than a few days apart cannot; where a
 * date is missing, places must overlap when both documents name places.
 */
export function framesCompatible(a: EventFrame, b: EventFrame): boolean {
  // "On Monday" and "på torsdagen" are two days; a night may run from one weekday into the next.
  if (a.weekday !== undefined && b.weekday !== undefined && weekdaysApart(a.weekday, b.weekday) > 1) return false;
  if (a.date && b.date) return daysApart(a.date, b.date) <= MAX_DAYS_APART;
  // Places of the same level: two sentences' own places, or else their documents'.
  if (a.document && b.document) return placesOverlap(a, b);
  return placesOverlap(a.document ?? a, b.document ?? b);
}

/**
 * Places overlap when a place one names is among the places or names the other gives; where both
 * name a place within a wider area, the wider area alone is not enough ("Ciudad Acuña, Coahuila"
 * and "Piedras Negras (Coahuila)" are two towns).
 */
function placesOverlap(a: PlacesOf, b: PlacesOf): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  const ka = known(a);
  const kb = known(b);
  const both = a.within !== undefined && b.within !== undefined;
  const own = (f: PlacesOf) => (both ? f.places.filter((p) => !f.within!.includes(p)) : f.places);
  return own(a).some((p) => matchesAny(fold(p), kb)) || own(b).some((p) => matchesAny(fold(p), ka));
}
type PlacesOf = { places: readonly string[]; names?: readonly string[]; within?: readonly string[] };

/** A frame's places and names, folded once per frame object: the claims of a sentence share one. */
const knownOf = new WeakMap<object, readonly string[]>();
function known(f: { places: readonly string[]; names?: readonly string[] }): readonly string[] {
  let k = knownOf.get(f);
  if (!k) {
    k = [...f.places, ...(f.names ?? [])].map(fold);
    knownOf.set(f, k);
  }
  return k;
}

const matchesAny = (p: string, names: readonly string[]): boolean => names.some((q) => sameName(p, q));
