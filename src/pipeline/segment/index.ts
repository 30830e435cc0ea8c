/**
 * Segment: paragraphs (one per line), sentences and tokens, each with exact offsets into the
 * document. English goes through wink-nlp (tokens, part of speech, lemmas, negation); every other
 * language through `Intl.Segmenter`, one paragraph at a time.
 */
import { language as compiledLanguage, supportedLanguages, type CompiledLanguage } from '../../lexicon/registry';
import type { IngestedDocument } from '../ingest/index';
import { detectLanguage } from '../ingest/language';
import { lineStarts } from './points';
import { englishSentences } from './english';
import { intlSentences } from './intl';

/** A token with its offsets into the document. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly stem: string;
  /** True for words and numbers, false for punctuation and symbols. */
  readonly isWord: boolean;
  /** English only: lemma and universal part of speech from wink-nlp. */
  readonly lemma?: string;
  readonly pos?: string;
}

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly language: string;
  readonly tokens: readonly Token[];
}

export interface SegmentedDocument {
  readonly doc: IngestedDocument;
  readonly sentences: readonly Sentence[];
  readonly lineStarts: readonly number[];
  /** Start and end offsets of each paragraph. */
  readonly paragraphs: readonly (readonly [number, number])[];
}

/** A sentence before its tokens are stemmed. */
export interface RawSentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly { text: string; start: number; end: number; isWord: boolean; lemma?: string; pos?: string }[];
}

const MIN_PARAGRAPH_FOR_DETECTION = 120;
/**
 * No sentence of real news runs this long; text without punctuation (a scraped list, a 1 MB line)
 * is cut into pieces of this many tokens, at a comma where there is one, so that no later stage
 * does work that grows with the square of a sentence.
 */
const MAX_SENTENCE_TOKENS = 160;

/** Splits a document into paragraphs, sentences and tokens. */
export function segment(doc: IngestedDocument): SegmentedDocument {
  const text = doc.text;
  const paragraphs: [number, number][] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const [s, e] = trimRange(text, lineStart, lineEnd);
    if (e > s) {
      const p = paragraphs.length;
      paragraphs.push([s, e]);
      const lang = paragraphLanguage(doc, text.slice(s, e));
      const compiled = compiledLanguage(lang);
      const raw = lang === 'en' ? englishSentences(text, s, e) : intlSentences(text, s, e, lang, compiled?.data.elisions, compiled?.stopwords);
      for (const r of raw.flatMap(bounded)) sentences.push(finish(r, sentences.length, p, text, lang, compiled));
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return { doc, sentences, lineStarts: lineStarts(text), paragraphs };
}

/** A sentence of at most MAX_SENTENCE_TOKENS tokens, or its pieces. */
function bounded(r: RawSentence): RawSentence[] {
  if (r.tokens.length <= MAX_SENTENCE_TOKENS) return [r];
  const out: RawSentence[] = [];
  let from = 0;
  while (from < r.tokens.length) {
    let to = Math.min(r.tokens.length, from + MAX_SENTENCE_TOKENS);
    if (to < r.tokens.length) {
      // Prefer to cut after a comma or semicolon in the last quarter of the piece.
      for (let k = to - 1; k > from + (MAX_SENTENCE_TOKENS * 3) / 4; k--) {
        if (/^[,;:]$/u.test(r.tokens[k]!.text)) {
          to = k + 1;
          break;
        }
      }
    }
    const tokens = r.tokens.slice(from, to);
    out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    from = to;
  }
  return out;
}

function paragraphLanguage(doc: IngestedDocument, paragraph: string): string {
  if (doc.languageSource === 'caller' || paragraph.length < MIN_PARAGRAPH_FOR_DETECTION) return doc.language;
  if (plainlyIn(paragraph, doc.language)) return doc.language;
  const detected = detectLanguage(paragraph);
  return detected && detected !== doc.language && compiledLanguage(detected) ? detected : doc.language;
}

/** Function word → the languages (by their order in `supportedLanguages()`) that have it. */
let functionWords: { codes: string[]; owners: Map<string, number[]> } | undefined;

function functionWordOwners(): { codes: string[]; owners: Map<string, number[]> } {
  const codes = supportedLanguages();
  if (functionWords && functionWords.codes.length === codes.length && functionWords.codes.every((c, i) => c === codes[i])) return functionWords;
  const owners = new Map<string, number[]>();
  codes.forEach((code, i) => {
    for (const w of compiledLanguage(code)!.stopwords) owners.set(w, [...(owners.get(w) ?? []), i]);
  });
  functionWords = { codes, owners };
  return functionWords;
}

/** Function words in the first characters of a paragraph say its language as well as all of them. */
const FUNCTION_WORD_SAMPLE = 600;

/**
 * The paragraph's function words are plainly the document's language: at least four of them, and
 * more than twice as many as of any other language the library reads. Most paragraphs of a
 * document are in its language; this spares them the n-gram detector, which is kept for the rest.
 */
export function plainlyIn(paragraph: string, lang: string): boolean {
  const { codes, owners } = functionWordOwners();
  const own = codes.indexOf(lang);
  if (own < 0) return false;
  const counts = codes.map(() => 0);
  for (const w of paragraph.slice(0, FUNCTION_WORD_SAMPLE).toLowerCase().split(NON_LETTERS)) {
    const langs = owners.get(w);
    if (langs) for (const i of langs) counts[i]!++;
  }
  const mine = counts[own]!;
  return mine >= 4 && counts.every((t, i) => i === own || mine > 2 * t);
}

const NON_LETTERS = /\P{L}+/u;

function finish(r: RawSentence, index: number, paragraph: number, text: string, lang: string, compiled: CompiledLanguage | undefined): Sentence {
  const tokens: Token[] = r.tokens.map((t) => {
    const lower = t.text.toLowerCase();
    const stem = t.isWord && compiled ? compiled.stem(lower) : lower;
    // Written out rather than spread: one shape for every token, and no copying loop.
    return t.pos === undefined
      ? { text: t.text, start: t.start, end: t.end, isWord: t.isWord, lower, stem }
      : { text: t.text, start: t.start, end: t.end, isWord: t.isWord, lemma: t.lemma!, pos: t.pos, lower, stem };
  });
  return { index, paragraph, start: r.start, end: r.end, text: text.slice(r.start, r.end), language: lang, tokens };
}

/** Shrinks [start, end) past white space at both ends. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}
