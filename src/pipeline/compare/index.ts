/**
 * Compare: inside each group of aligned claims, sorts the claims into positions (claims in one
 * position agree with each other) and gives the verdict, the conflict types and an explanation
 * that names each side, its sources and their words.
 */
import type { Alignment, Claim, ConflictType, Position, QuantityClaim } from '../../types';
import type { ClaimGroup } from '../align/index';
import { describe, relate, type Relation } from './relations';

/** Exact claims first, so vague ones join the position of the figure they fit. */
const precision = (c: Claim): number => (c.kind === 'quantity' ? ['exact', 'approximate', 'atMost', 'atLeast', 'moreThan', 'lessThan', 'range', 'vague'].indexOf(c.bound) : 0);

export function compareGroup(group: ClaimGroup, id: string): Alignment {
  const claims = [...group.claims].sort((a, b) => precision(a) - precision(b) || a.documentId.localeCompare(b.documentId) || a.span.start.offset - b.span.start.offset);
  const positions: Claim[][] = [];
  const conflicts: { a: Claim; b: Claim; r: Extract<Relation, { agree: false }> }[] = [];
  const notes = new Set<string>();
  for (const c of claims) {
    let placed = false;
    for (const pos of positions) {
      const rels = pos.map((p) => relate(p, c));
      if (rels.every((r) => r.agree)) {
        pos.push(c);
        for (const r of rels) if (r.agree && r.note) notes.add(r.note);
        placed = true;
        break;
      }
    }
    if (!placed) {
      for (const pos of positions) {
        const r = relate(pos[0]!, c);
        if (!r.agree) conflicts.push({ a: pos[0]!, b: c, r });
      }
      positions.push([c]);
    }
  }
  const first = claims[0]!;
  const topic = topicOf(first);
  const out: Position[] = positions.map((pos) => ({
    label: labelOf(pos[0]!),
    claimIds: pos.map((c) => c.id),
    documentIds: [...new Set(pos.map((c) => c.documentId))],
  }));
  const conflictTypes = [...new Set(conflicts.map((c) => c.r.type))] as ConflictType[];
  return {
    id,
    topic,
    kind: first.kind,
    verdict: positions.length > 1 ? 'conflict' : 'agree',
    conflictTypes,
    positions: out,
    explanation: explain(topic, positions, conflicts, notes),
    score: Math.round(Math.min(1, group.score / 8) * 100) / 100,
  };
}

function topicOf(c: Claim): string {
  switch (c.kind) {
    case 'quantity':
      return c.counted ? `how many ${c.counted.text}` : `a ${c.dimension === 'count' ? 'number' : c.dimension}`;
    case 'event': {
      const who = c.agent ? `${c.agent.text} ` : '';
      const what = c.instruments.length > 0 ? ` (${c.instruments.map((i) => i.text).join(', ')})` : '';
      return `${who}${c.action.text}${c.patient ? ` ${c.patient.text}` : ''}${what}`;
    }
    case 'quote':
      return `${c.attribution ? `${c.attribution.name}: ` : ''}“${c.quote.split(/\s+/u).slice(0, 8).join(' ')}${c.quote.split(/\s+/u).length > 8 ? '…' : ''}”`;
  }
}

function labelOf(c: Claim): string {
  switch (c.kind) {
    case 'quantity':
      return describe(c as QuantityClaim);
    case 'event':
      return `${c.polarity === 'negative' ? 'not ' : ''}${c.action.text}${c.instruments.length > 0 ? ` ${c.instruments.map((i) => i.text).join(', ')}` : ''}`;
    case 'quote':
      return c.attribution ? `quoted as said by ${c.attribution.name}` : 'quoted';
  }
}

const sources = (pos: readonly Claim[]): string => [...new Set(pos.map((c) => c.documentId))].join(', ');
const quoted = (c: Claim): string => `“${c.text}”`;

function explain(topic: string, positions: readonly Claim[][], conflicts: readonly { a: Claim; b: Claim; r: Extract<Relation, { agree: false }> }[], notes: ReadonlySet<string>): string {
  if (positions.length === 1) {
    const pos = positions[0]!;
    const how = notes.size > 0 ? ` (${[...notes].join('; ')})` : '';
    return `${new Set(pos.map((c) => c.documentId)).size} sources agree on ${topic}${how}: ${pos.map((c) => `${c.documentId} ${quoted(c)}`).join('; ')}.`;
  }
  const sides = positions.map((pos) => `${sources(pos)} say ${labelOf(pos[0]!)} (${pos.map(quoted).join('; ')})`);
  const why = conflicts.map((c) => `${c.r.type}: ${c.r.why}`);
  return `Sources conflict on ${topic}. ${sides.join(' — but ')}. ${[...new Set(why)].join('. ')}.`;
}
