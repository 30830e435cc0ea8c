/** schema.org ClaimReview JSON-LD: one review per alignment, each claim an appearance of it. */
import type { Alignment, Claim, DocumentInfo, Report } from '../../types';

/** Metadata the caller may pass; it wins over what the report has for the same document. */
interface ReviewSource {
  readonly id: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly publishedAt?: string;
}

/**
 * Renders each alignment as a schema.org `ClaimReview` object, ready for
 * `<script type="application/ld+json">` (escape `<` as `\u003c` when you embed it). Only http(s)
 * URLs are kept, so no `javascript:` link reaches a page that renders `appearance[].url`.
 * @example
 * const jsonLd = JSON.stringify(renderClaimReview(compareClaims(sources), sources), null, 2);
 */
export function renderClaimReview(report: Report, sources: readonly ReviewSource[] = []): object[] {
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const docs = new Map<string, DocumentInfo>(report.documents.map((d) => [d.id, d]));
  const given = new Map(sources.map((s) => [s.id, s]));
  const appearance = (c: Claim): Record<string, unknown> => {
    const s = given.get(c.documentId);
    const d = docs.get(c.documentId);
    const url = s?.url ?? d?.url;
    const publisher = s?.publisher ?? d?.publisher;
    const date = s?.publishedAt ?? d?.publishedAt;
    return {
      '@type': 'CreativeWork',
      ...(url !== undefined && /^https?:\/\//iu.test(url) ? { url } : {}),
      ...(publisher !== undefined ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
      ...(date !== undefined ? { datePublished: date } : {}),
      text: c.text,
      identifier: c.documentId,
    };
  };
  return report.alignments.map((a) => review(a, claims, appearance));
}

function review(a: Alignment, claims: ReadonlyMap<string, Claim>, appearance: (c: Claim) => Record<string, unknown>): object {
  const own = a.positions.flatMap((p) => p.claimIds).map((id) => claims.get(id));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: a.topic,
    reviewRating: {
      '@type': 'Rating',
      // 'mixed' means the sources do not all say the same: for a reader that is a conflict.
      alternateName: a.verdict === 'agree' ? 'Sources agree' : 'Sources conflict',
      ratingExplanation: a.explanation,
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: own.filter((c): c is Claim => c !== undefined).map(appearance),
    },
  };
}
