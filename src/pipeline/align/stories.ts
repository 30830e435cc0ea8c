/**
 * Stories: when many documents come in at once (a day's news), they are grouped by the story they
 * tell before any claims are compared, so claims from unrelated stories never meet. Documents
 * belong to one story when they share at least two names (people, places, organisations), one of
 * which few documents of the input mention; a name nearly every document mentions tells no story
 * from another. Documents dated more than two weeks apart are not linked by their names (a story
 * told again months later is another story: its claims could not align across that gap anyway).
 * A document that shares no two names with any other joins the one it shares a rare name with.
 * Up to 50 documents are always one story.
 */
import { daysApart } from '../extract/frame';

/** A document as story grouping sees it: its id and the names it mentions. */
export interface StoryDocument {
  readonly id: string;
  readonly names: readonly string[];
  /** The date the document is about (its frame's date), when known. */
  readonly date?: string | undefined;
}

/** A group of documents about one thing, named by the names they share most. */
export interface Story {
  /** "s1", "s2", … in the order of each story's smallest document id. */
  readonly id: string;
  /** The names most of its documents mention ("puerto alvar · mendes"). */
  readonly label: string;
  readonly documentIds: readonly string[];
}

export interface Stories {
  readonly stories: readonly Story[];
  /** Document id → story id. */
  readonly storyOf: ReadonlyMap<string, string>;
}

/** Up to this many documents, every document is in one story. */
export const ONE_STORY_UP_TO = 50;
/** Days two dated documents may be apart and still be linked into one story. */
export const STORY_DAYS = 14;
/** Names two documents must share to be in one story. */
const SHARED_NAMES = 2;
/** Names in the label. */
const LABEL_NAMES = 3;

export function groupStories(documents: readonly StoryDocument[]): Stories {
  const byId = new Map<string, Set<string>>();
  const dateById = new Map<string, string>();
  for (const d of documents) {
    byId.set(d.id, new Set([...(byId.get(d.id) ?? []), ...d.names]));
    if (d.date !== undefined) dateById.set(d.id, d.date);
  }
  const docs = [...byId.keys()].sort();
  const namesOf = docs.map((d) => byId.get(d)!);
  const dateOf = docs.map((d) => dateById.get(d));
  const parent = docs.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  if (docs.length <= ONE_STORY_UP_TO) {
    for (let i = 1; i < docs.length; i++) union(0, i);
  } else {
    linkByNames(namesOf, dateOf, union);
  }
  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  // Roots are the smallest index of their story, and indexes follow sorted ids: ids in that order.
  const roots = [...members.keys()].sort((a, b) => a - b);
  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  roots.forEach((r, k) => {
    const ids = members.get(r)!.map((i) => docs[i]!);
    const story: Story = { id: `s${k + 1}`, label: labelOf(members.get(r)!.map((i) => namesOf[i]!)), documentIds: ids };
    stories.push(story);
    for (const d of ids) storyOf.set(d, story.id);
  });
  return { stories, storyOf };
}

/**
 * Unites documents that share two names, one of which few documents mention. A name most
 * documents mention ("Trump", "Paris") still counts as the second: a big story's documents share
 * its famous names and some less famous one. Counting goes document by document through the
 * postings of its names, so the work grows with the postings, not with the square of the documents.
 */
function linkByNames(namesOf: readonly Set<string>[], dateOf: readonly (string | undefined)[], union: (a: number, b: number) => void): void {
  const near = (i: number, j: number): boolean => {
    const a = dateOf[i];
    const b = dateOf[j];
    return a === undefined || b === undefined || daysApart(a, b) <= STORY_DAYS;
  };
  const n = namesOf.length;
  // A name in more documents than this is in everything (a wire service, a head of state).
  const common = Math.max(ONE_STORY_UP_TO, Math.ceil(n / 10));
  // One in at most this many tells a story from another.
  const rare = Math.max(ONE_STORY_UP_TO, Math.ceil(2 * Math.sqrt(n)));
  const postings = new Map<string, number[]>();
  namesOf.forEach((names, i) => {
    for (const k of names) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const shared = new Int32Array(n);
  const rareShared = new Uint8Array(n);
  const linked = new Uint8Array(n);
  const stamp = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (const k of namesOf[i]!) {
      const list = postings.get(k)!;
      if (list.length < 2 || list.length > common) continue;
      const isRare = list.length <= rare;
      for (const j of list) {
        if (j <= i) continue;
        if (stamp[j] !== i) {
          stamp[j] = i;
          shared[j] = 0;
          rareShared[j] = 0;
        }
        shared[j]!++;
        if (isRare) rareShared[j] = 1;
        if (shared[j]! >= SHARED_NAMES && rareShared[j] === 1 && near(i, j)) {
          union(i, j);
          linked[i] = linked[j] = 1;
        }
      }
    }
  }
  // A document left on its own (a translation that spells the other names its own way) joins the
  // document it shares the most rare names with: one rare name is enough to be compared at all.
  for (let i = 0; i < n; i++) {
    if (linked[i] === 1) continue;
    let best = -1;
    let most = 0;
    const count = new Map<number, number>();
    for (const k of namesOf[i]!) {
      const list = postings.get(k)!;
      if (list.length < 2 || list.length > rare) continue;
      for (const j of list) {
        if (j === i || !near(i, j)) continue;
        const c = (count.get(j) ?? 0) + 1;
        count.set(j, c);
        if (c > most || (c === most && j < best)) {
          most = c;
          best = j;
        }
      }
    }
    if (best >= 0) {
      union(i, best);
      linked[i] = linked[best] = 1;
    }
  }
}

/** The names most documents of a story mention, most mentioned first, then alphabetically. */
function labelOf(names: readonly Set<string>[]): string {
  const count = new Map<string, number>();
  for (const set of names) for (const k of set) count.set(k, (count.get(k) ?? 0) + 1);
  const top = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, LABEL_NAMES);
  return top.map(([k]) => k.slice(4).replace(/_/gu, ' ')).join(' · ');
}
