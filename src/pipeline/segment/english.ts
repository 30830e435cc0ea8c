/** English sentences and tokens from wink-nlp, with offsets recovered into the document. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawSentence } from './index';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Whether the reader's tokenizer sees only the model's own words (see `forgetNewWords`). */
let pristine = false;

function reader(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
    pristine = forgetNewWords(nlp);
  }
  return nlp;
}

interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  intrinsicSize: () => number;
}

/**
 * wink-nlp adds every new word it meets to its cache, and its tokenizer splits a known word
 * differently from an unknown one ("than11..." is "than11 . .." the first time, "than11 ..."
 * after), so a document's tokens would depend on what was read before it. The tokenizer asks the
 * cache through `lookup`: answering it from the model's own words only reads every paragraph as
 * if no word outside the model were known, whatever came before. (Adding a word looks up its
 * lower-case form to guess its part of speech; that lookup is answered in full.) The cache is
 * reached through the one `its` function that receives the document's data; if a later wink-nlp
 * hides it, this returns false and each paragraph is read twice instead, so the first reading
 * makes its words known.
 */
function forgetNewWords(n: Nlp): boolean {
  const its = n.its as unknown as Record<string, (i: number, rdd: { cache?: WinkCache }) => unknown>;
  const value = its.value;
  if (typeof value !== 'function') return false;
  let cache: WinkCache | undefined;
  its.value = (i, rdd) => {
    cache ??= rdd.cache;
    return value(i, rdd);
  };
  try {
    n.readDoc('a').tokens().out();
  } finally {
    its.value = value;
  }
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.add !== 'function' || typeof cache.intrinsicSize !== 'function') return false;
  const { lookup, add } = cache;
  const size = cache.intrinsicSize();
  // Adding a word looks up its lower-case form to guess its part of speech: that lookup sees all.
  let adding = false;
  cache.add = (text, category) => {
    adding = true;
    try {
      return add(text, category);
    } finally {
      adding = false;
    }
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    return !adding && found !== null && found.length === 1 && found[0]! >= size ? null : found;
  };
  return true;
}

/** Whether English paragraphs are read once (true) or twice (the fallback); for tests. */
export function readsOnce(): boolean {
  reader();
  return pristine;
}

/** Sentences of the paragraph text[start, end), with token offsets into the whole text. */
export function englishSentences(text: string, start: number, end: number): RawSentence[] {
  const n = reader();
  const its = n.its;
  const para = text.slice(start, end);
  if (!pristine) n.readDoc(para);
  const doc = n.readDoc(para);
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  // wink gives token values, not offsets: walk the paragraph to find each one in order.
  const offsets: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = para.indexOf(v, cursor);
    if (at === -1 || at - cursor > 64) {
      offsets.push(-1);
      continue;
    }
    offsets.push(at);
    cursor = at + v.length;
  }
  const out: RawSentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const tokens: RawSentence['tokens'][number][] = [];
    for (let i = first; i <= last; i++) {
      const at = offsets[i]!;
      const v = values[i]!;
      if (at < 0 || /^\s+$/u.test(v)) continue;
      tokens.push({ text: v, start: start + at, end: start + at + v.length, isWord: /[\p{L}\p{N}]/u.test(v), lemma: lemmas[i]!, pos: retag(values, pos, i) });
    }
    if (tokens.length === 0) continue;
    out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  }
  return out;
}

/**
 * wink tags some plurals after an adjective or a figure as verbs ("57.3 million overnight stays",
 * "three new permits"): a word in -s so placed is a noun.
 */
function retag(values: readonly string[], pos: readonly string[], i: number): string {
  const p = pos[i]!;
  if (p !== 'VERB' || i === 0 || !/^\p{Ll}{3,}s$/u.test(values[i]!)) return p;
  const before = pos[i - 1];
  return before === 'ADJ' || before === 'NUM' || (before === 'ADV' && pos[i - 2] === 'NUM') ? 'NOUN' : p;
}
