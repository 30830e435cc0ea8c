/** Sentences and words for languages other than English, from Intl.Segmenter, one paragraph at a time. */
import { trimRange, type RawSentence } from './index';

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let s = cache.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity });
    } catch {
      s = new Intl.Segmenter('en', { granularity });
    }
    cache.set(lang, s);
  }
  return s;
}

/** Sentences of text[start, end) with word and punctuation tokens, offsets into the whole text. */
export function intlSentences(text: string, start: number, end: number, lang: string, elisions?: readonly string[]): RawSentence[] {
  const para = text.slice(start, end);
  const out: RawSentence[] = [];
  const words = segmenter(wordSegmenters, lang, 'word');
  for (const s of segmenter(sentenceSegmenters, lang, 'sentence').segment(para)) {
    const [ss, se] = trimRange(para, s.index, s.index + s.segment.length);
    if (se <= ss) continue;
    const tokens: RawSentence['tokens'][number][] = [];
    for (const w of words.segment(para.slice(ss, se))) {
      if (/^\s+$/u.test(w.segment)) continue;
      const at = start + ss + w.index;
      const isWord = w.isWordLike === true;
      const split = isWord && elisions ? splitElision(w.segment, elisions) : undefined;
      if (split) {
        tokens.push({ text: split, start: at, end: at + split.length, isWord: true });
        tokens.push({ text: w.segment.slice(split.length), start: at + split.length, end: at + w.segment.length, isWord: true });
      } else {
        tokens.push({ text: w.segment, start: at, end: at + w.segment.length, isWord });
      }
    }
    out.push({ start: start + ss, end: start + se, tokens });
  }
  return out;
}

/** "l'aide" → "l'": the elided article, when the word starts with one. */
function splitElision(word: string, elisions: readonly string[]): string | undefined {
  const m = /^(\p{L}{1,7})['’](?=\p{L})/u.exec(word);
  return m && elisions.includes(m[1]!.toLowerCase()) ? m[0] : undefined;
}
