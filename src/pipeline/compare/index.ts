/**
 * Compare: inside each group of aligned claims, sorts the claims into positions (claims in one
 * position agree with each other) and gives the verdict, the conflict types and an explanation
 * that names each side, its sources and their words.
 */
import type { Alignment, Claim, ConflictType, EventClaim, Position, QuantityClaim } from '../../types';
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
  const topic = topicOf(first, claims);
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
    story: group.story,
  };
}

/** What an alignment is about, in words: from concepts when its claims are in several languages. */
function topicOf(c: Claim, claims: readonly Claim[]): string {
  const multilingual = new Set(claims.map((x) => x.language)).size > 1;
  switch (c.kind) {
    case 'quantity':
      if (!c.counted) return `a ${c.dimension === 'count' ? 'number' : c.dimension.replace(/^money:/u, 'sum in ')}`;
      return `how many ${multilingual && c.counted.concept ? plural(words(c.counted.concept)) : c.counted.text}`;
    case 'event': {
      const events = claims.filter((x): x is EventClaim => x.kind === 'event');
      const instruments = [...new Set(events.flatMap((e) => e.instruments.map((i) => (multilingual ? words(i.concept) : i.text))))];
      const what = instruments.length > 0 ? ` (${instruments.join(' / ')})` : '';
      if (multilingual) {
        const who = c.agent ? `${words(c.agent.concept)} ` : '';
        return `${who}${words(c.action.concept)}${c.patient ? ` ${words(c.patient.concept)}` : ''}${what}`;
      }
      const who = c.agent ? `${c.agent.text} ` : '';
      return `${who}${c.action.text}${c.patient ? ` ${c.patient.text}` : ''}${what}`;
    }
    case 'quote':
      return `${c.attribution ? `${c.attribution.name}: ` : ''}“${c.quote.split(/\s+/u).slice(0, 8).join(' ')}${c.quote.split(/\s+/u).length > 8 ? '…' : ''}”`;
  }
}

/** "migrant" → "migrants", "person" → "people": concept names in a topic line. */
function plural(w: string): string {
  if (w === 'person') return 'people';
  if (/police$|people$|staff$|personnel$/u.test(w)) return w;
  return /s$/u.test(w) ? w : `${w}s`;
}

/** A concept id as words: "act_use_force" → "use force", "cty:MX" → "MX", "ent:ramirez" → "ramirez". */
function words(id: string): string {
  return id.replace(/^(?:act_|cty:|org:|ent:)/u, '').replace(/_/gu, ' ');
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
  const sides = positions.map((pos) => `${sources(pos)} ${new Set(pos.map((c) => c.documentId)).size > 1 ? 'say' : 'says'} ${labelOf(pos[0]!)} (${pos.map(quoted).join('; ')})`);
  const why = conflicts.map((c) => `${c.r.type}: ${c.r.why}`);
  return `Sources conflict on ${topic}. ${sides.join(' — but ')}. ${[...new Set(why)].join('. ')}.`;
}
