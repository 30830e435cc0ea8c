/**
 * Turns each language's tables into lookup structures once, on first use: stems, a term index
 * keyed by first stem, country names and demonyms, and sets of function words.
 */
import snowball from 'snowball-stemmers';
import { conceptAliases } from './concepts/aliases';
import { actionFamilies, distinctFamilies, nearActs, opposedActs } from './concepts/families';
import { generalConcepts } from './concepts/general';
import { organizations } from './concepts/organizations';
import { placeNames } from './places';
import { securityMigrationConcepts } from './concepts/security-migration';
import { de } from './de/index';
import { en } from './en/index';
import { es } from './es/index';
import { fr } from './fr/index';
import { sv } from './sv/index';
import type { ConceptDef, LanguageData } from './types';

/** One concept term compiled to a sequence of stems. */
export interface TermEntry {
  readonly stems: readonly string[];
  readonly concepts: readonly string[];
  /** Multi-word actions may have words inside them ("push them back"). */
  readonly gap: boolean;
}

/** A language ready for the extractors. */
export interface CompiledLanguage {
  readonly code: string;
  readonly data: LanguageData;
  readonly stem: (lowerWord: string) => string;
  /** First stem → the terms that start with it, longest first. */
  readonly terms: ReadonlyMap<string, readonly TermEntry[]>;
  /** Stems of one-word terms, for matching the head of a compound. */
  readonly singleStems: ReadonlyMap<string, readonly string[]>;
  /** Folded country name or demonym → ISO code. */
  readonly countries: ReadonlyMap<string, string>;
  /** Demonym the language writes in lower case (lower-cased and folded) → ISO code. */
  readonly lowerDemonyms: ReadonlyMap<string, string>;
  /** The country names the tables write in capitals ('USA', 'EE.UU.'), folded. */
  readonly countryAcronyms: ReadonlySet<string>;
  /** Folded organisation name → organisation id; acronyms only match in capitals. */
  readonly organizations: ReadonlyMap<string, string>;
  readonly negations: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  /** Words in the longest title ('secretary of state': 3). */
  readonly titleWords: number;
  readonly verbPrefixes: ReadonlySet<string>;
  /** Pronouns that stand as a verb's subject: subject pronouns, and object pronouns before an infinitive ('dem att ta sig'). */
  readonly pronounsAsSubject: ReadonlySet<string>;
  readonly perfectAuxiliaries: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly infinitiveMarkers: ReadonlySet<string>;
  /** Every word of every term, folded: the forms the tables write out. */
  readonly termWords: ReadonlySet<string>;
  /** Whether a sentence may hold a date: a digit or one of the grammar's `dateWords`; always true without them. */
  readonly mayHoldDate: (text: string) => boolean;
  /** The grammar's `dateRewrites` as one pattern (undefined without them) and a lookup by folded phrase. */
  readonly dateRewrites: { readonly pattern: RegExp; readonly to: ReadonlyMap<string, string> } | undefined;
}

/** The one id of a meaning that two tables named differently. */
const canonical = (id: string): string => conceptAliases[id] ?? id;

const concepts = new Map<string, ConceptDef>();
for (const c of [...generalConcepts, ...securityMigrationConcepts]) {
  const id = canonical(c.id);
  const def = { ...c, id, ...(c.broader ? { broader: canonical(c.broader) } : {}), ...(c.antonym ? { antonym: canonical(c.antonym) } : {}) };
  // A concept both tables define keeps the first definition, with what only the second says.
  const earlier = concepts.get(id);
  concepts.set(id, earlier ? { ...def, ...earlier } : def);
}
// Organisations are concepts too, so names written with lower-case words ("FN:s flyktingorgan") match.
for (const o of organizations) concepts.set(`org:${o.id}`, { id: `org:${o.id}`, type: 'org' });

/** The concept definition for an id, if any. */
export function conceptDef(id: string): ConceptDef | undefined {
  return concepts.get(id);
}

const familyOf = new Map<string, string[]>();
for (const [family, ids] of Object.entries(actionFamilies)) for (const id of ids) familyOf.set(canonical(id), [...(familyOf.get(canonical(id)) ?? []), family]);

/** Whether two acts can describe one happening: the same act, or acts of one family. */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = familyOf.get(a);
  const fb = familyOf.get(b);
  return fa !== undefined && fb !== undefined && fa.some((f) => fb.includes(f));
}

/** Whether an act belongs to any family of `actionFamilies`. */
export const inFamily = (id: string): boolean => (familyOf.get(id) ?? []).length > 0;

/** Whether two acts belong to different families of which one must never be confused with another. */
export function distinctFamily(a: string, b: string): boolean {
  const fa = familyOf.get(a) ?? [];
  const fb = familyOf.get(b) ?? [];
  return fa.length > 0 && fb.length > 0 && !fa.some((f) => fb.includes(f)) && [...fa, ...fb].some((f) => distinctFamilies.includes(f));
}

/** Each id of the pairs with the ids it is paired with, both ways round, read through `canonical`. */
function symmetricIndex(pairs: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const [x, y] of pairs.map(([a, b]) => [canonical(a), canonical(b)] as const)) {
    index.set(x, (index.get(x) ?? new Set()).add(y));
    index.set(y, (index.get(y) ?? new Set()).add(x));
  }
  return index;
}

const nearIndex = new Map([...symmetricIndex(nearActs)].map(([k, v]) => [k, [...v]]));

/** Acts another language's verb may name with this act's ("detain" for "arrest"): see `nearActs`. */
export function nearActsOf(id: string): readonly string[] {
  return nearIndex.get(id) ?? [];
}

const oppositeIndex = symmetricIndex([...[...concepts.values()].flatMap((c) => (c.antonym ? [[c.id, c.antonym] as const] : [])), ...opposedActs]);

/** The acts opposite to this one: whichever of two names the other as its `antonym`, and `opposedActs`. */
export function oppositesOf(id: string): ReadonlySet<string> {
  return oppositeIndex.get(id) ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();

/** The concept and every broader concept above it, nearest first. */
export function ancestry(id: string): string[] {
  const out: string[] = [];
  let cur: string | undefined = id;
  while (cur !== undefined && !out.includes(cur)) {
    out.push(cur);
    cur = concepts.get(cur)?.broader;
  }
  return out;
}

/** Lower case without accents: "Ciudad Juárez" → "ciudad juarez". */
export function fold(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    // Alignment folds the same names for every pair it scores: remember them, within bounds.
    if (folded.size >= 50_000) folded.clear();
    folded.set(text, out);
  }
  return out;
}

const folded = new Map<string, string>();

/** Splits a term or a name into lower-case words, dropping edge punctuation. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map(trimPunctuation)
    .filter((w) => w.length > 0);
}

/** Drops punctuation at both ends of a word, keeping a final '.' of abbreviations ("u.s."). */
function trimPunctuation(w: string): string {
  const keep = (c: string, end: boolean) => /[\p{L}\p{N}]/u.test(c) || (end && c === '.');
  let a = 0;
  let b = w.length;
  while (a < b && !keep(w[a]!, false)) a++;
  while (b > a && !keep(w[b - 1]!, true)) b--;
  return w.slice(a, b);
}

/** Stems this short are matched on the whole word instead. */
const SHORT_STEM = 3;

const builtIn: readonly LanguageData[] = [en, sv, de, es, fr];
const registered = new Map<string, LanguageData>(builtIn.map((l) => [l.code, l]));
const compiled = new Map<string, CompiledLanguage>();

/**
 * Switches on a language from its tables alone, or replaces the tables of a built-in one.
 * @example
 * registerLanguage({ ...sv, code: 'no', stemmer: 'norwegian' });
 */
export function registerLanguage(data: LanguageData): void {
  registered.set(data.code, data);
  compiled.delete(data.code);
}

/** The codes of every language with tables. */
export function supportedLanguages(): string[] {
  return [...registered.keys()];
}

/** The compiled tables for a language, or undefined when it has none. */
export function language(code: string): CompiledLanguage | undefined {
  const hit = compiled.get(code);
  if (hit) return hit;
  const data = registered.get(code);
  if (!data) return undefined;
  const lang = compile(data);
  compiled.set(code, lang);
  return lang;
}

function compile(data: LanguageData): CompiledLanguage {
  const stemmer = snowball.newStemmer(data.stemmer);
  const cache = new Map<string, string>();
  const stem = (w: string): string => {
    let s = cache.get(w);
    if (s === undefined) {
      s = stemmer.stem(w.replace(/[.’']/gu, ''));
      // Within bounds: start again when full, so the words of the text now being read stay cached.
      if (cache.size >= 100_000) cache.clear();
      cache.set(w, s);
    }
    return s;
  };
  const byKey = new Map<string, { stems: string[]; concepts: Set<string> }>();
  const elided = (w: string): string[] => {
    const m = /^(\p{L}{1,7})['’](\p{L}.*)$/u.exec(w);
    return m && data.elisions?.includes(m[1]!) ? [`${m[1]!}'`, m[2]!] : [w];
  };
  const termWords = new Set<string>();
  const orgTable: Record<string, string[]> = {};
  for (const o of organizations) {
    const names = (o.names[data.code as keyof typeof o.names] ?? []).filter((n) => !isAcronym(n) && /\s/u.test(n));
    if (names.length > 0) orgTable[`org:${o.id}`] = names.map((n) => n.toLowerCase());
  }
  for (const table of [...data.terms, orgTable]) {
    for (const [rawId, terms] of Object.entries(table)) {
      const id = canonical(rawId);
      for (const term of terms) {
        // A term written with a leading '=' matches only as written: "=empleo" (a job) is not
        // "empleó" (used), though Snowball gives both one stem.
        const exact = term.startsWith('=');
        const whole = words(exact ? term.slice(1) : term).flatMap(elided);
        // A reader may keep a hyphenated word whole ("counter-demonstrators") or read the hyphen
        // as a word of its own ("rubber - coated bullets", "couvre - feu"): the term is both.
        const split = whole.flatMap((w) => w.split(/[-‐]/u)).filter((w) => w.length > 0);
        for (const ws of split.length === whole.length ? [whole] : [whole, split]) {
          for (const w of ws) termWords.add(fold(w));
          // A stem of three letters or fewer collides with too many words ("vis" for both "visa"
          // and "visade"): such words match as written, marked with a leading '='.
          const stems = ws.map((w) => {
            if (exact) return `=${w}`;
            const st = stem(w);
            return st.length <= SHORT_STEM && st !== w ? `=${w}` : st;
          });
          if (stems.length === 0) continue;
          const key = stems.join(' ');
          const entry = byKey.get(key) ?? { stems, concepts: new Set<string>() };
          entry.concepts.add(id);
          byKey.set(key, entry);
        }
      }
    }
  }
  const terms = new Map<string, TermEntry[]>();
  const singleStems = new Map<string, string[]>();
  for (const e of byKey.values()) {
    const first = e.stems[0]!;
    const list = terms.get(first) ?? [];
    const ids = [...e.concepts];
    list.push({ stems: e.stems, concepts: ids, gap: e.stems.length > 1 && ids.every((id) => concepts.get(id)?.type === 'action') });
    terms.set(first, list);
    if (e.stems.length === 1 && first.length >= 4) singleStems.set(first, [...e.concepts]);
  }
  for (const list of terms.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  const countries = new Map<string, string>();
  const countryAcronyms = new Set<string>();
  const addCountry = (n: string, iso: string) => {
    countries.set(fold(n), iso);
    if (isAcronym(n)) countryAcronyms.add(fold(n));
  };
  for (const [iso, names] of Object.entries(data.countryNames.countries)) for (const n of typeof names === 'string' ? [names] : names) addCountry(n, iso);
  for (const [iso, list] of Object.entries(data.demonyms)) for (const d of list) addCountry(d, iso);
  // Demonyms the language writes in lower case ("hondureños", "géorgiens", "svenska"): found
  // without a capital, where a country's name would be another word ("chile", "china").
  const lowerDemonyms = new Map<string, string>();
  for (const [iso, list] of Object.entries(data.demonyms)) {
    for (const d of list) {
      if (!/^\p{Ll}/u.test(d) || d.includes(' ')) continue;
      // Under the word as written and as folded: a token's lower-case form is looked up as it is.
      lowerDemonyms.set(d.toLowerCase(), iso);
      lowerDemonyms.set(fold(d), iso);
    }
  }

  const orgs = new Map<string, string>();
  for (const o of organizations) {
    for (const n of o.names[data.code as keyof typeof o.names] ?? []) orgs.set(isAcronym(n) ? n : fold(n), o.id);
    // Acronyms travel across languages ("UNHCR" in a Swedish article).
    for (const list of Object.values(o.names) as (readonly string[])[]) for (const n of list) if (isAcronym(n) && !orgs.has(n)) orgs.set(n, o.id);
  }
  const g = data.grammar;
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    code: data.code,
    data,
    stem,
    terms,
    singleStems,
    countries,
    lowerDemonyms,
    countryAcronyms,
    organizations: orgs,
    negations: lower(g.negations),
    speechVerbs: lower(g.speechVerbs),
    placePrepositions: lower(g.placePrepositions),
    stopwords: lower(g.stopwords),
    titles: lower(g.titles),
    titleWords: 2 + Math.max(1, ...g.titles.map((t) => t.split(/\s+/u).length)),
    clauseOpeners: lower(g.clauseOpeners ?? []),
    verbPrefixes: lower(g.verbPrefixes ?? []),
    perfectAuxiliaries: lower(g.perfectAuxiliaries ?? []),
    coordinators: lower(g.coordinators ?? []),
    pronounsAsSubject: lower([...g.pronouns.male, ...g.pronouns.female, ...g.pronouns.plural, ...(g.objectPronouns ?? [])]),
    infinitiveMarkers: lower(g.infinitiveMarkers ?? []),
    mayHoldDate: dateFilter(g.dateWords),
    dateRewrites: rewrites(g.dateRewrites),
    termWords,
  };
}

function dateFilter(pieces: readonly string[] | undefined): (text: string) => boolean {
  if (!pieces || pieces.length === 0) return () => true;
  const escaped = pieces.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const re = new RegExp(`${DIGIT_DATE.source}|${escaped.join('|')}`, 'iu');
  return (text) => re.test(text);
}

function rewrites(list: readonly (readonly [string, string])[] | undefined): CompiledLanguage['dateRewrites'] {
  const usable = (list ?? []).filter(([from, to]) => to.length <= from.length);
  if (usable.length === 0) return undefined;
  const escaped = usable.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    to: new Map(usable.map(([from, to]) => [from.toLowerCase(), to])),
  };
}

/**
 * Digits that can be a date or time without any of a language's date words: 25/11, 2018-11-25,
 * 25.11., 10:30, 2 p.m., 14h, 14 Uhr, 25th. A figure alone ("2,400 people") is not one.
 */
const DIGIT_DATE = /\d[/.:-]\d|\d\s?(?:[ap]\.?\s?m\b|h\b|h\d|uhr\b)|\d(?:st|nd|rd|th)\b/u;

let exonyms: Map<string, string> | undefined;

/**
 * The one key of a place the languages name differently ("helsingfors" → "helsinki"; see
 * places.ts), or undefined for a name the table does not list. Takes and gives folded keys.
 */
export function placeKey(folded: string): string | undefined {
  if (!exonyms) {
    exonyms = new Map();
    for (const [first, ...rest] of placeNames) for (const n of [first!, ...rest]) exonyms.set(fold(n), fold(first!));
  }
  return exonyms.get(folded);
}

/** "UNHCR", "U.N.", "FN:s" stem: words written in capitals are matched case-sensitively. */
export function isAcronym(name: string): boolean {
  return /^[\p{Lu}.]{2,}$/u.test(name.replace(/[:’']s$/u, ''));
}
