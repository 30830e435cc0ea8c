/** Report: the `Report` object, conflicts first, and its plain-text summary. */
import type { Alignment, Claim, DocumentInfo, Message, Report, Story } from '../../types';

export interface ReportParts {
  readonly documents: DocumentInfo[];
  readonly claims: Claim[];
  readonly alignments: Alignment[];
  readonly stories: readonly Story[];
  readonly messages: Message[];
  readonly sentences: number;
  readonly pairsExamined: number;
  readonly pairsPossible: number;
}

/** Assembles the report: alignments with conflicts first, then by how many sources they span. */
export function buildReport(p: ReportParts): Report {
  const alignments = [...p.alignments].sort(
    (a, b) =>
      Number(b.verdict === 'conflict') - Number(a.verdict === 'conflict') ||
      sourceCount(b) - sourceCount(a) ||
      b.score - a.score ||
      firstClaim(a).localeCompare(firstClaim(b)),
  );
  const ids = alignments.map((a, i) => ({ ...a, id: `a${i + 1}` }));
  const byKind = { quantity: 0, event: 0, quote: 0 };
  for (const c of p.claims) byKind[c.kind]++;
  return {
    schemaVersion: 1,
    documents: p.documents,
    claims: p.claims,
    alignments: ids,
    stories: p.stories,
    messages: p.messages,
    stats: {
      documents: p.documents.length,
      sentences: p.sentences,
      claims: p.claims.length,
      claimsByKind: byKind,
      alignments: ids.length,
      conflicts: ids.filter((a) => a.verdict === 'conflict').length,
      agreements: ids.filter((a) => a.verdict === 'agree').length,
      pairsExamined: p.pairsExamined,
      pairsPossible: p.pairsPossible,
    },
  };
}

const sourceCount = (a: Alignment): number => new Set(a.positions.flatMap((p) => p.documentIds)).size;
const firstClaim = (a: Alignment): string => a.positions[0]?.claimIds[0] ?? '';
