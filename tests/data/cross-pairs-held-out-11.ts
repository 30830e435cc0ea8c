/**
 * Eleventh held-out set of cross-language claim pairs. Written by a helper in session 6 without
 * looking at the library's rules, term tables or any earlier pair: only lines 1-45 of
 * `cross-pairs.ts` (its header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-8.ts` (its header and import, to copy the conventions) and the ids of all
 * earlier `cross-pairs*.ts` files (grep of the `id:` lines only, so that no id or story is
 * knowingly reused) were read. Nothing under `src/` or `scratch/`, no other test file and no
 * earlier pair's text, numbers or names were seen, and the library was not run.
 *
 * Same shape and conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently
 * the way that language's wire or newspaper press would put it (own word order, attribution and
 * number format, hedges, weekday and date expressions); one main claim of `kind` per text, some
 * texts two sentences long (claim in one, attribution or context in the other); quantity texts
 * state one number (dates and ordinals aside); event texts state no counts; quotes by
 * English-speaking officials stay in English in both texts, and local speakers are quoted in their
 * own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict) and 7
 * look-alikes (apart: the same number counting something else, the same person meeting someone
 * else, the same act in another town, the same act on another date, the same speaker on another
 * matter). Kinds per language pair: 10 quantity, 10 event, 3 quote (comparable: 7, 7, 2; apart:
 * 3, 3, 1). Agree/conflict split of the comparable pairs by kind, in every language: quantity 4/3
 * (every conflict a differing figure), event 4/3 (one differing instrument of force, one negation
 * or denial, one antonym act: opened vs closed, released vs ordered into custody, granted vs
 * rejected), quote 1/1 (the conflict: altered quote words). 92 pairs in all. About three quarters
 * of the stories are about migration, borders, asylum, caravans, crossings, police, protests,
 * security forces, deportations, rescues at sea, human trafficking and detention; the rest about
 * politics, the economy, disasters and health.
 *
 * All people, companies, ships, associations, shelters and small towns are invented: Ljungstorpa,
 * Ekmyrsjö, Ekmyra Trä, Kvarnvreta, Östersjövind (ferry), Brännhamra, Sälgbacka, Tjäderås,
 * Gråbergsvik, Johan Tjäderholm, Karin Ödmark, Ruth Ellingham; Weidenroth, Hollerbeck, Kolbwerk,
 * Windläufer (rescue ship), Kranzbühl, Erlachtal, Steinachhausen, Mückenried, Brunnwiesen, Ralf
 * Tiedgen, Dagmar Wüstefeld, Colin Ashmead; San Gaspar Tzimol, Cala Tornasol, Villaseca del
 * Júcar, Quebrada Añil, Nueva Aurora (shelter), Gonzalo Arbeloa, Marisol Quintero, Yolanda
 * Cifuentes, Warren Talbridge; Wimerval-Plage, Sainte-Olbère, Montvézin, Verreries de Montvézin,
 * Thierry Sauvagnac, Corinne Baudrimont, Jawad Noorzadeh, Graham Holloway. Countries, capitals,
 * big cities, regions and real institutions (UNHCR, IOM, Migrationsverket, BAMF, Guardia Civil,
 * Salvamento Marítimo, INM, Ofpra, CNDA, Météo-France and the like) are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs11: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // Quantity, comparable
  {
    id: 'sv-h11-migration-agency-first-time-applications-september',
    a: {
      lang: 'en',
      text: `Sweden's Migration Agency registered 1,870 first-time asylum applications in September, the lowest figure for that month since the agency began keeping comparable records, it said in its monthly statistics released on Thursday.`,
    },
    b: {
      lang: 'sv',
      text: `Under september lämnades 1\u00a0870 förstagångsansökningar om asyl in i Sverige, visar Migrationsverkets månadsstatistik som publicerades i torsdags. Det är den lägsta siffran för månaden sedan myndigheten började föra jämförbar statistik.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `First-time asylum applications in September, 1,870 in both; agree.`,
  },
  {
    id: 'sv-h11-ljungstorpa-asylum-housing-residents',
    a: {
      lang: 'en',
      text: `Roughly 300 asylum seekers, many of them families with small children, are currently housed at the former spa hotel in Ljungstorpa, which the Migration Agency took over last spring despite protests from local residents.`,
    },
    b: {
      lang: 'sv',
      text: `Uppemot 300 asylsökande bor i dag på det före detta kurhotellet i Ljungstorpa, enligt Migrationsverkets regionkontor. Boendet öppnades i våras trots protester från ortsborna.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Residents of the Ljungstorpa asylum housing: "roughly 300" and "uppemot 300" overlap; agree.`,
  },
  {
    id: 'sv-h11-ekmyra-tra-sawmill-layoff-notices',
    a: {
      lang: 'en',
      text: `Ekmyra Trä, the family-owned timber company, has served redundancy notices on 240 employees at its sawmill in Ekmyrsjö, blaming weak demand from the European construction sector, the company said in a statement on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `Träföretaget Ekmyra Trä varslar 240 anställda vid sågverket i Ekmyrsjö. Skälet är den svaga efterfrågan från byggsektorn i Europa, uppger bolaget i ett pressmeddelande på måndagen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Redundancy notices at the Ekmyrsjö sawmill, 240 in both; agree.`,
  },
  {
    id: 'sv-h11-thai-berry-pickers-work-permits',
    a: {
      lang: 'en',
      text: `The Migration Agency has granted 3,460 seasonal work permits to berry pickers from Thailand this summer, a sharp drop from last year after tighter rules on wages and housing were introduced, agency figures show.`,
    },
    b: {
      lang: 'sv',
      text: `I sommar har Migrationsverket beviljat 3\u00a0460 säsongsarbetstillstånd för bärplockare från Thailand, enligt myndighetens statistik. Nedgången förklaras av skärpta krav på lön och boende.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Seasonal work permits for Thai berry pickers this summer, 3,460 in both; agree.`,
  },
  {
    id: 'sv-h11-dublin-transfers-last-year-differ',
    a: {
      lang: 'en',
      text: `Sweden transferred 1,150 asylum seekers to other EU countries last year under the Dublin regulation, which makes the country of first entry responsible for examining a claim, according to figures from the Migration Agency.`,
    },
    b: {
      lang: 'sv',
      text: `Förra året överfördes 1\u00a0510 asylsökande från Sverige till andra EU-länder enligt Dublinförordningen, uppger Migrationsverket.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Dublin transfers from Sweden last year: 1,150 against 1 510; conflict.`,
  },
  {
    id: 'sv-h11-kvarnvreta-detention-places-differ',
    a: {
      lang: 'en',
      text: `The government plans to open a new detention centre in Kvarnvreta with 180 places for people awaiting deportation, Migration Minister Johan Tjäderholm told a news conference in Stockholm on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Ett nytt förvar med 120 platser för personer som väntar på utvisning ska byggas i Kvarnvreta, meddelade migrationsminister Johan Tjäderholm vid en pressträff i Stockholm i onsdags.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Places at the planned Kvarnvreta detention centre: 180 against 120; conflict.`,
  },
  {
    id: 'sv-h11-ostersjovind-ferry-evacuated-differ',
    a: {
      lang: 'en',
      text: `About 620 passengers were evacuated from the ferry Östersjövind after it ran aground in thick fog outside Visby harbour on Saturday evening, the Swedish Sea Rescue Society said, adding that nobody was seriously hurt.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 260 passagerare fick lämna färjan Östersjövind sedan den gått på grund i tjock dimma utanför Visby hamn på lördagskvällen, uppger Sjöfartsverket. Ingen ska ha skadats allvarligt.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Passengers evacuated from the grounded ferry off Visby: about 620 against omkring 260; conflict.`,
  },
  // Event, comparable
  {
    id: 'sv-h11-malmo-sushi-chain-trafficking-arrest',
    a: {
      lang: 'en',
      text: `A man was arrested in Malmö on Tuesday on suspicion of human trafficking, after police found that Vietnamese workers at a chain of sushi restaurants had been made to work long hours without pay, police said.`,
    },
    b: {
      lang: 'sv',
      text: `En man greps i tisdags i Malmö misstänkt för människohandel. Enligt polisen har vietnamesiska anställda på en kedja av sushirestauranger tvingats arbeta långa dagar utan lön.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest in Malmö for trafficking Vietnamese restaurant workers; same act, agree.`,
  },
  {
    id: 'sv-h11-kyrgyzstan-return-agreement-signed',
    a: {
      lang: 'en',
      text: `Sweden and Kyrgyzstan signed an agreement in Bishkek on Thursday on the return of Kyrgyz citizens whose asylum applications have been rejected, the Ministry of Justice said in a statement.`,
    },
    b: {
      lang: 'sv',
      text: `Ett avtal om återtagande av kirgiziska medborgare som fått avslag på sina asylansökningar undertecknades i torsdags i Bisjkek, meddelar Justitiedepartementet.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Sweden-Kyrgyzstan return agreement signed in Bishkek; agree.`,
  },
  {
    id: 'sv-h11-brannhamra-bird-flu-cull-ordered',
    a: {
      lang: 'en',
      text: `Bird flu has been confirmed at a large egg farm outside Brännhamra, and the Swedish Board of Agriculture has ordered that all the hens on the farm be culled, the agency said on Friday.`,
    },
    b: {
      lang: 'sv',
      text: `Fågelinfluensa har konstaterats på en större äggproducerande gård utanför Brännhamra. Jordbruksverket har beslutat att samtliga värphöns på gården ska avlivas, uppger myndigheten på fredagen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Cull ordered after bird flu at a Brännhamra egg farm; agree.`,
  },
  {
    id: 'sv-h11-salgbacka-detention-gate-activists-removed',
    a: {
      lang: 'en',
      text: `Police removed activists who had chained themselves to the gates of the Migration Agency's detention centre in Sälgbacka early on Wednesday in protest at the planned deportation of an Afghan convert, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Aktivister som kedjat fast sig vid grindarna till Migrationsverkets förvar i Sälgbacka bars bort av polis tidigt på onsdagsmorgonen. De protesterade mot att en afghansk konvertit ska utvisas.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Police removal of chained activists at the Sälgbacka detention centre (active vs passive); agree.`,
  },
  {
    id: 'sv-h11-tjaderas-police-station-pepper-spray-vs-batons',
    a: {
      lang: 'en',
      text: `Police used pepper spray to push back a crowd of youths who had gathered outside the police station in Tjäderås on Saturday night after a local teenager was detained, a police spokesman said.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen drog batonger mot en grupp ungdomar som samlats utanför polisstationen i Tjäderås på lördagskvällen sedan en tonåring från orten gripits, säger polisens presstalesperson till TT.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police against youths outside the Tjäderås station: pepper spray against batons; conflict.`,
  },
  {
    id: 'sv-h11-salgbacka-detainee-isolation-denied',
    a: {
      lang: 'en',
      text: `Staff at the detention centre in Sälgbacka kept a Ugandan woman in an isolation room after she refused to board a deportation flight, her lawyer told Swedish Radio.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket tillbakavisar uppgifterna om att en ugandisk kvinna skulle ha hållits isolerad på förvaret i Sälgbacka sedan hon vägrat gå ombord på ett utvisningsflyg.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Isolation of a Ugandan detainee in Sälgbacka: asserted by her lawyer, denied by the agency; conflict.`,
  },
  {
    id: 'sv-h11-grabergsvik-asylum-housing-closed-vs-opened',
    a: {
      lang: 'en',
      text: `The Migration Agency closed its asylum housing in Gråbergsvik on Monday, moving the remaining residents to a larger facility in Gävle as part of a nationwide consolidation, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket öppnade på måndagen ett asylboende i Gråbergsvik, uppger myndigheten. Boendet ska avlasta den större anläggningen i Gävle.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Asylum housing in Gråbergsvik on Monday: closed against öppnade; antonym, conflict.`,
  },
  // Quote, comparable
  {
    id: 'sv-h11-quote-ellingham-excuse-to-cut',
    a: {
      lang: 'en',
      text: `"A fall in arrivals must never become an excuse to cut protection," Ruth Ellingham, the UNHCR representative for the Nordic and Baltic countries, said in Stockholm on Tuesday, as parliament debated tighter asylum rules.`,
    },
    b: {
      lang: 'sv',
      text: `– A fall in arrivals must never become an excuse to cut protection, sade Ruth Ellingham, FN:s flyktingorgan UNHCR:s representant för Norden och Baltikum, i Stockholm i tisdags medan riksdagen debatterade skärpta asylregler.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Ellingham's English words on protection, verbatim in both; agree.`,
  },
  {
    id: 'sv-h11-quote-odmark-altered',
    a: {
      lang: 'en',
      text: `"Vi har inte fått en enda krona från regionen för att ersätta förlossningen", said Karin Ödmark, the chairwoman of the Sälgbacka municipal executive board, after the regional board voted to close the town's maternity ward.`,
    },
    b: {
      lang: 'sv',
      text: `– Vi har inte fått några pengar alls från regionen för att ersätta förlossningen, säger Karin Ödmark, kommunstyrelsens ordförande i Sälgbacka, sedan regionstyrelsen beslutat att stänga ortens BB.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Ödmark's Swedish words differ: "inte fått en enda krona" against "inte fått några pengar alls"; conflict.`,
  },
  // Look-alikes (apart)
  {
    id: 'sv-h11-apart-forged-documents-vs-refused-entry-arlanda',
    a: {
      lang: 'en',
      text: `Swedish customs officers seized 2,300 forged identity documents at Stockholm Arlanda airport last year, most of them passports and residence cards destined for people smuggling networks, the Customs Service said.`,
    },
    b: {
      lang: 'sv',
      text: `Vid Arlanda nekades 2\u00a0300 resenärer inresa i Sverige förra året, de flesta för att de saknade giltiga visum, enligt gränspolisen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `2,300 forged documents seized vs 2 300 travellers refused entry at Arlanda; same number, another count; apart.`,
  },
  {
    id: 'sv-h11-apart-exports-vs-imports-august',
    a: {
      lang: 'en',
      text: `Swedish goods exports rose 4.6 percent in August from a year earlier, driven by strong sales of machinery and vehicles, Statistics Sweden said on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `Importen av varor ökade med 4,6 procent i augusti jämfört med samma månad i fjol, enligt SCB.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `4.6 percent rise of exports vs 4,6 procent rise of imports in August; another measure; apart.`,
  },
  {
    id: 'sv-h11-apart-trelleborg-lorry-migrants-vs-lorries-checked',
    a: {
      lang: 'en',
      text: `Border police found 37 migrants, among them young children, hidden in the trailer of a lorry that had arrived at the port of Trelleborg on a ferry from Poland, police said on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Gränspolisen kontrollerade 37 lastbilar som anlände med färjan från Polen till Trelleborgs hamn i onsdags, uppger polisen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `37 migrants found in a lorry vs 37 lorries checked at Trelleborg; same number, another count; apart.`,
  },
  {
    id: 'sv-h11-apart-tjaderholm-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Johan Tjäderholm met his Danish counterpart in Copenhagen on Monday to discuss joint checks on the Öresund bridge, the ministry said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Johan Tjäderholm träffade på måndagen Finlands inrikesminister i Helsingfors för samtal om läget vid den finsk-ryska gränsen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Tjäderholm meets the Danish minister in Copenhagen vs the Finnish minister in Helsinki; another meeting; apart.`,
  },
  {
    id: 'sv-h11-apart-migration-agency-bomb-threat-other-town',
    a: {
      lang: 'en',
      text: `The Migration Agency's office in Gävle was evacuated on Tuesday morning after a bomb threat was phoned in, and police cordoned off the surrounding streets, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverkets kontor i Sundsvall utrymdes på tisdagsmorgonen efter ett telefonhot om en bomb. Polisen spärrade av kvarteret runt byggnaden.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Bomb-threat evacuation of a Migration Agency office: Gävle vs Sundsvall; same act, other town; apart.`,
  },
  {
    id: 'sv-h11-apart-tractor-protest-other-date',
    a: {
      lang: 'en',
      text: `Farmers drove their tractors into central Stockholm on 14 February to protest against rising diesel taxes, slowing traffic around the parliament building for hours, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Den 4 februari körde bönder in med sina traktorer i centrala Stockholm i protest mot höjda dieselskatter, vilket ledde till trafikstörningar runt riksdagshuset, uppger polisen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Tractor protest in Stockholm on 14 February vs den 4 februari; same act, other date; apart.`,
  },
  {
    id: 'sv-h11-apart-quote-ellingham-other-matter',
    a: {
      lang: 'en',
      text: `"Afghan women cannot be sent back to a country that has erased them from public life," Ruth Ellingham, the UNHCR representative for the Nordic and Baltic countries, said in a statement on Friday.`,
    },
    b: {
      lang: 'sv',
      text: `– Statelessness is not a paperwork problem, it is a life sentence, säger Ruth Ellingham, UNHCR:s representant för Norden och Baltikum, till TT i samband med en rapport om statslösa barn i Sverige.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Ellingham on returns of Afghan women vs on stateless children; same speaker, other matter; apart.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // Quantity, comparable
  {
    id: 'de-h11-bamf-pending-cases-end-september',
    a: {
      lang: 'en',
      text: `About 214,000 asylum applications were still awaiting a decision at the end of September, the Federal Office for Migration and Refugees (BAMF) said, as the agency works to clear a backlog that built up during the last surge in arrivals.`,
    },
    b: {
      lang: 'de',
      text: `Ende September waren beim Bundesamt für Migration und Flüchtlinge (BAMF) rund 214.000 Asylverfahren noch nicht entschieden, wie die Behörde in Nürnberg mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Pending asylum cases at the end of September, about 214,000 in both; agree.`,
  },
  {
    id: 'de-h11-weidenroth-initial-reception-occupancy',
    a: {
      lang: 'en',
      text: `Some 1,100 asylum seekers are now living at the initial reception centre in Weidenroth, well above its official capacity, a spokeswoman for the state interior ministry said on Tuesday, adding that tents had been put up in the courtyard.`,
    },
    b: {
      lang: 'de',
      text: `In der Erstaufnahmeeinrichtung in Weidenroth leben derzeit knapp 1.100 Asylsuchende und damit deutlich mehr als vorgesehen, hieß es am Dienstag aus dem Innenministerium des Landes. Im Innenhof seien Zelte aufgestellt worden.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Residents of the Weidenroth reception centre: "some 1,100" and "knapp 1.100" overlap; agree.`,
  },
  {
    id: 'de-h11-kolbwerk-hollerbeck-job-cuts',
    a: {
      lang: 'en',
      text: `Kolbwerk, the car parts supplier, plans to cut 850 jobs at its plant in Hollerbeck by the end of next year, citing falling orders from carmakers, the company said on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Der Autozulieferer Kolbwerk will in seinem Werk in Hollerbeck bis Ende kommenden Jahres 850 Stellen abbauen. Grund seien die sinkenden Aufträge der Autohersteller, teilte das Unternehmen am Mittwoch mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Job cuts at Kolbwerk's Hollerbeck plant, 850 in both; agree.`,
  },
  {
    id: 'de-h11-windlaeufer-lampedusa-rescue',
    a: {
      lang: 'en',
      text: `The crew of the German rescue ship Windläufer took 74 people off an overcrowded wooden boat south of Lampedusa on Sunday and was assigned the port of Ortona to bring them ashore, the aid group operating the vessel said.`,
    },
    b: {
      lang: 'de',
      text: `Die Besatzung des deutschen Rettungsschiffs „Windläufer“ hat am Sonntag südlich von Lampedusa 74 Menschen von einem überfüllten Holzboot geholt. Als Hafen wurde ihr Ortona zugewiesen, teilte die Hilfsorganisation mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued by the Windläufer south of Lampedusa, 74 in both; agree.`,
  },
  {
    id: 'de-h11-yerevan-charter-deportees-differ',
    a: {
      lang: 'en',
      text: `A charter flight carrying 46 rejected asylum seekers left Düsseldorf airport for Yerevan on Thursday morning, the interior ministry of North Rhine-Westphalia said, in the latest of a series of collective deportations to Armenia.`,
    },
    b: {
      lang: 'de',
      text: `Mit einem Sammelcharter sind am Donnerstagmorgen 64 abgelehnte Asylbewerber vom Flughafen Düsseldorf nach Eriwan abgeschoben worden, wie das nordrhein-westfälische Innenministerium mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Deportees on the Düsseldorf-Yerevan charter: 46 against 64; conflict.`,
  },
  {
    id: 'de-h11-hamburg-anti-racism-march-differs',
    a: {
      lang: 'en',
      text: `Police said around 12,000 people marched through central Hamburg on Saturday against racism and plans for mass deportations, among the largest demonstrations the city has seen this year.`,
    },
    b: {
      lang: 'de',
      text: `Rund 21.000 Menschen haben am Samstag in der Hamburger Innenstadt gegen Rassismus und Pläne für Massenabschiebungen demonstriert, wie die Polizei mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Size of the Hamburg march against racism: around 12,000 against rund 21.000; conflict.`,
  },
  {
    id: 'de-h11-moselle-flood-damage-differs',
    a: {
      lang: 'en',
      text: `Flooding along the Moselle caused damage estimated at 140 million euros, the state government of Rhineland-Palatinate said on Friday, as it announced emergency aid for affected wine-growers and businesses.`,
    },
    b: {
      lang: 'de',
      text: `Die Schäden durch das Moselhochwasser belaufen sich nach Schätzung der rheinland-pfälzischen Landesregierung auf rund 410 Millionen Euro. Das teilte die Staatskanzlei in Mainz am Freitag mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Moselle flood damage: 140 million against rund 410 Millionen euros; conflict.`,
  },
  // Event, comparable
  {
    id: 'de-h11-language-certificate-forgery-raids',
    a: {
      lang: 'en',
      text: `Police searched homes and offices in Berlin and Brandenburg on Tuesday in an investigation into a ring suspected of selling forged German language certificates to foreigners applying for naturalisation, prosecutors said.`,
    },
    b: {
      lang: 'de',
      text: `Wegen des Verdachts, gefälschte Sprachzertifikate an Einbürgerungswillige verkauft zu haben, hat die Polizei am Dienstag Wohnungen und Büros in Berlin und Brandenburg durchsucht, wie die Staatsanwaltschaft mitteilte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Raids over forged language certificates for naturalisation; agree.`,
  },
  {
    id: 'de-h11-land-border-controls-extension-notified',
    a: {
      lang: 'en',
      text: `Germany has notified the European Commission that it will extend controls at all its land borders until mid-March, Interior Minister Ralf Tiedgen said in Berlin, citing continued pressure from irregular migration.`,
    },
    b: {
      lang: 'de',
      text: `Die Bundesregierung hat der EU-Kommission mitgeteilt, dass die Kontrollen an allen deutschen Landgrenzen bis Mitte März verlängert werden. Das sagte Bundesinnenminister Ralf Tiedgen am Montag in Berlin.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Extension of land-border controls until mid-March notified to Brussels; agree.`,
  },
  {
    id: 'de-h11-steinachhausen-ehec-kindergarten-closed',
    a: {
      lang: 'en',
      text: `Health authorities closed a kindergarten in Steinachhausen on Thursday after children there fell ill with EHEC, the district office said.`,
    },
    b: {
      lang: 'de',
      text: `Nach EHEC-Erkrankungen bei Kindern hat das Gesundheitsamt am Donnerstag eine Kita in Steinachhausen geschlossen, wie das Landratsamt mitteilte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Kindergarten in Steinachhausen closed over EHEC; agree.`,
  },
  {
    id: 'de-h11-muckenried-migrant-minibus-driver-detained',
    a: {
      lang: 'en',
      text: `Federal police stopped a minibus carrying migrants at a motorway service area near Mückenried on Friday night and detained the driver, a Ukrainian man suspected of people smuggling, a police spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `In der Nacht zum Samstag hat die Bundespolizei an einer Raststätte bei Mückenried einen Kleinbus mit Migranten gestoppt und den Fahrer, einen Ukrainer, wegen des Verdachts des Einschleusens von Ausländern festgenommen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Smuggling suspect detained at a service area near Mückenried ("Friday night" = "Nacht zum Samstag"); agree.`,
  },
  {
    id: 'de-h11-kranzbuehl-party-conference-water-cannon-vs-batons',
    a: {
      lang: 'en',
      text: `Police used water cannon against protesters who tried to break through barriers outside a far-right party conference in Kranzbühl on Saturday, a police spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `Vor dem Parteitag einer rechtsextremen Partei in Kranzbühl sind Polizisten am Samstag mit Schlagstöcken gegen Demonstranten vorgegangen, die Absperrungen durchbrechen wollten, hieß es aus Polizeikreisen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police against protesters in Kranzbühl: water cannon against batons; conflict.`,
  },
  {
    id: 'de-h11-erlachtal-deportation-handcuffed-schoolgirl-denied',
    a: {
      lang: 'en',
      text: `Police officers handcuffed a schoolgirl during the night-time deportation of a Kosovar family from a shelter in Erlachtal, the state refugee council said on Monday.`,
    },
    b: {
      lang: 'de',
      text: `Die Polizei hat Berichte zurückgewiesen, wonach bei der nächtlichen Abschiebung einer kosovarischen Familie aus einer Unterkunft in Erlachtal einer Schülerin Handschellen angelegt worden seien.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Handcuffing of a schoolgirl during the Erlachtal deportation: asserted against denied; conflict.`,
  },
  {
    id: 'de-h11-frankfurt-tunisian-released-vs-custody-ordered',
    a: {
      lang: 'en',
      text: `A court in Frankfurt ordered the release of a Tunisian man from deportation custody on Wednesday, ruling that the authorities had failed to book a flight in time, his lawyer said.`,
    },
    b: {
      lang: 'de',
      text: `Das Amtsgericht Frankfurt hat am Mittwoch Abschiebungshaft gegen einen Tunesier angeordnet, wie sein Anwalt mitteilte. Die Behörden wollen ihn in den kommenden Wochen nach Tunis zurückführen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Frankfurt court on the Tunisian man: released against ordered into deportation custody; antonym, conflict.`,
  },
  // Quote, comparable
  {
    id: 'de-h11-quote-ashmead-not-a-border',
    a: {
      lang: 'en',
      text: `"The central Mediterranean is not a border, it is a trap," Colin Ashmead, the IOM chief of mission in Libya, said in Geneva on Tuesday, as the agency presented new figures on deaths at sea.`,
    },
    b: {
      lang: 'de',
      text: `„The central Mediterranean is not a border, it is a trap“, sagte Colin Ashmead, Leiter der IOM-Mission in Libyen, am Dienstag in Genf bei der Vorstellung neuer Zahlen zu Todesfällen auf See.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Ashmead's English words on the central Mediterranean, verbatim in both; agree.`,
  },
  {
    id: 'de-h11-quote-wuestefeld-altered',
    a: {
      lang: 'en',
      text: `"Wir können keine weiteren Flüchtlinge aufnehmen", Dagmar Wüstefeld, the district administrator of Steinachhausen, told the dpa news agency, adding that every gym in the district was already in use as a shelter.`,
    },
    b: {
      lang: 'de',
      text: `„Wir können derzeit keine weiteren Flüchtlinge unterbringen“, sagte die Landrätin des Kreises Steinachhausen, Dagmar Wüstefeld, der Deutschen Presse-Agentur.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Wüstefeld's German words differ: "keine weiteren Flüchtlinge aufnehmen" against "derzeit ... unterbringen"; conflict.`,
  },
  // Look-alikes (apart)
  {
    id: 'de-h11-apart-minors-taken-in-vs-places-missing',
    a: {
      lang: 'en',
      text: `Youth welfare offices in Bavaria took 740 unaccompanied minors into care in July, according to figures published by the state social affairs ministry.`,
    },
    b: {
      lang: 'de',
      text: `In den Einrichtungen für unbegleitete minderjährige Flüchtlinge in Bayern fehlen nach Angaben des Sozialministeriums derzeit 740 Plätze.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `740 minors taken into care vs 740 missing places in Bavaria; same number, another count; apart.`,
  },
  {
    id: 'de-h11-apart-gdp-vs-retail-sales-second-quarter',
    a: {
      lang: 'en',
      text: `Germany's economy shrank 0.3 percent in the second quarter compared with the first, the Federal Statistical Office said on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `Die Einzelhandelsumsätze in Deutschland sind im zweiten Quartal um 0,3 Prozent gesunken, teilte das Statistische Bundesamt am Dienstag mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `0.3 percent fall of GDP vs 0,3 Prozent fall of retail sales; another measure; apart.`,
  },
  {
    id: 'de-h11-apart-shelter-fire-injured-vs-fire-engines',
    a: {
      lang: 'en',
      text: `A fire at a refugee shelter in Brunnwiesen injured 14 residents overnight, most of them through smoke inhalation, police said, adding that arson had not been ruled out.`,
    },
    b: {
      lang: 'de',
      text: `Mit 14 Fahrzeugen rückte die Feuerwehr in der Nacht zu einem Brand in einer Flüchtlingsunterkunft in Brunnwiesen aus, teilte die Polizei mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `14 injured residents vs 14 fire engines at the Brunnwiesen shelter fire; same number, another count; apart.`,
  },
  {
    id: 'de-h11-apart-tiedgen-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Ralf Tiedgen met his Tunisian counterpart in Tunis on Wednesday to discuss faster returns of rejected asylum seekers, the ministry said.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenminister Ralf Tiedgen ist am Mittwoch in Rabat mit dem marokkanischen Innenminister zusammengetroffen, um über Rückführungen zu sprechen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Tiedgen meets the Tunisian minister in Tunis vs the Moroccan minister in Rabat; another meeting; apart.`,
  },
  {
    id: 'de-h11-apart-factory-squat-cleared-other-town',
    a: {
      lang: 'en',
      text: `Police cleared a disused factory in Hollerbeck on Tuesday where migrants without papers had been sleeping, and took those found there to the immigration office, a city spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `Die Polizei hat am Dienstag ein leer stehendes Fabrikgebäude in Mückenried geräumt, in dem Migranten ohne Papiere übernachtet hatten.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Factory used by undocumented migrants cleared: Hollerbeck vs Mückenried; same act, other town; apart.`,
  },
  {
    id: 'de-h11-apart-kolbwerk-warning-strike-other-date',
    a: {
      lang: 'en',
      text: `Workers at Kolbwerk's plant in Hollerbeck staged a warning strike on 7 March to protest against the planned job cuts, the IG Metall union said.`,
    },
    b: {
      lang: 'de',
      text: `Am 17. März legten Beschäftigte des Kolbwerk-Standorts Hollerbeck für einen Warnstreik die Arbeit nieder, um gegen den geplanten Stellenabbau zu protestieren, wie die IG Metall mitteilte.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Warning strike at Kolbwerk Hollerbeck on 7 March vs am 17. März; same act, other date; apart.`,
  },
  {
    id: 'de-h11-apart-quote-ashmead-other-matter',
    a: {
      lang: 'en',
      text: `"Detention centres in Libya are no place for anyone, let alone children," Colin Ashmead, the IOM chief of mission in Libya, told reporters in Tripoli.`,
    },
    b: {
      lang: 'de',
      text: `„We cannot return people to the very places they risked their lives to escape“, sagte Colin Ashmead, Leiter der IOM-Mission in Libyen, mit Blick auf die Abfangaktionen der libyschen Küstenwache.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Ashmead on children in Libyan detention vs on coastguard interceptions; same speaker, other matter; apart.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // Quantity, comparable
  {
    id: 'es-h11-la-restinga-cayuco-rescue',
    a: {
      lang: 'en',
      text: `Spain's maritime rescue service brought 214 people, among them women and minors, to the port of La Restinga on El Hierro on Tuesday night after intercepting their cayuco south of the island, emergency services said.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo rescató en la noche del martes a 214 personas, entre ellas mujeres y menores, que viajaban en un cayuco al sur de El Hierro y las trasladó al puerto de La Restinga, informaron fuentes del servicio de emergencias.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People taken off a cayuco and landed at La Restinga, 214 in both; agree.`,
  },
  {
    id: 'es-h11-almeria-narco-launch-fee-per-migrant',
    a: {
      lang: 'en',
      text: `The network dismantled by the Guardia Civil charged each migrant up to 6,000 euros for a crossing from Algeria to the coast of Almería on high-speed narco-launches, investigators said.`,
    },
    b: {
      lang: 'es',
      text: `Los migrantes pagaban hasta 6.000 euros por persona para cruzar desde Argelia hasta la costa almeriense en narcolanchas, según fuentes de la Guardia Civil, que ha desarticulado la red.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Fee per migrant charged by the narco-launch network, up to 6,000 euros in both; agree.`,
  },
  {
    id: 'es-h11-san-gaspar-tzimol-caravan-size',
    a: {
      lang: 'en',
      text: `Some 1,500 migrants, most of them from Venezuela, Cuba and Honduras, set out on foot from San Gaspar Tzimol in the southern Mexican state of Chiapas early on Sunday, heading for the capital, organisers said.`,
    },
    b: {
      lang: 'es',
      text: `Cerca de 1.500 migrantes, en su mayoría venezolanos, cubanos y hondureños, partieron a pie en la madrugada del domingo desde San Gaspar Tzimol, en el estado mexicano de Chiapas, rumbo a la capital, según los organizadores.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Size of the caravan leaving San Gaspar Tzimol: "some 1,500" and "cerca de 1.500"; agree.`,
  },
  {
    id: 'es-h11-foreign-social-security-affiliates-october',
    a: {
      lang: 'en',
      text: `The number of foreign workers registered with Spain's social security system reached a record 2.94 million in October, the Ministry of Inclusion said on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `La Seguridad Social alcanzó en octubre un récord de 2,94 millones de afiliados extranjeros, según los datos publicados este martes por el Ministerio de Inclusión.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Foreign workers affiliated to social security in October, 2.94 million in both; agree.`,
  },
  {
    id: 'es-h11-cala-tornasol-dinghy-migrants-differ',
    a: {
      lang: 'en',
      text: `The Guardia Civil intercepted an inflatable boat carrying 47 migrants of North African origin off Cala Tornasol, on the coast of Almería, on Thursday morning, the government's delegation in the province said.`,
    },
    b: {
      lang: 'es',
      text: `Agentes de la Guardia Civil interceptaron en la mañana del jueves una neumática con 74 migrantes de origen magrebí frente a Cala Tornasol, en la costa de Almería, informó la Subdelegación del Gobierno.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants on the dinghy intercepted off Cala Tornasol: 47 against 74; conflict.`,
  },
  {
    id: 'es-h11-villaseca-del-jucar-flood-evacuated-differs',
    a: {
      lang: 'en',
      text: `About 3,200 residents of Villaseca del Júcar were evacuated on Monday night as the Júcar river burst its banks after torrential rain, the regional emergency service said.`,
    },
    b: {
      lang: 'es',
      text: `Unos 2.300 vecinos de Villaseca del Júcar fueron desalojados en la noche del lunes por el desbordamiento del río Júcar tras las lluvias torrenciales, informó el servicio de emergencias regional.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Residents evacuated in Villaseca del Júcar: about 3,200 against unos 2.300; conflict.`,
  },
  {
    id: 'es-h11-national-guard-southern-border-deployment-differs',
    a: {
      lang: 'en',
      text: `Mexico has deployed 1,200 National Guard troops along its southern border with Guatemala to curb migrant crossings, the security ministry said on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `México desplegó 2.100 elementos de la Guardia Nacional en su frontera sur con Guatemala para contener el paso de migrantes, informó este miércoles la Secretaría de Seguridad.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `National Guard troops sent to the southern border: 1,200 against 2.100; conflict.`,
  },
  // Event, comparable
  {
    id: 'es-h11-ourense-trafficking-network-dismantled',
    a: {
      lang: 'en',
      text: `Spain's National Police have dismantled a network that forced Paraguayan women into prostitution at roadside clubs in the province of Ourense and arrested its alleged ringleader, the force said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `La Policía Nacional ha desarticulado una red que obligaba a mujeres paraguayas a prostituirse en clubes de carretera de la provincia de Ourense y ha detenido a su presunto cabecilla, informó el cuerpo este viernes.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Trafficking ring exploiting Paraguayan women in Ourense dismantled; agree.`,
  },
  {
    id: 'es-h11-las-palmas-cayuco-skipper-convicted',
    a: {
      lang: 'en',
      text: `A court in Las Palmas de Gran Canaria convicted the skipper of a cayuco on which migrants died of dehydration during the crossing from Senegal, finding him guilty of reckless homicide, court sources said.`,
    },
    b: {
      lang: 'es',
      text: `La Audiencia Provincial de Las Palmas ha condenado por homicidio imprudente al patrón de un cayuco en el que murieron migrantes deshidratados durante la travesía desde Senegal, según fuentes judiciales.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Skipper of a cayuco convicted of reckless homicide in Las Palmas; agree.`,
  },
  {
    id: 'es-h11-bolivia-wildfires-national-disaster',
    a: {
      lang: 'en',
      text: `Bolivia's government declared a national disaster on Wednesday over the forest fires raging in the eastern department of Santa Cruz, a step that allows it to request international aid.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno boliviano declaró este miércoles desastre nacional por los incendios forestales que arrasan el departamento oriental de Santa Cruz, lo que le permite solicitar ayuda internacional.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `National disaster declared over the Santa Cruz fires; agree.`,
  },
  {
    id: 'es-h11-aluche-cie-hunger-strike',
    a: {
      lang: 'en',
      text: `Migrants held at the Aluche immigration detention centre in Madrid began a hunger strike on Monday in protest at the conditions in which they are being held, a support group said.`,
    },
    b: {
      lang: 'es',
      text: `Internos del Centro de Internamiento de Extranjeros (CIE) de Aluche, en Madrid, iniciaron el lunes una huelga de hambre en protesta por las condiciones de su encierro, según una plataforma de apoyo.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Hunger strike started at the Aluche CIE on Monday; agree.`,
  },
  {
    id: 'es-h11-quebrada-anil-rubber-bullets-vs-tear-gas',
    a: {
      lang: 'en',
      text: `Panamanian border police fired rubber bullets at migrants who were blocking the Pan-American Highway at Quebrada Añil on Tuesday to demand transport to the Costa Rican border, witnesses said.`,
    },
    b: {
      lang: 'es',
      text: `Agentes del Servicio Nacional de Fronteras (Senafront) lanzaron gases lacrimógenos el martes contra los migrantes que bloqueaban la carretera Panamericana a la altura de Quebrada Añil para exigir transporte hasta la frontera con Costa Rica, según testigos.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Border police against the Quebrada Añil blockade: rubber bullets against tear gas; conflict.`,
  },
  {
    id: 'es-h11-tapachula-honduran-minors-deportation-denied',
    a: {
      lang: 'en',
      text: `Mexican migration agents deported unaccompanied Honduran teenagers from Tapachula without notifying the child protection agency, human rights groups said on Thursday.`,
    },
    b: {
      lang: 'es',
      text: `El Instituto Nacional de Migración (INM) negó este jueves haber deportado desde Tapachula a adolescentes hondureños no acompañados sin dar aviso a la Procuraduría de Protección de Niñas, Niños y Adolescentes.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Deportation of unaccompanied Honduran teenagers from Tapachula: asserted against denied by the INM; conflict.`,
  },
  {
    id: 'es-h11-cifuentes-activist-released-vs-detained',
    a: {
      lang: 'en',
      text: `A judge in Tuxtla Gutiérrez on Saturday released Yolanda Cifuentes, a Salvadoran activist who had accompanied the migrant caravan, ruling that her arrest had been unlawful, her lawyers said.`,
    },
    b: {
      lang: 'es',
      text: `Un juez de Tuxtla Gutiérrez dictó el sábado prisión preventiva contra Yolanda Cifuentes, activista salvadoreña que acompañaba la caravana migrante, informaron sus abogados.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Judge's decision on Cifuentes: released against remanded in custody; antonym, conflict.`,
  },
  // Quote, comparable
  {
    id: 'es-h11-quote-talbridge-savings-to-smuggler',
    a: {
      lang: 'en',
      text: `"Nobody should hand their savings and their children's lives to a smuggler," Warren Talbridge, a senior State Department official for migration, said in Mexico City on Monday.`,
    },
    b: {
      lang: 'es',
      text: `«Nobody should hand their savings and their children's lives to a smuggler», afirmó el lunes en Ciudad de México Warren Talbridge, alto funcionario del Departamento de Estado de EE.UU. para asuntos migratorios.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Talbridge's English words on smugglers, verbatim in both; agree.`,
  },
  {
    id: 'es-h11-quote-quintero-altered',
    a: {
      lang: 'en',
      text: `"Ya no tenemos dónde acostar a nadie", said Marisol Quintero, director of the Nueva Aurora migrant shelter in Tapachula, as newly arrived families slept on the pavement outside.`,
    },
    b: {
      lang: 'es',
      text: `«Ya no tenemos dónde acostar a más gente», declaró Marisol Quintero, directora del albergue Nueva Aurora de Tapachula, mientras las familias recién llegadas dormían en la banqueta.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Quintero's Spanish words differ: "acostar a nadie" against "acostar a más gente"; conflict.`,
  },
  // Look-alikes (apart)
  {
    id: 'es-h11-apart-guatemalans-vs-hondurans-returned-may',
    a: {
      lang: 'en',
      text: `Mexico deported 1,150 Guatemalans by land in May, most of them through the border crossing at Ciudad Hidalgo, the Guatemalan Migration Institute said.`,
    },
    b: {
      lang: 'es',
      text: `Un total de 1.150 hondureños fueron retornados desde México por vía terrestre en mayo, según el Instituto Nacional de Migración de Honduras.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `1,150 Guatemalans vs 1.150 Hondurans returned from Mexico in May; same number, another group; apart.`,
  },
  {
    id: 'es-h11-apart-gdp-vs-employment-third-quarter',
    a: {
      lang: 'en',
      text: `Spain's economy grew 0.8 percent in the third quarter from the previous quarter, the National Statistics Institute (INE) said on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `El empleo creció un 0,8 % en el tercer trimestre respecto al trimestre anterior, según la Encuesta de Población Activa publicada este miércoles por el INE.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `0.8 percent GDP growth vs 0,8 % employment growth in the third quarter; another measure; apart.`,
  },
  {
    id: 'es-h11-apart-homes-damaged-vs-people-evacuated-escuintla',
    a: {
      lang: 'en',
      text: `Heavy rains in Guatemala have damaged 640 homes in the department of Escuintla over the past week, the national disaster agency Conred said.`,
    },
    b: {
      lang: 'es',
      text: `Las lluvias obligaron a evacuar a 640 personas en el departamento de Escuintla, informó la Coordinadora Nacional para la Reducción de Desastres (Conred).`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `640 damaged homes vs 640 evacuated people in Escuintla; same number, another count; apart.`,
  },
  {
    id: 'es-h11-apart-arbeloa-meets-other',
    a: {
      lang: 'en',
      text: `Spain's interior minister, Gonzalo Arbeloa, met his Mauritanian counterpart in Nouakchott on Thursday to step up cooperation against cayuco departures, the ministry said.`,
    },
    b: {
      lang: 'es',
      text: `El ministro del Interior, Gonzalo Arbeloa, se reunió este jueves en Dakar con su homólogo senegalés para reforzar la cooperación contra la salida de cayucos, informó el departamento.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Arbeloa meets the Mauritanian minister in Nouakchott vs the Senegalese minister in Dakar; another meeting; apart.`,
  },
  {
    id: 'es-h11-apart-shelter-gunmen-other-town',
    a: {
      lang: 'en',
      text: `Armed men burst into a migrant shelter in Reynosa on Sunday night and abducted people who were staying there, according to the shelter's management.`,
    },
    b: {
      lang: 'es',
      text: `Hombres armados irrumpieron la noche del domingo en un albergue para migrantes de Nuevo Laredo y se llevaron a personas que se alojaban allí, según la dirección del centro.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Armed abduction at a migrant shelter: Reynosa vs Nuevo Laredo; same act, other town; apart.`,
  },
  {
    id: 'es-h11-apart-girona-tractor-blockade-other-date',
    a: {
      lang: 'en',
      text: `Farmers blocked the motorway to the French border near Girona with their tractors on 6 February in protest at falling prices and EU rules, causing long tailbacks, Catalan police said.`,
    },
    b: {
      lang: 'es',
      text: `Agricultores cortaron con sus tractores el 16 de febrero la autopista hacia la frontera francesa a la altura de Girona, en protesta por la caída de precios y las normas comunitarias, informaron los Mossos d'Esquadra.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Tractor blockade near Girona on 6 February vs el 16 de febrero; same act, other date; apart.`,
  },
  {
    id: 'es-h11-apart-quote-talbridge-other-matter',
    a: {
      lang: 'en',
      text: `"Temporary protection was never meant to be permanent," Warren Talbridge, a senior State Department official for migration, told reporters in Washington.`,
    },
    b: {
      lang: 'es',
      text: `«Our partnership with Mexico on labour pathways is just getting started», declaró Warren Talbridge, alto funcionario del Departamento de Estado para asuntos migratorios, durante una visita a Monterrey.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Talbridge on temporary protection vs on labour pathways with Mexico; same speaker, other matter; apart.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // Quantity, comparable
  {
    id: 'fr-h11-wimerval-plage-rescue',
    a: {
      lang: 'en',
      text: `French rescuers picked up 63 people from a failing inflatable boat off Wimerval-Plage on Wednesday night and brought them ashore at Boulogne-sur-Mer, the maritime prefecture for the Channel said.`,
    },
    b: {
      lang: 'fr',
      text: `Les secours ont récupéré mercredi soir 63 personnes à bord d'une embarcation pneumatique en difficulté au large de Wimerval-Plage, avant de les débarquer à Boulogne-sur-Mer, a indiqué la préfecture maritime de la Manche et de la mer du Nord.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued off Wimerval-Plage, 63 in both; agree.`,
  },
  {
    id: 'fr-h11-ofpra-asylum-applications-last-year',
    a: {
      lang: 'en',
      text: `France registered about 142,000 asylum applications last year, roughly the same level as the year before, the French Office for the Protection of Refugees and Stateless Persons (OFPRA) said on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 142\u202f000 demandes d'asile ont été enregistrées en France l'an dernier, un niveau stable, a annoncé mardi l'Office français de protection des réfugiés et apatrides (Ofpra).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Asylum applications in France last year: "about 142,000" and "près de 142 000"; agree.`,
  },
  {
    id: 'fr-h11-montvezin-glassworks-job-cuts',
    a: {
      lang: 'en',
      text: `The Verreries de Montvézin glassworks in the Aisne will cut 270 jobs as it shuts down a furnace, management told unions on Thursday.`,
    },
    b: {
      lang: 'fr',
      text: `Les Verreries de Montvézin, dans l'Aisne, vont supprimer 270 postes avec l'arrêt d'un four, a annoncé jeudi la direction aux syndicats.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Job cuts at the Montvézin glassworks, 270 in both; agree.`,
  },
  {
    id: 'fr-h11-channel-coast-officers-deployed',
    a: {
      lang: 'en',
      text: `Some 2,100 police officers and gendarmes are now deployed along the Channel coast to stop small-boat departures, the prefect of Pas-de-Calais said during a visit to Calais on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 2\u202f100 policiers et gendarmes sont désormais mobilisés sur le littoral de la Manche pour empêcher les départs de small boats, a indiqué lundi le préfet du Pas-de-Calais lors d'un déplacement à Calais.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Police and gendarmes deployed on the Channel coast, some 2,100 in both; agree.`,
  },
  {
    id: 'fr-h11-channel-crossings-friday-differ',
    a: {
      lang: 'en',
      text: `About 480 migrants crossed the Channel to England in small boats on Friday, taking advantage of calm seas, according to figures from the British Home Office.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 840 migrants ont traversé la Manche vendredi à bord de small boats pour rejoindre l'Angleterre, à la faveur d'une mer calme, selon les chiffres du ministère britannique de l'Intérieur.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Small-boat crossings on Friday: about 480 against près de 840; conflict.`,
  },
  {
    id: 'fr-h11-occitanie-hail-damage-differs',
    a: {
      lang: 'en',
      text: `Insurers put the damage from last week's hailstorms in Occitanie at 350 million euros, the industry body France Assureurs said on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `Les orages de grêle qui ont frappé l'Occitanie la semaine dernière ont causé quelque 530 millions d'euros de dégâts, selon une estimation de France Assureurs publiée vendredi.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Hail damage in Occitanie: 350 million against quelque 530 millions d'euros; conflict.`,
  },
  {
    id: 'fr-h11-reunion-sri-lankan-fishing-boat-differs',
    a: {
      lang: 'en',
      text: `A fishing boat carrying 46 Sri Lankans, including children, reached the port of Saint-Pierre on Réunion on Sunday after a long crossing of the Indian Ocean, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Un bateau de pêche transportant 64 Sri-Lankais, dont des enfants, est arrivé dimanche au port de Saint-Pierre, à La Réunion, au terme d'une longue traversée de l'océan Indien, a indiqué la préfecture.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Sri Lankans aboard the boat arriving at Saint-Pierre: 46 against 64; conflict.`,
  },
  // Event, comparable
  {
    id: 'fr-h11-france-italy-joint-border-patrols',
    a: {
      lang: 'en',
      text: `France and Italy agreed on Thursday to set up joint police patrols on their Alpine border to fight people smuggling, the French interior ministry said after a meeting in Turin.`,
    },
    b: {
      lang: 'fr',
      text: `Paris et Rome se sont accordés jeudi pour mettre en place des patrouilles de police mixtes à la frontière alpine afin de lutter contre les passeurs, a indiqué la place Beauvau à l'issue d'une réunion à Turin.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Agreement on joint Franco-Italian patrols on the Alpine border; agree.`,
  },
  {
    id: 'fr-h11-sainte-olbere-detention-centre-fire',
    a: {
      lang: 'en',
      text: `A fire started by detainees damaged part of the administrative detention centre in Sainte-Olbère overnight, forcing the evacuation of the building, a police source said.`,
    },
    b: {
      lang: 'fr',
      text: `Un incendie déclenché par des retenus a endommagé dans la nuit une partie du centre de rétention administrative (CRA) de Sainte-Olbère, qui a dû être évacué, a-t-on appris de source policière.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Fire set by detainees at the Sainte-Olbère CRA; agree.`,
  },
  {
    id: 'fr-h11-gard-red-flood-alert',
    a: {
      lang: 'en',
      text: `Météo-France placed the Gard department on red alert for torrential rain and flooding on Thursday, urging residents to stay at home and avoid all travel.`,
    },
    b: {
      lang: 'fr',
      text: `Le Gard a été placé jeudi en vigilance rouge pluie-inondation par Météo-France, qui appelle les habitants à rester chez eux et à éviter tout déplacement.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Red rain-flood alert for the Gard (active vs passive); agree.`,
  },
  {
    id: 'fr-h11-marseille-belsunce-minors-squat-evacuated',
    a: {
      lang: 'en',
      text: `Police on Tuesday morning evacuated a building in Marseille's Belsunce district where unaccompanied migrant minors had been living for months, the police prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Les forces de l'ordre ont évacué mardi matin un immeuble du quartier de Belsunce, à Marseille, occupé depuis des mois par des mineurs non accompagnés, a indiqué la préfecture de police des Bouches-du-Rhône.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Eviction of the Belsunce building occupied by unaccompanied minors; agree.`,
  },
  {
    id: 'fr-h11-wimerval-beach-tear-gas-vs-batons',
    a: {
      lang: 'en',
      text: `Gendarmes used tear gas to stop migrants from boarding an inflatable boat on the beach at Wimerval-Plage at dawn on Sunday, an aid group said.`,
    },
    b: {
      lang: 'fr',
      text: `À l'aube dimanche, des gendarmes ont fait usage de matraques télescopiques pour empêcher des migrants de monter à bord d'un bateau pneumatique sur la plage, à Wimerval-Plage, selon une association d'aide aux exilés.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Gendarmes against migrants on the Wimerval-Plage beach: tear gas against telescopic batons; conflict.`,
  },
  {
    id: 'fr-h11-sainte-olbere-minor-detention-denied',
    a: {
      lang: 'en',
      text: `A teenage boy from Guinea was held at the administrative detention centre in Sainte-Olbère although child welfare services had recognised him as a minor, a group of lawyers said.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministère de l'Intérieur a démenti qu'un adolescent guinéen reconnu mineur par l'aide sociale à l'enfance ait été placé au centre de rétention de Sainte-Olbère.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Detention of a Guinean minor at the Sainte-Olbère CRA: asserted against denied; conflict.`,
  },
  {
    id: 'fr-h11-cnda-noorzadeh-granted-vs-rejected',
    a: {
      lang: 'en',
      text: `France's National Court of Asylum granted refugee status to Jawad Noorzadeh, an Afghan journalist who fled Kabul after the Taliban takeover, his lawyer said on Wednesday.`,
    },
    b: {
      lang: 'fr',
      text: `La Cour nationale du droit d'asile (CNDA) a rejeté le recours de Jawad Noorzadeh, journaliste afghan qui avait fui Kaboul après la prise de pouvoir des talibans, a fait savoir mercredi son avocat.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `CNDA ruling on Noorzadeh: refugee status granted against appeal rejected; antonym, conflict.`,
  },
  // Quote, comparable
  {
    id: 'fr-h11-quote-holloway-shared-problem',
    a: {
      lang: 'en',
      text: `"This is a shared problem and it needs a shared solution," Graham Holloway, the British Home Office minister for border security, said during a visit to Calais on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0This is a shared problem and it needs a shared solution\u00a0», a déclaré vendredi Graham Holloway, ministre britannique chargé de la sécurité des frontières, lors d'une visite à Calais.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Holloway's English words in Calais, verbatim in both; agree.`,
  },
  {
    id: 'fr-h11-quote-baudrimont-altered',
    a: {
      lang: 'en',
      text: `"Nous ne pouvons plus faire face seuls à cette situation", said Corinne Baudrimont, the mayor of Wimerval-Plage, after a boat carrying migrants ran aground on the town's beach.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Nous ne pouvons plus faire face à cette situation sans l'aide de l'État\u00a0», a déclaré Corinne Baudrimont, maire de Wimerval-Plage, après l'échouage d'une embarcation de migrants sur la plage de la commune.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Baudrimont's French words differ: "faire face seuls" against "sans l'aide de l'État"; conflict.`,
  },
  // Look-alikes (apart)
  {
    id: 'fr-h11-apart-lorry-migrants-vs-smugglers-frejus',
    a: {
      lang: 'en',
      text: `Police found 23 migrants, among them minors, hidden in a refrigerated lorry at the entrance to the Fréjus tunnel on Tuesday, a police source said.`,
    },
    b: {
      lang: 'fr',
      text: `Au total, 23 passeurs présumés ont été interpellés depuis janvier aux abords du tunnel du Fréjus, a indiqué la préfecture de la Savoie.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `23 migrants found in a lorry vs 23 suspected smugglers arrested at the Fréjus; same number, another count; apart.`,
  },
  {
    id: 'fr-h11-apart-gdp-vs-household-consumption-third-quarter',
    a: {
      lang: 'en',
      text: `France's economy grew 0.4 percent in the third quarter, the national statistics office INSEE said in a first estimate on Wednesday.`,
    },
    b: {
      lang: 'fr',
      text: `La consommation des ménages a progressé de 0,4\u00a0% au troisième trimestre, selon une première estimation publiée mercredi par l'Insee.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `0.4 percent GDP growth vs 0,4 % household consumption growth; another measure; apart.`,
  },
  {
    id: 'fr-h11-apart-sheltered-vs-officers-grande-synthe',
    a: {
      lang: 'en',
      text: `About 350 migrants were taken to shelters on Thursday after police cleared a camp in Grande-Synthe near Dunkirk, the prefecture of the Nord said.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 350 policiers et gendarmes ont été mobilisés jeudi pour l'évacuation d'un campement à Grande-Synthe, près de Dunkerque, selon la préfecture du Nord.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `350 migrants sheltered vs 350 officers deployed at the Grande-Synthe eviction; same number, another count; apart.`,
  },
  {
    id: 'fr-h11-apart-sauvagnac-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Thierry Sauvagnac met the British Home Secretary in London on Monday to discuss Channel crossings, his ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Thierry Sauvagnac, s'est entretenu lundi à Rome avec son homologue italien de la situation à la frontière franco-italienne.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Sauvagnac meets the British Home Secretary in London vs the Italian minister in Rome; another meeting; apart.`,
  },
  {
    id: 'fr-h11-apart-bridge-camp-cleared-other-town',
    a: {
      lang: 'en',
      text: `Police cleared a migrant camp under a motorway bridge in Lyon on Wednesday morning, and the people living there were offered emergency accommodation, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Un campement de migrants installé sous un pont autoroutier à Grenoble a été évacué mercredi matin par les forces de l'ordre, a indiqué la préfecture de l'Isère.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Camp under a motorway bridge cleared: Lyon vs Grenoble; same act, other town; apart.`,
  },
  {
    id: 'fr-h11-apart-air-traffic-strike-other-date',
    a: {
      lang: 'en',
      text: `A strike by French air traffic controllers on 12 September forced airlines to cancel flights at Paris airports, the civil aviation authority said.`,
    },
    b: {
      lang: 'fr',
      text: `Une grève des contrôleurs aériens a contraint les compagnies à annuler des vols dans les aéroports parisiens le 21 septembre, a indiqué la Direction générale de l'aviation civile (DGAC).`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Air traffic controllers' strike on 12 September vs le 21 septembre; same act, other date; apart.`,
  },
  {
    id: 'fr-h11-apart-quote-holloway-other-matter',
    a: {
      lang: 'en',
      text: `"We will not be lectured on human rights by people who profit from misery," Graham Holloway, the British Home Office minister for border security, told Parliament.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Legal routes are the only answer that works in the long run\u00a0», a estimé Graham Holloway, ministre britannique chargé de la sécurité des frontières, à propos des voies d'accès légales pour les réfugiés.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Holloway refusing lectures on human rights vs on legal routes for refugees; same speaker, other matter; apart.`,
  },
];
