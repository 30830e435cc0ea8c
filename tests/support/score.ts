/**
 * The project's own scorer: the same measures as ../shared/gold/score.mjs (pair recall, verdict
 * accuracy, conflict accuracy, negatives held), so the tests pass without ../shared.
 */
import type { Report } from '../../src/index';

export interface GoldMember {
  doc: string;
  quote: string;
  stance: string;
  anchor?: string;
}
export interface Gold {
  groups: { id: string; kind: string; members: GoldMember[] }[];
  negatives: { id: string; a: { doc: string; quote: string }; b: { doc: string; quote: string } }[];
}

export interface PairRow {
  group: string;
  a: string;
  b: string;
  want: 'agree' | 'conflict';
  got: Set<string>;
}

export interface Score {
  pairs: number;
  aligned: number;
  right: number;
  conflicts: number;
  conflictsRight: number;
  negatives: number;
  negativesHeld: number;
  rows: PairRow[];
  negRows: { id: string; got: Set<string> }[];
}

type Region = { doc: string; start: number; end: number };

export function score(report: Report, gold: Gold, texts: ReadonlyMap<string, string>): Score {
  const region = (m: { doc: string; quote: string; anchor?: string }): Region => {
    const t = texts.get(m.doc) ?? '';
    const at = t.indexOf(m.quote);
    if (at < 0) throw new Error(`gold quote not found in ${m.doc}: ${m.quote}`);
    if (!m.anchor) return { doc: m.doc, start: at, end: at + m.quote.length };
    const a = t.indexOf(m.anchor, at);
    return { doc: m.doc, start: a, end: a + m.anchor.length };
  };
  const covering = (r: Region) =>
    report.claims.filter((c) => c.documentId === r.doc && c.span.start.offset < r.end && r.start < c.span.end.offset).map((c) => c.id);
  const positions = report.alignments.map((al) => {
    const pos = new Map<string, number>();
    al.positions.forEach((p, i) => p.claimIds.forEach((id) => pos.set(id, i)));
    return pos;
  });
  const relations = (ra: Region, rb: Region): Set<string> => {
    const ca = covering(ra);
    const cb = covering(rb);
    const found = new Set<string>();
    for (const pos of positions) {
      for (const a of ca) {
        for (const b of cb) {
          if (a === b || !pos.has(a) || !pos.has(b)) continue;
          found.add(pos.get(a) === pos.get(b) ? 'agree' : 'conflict');
        }
      }
    }
    return found;
  };
  const s: Score = { pairs: 0, aligned: 0, right: 0, conflicts: 0, conflictsRight: 0, negatives: 0, negativesHeld: 0, rows: [], negRows: [] };
  for (const g of gold.groups) {
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++) {
        const a = g.members[i]!;
        const b = g.members[j]!;
        if (a.doc === b.doc) continue;
        const want = a.stance === b.stance ? 'agree' : 'conflict';
        const got = relations(region(a), region(b));
        s.pairs++;
        if (got.size > 0) s.aligned++;
        if (got.has(want)) s.right++;
        if (want === 'conflict') {
          s.conflicts++;
          if (got.has(want)) s.conflictsRight++;
        }
        s.rows.push({ group: g.id, a: a.doc, b: b.doc, want, got });
      }
    }
  }
  for (const n of gold.negatives) {
    const got = relations(region(n.a), region(n.b));
    s.negatives++;
    if (got.size === 0) s.negativesHeld++;
    s.negRows.push({ id: n.id, got });
  }
  return s;
}
