/**
 * Whether two aligned claims agree, written as ts-pattern rules per kind. A conflict carries its
 * type and a sentence that says why, naming both sides.
 */
import { distance } from 'fastest-levenshtein';
import { match, P } from 'ts-pattern';
import { denialActs, securityForces, stateSide } from '../../lexicon/concepts/security-migration';
import { ancestry, conceptDef, nearActsOf } from '../../lexicon/registry';
import type { Claim, ConflictType, EventClaim, QuantityClaim, QuoteClaim } from '../../types';
import { alternativeForces, antonyms, compatible, conceptsCompatible, quoteWords, samePatient, sameSurname } from '../align/similarity';

export type Relation = { readonly agree: true; readonly note?: string } | { readonly agree: false; readonly type: ConflictType; readonly why: string };

const AGREE: Relation = { agree: true };

/** Relative gap two point estimates may have and still agree (more when either is hedged). */
const TOLERANCE_EXACT = 0.05;
const TOLERANCE_HEDGED = 0.15;

export function relate(a: Claim, b: Claim): Relation {
  return match<[Claim, Claim], Relation>([a, b])
    .with([{ kind: 'quantity' }, { kind: 'quantity' }], ([x, y]) => relateQuantities(x, y))
    .with([{ kind: 'event' }, { kind: 'event' }], ([x, y]) => relateEvents(x, y))
    .with([{ kind: 'quote' }, { kind: 'quote' }], ([x, y]) => relateQuotes(x, y))
    .otherwise(() => AGREE);
}

/** A number as people say it: "3,000", "2.5 million". */
export function formatNumber(v: number): string {
  if (Math.abs(v) >= 1e6) return `${+(v / 1e6).toFixed(2)} million`;
  return NUMBER_FORMAT.format(v);
}

// One formatter: toLocaleString builds a new one on every call.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

type Shape = 'point' | 'floor' | 'ceiling' | 'interval';

/** Point estimates are compared as points; "at least" as a floor; vague amounts and ranges as intervals. */
function shapeOf(q: QuantityClaim): Shape {
  return match(q.bound)
    .with('exact', 'approximate', 'atMost', () => 'point' as const)
    .with('atLeast', 'moreThan', () => 'floor' as const)
    .with('lessThan', () => 'ceiling' as const)
    .with('range', 'vague', () => 'interval' as const)
    .exhaustive();
}

function interval(q: QuantityClaim): [number, number] {
  const v = q.base?.value ?? q.value;
  const lo = q.base?.low ?? q.low ?? v ?? 0;
  const hi = q.base?.high ?? q.high ?? v ?? Number.POSITIVE_INFINITY;
  return [lo, hi];
}

const point = (q: QuantityClaim): number => q.base?.value ?? q.value ?? Number.NaN;

/** The unit of a figure's last stated digit: 3,000 → 1,000; 5,240 → 10; 11.4 → 0.1; 3.65 million → 10,000. */
export function precision(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  // "2.01 million" is 2009999.9999999998 in floating point: 2,010,000.
  const v = +value.toPrecision(12);
  let p = 1;
  if (Number.isInteger(v)) {
    while (p < 1e12 && v % (p * 10) === 0) p *= 10;
    return p;
  }
  while (p > 1e-6 && Math.abs(Math.round(v / p) * p - v) > 1e-9 * Math.abs(v)) p /= 10;
  return p;
}

function relateQuantities(a: QuantityClaim, b: QuantityClaim): Relation {
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  // "At least 42" states 42 as surely as "42" does: two floors are compared as two figures.
  const bounds = new Set([a.bound, b.bound]);
  const hedged = !(bounds.size === 1 && (bounds.has('exact') || bounds.has('atLeast') || bounds.has('moreThan') || bounds.has('lessThan')));
  const tol = hedged ? TOLERANCE_HEDGED : TOLERANCE_EXACT;
  const result = match([shapeOf(a), shapeOf(b)] as const)
    // Two floors (or two ceilings) are two counts as each source stands by them: "at least 42
    // dead" and "al menos 37 muertos" differ, though neither rules the other out.
    .with(['point', 'point'], ['floor', 'floor'], ['ceiling', 'ceiling'], () => {
      const [lo, hi] = [Math.min(point(a), point(b)), Math.max(point(a), point(b))];
      const gap = lo === 0 ? (hi === 0 ? 0 : 1) : (hi - lo) / lo;
      // Two exact figures agree when one may be the other rounded ("3,000" and "3,060"), not
      // when both are stated to a digit they differ in ("11.4" and "11.9 percent", "5,240" and "5,260").
      const rounded = hedged || hi - lo <= Math.max(precision(lo), precision(hi)) / 2;
      return gap <= tol && rounded ? true : `${formatNumber(lo)} vs ${formatNumber(hi)}: the higher is ${Math.round(gap * 100)}% above the lower`;
    })
    .with(['floor', P._], [P._, 'floor'], ['ceiling', P._], [P._, 'ceiling'], ['interval', P._], [P._, 'interval'], () => {
      const overlap = Math.max(al, bl) <= Math.min(ah, bh) * (1 + tol);
      return overlap ? true : `${describe(a)} and ${describe(b)} do not overlap`;
    })
    .exhaustive();
  return result === true ? AGREE : { agree: false, type: 'value', why: result };
}

/** "about 3,000", "hundreds (200–999)", "at least 12". */
export function describe(q: QuantityClaim): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.bound === 'vague') return `${q.hedge ?? q.text} (${formatNumber(q.low ?? 0)}–${formatNumber(q.high ?? 0)})`;
  if (q.bound === 'range') return `${formatNumber(q.low ?? 0)}–${formatNumber(q.high ?? 0)}${unit}`;
  const hedge = match(q.bound)
    .with('approximate', () => 'about ')
    .with('atLeast', () => 'at least ')
    .with('moreThan', () => 'more than ')
    .with('atMost', () => 'up to ')
    .with('lessThan', () => 'less than ')
    .otherwise(() => '');
  return `${hedge}${formatNumber(q.value ?? 0)}${unit}`;
}

/** One claim is a denial and the other states the act as fact. */
const oneDenies = (a: EventClaim, b: EventClaim): boolean => (a.modality === 'denied' && DENIABLE.has(b.modality)) || (b.modality === 'denied' && DENIABLE.has(a.modality));

/** Only what sources state as fact can contradict: a threat or an "if" cannot (a plan only a denial contradicts, see DENIABLE). */
const FACTUAL = new Set(['asserted', 'reported']);
/** What a denial contradicts: a fact, and a plan stated as one ("confirmed that asylum seekers will be housed" against "dementiert, dass … untergebracht werden sollen"). */
const DENIABLE = new Set([...FACTUAL, 'planned']);

function relateEvents(a: EventClaim, b: EventClaim): Relation {
  const groupOf = (c: string) => conceptDef(c)?.group ?? c;
  // Instruments of one class conflict when the two sources name none in common for it; a source
  // naming both ("tear gas and pepper spray") agrees with one naming either.
  const clash = a.instruments.find((i) => {
    const mine = a.instruments.filter((x) => groupOf(x.concept) === groupOf(i.concept)).map((x) => x.concept);
    const theirs = b.instruments.filter((x) => groupOf(x.concept) === groupOf(i.concept)).map((x) => x.concept);
    return theirs.length > 0 && !mine.some((x) => theirs.includes(x));
  });
  const other = clash ? b.instruments.find((j) => groupOf(j.concept) === groupOf(clash.concept)) : undefined;
  const same = a.action.concept === b.action.concept || nearActsOf(a.action.concept).includes(b.action.concept);
  const opposite = antonyms(a.action.concept, b.action.concept);
  const negated = (c: EventClaim) => (c.polarity === 'negative' ? ' (negated)' : '');
  return match<{ a: EventClaim; b: EventClaim }, Relation>({ a, b })
    // One source states the act, the other says it is denied: "closed the shelter" against
    // "negó haber cerrado el albergue".
    .when(
      // Aligned as one act, under the same name or another ("forced … back" against "negó haber expulsado").
      ({ a, b }) => a.polarity === b.polarity && oneDenies(a, b),
      ({ a, b }) => {
        const [said, denied] = a.modality === 'denied' ? [b, a] : [a, b];
        return { agree: false as const, type: 'negation' as const, why: `${said.documentId} says "${said.text}", ${denied.documentId} reports it denied: "${denied.text}"` };
      },
    )
    // A denial whose object is the other's act: "police fired tear gas" against "la préfecture a
    // démenti tout usage de gaz lacrymogène".
    .when(
      ({ a, b }) => a.polarity === b.polarity && deniesObjectOf(a, b) !== undefined,
      ({ a, b }) => {
        const [denial, said] = deniesObjectOf(a, b)!;
        return { agree: false as const, type: 'negation' as const, why: `${said.documentId} says "${said.text}", ${denial.documentId} denies it: "${denial.text}"` };
      },
    )
    .when(
      ({ a, b }) => !FACTUAL.has(a.modality) || !FACTUAL.has(b.modality),
      () => AGREE,
    )
    .when(
      ({ a, b }) => same && a.polarity !== b.polarity,
      ({ a, b }) => ({ agree: false as const, type: 'negation' as const, why: `${a.documentId} says "${a.text}"${negated(a)}, ${b.documentId} "${b.text}"${negated(b)}` }),
    )
    // "won't allow" and "stop" say the same thing; "allowed" and "stopped" do not.
    .when(
      ({ a, b }) => opposite && a.polarity === b.polarity && sameSetting(a, b),
      ({ a, b }) => ({ agree: false as const, type: 'antonym' as const, why: `"${a.action.text}" (${a.documentId}) and "${b.action.text}" (${b.documentId}) say opposite things` }),
    )
    .when(
      () => clash !== undefined && other !== undefined,
      () => ({ agree: false as const, type: 'instrument' as const, why: `${clash!.text} (${a.documentId}) vs ${other!.text} (${b.documentId})` }),
    )
    // Aligned accounts of one act that name different kinds of force: "rubber bullets" and "balas reales".
    .when(
      ({ a, b }) => alternativeForces(a, b),
      ({ a, b }) => ({ agree: false as const, type: 'instrument' as const, why: `${a.instruments.map((i) => i.text).join(', ')} (${a.documentId}) vs ${b.instruments.map((i) => i.text).join(', ')} (${b.documentId})` }),
    )
    .when(
      ({ a, b }) => same && a.agent !== undefined && b.agent !== undefined && agentsClash(a.agent.concept, b.agent.concept),
      ({ a, b }) => ({ agree: false as const, type: 'agent' as const, why: `done by ${a.agent!.text} (${a.documentId}) vs by ${b.agent!.text} (${b.documentId})` }),
    )
    .otherwise(() => AGREE);
}

/** [the denial, the act it denies] when one claim denies the instrument the other's act used. */
function deniesObjectOf(a: EventClaim, b: EventClaim): [EventClaim, EventClaim] | undefined {
  const denies = (c: EventClaim) => denialActs.includes(c.action.concept);
  if (denies(a) === denies(b)) return undefined;
  const [denial, said] = denies(a) ? [a, b] : [b, a];
  if (!FACTUAL.has(said.modality)) return undefined;
  // The denier speaks for those said to have acted, not against them ("protesters denied
  // throwing tear gas" says nothing of the police who fired it).
  if (denial.agent && said.agent && agentsClash(denial.agent.concept, said.agent.concept)) return undefined;
  if (denial.instruments.some((i) => said.instruments.some((j) => j.concept === i.concept))) return [denial, said];
  // A denial whose sentence names the other's act, done to the same people: "Die Bundespolizei
  // weist den Vorwurf zurück, … eine afghanische Familie … zurückgewiesen zu haben" against
  // "turned an Afghan family back". Both must name whom: a denial sentence may mention other acts.
  return denial.concepts.includes(said.action.concept) && denial.patient !== undefined && said.patient !== undefined && samePatient(denial, said) ? [denial, said] : undefined;
}

/** Opposite acts only contradict each other about the same place and the same people. */
function sameSetting(a: EventClaim, b: EventClaim): boolean {
  const same = (x?: { concept: string }, y?: { concept: string }) => (x === undefined) === (y === undefined) && compatible(x, y);
  // The same body doing opposite things about one object, where one source leaves the object
  // out: "Riksdag approved a bill", "Riksdagen röstade ned".
  const sameAgent = a.agent !== undefined && b.agent !== undefined && conceptsCompatible(a.agent.concept, b.agent.concept);
  // One named person is the one the other describes ("released Ramón Ochoa", "detuvo … a Ramón Ochoa, dirigente").
  const patients = (a.patient === undefined) === (b.patient === undefined) && samePatient(a, b);
  if (same(a.place, b.place) && (patients || (sameAgent && samePatient(a, b)))) return true;
  // What one source names as the object the other may name as the place ("reopened the Ventas
  // crossing", "cerró el paso fronterizo de Ventas"): one named place or body in common.
  if (a.place && b.place && !compatible(a.place, b.place)) return false;
  const spots = (c: EventClaim) => [c.place, c.patient].filter((x): x is NonNullable<typeof x> => x !== undefined && /^(?:ent|org):/u.test(x.concept));
  if (spots(a).some((x) => spots(b).some((y) => compatible(x, y)))) return true;
  // One named place or body in any role, and one kind of place or thing in common: "The district
  // of Tannbrück opened a refugee shelter", "Der Landkreis Tannbrück hat die
  // Flüchtlingsunterkunft … geschlossen".
  const named = (c: EventClaim) => [c.agent, c.patient, c.place, ...c.entities].filter((x): x is NonNullable<typeof x> => x !== undefined && /^(?:ent|org):/u.test(x.concept));
  const things = (c: EventClaim) => c.concepts.filter((id) => THINGS.has(conceptDef(id)?.type ?? ''));
  const [na, nb] = [named(a), named(b)];
  if (na.some((x) => nb.some((y) => compatible(x, y))) && things(a).some((t) => things(b).includes(t))) return true;
  // One named person or body both name, not as where it happened: "ordered the release of …
  // Arben Kelmendi", "Arben Kelmendi ist … in Untersuchungshaft genommen worden".
  const who = (c: EventClaim, names: typeof na) => {
    const where = new Set([...c.frame.places, ...(c.frame.document?.places ?? [])].map((p) => `ent:${p}`));
    return names.filter((x) => !where.has(x.concept));
  };
  const wb = who(b, nb);
  return who(a, na).some((x) => wb.some((y) => compatible(x, y) || sameSurname(x.concept, y.concept)));
}

/** Kinds of concept that name what an act is done to or where: a shelter, a crossing, a bill. */
const THINGS = new Set(['thing', 'place']);

const isState = (id: string): boolean => ancestry(id).some((x) => stateSide.includes(x));
const isForce = (id: string): boolean => ancestry(id).includes(securityForces);

/** Security forces against people who are not of the state: the typical "who did it" dispute. */
function agentsClash(a: string, b: string): boolean {
  if (conceptsCompatible(a, b)) return false;
  return (isForce(a) && !isState(b) && !b.includes(':')) || (isForce(b) && !isState(a) && !a.includes(':'));
}

/**
 * One source gives the words to an organisation, the other to someone its sentence ties to that
 * organisation ("said MSF", "James Hollis, coordinateur de Médecins sans frontières").
 */
function speaksFor(org: QuoteClaim, person: QuoteClaim): boolean {
  const key = `org:${org.attribution!.key}`;
  return org.concepts.includes(key) && person.concepts.includes(key);
}

function relateQuotes(a: QuoteClaim, b: QuoteClaim): Relation {
  const sa = a.attribution?.key;
  const sb = b.attribution?.key;
  if (sa && sb && sa !== sb && !sa.endsWith(` ${sb}`) && !sb.endsWith(` ${sa}`) && !speaksFor(a, b) && !speaksFor(b, a)) {
    return { agree: false, type: 'misattributed', why: `the same words are given to ${a.attribution!.name} (${a.documentId}) and to ${b.attribution!.name} (${b.documentId})` };
  }
  const wa = quoteWords(a.quote);
  const wb = quoteWords(b.quote);
  if (wa.join(' ') === wb.join(' ')) return { agree: true, note: 'verbatim' };
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) return { agree: true, note: 'fragment' };
  const { removed, added, edits } = wordDiff(wa, wb);
  const words = [...removed.map((w) => `"${w}" (${a.documentId})`), ...added.map((w) => `"${w}" (${b.documentId})`)];
  return { agree: false, type: 'quote-altered', why: `the quote is altered (${edits} word edits): ${words.slice(0, 12).join(', ')}` };
}

/** Word-level edits between two quotes, with the words only one of them has. */
export function wordDiff(a: readonly string[], b: readonly string[]): { removed: string[]; added: string[]; edits: number } {
  // One character per distinct word, so fastest-levenshtein counts word edits.
  const codes = new Map<string, string>();
  const code = (w: string) => {
    let c = codes.get(w);
    if (c === undefined) {
      c = String.fromCharCode(0x4e00 + codes.size);
      codes.set(w, c);
    }
    return c;
  };
  const edits = distance(a.map(code).join(''), b.map(code).join(''));
  const inB = new Set(b);
  const inA = new Set(a);
  return { removed: [...new Set(a.filter((w) => !inB.has(w)))], added: [...new Set(b.filter((w) => !inA.has(w)))], edits };
}
