/**
 * Quantity claims: a number with its hedge, unit and what it counts ("nearly 3,000 people",
 * "uppemot 4 000 migranter", "more than 4,000km").
 */
import { sayingActs } from '../../lexicon/concepts/families';
import { conceptDef, type CompiledLanguage } from '../../lexicon/registry';
import { units } from '../../lexicon/units';
import type { Counted, QuantityClaim } from '../../types';
import type { Sentence, Token } from '../segment/index';
import type { DocContext } from './context';
import { hyphenated, upperInitial, type ConceptMention, type SentenceMentions } from './mentions';
import { findNumbers, hedgeAfterCounted, type NumberExpr } from './numbers';
import { contextConcepts, type ClaimBaseBuilder } from './shared';

const COUNTABLE = new Set(['actor', 'thing', 'instrument', 'place', 'org', 'action', 'quality']);
/** The concept that counts of the dead, the injured or the missing are counts of. */
const PERSON = 'person';
/** How far before a number a counted noun may stand when none follows it. */
const BEFORE_WINDOW = 3;
/** How far after a number its counted noun may stand ("500 federal police troops"). */
const COUNTED_WINDOW = 5;

export function extractQuantities(ctx: DocContext, base: ClaimBaseBuilder): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  ctx.seg.sentences.forEach((s, i) => {
    const lang = ctx.langOf(s);
    if (!lang) return;
    const excluded = (ctx.dates[i] ?? []).map((d) => [d.start, d.end] as const);
    let previous: QuantityClaim | undefined;
    for (const n of findNumbers(s, lang, excluded)) {
      const claim = toClaim(ctx, base, s, i, lang, n);
      if (!claim) continue;
      // "4,000km (2,500 miles)": one quantity stated twice, in another unit, is one claim.
      if (previous && restates(ctx.seg.doc.text, previous, claim)) continue;
      out.push(claim);
      previous = claim;
    }
  });
  return out;
}

function toClaim(ctx: DocContext, base: ClaimBaseBuilder, s: Sentence, i: number, lang: CompiledLanguage, n: NumberExpr): QuantityClaim | undefined {
  const mentions = ctx.mentions[i]!;
  const counted = n.unit ? undefined : countedAfter(s, mentions, n, lang);
  if (!n.unit && !counted) return undefined;
  if (counted && counted.end > n.end) {
    const next = s.tokens.findIndex((t) => t.start >= counted.end);
    if (next >= 0) hedgeAfterCounted(n, s, lang, next);
  }
  const def = n.unit ? units[n.unit] : undefined;
  const end = counted ? Math.max(n.end, counted.end) : n.end;
  const change = changeBefore(s, lang, n);
  const conv = (v: number | undefined) => (v === undefined || !def ? undefined : v * def.toBase + (def.offset ?? 0));
  const b = base(n.start, end, i, { exclude: counted?.concept });
  const baseValues = def ? { ...opt('value', conv(n.value)), ...opt('low', conv(n.low)), ...opt('high', conv(n.high)) } : undefined;
  return {
    ...b,
    kind: 'quantity',
    ...opt('value', n.value),
    ...opt('low', n.low),
    ...opt('high', n.high),
    bound: n.bound,
    ...opt('unit', n.unit),
    dimension: def ? (def.currency ? `money:${def.currency}` : def.dimension) : 'count',
    ...(baseValues ? { base: baseValues } : {}),
    ...opt('change', change),
    ...(counted ? { counted: withOrigin(counted.counted, s, mentions, n, counted.end) } : {}),
    ...opt('hedge', n.hedge),
    ...opt('predicate', counted?.quality ? { text: counted.counted.text, concepts: [counted.quality] } : predicateNear(mentions, s, n, lang, counted?.end)),
  };
}

/**
 * Where the counted people come from, when a demonym between the figure and the noun, or right
 * after the noun, says so: "52 Albanian nationals", "610 hondureños", "52 ressortissants
 * géorgiens".
 */
function withOrigin(counted: Counted, s: Sentence, m: SentenceMentions, n: NumberExpr, end: number): Counted {
  const after = s.tokens.findIndex((t) => t.start >= end);
  const country = m.entities.find((e) => e.type === 'country' && ((e.start >= n.end && e.end <= end) || (after >= 0 && e.first === after && !upperInitial(e.text))));
  return country ? { ...counted, origin: country.key } : counted;
}

/** How far two statements of one measure may differ after conversion (rounding: 4,000 km ≈ 2,500 mi). */
const RESTATED_TOLERANCE = 0.05;

/** A measure given again in brackets right after itself, in another unit of the same dimension. */
function restates(text: string, a: QuantityClaim, b: QuantityClaim): boolean {
  if (!a.unit || !b.unit || a.unit === b.unit || a.dimension !== b.dimension) return false;
  const between = text.slice(a.span.end.offset, b.span.start.offset);
  if (!/^\s*\(\s*$/u.test(between)) return false;
  const va = a.base?.value;
  const vb = b.base?.value;
  return va !== undefined && vb !== undefined && Math.abs(va - vb) <= Math.max(Math.abs(va), Math.abs(vb)) * RESTATED_TOLERANCE;
}

/** `{ key: value }` when value is defined, `{}` otherwise (for exactOptionalPropertyTypes). */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A term for people or things that a figure can count. */
const NOUNLIKE = (c: ConceptMention): boolean => COUNTABLE.has(c.type) && c.type !== 'action' && c.type !== 'quality';

/** What a number counts: the first concept after it, past "of", quote marks and demonyms. */
function countedAfter(s: Sentence, m: SentenceMentions, n: NumberExpr, lang: CompiledLanguage): { counted: Counted; concept?: string; end: number; quality?: string } | undefined {
  const toks = s.tokens;
  let k = n.nextToken;
  const at0 = toks.findIndex((t) => t.start >= n.start);
  const crowd = crowdPronoun(toks, m, lang, at0, k);
  if (crowd) return { counted: { text: crowd.text, concept: PERSON, context: contextConcepts(m, PERSON) }, concept: PERSON, end: n.end };
  // Scan past punctuation ("500 ‘federales’") and function words ("hundreds of migrants").
  let words = 0;
  for (const stop = Math.min(toks.length, k + COUNTED_WINDOW * 3); k < stop && words < COUNTED_WINDOW; k++) {
    const t = toks[k]!;
    if (!t.isWord) {
      if (/^[,.;:!?()]$/u.test(t.text)) break;
      continue;
    }
    // "1,2 million de canards", "1,5 millones de euros": the word that joins a multiplier to the
    // counted noun is no word of its own.
    if (n.mult !== undefined && k === n.nextToken && t.pos === undefined && lang.stopwords.has(t.lower)) continue;
    // A hyphenated modifier before the noun describes it: "17,460 first-time asylum applications",
    // where there are tags; German writes its compound nouns so ("14.361 Keuchhusten-Fälle").
    if (words === 0 && hyphenated(toks, k) && (toks[k + 3]?.pos === 'NOUN' || toks[k + 3]?.pos === 'ADJ')) {
      k += 2;
      words++;
      continue;
    }
    const c = m.concepts.find((x) => x.first === k);
    // A quality before a noun describes the noun: "2,210 unauthorised entries", not 2,210 people.
    if (c?.type === 'quality' && nounAfter(s, m, c.last, 'quality')) {
      k = c.last;
      words++;
      continue;
    }
    // A word tagged as an adjective or a participle before a noun describes the noun: "487
    // suspected people smugglers", "1,934 corporate insolvencies".
    if (c && c.first === c.last && c.type !== 'action' && (t.pos === 'ADJ' || t.pos === 'VERB') && toks[k + 1]?.pos === 'NOUN') {
      words++;
      continue;
    }
    // Of two words for things in a row, the last is the head where noun phrases end in theirs:
    // "160 Moroccan farm workers", "64 misstänkta offer" (Spanish: "160 ouvriers agricoles").
    if (c && NOUNLIKE(c) && m.concepts.some((x) => x.first === c.last + 1 && NOUNLIKE(x)) && modifies(toks, c.last, lang, c.type === 'actor')) {
      k = c.last;
      words++;
      continue;
    }
    if (c && COUNTABLE.has(c.type) && c.type !== 'action') return fromConcept(c, m);
    const e = m.entities.find((x) => x.first === k);
    // Where every noun is capitalised, a capitalised word after the figure is the counted noun,
    // even where capitals run on into a name: "1.120 neue Fälle von Kirchenasyl".
    if (e && e.type === 'name' && e.last > e.first && lang.data.capitalisesNouns === true) return { counted: { text: t.text, context: contextConcepts(m) }, end: t.end };
    // A body named in capitals by a word for people counts those people: "400 National Police and
    // Civil Guard officers".
    const inside = e && e.type === 'name' ? m.concepts.find((x) => x.first >= e.first && x.first <= e.last && x.type === 'actor') : undefined;
    if (inside) return fromConcept(inside, m);
    // A people or group named in capitals: "hundreds of thousands of Rohingya".
    if (e && e.type === 'name' && e.last - e.first < 2) return { counted: { text: e.text, context: contextConcepts(m) }, end: e.end };
    if (e && e.type !== 'country') break;
    // A people named by its demonym, with no noun after it: "1,500 Hondurans left", "1.500
    // hondureños salieron" count people of that country.
    if (e && words === 0 && e.first === k && !nounAfter(s, m, e.last, 'action')) {
      return { counted: { text: e.text, concept: PERSON, context: contextConcepts(m, PERSON) }, concept: PERSON, end: e.end };
    }
    // A noun of an act counts it ("5,000 applications", "5 000 ansökningar"); a verb ends the search.
    if (c?.type === 'action') {
      // A participle before the counted noun describes it: "deported 2,400 rejected asylum
      // seekers". Not when the number opens the clause: "About 200 attacked police".
      const described = m.concepts.find((x) => x.first === c.last + 1);
      // The figure is no subject when an act, a verb or a preposition stands before it ("carrying
      // 63 rejected asylum seekers", "mit 36 abgelehnten Asylbewerbern").
      const prior = toks[at0 - 1];
      const object =
        m.concepts.some((x) => x.type === 'action' && x.last < at0) ||
        prior?.pos === 'VERB' ||
        prior?.pos === 'ADP' ||
        (prior?.pos === undefined && prior !== undefined && (lang.data.grammar.prepositions ?? []).includes(prior.lower));
      // Also before a noun the tables do not know, where tags say so: "recorded 1,240 confirmed cases".
      const untabled = !described && c.first === c.last && (t.pos === 'VERB' || t.pos === 'ADJ') && ['NOUN', 'ADJ', 'PROPN'].includes(toks[c.last + 1]?.pos ?? '');
      if (object && ((described && COUNTABLE.has(described.type) && described.type !== 'action' && described.type !== 'quality') || untabled)) {
        k = c.last;
        words++;
        continue;
      }
      // Where nouns are capitalised, a lower-case word before a capitalised one is a participle
      // that describes the noun after it ("63 gerettete Migranten"); a lower-case verb of change
      // is no counted noun ("auf 2,97 Millionen gestiegen").
      if (t.pos === undefined && lang.data.capitalisesNouns === true && c.first === c.last && !upperInitial(t.text)) {
        if (upperInitial(toks[k + 1]?.text ?? '')) {
          k = c.last;
          words++;
          continue;
        }
        // A rise or fall right after the figure says what it reached: "auf 2,97 Millionen gestiegen".
        if (c.concepts.some((id) => CHANGE_ACTS.has(id))) break;
      }
      // Where nouns are capitalised, a capitalised noun of an act is counted past its adjective:
      // "542 abgeschlossene Ermittlungsverfahren".
      const noun = t.pos === 'NOUN' || (t.pos === undefined && (words === 0 || (lang.data.capitalisesNouns === true && upperInitial(t.text))));
      if (noun) return { counted: { text: c.text, context: contextConcepts(m) }, end: c.end };
      break;
    }
    // A participle between a figure a verb acts on and a noun describes the noun: "seized 640
    // forged passports"; not "About 200 attacked police", where the figure is the subject.
    if (t.pos === 'VERB' && words === 0 && s.tokens[k + 1]?.pos === 'NOUN' && m.concepts.some((x) => x.type === 'action' && x.last < at0)) {
      words++;
      continue;
    }
    // A participle the tables do not know before a noun they know as a thing describes it: "64
    // suspected victims".
    if (t.pos === 'VERB' && !c && words === 0 && m.concepts.some((x) => x.first === k + 1 && NOUNLIKE(x))) {
      words++;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    // A noun the tables do not know still says what is counted: "318 MPs", "3 000 postes".
    // Where every noun is capitalised, a lower-case word is not one ("7,5 gelegen").
    const plainWord = t.pos === undefined && words === 0 && !lang.stopwords.has(t.lower) && !e && !/^\d/u.test(t.text) && (lang.data.capitalisesNouns !== true || /^\p{Lu}/u.test(t.text));
    const abbreviation = t.pos === 'PROPN' && /^\p{Lu}{2,}s?$/u.test(t.text);
    // Without part-of-speech tags, a word the tables do not know right before one they know as a
    // thing is its adjective: "40 nya jobb", "40 nuevos empleos".
    if (plainWord && m.concepts.some((x) => x.first === k + 1 && x.type !== 'action' && x.type !== 'quality' && COUNTABLE.has(x.type))) {
      words++;
      continue;
    }
    // A noun the tables do not know before one they know for people or things is its modifier,
    // where noun phrases end in their head: "90 quota refugees".
    if (t.pos === 'NOUN' && !c && modifies(toks, k, lang, false) && m.concepts.some((x) => x.first === k + 1 && NOUNLIKE(x))) {
      words++;
      continue;
    }
    if (t.pos === 'NOUN' || abbreviation || plainWord) {
      const counted: Counted = { text: t.text, context: contextConcepts(m) };
      return { counted, end: t.end };
    }
    words++;
  }
  return countedBefore(s, m, n, lang);
}

/**
 * "Ils étaient 32 000 samedi dans les rues", "De var drygt 5 000": the plural pronoun that opens
 * the sentence, with a verb of being before the figure at `at`, when no noun right after the
 * figure (at `next`) says what is counted ("They sent 500 ‘federales’" has no such verb).
 */
function crowdPronoun(toks: readonly Token[], m: SentenceMentions, lang: CompiledLanguage, at: number, next: number): Token | undefined {
  const pronoun = toks[at - 2];
  const verb = toks[at - 1];
  if (!pronoun?.isWord || !verb?.isWord || !lang.stopwords.has(verb.lower) || !lang.data.grammar.pronouns.plural.includes(pronoun.lower)) return undefined;
  if (at - 2 !== toks.findIndex((t) => t.isWord)) return undefined;
  return m.concepts.some((x) => x.first === next && NOUNLIKE(x)) || toks[next]?.pos === 'NOUN' ? undefined : pronoun;
}

/**
 * Whether the word at `i` describes a noun right after it, where noun phrases end in their head:
 * by tags ("farm workers"), by capitals where nouns have them, else by an adjective's ending
 * ("misstänkta offer", not "personer återvandringsbidrag", a noun and its object).
 */
function modifies(toks: readonly Token[], i: number, lang: CompiledLanguage, people: boolean): boolean {
  if (lang.data.headLast !== true) return false;
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next?.isWord) return false;
  // A noun for people before another is its own head ("500 federal police troops").
  if (t.pos !== undefined) return (t.pos === 'ADJ' || (t.pos === 'NOUN' && !people)) && next.pos === 'NOUN';
  if (lang.data.capitalisesNouns === true) return !upperInitial(t.text) && upperInitial(next.text);
  return (lang.data.grammar.adjectiveEndings ?? []).some((e) => t.lower.endsWith(e));
}

/**
 * Whether a noun follows the token at `last`: by its tag where there are tags, else a term of any
 * type but `not` ("unauthorised entries": a quality before a noun of an act; "hondureños
 * salieron": a demonym before a verb).
 */
function nounAfter(s: Sentence, m: SentenceMentions, last: number, not: ConceptMention['type']): boolean {
  const next = s.tokens[last + 1];
  if (!next?.isWord) return false;
  if (next.pos !== undefined) return next.pos === 'NOUN';
  return m.concepts.some((x) => x.first === last + 1 && x.type !== not);
}

/**
 * "estimated the crowd at 20,000-30,000": with nothing after it, what stands just before. A bare
 * figure a change is said to reach counts what the sentence opens with: "Housing starts in France
 * fell to 263,000", "Die Zahl der Arbeitslosen ist … auf 2,97 Millionen gestiegen".
 */
function countedBefore(s: Sentence, m: SentenceMentions, n: NumberExpr, lang: CompiledLanguage): { counted: Counted; concept?: string; end: number } | undefined {
  const at = s.tokens.findIndex((t) => t.start >= n.start);
  const near = [...m.concepts].reverse().find((x) => x.last < at && at - x.last <= BEFORE_WINDOW && (x.type === 'actor' || x.type === 'thing'));
  // What "the number of" names ("The number of foreign workers registered with Spain's social
  // security system reached a record 2.94 million"); else a thing before people: "the number of
  // people out of work" counts the unemployed.
  const from = numberOfEnd(s, lang, at);
  const named = from >= 0 ? m.concepts.find((x) => x.last >= from && x.last < at && (x.type === 'actor' || x.type === 'thing')) : undefined;
  const opener = (type: string) => m.concepts.find((x) => x.last < at && x.type === type);
  const c = near ?? (changed(s, m, at, lang) ? (named ?? opener('thing') ?? opener('actor')) : undefined);
  if (!c) return undefined;
  const concept = c.concepts[0]!;
  return { counted: { text: c.text, concept, context: contextConcepts(m, concept) }, concept, end: n.end };
}

/** What a number counts; "112 dead" counts people, and "dead" is what is said of them. */
function fromConcept(c: ConceptMention, m: SentenceMentions): { counted: Counted; concept: string; end: number; quality?: string } {
  const found = c.concepts.find((id) => conceptDef(id)?.type === 'actor') ?? c.concepts[0]!;
  const quality = conceptDef(found)?.type === 'quality' ? found : undefined;
  const concept = quality ? PERSON : found;
  return { counted: { text: c.text, concept, context: contextConcepts(m, concept) }, concept, end: c.end, ...(quality ? { quality } : {}) };
}

const SAYING = new Set(sayingActs);

/** How many tokens from a number its verb may stand ("500 migrants tried to breach" → breach). */
const PREDICATE_WINDOW = 6;

/** The nearest act to the number in its sentence: what the number is said of. */
function predicateNear(m: SentenceMentions, s: Sentence, n: NumberExpr, lang: CompiledLanguage, countedEnd?: number): QuantityClaim['predicate'] {
  const at = s.tokens.findIndex((t) => t.start >= n.start);
  const relatives = lang.data.grammar.relativePronouns ?? [];
  let best: { c: ConceptMention; d: number } | undefined;
  for (const c of m.concepts) {
    // A participle between the figure and what it counts describes the counted: "deported 1,450
    // rejected asylum seekers" is said of deporting.
    if (countedEnd !== undefined && c.start >= n.end && c.end < countedEnd) continue;
    // An act ("killed 35") or a state said of the counted ("35 … portées disparues").
    // Not a verb of saying: "skära ned … med 9 procent, meddelade chefen" cuts.
    if ((c.type !== 'action' && c.type !== 'quality') || c.concepts.some((id) => SAYING.has(id))) continue;
    const d = c.first >= at ? c.first - n.nextToken : at - c.last;
    // A verb of a relative clause after the figure says something of the counted; the verb
    // before the figure is what the figure is said of: "rescató a 58 personas que intentaban
    // cruzar" rescued 58. The relative clause's own verb comes first; a verb after it is the main
    // clause's again, a little further on: "2 400 personer som fått avslag på sin asylansökan
    // utvisades" were deported.
    const pronoun = c.first >= at ? s.tokens.findIndex((t, k) => k >= n.nextToken && k < c.first && relatives.includes(t.lower)) : -1;
    const main = pronoun >= 0 && m.concepts.some((x) => x !== c && x.type === 'action' && x.first > pronoun && x.last < c.first);
    if (d > (main ? 2 * PREDICATE_WINDOW : PREDICATE_WINDOW)) continue;
    const relative = pronoun >= 0 && !main;
    // The main clause's verb after a long relative clause still comes before that clause's own verb
    // ("480 migrants qui tentaient de rejoindre le Royaume-Uni ont été interceptés").
    const rank = relative ? d + PREDICATE_WINDOW : main ? Math.min(d - 1, PREDICATE_WINDOW - 0.5) : d;
    if (!best || rank < best.d) best = { c, d: rank };
  }
  return best ? { text: best.c.text, concepts: best.c.concepts } : undefined;
}

/** Where a "number of" phrase before token `at` ends (the token after it), or -1. */
function numberOfEnd(s: Sentence, lang: CompiledLanguage, at: number): number {
  for (const phrase of lang.data.grammar.numberOf ?? []) {
    const ws = phrase.split(' ');
    for (let k = 0; k + ws.length <= at; k++) {
      if (ws.every((w, j) => s.tokens[k + j]!.lower === w)) return k + ws.length;
    }
  }
  return -1;
}

/** A rise or fall is said of the figure: a change word or act of change a few words before or after it. */
function changed(s: Sentence, m: SentenceMentions, at: number, lang: CompiledLanguage): boolean {
  for (let j = Math.max(0, at - CHANGE_WINDOW); j < Math.min(s.tokens.length, at + CHANGE_WINDOW); j++) {
    if (changeWord(lang, s.tokens[j]!.lower)) return true;
  }
  return m.concepts.some((c) => (c.first >= at - CHANGE_WINDOW && c.first <= at + CHANGE_WINDOW) && c.concepts.some((id) => CHANGE_ACTS.has(id)));
}

const CHANGE_WINDOW = 4;
// A level reached counts too: "reached a record 2.94 million".
const CHANGE_ACTS = new Set(['act_rise', 'act_fall', 'act_arrive']);

function changeBefore(s: Sentence, lang: CompiledLanguage, n: NumberExpr): 'increase' | 'decrease' | undefined {
  const toks = s.tokens;
  const k = toks.findIndex((t) => t.start >= n.start);
  if (k < 0) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const change = changeWord(lang, toks[j]!.lower);
    if (change) return change;
  }
  return undefined;
}

/** Whether a word of the language's number grammar says a figure rose or fell. */
function changeWord(lang: CompiledLanguage, w: string): 'increase' | 'decrease' | undefined {
  const ch = lang.data.numbers.change;
  return ch.increase.includes(w) ? 'increase' : ch.decrease.includes(w) ? 'decrease' : undefined;
}
