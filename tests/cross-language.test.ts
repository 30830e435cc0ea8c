/**
 * Across languages without translation: pairs of comparable sentences (en–sv, en–es, en–de,
 * en–fr) stating one fact the way each language's press would, and look-alikes that share a
 * number or a name but are about different facts (tests/data/cross-pairs.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../src/index';
import { crossPairs, type CrossPair } from './data/cross-pairs';
import { heldOutPairs } from './data/cross-pairs-held-out';
import { heldOutPairs2 } from './data/cross-pairs-held-out-2';
import { heldOutPairs3 } from './data/cross-pairs-held-out-3';
import { heldOutPairs4 } from './data/cross-pairs-held-out-4';
import { heldOutPairs5 } from './data/cross-pairs-held-out-5';
import { heldOutPairs6 } from './data/cross-pairs-held-out-6';
import { heldOutPairs7 } from './data/cross-pairs-held-out-7';
import { heldOutPairs8 } from './data/cross-pairs-held-out-8';
import { heldOutPairs9 } from './data/cross-pairs-held-out-9';
import { heldOutPairs10 } from './data/cross-pairs-held-out-10';
import { heldOutPairs11 } from './data/cross-pairs-held-out-11';
import { heldOutPairs12 } from './data/cross-pairs-held-out-12';
import { heldOutPairs13 } from './data/cross-pairs-held-out-13';
import { heldOutPairs14 } from './data/cross-pairs-held-out-14';
import { heldOutPairs15 } from './data/cross-pairs-held-out-15';
import { heldOutPairs16 } from './data/cross-pairs-held-out-16';
import { heldOutPairs17 } from './data/cross-pairs-held-out-17';
import { crossPairsHeldOut18 } from './data/cross-pairs-held-out-18';
import { crossPairsHeldOut19 } from './data/cross-pairs-held-out-19';
import { crossPairsHeldOut20 } from './data/cross-pairs-held-out-20';
import { crossPairsHeldOut21 } from './data/cross-pairs-held-out-21';
import { ancestry, conceptDef, oppositesOf } from '../src/lexicon/registry';
import { sameName } from '../src/pipeline/extract/frame';
import { relationOf } from './cross-relation';

describe('cross-language pairs', () => {
  const results = crossPairs.map((p) => ({ p, got: relationOf(p) }));
  const comparable = results.filter((r) => r.p.relation !== 'apart');
  const lookalikes = results.filter((r) => r.p.relation === 'apart');
  const rate = (xs: typeof results) => xs.filter((r) => r.got === r.p.relation).length / xs.length;

  it('has the pairs the issue asks for', () => {
    expect(comparable.length).toBeGreaterThanOrEqual(60);
    expect(lookalikes.length).toBeGreaterThanOrEqual(20);
  });

  it('aligns comparable pairs with the right verdict and keeps look-alikes apart', () => {
    const misses = results.filter((r) => r.got !== r.p.relation).map((r) => `${r.p.id}: want ${r.p.relation}, got ${r.got} (${r.p.note})`);
    console.log(`cross-language: comparable right ${(rate(comparable) * 100).toFixed(1)}% of ${comparable.length}, look-alikes apart ${(rate(lookalikes) * 100).toFixed(1)}% of ${lookalikes.length}\n${misses.join('\n')}`);
    expect(rate(comparable)).toBeGreaterThanOrEqual(0.9);
    expect(rate(lookalikes)).toBeGreaterThanOrEqual(0.9);
  });

  /** Relations of a held-out set: the share right among comparable pairs and among look-alikes, misses printed. */
  const measure = (label: string, pairs: readonly CrossPair[]) => {
    const held = pairs.map((p) => ({ p, got: relationOf(p) }));
    const comp = held.filter((r) => r.p.relation !== 'apart');
    const look = held.filter((r) => r.p.relation === 'apart');
    const byLang = ['sv', 'de', 'es', 'fr'].map((l) => {
      const xs = comp.filter((r) => r.p.b.lang === l);
      return `en–${l} ${xs.filter((r) => r.got === r.p.relation).length}/${xs.length}`;
    });
    // A set kept for first sight prints no misses, so that no later reading of the log unseals it.
    const sealed = label.includes('first sight');
    const misses = sealed ? [] : held.filter((r) => r.got !== r.p.relation).map((r) => `${r.p.id}: want ${r.p.relation}, got ${r.got} (${r.p.note})`);
    console.log(`${label}: comparable right ${(rate(comp) * 100).toFixed(1)}% of ${comp.length} (${byLang.join(', ')}), look-alikes apart ${(rate(look) * 100).toFixed(1)}% of ${look.length}\n${misses.join('\n')}`);
    return { comp, look };
  };

  it('does about as well on held-out pairs written apart from the rules (tests/data/cross-pairs-held-out.ts)', () => {
    const { comp, look } = measure('held-out cross-language', heldOutPairs);
    expect(comp.length).toBeGreaterThanOrEqual(40);
    // 80.0% / 90% at the end of session 2, 85.0% / 90% now; the floors guard what was gained.
    expect(rate(comp)).toBeGreaterThanOrEqual(0.8);
    expect(rate(look)).toBeGreaterThanOrEqual(0.85);
  });

  // Each set of 92 pairs was written by a helper that saw neither the rules nor the other pairs,
  // and run once before any rule looked at it (comparable right / look-alikes apart):
  // set 2 (session 3) 60.9% / 96.4%; set 3 (session 4, start) 56.3% / 78.6%; set 4 (commit
  // 4f58c54) 70.3% / 92.9%; set 5 (commit f5308e1) 65.6% / 92.9%; set 6 (session 5, start,
  // d924505) 57.8% / 89.3%; set 7 (session 5, commit 9dbadce, after set 6's rules) 60.9% /
  // 82.1%; set 8 (session 5, commit 79b8170, after set 7's rules) 65.6% / 92.9%; set 9 (session
  // 6, start, 7d159f5) 79.7% / 82.1%; set 10 (session 6, start) 65.6% / 92.9%; set 11 (session 6,
  // e9edd32) 79.7% / 92.9%; set 12 (session 6, 5d571a4) 65.6% / 64.3%. The floors guard what the
  // general rules their misses pointed to have gained since.
  it.each([
    ['held-out set 2', heldOutPairs2, 0.8, 0.95],
    ['held-out set 3', heldOutPairs3, 0.8, 0.9],
    ['held-out set 4', heldOutPairs4, 0.85, 0.95],
    ['held-out set 5', heldOutPairs5, 0.8, 0.9],
    ['held-out set 6', heldOutPairs6, 0.85, 0.85],
    // Set 7's look-alikes: "walked off the job on Friday" against "En marzo del año pasado, …
    // pararon labores" is now read as one act, and the month of last year is not read (a known gap).
    ['held-out set 7', heldOutPairs7, 0.9, 0.8],
    ['held-out set 8', heldOutPairs8, 0.9, 0.95],
    ['held-out set 9', heldOutPairs9, 0.9, 0.85],
    ['held-out set 10', heldOutPairs10, 0.8, 0.9],
    ['held-out set 11', heldOutPairs11, 0.9, 0.9],
    ['held-out set 12', heldOutPairs12, 0.85, 0.75],
    ['held-out set 13', heldOutPairs13, 0.7, 0.75],
    ['held-out set 14', heldOutPairs14, 0.9, 0.85],
    ['held-out set 15', heldOutPairs15, 0.8, 0.8],
    ['held-out set 16', heldOutPairs16, 0.85, 0.8],
    ['held-out set 17', heldOutPairs17, 0.85, 0.85],
    // Sets 18 and 19 (session 8) were first sight then (68.8% / 96.4% and 76.6% / 82.1% on 94c9a7d,
    // 70.3% / 96.4% and 79.7% / 82.1% at the end of session 8); their misses were read in session 9.
    ['held-out set 18', crossPairsHeldOut18, 0.85, 0.9],
    ['held-out set 19', crossPairsHeldOut19, 0.9, 0.85],
    // Set 20 (session 9): first sight 68.8% / 78.6% on the session-start code (3d15023) and
    // 81.3% / 78.6% on cf61093's rules (built from sets 18 and 19 only); its misses were read after.
    ['held-out set 20', crossPairsHeldOut20, 0.85, 0.75],
    // Set 21 (session 9): first sight, misses not read. 87.5% / 89.3% on the session-start code
    // and on the session's final rules.
    ['held-out set 21 (first sight, misses not read)', crossPairsHeldOut21, 0.85, 0.85],
  ] as const)('is measured on %s, written apart from the rules', (name, pairs, compFloor, lookFloor) => {
    const { comp, look } = measure(name, pairs);
    expect(comp.length).toBeGreaterThanOrEqual(60);
    expect(look.length).toBeGreaterThanOrEqual(20);
    expect(rate(comp)).toBeGreaterThanOrEqual(compFloor);
    expect(rate(look)).toBeGreaterThanOrEqual(lookFloor);
  });

  it.each([
    ['en', 'The caravan of nearly 3,000 people left on Friday.', 'sv', 'Karavanen med uppemot 4 000 migranter lämnade staden i fredags.', 'conflict'],
    ['en', 'Hundreds of police were deployed to the border.', 'sv', 'Hundratals poliser placerades ut vid gränsen.', 'agree'],
  ] as const)('%s "%s" vs %s "%s": %s', (la, ta, lb, tb, want) => {
    expect(relationOf({ id: 'x', a: { lang: la, text: ta }, b: { lang: lb, text: tb }, kind: 'quantity', relation: want, note: '' })).toBe(want);
  });

  it('calls a denial of the force another source reports a conflict of negation, naming both', () => {
    const report = compareClaims([
      { id: 'en', text: 'Police fired tear gas inside a migrant day centre in Port-Louvel during an identity check on Wednesday.', language: 'en' },
      { id: 'fr', text: "La préfecture a démenti tout usage de gaz lacrymogène à l'intérieur de l'accueil de jour pour migrants de Port-Louvel lors du contrôle d'identité de mercredi.", language: 'fr' },
    ]);
    const al = report.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict');
    expect(al?.conflictTypes).toContain('negation');
    expect(al?.explanation).toMatch(/denies it/u);
  });

  it('reads a vote down as the opposite of an approval by the same parliament, and a genitive as no participant', () => {
    const report = compareClaims([
      { id: 'en', text: 'The Riksdag on Wednesday approved a bill tightening the rules for family reunification.', language: 'en' },
      { id: 'sv', text: 'Riksdagen röstade i onsdags ned regeringens förslag om skärpta regler för anhöriginvandring.', language: 'sv' },
    ]);
    const vote = report.claims.find((c) => c.kind === 'event' && c.documentId === 'sv');
    expect(vote?.kind === 'event' && vote.patient).toBeFalsy();
    const al = report.alignments.find((x) => x.kind === 'event');
    expect(al?.conflictTypes).toContain('antonym');
  });

  it('sets an expulsion beside the ministry denying it, with the person (not the demonym) as the one expelled', () => {
    const report = compareClaims([
      { id: 'en', text: 'Spanish authorities expelled the Algerian dissident Karim Belaid to Algiers on Sunday.', language: 'en' },
      { id: 'es', text: 'El Ministerio del Interior negó el domingo haber expulsado a Argelia al disidente Karim Belaid.', language: 'es' },
    ]);
    const expelled = report.claims.find((c) => c.kind === 'event' && c.documentId === 'en' && c.action.concept === 'act_deport');
    expect(expelled?.kind === 'event' && expelled.patient?.concept).toBe('ent:belaid');
    const al = report.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict');
    expect(al?.conflictTypes).toContain('negation');
  });

  it("does not call one side's denial a negation of what the other side did", () => {
    const report = compareClaims([
      { id: 'en', text: 'Police fired tear gas at the protesters outside the camp on Sunday.', language: 'en' },
      { id: 'es', text: 'Los manifestantes negaron haber lanzado gas lacrimógeno contra los agentes frente al campamento el domingo.', language: 'es' },
    ]);
    expect(report.alignments.some((x) => x.conflictTypes?.includes('negation'))).toBe(false);
  });

  // Rules found on the third held-out set (session 4); each sentence pair failed before its rule.
  const kinds = (a: { lang: string; text: string }, b: { lang: string; text: string }) => {
    const report = compareClaims([
      { id: 'a', text: a.text, language: a.lang },
      { id: 'b', text: b.text, language: b.lang },
    ]);
    return report;
  };

  it('holds two exact figures stated to a digit they differ in as a conflict, and a round figure as agreeing', () => {
    const rate = kinds(
      { lang: 'en', text: "Morocco's unemployment rate rose to 13.7 percent in the first quarter, the planning agency HCP said." },
      { lang: 'fr', text: 'Le taux de chômage au Maroc a grimpé à 13,1 % au premier trimestre, selon le Haut-Commissariat au Plan.' },
    );
    expect(rate.alignments.find((x) => x.kind === 'quantity')?.conflictTypes).toContain('value');
    const round = kinds(
      { lang: 'en', text: '3,000 migrants crossed the river into Mexico on Saturday.' },
      { lang: 'es', text: 'El sábado, 3.060 migrantes cruzaron el río hacia México.' },
    );
    expect(round.alignments.find((x) => x.kind === 'quantity')?.verdict).toBe('agree');
  });

  it('reads a statistics agency written in capitals as a name, not a demonym ("DANE")', () => {
    const r = kinds(
      { lang: 'en', text: 'Inflation in Colombia slowed to 5.8 percent in March, the statistics agency DANE said.' },
      { lang: 'es', text: 'La inflación en Colombia se moderó al 6,2% en marzo, según el DANE.' },
    );
    expect(r.claims.some((c) => c.concepts.includes('cty:DK'))).toBe(false);
    expect(r.alignments.find((x) => x.kind === 'quantity')?.verdict).toBe('conflict');
  });

  it('counts the noun a quality or an adjective describes ("4,130 unauthorised entries", "73 nya jobb")', () => {
    const entries = kinds(
      { lang: 'en', text: 'Federal police recorded 4,130 unauthorised entries at the border with the Czech Republic in October.' },
      { lang: 'de', text: 'An der Grenze zu Tschechien hat die Bundespolizei im Oktober 4.130 unerlaubte Einreisen festgestellt.' },
    );
    const counted = entries.claims.filter((c) => c.kind === 'quantity').map((c) => c.kind === 'quantity' && c.counted?.concept);
    expect(counted).toEqual(['border_crossing', 'border_crossing']);
    const jobs = compareClaims([{ id: 'sv', text: 'Vindkraftsparken på Granberget väntas ge 73 nya jobb i kommunen.', language: 'sv' }]);
    const q = jobs.claims.find((c) => c.kind === 'quantity');
    expect(q?.kind === 'quantity' && q.counted?.concept).toBe('job');
    // Nor does the park hold a kick, nor "väntas" (is expected) a crowd waiting.
    expect(jobs.claims.filter((c) => c.kind === 'event')).toEqual([]);
  });

  it('keeps one act in two different towns, and rates of two different things, apart', () => {
    const towns = kinds(
      { lang: 'en', text: 'Defence Minister Peter Alvång met his Estonian counterpart in Tallinn on Monday to discuss security in the Baltic Sea.' },
      { lang: 'sv', text: 'Försvarsminister Peter Alvång träffade på måndagen sin lettiska kollega i Riga för samtal om säkerhetsläget i Östersjön.' },
    );
    expect(towns.alignments.filter((x) => x.kind === 'event' && x.positions.length > 1)).toEqual([]);
    const rates = kinds(
      { lang: 'en', text: "Peru's economy grew 3.1 percent last year, the national statistics institute INEI said." },
      { lang: 'es', text: 'Las exportaciones de cobre del Perú crecieron un 3,1% el año pasado, según el INEI.' },
    );
    expect(rates.alignments.filter((x) => x.kind === 'quantity' && x.positions.length > 1)).toEqual([]);
  });

  it('gives a purpose the instruments of the use of force before it, so two kinds of force conflict', () => {
    const r = kinds(
      { lang: 'en', text: 'Chilean police used water cannon to break up a student march for free education in central Santiago on Thursday.' },
      { lang: 'es', text: 'Carabineros dispersó con gases lacrimógenos la marcha estudiantil por la educación gratuita que recorría el jueves el centro de Santiago.' },
    );
    expect(r.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('instrument');
  });

  it('calls reopening and closing one named crossing opposite acts, whether it is named as object or place', () => {
    const r = kinds(
      { lang: 'en', text: 'Colombia reopened the Paraguachón border crossing with Venezuela on Saturday.' },
      { lang: 'es', text: 'Colombia cerró el sábado el paso fronterizo de Paraguachón, en la frontera con Venezuela.' },
    );
    expect(r.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('antonym');
  });

  it('credits the person named after a role and a comma, not the day and the role', () => {
    const r = kinds(
      { lang: 'en', text: '"The French have done more this year than ever before," British border security minister Daniel Prowse said on Thursday.' },
      { lang: 'fr', text: '« The French have done more this year than ever before », a déclaré jeudi le ministre britannique chargé de la sécurité des frontières, Daniel Prowse.' },
    );
    expect(r.claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.name)).toEqual(['Daniel Prowse', 'Daniel Prowse']);
    expect(r.alignments.find((x) => x.kind === 'quote')?.verdict).toBe('agree');
  });

  it('reads a passive whose subject is a thing as an act on it ("the border crossing … was closed", "Gränsövergången … stängdes")', () => {
    const agree = kinds(
      { lang: 'en', text: 'The border crossing at Ventas was closed on Monday.' },
      { lang: 'sv', text: 'Gränsövergången vid Ventas stängdes på måndagen.' },
    );
    expect(agree.alignments.find((x) => x.kind === 'event')?.verdict).toBe('agree');
    const opposite = kinds(
      { lang: 'en', text: 'The border crossing at Ventas was reopened on Monday.' },
      { lang: 'de', text: 'Der Grenzübergang bei Ventas wurde am Montag geschlossen.' },
    );
    expect(opposite.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('antonym');
  });

  // Rules found on the sixth held-out set (session 5); each sentence failed before its rule.
  it('reads a figure after a weekday as a figure, not as the day ("Mercredi, 146 personnes", "Am Mittwoch, 146 Menschen")', () => {
    for (const [language, text] of [
      ['fr', 'Mercredi, 146 personnes ont été secourues au large de Calais.'],
      ['de', 'Am Mittwoch, 146 Menschen wurden an der Grenze aufgegriffen.'],
    ] as const) {
      const q = compareClaims([{ id: language, text, language }]).claims.find((c) => c.kind === 'quantity');
      expect(q?.kind === 'quantity' && q.value).toBe(146);
    }
  });

  it('counts the noun an adjective or a participle describes, also after a verb no table knows ("487 suspected people smugglers", "carrying 63 rejected asylum seekers")', () => {
    const counted = (text: string) => {
      const q = compareClaims([{ id: 'en', text, language: 'en' }]).claims.find((c) => c.kind === 'quantity');
      return q?.kind === 'quantity' ? q.counted?.concept : undefined;
    };
    expect(counted('Federal police caught 487 suspected people smugglers at the border in the first quarter.')).toBe('smuggler');
    expect(counted('A charter plane carrying 63 rejected asylum seekers left for Tirana on Wednesday.')).toBe('asylum_seeker');
  });

  it('reads a Swedish place name in the genitive before a noun as the place ("Ystads hamn" = Ystad)', () => {
    const r = kinds(
      { lang: 'en', text: 'Customs officers found 31 migrants hidden in a lorry at the port of Ystad on Tuesday.' },
      { lang: 'sv', text: 'Tullen hittade på tisdagen 13 migranter gömda i en lastbil i Ystads hamn.' },
    );
    expect(r.alignments.find((x) => x.kind === 'quantity')?.conflictTypes).toContain('value');
  });

  it('gives the verb after a relative clause the subject the clause describes', () => {
    const r = compareClaims([{ id: 'fr', text: "146 personnes qui tentaient de rallier l'Angleterre ont été interceptées sur la plage.", language: 'fr' }]);
    const stopped = r.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_block');
    expect(stopped?.kind === 'event' && stopped.patient?.concept).toBe('person');
    const en = compareClaims([{ id: 'en', text: 'Police who arrived at the scene fired tear gas.', language: 'en' }]);
    const fired = en.claims.find((c) => c.kind === 'event' && c.instruments.length > 0);
    expect(fired?.kind === 'event' && fired.agent?.concept).toBe('police');
  });

  it('splits an organisation written right before a name from the name ("el Departamento de Estado Caroline Ellsworth")', () => {
    const r = kinds(
      { lang: 'en', text: '"We will not look away," State Department official Mark Tulley said in Guatemala City on Monday.' },
      { lang: 'es', text: '«We will not look away», afirmó el lunes en Ciudad de Guatemala el funcionario del Departamento de Estado Mark Tulley.' },
    );
    expect(r.alignments.find((x) => x.kind === 'quote')?.verdict).toBe('agree');
  });

  it('holds a denial that governs a whole clause against the act stated as fact, under another verb too', () => {
    const far = kinds(
      { lang: 'en', text: 'A Border Force vessel pushed a migrant boat back into French waters on Friday, a charity said.' },
      { lang: 'fr', text: "Londres dément qu'un navire de la Border Force ait refoulé vendredi une embarcation de migrants vers les eaux françaises." },
    );
    expect(far.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('negation');
    const other = kinds(
      { lang: 'en', text: 'Chilean police forced Venezuelan migrants back across the border into Bolivia near Colchane on Friday, a rights group said.' },
      { lang: 'es', text: 'Carabineros negó haber expulsado el viernes a migrantes venezolanos hacia territorio boliviano cerca de Colchane.' },
    );
    expect(other.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('negation');
    const sv = compareClaims([{ id: 'sv', text: 'Polisen tillbakavisar uppgifterna om att en polishund skulle ha använts mot en tonåring.', language: 'sv' }]);
    expect(sv.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_use_force')?.modality).toBe('denied');
  });

  it('calls opening and closing one body\'s shelter opposite acts when the body is subject on one side only, and reads "Costa Rica" opening a sentence as the country', () => {
    const r = kinds(
      { lang: 'en', text: 'The district of Lindau opened a refugee shelter in a former school on Monday.' },
      { lang: 'de', text: 'Der Landkreis Lindau hat die Flüchtlingsunterkunft in der ehemaligen Schule am Montag geschlossen.' },
    );
    expect(r.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('antonym');
    const cr = compareClaims([{ id: 'es', text: 'Costa Rica cerró el jueves el paso fronterizo de Peñas Blancas.', language: 'es' }]);
    expect(cr.claims[0]?.concepts).toContain('cty:CR');
    expect(cr.claims[0]?.concepts).not.toContain('coast');
  });

  it('takes a reporting verb for attribution, not for what a figure is said of ("informó el INEI", "meldeten")', () => {
    for (const [language, text] of [
      ['es', 'La inflación interanual de Perú se situó en el 4,6 % en junio, informó el INEI.'],
      ['en', 'The unemployment rate stood at 7.2 percent in May, the statistics office reported.'],
    ] as const) {
      const q = compareClaims([{ id: language, text, language }]).claims.find((c) => c.kind === 'quantity');
      expect(q?.kind === 'quantity' && q.predicate).toBe(undefined);
    }
  });

  it('calls a release and a detention of one named person opposite acts ("ordered the release of … Kelmendi", "in Untersuchungshaft genommen")', () => {
    const r = kinds(
      { lang: 'en', text: 'A Vienna court ordered the release of suspected smuggler Dritan Hoxha on Tuesday.' },
      { lang: 'de', text: 'Der mutmaßliche Schleuser Dritan Hoxha ist am Dienstag in Wien in Untersuchungshaft genommen worden.' },
    );
    expect(r.alignments.find((x) => x.kind === 'event' && x.verdict === 'conflict')?.conflictTypes).toContain('antonym');
  });

  it('keeps what each concept table says of a concept both define (a broader concept, an antonym)', () => {
    expect(conceptDef('official')?.broader).toBe('person');
    expect([...oppositesOf('act_release')]).toEqual(expect.arrayContaining(['act_arrest', 'act_detain']));
  });

  // Rules found on the seventh held-out set (session 5); each sentence failed before its rule.
  it('reads a participle the tagger calls a verb as no person ("A man suspected of arson was arrested": the man was)', () => {
    const r = compareClaims([{ id: 'en', text: 'A man suspected of setting fire to the asylum centre in Norrtorp was arrested on Sunday.', language: 'en' }]);
    const arrest = r.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_arrest');
    expect(arrest?.kind === 'event' && arrest.patient?.concept).toBe('man');
  });

  it('reads an act refused as an act not done ("refused to resume", "rechazó el viernes reanudar")', () => {
    for (const [language, text] of [
      ['en', 'Venezuela refused on Friday to resume the deportation flights.'],
      ['es', 'Venezuela rechazó el viernes reanudar los vuelos de deportación.'],
    ] as const) {
      const resume = compareClaims([{ id: language, text, language }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_resume');
      expect(resume?.kind === 'event' && resume.polarity).toBe('negative');
    }
  });

  it('reads a demonym written in lower case as its country, and as a description of the group before it', () => {
    const es = compareClaims([{ id: 'es', text: 'Antidisturbios guatemaltecos detuvieron el sábado a 610 hondureños cerca de la frontera.', language: 'es' }]);
    const q = es.claims.find((c) => c.kind === 'quantity');
    expect(q?.kind === 'quantity' && q.counted?.concept).toBe('person');
    expect(q?.concepts).toContain('cty:HN');
    const arrest = es.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_arrest');
    expect(arrest?.kind === 'event' && arrest.agent?.concept).toBe('riot_police');
  });

  it('keeps the same figure for people of two countries apart ("52 Albanian nationals", "52 ressortissants géorgiens")', () => {
    const r = kinds(
      { lang: 'en', text: 'A charter flight carrying 47 Albanian nationals left Marseille airport on Thursday.' },
      { lang: 'fr', text: "Un vol groupé a reconduit jeudi 47 ressortissants géorgiens depuis l'aéroport de Marseille." },
    );
    const origins = r.claims.filter((c) => c.kind === 'quantity').map((c) => c.kind === 'quantity' && c.counted?.origin);
    expect(origins).toEqual(['AL', 'GE']);
    expect(r.alignments.filter((x) => x.kind === 'quantity' && x.positions.flatMap((p) => p.documentIds).length > 1)).toEqual([]);
  });

  // Rules found on the eighth held-out set (session 5); each sentence failed before its rule.
  it('counts the noun after a hyphenated modifier, and reads a gerund after an article as no act ("first-time asylum applications", "a sinking wooden boat")', () => {
    const first = compareClaims([{ id: 'en', text: 'Austria received 9,340 first-time asylum applications in May.', language: 'en' }]);
    const q = first.claims.find((c) => c.kind === 'quantity');
    expect(q?.kind === 'quantity' && q.counted?.concept).toBe('asylum_application');
    const boat = compareClaims([{ id: 'en', text: 'The rescue ship pulled 58 people from a sinking wooden boat on Friday.', language: 'en' }]);
    expect(boat.claims.some((c) => c.kind === 'event' && c.action.concept === 'act_drown')).toBe(false);
    const people = boat.claims.find((c) => c.kind === 'quantity');
    expect(people?.kind === 'quantity' && (people.predicate?.concepts ?? [])).not.toContain('act_drown');
    // German writes compound nouns with a hyphen: the figure still counts them.
    const de = compareClaims([{ id: 'de', text: 'Seit Jahresbeginn wurden 14.361 Keuchhusten-Fälle gemeldet.', language: 'de' }]);
    expect(de.claims.some((c) => c.kind === 'quantity')).toBe(true);
  });

  it('compares one speaker\'s quote told with other words, and keeps the speaker\'s words on another matter apart', () => {
    const altered = kinds(
      { lang: 'en', text: 'Mayor Jutta Reinholz said of the new arrivals: "Wir sind am Ende."' },
      { lang: 'de', text: '„Wir sind längst am Ende unserer Kräfte“, sagte Bürgermeisterin Jutta Reinholz über die neu ankommenden Geflüchteten.' },
    );
    expect(altered.alignments.find((x) => x.kind === 'quote')?.conflictTypes).toContain('quote-altered');
    const other = kinds(
      { lang: 'en', text: 'Mayor Jutta Reinholz said of the new arrivals: "Wir sind am Ende."' },
      { lang: 'de', text: '„Der Haushalt für das kommende Jahr steht“, sagte Bürgermeisterin Jutta Reinholz am Dienstag.' },
    );
    expect(other.alignments.filter((x) => x.kind === 'quote' && x.positions.flatMap((p) => p.documentIds).length > 1)).toEqual([]);
  });

  it('keeps one figure said of opposite acts apart ("granted 4,200 permits", "4 200 personer fick avslag")', () => {
    const r = kinds(
      { lang: 'en', text: 'The Migration Agency granted 4,200 work permits in the first quarter.' },
      { lang: 'sv', text: 'Under första kvartalet fick 4 200 personer avslag på sina ansökningar om arbetstillstånd, enligt Migrationsverket.' },
    );
    expect(r.alignments.filter((x) => x.kind === 'quantity' && x.positions.flatMap((p) => p.documentIds).length > 1)).toEqual([]);
  });
  // Rules found on the misses left in sets 1–8 (session 6); each sentence pair failed before its rule.
  const rel = (kind: CrossPair['kind'], a: string, lb: CrossPair['b']['lang'], b: string) => relationOf({ id: 'x', a: { lang: 'en', text: a }, b: { lang: lb, text: b }, kind, relation: 'agree', note: '' });

  it('calls two figures for one measure of one country in one month a conflict, and "one" as an article no figure', () => {
    expect(rel('quantity', 'Peru\'s annual inflation rate reached 6.4 percent in March, the statistics institute said.', 'es', 'La inflación interanual del Perú se situó en el 4,6 % en marzo, informó el INEI.')).toBe('conflict');
    expect(rel('quantity', 'One such group reached the border in the spring.', 'sv', 'Myndigheterna säger att de inte släpper in migranterna som en enda stor grupp.')).toBe('apart');
  });

  it('lets a figure meet another said of the same act when one side counts the act itself ("removed 3,100 foreigners", "2 900 éloignements")', () => {
    expect(rel('quantity', 'Authorities in Guadeloupe removed 3,100 foreigners without papers last year, the prefecture said.', 'fr', 'La préfecture de la Guadeloupe a procédé l\'an dernier à 2 900 éloignements d\'étrangers en situation irrégulière.')).toBe('conflict');
  });

  it('reads one town spelt a letter apart as one place, and "Nach Polizeiangaben" as no town', () => {
    expect(sameName('hanover', 'hannover')).toBe(true);
    expect(sameName('hanover', 'innenstadt von hannover')).toBe(true);
    // Transliterations differ in a letter; short names a letter apart are often two places.
    expect(sameName('zuwara', 'suwara')).toBe(true);
    expect(sameName('mali', 'bali')).toBe(false);
    expect(sameName('hamburg', 'homburg')).toBe(false);
    expect(sameName('calais', 'valais')).toBe(false);
    expect(sameName('bishkek', 'bisjkek')).toBe(true);
    expect(rel('quantity', 'About 800 people protested in Hanover on Sunday against the closure of a shelter, according to police.', 'de', 'Nach Polizeiangaben protestierten am Sonntag rund 1.200 Menschen in der Innenstadt von Hannover gegen die Schließung einer Unterkunft.')).toBe('conflict');
  });

  it('counts jobs cut and employees given notice as one thing, but only when both figures are said of the cut', () => {
    expect(rel('quantity', 'The paper mill Nordkvarn will cut 210 jobs in Skutskär, the company said on Monday.', 'sv', 'Pappersbruket Nordkvarn varslar 160 anställda i Skutskär, meddelade bolaget på måndagen.')).toBe('conflict');
    expect(rel('quantity', 'Carmaker Vellmark will cut 1,800 jobs at its Kassel plant, the company said on Monday.', 'de', 'Für 1.800 Beschäftigte im Kasseler Werk will der Autobauer Vellmark Kurzarbeit beantragen, wie am Montag bekannt wurde.')).toBe('apart');
  });

  it('reads an asylum application and refugee status as kinds of asylum, so money for the one meets money for the other', () => {
    expect(ancestry('asylum_application')).toContain('asylum');
    expect(rel('quantity', 'The government will give the Migration Agency an extra 600 million kronor this year to speed up asylum cases.', 'sv', 'Migrationsverket får ytterligare 500 miljoner kronor i år för att korta handläggningstiderna i asylärenden, meddelar regeringen.')).toBe('conflict');
  });
  it('reads an English particle verb split by an object of a few words, but not a preposition that opens a noun phrase', () => {
    const events = (text: string) => compareClaims([{ id: 'en', text, language: 'en' }]).claims.flatMap((c) => (c.kind === 'event' ? [c.action.concept] : []));
    expect(events('Lithuanian border guards turned a young Iraqi couple back to Belarus on Monday, a charity said.')).toContain('act_push_back');
    expect(events('The government closed the old reception centre in Los Robles on Friday.')).toEqual(['act_close']);
  });
  it('reads acts that languages divide differently as one act ("cleared a camp", "a été évacué"), and two weekdays as two days', () => {
    expect(rel('event', 'Police cleared a tent camp of asylum seekers on the square in front of Lyon city hall on Wednesday morning.', 'fr', 'Le campement de tentes installé par des demandeurs d\'asile sur la place devant l\'hôtel de ville de Lyon a été évacué mercredi matin par la police.')).toBe('agree');
    // The same act in the same town on Monday and on Thursday is two acts ("på torsdagen", "i torsdags").
    expect(rel('event', 'Police evacuated the railway station in Storvik after a bomb threat on Monday.', 'sv', 'Järnvägsstationen i Storvik utrymdes av polisen på torsdagen efter ett bombhot.')).toBe('apart');
    expect(rel('event', 'Police evacuated the railway station in Storvik after a bomb threat on Monday.', 'sv', 'Järnvägsstationen i Storvik utrymdes av polisen i måndags efter ett bombhot.')).toBe('agree');
  });

  it('calls granting and refusing asylum to one named person opposite acts, whether the name or the kind of person is the object', () => {
    expect(rel('event', 'A court in Madrid granted asylum to the Saharawi journalist Ali Mbarek.', 'es', 'Un tribunal de Madrid ha denegado el asilo al periodista saharaui Ali Mbarek.')).toBe('conflict');
  });

  it('reads a noun of the doer or the tool as no act ("reporters on a tarmac", "a container village")', () => {
    const acts = compareClaims([{ id: 'en', text: 'He spoke to reporters on a tarmac in Mexico City before the council approved a container village.', language: 'en' }]).claims.flatMap((c) => (c.kind === 'event' ? [c.action.concept] : []));
    expect(acts).not.toContain('act_report');
    expect(acts).not.toContain('act_block');
  });
  it('compares two "at least" figures as the figures each source stands by ("at least 29", "al menos 26")', () => {
    const en = 'At least 29 people were killed when a truck carrying migrants overturned on a highway in Chiapas on Sunday.';
    expect(rel('quantity', en, 'es', 'Al menos 26 personas murieron el domingo al volcar en una carretera de Chiapas un camión en el que viajaban migrantes.')).toBe('conflict');
    expect(rel('quantity', en, 'es', 'Al menos 29 personas murieron el domingo al volcar en una carretera de Chiapas un camión en el que viajaban migrantes.')).toBe('agree');
  });
  it('reads one speaker\'s short words on one matter, told two ways, as an altered quote, and two long quotes as two things said', () => {
    expect(rel('quote', 'Danish Foreign Minister Mette Lindqvist described the new agreement on migration as "a historic step".', 'sv', 'Danmarks utrikesminister Mette Lindqvist beskrev det nya avtalet om migration som ”a cautious start”.')).toBe('conflict');
    // The speaker's name in the other sentence, without a verb of saying that names her, is enough to compare.
    expect(rel('quote', 'EU trade commissioner Paul Kessler called the new tax agreement "a historic deal".', 'fr', 'Pour Paul Kessler, commissaire européen au commerce, l\'accord fiscal est « a deal full of loopholes ».')).toBe('conflict');
    const long = rel('quote', 'The minister said "the government is making all the decisions on how to address this crisis at the border."', 'en' as never, 'The minister said: "We are prepared to do all that we can to support the decisions that the government makes about this crisis at the border."');
    expect(long).not.toBe('conflict');
  });
  it('gives an instrument to the act of the people who used it, not to a later act of those it was used on', () => {
    const events = compareClaims([{ id: 'en', text: 'Footage showed soldiers firing rubber bullets at young men and women trying to climb over the wall near the port.', language: 'en' }]).claims.flatMap((c) => (c.kind === 'event' ? [[c.action.concept, c.instruments.map((i) => i.concept).join('+')]] : []));
    expect(events).toContainEqual(['act_use_force', 'rubber_bullets']);
    expect(events.filter(([act]) => act === 'act_break_through')).toEqual([['act_break_through', '']]);
  });

  it('matches a term written with "=" only as written ("=empleo" is a job, "empleó" is used)', () => {
    const concepts = (text: string) => compareClaims([{ id: 'es', text, language: 'es' }]).claims.flatMap((c) => c.concepts);
    expect(concepts('La policía empleó cañones de agua contra los agricultores que protestaban en la autopista.')).not.toContain('job');
    const counted = compareClaims([{ id: 'es', text: 'La fábrica eliminará 300 empleos en Zaragoza.', language: 'es' }]).claims.find((c) => c.kind === 'quantity');
    expect(counted?.kind === 'quantity' && counted.counted?.concept).toBe('job');
  });
  it('calls a denial whose sentence names the other side\'s act a conflict of negation ("weist den Vorwurf zurück, … zurückgewiesen zu haben")', () => {
    const r = kinds(
      { lang: 'en', text: 'German federal police turned a Syrian family back to Austria at the border near Passau, a refugee council said.' },
      { lang: 'de', text: 'Die Bundespolizei weist den Vorwurf zurück, an der Grenze bei Passau eine syrische Familie nach Österreich zurückgewiesen zu haben.' },
    );
    expect(r.alignments.find((x) => x.kind === 'event' && x.positions.length > 1)?.conflictTypes).toContain('negation');
  });
  it('counts what a sentence opens with for a bare figure a rise or fall reaches ("Housing starts … fell to 187,000", "Die Zahl der Arbeitslosen ist … auf 2,41 Millionen gestiegen")', () => {
    expect(rel('quantity', 'Housing starts in Belgium fell to 187,000 last year, the housing ministry said.', 'fr', 'Les mises en chantier de logements sont tombées à 187 000 l\'an dernier en Belgique, selon le ministère du Logement.')).toBe('agree');
    const de = compareClaims([{ id: 'de', text: 'Die Zahl der Arbeitslosen ist im März auf 2,41 Millionen gestiegen, wie die Bundesagentur für Arbeit mitteilte.', language: 'de' }]).claims.find((c) => c.kind === 'quantity');
    expect(de?.kind === 'quantity' && de.counted?.concept).toBe('unemployment');
    expect(rel('quantity', 'The number of people out of work in Austria rose to 2.41 million in March, the employment service said.', 'de', 'Die Zahl der Arbeitslosen in Österreich ist im März auf 2,47 Millionen gestiegen, wie der Arbeitsmarktservice mitteilte.')).toBe('conflict');
  });
  it('reads batons drawn as force used, and two kinds of force told with two verbs, or by a force the tables do not name, as one act in conflict', () => {
    expect(rel('event', 'Police used pepper spray to push back a crowd of youths who had gathered outside the police station in Ekbacka on Saturday night.', 'sv', 'Polisen drog batonger mot en grupp ungdomar som samlats utanför polisstationen i Ekbacka på lördagskvällen.')).toBe('conflict');
    expect(rel('event', 'Border police fired rubber bullets at migrants who were blocking the highway at Paso Hondo on Tuesday.', 'es', 'Agentes del Servicio de Fronteras (Senafron) lanzaron gases lacrimógenos el martes contra los migrantes que bloqueaban la carretera a la altura de Paso Hondo.')).toBe('conflict');
  });
  it('reads every act of the clause a denial opens with "that" as denied, however long the clause', () => {
    expect(rel('event', 'A teenage boy from Mali was held at the administrative detention centre in Vaulmont although child welfare services had recognised him as a minor, lawyers said.', 'fr', 'Le ministère de l\'Intérieur a démenti qu\'un adolescent malien reconnu mineur par l\'aide sociale à l\'enfance ait été placé au centre de rétention de Vaulmont.')).toBe('conflict');
  });
  it('reads what "the number of" names as what a later bare figure counts, a hyphenated demonym as its country, carrying as no evacuation, and evacuated as having to leave', () => {
    expect(rel('quantity', 'The number of foreign workers registered with Portugal\'s social security system reached a record 1.12 million in May, the ministry said.', 'es', 'La Seguridad Social portuguesa alcanzó en mayo un récord de 1,12 millones de afiliados extranjeros, según el ministerio.')).toBe('agree');
    expect(rel('quantity', 'A fishing boat carrying 38 Sri Lankans reached the port of Le Port on Réunion on Sunday, the prefecture said.', 'fr', 'Un bateau de pêche transportant 53 Sri-Lankais est arrivé dimanche au port de Le Port, à La Réunion, a indiqué la préfecture.')).toBe('conflict');
    expect(rel('quantity', 'About 410 passengers were evacuated from the ferry Nordvind after it ran aground outside Slite on Saturday.', 'sv', 'Omkring 140 passagerare fick lämna färjan Nordvind sedan den gått på grund utanför Slite på lördagen.')).toBe('conflict');
  });
  it('takes no subject from a fronted prepositional phrase before a German auxiliary ("Nach … bei Kindern hat das Gesundheitsamt … geschlossen")', () => {
    const ev = compareClaims([{ id: 'de', text: 'Nach Masernfällen bei Kindern hat das Gesundheitsamt am Montag eine Kita in Oberwalden geschlossen.', language: 'de' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_close');
    expect(ev?.kind === 'event' && ev.agent?.concept).toBe('authorities');
  });
  it('keeps two prices of different things apart, and two figures of one priced thing together', () => {
    expect(rel('quantity', 'Petrol prices in Norway have risen by 5.3 percent since January, Statistics Norway said.', 'sv', 'Matpriserna i Norge har stigit med 5,3 procent sedan januari, enligt Statistisk sentralbyrå.')).toBe('apart');
    expect(rel('quantity', 'Home prices in Norway fell by 2.1 percent in May from the month before, according to the estate agents\' association.', 'sv', 'Bostadspriserna i Norge sjönk med 2,1 procent i maj jämfört med april, enligt mäklarnas branschförening.')).toBe('agree');
  });
  it('keeps one rate of two countries apart, each naming one ("remittances to El Salvador", "remesas a Nicaragua")', () => {
    expect(rel('quantity', 'Remittances sent home to El Salvador rose 6.4 percent in the first half of the year, the central bank said.', 'es', 'Las remesas enviadas a Nicaragua crecieron un 6,4 % en el primer semestre, según datos del Banco Central de Nicaragua.')).toBe('apart');
    expect(rel('quantity', 'Remittances sent home to El Salvador rose 6.4 percent in the first half of the year, the central bank said.', 'es', 'Las remesas enviadas a El Salvador crecieron un 6,4 % en el primer semestre, según el Banco Central de Reserva.')).toBe('agree');
  });
  it('reads a figure after a verb and before a participle and a noun the tables lack, and takes the main verb after a relative clause as what a figure is said of', () => {
    expect(rel('quantity', 'Norway has recorded 860 confirmed cases of whooping cough so far this year, the health institute said.', 'sv', 'Hittills i år har 860 fall av kikhosta bekräftats i Norge, meddelade hälsoinstitutet.')).toBe('agree');
    expect(rel('quantity', 'A charter flight carrying 38 rejected Albanian asylum seekers left Hamburg for Tirana on Tuesday.', 'de', 'Vom Hamburger Flughafen sind am Dienstag 31 abgelehnte Asylbewerber aus Albanien mit einem Sammelcharter nach Tirana abgeschoben worden.')).toBe('conflict');
    const sv = compareClaims([{ id: 'sv', text: 'Nästan 1 900 personer som fått avslag på sin asylansökan utvisades av polisen förra året.', language: 'sv' }]).claims.find((c) => c.kind === 'quantity');
    expect(sv?.kind === 'quantity' && sv.predicate?.concepts).toContain('act_deport');
  });
  it('reads a German town adjective as the town ("Münchner Flughafen") and a passive auxiliary after the verb as a passive ("abgeschoben wurde")', () => {
    const r = compareClaims([{ id: 'de', text: 'Die Behörde hat bestritten, dass eine Frau vom Münchner Flughafen abgeschoben wurde.', language: 'de' }]);
    const ev = r.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_deport');
    expect(ev?.frame.places).toContain('munich');
    expect(ev?.kind === 'event' && ev.patient?.concept).toBe('woman');
    expect(ev?.modality).toBe('denied');
  });
  it('takes the person an apposition describes as the doer ("Tobias Feldkamp, the mayor of Rabenfels, stepped down"), and a named doer the other side describes by role as the same', () => {
    const ev = compareClaims([{ id: 'en', text: 'Anna Lindqvist, the mayor of Storbacka, stepped down on Monday after months of threats.', language: 'en' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_resign');
    expect(ev?.kind === 'event' && ev.agent?.concept).toBe('ent:lindqvist');
    expect(rel('event', 'Lena Marsk was appointed director-general of the Migration Agency by the government on Thursday.', 'sv', 'Regeringen utsåg på torsdagen Lena Marsk till ny generaldirektör för Migrationsverket.')).toBe('agree');
  });
  it('keeps a denial to its own clause and finds the clause after a comma ("bestritt, dass …"), and an auxiliary after a verb makes a passive only where it ends the clause', () => {
    const es = compareClaims([{ id: 'es', text: 'El ministerio negó que la policía usara gases lacrimógenos contra los manifestantes en la plaza central el lunes, pero varios testigos afirmaron que los agentes dispararon balas de goma.', language: 'es' }]);
    const fired = es.claims.find((c) => c.kind === 'event' && c.instruments.some((i) => i.concept === 'rubber_bullets'));
    expect(fired?.modality).not.toBe('denied');
    const de = compareClaims([{ id: 'de', text: 'Die Bundespolizei bestritt am Montag, dass Beamte an der Grenze bei Passau eine Familie aus Syrien nach Österreich zurückgewiesen hätten.', language: 'de' }]);
    expect(de.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_push_back')?.modality).toBe('denied');
    const sv = compareClaims([{ id: 'es', text: 'Los agentes que dispararon fueron suspendidos.', language: 'es' }]);
    const shot = sv.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_use_force');
    expect(shot?.kind === 'event' && shot.patient?.concept).not.toBe('police');
  });

  // Rules found on the fourteenth held-out set (session 7); each sentence failed before its rule.
  it('counts the noun after a multiplier and its joining word ("1,2 million de canards"), and a German capitalised noun a name runs on from ("1.120 neue Fälle von Kirchenasyl")', () => {
    const fr = compareClaims([{ id: 'fr', text: "Environ 1,2 million de canards ont été abattus dans les Landes depuis la réapparition de la grippe aviaire à l'automne.", language: 'fr' }]).claims.find((c) => c.kind === 'quantity');
    expect(fr?.kind === 'quantity' && [fr.value, fr.counted?.text]).toEqual([1_200_000, 'canards']);
    const de = compareClaims([{ id: 'de', text: 'Im ersten Halbjahr sind dem Bundesamt für Migration und Flüchtlinge (BAMF) 1.120 neue Fälle von Kirchenasyl gemeldet worden.', language: 'de' }]).claims.find((c) => c.kind === 'quantity');
    expect(de?.kind === 'quantity' && [de.value, de.counted?.text]).toEqual([1120, 'Fälle']);
  });
  it('reads a German participle\'s clause past an act named by a noun, its object as no noun after a preposition, and its clause as ended by "und"', () => {
    const condemned = compareClaims([{ id: 'de', text: 'Das Landgericht Landshut hat am Freitag einen Syrer wegen Einschleusens von Ausländern verurteilt.', language: 'de' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_condemn');
    expect(condemned?.kind === 'event' && [condemned.agent?.concept, condemned.patient?.concept]).toEqual(['court', undefined]);
    const ended = compareClaims([{ id: 'de', text: 'Das Bundesinnenministerium hat die stationären Kontrollen an der Grenze zur Schweiz am Freitag beendet und die EU-Kommission darüber unterrichtet.', language: 'de' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_end');
    expect(ended?.kind === 'event' && ended.patient?.concept).toBeUndefined();
  });
  it('reads an act with more than one opposite ("extended" against "beendet" as against "lifted")', () => {
    expect(rel('event', "Germany's Interior Ministry on Friday extended stationary controls on the border with Switzerland and notified the European Commission.", 'de', 'Das Bundesinnenministerium hat die stationären Kontrollen an der Grenze zur Schweiz am Freitag beendet und die EU-Kommission darüber unterrichtet.')).toBe('conflict');
    expect(oppositesOf('act_extend')).toEqual(new Set(['act_lift', 'act_end']));
  });
  it('reads transliterations with "ou" and doubled letters as one place ("Nouakchott", "Nuakchot"), the baton of "slogs med batong", and "levantó" as lifting, not a rising', () => {
    expect(sameName('nouakchott', 'nuakchot')).toBe(true);
    expect(sameName('hamburg', 'homburg')).toBe(false);
    const sv = compareClaims([{ id: 'sv', text: 'En asylsökande som gjorde motstånd slogs med batong av en polis, uppger polisen.', language: 'sv' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_beat');
    expect(sv?.kind === 'event' && sv.instruments.map((i) => i.concept)).toEqual(['baton']);
    const es = compareClaims([{ id: 'es', text: 'El Gobierno de Canarias levantó el lunes la declaración de emergencia migratoria.', language: 'es' }]).claims.find((c) => c.kind === 'event');
    expect(es?.kind === 'event' && es.action.concept).toBe('act_lift');
  });
  it('reads a German denial with a perfect infinitive ("weist den Vorwurf zurück, … zurückgewiesen zu haben") against the act done to a person the other side names by demonym, and a baton charge ("cargaron con porras") as force', () => {
    expect(rel('event', 'The Federal Police turned back a Somali woman at the Austrian border near Grünwaldau although she had asked for asylum, her lawyer said on Thursday.', 'de', 'Die Bundespolizei weist den Vorwurf zurück, eine Somalierin an der Grenze zu Österreich bei Grünwaldau trotz eines Asylgesuchs zurückgewiesen zu haben.')).toBe('conflict');
    expect(rel('event', 'Riot police fired foam projectiles at stevedores who were blocking access to the port of Algeciras on Wednesday.', 'es', 'Los antidisturbios cargaron con porras el miércoles contra los estibadores que bloqueaban el acceso al puerto de Algeciras.')).toBe('conflict');
  });
  it('keeps one figure said of detaining and of injuring apart when one side also names the injured ("Police detained 46 people", "skadades 46 personer")', () => {
    expect(rel('quantity', 'Police detained 46 people during clashes between rival demonstrations at Järntorget in Gothenburg on Saturday.', 'sv', 'Vid sammandrabbningarna mellan demonstranter och motdemonstranter på Järntorget i Göteborg i lördags skadades 46 personer.')).toBe('apart');
  });
  it('reads whom an act named by a noun was done to ("gripandet av den polske lastbilschauffören", "la detención de un conductor"), and a vehicle named by its kind as of the class of a minibus', () => {
    const sv = compareClaims([{ id: 'sv', text: 'Gripandet av den polske lastbilschauffören skedde i färjeterminalen i Nynäshamn på fredagsmorgonen.', language: 'sv' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_arrest');
    expect(sv?.kind === 'event' && [sv.agent?.concept, sv.patient?.concept]).toEqual([undefined, 'driver']);
    const en = compareClaims([{ id: 'en', text: 'Police confirmed the arrest of a Polish lorry driver at the ferry terminal.', language: 'en' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_arrest');
    expect(en?.kind === 'event' && en.patient?.concept).toBe('driver');
    expect(rel('event', 'Just south of the Svinesund bridge, police on Sunday night stopped a minibus believed to be carrying migrants across the border from Norway.', 'sv', 'En minibuss som misstänks ha fört migranter över gränsen från Norge stoppades av polisen vid Svinesund under natten mot måndag.')).toBe('agree');
  });
  it('reads the field a title names with "de" as no place ("la consejera de Bienestar Social"), and a place after a title with "in" as a place ("her Danish counterpart in Copenhagen")', () => {
    const es = compareClaims([{ id: 'es', text: '"Canarias no es un muelle, es una tierra con límites", afirmó la consejera de Bienestar Social del Gobierno canario, Nieves Perdomo.', language: 'es' }]).claims.find((c) => c.kind === 'quote');
    expect(es?.frame.places).toEqual([]);
    const en = compareClaims([{ id: 'en', text: 'Migration Minister Sanna Törnvall met her Danish counterpart in Copenhagen on Tuesday.', language: 'en' }]).claims.find((c) => c.kind === 'event');
    expect(en?.frame.places).toContain('copenhagen');
  });
  it('reads one speaker\'s words of up to twelve words on one occasion, told two ways, as one quote altered', () => {
    expect(rel('quote', '"Nous ne sommes pas équipés pour accueillir tout ce monde," Sylvie Marteaux, the mayor of Écrouvelle-sur-Mer, told reporters on Monday after another night of arrivals on the beach.', 'fr', '«\u00a0Nous ne sommes plus en mesure d\'accueillir dignement ces gens\u00a0», a lancé lundi devant la presse Sylvie Marteaux, maire d\'Écrouvelle-sur-Mer, après une nouvelle nuit d\'arrivées sur la plage.')).toBe('conflict');
  });
  it('reads "ett drygt hundratal", a genitive year ("fyra års fängelse") and litres as amounts', () => {
    const sv = compareClaims([{ id: 'sv', text: 'Ett drygt hundratal personer slöt i lördags upp på torget. Han döms till fyra års fängelse.', language: 'sv' }]).claims.filter((c) => c.kind === 'quantity');
    expect(sv.map((c) => c.kind === 'quantity' && [c.low, c.high, c.unit])).toEqual([[100, 140, undefined], [4, 4, 'yr']]);
    const de = compareClaims([{ id: 'de', text: 'Bis zu 95 Liter Regen pro Quadratmeter gingen über dem Erzgebirge nieder.', language: 'de' }]).claims.find((c) => c.kind === 'quantity');
    expect(de?.kind === 'quantity' && [de.value, de.unit, de.dimension]).toEqual([95, 'l', 'volume']);
  });
  it('matches a hyphenated term whether the reader keeps the word whole or splits it at the hyphen ("counter-demonstrators", "rubber-coated bullets")', () => {
    const r = compareClaims([{ id: 'en', text: 'Riot police turned water cannon on counter-demonstrators and fired rubber-coated bullets.', language: 'en' }]);
    const fired = r.claims.find((c) => c.kind === 'event' && c.action.concept === 'act_use_force' && c.instruments.length > 0 && c.instruments.every((i) => i.concept !== 'water_cannon'));
    expect(fired?.kind === 'event' && fired.instruments.map((i) => i.concept)).toEqual(['rubber_bullets']);
    expect(r.claims.some((c) => c.concepts.includes('protester'))).toBe(true);
  });
  it('keeps these readings to their own clauses: "und" after a verb with no auxiliary of its clause, a denial joined by "und" to another act, and a mayor "de" a town', () => {
    const took = compareClaims([{ id: 'de', text: 'Als die Lage ruhig war, nahmen Polizisten zwei Männer fest und brachten sie zur Wache.', language: 'de' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_arrest');
    expect(took?.kind === 'event' && [took.agent?.concept, took.patient?.concept]).toEqual(['police', 'man']);
    const held = compareClaims([{ id: 'de', text: 'Die Bundespolizei weist die Vorwürfe zurück und hat am Montag 20 Migranten festgenommen.', language: 'de' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_arrest');
    expect(held?.modality).not.toBe('denied');
    const mayor = compareClaims([{ id: 'es', text: 'El alcalde de Rabenfels cerró el albergue el lunes.', language: 'es' }]).claims.find((c) => c.kind === 'event');
    expect(mayor?.kind === 'event' && mayor.agent?.concept).toBe('mayor');
    expect(mayor?.frame.places).toContain('rabenfels');
  });

  // Rules found on the seventeenth held-out set (session 8); each sentence failed before its rule.
  it('counts the head of a noun phrase that ends in it ("farm workers", "misstänkta offer", "abgeschlossene Ermittlungsverfahren"), but not a noun\'s object ("personer återvandringsbidrag")', () => {
    const counted = (lang: string, text: string) => {
      const q = compareClaims([{ id: lang, text, language: lang }]).claims.find((c) => c.kind === 'quantity');
      return q?.kind === 'quantity' ? (q.counted?.concept ?? q.counted?.text) : undefined;
    };
    expect(counted('en', 'Labour inspectors found 85 Romanian farm workers living in shipping containers near Huelva.')).toBe('worker');
    expect(counted('en', 'Police identified 212 suspected victims of forced labour in the raids.')).toBe('victim');
    expect(counted('sv', 'Polisen hittade 37 misstänkta offer vid tillslaget i Borlänge.')).toBe('victim');
    expect(counted('sv', 'I fjol beviljades 94 personer återvandringsbidrag.')).toBe('person');
    expect(counted('de', 'Die Staatsanwaltschaft führte 318 laufende Ermittlungsverfahren gegen Schleuser.')).toBe('Ermittlungsverfahren');
    expect(counted('en', 'Mexico sent 500 federal police troops to the border.')).toBe('federal_police');
  });
  it('counts people by a crowd\'s pronoun and a verb of being ("Ils étaient 8 000 samedi"), and reads no figure before a weekday as its day', () => {
    const q = compareClaims([{ id: 'fr', text: 'Ils étaient 8 000 samedi dans les rues de Rennes pour dénoncer la réforme des retraites.', language: 'fr' }]).claims.find((c) => c.kind === 'quantity');
    expect(q?.kind === 'quantity' && [q.value, q.counted?.concept, q.frame.weekday]).toEqual([8000, 'person', 6]);
    const sent = compareClaims([{ id: 'en', text: 'They sent 500 soldiers to the border.', language: 'en' }]).claims.find((c) => c.kind === 'quantity');
    expect(sent?.kind === 'quantity' && sent.counted?.concept).not.toBe('person');
  });
  it('prefers a term written with "=" as the word stands ("=traffickers") over a stem it shares, but not over the stem of a lemma ("convicted" is no "=convict")', () => {
    const concepts = (text: string) => compareClaims([{ id: 'en', text, language: 'en' }]).claims.flatMap((c) => c.concepts);
    expect(concepts('Police arrested three traffickers in Malmö on Monday.')).toContain('trafficker');
    expect(concepts('A court in Malmö convicted two men of arson.')).toContain('act_condemn');
  });
  it('reads no split particle verb where its particle opens the name of a thing ("found 38 workers without valid work permits"), and "admitted to hospital" as "hospitalisées"', () => {
    const found = compareClaims([{ id: 'en', text: 'Inspectors found 19 workers without valid work permits at the site.', language: 'en' }]).claims.flatMap((c) => c.concepts);
    expect(found).not.toContain('act_seek_work');
    expect(found).toContain('work_permit');
    expect(rel('quantity', 'About 1,300 people were admitted to hospital with gastroenteritis in Belgium last week, the health institute said.', 'fr', 'Selon l\'institut de santé, quelque 1 300 personnes ont été hospitalisées pour une gastro-entérite en Belgique la semaine dernière.')).toBe('agree');
  });
  it('reads a German mayoral election as a local election, so two turnouts of one town\'s election conflict', () => {
    expect(rel('quantity', "Turnout in Sunday's mayoral election in Erlenbach was 38.5 percent, the election office said.", 'de', 'Bei der Oberbürgermeisterwahl in Erlenbach am Sonntag gaben nur 29,7 Prozent der Wahlberechtigten ihre Stimme ab.')).toBe('conflict');
  });
  it('reads opposite acts through a near act of one family, a person named with and without the first name as one, and a name a kind of person follows as a person, not a place after Spanish "a"', () => {
    expect(rel('event', 'Guatemalan police on Friday released Aurelio Batz, a spokesman for the Honduran migrants in the capital.', 'es', 'La Policía Nacional Civil detuvo el viernes en la capital a Aurelio Batz, portavoz de los migrantes hondureños.')).toBe('conflict');
    expect(rel('event', 'The Federal Office for Migration and Refugees granted asylum to Pavel Ostrowski, a Belarusian journalist, his lawyer said.', 'de', 'Das Bundesamt für Migration und Flüchtlinge hat den Asylantrag des belarussischen Journalisten Pavel Ostrowski abgelehnt, wie sein Anwalt mitteilte.')).toBe('conflict');
  });
  it('keeps one figure of people who left and of people who came apart, and a figure of a body of police named in capitals as police', () => {
    expect(rel('quantity', 'Some 48,000 people emigrated from Norway last year, the statistics office said.', 'sv', 'Enligt statistikbyrån invandrade 48 000 personer till Norge under förra året.')).toBe('apart');
    expect(rel('quantity', 'About 250 National Police officers were deployed at the port of Ceuta on Friday night.', 'es', 'Unos 250 migrantes intentaron el viernes por la noche entrar a nado en el puerto de Ceuta.')).toBe('apart');
  });
  it('keeps one rate of different indicators apart: orders and construction output, housing starts and sales', () => {
    expect(rel('quantity', 'Industrial orders in Austria fell 2.6 percent in March from the previous month, the statistics office said.', 'de', 'Die Produktion im Bauhauptgewerbe ist im März gegenüber dem Vormonat um 2,6 Prozent gesunken, wie das Statistikamt mitteilte.')).toBe('apart');
    expect(rel('quantity', 'Housing starts in Belgium fell 5.4 percent over the past year, the ministry said.', 'fr', 'Les ventes de logements neufs ont reculé de 5,4 % sur un an en Belgique, selon le ministère.')).toBe('apart');
  });
  it('reads the town after "Residents of" or "the main square of" as a place, and two towns in one wider area as two places ("Piedras Negras (Coahuila)")', () => {
    expect(rel('event', 'Residents of Ostermoor formed a human chain around the town\'s refugee shelter on Sunday.', 'de', 'In Westerfelde bildeten Anwohner am Sonntag eine Menschenkette um die Flüchtlingsunterkunft.')).toBe('apart');
    expect(rel('event', 'Municipal police on Tuesday evicted migrants who had been camping in the main square of Nuevo Laredo, in the Mexican state of Tamaulipas.', 'es', 'Policías municipales desalojaron el martes a los migrantes que acampaban en la plaza principal de Reynosa (Tamaulipas).')).toBe('apart');
    const f = compareClaims([{ id: 'es', text: 'Una patera llegó el domingo a la playa de Zahara, en la provincia de Cádiz.', language: 'es' }]).claims[0]?.frame;
    expect([f?.places, f?.within]).toEqual([['zahara', 'cadiz'], ['cadiz']]);
    expect(rel('event', 'Municipal police on Tuesday evicted migrants who had been camping in the main square of Reynosa, in the Mexican state of Tamaulipas.', 'es', 'Policías municipales desalojaron el martes a los migrantes que acampaban en la plaza principal de Reynosa (Tamaulipas).')).toBe('agree');
  });
  it('takes the head of "Staff at the agency\'s centre in …" as the doer, not a body in its prepositional phrase, and one speaker named with and without the first name as one', () => {
    const ev = compareClaims([{ id: 'en', text: "Staff at the Migration Agency's reception centre in Storvik confiscated residents' passports, a lawyer said.", language: 'en' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_seize');
    expect(ev?.kind === 'event' && ev.agent?.concept).toBe('worker');
    const wc = compareClaims([{ id: 'en', text: 'Riot police turned water cannon on counter-demonstrators who tried to block the road.', language: 'en' }]).claims.find((c) => c.kind === 'event' && c.action.concept === 'act_block');
    expect(wc?.kind === 'event' && wc.agent?.concept).toBe('protester');
    expect(rel('quote', 'Asked about the smuggling gangs at the port of Gävle, regional police chief Maria Sundqvist told local reporters: "Vi håller på att tappa kontrollen över hamnen."', 'sv', '”Vi har tappat kontrollen över hamnen”, sade regionpolischefen Maria Sundqvist till lokala medier om gängen i Gävle hamn.')).toBe('conflict');
  });
  it('reads a plural after an adjective or a figure as a noun, though the tagger says verb ("57.3 million overnight stays", "first residence permits")', () => {
    const q = compareClaims([{ id: 'en', text: 'Hotels in Austria recorded 12.4 million overnight stays in August.', language: 'en' }]).claims.find((c) => c.kind === 'quantity');
    expect(q?.kind === 'quantity' && [q.value, q.counted?.text]).toEqual([12_400_000, 'stays']);
    const p = compareClaims([{ id: 'en', text: 'Belgium issued about 41,200 first residence permits last year.', language: 'en' }]).claims.find((c) => c.kind === 'quantity');
    expect(p?.kind === 'quantity' && p.counted?.concept).toBe('residence_permit');
  });
  it('keeps a figure of applications and one of decisions on them apart ("received 6,400 applications", "beviljade 6 400 personer")', () => {
    expect(rel('quantity', 'The Migration Agency received 6,400 applications for Swedish citizenship in May, it said on Tuesday.', 'sv', 'I maj beviljade Migrationsverket 6 400 personer svenskt medborgarskap, framgår av myndighetens statistik.')).toBe('apart');
  });
  it('reads suspending and resuming as acts of their own, opposite to each other and to stopping, closing and opening ("resumed deportations", "stoppade alla utvisningar"; "Fernverkehr … eingestellt")', () => {
    expect(rel('event', 'The Migration Agency resumed deportations of rejected asylum seekers to Somalia on Tuesday.', 'sv', 'Migrationsverket stoppade på tisdagen alla utvisningar till Somalia av personer som fått avslag på sin asylansökan.')).toBe('conflict');
    expect(rel('event', 'Deutsche Bahn resumed long-distance services between Munich and Stuttgart on Monday after the floods.', 'de', 'Wegen des Hochwassers hat die Deutsche Bahn am Montag den Fernverkehr zwischen München und Stuttgart eingestellt.')).toBe('conflict');
  });
  it('reads a German clause of reported speech after "weist den Vorwurf zurück" as denied ("… sei … abgedreht worden"), and a known place before a capitalised noun as the place ("in Niedersachsen Wohnungen")', () => {
    expect(rel('event', 'Residents of the reception centre in Kaltenbronn said staff had cut off the water in the rooms of people who refused to be moved.', 'de', 'Die Bezirksregierung weist den Vorwurf zurück, in der Erstaufnahme in Kaltenbronn sei Bewohnern, die eine Verlegung ablehnten, das Wasser abgedreht worden.')).toBe('conflict');
    const f = compareClaims([{ id: 'de', text: 'Die Bundespolizei durchsuchte am Dienstag in Niedersachsen Wohnungen.', language: 'de' }]).claims[0]?.frame;
    expect(f?.places).toEqual(['lower saxony']);
  });
  it('aligns one speaker\'s short quote told with a few other words as altered, with no shared topic needed ("for fun", "by choice")', () => {
    expect(rel('quote', '"Nobody sleeps in the street by choice," said Hannah Pryce of the charity Shelter First.', 'fr', '« Nobody sleeps in the street for fun », a affirmé Hannah Pryce, de l\'association Shelter First.')).toBe('conflict');
  });
  it('reads British single quote marks as a quote ("\'…,\' said")', () => {
    expect(rel('quote', "'Greece cannot guard Europe's border alone,' said Ruth Okafor of the UNHCR office in Athens on Friday.", 'de', '„Greece cannot guard Europe\'s border alone", sagte Ruth Okafor vom UNHCR-Büro in Athen am Freitag.')).toBe('agree');
  });
  it('reads a group hyphened to an act as what the act is about, not its doer ("im Zuge der Schleuser-Ermittlungen"), and a plan denied against one confirmed', () => {
    expect(rel('event', 'The police chief said officers had searched a warehouse in Hafenried on Tuesday as part of the smuggling investigation.', 'de', 'Der Polizeichef hat bestritten, dass Beamte am Dienstag im Zuge der Schleuser-Ermittlungen eine Lagerhalle in Hafenried durchsucht hätten.')).toBe('conflict');
    expect(rel('event', 'The interior ministry confirmed on Monday that asylum seekers will be housed in the former hospital in Lindenau.', 'de', 'Das Innenministerium hat am Montag dementiert, dass im ehemaligen Krankenhaus in Lindenau Asylbewerber untergebracht werden sollen.')).toBe('conflict');
    expect(rel('event', 'The Coast Guard boarded the trawler Havsörn off Grisslehamn on Sunday.', 'sv', 'Kustbevakningen förnekar att man skulle ha bordat trålaren Havsörn utanför Grisslehamn i söndags.')).toBe('conflict');
    // "board" alone is a committee, "on board" a place: neither boards anything.
    for (const text of ['The hospital board approved the plan on Monday.', 'Fifty migrants on board a small dinghy were rescued.']) {
      expect(compareClaims([{ id: 'en', text, language: 'en' }]).claims.some((c) => c.kind === 'event' && c.action.concept === 'act_board')).toBe(false);
    }
  });
  it('counts the head of a noun phrase after a noun the tables do not know ("90 quota refugees"), and keeps one figure of a noun only one side knows, said of another act, apart', () => {
    expect(rel('quantity', 'Vallberga will receive 60 quota refugees this year, municipal commissioner Karin Ekdahl said.', 'sv', 'Vallberga kommun varslar 60 anställda inom hemtjänsten, bekräftar kommunalrådet Karin Ekdahl.')).toBe('apart');
    expect(rel('quantity', 'The district of Hohenfelde must take in 150 more refugees by the summer, district administrator Jörg Bremer said.', 'de', 'Im Landkreis Hohenfelde fehlen derzeit 150 Erzieherinnen, sagte Landrat Jörg Bremer.')).toBe('apart');
  });
  it('reads the doer after the verb where a fronted phrase opened by a preposition stands before it ("Gegen Migranten, die …, setzte die Polizei Wasserwerfer ein")', () => {
    expect(rel('event', 'Police fired tear gas at migrants who were trying to climb the fence of the reception centre in Bergheim.', 'de', 'Gegen Migranten, die den Zaun der Erstaufnahmeeinrichtung in Bergheim überklettern wollten, setzte die Polizei Wasserwerfer ein.')).toBe('conflict');
  });
  it('reads a town\'s elected council as one body in every language ("the town council passed the budget", "hat der Stadtrat den Haushalt … verabschiedet")', () => {
    expect(rel('event', 'After a long session, the Lindhausen town council passed the budget for next year.', 'de', 'Nach einer langen Sitzung hat der Lindhausener Stadtrat den Haushalt für das kommende Jahr verabschiedet.')).toBe('agree');
  });
  it('reads a hyphened place name with a joining word as one place ("Saint-Martin-sur-Oise"), so its closure confirmed and denied conflict', () => {
    expect(rel('event', 'The prefecture has confirmed that the shelter in Saint-Martin-sur-Oise will close at the end of the month.', 'fr', 'La préfecture dément la fermeture du foyer de Saint-Martin-sur-Oise à la fin du mois.')).toBe('conflict');
  });
  it('compares two acts of force told with two verbs and two kinds of force, which share no other anchor ("used water cannon", "ging mit Schlagstöcken … vor")', () => {
    expect(rel('event', 'Police used water cannon on Sunday against protesters who tried to storm the town hall in Chemnitz.', 'de', 'Die Polizei ging am Sonntag mit Schlagstöcken gegen Demonstranten vor, die das Chemnitzer Rathaus stürmen wollten.')).toBe('conflict');
  });
  it('reads a plan, an offer or a proposal judged as what the judging act acts on, so approving and rejecting it conflict ("approved plans", "hat die Pläne … abgelehnt", "röstade ned förslaget om att stänga")', () => {
    expect(rel('event', 'Leipzig city council on Wednesday approved plans for a new shelter for homeless people.', 'de', 'Der Leipziger Stadtrat hat am Mittwoch die Pläne für eine neue Notunterkunft für Obdachlose abgelehnt.')).toBe('conflict');
    expect(rel('event', 'Nurses at the Vallby clinic rejected the hospital board\'s latest pay offer on Monday.', 'sv', 'Sjuksköterskorna vid Vallby vårdcentral godkände på måndagen sjukhusledningens senaste lönebud.')).toBe('conflict');
    expect(rel('event', 'The county council approved the proposal to close the emergency ward at Åsby hospital on Tuesday.', 'sv', 'Landstingsfullmäktige röstade på tisdagen ned förslaget om att stänga akutmottagningen på Åsby sjukhus.')).toBe('conflict');
    expect(rel('event', 'A court in Ceuta authorised the repatriation of a Moroccan teenager on Friday.', 'es', 'Un juzgado de Ceuta ha denegado el viernes la repatriación de un adolescente marroquí.')).toBe('conflict');
    expect(rel('event', "Employers in the chemical industry have accepted the union's latest pay demand.", 'de', 'Die Arbeitgeber der Chemieindustrie haben die jüngste Lohnforderung der Gewerkschaft zurückgewiesen.')).toBe('conflict');
    // A pronoun between makes the next word a verb of its own: "not let them form" is no judging of a formation.
    const claims = compareClaims([{ id: 'en', text: 'Or if originating countries would not let them form (it is a way they get certain people out of their country and dump in U.S. No longer).', language: 'en' }]).claims;
    expect(claims.some((c) => c.kind === 'event' && c.action.concept === 'act_form')).toBe(true);
  });
});
