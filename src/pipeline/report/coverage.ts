/** The coverage matrix: for each alignment, which documents state it, contradict it or say nothing. */
import type { Alignment, Report } from '../../types';

/** What one document does about one alignment. */
export type CoverageCell = 'states' | 'conflicts' | 'silent';

/** One row of the matrix: an alignment, and a cell per document in `documents` order. */
export interface CoverageRow {
  alignmentId: string;
  topic: string;
  cells: CoverageCell[];
}

/** The matrix: the report's document ids (the columns) and one row per alignment. */
export interface CoverageMatrix {
  documents: string[];
  rows: CoverageRow[];
}

/**
 * The coverage matrix of a report as data. A document "states" an alignment when it is in the
 * majority position (the one spanning the most documents; the first of equals), "conflicts" when
 * it is only in other positions, and is "silent" when none of its claims are in the alignment.
 * @example
 * const { documents, rows } = coverageMatrix(compareClaims(sources));
 * rows[0]?.cells; // ['states', 'conflicts', 'silent']
 */
export function coverageMatrix(report: Report): CoverageMatrix {
  const documents = report.documents.map((d) => d.id);
  const rows = report.alignments.map((a) => {
    const { majority, others } = sides(a);
    const cells = documents.map((id): CoverageCell => (majority.has(id) ? 'states' : others.has(id) ? 'conflicts' : 'silent'));
    return { alignmentId: a.id, topic: a.topic, cells };
  });
  return { documents, rows };
}

/**
 * The documents of the largest position, and those of the rest. A document with claims on both
 * sides counts with the majority: it does state the majority view, whatever else it also says.
 */
function sides(a: Alignment): { majority: Set<string>; others: Set<string> } {
  let best = a.positions[0];
  for (const p of a.positions) if (best && new Set(p.documentIds).size > new Set(best.documentIds).size) best = p;
  const majority = new Set(best?.documentIds ?? []);
  const others = new Set(a.positions.flatMap((p) => p.documentIds).filter((id) => !majority.has(id)));
  return { majority, others };
}
