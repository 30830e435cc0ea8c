/**
 * Mentions: where a sentence names a concept ("tear gas" → tear_gas) or an entity (a country, an
 * organisation, a person or place name). Every extractor builds its claims from these.
 */
import { conceptDef, fold, isAcronym, placeKey, words, type CompiledLanguage } from '../../lexicon/registry';
import type { ConceptType } from '../../lexicon/types';
import { inhabitantConcepts, settlementConcepts } from '../../lexicon/concepts/security-migration';
import { placeNameLinks, placeNameSaints } from '../../lexicon/places';
import type { Sentence, Token } from '../segment/index';

export type EntityType = 'country' | 'org' | 'person' | 'place' | 'name';

/** A stretch of tokens [first, last] that names something. */
export interface Mention {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ConceptMention extends Mention {
  readonly concepts: readonly string[];
  readonly type: ConceptType;
  /** The particle of a split verb read with it ("fest" of "nahm … fest"), by word index. */
  readonly particle?: number;
}

export interface EntityMention extends Mention {
  readonly type: EntityType;
  /** Folded name ("ana ramirez"), ISO code ("MX") or organisation id ("unhcr"). */
  readonly key: string;
  /** The words of a title stripped before the name ("secretary of state"). */
  readonly title?: string;
  /** A lone capitalised word where all nouns are capitalised: perhaps a name, perhaps a noun. */
  readonly weak?: boolean;
}

export interface SentenceMentions {
  readonly concepts: readonly ConceptMention[];
  readonly entities: readonly EntityMention[];
}

/** Finds concept and entity mentions in a sentence. */
export function findMentions(s: Sentence, lang: CompiledLanguage, names?: ReadonlySet<string>): SentenceMentions {
  const concepts = findConcepts(s, lang);
  const entities = findEntities(s, lang, concepts, names);
  // A verb inside a name of several words is part of the name ("Red Cross", "Pablo Ríos"), where
  // capitals mark names only (German capitalises every noun: "Frankfurter Flughafen").
  const named = lang.data.capitalisesNouns ? [] : entities.filter((e) => e.last > e.first);
  // Verbs, words of a person's or a country's name ("Costa Rica"), and a title the name runs on
  // from ("Migration Minister Karin Wallgren"); "La Guardia Civil de Ceuta" keeps its force, and
  // a name of another kind what it names ("Ministerio de Salud").
  const runsOn = (c: ConceptMention, e: EntityMention) => c.last < e.last && isCapitalised(s.tokens[c.last + 1]!);
  const ofName = (c: ConceptMention, e: EntityMention) => c.type === 'action' || e.type === 'person' || e.type === 'country' || runsOn(c, e);
  const kept = concepts.filter((c) => !named.some((e) => e.first <= c.first && c.last <= e.last && c.last - c.first < e.last - e.first && ofName(c, e)));
  return { concepts: kept, entities };
}

function mention(s: Sentence, first: number, last: number): Mention {
  const start = s.tokens[first]!.start;
  const end = s.tokens[last]!.end;
  return { first, last, start, end, text: s.text.slice(start - s.start, end - s.start) };
}

function stemsOf(t: Token, lang: CompiledLanguage): string[] {
  if (!t.isWord) return [];
  const out = [t.stem, `=${t.lower}`];
  if (t.lemma && t.lemma !== t.lower) out.push(lang.stem(t.lemma), `=${t.lemma}`);
  return out;
}

/** Longest term match at each word, left to right; a compound's head when nothing else fits. */
function findConcepts(s: Sentence, lang: CompiledLanguage): ConceptMention[] {
  const out: ConceptMention[] = [];
  const toks = s.tokens;
  // Particles of split verbs, already read with their verb ("nahm … fest").
  const particles = new Set<number>();
  // Each token's stems, once: term matching looks at most tokens many times.
  const stems = toks.map((t) => stemsOf(t, lang));
  // Every stem of the sentence: a term of several words with a word not among them cannot match.
  const present = new Set(stems.flat());
  let i = 0;
  while (i < toks.length) {
    if (particles.has(i)) {
      i++;
      continue;
    }
    const hit = matchAt(toks, stems, i, lang, present) ?? compoundHead(toks, i, lang);
    if (!hit) {
      i++;
      continue;
    }
    const [last, found, head = last] = hit;
    // A split verb is the verb's own words; what stands between is read on its own ("setzte die
    // Polizei Pfefferspray … ein": the police and the pepper spray are still found).
    if (head < last) particles.add(last);
    let ids = byPartOfSpeech(found, toks[i]!.pos);
    // One word tagged as a verb whose only reading is a person is the verb: "a man suspected of
    // sabotage" (not "border guards", where the tagger may call "border" a verb).
    if (last === i && toks[i]!.pos === 'VERB' && ids.every((id) => conceptDef(id)?.type === 'actor')) ids = [];
    // A gerund after an article describes the noun after it: "a sinking wooden boat" is no act of sinking.
    const gerund = lang.data.grammar.gerundSuffix;
    if (last === i && gerund && (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'ADJ' || toks[i]!.pos === 'NOUN') && toks[i]!.lower.endsWith(gerund) && toks[i - 1]?.pos === 'DET' && (toks[i + 1]?.pos === 'NOUN' || toks[i + 1]?.pos === 'ADJ')) {
      ids = ids.filter((id) => conceptDef(id)?.type !== 'action');
    }
    // A noun of the doer or the tool is no act, where the tables do not write it out: "a
    // container village" holds no containing, as "smugglers" hold no smuggling.
    if (last === i && toks[i]!.pos === 'NOUN' && /ers?$/u.test(toks[i]!.lower) && !isWrittenOut(toks[i]!.lower, lang)) {
      ids = ids.filter((id) => conceptDef(id)?.type !== 'action');
    }
    // Without tags, a capitalised word inside a sentence is a name, not a verb ("Vann" is a
    // surname, "vann" won), in languages that do not capitalise nouns.
    if (toks[i]!.pos === undefined && i > 0 && lang.data.capitalisesNouns !== true && isCapitalised(toks[i]!) && /\p{L}/u.test(toks[i - 1]!.text)) {
      ids = ids.filter((id) => conceptDef(id)?.type !== 'action');
      // Nor is it a word the tables only share a stem with ("Madrid", "madre"): one word written
      // with a capital is a concept only in a form the tables write out ("Policía", "Ejército").
      if (last === i && !isWrittenOut(toks[i]!.lower, lang)) ids = [];
    }
    if (ids.length === 0) {
      i = head + 1;
      continue;
    }
    const type = conceptDef(ids[0]!)?.type ?? 'thing';
    out.push({ ...mention(s, i, head), concepts: ids, type, ...(head < last ? { particle: last } : {}) });
    i = head + 1;
  }
  return out;
}

/** The word, or the word without a plural ending, as a term in the tables writes it. */
function isWrittenOut(lower: string, lang: CompiledLanguage): boolean {
  const w = fold(lower);
  return lang.termWords.has(w) || (w.endsWith('s') && lang.termWords.has(w.slice(0, -1))) || (w.endsWith('es') && lang.termWords.has(w.slice(0, -2)));
}

/** Where a stem names both an act and a thing ("travel": to travel, travellers), the tag decides. */
function byPartOfSpeech(ids: readonly string[], pos: string | undefined): readonly string[] {
  if (pos === 'PROPN') {
    return ids.filter((id) => conceptDef(id)?.type !== 'action');
  }
  if (pos === undefined || ids.length < 2) return ids;
  const verb = pos === 'VERB' || pos === 'AUX';
  const kept = ids.filter((id) => (conceptDef(id)?.type === 'action') === verb);
  return kept.length > 0 ? kept : ids;
}

/** The last word of the term, its concepts, and the last word before any skipped one. */
function matchAt(toks: readonly Token[], stems: readonly (readonly string[])[], i: number, lang: CompiledLanguage, present: ReadonlySet<string>): [number, readonly string[], number] | undefined {
  // Of the terms that fit, the longest, then the one that skips the fewest words: "gav sig av på"
  // is "ge sig av" (set off), not "ge sig på" (attack) with "av" skipped.
  let best: { last: number; skipped: number; length: number; concepts: readonly string[]; head: number; exact: number } | undefined;
  for (const first of stems[i]!) {
    for (const entry of lang.terms.get(first) ?? []) {
      if (!restPresent(entry.stems, present)) continue;
      let j = i;
      let ok = true;
      let skippedAll = 0;
      let head = -1;
      // Particle verbs may be split by their object ("push them back", "tog sig på fredagen igenom").
      // A term that opens with a preposition is no split verb: "on Thursday remanded" is not "on
      // remand" (where tags say so; "se reunió el lunes con" is one).
      const gap = entry.gap && toks[i]!.pos !== 'ADP' ? (lang.data.grammar.particleGap ?? MAX_GAP) : 0;
      for (let k = 1; k < entry.stems.length; k++) {
        j++;
        while (j < toks.length && !toks[j]!.isWord && /^[-‐]$/u.test(toks[j]!.text)) j++;
        let skipped = 0;
        while (j < toks.length && skipped < gap && toks[j]!.isWord && !stems[j]!.includes(entry.stems[k]!)) {
          j++;
          skipped++;
        }
        if (skipped > 0 && head < 0) head = j - skipped - 1;
        skippedAll += skipped;
        if (j >= toks.length || !stems[j]!.includes(entry.stems[k]!)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // A particle that opens a noun phrase is a preposition: "closed the centre in Los Planes"
      // is no closing in (where tags say so).
      if (skippedAll > 0 && NOUN_PHRASE_START.has(toks[j + 1]?.pos ?? '')) continue;
      // Nor where the particle opens a thing's name: "found 38 workers without valid work permits"
      // is no finding of work.
      if (skippedAll > 0 && opensThing(toks, stems, j, lang, present)) continue;
      // "Police cordoned off" is not the thing "police cordon": a phrase naming a thing does not end in a verb.
      // A gerund may end one ("border crossing").
      const gerund = lang.data.grammar.gerundSuffix;
      // Nor a plural a tagger took for a verb ("valid work permits during").
      const plural = lang.data.grammar.pluralSuffix !== undefined && toks[j]!.lower.endsWith(lang.data.grammar.pluralSuffix);
      if (entry.stems.length > 1 && toks[j]!.pos === 'VERB' && !plural && !(gerund && toks[j]!.lower.endsWith(gerund)) && entry.concepts.every((id) => conceptDef(id)?.type !== 'action')) continue;
      // Then the one whose first word is written as in the text: "=traffickers" before the stem of
      // "trafficking" (not the lemma's: "convicted" is not "=convict", a prisoner).
      const exact = entry.stems[0] === `=${toks[i]!.lower}` ? 1 : 0;
      if (!best || entry.stems.length > best.length || (entry.stems.length === best.length && (skippedAll < best.skipped || (skippedAll === best.skipped && exact > best.exact)))) {
        best = { last: j, skipped: skippedAll, length: entry.stems.length, concepts: entry.concepts, head: head < 0 ? j : head, exact };
      }
    }
  }
  return best ? [best.last, best.concepts, best.head] : undefined;
}

/** Whether every word of a term after its first is among the sentence's stems. */
function restPresent(termStems: readonly string[], present: ReadonlySet<string>): boolean {
  for (let k = 1; k < termStems.length; k++) if (!present.has(termStems[k]!)) return false;
  return true;
}

/** Whether a term of more than one word for a thing, not an act, begins at `j`. */
function opensThing(toks: readonly Token[], stems: readonly (readonly string[])[], j: number, lang: CompiledLanguage, present: ReadonlySet<string>): boolean {
  const hit = matchAt(toks, stems, j, lang, present);
  return hit !== undefined && hit[0] > j && hit[1].every((id) => conceptDef(id)?.type !== 'action');
}

/**
 * "kravallpolisen" → its longest known tail ("polis"), for languages that write compounds; or,
 * for a compound a figure counts ("11.000 Grippefälle", not a town's name or "fredagsmorgonen"),
 * the meaning of its first part when no tail is known.
 */
function compoundHead(toks: readonly Token[], i: number, lang: CompiledLanguage): [number, readonly string[]] | undefined {
  const t = toks[i]!;
  if (!lang.data.compounds || !t.isWord || t.lower.length < 7) return undefined;
  // Where nouns are capitalised, a compound noun is: "vergangenen" holds no gang.
  if (lang.data.capitalisesNouns && !isCapitalised(t)) return undefined;
  let known = compoundHeads.get(lang);
  if (!known) compoundHeads.set(lang, (known = new Map()));
  let parts = known.get(t.lower);
  if (parts === undefined) {
    parts = compoundParts(t.lower, lang);
    // Within bounds: start again when full.
    if (known.size >= 50_000) known.clear();
    known.set(t.lower, parts);
  }
  if (parts.head) return [i, parts.head];
  if (!parts.modifier) return undefined;
  // Only where it is what a figure counts: "fredagsmorgonen" holds no peace ("fredlig").
  const prev = toks[i - 1];
  return prev !== undefined && /^\p{N}/u.test(prev.text) ? [i, parts.modifier] : undefined;
}

/** Each language's compound words read so far → the concepts of their head, or else of their first part. */
const compoundHeads = new WeakMap<CompiledLanguage, Map<string, CompoundParts>>();

interface CompoundParts {
  readonly head?: readonly string[];
  readonly modifier?: readonly string[];
}

export function compoundParts(lower: string, lang: CompiledLanguage): CompoundParts {
  // A country is not a compound ("Österreich" is not a kind of "reich").
  if (lang.countries.has(fold(lower))) return {};
  // The head must be long enough to mean something on its own ("polis", "staden"; not "berg" in "Halberg").
  for (let k = 2; k <= lower.length - MIN_HEAD; k++) {
    // A two-letter first part ("el" in "elpriset") only before a long head.
    if (k === 2 && lower.length - k < LONG_HEAD) continue;
    const ids = lang.singleStems.get(lang.stem(lower.slice(k)));
    if (!ids) continue;
    // "försökte" is "för" + "sökte" but not a kind of seeking: a verb prefix makes a new verb.
    if (lang.verbPrefixes.has(lower.slice(0, k)) && ids.every((id) => conceptDef(id)?.type === 'action')) return {};
    return { head: ids };
  }
  // The longest first part with a meaning, with or without the letter that joins the parts
  // ("Migrationsverket", "Grenzschutz"); not an act ("Arbeitslosen" is no kind of work).
  for (let k = lower.length - MIN_TAIL; k >= MIN_MODIFIER; k--) {
    const ids = lang.singleStems.get(lang.stem(lower.slice(0, k))) ?? (LINKS.has(lower[k - 1]!) ? lang.singleStems.get(lang.stem(lower.slice(0, k - 1))) : undefined);
    if (ids && ids.every((id) => conceptDef(id)?.type !== 'action')) return { modifier: ids };
  }
  return {};
}

/** The shortest first part of a compound that is read for its meaning, and the shortest rest. */
const MIN_MODIFIER = 5;
const MIN_TAIL = 4;
/** Letters that join the parts of a compound. */
const LINKS = new Set(['s', 'e', 'n']);

/** The shortest compound head that counts as the compound's concept. */
const MIN_HEAD = 5;
/** The shortest head after a two-letter first part. */
const LONG_HEAD = 6;

/** Tags that open a noun phrase. */
const NOUN_PHRASE_START = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/** Words that may stand inside a particle verb, unless the language's grammar says otherwise. */
const MAX_GAP = 2;

const CONNECTORS = new Set(['de', 'del', 'la', 'of', 'for', 'van', 'von', 'der', 'du', 'des', 'da', 'al']);

const isCapitalised = (t: Token): boolean => t.isWord && upperInitial(t.text);

/**
 * "Harriet Quennell, a spokeswoman for …, said": where a comma stands right before token `v`, the
 * comma that opens the description before it, or -1. A description opens with a word in lower
 * case ("a spokeswoman for", "som gjort …") or where `describes` says so; a name that opens it
 * is itself the one described ("The mayor of Reiherwerda, Jörg Malzahn, told"). The search stays
 * after `floor`.
 */
export function appositionOpening(toks: readonly Token[], v: number, floor: number, describes: (k: number) => boolean = () => false): number {
  if (toks[v - 1]?.text !== ',') return -1;
  for (let c = v - 2; c > floor; c--) {
    if (toks[c]!.text !== ',') continue;
    const next = toks[c + 1];
    return next?.isWord && (!upperInitial(next.text) || describes(c + 1)) ? c : -1;
  }
  return -1;
}

/** Whether a word starts with an upper-case letter; ASCII without a regular expression. */
export function upperInitial(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * A hyphen with no space around it between two capitalised words joins one name when the tables
 * know the whole as a place ("Mexiko-Stadt") or a country ("Sri-Lankais"), or where nouns are capitalised and compounds are
 * written with hyphens ("Robert Koch-Institut", "Baden-Württemberg"); elsewhere two names joined
 * by a hyphen are two ("Trump-Putin summit", "Paris-Berlin train"), and so are two countries.
 */
function hyphenJoins(toks: readonly Token[], j: number, lang: CompiledLanguage): boolean {
  const [left, right] = [toks[j]!, toks[j + 2]];
  if (!hyphenated(toks, j) || !right || !isCapitalised(right)) return false;
  // A saint's name opens a place's that runs on with a joining word: "Sainte-Armelle-sur-Canche".
  if (SAINTS.has(left.lower) && hyphenLinked(toks, j + 2)) return true;
  if (placeKey(fold(`${left.text}-${right.text}`))) return true;
  // A country or demonym written with a hyphen: "Sri-Lankais", "Guinea-Bissau".
  if (countryOf(`${left.text}-${right.text}`, lang) !== undefined) return true;
  return lang.data.capitalisesNouns === true && !countryOf(left.text, lang) && !countryOf(right.text, lang);
}

const SAINTS = new Set(placeNameSaints);
const HYPHEN_LINKS = new Set(placeNameLinks);

/** A capitalised word, a hyphen, a joining word, a hyphen and a capitalised word, from token `j`. */
function hyphenLinked(toks: readonly Token[], j: number): boolean {
  const link = toks[j + 2];
  return hyphenated(toks, j) && link !== undefined && HYPHEN_LINKS.has(link.lower) && hyphenated(toks, j + 2) && isCapitalised(toks[j + 4]!);
}

/** Two words joined by a hyphen with no space ("first-time", "Baden-Württemberg"), from token `k`. */
export function hyphenated(toks: readonly Token[], k: number): boolean {
  const [a, dash, b] = [toks[k], toks[k + 1], toks[k + 2]];
  return a !== undefined && dash !== undefined && b !== undefined && a.isWord && b.isWord && /^[-‐]$/u.test(dash.text) && dash.start === a.end && b.start === dash.end;
}

/** Capitalised words that stand inside sentences somewhere in the text: names, not openers. */
export function namesInside(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    let seenWord = false;
    for (const t of s.tokens) {
      if (!t.isWord) continue;
      if (seenWord && isCapitalised(t)) out.add(t.text);
      seenWord = true;
    }
  }
  return out;
}

/** "Kavanaughs" where the document also names "Kavanaugh", in a language whose names take a genitive ending. */
function isGenitiveName(t: Token, lang: CompiledLanguage, names?: ReadonlySet<string>): boolean {
  const ending = lang.data.grammar.nameGenitiveSuffix;
  return ending !== undefined && t.text.length > ending.length + 1 && t.text.endsWith(ending) && names?.has(t.text.slice(0, -ending.length)) === true;
}

/**
 * "Ystads hamn", "Malmös polis": where only names are capitalised, a name with the genitive ending
 * right before a noun the tables know is in the genitive, unless it is a place under that very
 * spelling ("Paris polis").
 */
function genitiveBeforeNoun(s: Sentence, lang: CompiledLanguage, concepts: readonly ConceptMention[], last: number, folded: string): boolean {
  const ending = lang.data.grammar.nameGenitiveSuffix;
  if (!ending || lang.data.capitalisesNouns || !folded.endsWith(ending) || folded.length < ending.length + 3 || placeKey(folded)) return false;
  const next = s.tokens[last + 1];
  if (!next?.isWord || isCapitalised(next)) return false;
  return concepts.some((c) => c.first === last + 1 && c.type !== 'action' && c.type !== 'quality');
}

/**
 * The place a town adjective names, by the grammar's `townAdjectiveEndings`: one the tables know
 * ("Münchner" → munich) or one the document names ("Düsseldorfer" where it also writes
 * "Düsseldorf").
 */
function townAdjective(t: Token, lang: CompiledLanguage, names?: ReadonlySet<string>): string | undefined {
  if (t.text.length < 6 || !upperInitial(t.text)) return undefined;
  const lower = t.text.toLowerCase();
  const written = (lang.data.grammar.townAdjectiveEndings ?? []).filter(([end]) => lower.endsWith(end)).map(([end, name]) => `${t.text.slice(0, -end.length)}${name}`);
  for (const c of written) {
    const key = placeKey(fold(c));
    if (key) return key;
  }
  const named = written.find((c) => names?.has(c));
  return named === undefined ? undefined : fold(named);
}

/** Capitalised runs of words, split into countries, organisations, people and places. */
function findEntities(s: Sentence, lang: CompiledLanguage, concepts: readonly ConceptMention[], names?: ReadonlySet<string>): EntityMention[] {
  const toks = s.tokens;
  const out: EntityMention[] = [];
  const firstWord = toks.findIndex((t) => t.isWord);
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!)) {
      const iso = toks[i]!.isWord ? lang.lowerDemonyms.get(toks[i]!.lower) : undefined;
      // A demonym written in lower case names its country: "610 hondureños", "ressortissants géorgiens".
      if (iso && !concepts.some((c) => c.first <= i && c.last >= i)) out.push({ ...mention(s, i, i), type: 'country', key: iso });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      // Where nouns are capitalised, a name in the genitive ends its run: "Kavanaughs Nominierung".
      if (lang.data.capitalisesNouns && isGenitiveName(toks[j]!, lang, names)) break;
      const next = toks[j + 1]!;
      if (isCapitalised(next)) j++;
      else if (CONNECTORS.has(next.lower) && j + 2 < toks.length && isCapitalised(toks[j + 2]!)) j += 2;
      else if (hyphenJoins(toks, j, lang)) j += 2;
      else if (hyphenLinked(toks, j)) j += 4;
      else break;
    }
    classifyRun(s, lang, i, j, i === firstWord, concepts, out, names);
    i = j + 1;
  }
  return out;
}

function classifyRun(
  s: Sentence,
  lang: CompiledLanguage,
  first: number,
  last: number,
  atStart: boolean,
  concepts: readonly ConceptMention[],
  out: EntityMention[],
  names?: ReadonlySet<string>,
): void {
  const toks = s.tokens;
  let i = first;
  // A sentence's first word is capitalised anyway: drop it when it is an ordinary word, or, in
  // languages without part-of-speech tags, when the document never capitalises it elsewhere.
  // Not when the whole run is a country, body or place the tables know ("Costa Rica cerró …").
  const known = (): boolean => {
    const run = s.text.slice(toks[first]!.start - s.start, toks[last]!.end - s.start);
    return last > first && (countryOf(run, lang) !== undefined || orgOf(run, lang) !== undefined || placeKey(fold(run)) !== undefined);
  };
  // So is a word the tables know on its own ("Residents of Lindenschlag formed …").
  const term = concepts.some((c) => c.first === i && c.last === i && c.type !== 'action');
  if (atStart && (isOrdinaryWord(toks[i]!, lang) || term || (toks[i]!.pos === undefined && names !== undefined && !names.has(toks[i]!.text) && !countryOf(toks[i]!.text, lang) && !orgOf(toks[i]!.text, lang))) && !known()) {
    i++;
    while (i <= last && !isCapitalised(toks[i]!)) i++;
  }
  // Leading demonyms and country names become country mentions ("Mexican Federal Police"), and a
  // leading acronym of an organisation before a name, an organisation ("ACNUR Claire Benton").
  if (i > last) return;
  const wholeRun = s.text.slice(toks[i]!.start - s.start, toks[last]!.end - s.start);
  const runIsOrg = orgOf(wholeRun, lang) !== undefined;
  // A place the tables know by a name that holds a country's ("Mexiko-Stadt", "Mexico City").
  const runPlace = last > i ? placeKey(fold(wholeRun)) : undefined;
  if (runPlace) return void out.push({ ...mention(s, i, last), type: 'place', key: runPlace });
  while (i <= last) {
    const iso = countryOf(toks[i]!.text, lang);
    const org = iso || runIsOrg || i === last || !isAcronym(toks[i]!.text) ? undefined : lang.organizations.get(toks[i]!.text);
    if (!iso && !org) break;
    out.push(iso ? { ...mention(s, i, i), type: 'country', key: iso } : { ...mention(s, i, i), type: 'org', key: org! });
    i++;
  }
  if (i > last) return;
  // Where adjectives are written in lower case, a capitalised one before a noun with a town
  // adjective's ending is a town's: "Münchner Flughafen" (Munich), "Düsseldorfer Polizei".
  const town = i < last && !isWrittenOut(toks[i]!.lower, lang) ? townAdjective(toks[i]!, lang, names) : undefined;
  if (town) {
    out.push({ ...mention(s, i, i), type: 'place', key: town });
    return classifyRun(s, lang, i + 1, last, false, concepts, out, names);
  }
  // An organisation the tables know, written right before a name: "el Departamento de Estado
  // Caroline Ellsworth", "Statistics Sweden Director Anna Berg".
  if (!runIsOrg) {
    for (let k = last - 1; k > i; k--) {
      const prefix = mention(s, i, k);
      const key = orgOf(prefix.text, lang);
      if (key) {
        out.push({ ...prefix, type: 'org', key });
        return classifyRun(s, lang, k + 1, last, false, concepts, out, names);
      }
    }
  }
  // Where every noun is capitalised, a place the tables know runs on into the noun after it:
  // "in Nordrhein-Westfalen und Niedersachsen Wohnungen" (homes in Lower Saxony).
  if (lang.data.capitalisesNouns && i < last && concepts.some((c) => c.first === last && c.last === last)) {
    const head = mention(s, i, last - 1);
    const key = placeKey(fold(head.text));
    if (key) {
      out.push({ ...head, type: 'place', key });
      return classifyRun(s, lang, last, last, false, concepts, out, names);
    }
  }
  const m = mention(s, i, last);
  const whole = countryOf(m.text, lang);
  if (whole) return void out.push({ ...m, type: 'country', key: whole });
  const org = orgOf(m.text, lang);
  if (org) return void out.push({ ...m, type: 'org', key: org });
  // A run that is only a concept term in capitals ("Federal Police") is that concept, not a name.
  const covered = concepts.some((c) => c.first <= i && c.last >= last);
  if (covered && !isAcronym(m.text)) return;
  let title = titleBefore(s, lang, i, last);
  let nameFirst = title ? title.next : i;
  // "die Leiterin des Amtes": after a role, a genitive names the body it serves, not a person.
  if (title && nameFirst <= last && CONNECTORS.has(toks[nameFirst]!.text)) {
    title = undefined;
    nameFirst++;
    if (concepts.some((c) => c.first <= nameFirst && c.last >= last)) return;
  }
  if (nameFirst > last) return;
  // Where every noun is capitalised, a lone capitalised word the tables do not know may be a noun
  // or a name: keep it, but only as a name of unknown kind unless a preposition or title says more.
  if (lang.data.capitalisesNouns && nameFirst === last && !title && lang.stopwords.has(toks[nameFirst]!.lower)) return;
  const name = mention(s, nameFirst, last);
  if (name.text.length < 2 || toks.slice(nameFirst, last + 1).every((t) => lang.stopwords.has(t.lower))) return;
  let folded = fold(name.text).replace(/[’']s$/u, '');
  // A name in the genitive where the document also names it bare ("Kavanaughs Nominierung",
  // "Kavanaugh"): one name.
  if (isGenitiveName(toks[last]!, lang, names) || genitiveBeforeNoun(s, lang, concepts, last, folded)) folded = folded.slice(0, -lang.data.grammar.nameGenitiveSuffix!.length);
  // A place the tables know by its names in several languages is a place, under one key (a
  // genitive "Göteborgs" too, by the grammar's genitive ending); not the end of a hyphenated name
  // ("Grande-Bretagne" is not Brittany).
  const hyphenated = /^[-‐]$/u.test(toks[nameFirst - 1]?.text ?? '');
  const genitive = lang.data.grammar.genitiveSuffix;
  const place = title || hyphenated ? undefined : (placeKey(folded) ?? (genitive && folded.endsWith(genitive) ? placeKey(folded.slice(0, -genitive.length)) : undefined));
  // A lone plain capitalised word ("Woche"), not a code or an acronym ("A7", "IOM").
  const weak = lang.data.capitalisesNouns === true && nameFirst === last && !title && !place && /^\p{Lu}\p{Ll}+$/u.test(name.text);
  let type = place ? 'place' : afterPlaceNoun(s, lang, concepts, nameFirst) ? 'place' : kindOfName(s, lang, nameFirst, last, title !== undefined || describedAfter(s, lang, concepts, last));
  // A lone capitalised word that starts with a known kind of actor is a noun, whatever the
  // preposition before it says: "Nach Polizeiangaben" is "according to police figures", not a
  // journey to a town (towns are made of words too: "Steinfurtbach", "Neustadt").
  if (weak && type === 'place' && lang.data.compounds) {
    const parts = compoundParts(toks[nameFirst]!.lower, lang);
    if (!parts.head && parts.modifier?.some((id) => conceptDef(id)?.type === 'actor')) type = 'name';
  }
  out.push({ ...name, type, key: place ?? folded, ...(title ? { title: title.text } : {}), ...(weak && type !== 'person' ? { weak: true } : {}) });
}

function isOrdinaryWord(t: Token, lang: CompiledLanguage): boolean {
  if (lang.stopwords.has(t.lower) || isNumberWord(t.lower, lang)) return true;
  if (t.pos !== undefined) return t.pos !== 'PROPN';
  return lang.terms.has(t.stem);
}

/** "Hundreds", "Tausende", "Two": amounts, not names, even when capitalised. */
function isNumberWord(w: string, lang: CompiledLanguage): boolean {
  const n = lang.data.numbers;
  return w in n.words || w in n.multipliers || n.vague.some((v) => v.phrase.split(' ')[0] === w);
}

/** The organisation a name stands for: acronyms as written ("ACNUR"), names folded ("Migrationsverket"). */
const orgOf = (text: string, lang: CompiledLanguage): string | undefined => lang.organizations.get(text) ?? lang.organizations.get(fold(text));

/** An ISO code for a country name or demonym, allowing a genitive ("Mexikos", "USA:s", "Mexico's"). */
export function countryOf(text: string, lang: CompiledLanguage): string | undefined {
  const f = fold(text);
  // A name in capitals is an acronym: "DANE" (Colombia's statistics agency) is not a Dane.
  if (isAcronym(text) && text.length > 2 && !lang.countryAcronyms.has(f.replace(/(?::s|[’']s)$/u, ''))) return undefined;
  const direct = lang.countries.get(f);
  if (direct) return direct;
  const bare = f.replace(/(?::s|[’']s|[’'])$/u, '');
  if (bare !== f) return lang.countries.get(bare);
  return f.endsWith('s') ? lang.countries.get(f.slice(0, -1)) : undefined;
}

/** The longest title ending right before the name starts inside the run ("Secretary of State"). */
function titleBefore(s: Sentence, lang: CompiledLanguage, first: number, last: number): { next: number; text: string } | undefined {
  let best: { next: number; text: string } | undefined;
  const toks = s.tokens;
  // Titles are a few words long ("secretary of state"): a long run of capitals is not read whole.
  const end = Math.min(last, first + lang.titleWords);
  let text = '';
  for (let j = first; j < end; j++) {
    text = j === first ? toks[j]!.lower : `${text} ${toks[j]!.lower}`;
    if (lang.titles.has(text) || lang.titles.has(words(text).join(' '))) best = { next: j + 1, text: s.text.slice(toks[first]!.start - s.start, toks[j]!.end - s.start) };
  }
  return best;
}

/** "the port town of Puerto Lavera", "staden Hallbro": a name right after a place noun. */
function afterPlaceNoun(s: Sentence, lang: CompiledLanguage, concepts: readonly ConceptMention[], first: number): boolean {
  let k = first - 1;
  if (k >= 0 && lang.data.grammar.placeNounLinks?.includes(s.tokens[k]!.lower)) k--;
  return k >= 0 && concepts.some((c) => c.last === k && c.concepts.some((id) => settlementConcepts.includes(id) || (k < first - 1 && inhabitantConcepts.includes(id))));
}

/**
 * A name a comma and a kind of person follow is a person's: "a Ramón Ochoa, dirigente de la
 * comunidad", "Jaakko Rintavaara, a Finnish businessman" (not "en Lima", a preposition's place).
 */
function describedAfter(s: Sentence, lang: CompiledLanguage, concepts: readonly ConceptMention[], last: number): boolean {
  if (s.tokens[last + 1]?.text !== ',') return false;
  let k = last + 2;
  while (k < s.tokens.length && k <= last + 4 && !lang.coordinators.has(s.tokens[k]!.lower) && (lang.stopwords.has(s.tokens[k]!.lower) || countryOf(s.tokens[k]!.text, lang) !== undefined)) k++;
  return concepts.some((c) => c.first === k && c.type === 'actor');
}

/** Person, place or a name of unknown kind, from the words around it. */
function kindOfName(s: Sentence, lang: CompiledLanguage, first: number, last: number, titled: boolean): EntityType {
  if (titled) return 'person';
  const toks = s.tokens;
  const before = toks[first - 1];
  const after = toks[last + 1];
  const after2 = toks[last + 2];
  if ((before && lang.speechVerbs.has(before.lower)) || (after && lang.speechVerbs.has(after.lower))) return 'person';
  // "la consejera de Bienestar Social": the name after an office's title names its field, not a
  // place ("el alcalde de Rabenfels" is of a town).
  const title = toks[first - 2];
  const field = title !== undefined && (lang.data.grammar.fieldTitles ?? []).includes(title.lower);
  if (before && lang.placePrepositions.has(before.lower) && !field) return 'place';
  if (after?.text === ',' && after2 && countryOf(after2.text, lang)) return 'place';
  const locative = lang.data.grammar.locativePrepositions;
  if (after && (locative ? locative.includes(after.lower) : lang.placePrepositions.has(after.lower)) && after2 && countryOf(after2.text, lang)) return 'place';
  return 'name';
}
