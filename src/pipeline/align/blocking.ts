/**
 * Blocking keys: claims are only ever compared with claims that share a key (what a quantity
 * counts, an event's action, instrument class or a named entity, a run of three quoted words).
 * An inverted index over the keys yields the candidate pairs, so the work grows with the claims
 * that share anchors, not with the square of all claims.
 */
import { ancestry, antonymsOf, conceptDef, fold } from '../../lexicon/registry';
import type { Claim } from '../../types';
import { COGNATE_PREFIX, quoteWords, specificActors } from './similarity';

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
      if (counted) return [`q|count|${ancestry(counted).at(-1)!}`, ...figure, ...named];
      if (!c.counted) return [...figure, ...named];
      // A noun no table knows meets its cognates ("miners", "mineros") by its first letters.
      const word = fold(c.counted.text);
      return [`q|count|w:${word}`, ...(word.length >= COGNATE_PREFIX ? [`q|count|p:${word.slice(0, COGNATE_PREFIX)}`] : []), ...figure, ...named];
    }
    case 'event': {
      const keys = [`e|${c.action.concept}`];
      // Opposite acts meet under one key, whichever names the other as its antonym.
      const anti = conceptDef(c.action.concept)?.antonym;
      if (anti) keys.push(`e|${[c.action.concept, anti].sort().join('~')}`);
      for (const other of antonymsOf(c.action.concept)) keys.push(`e|${[c.action.concept, other].sort().join('~')}`);
      for (const i of c.instruments) keys.push(`e|g:${conceptDef(i.concept)?.group ?? i.concept}`);
      for (const e of c.entities) if (!e.concept.startsWith('cty:')) keys.push(`e|${e.concept}`);
      // A specific force ("riot police") meets the same force described with another verb.
      for (const f of specificActors(c)) keys.push(`e|f:${f}`);
      return keys;
    }
    case 'quote': {
      const ws = quoteWords(c.quote);
      const keys = new Set<string>();
      for (let i = 0; i + 3 <= ws.length; i++) keys.add(`t|${ws.slice(i, i + 3).join(' ')}`);
      // A quote of two words is its own key.
      if (ws.length < 3) keys.add(`t|${ws.join(' ')}`);
      return [...keys];
    }
  }
}

/** Days a date window spans: more than the days two dated claims may be apart and still align. */
const WINDOW_DAYS = 4;
const DAY_MS = 86_400_000;

/**
 * Candidate pairs (indexes into `claims`, i < j, different documents) from shared keys. With
 * `storyOf`, keys are kept apart by story: claims of different stories never meet. Claims with a
 * date meet only claims dated within a few days (frames further apart never align) and claims
 * with no date.
 */
export function candidatePairs(claims: readonly Claim[], storyOf?: (c: Claim) => string): Array<[number, number]> {
  const index = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  };
  // Each dated claim goes under its window and the next, so two dates at most WINDOW_DAYS - 1
  // apart always share one; every claim also goes under the undated key ("*"), where only pairs
  // with an undated claim are taken.
  const windowOf = claims.map((c) => {
    const t = c.frame.date ? Date.parse(c.frame.date) : Number.NaN;
    return Number.isFinite(t) ? Math.floor(t / DAY_MS / WINDOW_DAYS) : undefined;
  });
  const undatedKeys = new Set<string>();
  claims.forEach((c, i) => {
    const story = storyOf ? `${storyOf(c)}/` : '';
    const w = windowOf[i];
    for (const k of new Set(blockingKeys(c))) {
      add(`${story}${k}@*`, i);
      if (w === undefined) undatedKeys.add(`${story}${k}@*`);
      else {
        add(`${story}${k}@${w}`, i);
        add(`${story}${k}@${w + 1}`, i);
      }
    }
  });
  // Undated keys with no undated claim pair nothing.
  for (const k of [...index.keys()]) if (k.endsWith('@*') && !undatedKeys.has(k)) index.delete(k);
  // A key shared by too many claims ("what is counted: people" in a day's news) is split by the
  // claims' context: each claim goes under the key joined with each concept or name it mentions,
  // so claims still meet those that share something more specific.
  for (const [k, list] of [...index.entries()]) {
    if (list.length <= MAX_BUCKET || k.includes('||')) continue;
    for (const i of list) for (const ctx of claims[i]!.concepts) add(`${k}||${ctx}`, i);
  }
  // Pairs claim by claim, in order: a stamp per claim drops a pair met again under another key.
  // No set of all pairs (V8 caps a Set at 2^24 entries: 10,000 articles exceed it) and no sort.
  const n = claims.length;
  const listsOf: { list: readonly number[]; undated: boolean }[][] = Array.from({ length: n }, () => []);
  for (const [k, list] of index.entries()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    const sorted = list.every((v, x) => x === 0 || list[x - 1]! <= v) ? list : [...list].sort((a, b) => a - b);
    const entry = { list: sorted, undated: k.includes('@*') };
    for (const i of sorted) listsOf[i]!.push(entry);
  }
  const stamp = new Int32Array(n).fill(-1);
  const out: Array<[number, number]> = [];
  const next: number[] = [];
  for (let i = 0; i < n; i++) {
    const doc = claims[i]!.documentId;
    const dated = windowOf[i] !== undefined;
    next.length = 0;
    for (const { list, undated } of listsOf[i]!) {
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
    for (const j of next) out.push([i, j]);
  }
  return out;
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
