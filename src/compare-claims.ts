/** `compareClaims()` and `extractClaims()`: run the pipeline stages in order. */
import { readDocument, reportOf } from './claim-index';
import { resolveOptions } from './options';
import { extract } from './pipeline/extract/index';
import { ingest } from './pipeline/ingest/index';
import { segment } from './pipeline/segment/index';
import type { Claim, CompareOptions, Report, SourceDocument } from './types';

/**
 * Compares what several articles claim: extracts quantity, event and quote claims, aligns the
 * claims that are about the same thing across articles and languages, and says where the
 * sources agree and where they conflict, with provenance for every claim.
 * @example
 * const report = compareClaims([
 *   { id: 'voa', text: 'The march of nearly 3,000 people left on Friday.' },
 *   { id: 'svd', text: 'Marschen med uppemot 4 000 migranter lämnade staden på fredagen.' },
 * ]);
 * report.alignments[0]?.verdict; // 'conflict'
 */
export function compareClaims(sources: readonly SourceDocument[], options?: CompareOptions): Report {
  const opts = resolveOptions(options);
  const { documents, messages } = ingest(sources, opts);
  return reportOf(messages, documents.map((doc) => readDocument(doc, opts)), opts);
}

/**
 * The claims of one article, without comparing them to anything.
 * @example
 * const claims = extractClaims({ id: 'a', text: 'Police fired tear gas at about 500 migrants.' });
 */
export function extractClaims(source: SourceDocument, options?: CompareOptions): Claim[] {
  const opts = resolveOptions(options);
  const { documents } = ingest([source], opts);
  const doc = documents[0];
  if (!doc) return [];
  return extract(segment(doc), opts).claims.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
