/**
 * Extreme inputs: empty documents among good ones, very large documents, one enormous line,
 * thousands of tiny documents, documents of only numbers or only quote marks. None may crash or
 * lose a document. CLAIMDIFF_LARGE=1 adds the 20,000-document case (and, once it no longer
 * hangs, the 10 MB one).
 *
 * Tests once marked `it.skip` hung (super-linear time in src/, since fixed); each comment gives the
 * measurement and the smallest input that shows it. Flip them back when src/ is fixed.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Report, type SourceDocument } from '../src/index';
import { QUOTE_MARKS, sentencesOf } from './support/arbitraries';
import { readsOnce } from '../src/pipeline/segment/english';

const LARGE = Boolean(process.env.CLAIMDIFF_LARGE);
const MB = 1_000_000;
const HEAP_LIMIT = 1.5e9;

/** Article text of about `size` characters: real English sentences, four to a paragraph. */
function article(size: number): string {
  const sentences = sentencesOf('en');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = sentences[i % sentences.length]! + (i % 4 === 3 ? '\n\n' : ' ');
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

/** `size` characters of `piece(i)` for i = 0, 1, 2, … */
function fill(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, size);
}

/** One line of words with no punctuation at all. */
const WORDS = ['police', 'fired', 'tear', 'gas', 'at', 'nearly', '3', '000', 'migrants', 'Pompeo', 'said', 'the', 'caravan', 'of', 'people', 'Mexico'];
const unpunctuated = (size: number): string => fill(size, (i) => `${WORDS[(i * 7 + (i >> 3)) % WORDS.length]!} `);

const GOOD: SourceDocument[] = [
  { id: 'voa', text: 'The caravan of nearly 3,000 people left San Pedro Sula in Honduras late last week. Police fired tear gas at the migrants on Friday.' },
  { id: 'svd', text: 'Gruppen är en del av de uppemot 4 000 migranter som i en karavan är på väg från Honduras. Polisen använde tårgas mot migranterna i fredags.' },
];

/** Every source is in report.documents, or has an ingest/empty-text message; none is both. */
function expectNoneLost(report: Report, sources: readonly SourceDocument[]): void {
  const kept = new Set(report.documents.map((d) => d.id));
  const empty = new Set(report.messages.filter((m) => m.ruleId === 'ingest/empty-text').map((m) => m.documentId));
  const lost = sources.filter((s) => kept.has(s.id) === empty.has(s.id)).map((s) => s.id);
  expect(lost).toEqual([]);
  expect(report.stats.documents).toBe(report.documents.length);
  expect(report.messages.filter((m) => m.severity === 'error')).toEqual([]);
}

/** Runs `f`, checks the heap stays under 1.5 GB before and after, and returns its result. */
function withHeapCheck<T>(f: () => T, limit = HEAP_LIMIT): T {
  const before = process.memoryUsage().heapUsed;
  const result = f();
  const after = process.memoryUsage().heapUsed;
  expect(before).toBeLessThan(limit);
  expect(after).toBeLessThan(limit);
  return result;
}

/**
 * A 10 MB article holds about 160,000 claims, each with its sentence, concepts and provenance;
 * the report itself is large. Measured: about 2.5 GB of heap (31 s on 2 cores), linear in size.
 */
const HEAP_LIMIT_10MB = 4e9;

describe('extreme inputs', () => {
  it('an empty document among good ones: a message for it, the others processed', () => {
    const sources: SourceDocument[] = [GOOD[0]!, { id: 'empty', text: '' }, GOOD[1]!, { id: 'blank', text: ' \n\t\r\n\u00a0 ' }];
    const report = compareClaims(sources);
    expectNoneLost(report, sources);
    expect(report.documents.map((d) => d.id)).toEqual(['voa', 'svd']);
    const empties = report.messages.filter((m) => m.ruleId === 'ingest/empty-text').map((m) => m.documentId);
    expect(empties).toEqual(['empty', 'blank']);
    expect(new Set(report.claims.map((c) => c.documentId))).toEqual(new Set(['voa', 'svd']));
    expect(report.alignments.length).toBeGreaterThan(0);
    expect(extractClaims({ id: 'empty', text: '' })).toEqual([]);
  });

  it('only empty documents: a report with no documents and a message each', () => {
    const sources: SourceDocument[] = [{ id: 'a', text: '' }, { id: 'b', text: '   ' }];
    const report = compareClaims(sources);
    expectNoneLost(report, sources);
    expect(report.documents).toEqual([]);
    expect(report.claims).toEqual([]);
  });

  // HANGS (src): time grows about as size^1.7 with the number of sentences (extract/event.ts
  // filters every event found so far once per sentence: `out.filter((c) =>
  // c.sentence.start.offset === s.start)`). 100 kB of real sentences takes ~1 s, 1 MB 20–40 s on
  // two cores, so 10 MB would take 15–30 min, far over 120 s. Was `it.skipIf(!LARGE)`.
  it.skipIf(!LARGE)('a 10 MB document of real sentences completes and yields claims (CLAIMDIFF_LARGE)', { timeout: 120_000 }, () => {
    const text = article(10 * MB);
    const report = withHeapCheck(() => compareClaims([{ id: 'huge', text }, ...GOOD]), HEAP_LIMIT_10MB);
    expectNoneLost(report, [{ id: 'huge', text }, ...GOOD]);
    expect(report.claims.filter((c) => c.documentId === 'huge').length).toBeGreaterThan(1000);
  });

  // Slow today (see the 10 MB case): 20–40 s on two cores, where 100 kB takes ~1 s.
  it('a 1 MB document of real sentences completes, yields claims, and the heap stays under 1.5 GB', { timeout: 120_000 }, () => {
    const text = article(MB);
    const sources = [{ id: 'big', text }, ...GOOD];
    const report = withHeapCheck(() => compareClaims(sources));
    expectNoneLost(report, sources);
    const own = report.claims.filter((c) => c.documentId === 'big');
    expect(own.length).toBeGreaterThan(1000);
    const last = own.at(-1)!;
    expect(text.slice(last.span.start.offset, last.span.end.offset)).toBe(last.text);
    expect(last.span.start.offset).toBeGreaterThan(0.9 * MB);
  });

  // HANGS (src): one sentence of many tokens is super-linear (event slots, context concepts and
  // quantity predicates scan the whole sentence for each mention). A line of words with no
  // punctuation: 10 kB ~2 s, 40 kB ~8 s, 100 kB ~144 s; 1 MB would take hours.
  it('a 1 MB line without punctuation completes', { timeout: 120_000 }, () => {
    const text = unpunctuated(MB);
    const sources = [{ id: 'line', text }, ...GOOD];
    const report = withHeapCheck(() => compareClaims(sources));
    expectNoneLost(report, sources);
    expect(report.documents.find((d) => d.id === 'line')!.length).toBe(text.length);
  });

  it('a 10 kB line without punctuation completes', () => {
    const text = unpunctuated(10_000);
    const sources = [{ id: 'line', text }, ...GOOD];
    const report = compareClaims(sources);
    expectNoneLost(report, sources);
    expect(report.documents.find((d) => d.id === 'line')!.length).toBe(text.length);
  });

  const tiny = (n: number): SourceDocument[] =>
    Array.from({ length: n }, (_, i) => ({ id: `d${i}`, text: `${['Police', 'Officers', 'Troops'][i % 3]!} fired ${(i % 97) + 1} ${['shots', 'rounds'][i % 2]!}.` }));

  it('2,000 tiny documents: every one is in the report', { timeout: 120_000 }, () => {
    const sources = tiny(2000);
    const report = compareClaims(sources);
    expectNoneLost(report, sources);
    expect(new Set(report.documents.map((d) => d.id))).toEqual(new Set(sources.map((s) => s.id)));
    expect(new Set(report.claims.map((c) => c.documentId)).size).toBe(2000);
  });

  it.runIf(LARGE)('20,000 tiny documents: every one is in the report (CLAIMDIFF_LARGE)', { timeout: 600_000 }, () => {
    const sources = tiny(20_000);
    const report = withHeapCheck(() => compareClaims(sources));
    expectNoneLost(report, sources);
    expect(new Set(report.documents.map((d) => d.id))).toEqual(new Set(sources.map((s) => s.id)));
  });

  it('a document of only numbers (lines of figures) among good ones', () => {
    const text = fill(20_000, (i) => `${(i * 7919) % 100_000}${i % 10 === 9 ? '\n' : ' '}`);
    const sources = [{ id: 'numbers', text }, ...GOOD];
    const report = compareClaims(sources);
    expectNoneLost(report, sources);
    expect(report.claims.filter((c) => c.documentId !== 'numbers').length).toBeGreaterThan(0);
    expect(() => extractClaims({ id: 'n', text: '1 2 3 4 5 6 7 8 9 10\n3,000 4 000 4.000 1e308 -0 ½ ١٢٣' })).not.toThrow();
  });

  it('a document of only single digits separated by spaces, 2 kB', () => {
    const text = fill(2_000, (i) => `${i % 10} `);
    const sources = [{ id: 'digits', text }, ...GOOD];
    expectNoneLost(compareClaims(sources), sources);
  });

  // HANGS (src): digits separated by spaces on one line are super-linear (about cubic):
  // '0 1 2 3 4 5 6 7 8 9 0 1 …' of 5 kB takes ~1 s, 10 kB ~4 s, 20 kB ~73 s.
  it('a document of only single digits separated by spaces, 20 kB', { timeout: 120_000 }, () => {
    const text = fill(20_000, (i) => `${i % 10} `);
    const sources = [{ id: 'digits', text }, ...GOOD];
    expectNoneLost(compareClaims(sources), sources);
  });

  it('a document of only quote marks (1,000) among good ones', () => {
    const text = fill(1_000, (i) => QUOTE_MARKS[(i * 5 + (i >> 2)) % QUOTE_MARKS.length]!);
    const sources = [{ id: 'quotes', text }, ...GOOD];
    const report = compareClaims(sources);
    expectNoneLost(report, sources);
    expect(report.claims.filter((c) => c.documentId !== 'quotes').length).toBeGreaterThan(0);
    for (const q of QUOTE_MARKS) expect(() => extractClaims({ id: 'q', text: q.repeat(50) })).not.toThrow();
  });

  // HANGS (src): a sentence of punctuation tokens is super-linear in findNumbers: matchWords
  // (extract/numbers.ts) skips non-word tokens up to the end of the sentence, for every token and
  // every vague phrase. '"'.repeat(2000) takes ~5 s; 5,000 mixed quote marks ~45 s,
  // 10,000 ~211 s.
  it('a document of only quote marks (10,000) completes', { timeout: 120_000 }, () => {
    const text = fill(10_000, (i) => QUOTE_MARKS[(i * 5 + (i >> 2)) % QUOTE_MARKS.length]!);
    const sources = [{ id: 'quotes', text }, ...GOOD];
    expectNoneLost(compareClaims(sources), sources);
  });

  it('reads an English document the same whatever was read before it (wink-nlp caches new words)', () => {
    // Found by `npm run fuzz`: the first reading split "than11..." as "than11 . .." into two sentences.
    // Each paragraph is now read once, with the tokenizer seeing only the model's own words.
    expect(readsOnce()).toBe(true);
    const doc = { id: 'odd', text: 'Nearly 300 were hurt, more than9... ée, officials said.', language: 'en' };
    const first = compareClaims([doc]).documents[0]!.sentences;
    compareClaims([{ id: 'sv', text: 'Polisen använde inte pepparspray, sa Trump.', language: 'sv' }]);
    compareClaims([{ id: 'teach', text: 'It was than9... and than9 and more than9... ée then, officials said.', language: 'en' }]);
    expect(compareClaims([doc]).documents[0]!.sentences).toBe(first);
  });
});
