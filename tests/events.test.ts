/**
 * Who did what to whom, with what: event claims from single sentences as the press writes them,
 * in English and Swedish above all (tests/data/event-cases.ts): agent, action, patient,
 * instruments, polarity and modality, through passives, relative clauses, coordination,
 * negation and reported speech.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type EventClaim } from '../src/index';
import { conceptsCompatible } from '../src/pipeline/align/similarity';
import { eventCases, type EventCase } from './data/event-cases';
import { constructionCases } from './data/event-cases-constructions';

const same = (got: string | undefined, want: string | null) => (want === null ? got === undefined : got !== undefined && (got === want || conceptsCompatible(got, want)));

function check(c: EventCase) {
  const events = extractClaims({ id: 't', text: c.text, language: c.lang }, { kinds: ['event'] }) as EventClaim[];
  const e = events.find((x) => x.action.concept === c.action);
  const instruments = e ? [...new Set(events.filter((x) => x.action === e.action || x.action.span.start.offset === e.action.span.start.offset).flatMap((x) => x.instruments.map((i) => i.concept)))] : [];
  return {
    action: e !== undefined,
    agent: same(e?.agent?.concept, c.agent),
    patient: same(e?.patient?.concept, c.patient),
    instruments: c.instruments.every((i) => instruments.includes(i)) && instruments.length === c.instruments.length,
    polarity: e?.polarity === c.polarity,
    modality: e?.modality === c.modality,
  };
}

describe('event cases', () => {
  const results = eventCases.map((c) => ({ c, r: check(c) }));
  const fields = ['action', 'agent', 'patient', 'instruments', 'polarity', 'modality'] as const;
  const rate = (f: (typeof fields)[number], lang?: string) => {
    const xs = results.filter((x) => !lang || x.c.lang === lang);
    return xs.filter((x) => x.r[f]).length / xs.length;
  };

  it('has the cases the issue asks for', () => {
    expect(eventCases.length).toBeGreaterThanOrEqual(120);
    expect(eventCases.filter((c) => c.lang === 'en').length).toBeGreaterThan(40);
    expect(eventCases.filter((c) => c.lang === 'sv').length).toBeGreaterThan(40);
  });

  it('gets each field right for most sentences', () => {
    const table = fields.map((f) => `${f} ${(rate(f) * 100).toFixed(0)}% (en ${(rate(f, 'en') * 100).toFixed(0)}%, sv ${(rate(f, 'sv') * 100).toFixed(0)}%)`).join(' · ');
    const all = results.filter((x) => fields.every((f) => x.r[f])).length;
    const misses = results.filter((x) => !fields.every((f) => x.r[f])).map((x) => `${x.c.lang} [${fields.filter((f) => !x.r[f]).join(',')}] ${x.c.text}`);
    console.log(`events: all fields right ${all}/${results.length}; ${table}\n${misses.slice(0, 40).join('\n')}`);
    expect(rate('action')).toBeGreaterThanOrEqual(0.8);
    expect(rate('polarity')).toBeGreaterThanOrEqual(0.8);
    expect(rate('agent')).toBeGreaterThanOrEqual(0.6);
    expect(rate('modality')).toBeGreaterThanOrEqual(0.6);
  });

  it('reads the harder constructions: control, clause openers, pronoun subjects, gear, far origins', () => {
    // Written apart from the rules they test (tests/data/event-cases-constructions.ts).
    const got = constructionCases.map((c) => ({ c, r: check(c) }));
    const ok = (x: (typeof got)[number]) => fields.every((f) => x.r[f]);
    const byFeature = [...new Set(constructionCases.map((c) => c.feature))].map((f) => {
      const xs = got.filter((x) => x.c.feature === f);
      return `${f} ${xs.filter(ok).length}/${xs.length}`;
    });
    const misses = got.filter((x) => !ok(x)).map((x) => `${x.c.lang} ${x.c.feature} [${fields.filter((f) => !x.r[f]).join(',')}] ${x.c.text}`);
    console.log(`constructions: all fields right ${got.filter(ok).length}/${got.length}; ${byFeature.join(' · ')}\n${misses.join('\n')}`);
    expect(got.filter(ok).length / got.length).toBeGreaterThanOrEqual(0.7);
    expect(got.filter((x) => x.r.action).length / got.length).toBeGreaterThanOrEqual(0.9);
  });

  it('splits coordinated instruments of different kinds into claims that each can conflict', () => {
    const events = extractClaims({ id: 't', text: 'Riot police threw tear gas and smoke canisters at the crowd.', language: 'en' }, { kinds: ['event'] }) as EventClaim[];
    expect(events.map((e) => e.instruments.map((i) => i.concept).join('+')).sort()).toEqual(['smoke_canister', 'tear_gas']);
    expect(events.every((e) => e.agent?.concept === 'riot_police')).toBe(true);
  });

  it('reads "security forces, who used pepper spray" with the relative clause\'s antecedent as agent', () => {
    const text = 'Witnesses say some of the migrants threw rocks at security forces, who used pepper spray to force the migrants to retreat.';
    const e = (extractClaims({ id: 't', text, language: 'en' }, { kinds: ['event'] }) as EventClaim[]).find((x) => x.instruments.some((i) => i.concept === 'pepper_spray'));
    expect(e?.agent?.concept).toBe('security_forces');
    expect(e?.modality).toBe('reported');
  });

  const events = (text: string, language: string) => extractClaims({ id: 't', text, language }, { kinds: ['event'] }) as EventClaim[];

  it('reads a force by its gear, and the verb after "to" with the subject of the verb before it', () => {
    const [stop] = events('Mexican police, in full riot gear, rushed forward to stop them.', 'en').filter((e) => e.action.concept === 'act_block');
    expect(stop?.agent?.concept).toBe('riot_police');
    expect(stop?.instruments).toEqual([]);
  });

  it('stops at "medan": the patient of the first clause is not the subject of the second', () => {
    const es = events('Hundratals migranter från Honduras tog sig på fredagskvällen igenom en barriär längs Guatemalas gräns till Mexiko, medan kravallpolis försökte hindra dem att ta sig över en bro.', 'sv');
    const through = es.find((e) => e.action.concept === 'act_break_through' && e.agent?.concept === 'migrant');
    expect(through?.patient).toBeUndefined();
    expect(through?.text).toContain('igenom en barriär');
    expect(es.find((e) => e.action.concept === 'act_block')?.agent?.concept).toBe('riot_police');
    // "hindra dem att ta sig över": "dem" is who would cross, not the riot police.
    expect(es.some((e) => e.action.text === 'ta sig över' && e.agent?.concept === 'riot_police')).toBe(false);
  });

  it('reads German split verbs and a perfect with the participle last', () => {
    const [arrest] = events('Die Bundespolizei nahm am Samstag am Grenzübergang einen mutmaßlichen Schleuser fest.', 'de').filter((e) => e.action.concept === 'act_arrest');
    expect(arrest?.agent?.concept).toBe('federal_police');
    expect(arrest?.action.text).toBe('nahm');
    const [beat] = events('Die Grenzschützer haben die Migranten nicht geschlagen, erklärte das Innenministerium.', 'de').filter((e) => e.action.concept === 'act_beat');
    expect([beat?.agent?.concept, beat?.patient?.concept, beat?.polarity, beat?.modality]).toEqual(['border_guard', 'migrant', 'negative', 'reported']);
  });

  it('reads the subject after the verb when a German or Swedish clause opens with a phrase or another clause', () => {
    const [force] = events('Am Frankfurter Flughafen setzte die Polizei Schlagstöcke gegen Aktivisten ein, die eine Abschiebung verhindern wollten.', 'de').filter((e) => e.action.concept === 'act_use_force');
    expect([force?.agent?.concept, force?.patient?.concept, force?.instruments.map((i) => i.concept)]).toEqual(['police', 'activist', ['baton']]);
    const [taser] = events('Gegen den Mann, der am Montag in einer Flüchtlingsunterkunft in Erlenrode Mitarbeiter angegriffen hatte, hat die Polizei nach eigenen Angaben keinen Taser eingesetzt.', 'de').filter((e) => e.action.concept === 'act_use_force');
    expect([taser?.agent?.concept, taser?.instruments.map((i) => i.concept), taser?.polarity]).toEqual(['police', ['taser'], 'negative']);
    const attack = events('Gegen den Mann, der am Montag in einer Flüchtlingsunterkunft in Erlenrode Mitarbeiter angegriffen hatte, hat die Polizei nach eigenen Angaben keinen Taser eingesetzt.', 'de').find((e) => e.action.concept === 'act_attack');
    expect(attack?.instruments).toEqual([]);
  });

  it('gives the person, not the title, as the actor, and reads a name after "the town of" as a place', () => {
    const [meet] = events('Migration Minister Karin Wallgren met her Finnish counterpart in Helsinki on Friday for talks on border controls.', 'en').filter((e) => e.action.concept === 'act_meet');
    expect(meet?.agent?.concept).toBe('ent:wallgren');
    const [sv] = events('Migrationsminister Karin Wallgren träffade i fredags sin finländska kollega i Helsingfors för samtal om gränskontrollerna.', 'sv').filter((e) => e.action.concept === 'act_meet');
    // Helsingfors is Helsinki: places the languages name differently share one key.
    expect(sv?.place?.concept).toBe('ent:helsinki');
    const [open] = events('The Red Cross opened an emergency shelter for newly arrived migrants in the port town of Puerto Lavera on Wednesday.', 'en').filter((e) => e.action.concept === 'act_open');
    expect(open?.agent?.concept).toBe('org:red_cross');
    // "Cross" inside the name "Red Cross" is not the verb "cross"; the town is the place.
    const shelter = events('The Red Cross opened an emergency shelter for newly arrived migrants in the port town of Puerto Lavera on Wednesday.', 'en');
    expect(shelter.some((e) => e.action.concept === 'act_cross')).toBe(false);
    expect(shelter.some((e) => e.place?.concept === 'ent:puerto lavera')).toBe(true);
    const [deport] = events('Immigration authorities deported activist Pablo Ríos to Venezuela on Thursday.', 'en').filter((e) => e.action.concept === 'act_deport');
    expect(deport?.place).toBeUndefined();
  });

  it('keeps the general rules from misfiring on ordinary sentences (found in review)', () => {
    // A force named inside a longer name is that force, not the town at its end.
    expect(events('La Guardia Civil de Ceuta rescató a 30 migrantes.', 'es')[0]?.agent?.concept).not.toBe('ent:ceuta');
    // "om" (whether) is no preposition: the police still fired.
    expect(events('Det är oklart om polisen sköt mot demonstranterna.', 'sv').find((e) => e.action.concept === 'act_use_force')?.agent?.concept).toBe('police');
    // After a fronted clause the subject follows the verb.
    const thrown = events('Während die Polizei Tränengas sprühte, warfen Demonstranten Steine.', 'de').find((e) => e.action.text === 'warfen');
    expect(thrown?.agent?.concept).toBe('protester');
  });
});
