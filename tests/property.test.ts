/**
 * Property tests: nothing breaks claimdiff. Arbitrary Unicode, real sentences in five languages
 * and their mixes go in; no exception comes out, every span is exact, and the report does not
 * depend on the order of the documents, on the run, or on a JSON round trip.
 *
 * Each property runs FUZZ_RUNS cases (1,000 by default; `npm run fuzz` runs 100,000).
 * FUZZ_SEED=<n> replays a run; fast-check prints the seed and path of every failure.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim, type ClaimKind, type CompareOptions, type Report, type SourceDocument, type Span } from '../src/index';
import { LANGUAGES, anyText, documentPair, documentSet, documentSetAndPermutation } from './support/arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** Generous: about 50 ms a case is far slower than any property runs on two cores. */
const TIMEOUT = Math.max(60_000, RUNS * 50);

function params<T>(): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  return { numRuns: RUNS, ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}) };
}

const KINDS: ClaimKind[] = ['quantity', 'event', 'quote'];

/** Valid options in every combination, or none. */
const options: fc.Arbitrary<CompareOptions | undefined> = fc.option(
  fc.record(
    {
      kinds: fc.subarray(KINDS, { minLength: 1 }),
      defaultLanguage: fc.constantFrom(...LANGUAGES),
      minSources: fc.integer({ min: 1, max: 3 }),
      publishedAt: fc.constantFrom('2018-10-19', '2018-10-21T12:00:00Z'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const language = fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined });
const withLanguage = (text: string, lang: string | undefined): SourceDocument => (lang === undefined ? { id: 'x', text } : { id: 'x', text, language: lang });

// ---------------------------------------------------------------------------------------------
// Counterexamples found by these properties (since fixed in src/), run first as regressions
// ---------------------------------------------------------------------------------------------

/**
 * A quote over two sentences had only its first sentence as `sentence`: the claim span ended
 * after the sentence span (quote [1, 14), sentence '"Go home.' [0, 9)).
 */
const SENTENCE_EXAMPLE = '"Go home. Now," Pompeo said.';

/**
 * Alignment merged equal-scoring edges in claim-index order, which follows the document order:
 * [a, b, c] gave {a:"1 migrants"} vs {c:"1501 migrants"} and {a:"500", b:"500"} agreeing;
 * [c, b, a] gave one conflict {a:"500", b:"500"} vs {c:"1501"}.
 */
const ORDER_EXAMPLE: SourceDocument[] = [
  { id: 'a', text: 'Police fired tear gas at 1 migrants. Police fired tear gas at 500 migrants.' },
  { id: 'b', text: 'Police fired tear gas at 500 migrants.' },
  { id: 'c', text: 'Police fired tear gas at 1501 migrants.' },
];

/**
 * eventScore added rarity(a.patient.concept), the first claim's concept ("person" vs "migrant"):
 * pairScore(A, B) = 2.92 < 3 but pairScore(B, A) = 3.5, so [A, B] had no alignment and [B, A]
 * an event conflict.
 */
const SYMMETRY_EXAMPLE: [SourceDocument, SourceDocument] = [
  { id: 'A', language: 'de', text: 'Tränengas 500 Migranten verließ Personen.' },
  { id: 'B', language: 'fr', text: 'La police a tiré des gaz lacrymogènes sur des migrants.' },
];

// Found by `npm run fuzz` in session 3 (seed -1721625967, case 35,234): the weight of a shared
// instrument was taken from one side's instruments only (tear gas here, pepper spray there).
const SYMMETRY_EXAMPLE_2: [SourceDocument, SourceDocument] = [
  { id: 'A', text: 'police„Ich stehe hier direkt vor Ihnen“, sagte eine Frau.policeDie Polizei setzte Tränengas gegen bis zu 1 Migranten ein.NBC tuvo 2Angeblich zahlte er ihr anschließend 375.000 Dollar, um sich ihr Schweigen zu dem Vorfall zu 0erkaufen, so Der Spiegel am Freitag.' },
  { id: 'B', text: '.Police used pepper spray on 500 migrants at the border.' },
];

// The fourth, `compareClaims([{ id: 'a', text: 'x' }])` (no claims: stats.pairsPossible was
// 0 * -1 / 2 = -0, which JSON turns into 0), is the example of the JSON round-trip property.

// ---------------------------------------------------------------------------------------------
// Checks that throw with a precise message, so fast-check shrinks to the smallest failing input
// ---------------------------------------------------------------------------------------------

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

function fail(message: string, detail: unknown): never {
  throw new Error(`${message}: ${JSON.stringify(detail)}`);
}

/** Line and column from 1 of an offset, counting only "\n" as a line break. */
function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function checkSpan(text: string, span: Span, what: string, words?: string): void {
  for (const p of [span.start, span.end]) {
    if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > text.length) fail(`${what}: offset outside the text`, { offset: p.offset, length: text.length });
    const want = pointOf(text, p.offset);
    if (p.line !== want.line || p.column !== want.column) fail(`${what}: line/column disagree with the offset`, { got: p, want });
  }
  if (span.start.offset > span.end.offset) fail(`${what}: start after end`, span);
  if (words !== undefined && words !== text.slice(span.start.offset, span.end.offset)) {
    fail(`${what}: text is not the document's text at the span`, { text: words, slice: text.slice(span.start.offset, span.end.offset) });
  }
}

/** Every span of every claim: words, line/column, bounds; the sentence span contains the claim span. */
function checkClaimSpans(claims: readonly Claim[], texts: ReadonlyMap<string, string>): void {
  for (const c of claims) {
    const text = texts.get(c.documentId);
    if (text === undefined) fail('claim of an unknown document', c.documentId);
    checkSpan(text, c.span, `claim ${c.id} (${c.kind})`, c.text);
    checkSpan(text, c.sentence, `sentence of ${c.id}`, c.sentenceText);
    if (c.span.start.offset < c.sentence.start.offset || c.span.end.offset > c.sentence.end.offset) {
      fail(`claim ${c.id} (${c.kind}) is not inside its sentence`, { span: [c.span.start.offset, c.span.end.offset], sentence: [c.sentence.start.offset, c.sentence.end.offset], text: c.text });
    }
    if (c.attribution) checkSpan(text, c.attribution.span, `attribution of ${c.id}`, c.attribution.text);
    if (c.kind === 'event') {
      checkSpan(text, c.action.span, `action of ${c.id}`, c.action.text);
      for (const p of [c.agent, c.patient, c.place, ...c.instruments, ...c.entities]) if (p) checkSpan(text, p.span, `participant of ${c.id}`, p.text);
    }
  }
}

function checkReportSpans(report: Report, sources: readonly SourceDocument[]): void {
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  checkClaimSpans(report.claims, texts);
  for (const m of report.messages) {
    if (m.span && m.documentId !== undefined) checkSpan(texts.get(m.documentId) ?? '', m.span, `message ${m.ruleId}`);
  }
}

/** Every offset a report gives for a document. */
function offsets(c: Claim): number[] {
  const spans: Span[] = [c.span, c.sentence];
  if (c.attribution) spans.push(c.attribution.span);
  if (c.kind === 'event') {
    spans.push(c.action.span);
    for (const p of [c.agent, c.patient, c.place, ...c.instruments, ...c.entities]) if (p) spans.push(p.span);
  }
  return spans.flatMap((s) => [s.start.offset, s.end.offset]);
}

// ---------------------------------------------------------------------------------------------
// Order-free views of a report
// ---------------------------------------------------------------------------------------------

/** What identifies a claim whatever the order of the documents (claim ids depend on it). */
const claimKey = (c: Claim): string => `${c.documentId}\u0000${c.kind}\u0000${c.span.start.offset}-${c.span.end.offset}`;

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/**
 * The report as sets: documents, claims without ids, messages, stats; and apart from them the
 * alignments, as partitions of claim keys with their verdicts, and the stats that count them.
 */
function orderFree(report: Report) {
  const key = new Map(report.claims.map((c) => [c.id, claimKey(c)]));
  const alignments = report.alignments.map((a) =>
    JSON.stringify({
      kind: a.kind,
      verdict: a.verdict,
      positions: a.positions.map((p) => JSON.stringify(sorted(p.claimIds.map((id) => key.get(id) ?? `missing ${id}`)))).sort(),
    }),
  );
  return {
    documents: sorted(report.documents.map((d) => JSON.stringify(d))),
    claims: sorted(report.claims.map(({ id: _id, ...rest }) => JSON.stringify(rest))),
    messages: sorted(report.messages.map((m) => JSON.stringify(m))),
    stats: { ...report.stats, alignments: undefined, conflicts: undefined, agreements: undefined },
    alignments: { alignments: sorted(alignments), counts: [report.stats.alignments, report.stats.conflicts, report.stats.agreements] },
  };
}

/** Every pair of aligned claims and how they stand: "agree" in one position, "conflict" across. */
function relations(report: Report): string[] {
  const key = new Map(report.claims.map((c) => [c.id, claimKey(c)]));
  const out: string[] = [];
  for (const a of report.alignments) {
    const members = a.positions.flatMap((p, i) => p.claimIds.map((id) => ({ k: key.get(id)!, i })));
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [m, n] = [members[x]!, members[y]!].sort((p, q) => (p.k < q.k ? -1 : 1));
        out.push(`${m!.k} ~ ${n!.k}: ${m!.i === n!.i ? 'agree' : 'conflict'}`);
      }
    }
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------

describe('properties (FUZZ_RUNS each)', () => {
  it('extractClaims never throws on arbitrary text', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyText(), language, (text, lang) => {
        const claims = extractClaims(withLanguage(text, lang));
        expect(Array.isArray(claims)).toBe(true);
      }),
      params(),
    );
  });

  it('compareClaims never throws on arbitrary document sets and options, and no extractor fails', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSet(), options, (docs, opts) => {
        const report = compareClaims(docs, opts);
        expect(report.schemaVersion).toBe(1);
        // An extractor that throws is caught and becomes an error message (extract/<kind>).
        const errors = report.messages.filter((m) => m.severity === 'error');
        if (errors.length > 0) fail('an extractor failed', errors);
      }),
      params(),
    );
  });

  it('the report is well formed: every span exact, no document lost, ids and stats consistent', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSet(), (docs) => {
        const report = compareClaims(docs);
        const empty = new Set(report.messages.filter((m) => m.ruleId === 'ingest/empty-text').map((m) => m.documentId));
        const kept = new Set(report.documents.map((d) => d.id));
        for (const d of docs) {
          if (kept.has(d.id) === empty.has(d.id)) fail('document neither in the report nor reported empty (or both)', d.id);
          if (kept.has(d.id) && report.documents.find((x) => x.id === d.id)!.length !== d.text.length) fail('document length', d.id);
        }
        const ids = new Map(report.claims.map((c) => [c.id, c]));
        if (ids.size !== report.claims.length) fail('duplicate claim ids', report.claims.map((c) => c.id));
        for (const c of report.claims) if (!kept.has(c.documentId)) fail('claim of a document not in the report', c.documentId);
        const alignmentIds = new Set<string>();
        for (const a of report.alignments) {
          if (alignmentIds.has(a.id)) fail('duplicate alignment id', a.id);
          alignmentIds.add(a.id);
          if (!Number.isFinite(a.score)) fail('score not finite', a.score);
          for (const p of a.positions) {
            const docsOf = new Set<string>();
            for (const id of p.claimIds) {
              const c = ids.get(id);
              if (!c) fail('alignment refers to a missing claim', { alignment: a.id, id });
              if (c.kind !== a.kind) fail('claim of another kind in an alignment', { alignment: a.id, id });
              docsOf.add(c.documentId);
            }
            if (JSON.stringify(sorted([...docsOf])) !== JSON.stringify(sorted(p.documentIds))) fail('position documentIds disagree with its claims', p);
          }
        }
        const inAlignments = report.alignments.flatMap((a) => a.positions.flatMap((p) => p.claimIds));
        if (new Set(inAlignments).size !== inAlignments.length) fail('a claim in two positions or alignments', inAlignments);
        const s = report.stats;
        const want = {
          documents: report.documents.length,
          claims: report.claims.length,
          alignments: report.alignments.length,
          conflicts: report.alignments.filter((a) => a.verdict === 'conflict').length,
          agreements: report.alignments.filter((a) => a.verdict === 'agree').length,
        };
        const got = { documents: s.documents, claims: s.claims, alignments: s.alignments, conflicts: s.conflicts, agreements: s.agreements };
        if (JSON.stringify(got) !== JSON.stringify(want)) fail('stats disagree with the report', { got, want });
        checkReportSpans(report, docs);
      }),
      params(),
    );
  });

  it('every span is exact on arbitrary text, inside its sentence (extractClaims)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyText(), language, (text, lang) => {
        const claims = extractClaims(withLanguage(text, lang));
        checkClaimSpans(claims, new Map([['x', text]]));
      }),
      { ...params<[string, string | undefined]>(), examples: [[SENTENCE_EXAMPLE, undefined]] },
    );
  });

  it('no span splits a surrogate pair', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyText(), language, (text, lang) => {
        for (const c of extractClaims(withLanguage(text, lang))) {
          for (const o of offsets(c)) {
            if (o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) fail(`claim ${c.id} (${c.kind}) has an offset inside a surrogate pair`, { o, text: c.text });
          }
        }
      }),
      params(),
    );
  });

  it('the report is the same for any order of the documents', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSetAndPermutation(), ([docs, permuted]) => {
        expect(orderFree(compareClaims(permuted))).toEqual(orderFree(compareClaims(docs)));
      }),
      { ...params<[[SourceDocument[], SourceDocument[]]]>(), examples: [[[ORDER_EXAMPLE, [...ORDER_EXAMPLE].reverse()]]] },
    );
  });

  it('comparison is symmetric: A,B and B,A give the same relations', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentPair, ([a, b]) => {
        expect(relations(compareClaims([b, a]))).toEqual(relations(compareClaims([a, b])));
      }),
      { ...params<[[SourceDocument, SourceDocument]]>(), examples: [[SYMMETRY_EXAMPLE], [SYMMETRY_EXAMPLE_2]] },
    );
  });

  it('the same input gives the same report byte for byte, and the input is not changed', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSet({ maxLength: 4 }), documentSet({ maxLength: 1, maxSentences: 2 }), (docs, other) => {
        // fast-check also makes documents without a prototype; JSON compares them by content.
        const before = JSON.stringify(docs);
        const first = JSON.stringify(compareClaims(docs));
        compareClaims(other);
        const second = JSON.stringify(compareClaims(docs.map((d) => ({ ...d }))));
        if (first !== second) fail('two runs differ', { docs });
        if (JSON.stringify(docs) !== before) fail('compareClaims changed its input', { before, after: docs });
      }),
      params(),
    );
  });

  it('the report survives a JSON round trip unchanged', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSet(), options, (docs, opts) => {
        const report = compareClaims(docs, opts);
        const copy: unknown = JSON.parse(JSON.stringify(report));
        // isDeepStrictEqual is fast and tells -0 from 0; expect() only runs to show the difference.
        if (!isDeepStrictEqual(copy, report)) expect(copy).toStrictEqual(report);
      }),
      { ...params<[SourceDocument[], CompareOptions | undefined]>(), examples: [[[{ id: 'a', text: 'x' }], undefined]] },
    );
  });
});
