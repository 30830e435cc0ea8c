/**
 * A corpus of a few hundred documents from the project's own texts only (the seed articles and
 * the texts of `tests/data`), for the tests that check the incremental and parallel runs give
 * the serial report. No `../shared` needed.
 *
 * Stories of 3 to 7 documents: each story puts both sides of a few cross-language pairs in
 * different documents (so that claims align across documents and languages), fills documents
 * with test sentences of their language and seed paragraphs, and gives some documents metadata.
 * A few documents are edge cases: an empty text, a language claimdiff has no tables for, a text
 * without claims, a language given by the caller.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossPairs } from '../tests/data/cross-pairs';
import { eventCases } from '../tests/data/event-cases';
import { quantityCases } from '../tests/data/quantity-phrases';
import { quoteCases } from '../tests/data/quote-cases';
import type { SourceDocument } from '../src/types';
import { prng, type Lang } from './corpus';

const LANGS: readonly Lang[] = ['en', 'sv', 'de', 'es', 'fr'];
const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));

/** Paragraphs of each language: test sentences and texts, and the seeds' paragraphs. */
function pools(): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { en: [], sv: [], de: [], es: [], fr: [] };
  for (const c of eventCases) out[c.lang].push(c.text);
  for (const c of quantityCases) out[c.lang].push(c.text);
  for (const c of quoteCases) out[c.lang].push(...c.text.split('\n'));
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  for (const text of seeds) {
    const paragraphs = text.split('\n').filter((p) => p.trim().length > 0);
    // The one Swedish seed is told by its letters; the others are English.
    const lang: Lang = /\b(?:och|att|som|från)\b/u.test(text) ? 'sv' : 'en';
    out[lang].push(...paragraphs);
  }
  return out;
}

const EDGE: readonly ((id: string) => SourceDocument)[] = [
  (id) => ({ id, text: '   \n  ' }),
  (id) => ({ id, text: 'Il governo ha annunciato ieri che circa 3.000 agenti saranno inviati al confine entro venerdì, ha detto il ministro.' }),
  (id) => ({ id, text: 'Weather today: mild and dry.\nNothing else happened.' }),
  (id) => ({ id, text: 'Police fired tear gas at about 500 migrants near the bridge on Friday, officials said.', language: 'en', title: 'Tear gas at the bridge', url: 'https://example.org/a', publisher: 'Example Wire' }),
];

/** `n` documents (3 to 7 a story), the same for every call. */
export function fixtureCorpus(n: number): SourceDocument[] {
  const pool = pools();
  const docs: SourceDocument[] = [];
  const rnd = prng(20_181_019);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let k = 0;
  while (docs.length < n) {
    const size = Math.min(n - docs.length, 3 + Math.floor(rnd() * 5));
    const langs: Lang[] = Array.from({ length: size }, (_, j) => (j === 0 ? 'en' : pick(LANGS)));
    const bodies: string[][] = langs.map(() => []);
    // Both sides of a few cross-language pairs, each side in a document of its language or English.
    for (let p = 0; p < 3; p++) {
      const pair = pick(crossPairs);
      const a = langs.indexOf('en');
      const b = langs.findIndex((l, j) => l === pair.b.lang && j !== a);
      bodies[a]!.push(pair.a.text);
      if (b >= 0) bodies[b]!.push(pair.b.text);
    }
    langs.forEach((lang, j) => {
      const extra = 2 + Math.floor(rnd() * 5);
      for (let e = 0; e < extra; e++) bodies[j]!.push(pick(pool[lang]));
    });
    const publishedAt = `2019-0${1 + (k % 9)}-${String(1 + ((k * 3) % 28)).padStart(2, '0')}`;
    for (let j = 0; j < size; j++) {
      const id = `f${k}-${j}`;
      const edge = (k * 7 + j) % 41 === 5 ? EDGE[(k + j) % EDGE.length] : undefined;
      if (edge) {
        docs.push(edge(id));
        continue;
      }
      const meta = rnd() < 0.5 ? { publishedAt } : {};
      const lang = rnd() < 0.2 ? { language: langs[j]! } : {};
      docs.push({ id, text: bodies[j]!.join('\n\n'), ...meta, ...lang });
    }
    k++;
  }
  return docs;
}
