/**
 * How much two claims from different documents have in common, or `undefined` when they cannot be
 * about the same thing (different dimension or counted thing, clashing event frames, instruments
 * of different classes). Scores add up shared anchors, weighted by how telling each kind is.
 */
import { actionFamilies, sayingActs } from '../../lexicon/concepts/families';
import { forceAlternatives, securityForces } from '../../lexicon/concepts/security-migration';
import { ancestry, conceptDef, distinctFamily, fold, inFamily, nearActsOf, oppositesOf, sameFamily } from '../../lexicon/registry';
import type { Claim, EventClaim, Participant, QuantityClaim, QuoteClaim } from '../../types';
import { framesCompatible, sameName } from '../extract/frame';

/** Scores at or above these align two claims. */
export const THRESHOLD = { quantity: 1.75, event: 3, quote: 3.5 } as const;

/** Equal, or one a kind of the other ("police" and "riot_police"; "person" and "migrant"). */
export function conceptsCompatible(a: string, b: string): boolean {
  return a === b || ancestry(a).includes(b) || ancestry(b).includes(a);
}

/** What a counted concept counts: a job counts workers ('job' → 'worker'). */
export const countedAs = (id: string): string => conceptDef(id)?.counts ?? id;

/** Two counted concepts that count the same kind of thing ("jobs" and "anställda"). */
export const countsCompatible = (a: string, b: string): boolean => conceptsCompatible(countedAs(a), countedAs(b));

/** Lower-case words of a quote without punctuation or accents, for comparing quotes. */
export function quoteWords(q: string): string[] {
  return fold(q)
    .replace(/[’']/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

const kindWeight = (key: string): number => {
  if (key.startsWith('ent:') || key.startsWith('org:')) return 1.5;
  if (key.startsWith('cty:')) return 0.75;
  if (key === 'act_say') return 0;
  return 1;
};

/**
 * How telling a shared concept is in this comparison: one that most claims mention (the story's
 * "migrants") says little about whether two claims are about the same thing.
 */
export interface Rarity {
  (key: string): number;
  /** How many claims mention the key (its concept or a narrower one). */
  count?: (key: string) => number;
}

/** Rarity from how many claims mention each key, as an inverse document frequency in [0.2, 1]. */
export function rarityOf(claims: readonly Claim[]): Rarity {
  const df = new Map<string, number>();
  for (const c of claims) for (const k of widen(c.concepts)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(claims.length, 4);
  const top = Math.log(n / 2);
  const rarity: Rarity = (key) => Math.min(1, Math.max(0.2, Math.log(n / Math.max(2, df.get(key) ?? 2)) / top));
  rarity.count = (key) => df.get(key) ?? 0;
  return rarity;
}

const FLAT: Rarity = () => 1;

/** A claim's concepts with the concept each is directly a kind of ("riot_police" adds "police"). */
function widen(keys: readonly string[]): ReadonlySet<string> {
  const hit = widened.get(keys);
  if (hit) return hit;
  const out = new Set(keys);
  for (const k of keys) {
    const up = conceptDef(k)?.broader;
    if (up) out.add(up);
  }
  widened.set(keys, out);
  return out;
}

// Claims are compared many times each; their concept lists do not change.
const widened = new WeakMap<readonly string[], ReadonlySet<string>>();

function sharedContext(a: readonly string[], b: readonly string[], skip: ReadonlySet<string>, rarity: Rarity): number {
  const bs = widen(b);
  let score = 0;
  for (const k of widen(a)) if (bs.has(k) && !skip.has(k)) score += kindWeight(k) * rarity(k);
  return score;
}

/** The similarity of two claims of the same kind, or undefined when they cannot align. */
export function pairScore(a: Claim, b: Claim, rarity: Rarity = FLAT): number | undefined {
  if (a.kind !== b.kind || a.documentId === b.documentId) return undefined;
  if (!framesCompatible(a.frame, b.frame)) return undefined;
  if (a.kind === 'quantity') return quantityScore(a, b as QuantityClaim);
  if (a.kind === 'event') return eventScore(a, b as EventClaim, rarity);
  return quoteScore(a, b as QuoteClaim);
}

function quantityScore(a: QuantityClaim, b: QuantityClaim): number | undefined {
  if (a.dimension !== b.dimension) return undefined;
  const ca = a.counted?.concept;
  const cb = b.counted?.concept;
  // What is counted must be the same kind of thing; a noun only one language's tables know
  // ("cases" beside "cholera") is let through at a small cost.
  let unknown = 0;
  if (a.dimension === 'count') {
    if (ca && cb) {
      // "340 jobs" and "340 anställda" count one thing only when said of one act (cut, varslar).
      if (!conceptsCompatible(ca, cb) && !(countsCompatible(ca, cb) && sameAct(a, b))) return undefined;
    } else if (ca || cb) {
      unknown = -0.5;
    } else if (a.counted?.text.toLowerCase() !== b.counted?.text.toLowerCase()) {
      // Two nouns no table knows can only be compared across languages, where they differ unless
      // they are cognates ("miners", "mineros").
      if (a.language === b.language) return undefined;
      // Nor are two such nouns that are not cognates the same thing unless the figure is the same.
      const cognate = cognates(a.counted?.text ?? '', b.counted?.text ?? '');
      if (!cognate && a.value !== b.value) return undefined;
      unknown = cognate ? 0 : -1;
    }
  }
  // A rate or a measure is of something: "the economy grew 2.4 percent" and "tin exports grew
  // 3.1 percent" are two figures, when each names things the other does not.
  if (a.dimension !== 'count' && measuresOtherThings(a.concepts, b.concepts)) return undefined;
  // A rate of one country is not a rate of another: "Remittances sent home to Guatemala rose 8.7
  // percent", "Las remesas enviadas a Honduras crecieron un 8,7 %" (each names one country).
  if (a.dimension !== 'count' && otherCountry(a.concepts, b.concepts)) return undefined;
  // People of two countries are two counts: "52 Albanian nationals", "52 ressortissants géorgiens".
  const oa = a.counted?.origin;
  const ob = b.counted?.origin;
  if (oa !== undefined && ob !== undefined && oa !== ob) return undefined;
  const skip = new Set([ca, cb].filter((x): x is string => x !== undefined));
  // The same figure, or the same vague amount ("hundreds" and "hundratals"), is itself an anchor.
  // A figure of two digits or more stated by both is telling; "hundreds" in both is less so.
  // So is a price with decimals ("1.37 kronor"); a percentage with decimals is not: one month's
  // inflation and unemployment often share one.
  // "One" is more often an article than a count ("one such group", "one large group").
  const same = a.value !== undefined && a.value === b.value ? ((Math.abs(a.value) >= 10 && a.dimension === 'count') || (!Number.isInteger(a.value) && a.unit !== 'pct') ? 2 : a.value === 1 && a.dimension === 'count' ? 0.5 : 1) : a.bound === 'vague' && b.bound === 'vague' && a.low === b.low && a.high === b.high ? 1 : 0;
  // Numbers said of different acts are different numbers ("4 officers injured" vs "hundreds
  // deployed"), but a verb one language's tables read differently should not hide a match.
  const pa = a.predicate?.concepts ?? [];
  const pb = b.predicate?.concepts ?? [];
  // Only acts of a family say so: "injured" beside "act_injure" does not make "detained 46" and
  // "46 skadades" one number.
  const fa = pa.filter(inFamily);
  const fb = pb.filter(inFamily);
  if (fa.length > 0 && fb.length > 0 && fa.every((x) => fb.every((y) => distinctFamily(x, y) && !nearActsOf(x).includes(y)))) return undefined;
  // Figures of opposite acts count two things: "granted 6,500 permits", "6 500 personer fick avslag".
  if (pa.length > 0 && pb.length > 0 && pa.some((x) => pb.some((y) => antonyms(x, y))) && !pa.some((x) => pb.includes(x))) return undefined;
  // For measures ("climbed to 2.10 euros", "a atteint 2,10 euros") the verb only says how the figure got there.
  const acts = a.dimension === 'count' && pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => sameFamily(x, y) || nearActsOf(x).includes(y))) ? PREDICATE_PENALTY : 0;
  // A noun one side's tables do not know, said of another act, ties the two figures by nothing
  // but the figure: "must take in 180 more refugees", "fehlen 180 Erzieherinnen".
  if (unknown !== 0 && acts !== 0) return undefined;
  // Sources that disagree on a figure rarely disagree by more than a factor of five (crowd
  // estimates by police and by organisers come closest).
  const far = farApart(a, b) ? -1.5 : 0;
  return sharedContext(a.concepts, b.concepts, skip, FLAT) + same + far + acts + unknown;
}

/** Both figures are said of acts of one family. */
function sameAct(a: QuantityClaim, b: QuantityClaim): boolean {
  const pb = b.predicate?.concepts ?? [];
  return (a.predicate?.concepts ?? []).some((x) => pb.some((y) => sameFamily(x, y)));
}

/** Each names exactly one country, and not the same one. */
function otherCountry(a: readonly string[], b: readonly string[]): boolean {
  const ca = a.filter((k) => k.startsWith('cty:'));
  const cb = b.filter((k) => k.startsWith('cty:'));
  return ca.length === 1 && cb.length === 1 && ca[0] !== cb[0];
}

const groupOf = (id: string): string => conceptDef(id)?.group ?? id;

/**
 * Both name things (not people, places or acts) and none of one side's is compatible with one of
 * the other's: "exports" and "imports" are two things, whatever broader one they share.
 */
function measuresOtherThings(a: readonly string[], b: readonly string[]): boolean {
  const things = (keys: readonly string[]) => keys.filter((k) => conceptDef(k)?.type === 'thing');
  const ta = things(a);
  const tb = things(b);
  if (ta.length === 0 || tb.length === 0) return false;
  // Sharing only a generic measure, each names a thing the other has nothing like: "bensinpriset"
  // and "matpriser" are fuel and food, though both are prices.
  const shared = ta.filter((x) => tb.some((y) => conceptsCompatible(x, y)));
  if (shared.length === 0) return true;
  if (!shared.every((x) => GENERIC_MEASURES.has(x))) return false;
  const alone = (xs: readonly string[], ys: readonly string[]) => xs.some((x) => !GENERIC_MEASURES.has(x) && !ys.some((y) => conceptsCompatible(x, y)));
  return alone(ta, tb) && alone(tb, ta);
}

/** Things that say how something is measured, not what: two prices may be of anything. */
const GENERIC_MEASURES = new Set(['price']);

/** Shortest shared beginning that makes two words of different languages cognates. */
export const COGNATE_PREFIX = 5;

/** "miners" and "mineros", "Soldaten" and "soldiers": the same word in two languages. */
export function cognates(x: string, y: string): boolean {
  const a = fold(x);
  const b = fold(y);
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= COGNATE_PREFIX || (k >= 4 && k >= 0.8 * Math.min(a.length, b.length));
}

/**
 * Events align on the same act (or its opposite, about the same people), on instruments of one
 * class, or on the same named place; then who did it, to whom and the context add up.
 */
const FAR_RATIO = 5;
/**
 * An instrument rarer than this (inverse frequency among the input's claims) anchors in full;
 * more common ones (the ship a whole article is about) weigh their rarity, down to the floor.
 */
const COMMON_INSTRUMENT = 0.6;
/** …and only once at least this many claims name it: a few claims are no evidence either way. */
const COMMON_COUNT = 8;
const INSTRUMENT_FLOOR = 0.5;
const PREDICATE_PENALTY = -1.5;
/** What two acts languages divide differently ("arrested", "detuvo") weigh, against 2 for one act. */
const NEAR_ACT = 1.5;
const OTHER_PLACE = -2;

function farApart(a: QuantityClaim, b: QuantityClaim): boolean {
  const va = a.value ?? (a.low !== undefined && a.high !== undefined ? (a.low + a.high) / 2 : undefined);
  const vb = b.value ?? (b.low !== undefined && b.high !== undefined ? (b.low + b.high) / 2 : undefined);
  if (va === undefined || vb === undefined || va <= 0 || vb <= 0) return false;
  return Math.max(va, vb) / Math.min(va, vb) > FAR_RATIO;
}

function eventScore(a: EventClaim, b: EventClaim, rarity: Rarity): number | undefined {
  // The same act with the roles swapped is another act: "police fired tear gas at the
  // protesters", "los manifestantes lanzaron gas lacrimógeno contra los agentes".
  if (a.agent && b.agent && a.patient && b.patient && !conceptsCompatible(a.agent.concept, b.agent.concept) && conceptsCompatible(a.agent.concept, b.patient.concept) && conceptsCompatible(a.patient.concept, b.agent.concept)) return undefined;
  const near = a.action.concept !== b.action.concept && nearActsOf(a.action.concept).includes(b.action.concept);
  const sameAction = a.action.concept === b.action.concept || near;
  const opposite = antonyms(a.action.concept, b.action.concept) && samePatient(a, b);
  const place = samePlace(a, b);
  // A specific force named by both ("riot police") anchors accounts that describe what it did
  // with different verbs ("halted", "met", "försökte hindra").
  const forces = sameAction || opposite ? [] : specificActors(a).filter((x) => specificActors(b).some((y) => conceptsCompatible(x, y)));
  const force = forces.length > 0;
  // A force most claims of the comparison name (an article about the navy) anchors little.
  const forceWeight = force ? Math.max(...forces.map((f) => rarity(f))) : 0;
  let score = sameAction || opposite ? (near ? NEAR_ACT : 2) : 2 * forceWeight;
  if (a.instruments.length > 0 && b.instruments.length > 0) {
    const ga = new Set(a.instruments.map((i) => groupOf(i.concept)));
    // An instrument most claims name (the ship an article is about) anchors less when it is all
    // two different acts share; both sides' instruments of the shared classes count, so that the
    // score is the same either way round.
    const gb = new Set(b.instruments.map((i) => groupOf(i.concept)));
    // One instrument named by its kind on one side ("a minibus", "ett fordon") is of its class.
    const meets = (i: { concept: string }, groups: ReadonlySet<string>, other: EventClaim) => groups.has(groupOf(i.concept)) || other.instruments.some((j) => conceptsCompatible(i.concept, j.concept));
    const shared = [...a.instruments.filter((i) => meets(i, gb, b)), ...b.instruments.filter((i) => meets(i, ga, a))];
    const common = Math.max(0, ...shared.map((i) => rarity(i.concept)));
    const often = Math.min(...shared.map((i) => rarity.count?.(i.concept) ?? 0)) >= COMMON_COUNT;
    const weight = sameAction || opposite || !often || common >= COMMON_INSTRUMENT ? 1 : Math.max(INSTRUMENT_FLOOR, common);
    if (shared.length > 0) score += (a.instruments.some((i) => b.instruments.some((j) => j.concept === i.concept)) ? 3 : 2) * weight;
    // Different kinds of force are one act told two ways only when the act, who did it and to
    // whom are the same ("fired rubber bullets at demonstrators", "dispararon balas reales contra
    // los manifestantes"); otherwise instruments of different classes are different acts.
    // A force the tables do not know by name ("Senafront") may be the one the other names.
    // Acts of force told with two verbs ("used water cannon", "mit Schlagstöcken vorgegangen") are
    // one act when each names its own kind of force.
    else if (!((sameAction || forceActs(a, b)) && alternativeForces(a, b) && (bothCompatible(a.agent, b.agent) || oneNamed(a.agent, b.agent)) && compatible(a.patient, b.patient))) return undefined;
  } else if (!sameAction && !opposite && !place && !force) {
    return undefined;
  }
  if (place) score += 2;
  // One act in two different named places is two acts ("met his counterpart in Vilnius", "i Oslo").
  else if (a.place && b.place) score += OTHER_PLACE;
  // A named agent and a kind of agent may be the same ("Ramirez" and "the authorities").
  let roles = false;
  if (a.agent && b.agent) {
    if (conceptsCompatible(a.agent.concept, b.agent.concept) || titled(a.agent, b) || titled(b.agent, a)) {
      score += 1 + Math.max(rarity(a.agent.concept), rarity(b.agent.concept));
      roles = true;
    } else if (!a.agent.concept.includes(':') && !b.agent.concept.includes(':')) score -= 1.5;
  }
  if (a.patient && b.patient) {
    if (conceptsCompatible(a.patient.concept, b.patient.concept) || namedAs(a.patient, b) || namedAs(b.patient, a)) {
      score += 1 + Math.max(rarity(a.patient.concept), rarity(b.patient.concept));
      roles = true;
    } else if (roles && !a.patient.concept.includes(':') && !b.patient.concept.includes(':')) {
      // The same agent doing it to different people: "arrested a suspect", "einen Journalisten".
      score -= 1.5;
    }
  }
  // The specific force is named by both, in whichever role: "halted in a confrontation with riot
  // police" and "riot police tried to stop them".
  if (force && !roles) score += forceWeight;
  const own = new Set([a.action.concept, b.action.concept, ...a.instruments.map((i) => i.concept), ...b.instruments.map((i) => i.concept)]);
  if (a.agent && b.agent) own.add(a.agent.concept).add(b.agent.concept);
  if (a.patient && b.patient) own.add(a.patient.concept).add(b.patient.concept);
  score += Math.min(3, sharedContext(a.concepts, b.concepts, own, rarity));
  return score;
}

/**
 * Participants that are a specific kind of security force ("riot_police" → "police" →
 * "security_forces"), not a name and not the force in general.
 */
export const specificActors = (c: EventClaim): string[] =>
  [c.agent?.concept, c.patient?.concept].filter((x): x is string => x !== undefined && !x.includes(':') && ancestry(x).length >= SPECIFIC_DEPTH && ancestry(x).includes(securityForces));
const SPECIFIC_DEPTH = 3;

/**
 * A named participant of one claim that the other claim names too, where the other's participant
 * is a kind of person or thing: "granted asylum to … Brahim Louali", "ha denegado el asilo al
 * activista saharaui Brahim Louali" (the name is the patient on one side, the activist on the other).
 */
function namedAs(x: Participant | undefined, other: EventClaim): boolean {
  const y = other.patient;
  return x !== undefined && y !== undefined && x.concept.includes(':') && !y.concept.includes(':') && other.concepts.some((k) => k === x.concept || sameSurname(k, x.concept));
}

/** Two names of one person, one with the first name and one without: "ent:artjom sadykow", "ent:sadykow". */
export function sameSurname(a: string, b: string): boolean {
  if (!a.startsWith('ent:') || !b.startsWith('ent:') || a.includes(' ') === b.includes(' ')) return false;
  return a.slice(a.lastIndexOf(' ') + 1).replace(/^ent:/u, '') === b.slice(b.lastIndexOf(' ') + 1).replace(/^ent:/u, '');
}

/** Done to the same people, as far as both say: one missing, compatible, or one named the other describes. */
export const samePatient = (a: EventClaim, b: EventClaim): boolean => compatible(a.patient, b.patient) || namedAs(a.patient, b) || namedAs(b.patient, a);

/** Both acts are acts of force. */
const forceActs = (a: EventClaim, b: EventClaim): boolean => FORCE_FAMILY.has(a.action.concept) && FORCE_FAMILY.has(b.action.concept);
const FORCE_FAMILY = new Set(actionFamilies.force);

/** Both present, one a name the tables do not know ("ent:senafront"), the other a security force. */
const oneNamed = (x?: { concept: string }, y?: { concept: string }): boolean => {
  if (x === undefined || y === undefined) return false;
  const force = (c: string) => ancestry(c).includes(securityForces);
  return (x.concept.startsWith('ent:') && force(y.concept)) || (y.concept.startsWith('ent:') && force(x.concept));
};

/**
 * A named doer the other claim names right after the role it gives as its doer: "Tobias
 * Feldkamp" and "der Rabenfelser Bürgermeister Tobias Feldkamp" (the mayor).
 */
function titled(x: Participant, other: EventClaim): boolean {
  const y = other.agent;
  if (!y || !x.concept.includes(':') || y.concept.includes(':')) return false;
  return other.entities.some((e) => e.concept === x.concept && e.span.start.offset <= y.span.end.offset + 1 && e.span.end.offset > y.span.end.offset);
}

/** Both present and compatible. */
export const bothCompatible = (x?: { concept: string }, y?: { concept: string }): boolean => x !== undefined && y !== undefined && conceptsCompatible(x.concept, y.concept);

/** An act of force done with a kind of force that has alternatives ("used water cannon", "mit Schlagstöcken vorgegangen"). */
export const forceWithAlternatives = (c: EventClaim): boolean => FORCE_FAMILY.has(c.action.concept) && c.instruments.some((i) => forceAlternatives.includes(groupOf(i.concept)));

/** Each claim names force of a kind the other does not, from groups that are alternatives. */
export function alternativeForces(a: EventClaim, b: EventClaim): boolean {
  const alt = (c: EventClaim) => c.instruments.map((i) => groupOf(i.concept)).filter((g) => forceAlternatives.includes(g));
  const ga = alt(a);
  const gb = alt(b);
  return ga.length > 0 && gb.length > 0 && !ga.some((g) => gb.includes(g));
}

/**
 * Opposite acts, whichever of the two the table names the antonym of the other (see
 * `oppositesOf`), also through an act of the same family that languages divide differently:
 * released against "detuvo" (arrested ~ detained); not evacuated against arrived through left.
 */
export const antonyms = (a: string, b: string): boolean => oppositesOf(a).has(b) || nearSameFamily(b).some((n) => oppositesOf(a).has(n)) || nearSameFamily(a).some((n) => oppositesOf(n).has(b));
const nearSameFamily = (x: string): string[] => nearActsOf(x).filter((n) => sameFamily(x, n));

export const compatible = (x?: { concept: string }, y?: { concept: string }): boolean => !x || !y || conceptsCompatible(x.concept, y.concept);

function samePlace(a: EventClaim, b: EventClaim): boolean {
  const pa = a.place?.concept;
  const pb = b.place?.concept;
  return pa !== undefined && pb !== undefined && sameName(pa.slice(4), pb.slice(4));
}

function quoteScore(a: QuoteClaim, b: QuoteClaim): number | undefined {
  const wa = quoteWords(a.quote);
  const wb = quoteWords(b.quote);
  const overlap = containment(wa, wb);
  const short = Math.max(wa.length, wb.length) <= SHORT_QUOTE;
  return overlap * 5 + (short && sameSpeaker(a, b) ? SPEAKER_WEIGHT + Math.min(TOPIC_CAP, sharedTopics(a, b)) : 0);
}

/**
 * Longest quote (in words) a differently worded one may be a version of: a few words that
 * characterise something ("a real breakthrough", "a modest step"; "Nous ne sommes pas équipés
 * pour accueillir tout ce monde" against "plus en mesure d'accueillir dignement ces gens") are
 * quoted two ways; two long quotes of one speaker that share few words are two things said.
 */
const SHORT_QUOTE = 12;

/**
 * One speaker's words about one matter, told two ways, are one quote whose words differ: "a real
 * breakthrough" and "a modest step", both of the border agreement. What the two sentences are
 * about (things, acts and kinds of place, not people or names) counts, up to this much.
 */
const TOPIC_CAP = 2;
/** …and the one speaker itself counts this much: "Nobody crosses the Channel for fun" / "by choice". */
const SPEAKER_WEIGHT = 0.5;

/** Both quotes are credited to one speaker, by key or by a name the other sentence gives. */
function sameSpeaker(a: QuoteClaim, b: QuoteClaim): boolean {
  const ka = a.attribution?.key;
  const kb = b.attribution?.key;
  if (ka !== undefined && ka === kb) return true;
  // Named with and without the first name: "Vrångsjö", "Ingela Vrångsjö".
  const named = (k: string, c: QuoteClaim) => c.concepts.some((x) => x === `ent:${k}` || sameSurname(x, `ent:${k}`));
  return (ka !== undefined && (named(ka, b) || (kb !== undefined && sameSurname(`ent:${ka}`, `ent:${kb}`)))) || (kb !== undefined && named(kb, a));
}

/** Things, acts and kinds of place both quotes' sentences are about, besides saying. */
function sharedTopics(a: QuoteClaim, b: QuoteClaim): number {
  const bs = new Set(b.concepts);
  let n = 0;
  for (const k of a.concepts) {
    if (!bs.has(k) || k.includes(':')) continue;
    const type = conceptDef(k)?.type;
    if ((type === 'thing' || type === 'action' || type === 'place') && !SAYING_ACTS.has(k)) n++;
  }
  return n;
}

const SAYING_ACTS = new Set(sayingActs);

/** Share of the shorter word list found in the longer one, counting repeats. */
export function containment(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of short) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      hit++;
      counts.set(w, n - 1);
    }
  }
  return hit / short.length;
}
