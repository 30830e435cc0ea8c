/**
 * Extract: one document's claims of every kind asked for. Each kind has its own file; this one
 * builds the document context they share and keeps one failing sentence from sinking the rest.
 */
import type { ResolvedOptions } from '../../options';
import type { Claim, Message } from '../../types';
import type { SegmentedDocument } from '../segment/index';
import { documentContext, type DocContext } from './context';
import { extractEvents } from './event';
import { extractQuantities } from './quantity';
import { extractQuotes, findQuotes } from './quote';
import { baseBuilder } from './shared';

export interface Extracted {
  readonly ctx: DocContext;
  readonly claims: Claim[];
  readonly messages: Message[];
}

/** Claims of one segmented document, in document order, with ids still to be assigned. */
export function extract(seg: SegmentedDocument, options: ResolvedOptions): Extracted {
  const ctx = documentContext(seg, seg.doc.source.publishedAt ?? options.publishedAt);
  const messages: Message[] = [];
  const quotes = findQuotes(ctx);
  const base = baseBuilder(ctx, quotes);
  const claims: Claim[] = [];
  const run = (kind: string, f: () => Claim[]) => {
    try {
      claims.push(...f());
    } catch (err) {
      messages.push({
        severity: 'error',
        ruleId: `extract/${kind}`,
        documentId: seg.doc.id,
        reason: `the ${kind} extractor failed on "${seg.doc.id}" (${err instanceof Error ? err.message : String(err)}); other claims were kept. Please report this with the text`,
      });
    }
  };
  if (options.kinds.has('quantity')) run('quantity', () => extractQuantities(ctx, base));
  if (options.kinds.has('event')) run('event', () => extractEvents(ctx, base));
  if (options.kinds.has('quote')) run('quote', () => extractQuotes(ctx, quotes, base));
  claims.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset || a.kind.localeCompare(b.kind));
  return { ctx, claims, messages };
}
