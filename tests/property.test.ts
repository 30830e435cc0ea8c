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

/** Every span of every claim: words, line/column, bounds; the claim starts inside its sentence. */
function checkClaimSpans(claims: readonly Claim[], texts: ReadonlyMap<string, string>): void {
  for (const c of claims) {
    const text = texts.get(c.documentId);
    if (text === undefined) fail('claim of an unknown document', c.documentId);
    checkSpan(text, c.span, `claim ${c.id} (${c.kind})`, c.text);
    checkSpan(text, c.sentence, `sentence of ${c.id}`, c.sentenceText);
    if (c.span.start.offset < c.sentence.start.offset || c.span.start.offset > c.sentence.end.offset) {
      fail(`claim ${c.id} starts outside its sentence`, { span: [c.span.start.offset, c.span.end.offset], sentence: [c.sentence.start.offset, c.sentence.end.offset] });
    }
    // Quantities and events are words of one sentence; quotes may run on (see the failing property below).
    if (c.kind !== 'quote' && c.span.end.offset > c.sentence.end.offset) {
      fail(`claim ${c.id} (${c.kind}) ends after its sentence`, { text: c.text, sentence: c.sentenceText });
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

  it('every span is exact on arbitrary text (extractClaims)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyText(), language, (text, lang) => {
        const claims = extractClaims(withLanguage(text, lang));
        checkClaimSpans(claims, new Map([['x', text]]));
      }),
      params(),
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

  // FAILS (src): a quote that runs over several sentences keeps its first sentence as `sentence`,
  // so the claim span ends after the sentence span. Minimal counterexample:
  //   extractClaims({ id: 'x', text: '"Go home. Now," Pompeo said.' })
  //   → quote "Go home. Now," span [1, 14), sentence '"Go home.' [0, 9).
  // The seeds have it too (000_f9c875f9ed25f209: “They are fully engaged. They sent 500 …”).
  // The example runs first, so this fails every time until src is fixed; then make it `it`.
  it('the sentence span contains the claim span, for every kind', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyText(), language, (text, lang) => {
        for (const c of extractClaims(withLanguage(text, lang))) {
          if (c.span.start.offset < c.sentence.start.offset || c.span.end.offset > c.sentence.end.offset) {
            fail(`claim ${c.id} (${c.kind}) is not inside its sentence`, { text: c.text, sentence: c.sentenceText });
          }
        }
      }),
      { ...params<[string, string | undefined]>(), examples: [['"Go home. Now," Pompeo said.', undefined]] },
    );
  });

  it('documents, claims, messages and stats are the same for any order of the documents', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSetAndPermutation(), ([docs, permuted]) => {
        const { alignments: _a, ...a } = orderFree(compareClaims(docs));
        const { alignments: _b, ...b } = orderFree(compareClaims(permuted));
        expect(b).toEqual(a);
      }),
      params(),
    );
  });

  // FAILS (src): alignment merges equal-scoring edges in claim-index order, and claim indexes
  // follow the order of the documents. Minimal counterexample (three documents, two orders):
  //   a: 'Police fired tear gas at 1 migrants. Police fired tear gas at 500 migrants.'
  //   b: 'Police fired tear gas at 500 migrants.'
  //   c: 'Police fired tear gas at 1501 migrants.'
  //   [a, b, c] → conflict {a:"1 migrants"} vs {c:"1501 migrants"}; agree {a:"500 migrants", b:"500 migrants"}
  //   [c, b, a] → one conflict {a:"500 migrants", b:"500 migrants"} vs {c:"1501 migrants"}
  // The example runs first, so this fails every time until src is fixed; then make it `it`.
  it('alignments (partitions into positions, and verdicts) are the same for any order of the documents', { timeout: TIMEOUT }, () => {
    const a = { id: 'a', text: 'Police fired tear gas at 1 migrants. Police fired tear gas at 500 migrants.' };
    const b = { id: 'b', text: 'Police fired tear gas at 500 migrants.' };
    const c = { id: 'c', text: 'Police fired tear gas at 1501 migrants.' };
    fc.assert(
      fc.property(documentSetAndPermutation(), ([docs, permuted]) => {
        expect(orderFree(compareClaims(permuted)).alignments).toEqual(orderFree(compareClaims(docs)).alignments);
      }),
      { ...params<[[SourceDocument[], SourceDocument[]]]>(), examples: [[[[a, b, c], [c, b, a]]]] },
    );
  });

  it('comparison is symmetric for quantities and quotes: A,B and B,A give the same relations', { timeout: TIMEOUT }, () => {
    const opts: CompareOptions = { kinds: ['quantity', 'quote'] };
    fc.assert(
      fc.property(documentPair, ([a, b]) => {
        expect(relations(compareClaims([b, a], opts))).toEqual(relations(compareClaims([a, b], opts)));
      }),
      params(),
    );
  });

  // FAILS (src): event scores are not symmetric: eventScore adds rarity(a.patient.concept) (and
  // rarity(a.agent.concept)), the first claim's concept, when the two are compatible but differ
  // ("person" and "migrant"). Minimal counterexample (shrunk, then words removed by hand):
  //   A = { id: 'A', language: 'de', text: 'Tränengas 500 Migranten verließ Personen.' }
  //   B = { id: 'B', language: 'fr', text: 'La police a tiré des gaz lacrymogènes sur des migrants.' }
  //   compareClaims([A, B]) → no alignment (pairScore 2.92 < 3);
  //   compareClaims([B, A]) → event conflict (agent) between the two (pairScore 3.5).
  // The example runs first, so this fails every time until src is fixed; then make it `it`.
  it('comparison is symmetric for every kind: A,B and B,A give the same relations', { timeout: TIMEOUT }, () => {
    const a: SourceDocument = { id: 'A', language: 'de', text: 'Tränengas 500 Migranten verließ Personen.' };
    const b: SourceDocument = { id: 'B', language: 'fr', text: 'La police a tiré des gaz lacrymogènes sur des migrants.' };
    fc.assert(
      fc.property(documentPair, ([a, b]) => {
        expect(relations(compareClaims([b, a]))).toEqual(relations(compareClaims([a, b])));
      }),
      { ...params<[[SourceDocument, SourceDocument]]>(), examples: [[[a, b]]] },
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

  it('the report survives a JSON round trip unchanged (reports with claims)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSet(), options, (docs, opts) => {
        const report = compareClaims(docs, opts);
        // With no claims, stats.pairsPossible is -0: see the failing test below.
        fc.pre(report.claims.length > 0);
        const copy: unknown = JSON.parse(JSON.stringify(report));
        // isDeepStrictEqual is fast and tells -0 from 0; expect() only runs to show the difference.
        if (!isDeepStrictEqual(copy, report)) expect(copy).toStrictEqual(report);
      }),
      params(),
    );
  });

  // FAILS (src): with no claims, stats.pairsPossible is n * (n - 1) / 2 = 0 * -1 / 2 = -0, which
  // JSON turns into 0. Minimal counterexample: compareClaims([{ id: 'a', text: 'x' }]).
  // The example runs first, so this fails every time until src is fixed; then make it `it`
  // (and drop the fc.pre above).
  it('the report survives a JSON round trip unchanged (any report)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(documentSet(), options, (docs, opts) => {
        const report = compareClaims(docs, opts);
        const copy: unknown = JSON.parse(JSON.stringify(report));
        if (!isDeepStrictEqual(copy, report)) expect(copy).toStrictEqual(report);
      }),
      { ...params<[SourceDocument[], CompareOptions | undefined]>(), examples: [[[{ id: 'a', text: 'x' }], undefined]] },
    );
  });
});
