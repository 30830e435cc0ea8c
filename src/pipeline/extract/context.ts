/**
 * What every extractor needs to know about a document: its sentences with their mentions and
 * dates, its frame, a flat view of its tokens, and how to build a claim's common fields.
 */
import { language, type CompiledLanguage } from '../../lexicon/registry';
import type { EventFrame, Span } from '../../types';
import type { SegmentedDocument, Sentence, Token } from '../segment/index';
import { spanOf } from '../segment/points';
import { fromEntity, sentenceAttribution, type FlatEntity, type Speaker, type TokenView } from './attribution';
import { documentFrame, findDates, type DateSpan } from './frame';
import { findMentions, namesInside, type SentenceMentions } from './mentions';

export interface DocContext {
  readonly seg: SegmentedDocument;
  readonly mentions: readonly SentenceMentions[];
  readonly dates: readonly (readonly DateSpan[])[];
  readonly frame: EventFrame;
  readonly view: TokenView;
  /** Flat index of each sentence's first token. */
  readonly firstToken: readonly number[];
  /** The compiled language of a sentence, when claimdiff has tables for it. */
  langOf(s: Sentence): CompiledLanguage | undefined;
  span(start: number, end: number): Span;
  /** The nearest person named before a flat token index. */
  resolvePronoun(at: number): Speaker | undefined;
  /** Who a sentence attributes its content to ("…, Ramirez said", "according to CNN"). */
  sentenceSpeaker(sentence: number): { speaker?: Speaker; reported: boolean };
}

const EMPTY: SentenceMentions = { concepts: [], entities: [] };
/** How many names back a pronoun may reach for its person. */
const PRONOUN_LOOKBACK = 40;

export function documentContext(seg: SegmentedDocument, publishedAt: string | undefined): DocContext {
  const langOf = (s: Sentence) => language(s.language);
  const ref = publishedAt ? new Date(publishedAt) : undefined;
  const names = namesInside(seg.sentences);
  const mentions = seg.sentences.map((s) => {
    const lang = langOf(s);
    return lang ? findMentions(s, lang, names) : EMPTY;
  });
  const dates = seg.sentences.map((s) => findDates(s, ref));
  const frame = documentFrame(seg.sentences, mentions, dates, langOf(seg.sentences[0] ?? ({ language: seg.doc.language } as Sentence)), publishedAt);
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  const firstToken: number[] = [];
  const entityAt = new Map<number, FlatEntity>();
  const people: FlatEntity[] = [];
  seg.sentences.forEach((s, i) => {
    const base = tokens.length;
    firstToken.push(base);
    for (const t of s.tokens) {
      tokens.push(t);
      sentenceOf.push(i);
    }
    for (const m of mentions[i]!.entities) {
      const fe = { mention: m, first: base + m.first, last: base + m.last };
      for (let k = fe.first; k <= fe.last; k++) entityAt.set(k, fe);
      if (m.type === 'person' || m.type === 'name') people.push(fe);
    }
  });
  const view: TokenView = { tokens, sentenceOf, entityAt };
  const aliases = aliasTable(people);
  // People in text order; a pronoun looks back from its place by binary search, a bounded walk.
  const resolvePronoun = (at: number): Speaker | undefined => {
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (people[mid]!.first < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= Math.max(0, lo - PRONOUN_LOOKBACK); k--) {
      const p = people[k]!;
      if (p.mention.type === 'person' || isKnownPerson(p, aliases)) return withAlias(fromEntity(p.mention), aliases);
    }
    return undefined;
  };
  const sentenceSpeaker = (i: number): { speaker?: Speaker; reported: boolean } => {
    const s = seg.sentences[i]!;
    const lang = langOf(s);
    if (!lang) return { reported: false };
    const from = firstToken[i]!;
    const found = sentenceAttribution(view, from, from + s.tokens.length, lang, resolvePronoun);
    return found.speaker ? { speaker: withAlias(found.speaker, aliases), reported: true } : found;
  };
  return {
    seg,
    mentions,
    dates,
    frame,
    view,
    firstToken,
    langOf,
    span: (start, end) => spanOf(seg.lineStarts, start, end),
    resolvePronoun,
    sentenceSpeaker,
  };
}

/** Last name → full name, from the people a document names in full ("Ramirez" → "Ana Ramirez"). */
function aliasTable(people: readonly FlatEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of people) {
    const parts = p.mention.text.split(/\s+/u);
    if (parts.length >= 2 && parts.length <= 4) out.set(parts[parts.length - 1]!.toLowerCase(), p.mention.text);
  }
  return out;
}

function isKnownPerson(p: FlatEntity, aliases: Map<string, string>): boolean {
  return aliases.has(p.mention.text.toLowerCase()) || p.mention.text.split(/\s+/u).length >= 2;
}

function withAlias(s: Speaker, aliases: Map<string, string>): Speaker {
  const full = aliases.get(s.name.toLowerCase());
  return full && full !== s.name ? { ...s, name: full } : s;
}
