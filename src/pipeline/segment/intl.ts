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
export function intlSentences(text: string, start: number, end: number, lang: string, elisions?: readonly string[], common?: ReadonlySet<string>): RawSentence[] {
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
    const prev = out[out.length - 1];
    if (prev && continues(prev, tokens, common)) {
      out[out.length - 1] = { start: prev.start, end: start + se, tokens: [...prev.tokens, ...tokens] };
    } else {
      out.push({ start: start + ss, end: start + se, tokens });
    }
  }
  return out;
}

/**
 * Intl.Segmenter ends a sentence at every full stop after a word or a number; some of them do not
 * end one: an abbreviation standing alone ("Ca. 40.000 Menschen") or a German ordinal date before
 * a month name ("am 19. Oktober").
 */
function continues(prev: RawSentence, next: RawSentence['tokens'], common?: ReadonlySet<string>): boolean {
  const words = prev.tokens.filter((t) => t.isWord);
  const last = prev.tokens[prev.tokens.length - 1];
  const before = prev.tokens[prev.tokens.length - 2];
  if (last?.text !== '.' || !before) return false;
  if (words.length === 1 && before.text.length <= 4) return true;
  const first = next.find((t) => t.isWord);
  return /^\d{1,2}$/u.test(before.text) && first !== undefined && common?.has(first.text.toLowerCase()) === true;
}

/** "l'aide" → "l'": the elided article, when the word starts with one. */
function splitElision(word: string, elisions: readonly string[]): string | undefined {
  const m = /^(\p{L}{1,7})['’](?=\p{L})/u.exec(word);
  return m && elisions.includes(m[1]!.toLowerCase()) ? m[0] : undefined;
}
