/**
 * Incremental use: a claim index reads each document as it is added (ingest, segment, extract)
 * and aligns and compares everything only when a report is asked for. Its report is the one
 * `compareClaims()` gives for the same documents in the same order, claim ids included.
 *
 * The pieces below are the pipeline's composition, shared by `compareClaims()`, the claim index
 * and the worker threads of `compareClaimsParallel()`:
 * - `readDocument(doc)`: one ingested document → its claims (ids still to assign), messages and
 *   description. Plain data, so it can cross a thread boundary.
 * - `assemble(ingestMessages, results)`: claim ids, alignment and comparison → report parts.
 */
import { InputError, issuesError, type Issue } from './errors';
import { language } from './lexicon/registry';
import { resolveOptions, type ResolvedOptions } from './options';
import { align } from './pipeline/align/index';
import { compareGroup } from './pipeline/compare/index';
import { extract } from './pipeline/extract/index';
import { entityKey } from './pipeline/extract/shared';
import { ingest, type IngestedDocument } from './pipeline/ingest/index';
import { buildReport, type ReportParts } from './pipeline/report/index';
import { segment } from './pipeline/segment/index';
import type { Claim, CompareOptions, DocumentInfo, Message, Report, SourceDocument } from './types';

/** What reading one document yields: plain data, without the extractor's functions. */
export interface DocumentResult {
  readonly info: DocumentInfo;
  /** The document's claims in document order, with `id: ''`: ids are given when assembled. */
  readonly claims: readonly Claim[];
  /** Unsupported language, extractor failures and "no claims", in that order. */
  readonly messages: readonly Message[];
  readonly sentences: number;
  /**
   * The names the document mentions ("ent:puerto alvar", "org:unhcr"), without countries and
   * without the lone capitalised nouns of German: what groups documents into stories.
   */
  readonly names: readonly string[];
}

/** Segments one ingested document and extracts its claims. */
export function readDocument(doc: IngestedDocument, opts: ResolvedOptions): DocumentResult {
  const messages: Message[] = [];
  if (!language(doc.language)) {
    messages.push({
      severity: 'warning',
      ruleId: 'ingest/unsupported-language',
      documentId: doc.id,
      reason: `"${doc.id}" is in '${doc.language}', which claimdiff has no tables for: its paragraphs in supported languages are read, the rest yields no claims. Pass \`language\` if the detection is wrong`,
    });
  }
  const seg = segment(doc);
  const ex = extract(seg, opts);
  messages.push(...ex.messages);
  if (ex.claims.length === 0) {
    messages.push({ severity: 'info', ruleId: 'extract/no-claims', documentId: doc.id, reason: `no claims found in "${doc.id}"` });
  }
  const info: DocumentInfo = {
    id: doc.id,
    language: doc.language,
    languageSource: doc.languageSource,
    ...pick(doc.source),
    length: doc.text.length,
    sentences: seg.sentences.length,
    frame: ex.ctx.frame,
  };
  const names = new Set<string>();
  for (const m of ex.ctx.mentions) for (const e of m.entities) if (e.type !== 'country' && !e.weak) names.add(entityKey(e.type, e.key));
  return { info, claims: ex.claims, messages, sentences: seg.sentences.length, names: [...names].sort() };
}

/**
 * Numbers the claims (c1, c2, … in document order), aligns them and compares each group: the
 * parts of the report. Ingest's messages come first, then each document's, in document order.
 */
export function assemble(ingestMessages: readonly Message[], results: readonly DocumentResult[], opts: ResolvedOptions): ReportParts {
  const messages: Message[] = [...ingestMessages];
  const claims: Claim[] = [];
  const documents: DocumentInfo[] = [];
  let sentences = 0;
  for (const r of results) {
    messages.push(...r.messages);
    for (const c of r.claims) claims.push({ ...c, id: `c${claims.length + 1}` });
    documents.push(r.info);
    sentences += r.sentences;
  }
  const aligned = align(
    claims,
    results.map((r) => ({ id: r.info.id, names: r.names, date: r.info.frame.date })),
  );
  const alignments = aligned.groups
    .filter((g) => new Set(g.claims.map((c) => c.documentId)).size >= opts.minSources)
    .map((g, i) => compareGroup(g, `a${i + 1}`));
  return { documents, claims, alignments, stories: aligned.stories, messages, sentences, pairsExamined: aligned.pairsExamined, pairsPossible: aligned.pairsPossible };
}

/** The report of documents already read. */
export function reportOf(ingestMessages: readonly Message[], results: readonly DocumentResult[], opts: ResolvedOptions): Report {
  return buildReport(assemble(ingestMessages, results, opts));
}

function pick(s: SourceDocument): Partial<Pick<DocumentInfo, 'title' | 'url' | 'publisher' | 'publishedAt'>> {
  const out: { title?: string; url?: string; publisher?: string; publishedAt?: string } = {};
  if (s.title !== undefined) out.title = s.title;
  if (s.url !== undefined) out.url = s.url;
  if (s.publisher !== undefined) out.publisher = s.publisher;
  if (s.publishedAt !== undefined) out.publishedAt = s.publishedAt;
  return out;
}

/**
 * Documents added one at a time, compared on demand.
 * @example
 * const index = createClaimIndex();
 * index.add({ id: 'voa', text: 'The march of nearly 3,000 people left on Friday.' });
 * index.add({ id: 'svd', text: 'Marschen med uppemot 4 000 migranter lämnade staden på fredagen.' });
 * index.report().alignments[0]?.verdict; // 'conflict'
 */
export interface ClaimIndex {
  /**
   * Reads the document at once (language, sentences, claims) and keeps what it found. Throws the
   * errors `compareClaims()` would throw for it: a malformed document, or an id already added.
   * A document that throws is not added.
   */
  add(source: SourceDocument): void;
  /** Aligns and compares everything added so far; the report `compareClaims()` gives for them. */
  report(): Report;
  /** How many documents were added, empty ones included. */
  readonly size: number;
}

/**
 * A claim index: add documents as they arrive, ask for the report when needed. Each `add()` does
 * the per-document work (most of the time of a run); `report()` only aligns and compares.
 * Options are checked at once and throw as `compareClaims()` throws them.
 */
export function createClaimIndex(options?: CompareOptions): ClaimIndex {
  const opts = resolveOptions(options);
  const ingestMessages: Message[] = [];
  const results: DocumentResult[] = [];
  const ids = new Map<string, number>();
  return {
    add(source: SourceDocument): void {
      const i = ids.size;
      const { documents, messages } = ingestAt(source, i, ids);
      const doc = documents[0];
      const result = doc ? readDocument(doc, opts) : undefined;
      ids.set(source.id, i);
      ingestMessages.push(...messages);
      if (result) results.push(result);
    },
    report(): Report {
      // No documents: the error compareClaims([]) throws.
      if (ids.size === 0) ingest([], opts);
      return reportOf(ingestMessages, results, opts);
    },
    get size(): number {
      return ids.size;
    },
  };

  /**
   * Ingests `source` as the i-th document of a `compareClaims()` call: the same checks, and the
   * same error, with the same paths (`sources[i]`), when it fails them or repeats an id.
   */
  function ingestAt(source: SourceDocument, i: number, seen: ReadonlyMap<string, number>) {
    const issues: Issue[] = [];
    const id: unknown = source !== null && typeof source === 'object' && !Array.isArray(source) ? (source as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && seen.has(id)) {
      issues.push({ path: `sources[${i}].id`, code: 'duplicate_id', message: `"${id}" is also the id of sources[${seen.get(id)}]: give each document its own id` });
    }
    try {
      const ingested = ingest([source], opts);
      if (issues.length === 0) return ingested;
    } catch (err) {
      if (!(err instanceof InputError) || err.issues.length === 0) throw err;
      issues.push(...err.issues.map((x) => ({ ...x, path: x.path.replace(/^sources\[0\]/u, `sources[${i}]`) })));
    }
    const dup = issues.every((x) => x.code === 'duplicate_id');
    throw issuesError(InputError, dup ? 'E_DUPLICATE_ID' : 'E_SOURCE_INVALID', issues);
  }
}
