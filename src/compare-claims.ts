/** `compareClaims()` and `extractClaims()`: run the pipeline stages in order. */
import { resolveOptions } from './options';
import { align } from './pipeline/align/index';
import { compareGroup } from './pipeline/compare/index';
import { extract } from './pipeline/extract/index';
import { ingest } from './pipeline/ingest/index';
import { buildReport } from './pipeline/report/index';
import { segment } from './pipeline/segment/index';
import { language } from './lexicon/registry';
import type { Claim, CompareOptions, DocumentInfo, Message, Report, SourceDocument } from './types';

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
  const allMessages: Message[] = [...messages];
  const claims: Claim[] = [];
  const infos: DocumentInfo[] = [];
  let sentences = 0;
  for (const doc of documents) {
    if (!language(doc.language)) {
      allMessages.push({
        severity: 'warning',
        ruleId: 'ingest/unsupported-language',
        documentId: doc.id,
        reason: `"${doc.id}" is in '${doc.language}', which claimdiff has no tables for: its paragraphs in supported languages are read, the rest yields no claims. Pass \`language\` if the detection is wrong`,
      });
    }
    const seg = segment(doc);
    const ex = extract(seg, opts);
    sentences += seg.sentences.length;
    allMessages.push(...ex.messages);
    for (const c of ex.claims) claims.push({ ...c, id: `c${claims.length + 1}` });
    infos.push({
      id: doc.id,
      language: doc.language,
      languageSource: doc.languageSource,
      ...pick(doc.source),
      length: doc.text.length,
      sentences: seg.sentences.length,
      frame: ex.ctx.frame,
    });
    if (ex.claims.length === 0) {
      allMessages.push({ severity: 'info', ruleId: 'extract/no-claims', documentId: doc.id, reason: `no claims found in "${doc.id}"` });
    }
  }
  const aligned = align(claims);
  const alignments = aligned.groups
    .filter((g) => new Set(g.claims.map((c) => c.documentId)).size >= opts.minSources)
    .map((g, i) => compareGroup(g, `a${i + 1}`));
  return buildReport({ documents: infos, claims, alignments, messages: allMessages, sentences, pairsExamined: aligned.pairsExamined, pairsPossible: aligned.pairsPossible });
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

function pick(s: SourceDocument): Partial<Pick<DocumentInfo, 'title' | 'url' | 'publisher' | 'publishedAt'>> {
  const out: { title?: string; url?: string; publisher?: string; publishedAt?: string } = {};
  if (s.title !== undefined) out.title = s.title;
  if (s.url !== undefined) out.url = s.url;
  if (s.publisher !== undefined) out.publisher = s.publisher;
  if (s.publishedAt !== undefined) out.publishedAt = s.publishedAt;
  return out;
}
