/** How claimdiff relates the two texts of a cross-language pair (used by tests/cross-language.test.ts). */
import { compareClaims } from '../src/index';
import type { CrossPair } from './data/cross-pairs';

/** How the report relates the two texts' claims of the pair's kind. */
export function relationOf(p: CrossPair): 'agree' | 'conflict' | 'apart' {
  const report = compareClaims([
    { id: 'a', text: p.a.text, language: p.a.lang },
    { id: 'b', text: p.b.text, language: p.b.lang },
  ]);
  const kindOf = new Map(report.claims.map((c) => [c.id, c.kind]));
  let found: 'agree' | 'conflict' | 'apart' = 'apart';
  for (const al of report.alignments) {
    if (al.kind !== p.kind) continue;
    const docs = al.positions.map((pos) => new Set(pos.documentIds));
    const together = docs.some((d) => d.has('a') && d.has('b'));
    const apart = docs.some((d) => d.has('a')) && docs.some((d) => d.has('b'));
    if (together && al.positions.every((pos) => pos.claimIds.every((id) => kindOf.get(id) === p.kind))) found = found === 'conflict' ? 'conflict' : 'agree';
    if (!together && apart) found = 'conflict';
  }
  return found;
}
