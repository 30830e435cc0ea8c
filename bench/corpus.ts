/**
 * Synthetic corpora for the benchmark: many stories, about five documents each, in five
 * languages, recombined from real articles.
 *
 * Base stories: the twelve NTREX-128 articles in en, sv, de, es and fr (line-parallel
 * translations, `../shared/dev/ntrex`) and the five seed articles (one story, en and sv). A
 * synthetic story takes one base story and gets, deterministically from its index:
 * - an invented place name and a date (stories 5 days apart), written into every document as a
 *   dateline paragraph in the document's language ("Published on March 12, 2019 in Korvala."),
 *   and as `publishedAt` on most documents;
 * - other numbers: each figure of three digits or more has its leading digit rotated, years move
 *   to the story's year; the same in every language, so documents of a story agree;
 * - other names: the base story's people (two capitalised words found in most translations) get
 *   invented names, the same in every language.
 * Each document keeps the headline most of the time and a random subset of the body paragraphs,
 * sometimes with two neighbours swapped. Story k is the same in every corpus that holds it: a
 * corpus of 100 documents starts with the stories of the corpus of 10.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../src/types';

export type Lang = 'en' | 'sv' | 'de' | 'es' | 'fr';

interface BaseStory {
  readonly id: string;
  /** Articles of the story: for NTREX one per language (parallel lines), for the seeds five. */
  readonly articles: readonly { readonly lang: Lang; readonly paragraphs: readonly string[] }[];
  /** Names to replace, longest first, each with its slot (first+last, or last alone). */
  readonly names: readonly { readonly text: string; readonly person: number; readonly part: 'full' | 'last' }[];
}

export interface Corpus {
  readonly documents: SourceDocument[];
  readonly stories: number;
  readonly bytes: number;
  /** Where the base stories came from, for the printout. */
  readonly from: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** NTREX-128 texts beside the project; `CLAIMDIFF_NTREX` points elsewhere (or nowhere, to try the fallback). */
export const NTREX = process.env['CLAIMDIFF_NTREX'] ?? join(here, '..', '..', 'shared', 'dev', 'ntrex');
export const SEEDS = join(here, '..', 'seeds');
const LANGS: readonly Lang[] = ['en', 'sv', 'de', 'es', 'fr'];

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const paragraphsOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Two or three capitalised words in a row, as names are written in all five languages. */
const NAME = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\b/gu;

function namesOf(articles: BaseStory['articles'], need: number): BaseStory['names'] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const text = a.paragraphs.join('\n');
    const inside = new Set<string>();
    // Only names met inside a sentence: a capitalised phrase that opens one may be any words.
    for (const m of text.matchAll(NAME)) if (!/(?:^|[.!?:"“”]\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) inside.add(m[0]);
    for (const m of inside) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const english = articles.filter((a) => a.lang === 'en').map((a) => a.paragraphs.join('\n')).join('\n');
  const names: { text: string; person: number; part: 'full' | 'last' }[] = [];
  let person = 0;
  for (const [name, n] of counts) {
    if (n < need) continue;
    names.push({ text: name, person, part: 'full' });
    // A person's last name alone ("Daley said"), when the English text uses it so.
    const words = name.split(' ');
    const last = words.at(-1)!;
    if (words.length === 2 && english.split(name).join('').includes(last)) names.push({ text: last, person, part: 'last' });
    person++;
  }
  return names.sort((a, b) => b.text.length - a.text.length);
}

/** The base stories: NTREX when it is there, and the seeds. */
export function baseStories(detect: (text: string) => string | undefined): { bases: BaseStory[]; from: string } {
  const bases: BaseStory[] = [];
  let from = 'seeds only (../shared/dev/ntrex is missing)';
  if (existsSync(join(NTREX, 'en'))) {
    for (const file of readdirSync(join(NTREX, 'en')).filter((f) => f.endsWith('.txt')).sort()) {
      const articles = LANGS.filter((l) => existsSync(join(NTREX, l, file))).map((lang) => ({ lang, paragraphs: paragraphsOf(readFileSync(join(NTREX, lang, file), 'utf8')) }));
      bases.push({ id: file.replace(/\.txt$/u, ''), articles, names: namesOf(articles, Math.min(4, articles.length)) });
    }
    from = `${bases.length} NTREX-128 stories × ${LANGS.length} languages + the seeds`;
  }
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const lang = detect(text);
      return { lang: (LANGS.includes(lang as Lang) ? lang : 'en') as Lang, paragraphs: paragraphsOf(text) };
    });
  // The seeds are one story told by five outlets: names are those at least two of them use.
  bases.push({ id: 'seeds', articles: seeds, names: namesOf(seeds, 2) });
  return { bases, from };
}

const SYLLABLES = ['ka', 'lo', 'ven', 'mar', 'ti', 'sa', 'ber', 'no', 'ri', 'dal', 'hu', 'mel', 'to', 'ras', 'vik', 'en', 'go', 'lin', 'pe', 'sor', 'ul', 'dra', 'fen', 'mi'];

function inventName(rnd: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** "Published on March 12, 2019 in Korvala." in the document's language. */
function dateline(lang: Lang, date: Date, place: string): string {
  const d = date.getUTCDate();
  const m = MONTHS[lang][date.getUTCMonth()]!;
  const y = date.getUTCFullYear();
  switch (lang) {
    case 'en':
      return `Published on ${m} ${d}, ${y} in ${place}.`;
    case 'sv':
      return `Publicerad ${d} ${m} ${y} i ${place}.`;
    case 'de':
      return `Veröffentlicht am ${d}. ${m} ${y} in ${place}.`;
    case 'es':
      return `Publicado el ${d} de ${m} de ${y} en ${place}.`;
    case 'fr':
      return `Publié le ${d} ${m} ${y} à ${place}.`;
  }
}

/** A figure: digits, then groups of three after a separator ("3,000", "4 000", "1.200"). */
const FIGURE = /(?<![\d.,])(\d+)((?:[.,\u00a0\u202f ]\d{3})*)/gu;

/** Figures of three digits or more get their leading digit rotated; years move by `years`. */
function shiftNumbers(text: string, rotate: number, years: number): string {
  return text.replace(FIGURE, (all: string, lead: string, groups: string) => {
    if (groups === '' && /^(?:19|20)\d\d$/u.test(lead)) return String(Number(lead) + years);
    if (groups === '' && lead.length < 3) return all;
    const d = Number(lead[0]);
    if (d === 0) return all;
    return `${((d - 1 + rotate) % 9) + 1}${lead.slice(1)}${groups}`;
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

interface StoryPlan {
  readonly base: BaseStory;
  readonly place: string;
  readonly date: Date;
  readonly rotate: number;
  readonly years: number;
  readonly people: readonly { first: string; last: string }[];
}

const EPOCH = Date.UTC(2000, 0, 3);
const DAY = 86_400_000;

function planStory(k: number, bases: readonly BaseStory[]): StoryPlan {
  const rnd = prng(0x5eed + k * 7919);
  const base = bases[k % bases.length]!;
  // Unique by construction: the index in base 24, as syllables, after a random prefix.
  let place = inventName(rnd, 1);
  for (let n = k + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) place += SYLLABLES[n % SYLLABLES.length]!;
  const date = new Date(EPOCH + k * 5 * DAY);
  const persons = new Set(base.names.map((n) => n.person)).size;
  const people = Array.from({ length: persons }, () => ({ first: inventName(rnd, 2), last: inventName(rnd, 2 + Math.floor(rnd() * 2)) }));
  return { base, place, date, rotate: 1 + (k % 8), years: date.getUTCFullYear() - 2018, people };
}

function rewrite(text: string, plan: StoryPlan): string {
  let out = shiftNumbers(text, plan.rotate, plan.years);
  for (const n of plan.base.names) {
    const p = plan.people[n.person]!;
    out = out.replace(new RegExp(`(?<!\\p{L})${escape(n.text)}(?!\\p{L})`, 'gu'), n.part === 'full' ? `${p.first} ${p.last}` : p.last);
  }
  return out;
}

/** Documents of story k: `size` of them, in mixed languages or all in English. */
function storyDocuments(k: number, size: number, plan: StoryPlan, englishOnly: boolean): SourceDocument[] {
  const rnd = prng(0xd0c + k * 104_729);
  const docs: SourceDocument[] = [];
  const { articles } = plan.base;
  for (let j = 0; j < size; j++) {
    // Mixed: about two documents in five in English, the rest spread over sv, de, es, fr.
    const r = rnd();
    const pool = englishOnly ? articles.filter((a) => a.lang === 'en') : articles;
    const wanted: Lang = englishOnly || r < 0.4 ? 'en' : LANGS[1 + Math.floor(((r - 0.4) / 0.6) * 4)]!;
    const same = pool.filter((a) => a.lang === wanted);
    const choices = same.length > 0 ? same : pool;
    const article = choices[Math.floor(rnd() * choices.length)] ?? articles[0]!;
    const [headline, ...body] = article.paragraphs;
    const kept = body.filter(() => rnd() < 0.65);
    while (kept.length < Math.min(3, body.length)) kept.push(body[kept.length]!);
    if (kept.length > 2 && rnd() < 0.3) {
      const i = Math.floor(rnd() * (kept.length - 1));
      [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
    }
    const date = new Date(plan.date.getTime() + (rnd() < 0.3 ? DAY : 0));
    const head = headline !== undefined && rnd() < 0.8 ? [rewrite(headline, plan)] : [];
    const text = [...head, dateline(article.lang, date, plan.place), ...kept.map((p) => rewrite(p, plan))].join('\n\n');
    const publishedAt = rnd() < 0.7 ? { publishedAt: date.toISOString().slice(0, 10) } : {};
    docs.push({ id: `s${k}-${j}-${article.lang}`, text, ...publishedAt });
  }
  return docs;
}

/**
 * A corpus of `n` documents: stories of 3 to 7 documents (5 on average), story k always the same.
 * `englishOnly` builds the same stories with every document taken from an English article;
 * `firstStory` starts further on (the benchmark warms up on stories it does not measure).
 */
export function buildCorpus(n: number, detect: (text: string) => string | undefined, { englishOnly = false, firstStory = 0 } = {}): Corpus {
  const { bases, from } = baseStories(detect);
  const documents: SourceDocument[] = [];
  let k = firstStory;
  while (documents.length < n) {
    const size = Math.min(n - documents.length, 3 + Math.floor(prng(0x512e + k * 31)() * 5));
    documents.push(...storyDocuments(k, size, planStory(k, bases), englishOnly));
    k++;
  }
  const bytes = documents.reduce((s, d) => s + Buffer.byteLength(d.text, 'utf8'), 0);
  return { documents, stories: k - firstStory, bytes, from };
}
