/**
 * Event claims: who did what to whom, with what. Built around each action the lexicon knows in a
 * sentence: the nearest actor before it is the agent (or the one after "by" in a passive), the
 * nearest after it the patient, instruments in its clause, negation and modality around it.
 */
import { forceGroups, securityForces } from '../../lexicon/concepts/security-migration';
import { ancestry, conceptDef, fold, type CompiledLanguage } from '../../lexicon/registry';
import type { EventClaim, Modality, Participant } from '../../types';
import type { Sentence } from '../segment/index';
import type { DocContext } from './context';
import { appositionOpening, upperInitial, type ConceptMention, type EntityMention, type SentenceMentions } from './mentions';
import { entityKey, type ClaimBaseBuilder } from './shared';

/** A participant before its span is resolved into line and column. */
interface Slot {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly concept: string;
}

const NEGATION_WINDOW = 2;
const SPEECH_ACT = 'act_say';
const FORCE_ACT = 'act_use_force';
const REFUSE_ACT = 'act_reject';
const FORCE_GROUPS = new Set(forceGroups);
const PLACE_WINDOW = 8;
const LONG_PLACE_WINDOW = 14;
const PATIENT_WINDOW = 10;
const OBJECT_WINDOW = 3;
const MODALITY_WINDOW = 8;
/** How many tokens before an act a denial governs it from. */
const DENIAL_WINDOW = 12;
/** How many tokens before an act a denial that opens a "that" clause governs it from. */
const CLAUSE_DENIAL_WINDOW = 30;

/** A "that" within a few words after token `k`, a comma allowed ("bestritt am Montag, dass …"). */
function opensClause(s: Sentence, lang: CompiledLanguage, k: number): boolean {
  const that = lang.data.grammar.complementizers ?? [];
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 1 + THAT_REACH); j++) {
    if (that.includes(s.tokens[j]!.lower)) return true;
    if (!s.tokens[j]!.isWord && s.tokens[j]!.text !== ',') return false;
  }
  return false;
}

/** Words between a verb of denying and the "that" of its clause. */
const THAT_REACH = 5;
const ACTOR_ENTITIES = new Set(['person', 'org', 'country', 'name']);
const ACTOR_CONCEPTS = new Set(['actor', 'org']);

export function extractEvents(ctx: DocContext, base: ClaimBaseBuilder): EventClaim[] {
  const out: EventClaim[] = [];
  ctx.seg.sentences.forEach((s, i) => {
    const lang = ctx.langOf(s);
    if (!lang) return;
    const m = ctx.mentions[i]!;
    // Speech verbs attribute claims; they are not events of their own, unless a particle or a
    // longer term makes them another act ("sagte … zu": promised; "declared a state of emergency").
    const actions = m.concepts.filter((c) => c.type === 'action' && isVerbLike(s, c) && !c.concepts.includes(SPEECH_ACT) && (c.particle !== undefined || c.last > c.first || !lang.speechVerbs.has(s.tokens[c.first]!.lower)));
    const mine: EventClaim[] = [];
    // "approved plans for a reception centre", "hat die Pläne … abgelehnt": a plan, an offer or an
    // application judged is what the judging act acts on, not a claim of its own.
    const judged = new Map<ConceptMention, ConceptMention>();
    const objects = new Set<ConceptMention>();
    for (const a of actions) {
      const chain = judgedObject(s, lang, m, a);
      if (chain.length === 0) continue;
      judged.set(a, chain.at(-1)!);
      for (const c of chain) objects.add(c);
    }
    // The acts judged are no claims of their own, but still end the judging act's clause (its
    // instruments and places are its object's: "granted conditional release … to the skipper of
    // the fishing boat").
    actions.forEach((a, k) => {
      if (objects.has(a) && !judged.has(a)) return;
      for (const claim of eventsFor(ctx, base, s, i, m, lang, a, actions[k - 1], actions[k + 1], judged.get(a))) mine.push(claim);
    });
    // "Smoke canisters erupted as police pushed": force instruments no known verb governs still
    // say force was used, by the security forces the sentence names.
    const governed = new Set(mine.flatMap((c) => c.instruments.map((x) => x.span.start.offset)));
    for (const ins of m.concepts) {
      if (ins.type !== 'instrument' || governed.has(ins.start) || !isForce(ins)) continue;
      const implied: ConceptMention = { ...ins, concepts: [FORCE_ACT], type: 'action' };
      for (const claim of eventsFor(ctx, base, s, i, m, lang, implied, undefined, undefined)) mine.push(claim);
    }
    for (const c of mine) out.push(c);
  });
  return out;
}

/** A relative pronoun between two tokens: "ungdomar som samlats", "migrants who were blocking". */
function relativeBetween(s: Sentence, lang: CompiledLanguage, from: number, to: number): boolean {
  const relatives = lang.data.grammar.relativePronouns ?? [];
  for (let k = from + 1; k < to; k++) if (relatives.includes(s.tokens[k]!.lower)) return true;
  return false;
}

/** Tokens an apposition between a doer and the verb may span. */
const APPOSITION_SPAN = 25;

/** "Tobias Feldkamp, the mayor of Rabenfels, stepped down": the person the description is of acts. */
function appositionHead(s: Sentence, actors: readonly ActorSlot[], a: ConceptMention, lo: number): ActorSlot | undefined {
  const c = appositionOpening(s.tokens, a.first, Math.max(lo, a.first - APPOSITION_SPAN));
  const head = c > 0 ? actors.find((x) => x.last === c - 1) : undefined;
  return head?.entity && (head.entity.type === 'person' || head.entity.type === 'name') ? head : undefined;
}

/** Instruments of force: those in a group of alternatives (crowd-control agents, projectiles, arms). */
function isForce(c: ConceptMention): boolean {
  return c.concepts.some((id) => FORCE_GROUPS.has(conceptDef(id)?.group ?? ''));
}

/** In English, wink's part of speech tells "police threw" from "the throw"; nouns of acts count too. */
function isVerbLike(s: Sentence, a: ConceptMention): boolean {
  const pos = s.tokens[a.first]!.pos;
  return pos === undefined || pos === 'VERB' || pos === 'AUX' || pos === 'NOUN' || pos === 'ADJ';
}

function eventsFor(
  ctx: DocContext,
  base: ClaimBaseBuilder,
  s: Sentence,
  i: number,
  m: SentenceMentions,
  lang: CompiledLanguage,
  a: ConceptMention,
  prev: ConceptMention | undefined,
  next: ConceptMention | undefined,
  judgedAct?: ConceptMention,
): EventClaim[] {
  const actors = actorSlots(s, lang, m);
  const lo = prev ? prev.last : -1;
  const hi = clauseEnd(s, lang, a, next ? next.first : s.tokens.length);
  const passive = isPassive(s, lang, a);
  const byAgent = passive ? passiveAgent(s, lang, a, actors.filter((x) => !isModifier(s, lang, x, actors)), hi) : undefined;
  // A country after a preposition ("migrants from Honduras") modifies a noun; it is not the subject.
  const candidate = (x: ActorSlot) => !isModifier(s, lang, x, actors);
  // "police rushed forward to stop them": a verb after an infinitive marker shares the subject
  // of the verb before it, however far back that subject stands.
  const reach = prev && controlled(s, lang, prev, a) ? prev.first - 10 : lo - 6;
  // A pronoun between ("a young man shouted as they tried to storm") is the subject itself.
  const pronoun = pronounBefore(s, lang, prev && reach !== lo - 6 ? prev.first : a.first);
  // A verb-second main clause after a fronted clause ("Während die Polizei …, warfen
  // Demonstranten Steine") has its subject after the verb, never before the comma.
  const opener = s.tokens.find((t) => t.isWord);
  // So has one after a fronted phrase a preposition opens: "Gegen Demonstranten, die das Tor …
  // blockieren wollten, setzte die Polizei Pfefferspray ein".
  // Only when every act before the comma is inside that clause or a clause set off in the phrase
  // by a comma ("Gegen Demonstranten, die …"); after "nahm die Polizei … fest, durchsuchte" the
  // second verb shares the first one's subject.
  const openerAt = opener ? s.tokens.indexOf(opener) : -1;
  const inner = opener !== undefined && lang.clauseOpeners.has(opener.lower) ? openerAt : s.tokens.findIndex((t, k) => k > openerAt && k < a.first && t.text === ',');
  const fronted =
    opener !== undefined &&
    (lang.clauseOpeners.has(opener.lower) || (lang.data.grammar.prepositions ?? []).includes(opener.lower)) &&
    !m.concepts.some((x) => x.type === 'action' && x.last < a.first - 1 && (inner < 0 || x.first < inner));
  const afterClause = lang.data.verbSecond === true && s.tokens[a.first - 1]?.text === ',' && fronted;
  const before = afterClause
    ? undefined
    : (relativeAntecedent(s, lang, m, actors, a, prev) ?? appositionHead(s, actors, a, lo) ?? subjectBefore(s, actors.filter((x) => x.last < a.first && x.first > reach && x.first > pronoun && candidate(x) && !afterPreposition(s, lang, x)), a.first));
  // The patient may stand past the instruments: "threw tear gas and smoke canisters at the crowd".
  // Not past a speech verb: ", betonte ein Sprecher" names who said it.
  const said = speechAfter(s, lang, a, hi);
  const afterAll = actors.filter((x) => x.first > a.last && x.first < said && x.first - a.last <= PATIENT_WINDOW && candidate(x));
  // Verb-second languages put the subject after the verb when the sentence opens with something
  // else: "Enligt vittnen sköt polisen skarpa skott mot demonstranterna".
  // Only a finite verb inverts: after "att" the noun that follows is the object ("att stoppa migranterna").
  const infinitive = lang.infinitiveMarkers.has(s.tokens[a.first - 1]?.lower ?? '');
  const inverted = !passive && !before && !infinitive && pronoun < 0 && lang.data.verbSecond === true && afterAll.length > 0;
  // A participle at the end of its clause after an auxiliary ("Die Bundespolizei hat … keine
  // Asylsuchenden zurückgewiesen"): the subject stands before the auxiliary, the object after it.
  const verbLo = pastNounActs(s, lang, m, lo);
  const aux = passive ? -1 : finalParticiple(s, lang, a, verbLo);
  const split = aux >= 0 ? splitRoles(s, lang, actors.filter(candidate), aux, verbLo, a) : undefined;
  // "the arrest of a lorry driver", "gripandet av lastbilschauffören": whom an act named by a noun
  // was done to follows it; who did it is not there.
  // Only where the doer would else be read after the verb (verb-second languages) does it matter.
  const ofWhom = inverted && !split ? nounObject(s, lang, a, afterAll) : undefined;
  const agent = passive ? byAgent : split ? split.agent : inverted && !ofWhom ? afterAll[0] : before;
  // With no person or body after an active verb, the thing it acts on ("raised interest rates").
  const actorPatient = passive ? before : split ? split.patient : ofWhom ?? (inverted ? afterAll[1] : afterAll[0]);
  // What was judged is what the act acts on; a person or body named after it is its own ("das
  // neue Lohnangebot der Geschäftsführung"), and so is one before it ("the union's latest pay demand").
  const judgedSlot = judgedAct ? slot(judgedAct, judgedAct.concepts[0]!) : undefined;
  const patient = judgedSlot && !passive ? judgedSlot : actorPatient;
  // Judging a plan or an offer is the act's reading where the word has others ("zurückgewiesen": turned back, rejected).
  const act = (judgedSlot ? a.concepts.find((c) => JUDGING_ACTS.has(c)) : undefined) ?? a.concepts[0]!;
  // With no person or body after an active verb, the thing it acts on ("raised interest rates")
  // still makes a claim of it and belongs to its span and concepts.
  // A passive's subject that is a thing or a kind of place is what it acts on: "The border was
  // closed", "Gränsen stängdes", "Die Grenze wurde … geschlossen".
  const object = patient ? undefined : ((passive ? subjectThing(s, lang, m, a, lo) : undefined) ?? objectAfter(m, a, hi));
  // A place a sentence opens with belongs to its first act: "In Wehrstetten ist am Freitag die
  // Altstadt evakuiert worden".
  const opening = prev ? undefined : m.entities.find((e) => e.type === 'place' && e.first > 0 && e.last < a.first && lang.placePrepositions.has(s.tokens[e.first - 1]!.lower) && !s.tokens.slice(0, e.first - 1).some((t) => t.isWord && !lang.stopwords.has(t.lower)));
  const placeEntity = m.entities.find((e) => e.type === 'place' && e.first > a.last && e.first < hi && placeReach(s, lang, a, e.first)) ?? opening;
  const place = placeEntity ? slot(placeEntity, entityKey('place', placeEntity.key)) : undefined;
  // An instrument belongs to the verb before it ("fired tear gas"); one before the first verb of a
  // sentence ("Tear gas was fired") to that verb.
  // "used water cannon to break up the march": the purpose shares the instruments of the use.
  const from = aux >= 0 ? aux : clauseFinal(s, lang, a) ? clauseStart(s, lang, a, lo) : prev && usedFor(s, lang, m, prev, a) ? prev.last : prev ? a.last : -1;
  const instruments = m.concepts
    // Gear a force wears ("in riot gear and gas masks") says who they are, not what they used.
    .filter((c) => c.type === 'instrument' && c.first > from && c.first < hi && !c.concepts.some((x) => conceptDef(x)?.marks !== undefined))
    // Nor one before the act's own doer or subject: "firing rubber bullets at … migrants trying to
    // scale the fence" (the migrants scale it; the bullets are another act's), "drog batonger mot
    // en grupp ungdomar som samlats".
    .filter((c) => !(c.last < a.first && ((agent !== undefined && !passive && agent.first > c.last && agent.last < a.first) || (patient !== undefined && patient.first > c.last && relativeBetween(s, lang, patient.last, a.first)))))
    .map((c) => slot(c, c.concepts[0]!));
  const entities = m.entities.filter((e) => e.type !== 'country' || e !== agent?.entity).map((e) => slot(e, entityKey(e.type, e.key)));
  if (!agent && !patient && !object && instruments.length === 0 && entities.length === 0) return [];
  const polarity = negated(s, lang, a, lo, hi) || refused(s, m, prev, a) ? 'negative' : 'positive';
  const modality = modalityOf(s, lang, m, a);
  // Coordinated instruments of different kinds are separate claims: each can agree or conflict.
  const groups = new Map<string, Slot[]>();
  for (const ins of instruments) {
    const g = conceptDef(ins.concept)?.group ?? ins.concept;
    groups.set(g, [...(groups.get(g) ?? []), ins]);
  }
  const sets = groups.size > 0 ? [...groups.values()] : [[]];
  return sets.map((ins) => {
    const parts = [agent, patient, object, place, ...ins].filter((x): x is ActorSlot | Slot => x !== undefined);
    const start = Math.min(a.start, ...parts.map((p) => p.start));
    // A split verb's particle ("tog sig på fredagskvällen igenom") is part of what the claim says.
    const end = Math.max(a.end, a.particle !== undefined ? s.tokens[a.particle]!.end : a.end, ...parts.map((p) => p.end));
    const own = [act, ...(agent ? [agent.concept] : []), ...(patient ? [patient.concept] : []), ...(object ? [object.concept] : []), ...ins.map((x) => x.concept)];
    return {
      ...base(start, end, i, { polarity, ...(modality ? { modality } : {}), own }),
      kind: 'event' as const,
      action: { concept: act, text: a.text, span: ctx.span(a.start, a.end) },
      ...(agent ? { agent: participant(ctx, agent) } : {}),
      ...(patient ? { patient: participant(ctx, patient) } : {}),
      instruments: ins.map((x) => participant(ctx, x)),
      ...(place ? { place: participant(ctx, place) } : {}),
      entities: entities.map((x) => participant(ctx, x)),
    };
  });
}

interface ActorSlot extends Slot {
  readonly entity?: EntityMention;
}

/** Words between an actor and the gear that marks it: "police, in full riot gear". */
const GEAR_WINDOW = 4;

function slot(x: { first: number; last: number; start: number; end: number; text: string }, concept: string): Slot {
  return { first: x.first, last: x.last, start: x.start, end: x.end, text: x.text, concept };
}

function participant(ctx: DocContext, x: Slot): Participant {
  return { text: x.text, span: ctx.span(x.start, x.end), concept: x.concept };
}

/** The nearest pronoun standing as a subject within a few words before a verb, or -1. */
function pronounBefore(s: Sentence, lang: CompiledLanguage, at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = s.tokens[k]!;
    if (!t.isWord) return -1;
    if (lang.pronounsAsSubject.has(t.lower)) return k;
  }
  return -1;
}

/** The first speech verb after a verb in its clause, or the clause's end. */
function speechAfter(s: Sentence, lang: CompiledLanguage, a: ConceptMention, hi: number): number {
  for (let k = a.last + 1; k < hi; k++) if (lang.speechVerbs.has(s.tokens[k]!.lower)) return k;
  return hi;
}

/**
 * In a language whose perfect puts the participle last ("hat … zurückgewiesen"), the index of the
 * auxiliary before a verb that ends its clause or is joined to the next verb by "und", or -1.
 */
function finalParticiple(s: Sentence, lang: CompiledLanguage, a: ConceptMention, lo: number): number {
  const auxiliaries = lang.perfectAuxiliaries;
  if (auxiliaries.size === 0) return -1;
  const after = s.tokens[(a.particle ?? a.last) + 1];
  const joined = after !== undefined && lang.coordinators.has(after.lower);
  if (after && after.isWord && !joined) return -1;
  for (let k = a.first - 1; k > lo && k >= 0; k--) {
    const t = s.tokens[k]!;
    if (auxiliaries.has(t.lower)) return k;
    // Before "und", the auxiliary must be the verb's own clause's: no comma or clause opener between.
    if (joined && (t.text === ',' || lang.clauseOpeners.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * Where nouns are capitalised, an act named by a noun ("einen Syrer wegen Einschleusens von
 * Ausländern verurteilt") is no verb of its own clause: the clause of the verb after it reaches
 * back past it, to the verb before it.
 */
function pastNounActs(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, lo: number): number {
  if (lang.data.capitalisesNouns !== true) return lo;
  let at = lo;
  for (;;) {
    const noun = m.concepts.find((c) => c.type === 'action' && c.last === at && c.first === c.last && c.first > 0 && upperInitial(s.tokens[c.first]!.text));
    if (!noun) return at;
    at = m.concepts.findLast((c) => c.type === 'action' && c.last < noun.first)?.last ?? -1;
  }
}

/**
 * The actor an act named by a noun was done to: right after the word that joins them ("the
 * arrest of a Polish lorry driver", "gripandet av den polske lastbilschauffören", "la detención de
 * un conductor", "die Festnahme des Fahrers"), a few words on and no punctuation between. A noun
 * is known by its tag, its capital where nouns are capitalised, or its ending.
 */
/** Whether an act is named by a noun: by its tag, its capital where nouns have one, or its ending ('utvisningen'). */
function actNoun(s: Sentence, lang: CompiledLanguage, a: ConceptMention): boolean {
  const t = s.tokens[a.last]!;
  if (t.pos !== undefined) return t.pos === 'NOUN';
  if (lang.data.capitalisesNouns === true) return upperInitial(t.text) && a.last > 0;
  return (lang.data.grammar.actNounEndings ?? []).some((e) => t.lower.endsWith(e));
}

function nounObject(s: Sentence, lang: CompiledLanguage, a: ConceptMention, after: readonly ActorSlot[]): ActorSlot | undefined {
  const g = lang.data.grammar;
  const markers = g.actObjectMarkers ?? [];
  const marker = a.last + 1;
  if (a.particle !== undefined || !markers.includes(s.tokens[marker]?.lower ?? '')) return undefined;
  if (!actNoun(s, lang, a)) return undefined;
  const x = after[0];
  if (!x || x.first <= marker) return undefined;
  for (let k = marker + 1; k < x.first; k++) if (!s.tokens[k]!.isWord) return undefined;
  return x.first - marker <= OBJECT_REACH ? x : undefined;
}

/** Words a noun of an act may stand from whom it was done to, adjectives and demonyms between ("av den polske lastbilschauffören"). */
const OBJECT_REACH = 4;

/** Where a verb's clause ends: at the next verb or at a word that opens a new clause ("medan", "while"). */
function clauseEnd(s: Sentence, lang: CompiledLanguage, a: ConceptMention, hi: number): number {
  // Where a participle ends its clause (German), a comma right after it and its auxiliary closes
  // the clause: "der … Mitarbeiter angegriffen hatte, hat die Polizei …".
  if (lang.perfectAuxiliaries.size > 0) {
    const after = (a.particle ?? a.last) + 1;
    let k = after;
    while (k < hi && lang.perfectAuxiliaries.has(s.tokens[k]!.lower)) k++;
    // A separated particle or an auxiliary marks the verb as the clause's last ("rückten … an, um",
    // "angegriffen hatte,"); a verb in second place does not ("feuerte, wie ein Sprecher sagte, …").
    if ((k > after || a.particle !== undefined) && k < hi && s.tokens[k]!.text === ',') return k;
    // "hat die Kontrollen … beendet und die EU-Kommission … unterrichtet": a joining word right
    // after a participle whose auxiliary stands before it ends the participle's clause.
    if (k === after && k < hi && lang.coordinators.has(s.tokens[k]!.lower) && finalParticiple(s, lang, a, -1) >= 0) return k;
  }
  for (let k = a.last + 1; k < hi; k++) if (lang.clauseOpeners.has(s.tokens[k]!.lower)) return k;
  return hi;
}

/**
 * "used water cannon to break up", "usó gases para dispersar", "använde tårgas för att skingra":
 * a use of force, then only instruments and function words, then the infinitive of its purpose.
 */
function usedFor(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, prev: ConceptMention, a: ConceptMention): boolean {
  if (!prev.concepts.includes(USE_FORCE) || a.first - prev.last > USE_WINDOW) return false;
  let marker = false;
  for (let k = prev.last + 1; k < a.first; k++) {
    const t = s.tokens[k]!;
    if (lang.infinitiveMarkers.has(t.lower)) marker = true;
    else if (marker || !(lang.stopwords.has(t.lower) || m.concepts.some((c) => c.type === 'instrument' && c.first <= k && k <= c.last))) return false;
  }
  return marker;
}

const USE_FORCE = 'act_use_force';
const DENY_ACT = 'act_deny';
/** Words between a use of force and the verb of its purpose: "used tear gas and water cannon to". */
const USE_WINDOW = 8;

/**
 * "tried to push", "försökte hindra", "rushed forward to stop": a verb governed by the one before
 * it, with nothing between but an infinitive marker and an adverb. An object between ("hindra dem
 * att ta sig över") makes the object the subject of the second verb, so that does not count.
 */
function controlled(s: Sentence, lang: CompiledLanguage, prev: ConceptMention, a: ConceptMention): boolean {
  if (a.first - prev.last > 3) return false;
  for (let k = prev.last + 1; k < a.first; k++) {
    const t = s.tokens[k]!;
    if (!lang.infinitiveMarkers.has(t.lower) && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return true;
}

/** Acts that judge a proposal, an offer or an application: it is approved, accepted or rejected. */
const JUDGING_ACTS = new Set(['act_approve', 'act_reject', 'act_allow']);
/** Tokens from a judging verb to the noun of what it judges: "accepted the management's new wage offer". */
const JUDGED_REACH = 6;

/**
 * What a judging act takes as its object: an act named by a noun ("approved plans", "accepted the
 * management's new wage offer"), right after the verb (and its particle) with only words, a
 * possessor and a thing that names its kind between; or, where a participle ends
 * the clause, the first such after its auxiliary ("hat die Pläne … abgelehnt"). Of nouns in a row
 * the last is the head where noun phrases end in theirs ("pay demand"). Every act noun of the
 * object is returned, its head last; none when there is no object.
 */
function judgedObject(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, a: ConceptMention): ConceptMention[] {
  if (!a.concepts.some((c) => JUDGING_ACTS.has(c))) return [];
  const objectLike = (c: ConceptMention) => c.type === 'action' && actNoun(s, lang, c);
  // A thing may name the kind of a plan or an offer before it ("a new wage offer").
  const modifier = (c: ConceptMention) => c.type === 'thing' && m.concepts.some((x) => x.first === c.last + 1 && objectLike(x));
  const chainFrom = (c: ConceptMention): ConceptMention[] => {
    const out = [c];
    for (;;) {
      const last = out.at(-1)!;
      const next = lang.data.headLast === true ? m.concepts.find((x) => x.first === last.last + 1 && objectLike(x)) : undefined;
      if (!next) return out;
      out.push(next);
    }
  };
  const aux = lang.data.capitalisesNouns === true ? finalParticiple(s, lang, a, -1) : -1;
  if (aux >= 0) {
    const c = m.concepts.find((x) => x.first > aux && x.last < a.first && x.type === 'action');
    return c && objectLike(c) && !m.concepts.some((x) => x.type === 'action' && x.first > c.last && x.last < a.first && !objectLike(x)) ? chainFrom(c) : [];
  }
  const end = a.particle ?? a.last;
  for (let k = end + 1; k < s.tokens.length && k - end <= JUDGED_REACH; k++) {
    const t = s.tokens[k]!;
    const c = m.concepts.find((x) => x.first === k);
    if (c && objectLike(c) && !lang.infinitiveMarkers.has(s.tokens[k - 1]?.lower ?? '')) return chainFrom(c);
    if (c && modifier(c)) {
      k = c.last;
      continue;
    }
    // A possessor is no object ("the union's"); a pronoun makes the next verb its own ("would not
    // let them form"); other terms and punctuation end the search.
    if (c && (c.type === 'actor' || c.type === 'org') && /^['’]s?$/u.test(s.tokens[c.last + 1]?.text ?? '')) {
      k = c.last + 1;
      continue;
    }
    // Nor past "that", a preposition or a word tagged as one ("rejected the claim that the proposal …").
    const joins = (lang.data.grammar.complementizers ?? []).includes(t.lower) || (lang.data.grammar.prepositions ?? []).includes(t.lower) || t.pos === 'ADP' || t.pos === 'SCONJ';
    if (c || (!t.isWord && !/^['’]s?$/u.test(t.text)) || t.pos === 'PRON' || joins) return [];
  }
  return [];
}

/** Words between a refusal and the act it refuses ("rechazó el viernes reanudar"). */
const REFUSAL_REACH = 4;

/**
 * An act refused is an act not done: "refused to resume the flights", "rechazó el viernes
 * reanudar la recepción" against "agreed to resume". The refusing verb governs the next act, with
 * no other term and no punctuation between.
 */
function refused(s: Sentence, m: SentenceMentions, prev: ConceptMention | undefined, a: ConceptMention): boolean {
  if (!prev || !prev.concepts.includes(REFUSE_ACT) || a.first - prev.last > REFUSAL_REACH || a.first <= prev.last) return false;
  for (let k = prev.last + 1; k < a.first; k++) if (!s.tokens[k]!.isWord) return false;
  return !m.concepts.some((c) => c.first > prev.last && c.first < a.first);
}

/**
 * A place near the verb belongs to it; one further on only when a place preposition introduces it
 * and no punctuation stands between ("tagit sig den långa vägen … genom djungeln från Puerto Alvar").
 */
function placeReach(s: Sentence, lang: CompiledLanguage, a: ConceptMention, first: number): boolean {
  if (first - a.last <= PLACE_WINDOW) return true;
  if (first - a.last > LONG_PLACE_WINDOW || !lang.placePrepositions.has(s.tokens[first - 1]?.lower ?? '')) return false;
  for (let k = a.last + 1; k < first; k++) if (!s.tokens[k]!.isWord) return false;
  return true;
}

/** Actors of a sentence in order: concepts of type actor, and people, bodies and countries. */
function actorSlots(s: Sentence, lang: CompiledLanguage, m: SentenceMentions): ActorSlot[] {
  const out: ActorSlot[] = [];
  for (const c of m.concepts) {
    const id = c.concepts.find((x) => ACTOR_CONCEPTS.has(conceptDef(x)?.type ?? ''));
    if (!id || modifiesAct(s, m, c, id)) continue;
    // Gear right after a force names its kind: "police, in full riot gear," are riot police.
    const gear = m.concepts.find((g) => g.first > c.last && g.first - c.last <= GEAR_WINDOW && g.type === 'instrument' && marksActor(g, id) !== undefined);
    out.push(slot(c, gear ? marksActor(gear, id)! : id));
  }
  // A name inside a longer concept term ("FN:s" in "FN:s flyktingorgan") is part of that term, and
  // a capitalised run that ends in a word a term reads as an instrument is that instrument
  // ("am Montag Reizgas": tear gas).
  const inside = (e: EntityMention) =>
    out.some((c) => c.first <= e.first && e.last <= c.last && c.last - c.first > e.last - e.first) ||
    (e.type !== 'person' && m.concepts.some((c) => c.type === 'instrument' && c.first <= e.last && e.last <= c.last));
  // A name that holds a force or body the tables know is that force ("La Guardia Civil de Ceuta").
  const holdsActor = (e: EntityMention) => e.type !== 'person' && out.some((c) => e.first <= c.first && c.last <= e.last);
  for (const e of m.entities) if (ACTOR_ENTITIES.has(e.type) && !inside(e) && !e.weak && !holdsActor(e)) out.push({ ...slot(e, entityKey(e.type, e.key)), entity: e });
  // A title right before a person's name describes that person ("Migration Minister Karin
  // Wallgren met"): the person is the actor; so does a demonym before the title ("Finnish Foreign
  // Minister Aino Salo").
  const titles = out.filter((c) => c.entity === undefined && m.entities.some((e) => (e.type === 'person' || e.type === 'name') && e.first === c.last + 1));
  // A demonym in lower case right after a group describes it: "antidisturbios guatemaltecos",
  // "ressortissants géorgiens".
  const after = (c: ActorSlot) => c.entity?.type === 'country' && !upperInitial(c.text) && out.some((x) => x.entity === undefined && x.last === c.first - 1);
  const describes = (c: ActorSlot) => titles.includes(c) || after(c) || (c.entity?.type === 'country' && (titles.some((t) => t.first === c.last + 1) || beforeName(s, lang, m, c)));
  return out.filter((c) => !describes(c)).sort((x, y) => x.first - y.first);
}

/**
 * A group hyphened to an act after it names what the act is about, not who does it: "im Zuge der
 * Schleuser-Ermittlungen" (the smuggling investigation), "anti-migrant protests" aside.
 */
function modifiesAct(s: Sentence, m: SentenceMentions, c: ConceptMention, id: string): boolean {
  // A force or an authority hyphened to its act does it: "die Polizei-Razzia".
  if (ancestry(id).some((x) => x === securityForces || x === 'authorities')) return false;
  const dash = s.tokens[c.last + 1];
  if (!dash || !/^[-‐‑]$/u.test(dash.text) || dash.start !== s.tokens[c.last]!.end) return false;
  const head = s.tokens[c.last + 2];
  return head !== undefined && head.start === dash.end && m.concepts.some((x) => x.type === 'action' && x.first === c.last + 2);
}

/** "the Algerian dissident Karim Belaid": a demonym before a person's name, at most two words between. */
function beforeName(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, c: ActorSlot): boolean {
  const e = m.entities.find((x) => x.first > c.last && x.first - c.last <= 3);
  if (!e || (e.type !== 'person' && e.type !== 'name')) return false;
  // Only lower-case words that are not function words between ("Italy under Giorgia Meloni" is not one).
  for (let k = c.last + 1; k < e.first; k++) {
    const t = s.tokens[k]!;
    if (!t.isWord || t.text !== t.lower || lang.stopwords.has(t.lower) || m.concepts.some((x) => x.type === 'action' && x.first <= k && k <= x.last)) return false;
  }
  return true;
}

/** The kind of force a piece of gear marks, when the actor is a broader kind of it. */
function marksActor(gear: ConceptMention, actor: string): string | undefined {
  const marked = gear.concepts.map((x) => conceptDef(x)?.marks).find((x) => x !== undefined);
  return marked !== undefined && marked !== actor && ancestry(marked).includes(actor) ? marked : undefined;
}

/** The nearest thing or kind of place before a passive verb in its clause, not one a preposition introduces. */
function subjectThing(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, a: ConceptMention, lo: number): Slot | undefined {
  const c = [...m.concepts]
    .reverse()
    .find((x) => thingOf(x) !== undefined && x.last < a.first && (x.first > lo || x.last === lo) && a.first - x.last <= OBJECT_WINDOW + 2 && !lang.placePrepositions.has(s.tokens[x.first - 1]?.lower ?? ''));
  return c ? slot(c, thingOf(c)!) : undefined;
}

/**
 * The thing a mention names: its concept where it names a thing or a kind of place; or, for a
 * word that names both an act and a thing ("strejken": striking and a strike), the thing.
 */
function thingOf(x: ConceptMention): string | undefined {
  if (x.type === 'thing' || x.type === 'place') return x.concepts[0];
  return x.type === 'action' ? x.concepts.find((id) => conceptDef(id)?.type === 'thing') : undefined;
}

/** The first thing named right after a verb, within a few words: its object. */
function objectAfter(m: SentenceMentions, a: ConceptMention, hi: number): Slot | undefined {
  // After a split verb's particle when it has one: "tog sig på fredagskvällen igenom en barriär".
  const after = a.particle ?? a.last;
  const c = m.concepts.find((x) => x.type === 'thing' && x.first > after && x.first < hi && x.first - after <= OBJECT_WINDOW);
  return c ? slot(c, c.concepts[0]!) : undefined;
}

/** Tokens from a relative pronoun to the verb after its clause: a short clause only. */
const RELATIVE_REACH = 9;

/**
 * The subject a relative clause describes, for the verb after that clause: "146 personnes qui
 * tentaient de rallier l'Angleterre ont été interceptées", "Migrants who tried to reach the coast
 * were stopped". Only the sentence's subject (no act before it), and only when `a` is not itself
 * in a relative clause.
 */
function relativeAntecedent(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, actors: readonly ActorSlot[], a: ConceptMention, prev: ConceptMention | undefined): ActorSlot | undefined {
  const relatives = lang.data.grammar.relativePronouns;
  if (!prev || !relatives || prev.last >= a.first) return undefined;
  let r = -1;
  for (let k = prev.first - 1; k >= 0 && r < 0; k--) {
    const t = s.tokens[k]!;
    if (/^[;:]$/u.test(t.text)) return undefined;
    if (relatives.includes(t.lower)) r = k;
  }
  if (r < 1 || a.first - r > RELATIVE_REACH) return undefined;
  for (let k = prev.last + 1; k < a.first; k++) if (relatives.includes(s.tokens[k]!.lower)) return undefined;
  const x = actors.find((y) => y.last === r - 1 || (y.last === r - 2 && s.tokens[r - 1]!.text === ','));
  if (!x || m.concepts.some((c) => c.type === 'action' && c.first < x.first)) return undefined;
  return x;
}

/** "were met … by a line of police": the actor after the passive's agent word. */
function passiveAgent(s: Sentence, lang: CompiledLanguage, a: ConceptMention, actors: readonly ActorSlot[], hi: number): ActorSlot | undefined {
  const by = lang.data.grammar.passiveAgent ?? [];
  for (let k = a.last + 1; k < Math.min(hi, a.last + 8); k++) {
    // The verb's own particle is not "by" ("har inte stängts av, uppger polisen").
    if (k === a.particle || !by.includes(s.tokens[k]!.lower)) continue;
    // Nor is anyone past a comma: ", uppger polisen" says who told it.
    const agent = actors.find((x) => x.first > k && x.first - k <= 6);
    return agent && s.tokens.slice(k + 1, agent.first).some((t) => t.text === ',') ? undefined : agent;
  }
  return undefined;
}

/**
 * A country after a preposition ("migrants from Honduras") or in the genitive ("Mexikos
 * utrikesminister") modifies a noun; it is not a participant of its own.
 */
function isModifier(s: Sentence, lang: CompiledLanguage, x: ActorSlot, actors: readonly ActorSlot[]): boolean {
  if (x.entity === undefined) return isGenitive(s, lang, x);
  if (x.entity.type !== 'country') return false;
  // "Mexican police": a demonym right before an actor describes that actor.
  if (actors.some((y) => y.first === x.last + 1 && y.entity === undefined)) return true;
  if (lang.placePrepositions.has(s.tokens[x.first - 1]?.lower ?? '')) return true;
  // A genitive resolves to its country only once its ending is taken off.
  return !lang.countries.has(fold(x.text));
}

/** "regeringens förslag": a one-word actor in the genitive, right before the word it owns. */
function isGenitive(s: Sentence, lang: CompiledLanguage, x: ActorSlot): boolean {
  const suffix = lang.data.grammar.genitiveSuffix;
  const t = s.tokens[x.last]!;
  const next = s.tokens[x.last + 1];
  if (!suffix || x.first !== x.last || !t.lower.endsWith(suffix) || !next?.isWord || lang.stopwords.has(next.lower)) return false;
  // The word without the ending is the form the tables write ("regeringen"), so the ending is a genitive, not part of the word.
  return lang.termWords.has(fold(t.lower.slice(0, -suffix.length)));
}

/** A verb that ends its clause in a language that puts verbs last there ("…, dass die Polizei Tränengas eingesetzt hatte."). */
function clauseFinal(s: Sentence, lang: CompiledLanguage, a: ConceptMention): boolean {
  if (lang.perfectAuxiliaries.size === 0) return false;
  let k = (a.particle ?? a.last) + 1;
  while (k < s.tokens.length && lang.perfectAuxiliaries.has(s.tokens[k]!.lower)) k++;
  const t = s.tokens[k];
  return t === undefined || !t.isWord;
}

/** Where the clause of a clause-final verb begins: after the last comma or clause opener before it. */
function clauseStart(s: Sentence, lang: CompiledLanguage, a: ConceptMention, lo: number): number {
  for (let k = a.first - 1; k > lo; k--) {
    const t = s.tokens[k]!;
    if (t.text === ',' || lang.clauseOpeners.has(t.lower)) return k;
  }
  return lo;
}

/**
 * Subject and object of a clause whose participle stands at its end: the subject before the
 * auxiliary, the object between ("Die Bundespolizei hat … keine Asylsuchenden zurückgewiesen"),
 * or, when the clause opens with something else, both after it ("…, hat die Polizei keinen Taser
 * eingesetzt").
 */
function splitRoles(s: Sentence, lang: CompiledLanguage, actors: readonly ActorSlot[], aux: number, lo: number, a: ConceptMention): { agent?: ActorSlot; patient?: ActorSlot } {
  // The object is no noun after a preposition ("einen Syrer wegen Einschleusens von Ausländern",
  // "das Protestcamp vor dem Auswärtigen Amt geräumt").
  const between = actors.filter((x) => x.first > aux && x.last < a.first && !afterPreposition(s, lang, x));
  // Not one inside a fronted prepositional phrase ("Nach Erkrankungen bei Kindern hat das Gesundheitsamt …").
  const first = actors.filter((x) => x.last < aux && x.first > lo && !afterPreposition(s, lang, x)).at(-1);
  if (first) return { agent: first, ...(between.length > 0 ? { patient: between.at(-1)! } : {}) };
  // The auxiliary opens the clause, or follows a fronted prepositional phrase ("Am Fluss haben
  // griechische Grenzschützer … Wasserwerfer eingesetzt"): the subject comes after it.
  const clauseFirst = s.tokens.findIndex((t, k) => k > lo && t.isWord);
  const fronted = clauseFirst >= 0 && clauseFirst < aux && (lang.data.grammar.prepositions ?? []).includes(s.tokens[clauseFirst]!.lower);
  const opens = aux === 0 || !s.tokens[aux - 1]!.isWord || fronted;
  if (opens && lang.data.verbSecond === true && between.length > 0) return { agent: between[0]!, ...(between.length > 1 ? { patient: between.at(-1)! } : {}) };
  return between.length > 0 ? { patient: between.at(-1)! } : {};
}

/**
 * In a verb-second language, an actor inside a fronted prepositional phrase ("Am Frankfurter
 * Flughafen setzte die Polizei …") is not the subject: a preposition at most three words before
 * it, with only function words between (a word that opens a clause ends the search).
 */
/**
 * The subject among the actors before a verb: the last, unless it stands in a phrase a
 * preposition opens after an earlier one, which it then describes ("Staff at the Migration
 * Agency's accommodation in Ljungkärret confiscated": the staff did). Where tags say so; "of"
 * opens no such phrase ("Hundreds of migrants stormed").
 */
function subjectBefore(s: Sentence, before: readonly ActorSlot[], verb: number): ActorSlot | undefined {
  const last = before.at(-1);
  if (!last || before.length < 2 || s.tokens[last.first]!.pos === undefined) return last;
  const nominal = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (!NOMINAL.has(s.tokens[k]!.pos ?? '')) return false;
    return true;
  };
  // After a preposition that follows an earlier actor's noun phrase directly: not "turned water
  // cannon on counter-demonstrators", where a verb stands between.
  const inPhrase = (x: ActorSlot) => {
    // Right before the verb it is the verb's own subject: "unless Mexico stops".
    if (x.last === verb - 1) return false;
    for (let k = x.first - 1; k >= Math.max(0, x.first - 3); k--) {
      const t = s.tokens[k]!;
      if (t.pos === 'ADP') return t.lower !== 'of' && before.some((y) => y.last < k && nominal(y.last + 1, k - 1));
      if (!t.isWord || !NOMINAL.has(t.pos ?? '')) return false;
    }
    return false;
  };
  return [...before].reverse().find((x) => !inPhrase(x)) ?? last;
}

/** Tags of the words of a noun phrase. */
const NOMINAL = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'NUM']);

function afterPreposition(s: Sentence, lang: CompiledLanguage, x: ActorSlot): boolean {
  const preps = lang.data.grammar.prepositions;
  if (!preps || lang.data.verbSecond !== true) return false;
  for (let k = x.first - 1; k >= Math.max(0, x.first - 3); k--) {
    const t = s.tokens[k]!;
    if (lang.clauseOpeners.has(t.lower)) return false;
    if (preps.includes(t.lower)) return true;
    if (!t.isWord || !lang.stopwords.has(t.lower)) return false;
  }
  return false;
}

/**
 * A verb of reported speech between a split verb of denying and the act, or right after the act:
 * "weist den Vorwurf zurück, in der Erstaufnahme sei Bewohnern die Heizung abgedreht worden" (the
 * grammar's `subjunctives`).
 */
function reportedBetween(s: Sentence, lang: CompiledLanguage, from: number, a: ConceptMention): boolean {
  const subjunctives = lang.data.grammar.subjunctives ?? [];
  if (subjunctives.length === 0) return false;
  const end = Math.min(s.tokens.length - 1, (a.particle ?? a.last) + 3);
  for (let k = from + 1; k <= end; k++) if (subjunctives.includes(s.tokens[k]!.lower)) return true;
  return false;
}

/** "were halted", "wurde gestoppt": a passive auxiliary right before the verb, or after it at the clause end. */
function isPassive(s: Sentence, lang: CompiledLanguage, a: ConceptMention): boolean {
  const suffix = lang.data.grammar.passiveSuffix;
  if (suffix && s.tokens[a.first]!.lower.endsWith(suffix)) return true;
  const aux = lang.data.grammar.passiveAuxiliaries ?? [];
  // A clause that ends in its verb puts the auxiliary after it: "…, dass eine Frau vom Münchner
  // Flughafen abgeschoben wurde".
  const next = s.tokens[a.last + 1];
  const after = s.tokens[a.last + 2];
  // Not one that also makes a future ("benötigen werden"), and only where the auxiliary ends the
  // clause ("fueron suspendidos" has its own participle after it).
  if (next !== undefined && next.pos === undefined && aux.includes(next.lower) && !(lang.data.grammar.futureAuxiliaries ?? []).includes(next.lower) && (after === undefined || !after.isWord)) return true;
  for (let k = a.first - 1; k >= Math.max(0, a.first - 3); k--) {
    const t = s.tokens[k]!;
    if (aux.includes(t.lower)) return t.pos === undefined || s.tokens[a.first]!.pos === 'VERB';
    if (!t.isWord) return false;
  }
  return false;
}

function negated(s: Sentence, lang: CompiledLanguage, a: ConceptMention, lo: number, hi: number): boolean {
  const from = Math.max(lo + 1, a.first - NEGATION_WINDOW);
  const to = Math.min(hi, a.last + 1 + NEGATION_WINDOW);
  for (let k = from; k < to; k++) {
    if (k >= a.first && k <= a.last) continue;
    if (lang.negations.has(s.tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * The modality the nearest modal word before the act gives it. A denial governs its whole
 * complement clause, reaches further and outranks a nearer modal inside it: "Londres dément qu'un
 * navire de la Border Force ait refoulé …", "tillbakavisar uppgifterna om att en polishund skulle
 * ha använts".
 */
function modalityOf(s: Sentence, lang: CompiledLanguage, m: SentenceMentions, a: ConceptMention): Modality | undefined {
  const mod = lang.data.grammar.modality;
  const contrasts = lang.data.grammar.contrasts ?? [];
  // A verb of denying split around its object ends where its particle stands: "weist den Vorwurf zurück".
  const denying = new Set(m.concepts.filter((c) => c.last < a.first && c.concepts.includes(DENY_ACT)).map((c) => c.particle ?? c.last));
  // "bestreitet, … zurückgewiesen zu haben": a perfect infinitive ending the act's clause is the
  // clause a denial governs.
  let infinitive = false;
  for (let k = (a.particle ?? a.last) + 1; k + 1 < s.tokens.length && s.tokens[k]!.isWord; k++) {
    if (lang.infinitiveMarkers.has(s.tokens[k]!.lower) && lang.perfectAuxiliaries.has(s.tokens[k + 1]!.lower)) infinitive = true;
  }
  let found: Modality | undefined;
  for (let k = a.first - 1; k >= Math.max(0, a.first - CLAUSE_DENIAL_WINDOW); k--) {
    const t = s.tokens[k]!;
    if (/^[;:]$/u.test(t.text)) break;
    const w = t.lower;
    // A denial reaches a few words, or the whole clause it opens with "that": "a démenti qu'un
    // adolescent … reconnu mineur par l'aide sociale à l'enfance ait été placé".
    if (mod.denied.includes(w) && (k >= a.first - DENIAL_WINDOW || opensClause(s, lang, k) || infinitive)) return 'denied';
    if (denying.has(k) && (opensClause(s, lang, k) || infinitive || reportedBetween(s, lang, k, a))) return 'denied';
    // A contrast ends the denied clause, and so does, further on, another speaker: "negó que …,
    // pero testigos afirmaron que …".
    if (contrasts.includes(w) || (k < a.first - DENIAL_WINDOW && lang.speechVerbs.has(w))) break;
    if (k < a.first - DENIAL_WINDOW) continue;
    if (found || k < a.first - MODALITY_WINDOW) continue;
    if (mod.threatened.includes(w)) found = 'threatened';
    else if (mod.planned.includes(w)) found = 'planned';
    // "could not reach" states that something did not happen; it is not a supposition.
    else if (mod.hypothetical.includes(w) && !lang.negations.has(s.tokens[k + 1]?.lower ?? '') && !(mod.alsoPreposition?.word === w && mod.alsoPreposition.after.includes(s.tokens[k - 1]?.lower ?? ''))) found = 'hypothetical';
  }
  return found;
}
