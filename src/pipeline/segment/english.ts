/** English sentences and tokens from wink-nlp, with offsets recovered into the document. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawSentence } from './index';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function reader(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return nlp;
}

/** Sentences of the paragraph text[start, end), with token offsets into the whole text. */
export function englishSentences(text: string, start: number, end: number): RawSentence[] {
  const n = reader();
  const its = n.its;
  const para = text.slice(start, end);
  // wink-nlp adds every new word it meets to its cache, and a known word splits differently from
  // an unknown one ("than11..." is "than11 . .." the first time, "than11 ..." after). Reading the
  // paragraph once first makes its words known, so its tokens do not depend on what was read before.
  n.readDoc(para);
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
      tokens.push({ text: v, start: start + at, end: start + at + v.length, isWord: /[\p{L}\p{N}]/u.test(v), lemma: lemmas[i]!, pos: pos[i]! });
    }
    if (tokens.length === 0) continue;
    out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  }
  return out;
}
