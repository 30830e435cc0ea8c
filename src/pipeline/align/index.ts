/**
 * Align: groups claims from different documents that are about the same thing. Candidate pairs
 * come from blocking keys; pairs that score above their kind's threshold are merged, strongest
 * first, and two groups merge only when every cross pair could be about the same thing, so one
 * loose link cannot chain unrelated claims together.
 */
import type { Claim, EventClaim, QuantityClaim } from '../../types';
import { framesCompatible } from '../extract/frame';
import { relate } from '../compare/relations';
import { candidatePairs } from './blocking';
import { groupStories, type Story, type StoryDocument } from './stories';
import { bothCompatible, compatible, countsCompatible, pairScore, rarityOf, THRESHOLD } from './similarity';

/** Claims found to be about one thing, before positions and a verdict are worked out. */
export interface ClaimGroup {
  readonly claims: readonly Claim[];
  /** The story its documents belong to. */
  readonly story: string;
  /** The strongest link that formed the group. */
  readonly score: number;
}

export interface AlignResult {
  readonly groups: ClaimGroup[];
  readonly stories: readonly Story[];
  readonly pairsExamined: number;
  readonly pairsPossible: number;
}

/**
 * Aligns claims; `documents` (their ids and the names they mention) groups them into stories
 * first. Without it, every document is in one story.
 */
export function align(claims: readonly Claim[], documents: readonly StoryDocument[] = [...new Set(claims.map((c) => c.documentId))].map((id) => ({ id, names: [] }))): AlignResult {
  const { stories, storyOf } = groupStories(documents);
  const storyOfClaim = (c: Claim) => storyOf.get(c.documentId)!;
  const pairs = candidatePairs(claims, stories.length > 1 ? storyOfClaim : undefined);
  const rarity = rarityOf(claims);
  const figures = figuresBySentence(claims);
  const edges: { i: number; j: number; score: number }[] = [];
  // Scores of the pairs that became edges, for the merge checks to look up.
  const scored = new Map<number, number>();
  const total = claims.length;
  const pairKey = (x: number, y: number) => Math.min(x, y) * total + Math.max(x, y);
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p]!;
    const j = pairs[p + 1]!;
    const a = claims[i]!;
    const score = pairScore(a, claims[j]!, rarity);
    if (score !== undefined && score >= THRESHOLD[a.kind]) {
      edges.push({ i, j, score });
      scored.set(pairKey(i, j), score);
    }
  }
  const scoreOf = (x: number, y: number): number | undefined => scored.get(pairKey(x, y)) ?? pairScore(claims[x]!, claims[y]!, rarity);
  // Ties break on where the claims stand in their documents, never on the order of the
  // documents, so any order of the input gives the same groups.
  const rank = canonicalRanks(claims);
  const lo = (e: { i: number; j: number }) => Math.min(rank[e.i]!, rank[e.j]!);
  const hi = (e: { i: number; j: number }) => Math.max(rank[e.i]!, rank[e.j]!);
  edges.sort((x, y) => y.score - x.score || lo(x) - lo(y) || hi(x) - hi(y));
  const groupOf = new Map<number, number[]>();
  const best = new Map<number[], number>();
  for (const { i, j, score } of edges) {
    const gi = groupOf.get(i) ?? [i];
    const gj = groupOf.get(j) ?? [j];
    if (gi === gj) continue;
    if (!linkable(claims, gi, gj, scoreOf, figures)) continue;
    const merged = [...gi, ...gj].sort((x, y) => x - y);
    for (const k of merged) groupOf.set(k, merged);
    best.set(merged, Math.max(score, best.get(gi) ?? 0, best.get(gj) ?? 0));
  }
  const firstRank = new Map<number[], number>();
  for (const g of groupOf.values()) if (!firstRank.has(g)) firstRank.set(g, Math.min(...g.map((k) => rank[k]!)));
  const groups: ClaimGroup[] = [...firstRank.keys()]
    .sort((x, y) => firstRank.get(x)! - firstRank.get(y)!)
    .map((g) => ({ claims: g.map((k) => claims[k]!), story: storyOfClaim(claims[g[0]!]!), score: best.get(g) ?? 0 }));
  const n = claims.length;
  // n < 2 would give -0, which JSON turns into 0.
  return { groups, stories, pairsExamined: pairs.length / 2, pairsPossible: n < 2 ? 0 : (n * (n - 1)) / 2 };
}

/** Each claim's place in an order that does not depend on the order of the documents. */
function canonicalRanks(claims: readonly Claim[]): number[] {
  const order = claims.map((_, i) => i);
  const key = (c: Claim) => [c.documentId, c.span.start.offset, c.span.end.offset, c.kind, c.text] as const;
  order.sort((x, y) => {
    const a = key(claims[x]!);
    const b = key(claims[y]!);
    for (let k = 0; k < a.length; k++) {
      if (a[k]! < b[k]!) return -1;
      if (a[k]! > b[k]!) return 1;
    }
    return 0;
  });
  const rank: number[] = new Array<number>(claims.length);
  order.forEach((c, r) => (rank[c] = r));
  return rank;
}

/**
 * The same act told twice by one document: one action with the same polarity, participants that
 * may be the same, and nothing that would set the two apart.
 */
function restates(a: EventClaim, b: EventClaim, figures: Figures): boolean {
  if (b.kind !== 'event' || a.action.concept !== b.action.concept || a.polarity !== b.polarity || a.modality !== b.modality) return false;
  // Told twice means by the same actor or to the same people, in the same frame.
  if (!bothCompatible(a.agent, b.agent) && !bothCompatible(a.patient, b.patient)) return false;
  if (!compatible(a.agent, b.agent) || !compatible(a.patient, b.patient)) return false;
  if (!framesCompatible(a.frame, b.frame) || !relate(a, b).agree) return false;
  // "killing nearly 700 people" and "killed around 300 people" are two disasters, not one told twice.
  const fa = figures.get(sentenceKey(a)) ?? [];
  const fb = figures.get(sentenceKey(b)) ?? [];
  return !fa.some((x) => fb.some((y) => x !== y && countsOneThing(x, y) && !relate(x, y).agree));
}

type Figures = ReadonlyMap<string, readonly QuantityClaim[]>;

const sentenceKey = (c: Claim): string => `${c.documentId}@${c.sentence.start.offset}`;

/** The figures each sentence states, to tell two acts of one kind apart. */
function figuresBySentence(claims: readonly Claim[]): Figures {
  const out = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'quantity') continue;
    const list = out.get(sentenceKey(c));
    if (list) list.push(c);
    else out.set(sentenceKey(c), [c]);
  }
  return out;
}

/** Two figures of one dimension that count the same kind of thing. */
function countsOneThing(x: QuantityClaim, y: QuantityClaim): boolean {
  if (x.dimension !== y.dimension) return false;
  const cx = x.counted?.concept;
  const cy = y.counted?.concept;
  return cx !== undefined && cy !== undefined ? countsCompatible(cx, cy) : x.counted?.text === y.counted?.text;
}

/** Share of the kind's threshold every cross pair of a merged group must reach. */
const MERGE_FLOOR = 0.5;

/**
 * Two groups merge only when every cross pair from different documents could be about the same
 * thing and is close enough: one loose link cannot chain unrelated claims together.
 */
function linkable(claims: readonly Claim[], gi: readonly number[], gj: readonly number[], scoreOf: (x: number, y: number) => number | undefined, figures: Figures): boolean {
  for (const x of gi) {
    for (const y of gj) {
      const a = claims[x]!;
      const b = claims[y]!;
      // A document does not state two different figures for one thing. It may tell one act twice
      // (the lede and the body) in the same words; two different acts from one document belong
      // with their own counterparts.
      if (a.documentId === b.documentId) {
        if (a.kind === 'event' && !restates(a, b as EventClaim, figures)) return false;
        if (a.kind === 'quantity' && b.kind === 'quantity' && !relate(a, b).agree) return false;
        continue;
      }
      const s = scoreOf(x, y);
      if (s === undefined || s < THRESHOLD[a.kind] * MERGE_FLOOR) return false;
    }
  }
  return true;
}
