/**
 * Attribution: who the article says something comes from. Looks for a speech verb next to a
 * quote or in a sentence ("X said", "said X", "X told Y", "according to X", "sade han") and takes
 * the name, pronoun or noun phrase beside it. Pronouns resolve to the nearest person named before.
 */
import { fold, type CompiledLanguage } from '../../lexicon/registry';
import type { Token } from '../segment/index';
import { appositionOpening, type EntityMention } from './mentions';

/** A document's tokens in one array, with the entity each token belongs to. */
export interface TokenView {
  readonly tokens: readonly Token[];
  /** Flat token index → the sentence it is in. */
  readonly sentenceOf: readonly number[];
  /** Flat token index → the entity mention covering it. */
  readonly entityAt: ReadonlyMap<number, FlatEntity>;
}

export interface FlatEntity {
  readonly mention: EntityMention;
  readonly first: number;
  readonly last: number;
}

/** A speaker found in the text. */
export interface Speaker {
  readonly name: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly pronoun: boolean;
}

const SPEAKER_TYPES = new Set(['person', 'name', 'org']);
/** How many tokens back a role ("the minister") may reach for the titled person it stands for. */
const TITLE_LOOKBACK = 600;
const WINDOW = 8;

/** The speaker attributed right after a flat token index ("…,” Ramirez said", "…, sade han"). */
export function speakerAfter(view: TokenView, from: number, limit: number, lang: CompiledLanguage, resolve: (at: number) => Speaker | undefined): Speaker | undefined {
  const toks = view.tokens;
  const end = Math.min(limit, from + WINDOW);
  for (let v = from; v < end; v++) {
    if (!lang.speechVerbs.has(toks[v]!.lower)) continue;
    // "Anna Lind said after the vote on the Nordland agreement": a person right before the verb
    // speaks, whatever name follows.
    const right = v > from ? view.entityAt.get(v - 1) : undefined;
    if (right && right.mention.type === 'person' && right.last === v - 1) return fromEntity(right.mention);
    // "said X": the first name or pronoun within a few words after the verb.
    const after = forwardSpeaker(view, v, limit, lang, resolve);
    if (after) return after;
    // "X, a spokeswoman for …, said": the person the apposition describes.
    const head = appositionHead(view, v, from);
    if (head) return fromEntity(head);
    // "X said": the name or pronoun ending right before the verb.
    for (let k = v - 1; k >= from; k--) {
      const hit = speakerAt(view, k, lang, resolve);
      if (hit) return hit;
    }
    // "…,” the minister said" before "…, said the minister": the words nearer the quote first.
    return nounPhrase(view, from, v, lang) ?? nounPhrase(view, v + 1, Math.min(limit, v + 5), lang);
  }
  return undefined;
}

/** The speaker attributed before a flat token index ("He said the plan is “not organic”"). */
export function speakerBefore(view: TokenView, to: number, floor: number, lang: CompiledLanguage, resolve: (at: number) => Speaker | undefined): Speaker | undefined {
  const toks = view.tokens;
  const start = Math.max(floor, to - WINDOW * 2);
  for (let v = to - 1; v >= start; v--) {
    const t = toks[v]!;
    const according = lang.data.grammar.accordingTo.find((p) => matchesAt(toks, v, p));
    if (according) {
      const n = wordsOf(according).length;
      for (let k = v + n; k < Math.min(toks.length, v + n + 6); k++) {
        const hit = speakerAt(view, k, lang, resolve);
        if (hit) return hit;
      }
    }
    if (!lang.speechVerbs.has(t.lower)) continue;
    const head = appositionHead(view, v, floor);
    if (head) return fromEntity(head);
    for (let k = v - 1; k >= Math.max(floor, v - 6); k--) {
      const hit = speakerAt(view, k, lang, resolve);
      if (hit) return hit;
    }
    for (let k = v + 1; k < Math.min(to, v + 6); k++) {
      const hit = speakerAt(view, k, lang, resolve);
      if (hit) return hit;
    }
  }
  // Headline style: "Minister: ‘We will not give in’".
  const colon = toks[to - 1];
  if (colon?.text === ':') {
    const e = view.entityAt.get(to - 2);
    if (e && SPEAKER_TYPES.has(e.mention.type)) return fromEntity(e.mention);
  }
  return undefined;
}

/** Tokens an apposition between a speaker and the verb may span. */
const APPOSITION = 30;

/**
 * "Harriet Quennell, a spokeswoman for the UN refugee agency in the Nordic and Baltic countries,
 * said": the person named right before the comma that opens the description speaks, not the last
 * name inside it. A description may also open with a body ("UNHCR's representative in Germany").
 */
function appositionHead(view: TokenView, v: number, floor: number): EntityMention | undefined {
  // Within the verb's sentence.
  let from = v;
  while (from > Math.max(floor, v - APPOSITION) && view.sentenceOf[from - 1] === view.sentenceOf[v]) from--;
  const body = (k: number) => ['org', 'country', 'place'].includes(view.entityAt.get(k)?.mention.type ?? '');
  const c = appositionOpening(view.tokens, v, from, body);
  const e = c > 0 ? view.entityAt.get(c - 1) : undefined;
  return e && (e.mention.type === 'person' || e.mention.type === 'name') && e.last === c - 1 ? e.mention : undefined;
}

/** Words after a speech verb in which its speaker may stand ("a déclaré à Kinshasa la directrice régionale de l'Unicef, Sarah Kimball"). */
const AFTER_VERB = 12;

/**
 * The speaker after a speech verb: the first name or pronoun within a few words, up to a
 * punctuation mark. A body followed by a person ("la directrice de l'Unicef, Sarah Kimball",
 * "la portavoz del ministerio, Ana Gómez") is the person's affiliation: the person speaks.
 */
function forwardSpeaker(view: TokenView, v: number, limit: number, lang: CompiledLanguage, resolve: (at: number) => Speaker | undefined): Speaker | undefined {
  const toks = view.tokens;
  let titled = false;
  for (let k = v + 1; k < Math.min(limit, v + AFTER_VERB); k++) {
    // "a déclaré mardi le ministre chargé des frontières, Paul Durand": a role, a comma, and the
    // person who holds it.
    const holder = titled && toks[k]!.text === ',' ? nameAt(view, k + 1) : undefined;
    if (holder) return fromEntity(holder);
    if (toks[k]!.isWord && (lang.titles.has(toks[k]!.lower) || lang.titles.has(lang.stem(toks[k]!.lower)))) titled = true;
    const hit = speakerAt(view, k, lang, resolve);
    if (hit) {
      const e = view.entityAt.get(k);
      // "said UNHCR spokeswoman Claire Benton", "said the agency, Ana Ruiz": the person speaks for it.
      if (e && e.mention.type !== 'person') {
        const person = personAfter(view, e.last + 1, lang) ?? (titled ? holderAfter(view, e.last + 1, limit) : undefined);
        if (person) return fromEntity(person);
      }
      return hit;
    }
    if (!toks[k]!.isWord && toks[k]!.text !== '.' && !/^['’]$/u.test(toks[k]!.text)) break;
  }
  return undefined;
}

/**
 * After a role and the body it serves ("die Leiterin des Büros in Köln, Anna Weber"), the person
 * named after the next comma, a few words on.
 */
function holderAfter(view: TokenView, from: number, limit: number): EntityMention | undefined {
  const toks = view.tokens;
  for (let k = from; k < Math.min(limit, from + HOLDER_WINDOW); k++) {
    if (toks[k]!.text === ',') return nameAt(view, k + 1);
    if (!toks[k]!.isWord) return undefined;
  }
  return undefined;
}

/** The person or name of unknown kind at a flat token index. */
function nameAt(view: TokenView, k: number): EntityMention | undefined {
  const e = view.entityAt.get(k);
  return e && (e.mention.type === 'person' || e.mention.type === 'name') ? e.mention : undefined;
}

/** Words between the body a role serves and the comma before its holder's name ("in Berlin"). */
const HOLDER_WINDOW = 5;

/**
 * A person (or name) right after a comma, or after at most three lower-case words (a role:
 * "spokeswoman", "coordinator"), from `at`.
 */
function personAfter(view: TokenView, at: number, lang: CompiledLanguage): EntityMention | undefined {
  const toks = view.tokens;
  const comma = toks[at]?.text === ',';
  const maxWords = comma ? 0 : 3;
  for (let k = comma ? at + 1 : at, n = 0; n <= maxWords && k < toks.length; n++, k++) {
    if (view.entityAt.has(k)) return nameAt(view, k);
    // A role ("spokeswoman"), not a function word: "dijo ACNUR a Juan López" is not López speaking.
    if (!toks[k]!.isWord || toks[k]!.text !== toks[k]!.lower || lang.stopwords.has(toks[k]!.lower)) return undefined;
  }
  return undefined;
}

function matchesAt(toks: readonly Token[], at: number, phrase: string): boolean {
  const ws = wordsOf(phrase);
  return ws.every((w, k) => toks[at + k]?.lower === w);
}

/** The words of a table's phrase, split once. */
const phraseWords = new Map<string, readonly string[]>();
function wordsOf(phrase: string): readonly string[] {
  let ws = phraseWords.get(phrase);
  if (!ws) phraseWords.set(phrase, (ws = phrase.split(/\s+/u)));
  return ws;
}

/** A person or organisation entity, or a pronoun, at a flat token index. */
function speakerAt(view: TokenView, k: number, lang: CompiledLanguage, resolve: (at: number) => Speaker | undefined): Speaker | undefined {
  const e = view.entityAt.get(k);
  if (e && SPEAKER_TYPES.has(e.mention.type)) return fromEntity(e.mention);
  const t = view.tokens[k];
  if (!t) return undefined;
  const p = lang.data.grammar.pronouns;
  if (p.male.includes(t.lower) || p.female.includes(t.lower)) {
    const r = resolve(k);
    return r ? { ...r, text: t.text, start: t.start, end: t.end, pronoun: true } : undefined;
  }
  return undefined;
}

export function fromEntity(m: EntityMention): Speaker {
  return { name: m.text, text: m.title ? `${m.title} ${m.text}` : m.text, start: m.start, end: m.end, key: nameKey(m.key), pronoun: false };
}

/** "ana ramirez" → "ramirez": people are matched across articles by their last name. */
export function nameKey(key: string): string {
  const parts = key.split(' ');
  return parts.length > 1 && parts.length <= 4 ? parts[parts.length - 1]! : key;
}

/** A short noun phrase as the speaker when no name is given ("en ung man", "a witness"). */
function nounPhrase(view: TokenView, from: number, to: number, lang: CompiledLanguage): Speaker | undefined {
  const toks = view.tokens;
  let a = from;
  // Not punctuation, and not the day it was said ("a déclaré jeudi le ministre").
  const dateWords = lang.data.grammar.dateWords ?? [];
  while (a < to && (!toks[a]!.isWord || dateWords.includes(toks[a]!.lower))) a++;
  let b = a;
  while (b < to && toks[b]!.isWord && !lang.speechVerbs.has(toks[b]!.lower)) b++;
  // "on Friday", "in a statement": a preposition opens an adverbial, not a speaker.
  if (b - a < 1 || b - a > 4 || lang.placePrepositions.has(toks[a]!.lower)) return undefined;
  // "», a déclaré": an auxiliary or other function words alone are nobody.
  if (toks.slice(a, b).every((t) => lang.stopwords.has(t.lower))) return undefined;
  const text = toks.slice(a, b).map((t) => t.text).join(' ');
  const pronouns = lang.data.grammar.pronouns;
  if (b - a === 1 && [...pronouns.male, ...pronouns.female, ...pronouns.plural].includes(toks[a]!.lower)) return undefined;
  // "the minister said", "säger brandmannen": a role the article gave a named person before.
  const role = toks.slice(a, b).find((t) => lang.titles.has(t.lower) || lang.titles.has(lang.stem(t.lower)));
  const named = role ? personWithTitle(view, a, role.lower, lang) : undefined;
  if (named) return { ...named, start: toks[a]!.start, end: toks[b - 1]!.end, text };
  return { name: text, text, start: toks[a]!.start, end: toks[b - 1]!.end, key: fold(text), pronoun: false };
}

/** The nearest person before a token whose title contains a role word ("minister" → "Finance Minister Anna Lind"). */
function personWithTitle(view: TokenView, before: number, role: string, lang: CompiledLanguage): Speaker | undefined {
  const stem = lang.stem(role);
  // Walk back over the tokens before the role, as far as a few sentences.
  for (let k = before - 1; k >= Math.max(0, before - TITLE_LOOKBACK); k--) {
    const e = view.entityAt.get(k);
    if (!e || e.last !== k || e.mention.type !== 'person' || !e.mention.title) continue;
    if (e.mention.title.toLowerCase().split(/\s+/u).some((w) => lang.stem(w) === stem || w.endsWith(role))) return fromEntity(e.mention);
  }
  return undefined;
}

/**
 * Who a whole sentence attributes its content to, wherever the speech verb stands ("Rebels killed
 * 12 civilians, the army said"; "According to witnesses, …"). `reported` is true whenever the
 * sentence attributes, even when the source is not named.
 */
export function sentenceAttribution(view: TokenView, from: number, to: number, lang: CompiledLanguage, resolve: (at: number) => Speaker | undefined): { speaker?: Speaker; reported: boolean } {
  const toks = view.tokens;
  for (let v = from; v < to; v++) {
    const according = lang.data.grammar.accordingTo.find((p) => matchesAt(toks, v, p));
    if (according) {
      const n = wordsOf(according).length;
      for (let k = v + n; k < Math.min(to, v + n + 6); k++) {
        const hit = speakerAt(view, k, lang, resolve);
        if (hit) return { speaker: hit, reported: true };
      }
      const np = nounPhrase(view, v + n, Math.min(to, v + n + 4), lang);
      return np ? { speaker: np, reported: true } : { reported: true };
    }
    if (!lang.speechVerbs.has(toks[v]!.lower)) continue;
    const after = forwardSpeaker(view, v, to, lang, resolve);
    if (after) return { speaker: after, reported: true };
    for (let k = v - 1; k >= Math.max(from, v - 6); k--) {
      const hit = speakerAt(view, k, lang, resolve);
      if (hit) return { speaker: hit, reported: true };
      if (!toks[k]!.isWord) break;
    }
    const np = nounPhraseBefore(view, v, Math.max(from, v - 4), lang) ?? nounPhrase(view, v + 1, Math.min(to, v + 5), lang);
    return np ? { speaker: np, reported: true } : { reported: true };
  }
  return { reported: false };
}

/** The words between the last punctuation before a speech verb and the verb: "the army" in ", the army said". */
function nounPhraseBefore(view: TokenView, verb: number, floor: number, lang: CompiledLanguage): Speaker | undefined {
  const toks = view.tokens;
  let a = verb;
  while (a > floor && toks[a - 1]!.isWord && !lang.speechVerbs.has(toks[a - 1]!.lower)) a--;
  if (a === verb || (a > 0 && toks[a - 1]!.isWord)) return undefined;
  return nounPhrase(view, a, verb, lang);
}
