/**
 * Blocking keys: claims are only ever compared with claims that share a key (what a quantity
 * counts, an event's action, instrument class or a named entity, a run of three quoted words).
 * An inverted index over the keys yields the candidate pairs, so the work grows with the claims
 * that share anchors, not with the square of all claims.
 */
import { ancestry, conceptDef, fold, nearActsOf, oppositesOf } from '../../lexicon/registry';
import type { Claim } from '../../types';
import { COGNATE_PREFIX, countedAs, forceWithAlternatives, quoteWords, specificActors } from './similarity';

/** Keys shared by more claims than this say little and would make the work quadratic. */
const MAX_BUCKET = 400;

export function blockingKeys(c: Claim): string[] {
  switch (c.kind) {
    case 'quantity': {
      const counted = c.counted?.concept;
      if (c.dimension !== 'count') return [`q|${c.dimension}`];
      // The figure itself is a key too, so a count whose noun only one language's tables know
      // ("342 casos" beside "342 cholera cases") still meets its counterpart.
      const figure = c.value !== undefined ? [`q|count|v:${c.value}`] : [];
      // So is a named place or body, so that two different figures for a count whose noun one
      // language's tables do not know ("480 jobs", "450 tjänster") still meet.
      const named = c.concepts.filter((k) => k.startsWith('ent:') || k.startsWith('org:')).map((k) => `q|count|n:${k}`);
      // And so is the act the figure is said of, so that "removed 24,000 foreigners" meets
      // "22 000 éloignements" when one side's noun is the act itself.
      for (const k of c.predicate?.concepts ?? []) named.push(`q|count|a:${k}`);
      // Under its own kind and the kind it counts as ("jobs": jobs and workers).
      if (counted) return [...new Set([`q|count|${ancestry(counted).at(-1)!}`, `q|count|${ancestry(countedAs(counted)).at(-1)!}`]), ...figure, ...named];
      if (!c.counted) return [...figure, ...named];
      // A noun no table knows meets its cognates ("miners", "mineros") by its first letters.
      const word = fold(c.counted.text);
      return [`q|count|w:${word}`, ...(word.length >= COGNATE_PREFIX ? [`q|count|p:${word.slice(0, COGNATE_PREFIX)}`] : []), ...figure, ...named];
    }
    case 'event': {
      const keys = [`e|${c.action.concept}`];
      // Opposite acts meet under one key, whichever names the other as its antonym.
      for (const other of oppositesOf(c.action.concept)) keys.push(`e|${[c.action.concept, other].sort().join('~')}`);
      // So do acts that languages divide differently ("arrested", "detuvo").
      for (const other of nearActsOf(c.action.concept)) keys.push(`e|${[c.action.concept, other].sort().join('≈')}`);
      for (const i of c.instruments) keys.push(`e|g:${conceptDef(i.concept)?.group ?? i.concept}`);
      for (const e of c.entities) if (!e.concept.startsWith('cty:')) keys.push(`e|${e.concept}`);
      // A specific force ("riot police") meets the same force described with another verb.
      for (const f of specificActors(c)) keys.push(`e|f:${f}`);
      // Acts of force told with two verbs and two kinds of force ("used water cannon", "ging mit
      // Schlagstöcken vor") meet, so that the kinds can be compared.
      if (forceWithAlternatives(c)) keys.push('e|force');
      return keys;
    }
    case 'quote': {
      const ws = quoteWords(c.quote);
      const keys = new Set<string>();
      for (let i = 0; i + 3 <= ws.length; i++) keys.add(`t|${ws.slice(i, i + 3).join(' ')}`);
      // A quote of two words is its own key.
      if (ws.length < 3) keys.add(`t|${ws.join(' ')}`);
      // The same speaker's words meet, so that a quote told with other words ("am Limit",
      // "längst über dem Limit") is compared at all; how many words they share decides.
      if (c.attribution) keys.add(`t|s:${c.attribution.key}`);
      // A quote whose speaker was not found meets the quotes of the people its sentence names.
      else for (const k of c.concepts) if (k.startsWith('ent:')) keys.add(`t|s:${k.slice(4)}`);
      return [...keys];
    }
  }
}

/** Days a date window spans: more than the days two dated claims may be apart and still align. */
const WINDOW_DAYS = 4;
const DAY_MS = 86_400_000;

/**
 * Candidate pairs (indexes into `claims`, i < j, different documents) from shared keys, as a flat
 * list: i0, j0, i1, j1, … With `storyOf`, claims of different stories never meet: each story gets
 * its own index, built and dropped in turn. Claims with a date meet only claims dated within a
 * few days (frames further apart never align) and claims with no date.
 */
export function candidatePairs(claims: readonly Claim[], storyOf?: (c: Claim) => string): Int32Array {
  const n = claims.length;
  const windowOf = claims.map((c) => {
    const t = c.frame.date ? Date.parse(c.frame.date) : Number.NaN;
    return Number.isFinite(t) ? Math.floor(t / DAY_MS / WINDOW_DAYS) : undefined;
  });
  let first = 0;
  for (const w of windowOf) if (w !== undefined && w < first) first = w;
  const byStory = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const s = storyOf ? storyOf(c) : '';
    const list = byStory.get(s);
    if (list) list.push(i);
    else byStory.set(s, [i]);
  });
  // Keys are numbered once; a bucket is a key number and a window (0: the undated bucket).
  const keyIds = new Map<string, number>();
  const idOf = (k: string): number => {
    let id = keyIds.get(k);
    if (id === undefined) keyIds.set(k, (id = keyIds.size));
    return id;
  };
  const out = new PairList();
  const stamp = new Int32Array(n).fill(-1);
  for (const members of byStory.values()) pairsOfStory(claims, members, windowOf, first, idOf, stamp, out);
  return out.done();
}

/** A key's claims in one window, or under the undated key. */
interface Bucket {
  readonly list: number[];
  readonly undated: boolean;
  /** Undated claims in the list: an undated bucket without one pairs nothing. */
  undatedClaims: number;
  /** Made by splitting a bucket that was too big: not split again. */
  readonly split: boolean;
}

/** Windows per key number: more than any date's window can be from the earliest one. */
const WINDOWS = 2 ** 32;

function pairsOfStory(claims: readonly Claim[], members: readonly number[], windowOf: readonly (number | undefined)[], first: number, idOf: (k: string) => number, stamp: Int32Array, out: PairList): void {
  const index = new Map<number, Bucket>();
  const splits = new Map<string, Bucket>();
  const add = (bucket: number, i: number, undated: boolean) => {
    let b = index.get(bucket);
    if (!b) index.set(bucket, (b = { list: [], undated, undatedClaims: 0, split: false }));
    b.list.push(i);
    if (windowOf[i] === undefined) b.undatedClaims++;
  };
  // Each dated claim goes under its window and the next, so two dates at most WINDOW_DAYS - 1
  // apart always share one; every claim also goes under the undated bucket, where only pairs
  // with an undated claim are taken.
  for (const i of members) {
    const w = windowOf[i];
    for (const k of new Set(blockingKeys(claims[i]!))) {
      const base = idOf(k) * WINDOWS;
      add(base, i, true);
      if (w !== undefined) {
        add(base + w - first + 1, i, false);
        add(base + w - first + 2, i, false);
      }
    }
  }
  const buckets: Bucket[] = [];
  for (const [key, b] of index) {
    // Undated buckets with no undated claim pair nothing.
    if (b.undated && b.undatedClaims === 0) continue;
    if (b.list.length <= MAX_BUCKET) {
      buckets.push(b);
      continue;
    }
    // A key shared by too many claims ("what is counted: people" in a day's news) is split by the
    // claims' context: each claim goes under the key joined with each concept or name it
    // mentions, so claims still meet those that share something more specific.
    for (const i of b.list) {
      for (const ctx of claims[i]!.concepts) {
        const k = `${key}|${ctx}`;
        let sb = splits.get(k);
        if (!sb) splits.set(k, (sb = { list: [], undated: b.undated, undatedClaims: 0, split: true }));
        sb.list.push(i);
      }
    }
  }
  buckets.push(...splits.values());
  // Pairs claim by claim, in order: a stamp per claim drops a pair met again under another key.
  // No set of all pairs (V8 caps a Set at 2^24 entries: 10,000 articles exceed it) and no sort.
  const listsOf = new Map<number, Bucket[]>();
  for (const b of buckets) {
    if (b.list.length < 2 || b.list.length > MAX_BUCKET) continue;
    for (const i of b.list) {
      const l = listsOf.get(i);
      if (l) l.push(b);
      else listsOf.set(i, [b]);
    }
  }
  const next: number[] = [];
  for (const i of members) {
    const doc = claims[i]!.documentId;
    const dated = windowOf[i] !== undefined;
    next.length = 0;
    for (const { list, undated } of listsOf.get(i) ?? []) {
      for (let y = upperBound(list, i); y < list.length; y++) {
        const j = list[y]!;
        if (stamp[j] === i || claims[j]!.documentId === doc) continue;
        // Under the undated key only pairs with an undated claim: dated ones meet by window.
        if (undated && dated && windowOf[j] !== undefined) continue;
        stamp[j] = i;
        next.push(j);
      }
    }
    next.sort((a, b) => a - b);
    for (const j of next) out.push(i, j);
  }
}

/** A growing list of pairs of claim indexes, kept flat. */
class PairList {
  private data = new Int32Array(1024);
  private length = 0;
  push(i: number, j: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = i;
    this.data[this.length++] = j;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The first position in an ascending list whose value is above v. */
function upperBound(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
