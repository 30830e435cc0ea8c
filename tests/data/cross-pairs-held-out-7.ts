/**
 * Seventh held-out set of cross-language claim pairs. Written by a helper in session 5 without
 * looking at the library's rules, term tables or any earlier pair of `cross-pairs.ts`,
 * `cross-pairs-held-out.ts` or `cross-pairs-held-out-2.ts` to `cross-pairs-held-out-6.ts`
 * (only the `CrossPair` type of `cross-pairs.ts`, the header and import of
 * `cross-pairs-held-out-6.ts` and the ids of all seven earlier files were read, so that no id or
 * story is knowingly reused; no earlier pair's numbers or names were seen). Same shape and
 * conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently the way that
 * language's wire or newspaper press would put it (own word order, attribution and number format,
 * hedges, weekday and date expressions); one main claim of `kind` per text, some texts two
 * sentences long (claim in one, attribution or context in the other); quantity texts state one
 * number (dates and ordinals aside); event texts state no counts; quotes by English-speaking
 * officials stay in English in both texts, and local speakers are quoted in their own language in
 * both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict: a differing
 * figure, a differing instrument of force, a negation or denial, an antonym act, altered quote
 * words) and 7 look-alikes (apart: the same number counting something else, the same person
 * meeting someone else, the same act in another town, the same act on another date, the same
 * speaker on another matter). Kinds per language pair: 10 quantity, 10 event, 3 quote
 * (comparable: 7, 7, 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs by kind:
 * sv, de and fr quantity 4/3, event 4/3; es quantity 5/2, event 3/4; every language quote 1/1.
 * 92 pairs in all. About 70% of the stories are about migration, borders, asylum, caravans,
 * crossings, police, protests, security forces, deportations and rescues at sea; the rest about
 * politics, the economy, disasters and health.
 *
 * All people, companies, ships and small towns are invented (Kvistnäs, Granlösa, Säverby,
 * Östervall, Tjärnvik, Ljungmora, Tallåsen Trä, Sjöfalken, Karin Hedenvik, Anders Stensjö,
 * Nicholas Brandreth, Fiona Calloway, Wendmarschen, Hagenfurt, Quellingen, Sperlingshof,
 * Fichtelried, Hollerau, Moosbergen, Drosselbach, Sturmvogel, Sturmfront Lausitz, Henrike
 * Brummund, Jörg Odenkirch, Alistair Penrose, Las Cortezas, Arroyo Salobre, Inés Ortuño, Ernesto
 * Caicedo, Julián Bermeo, Theresa Colville, Plouvenec, Montcharvet, Audrecourt-Plage,
 * Beauregard-sur-Liane, Ferrières-la-Dune, Kerlouarn, Aciéries de la Liane, Thierry Aubrespin,
 * Gwenaëlle Kerhervé, Duncan Whitcombe); countries, capitals, big cities, regions and real
 * institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs7: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity · agree
  {
    id: 'sv-h7-quota-refugees-last-year',
    a: {
      lang: 'en',
      text: `The Migration Agency granted residence permits to 2,316 quota refugees last year, the agency said on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Förra året beviljades 2 316 kvotflyktingar uppehållstillstånd i Sverige. Det framgår av statistik som Migrationsverket presenterade i onsdags.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Quota refugees granted permits last year: 2,316 in both; Swedish passive, fronted time, attribution in a second sentence.',
  },
  {
    id: 'sv-h7-kvistnas-dam-evacuated',
    a: {
      lang: 'en',
      text: `Nearly 400 residents of Kvistnäs, in Västernorrland, were evacuated on Wednesday evening after cracks were found in a dam upstream of the village.`,
    },
    b: {
      lang: 'sv',
      text: `Närmare 400 boende i Kvistnäs i Västernorrland fick lämna sina hem på onsdagskvällen sedan sprickor upptäckts i en damm ovanför byn.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Residents evacuated below a cracked dam: "nearly 400" = "närmare 400"; "fick lämna sina hem" for evacuated.',
  },
  {
    id: 'sv-h7-tbe-cases-this-year',
    a: {
      lang: 'en',
      text: `So far this year 512 cases of tick-borne encephalitis have been reported in Sweden, the Public Health Agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Hittills i år har 512 fall av TBE anmälts, enligt Folkhälsomyndigheten.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'TBE cases reported this year: 512 in both; Swedish uses the abbreviation.',
  },
  {
    id: 'sv-h7-detention-held-monday',
    a: {
      lang: 'en',
      text: `The Migration Agency was holding 418 people in its detention centres on Monday, a spokesperson confirmed.`,
    },
    b: {
      lang: 'sv',
      text: `I måndags satt sammanlagt 418 personer i Migrationsverkets förvar, bekräftar myndighetens presstjänst.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'People held in detention on Monday: 418 in both; "satt i förvar" for being held.',
  },
  // quantity · conflict
  {
    id: 'sv-h7-linkoping-asylum-rally-differs',
    a: {
      lang: 'en',
      text: `Some 2,500 people demonstrated in central Linköping on Sunday against the government's tighter asylum rules, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 4\u202f000 personer samlades på söndagen på Stora torget i Linköping för att protestera mot regeringens skärpta asylregler. Det uppger polisen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Size of the Linköping asylum-rules protest, both citing police: some 2,500 vs omkring 4 000.',
  },
  {
    id: 'sv-h7-sjofalken-lampedusa-differs',
    a: {
      lang: 'en',
      text: `The Swedish-crewed rescue ship Sjöfalken took 112 migrants on board from an overcrowded fishing boat south of Lampedusa on Thursday.`,
    },
    b: {
      lang: 'sv',
      text: `Räddningsfartyget Sjöfalken, som har svensk besättning, plockade i torsdags upp 117 migranter från en överlastad fiskebåt söder om Lampedusa.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Migrants taken aboard the Sjöfalken off Lampedusa: 112 vs 117.',
  },
  {
    id: 'sv-h7-tallasen-sawmill-jobs-differ',
    a: {
      lang: 'en',
      text: `Forestry group Tallåsen Trä will cut 340 jobs at its sawmill in Granlösa, the company announced on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Skogskoncernen Tallåsen Trä varslar 280 anställda vid sågverket i Granlösa, meddelade bolaget på tisdagen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Job cuts at the Granlösa sawmill: 340 vs 280 ("varslar" = gives redundancy notice).',
  },
  // quantity · apart
  {
    id: 'sv-h7-apart-transfers-vs-flats-norrbotten',
    a: {
      lang: 'en',
      text: `During the autumn the Migration Agency moved 1,240 asylum seekers out of its housing in Norrbotten to facilities further south.`,
    },
    b: {
      lang: 'sv',
      text: `Under hösten har Migrationsverket sagt upp 1 240 lägenheter för asylsökande i Norrbotten.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same number, same agency and region: 1,240 asylum seekers moved vs 1,240 flats terminated.',
  },
  {
    id: 'sv-h7-apart-inflation-vs-retail-november',
    a: {
      lang: 'en',
      text: `Swedish CPIF inflation stood at 2.3 percent in November, Statistics Sweden said on Friday.`,
    },
    b: {
      lang: 'sv',
      text: `Detaljhandelns försäljningsvolym ökade med 2,3 procent i november jämfört med samma månad i fjol, enligt SCB.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same figure, same month and source: 2.3% is inflation in one text and retail sales growth in the other.',
  },
  {
    id: 'sv-h7-apart-found-vs-officers-sodertalje',
    a: {
      lang: 'en',
      text: `During an inspection of a disused warehouse in Södertälje on Wednesday, police found 87 people living there without residence permits.`,
    },
    b: {
      lang: 'sv',
      text: `Sammanlagt 87 poliser deltog i onsdagens insats mot ett nedlagt lager i Södertälje.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same operation and number: 87 people found without permits vs 87 officers taking part.',
  },
  // event · agree
  {
    id: 'sv-h7-arlanda-iraq-charter',
    a: {
      lang: 'en',
      text: `A chartered plane carrying people being deported to Iraq took off from Arlanda late on Tuesday, escorted by police.`,
    },
    b: {
      lang: 'sv',
      text: `Sent på tisdagskvällen lyfte ett chartrat plan från Arlanda med personer som ska utvisas till Irak. Polisen eskorterade de utvisade ombord.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Deportation charter to Iraq left Arlanda on Tuesday night; fronted time in Swedish, escort in a second sentence.',
  },
  {
    id: 'sv-h7-boras-language-school-raid',
    a: {
      lang: 'en',
      text: `Police raided a language school in Borås on Wednesday that is suspected of selling fake Swedish-language certificates to people applying for citizenship.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen slog på onsdagen till mot en språkskola i Borås. Skolan misstänks ha sålt falska intyg om svenskkunskaper till personer som söker medborgarskap.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Police raid on a Borås language school suspected of selling fake certificates; "slog till mot" for raided.',
  },
  {
    id: 'sv-h7-helsingborg-hospital-major-incident',
    a: {
      lang: 'en',
      text: `Region Skåne declared a major incident at Helsingborg Hospital on Saturday because of a severe shortage of beds.`,
    },
    b: {
      lang: 'sv',
      text: `Region Skåne utlyste på lördagen särskild händelse vid Helsingborgs lasarett på grund av den akuta bristen på vårdplatser.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Major incident ("särskild händelse") declared at Helsingborg hospital over bed shortage.',
  },
  {
    id: 'sv-h7-riksbank-rate-unchanged',
    a: {
      lang: 'en',
      text: `The Riksbank left its policy rate unchanged on Thursday, saying inflation was close to target.`,
    },
    b: {
      lang: 'sv',
      text: `Riksbanken lämnar styrräntan oförändrad. Beskedet kom på torsdagen, och banken hänvisar till att inflationen ligger nära målet.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Riksbank holds its rate on Thursday; Swedish news present tense, date in the second sentence.',
  },
  // event · conflict
  {
    id: 'sv-h7-saverby-batons-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police used batons to push back demonstrators who were blocking the entrance to a new reception centre in Säverby on Friday evening.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen använde pepparsprej mot demonstranter som blockerade entrén till det nya asylboendet i Säverby på fredagskvällen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Same blockade at the Säverby reception centre, different instrument: batons vs pepper spray.',
  },
  {
    id: 'sv-h7-migration-agency-leak-denied',
    a: {
      lang: 'en',
      text: `A Migration Agency caseworker leaked the home addresses of asylum seekers to a far-right network, police said on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen tillbakavisade på måndagen uppgifterna om att en handläggare på Migrationsverket ska ha läckt asylsökandes adresser till ett högerextremt nätverk.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'English has police stating the leak; Swedish has police rejecting the claim (denial).',
  },
  {
    id: 'sv-h7-ostervall-water-tower-suspect-released',
    a: {
      lang: 'en',
      text: `A man suspected of sabotaging the water tower in Östervall was arrested on Sunday.`,
    },
    b: {
      lang: 'sv',
      text: `Mannen som misstänktes för sabotage mot vattentornet i Östervall försattes på fri fot på söndagen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Antonym act for the same suspect on the same day: arrested vs set free.',
  },
  // event · apart
  {
    id: 'sv-h7-apart-hedenvik-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Karin Hedenvik met her Danish counterpart in Copenhagen on Monday to discuss checks on the Öresund Bridge.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Karin Hedenvik träffade på måndagen Finlands inrikesminister i Helsingfors för samtal om gränsen mot Ryssland.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same minister, same day, different meeting: Danish counterpart in Copenhagen vs Finnish minister in Helsinki.',
  },
  {
    id: 'sv-h7-apart-berry-pickers-bus-other-town',
    a: {
      lang: 'en',
      text: `Police stopped a bus carrying Thai berry pickers in Ljungmora on Tuesday and checked the workers' papers.`,
    },
    b: {
      lang: 'sv',
      text: `I tisdags stoppade polisen en buss med thailändska bärplockare i Tjärnvik och kontrollerade deras papper.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same kind of check on berry pickers on the same day, in another town: Ljungmora vs Tjärnvik.',
  },
  {
    id: 'sv-h7-apart-sapo-uzbek-detention-other-date',
    a: {
      lang: 'en',
      text: `The Security Service took an Uzbek man into custody on Thursday pending his expulsion as a security threat.`,
    },
    b: {
      lang: 'sv',
      text: `Säkerhetspolisen tog i mars förra året en uzbekisk man i förvar i väntan på att han skulle utvisas som säkerhetshot.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same act by Säpo against an Uzbek man, on another date: this Thursday vs last March.',
  },
  // quote · agree
  {
    id: 'sv-h7-quote-calloway-returns',
    a: {
      lang: 'en',
      text: `"Returns must happen faster, but never at the expense of the law," Irish EU Commissioner Fiona Calloway said during a visit to Stockholm on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `”Returns must happen faster, but never at the expense of the law”, sade EU-kommissionären Fiona Calloway när hon besökte Stockholm i tisdags.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: 'English-speaking commissioner quoted in English in both, identical words; Swedish quotation marks.',
  },
  // quote · conflict
  {
    id: 'sv-h7-quote-stensjo-altered',
    a: {
      lang: 'en',
      text: `"Situationen vid gränsen är ansträngd men under kontroll," regional police chief Anders Stensjö told reporters in Luleå.`,
    },
    b: {
      lang: 'sv',
      text: `”Situationen vid gränsen är ansträngd och utom kontroll”, sade regionpolischefen Anders Stensjö till journalister i Luleå.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: 'Swedish police chief quoted in Swedish in both; words altered: "men under kontroll" vs "och utom kontroll".',
  },
  // quote · apart
  {
    id: 'sv-h7-apart-quote-brandreth-other-matter',
    a: {
      lang: 'en',
      text: `"Nobody should be sent back to a country where the fighting has not stopped," UNHCR's Nordic representative Nicholas Brandreth said of returns to Syria.`,
    },
    b: {
      lang: 'sv',
      text: `”The reception centres on Gotland are not fit for families”, sade Nicholas Brandreth, UNHCR:s representant i Norden, efter ett besök på ön.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: 'Same UNHCR speaker on another matter: returns to Syria vs reception centres on Gotland.',
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity · agree
  {
    id: 'de-h7-danish-border-entries-first-half',
    a: {
      lang: 'en',
      text: `Federal police recorded 1,193 unauthorised entries at the German-Danish border in the first half of the year.`,
    },
    b: {
      lang: 'de',
      text: `An der deutsch-dänischen Grenze hat die Bundespolizei im ersten Halbjahr 1.193 unerlaubte Einreisen festgestellt.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Unauthorised entries at the Danish border, first half: 1,193 = 1.193; fronted place in German.',
  },
  {
    id: 'de-h7-wendmarschen-human-chain',
    a: {
      lang: 'en',
      text: `Around 700 people formed a human chain around the town hall in Wendmarschen on Saturday to protest against plans for a container village for refugees.`,
    },
    b: {
      lang: 'de',
      text: `Gegen das geplante Containerdorf für Geflüchtete haben am Samstag in Wendmarschen rund 700 Menschen eine Menschenkette um das Rathaus gebildet.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Human chain against a refugee container village: "around 700" = "rund 700".',
  },
  {
    id: 'de-h7-whooping-cough-cases',
    a: {
      lang: 'en',
      text: `Germany has recorded 14,361 cases of whooping cough since the start of the year, the Robert Koch Institute said.`,
    },
    b: {
      lang: 'de',
      text: `Seit Jahresbeginn sind dem Robert Koch-Institut 14.361 Keuchhusten-Fälle gemeldet worden.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Whooping cough cases since January: 14,361 = 14.361; German passive with dative institution.',
  },
  {
    id: 'de-h7-baden-wurttemberg-deportations-first-half',
    a: {
      lang: 'en',
      text: `Baden-Württemberg deported 1,562 people in the first half of the year, the state's justice and migration ministry said on Monday.`,
    },
    b: {
      lang: 'de',
      text: `Im ersten Halbjahr wurden aus Baden-Württemberg 1.562 Menschen abgeschoben. Das teilte das Stuttgarter Ministerium der Justiz und für Migration am Montag mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Deportations from Baden-Württemberg, first half: 1,562 = 1.562; attribution in a second sentence.',
  },
  // quantity · conflict
  {
    id: 'de-h7-sturmvogel-pozzallo-differs',
    a: {
      lang: 'en',
      text: `The German rescue ship Sturmvogel brought 94 migrants ashore in the Sicilian port of Pozzallo on Sunday.`,
    },
    b: {
      lang: 'de',
      text: `Das Seenotrettungsschiff „Sturmvogel“ hat am Sonntag im sizilianischen Hafen Pozzallo 89 Migranten an Land gebracht.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Migrants disembarked by the Sturmvogel in Pozzallo: 94 vs 89.',
  },
  {
    id: 'de-h7-unemployment-october-differs',
    a: {
      lang: 'en',
      text: `The number of unemployed people in Germany rose to 2.81 million in October, the Federal Employment Agency said.`,
    },
    b: {
      lang: 'de',
      text: `Die Zahl der Arbeitslosen ist im Oktober auf 2,86 Millionen gestiegen, wie die Bundesagentur für Arbeit in Nürnberg mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Unemployed in October: 2.81 million vs 2,86 Millionen.',
  },
  {
    id: 'de-h7-hannover-afghanistan-march-differs',
    a: {
      lang: 'en',
      text: `About 1,500 people marched through Hanover on Saturday against deportations to Afghanistan, according to police.`,
    },
    b: {
      lang: 'de',
      text: `Nach Polizeiangaben zogen am Samstag rund 3.000 Menschen durch die Innenstadt von Hannover, um gegen Abschiebungen nach Afghanistan zu demonstrieren.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Size of the Hanover march against Afghan deportations, both citing police: about 1,500 vs rund 3.000.',
  },
  // quantity · apart
  {
    id: 'de-h7-apart-tegel-housed-vs-obliged-to-leave',
    a: {
      lang: 'en',
      text: `Berlin's refugee office was housing 4,215 people in the former Tegel airport terminal at the end of the month.`,
    },
    b: {
      lang: 'de',
      text: `In Berlin sind derzeit 4.215 Menschen ausreisepflichtig, wie die Senatsinnenverwaltung mitteilte.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same number in Berlin: 4,215 refugees housed at Tegel vs 4.215 people obliged to leave.',
  },
  {
    id: 'de-h7-apart-kaub-level-vs-ships',
    a: {
      lang: 'en',
      text: `The Rhine's water level at the Kaub gauge fell to 38 centimetres on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `Wegen des Niedrigwassers saßen am Dienstag bei Kaub 38 Frachtschiffe auf dem Rhein fest.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same place, day and number: a gauge reading of 38 cm vs 38 stranded cargo ships.',
  },
  {
    id: 'de-h7-apart-arrests-vs-searches-smuggling',
    a: {
      lang: 'en',
      text: `Police arrested 27 suspects on Wednesday in dawn raids against a people-smuggling ring in Saxony and Thuringia.`,
    },
    b: {
      lang: 'de',
      text: `Bei Razzien gegen eine Schleuserbande haben Ermittler am Mittwochmorgen 27 Wohnungen in Sachsen und Thüringen durchsucht.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same raids, same number: 27 suspects arrested vs 27 flats searched.',
  },
  // event · agree
  {
    id: 'de-h7-sturmfront-lausitz-banned',
    a: {
      lang: 'en',
      text: `Interior Minister Henrike Brummund has banned the neo-Nazi group Sturmfront Lausitz. Police searched the homes of its leaders in Brandenburg and Saxony on Wednesday morning.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenministerin Henrike Brummund hat die rechtsextreme Vereinigung „Sturmfront Lausitz“ verboten. Am Mittwochmorgen durchsuchte die Polizei Wohnungen führender Mitglieder in Brandenburg und Sachsen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Ban of the neo-Nazi group Sturmfront Lausitz, with searches as context in both.',
  },
  {
    id: 'de-h7-hagenfurt-station-cleared',
    a: {
      lang: 'en',
      text: `Police cleared the main railway station in Hagenfurt on Monday evening after a suspicious suitcase was found on a platform.`,
    },
    b: {
      lang: 'de',
      text: `Wegen eines herrenlosen Koffers auf einem Bahnsteig hat die Polizei am Montagabend den Hagenfurter Hauptbahnhof geräumt.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Hagenfurt main station cleared over a suspicious suitcase; cause fronted in German.',
  },
  {
    id: 'de-h7-brocken-fire-railway-halted',
    a: {
      lang: 'en',
      text: `A forest fire on the slopes of the Brocken forced the Harz narrow-gauge railway to halt services to the summit on Saturday.`,
    },
    b: {
      lang: 'de',
      text: `Wegen eines Waldbrands am Brocken hat die Harzer Schmalspurbahn am Samstag den Verkehr zum Gipfel eingestellt.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Brocken summit rail service halted because of a forest fire.',
  },
  {
    id: 'de-h7-quellingen-church-asylum',
    a: {
      lang: 'en',
      text: `A Protestant parish in Quellingen has taken in a Sudanese family facing transfer to Italy under EU rules, granting them church asylum.`,
    },
    b: {
      lang: 'de',
      text: `Die evangelische Kirchengemeinde Quellingen hat einer sudanesischen Familie Kirchenasyl gewährt. Der Familie droht nach den Dublin-Regeln die Überstellung nach Italien.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Church asylum granted to a Sudanese family in Quellingen; context in a second sentence in German.',
  },
  // event · conflict
  {
    id: 'de-h7-sperlingshof-water-cannon-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Riot police turned water cannon on counter-demonstrators who tried to block an AfD rally in Sperlingshof on Saturday.`,
    },
    b: {
      lang: 'de',
      text: `In Sperlingshof setzte die Polizei am Samstag Pfefferspray gegen Gegendemonstranten ein, die eine AfD-Kundgebung blockieren wollten.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Same blockade of an AfD rally, different instrument: water cannon vs pepper spray.',
  },
  {
    id: 'de-h7-fichtelried-barracks-denied',
    a: {
      lang: 'en',
      text: `The Bavarian interior ministry confirmed on Thursday that the former barracks in Fichtelried will be turned into a reception centre for asylum seekers.`,
    },
    b: {
      lang: 'de',
      text: `Das bayerische Innenministerium hat am Donnerstag Berichte dementiert, wonach die ehemalige Kaserne in Fichtelried zu einer Erstaufnahmeeinrichtung für Asylbewerber umgebaut werden soll.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Same ministry, same plan: confirmed in English, denied ("dementiert") in German.',
  },
  {
    id: 'de-h7-hamburg-berlin-trains-resumed-suspended',
    a: {
      lang: 'en',
      text: `Deutsche Bahn resumed long-distance services between Hamburg and Berlin on Friday after the storm.`,
    },
    b: {
      lang: 'de',
      text: `Wegen des Sturms hat die Deutsche Bahn am Freitag den Fernverkehr zwischen Hamburg und Berlin eingestellt.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Antonym act on the same route and day: services resumed vs suspended ("eingestellt").',
  },
  // event · apart
  {
    id: 'de-h7-apart-brummund-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Henrike Brummund met her Austrian counterpart in Vienna on Tuesday to discuss controls on the shared border.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenministerin Henrike Brummund ist am Dienstag in Rom mit ihrem italienischen Amtskollegen zusammengekommen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same minister, same day, another meeting: Austrian counterpart in Vienna vs Italian counterpart in Rome.',
  },
  {
    id: 'de-h7-apart-shelter-windows-other-town',
    a: {
      lang: 'en',
      text: `Unknown attackers smashed windows at a refugee shelter in Hollerau overnight into Sunday, police said.`,
    },
    b: {
      lang: 'de',
      text: `In der Nacht zum Sonntag haben Unbekannte in Moosbergen die Fensterscheiben einer Flüchtlingsunterkunft eingeworfen, teilte die Polizei mit.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same attack on a refugee shelter the same night, in another town: Hollerau vs Moosbergen.',
  },
  {
    id: 'de-h7-apart-sham-paternity-raids-other-date',
    a: {
      lang: 'en',
      text: `Federal police searched homes in North Rhine-Westphalia and Lower Saxony on Tuesday in an investigation into sham paternity claims used to obtain residence rights.`,
    },
    b: {
      lang: 'de',
      text: `Im vergangenen November durchsuchte die Bundespolizei in Nordrhein-Westfalen und Niedersachsen Wohnungen wegen des Verdachts auf Scheinvaterschaften, mit denen Aufenthaltsrechte erschlichen wurden.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same kind of sham-paternity raid in the same states, on another date: Tuesday vs last November.',
  },
  // quote · agree
  {
    id: 'de-h7-quote-penrose-carry-alone',
    a: {
      lang: 'en',
      text: `"Germany cannot carry this alone," Alistair Penrose, the UNHCR representative in Berlin, said on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `„Germany cannot carry this alone“, sagte der UNHCR-Vertreter in Berlin, Alistair Penrose, am Donnerstag.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: 'English-speaking UNHCR official quoted in English in both; identical words, German quotation marks.',
  },
  // quote · conflict
  {
    id: 'de-h7-quote-odenkirch-altered',
    a: {
      lang: 'en',
      text: `"Wir sind am Limit, aber wir schaffen das," said Jörg Odenkirch, the mayor of Drosselbach, after a meeting on refugee housing.`,
    },
    b: {
      lang: 'de',
      text: `„Wir sind am Limit, wir schaffen das nicht mehr“, sagte der Drosselbacher Bürgermeister Jörg Odenkirch nach einem Treffen zur Unterbringung von Geflüchteten.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: 'German mayor quoted in German in both; words altered: "aber wir schaffen das" vs "wir schaffen das nicht mehr".',
  },
  // quote · apart
  {
    id: 'de-h7-apart-quote-penrose-other-matter',
    a: {
      lang: 'en',
      text: `"Family reunification is not a loophole, it is a right," the UNHCR's Alistair Penrose said of the coalition's plans.`,
    },
    b: {
      lang: 'de',
      text: `„We need more resettlement places, not fewer“, sagte Alistair Penrose vom UNHCR mit Blick auf das Bundesaufnahmeprogramm.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: 'Same UNHCR speaker on another matter: family reunification vs resettlement places.',
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity · agree
  {
    id: 'es-h7-cabo-de-gata-pateras-rescue',
    a: {
      lang: 'en',
      text: `Spain's maritime rescue service picked up 57 people from small boats off Cabo de Gata, in Almería, on Saturday.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo rescató el sábado a 57 personas que viajaban en pateras frente al cabo de Gata (Almería).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'People rescued off Cabo de Gata on Saturday: 57 in both.',
  },
  {
    id: 'es-h7-ciudad-hidalgo-caravan',
    a: {
      lang: 'en',
      text: `About 1,800 migrants set off on foot from Ciudad Hidalgo, on Mexico's border with Guatemala, on Monday, heading north.`,
    },
    b: {
      lang: 'es',
      text: `Cerca de 1.800 migrantes partieron a pie el lunes desde Ciudad Hidalgo, en la frontera de México con Guatemala, rumbo al norte del país.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Caravan leaving Ciudad Hidalgo: "about 1,800" = "cerca de 1.800".',
  },
  {
    id: 'es-h7-argentina-poverty-first-half',
    a: {
      lang: 'en',
      text: `Poverty in Argentina affected 38.1 percent of the population in the first half of the year, the statistics agency INDEC said.`,
    },
    b: {
      lang: 'es',
      text: `La pobreza alcanzó al 38,1% de la población argentina en el primer semestre, según informó el INDEC.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Argentine poverty rate, first half: 38.1 percent = 38,1%.',
  },
  {
    id: 'es-h7-colombia-yellow-fever',
    a: {
      lang: 'en',
      text: `Colombia has confirmed 96 cases of yellow fever so far this year, the health ministry said on Thursday.`,
    },
    b: {
      lang: 'es',
      text: `En lo que va del año se han confirmado 96 casos de fiebre amarilla en Colombia, informó el jueves el Ministerio de Salud.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Yellow fever cases in Colombia this year: 96 in both; Spanish impersonal passive.',
  },
  {
    id: 'es-h7-benzu-swimmers-intercepted',
    a: {
      lang: 'en',
      text: `Spain's Civil Guard intercepted 72 people on Friday who were trying to swim around the Benzú breakwater into Ceuta.`,
    },
    b: {
      lang: 'es',
      text: `La Guardia Civil interceptó el viernes a 72 personas que intentaban llegar a nado a Ceuta bordeando el espigón de Benzú.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Swimmers intercepted at the Benzú breakwater: 72 in both.',
  },
  // quantity · conflict
  {
    id: 'es-h7-puebla-trailer-migrants-differ',
    a: {
      lang: 'en',
      text: `Mexican authorities found 129 migrants crammed into the trailer of a lorry on a motorway in Puebla state on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `Autoridades mexicanas hallaron el martes a 149 migrantes hacinados en la caja de un tráiler en una autopista del estado de Puebla.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Migrants found in a trailer in Puebla: 129 vs 149.',
  },
  {
    id: 'es-h7-valencia-housing-march-differs',
    a: {
      lang: 'en',
      text: `Some 15,000 people marched in Valencia on Saturday to demand affordable housing, according to the central government's delegation.`,
    },
    b: {
      lang: 'es',
      text: `Unas 22.000 personas se manifestaron el sábado en Valencia para reclamar vivienda asequible, según la Delegación del Gobierno.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Size of the Valencia housing march, same source: some 15,000 vs unas 22.000.',
  },
  // quantity · apart
  {
    id: 'es-h7-apart-skippers-vs-boat-lanzarote',
    a: {
      lang: 'en',
      text: `Police on Lanzarote have arrested 38 suspected boat skippers so far this year.`,
    },
    b: {
      lang: 'es',
      text: `Una neumática con 38 migrantes a bordo llegó el martes a la costa de Lanzarote.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same island, same number: 38 skippers arrested this year vs 38 migrants on a dinghy.',
  },
  {
    id: 'es-h7-apart-mexico-buses-vs-us-flights',
    a: {
      lang: 'en',
      text: `Mexico returned 610 Honduran migrants by bus through the El Ceibo border crossing this week.`,
    },
    b: {
      lang: 'es',
      text: `Estados Unidos deportó esta semana a 610 hondureños en vuelos que aterrizaron en San Pedro Sula.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same number of Hondurans returned the same week, but by Mexico overland vs by the US on flights.',
  },
  {
    id: 'es-h7-apart-colombia-unemployment-vs-inflation',
    a: {
      lang: 'en',
      text: `Colombia's unemployment rate stood at 9.1 percent in June, the statistics agency DANE said.`,
    },
    b: {
      lang: 'es',
      text: `La inflación anual en Colombia se ubicó en 9,1% en junio, según el DANE.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same figure, month and source: 9.1% is unemployment in one text, inflation in the other.',
  },
  // event · agree
  {
    id: 'es-h7-lajas-blancas-station-closed',
    a: {
      lang: 'en',
      text: `Panama has closed the migrant reception station at Lajas Blancas, in Darién province, the government announced on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno panameño anunció el miércoles el cierre de la estación de recepción migratoria de Lajas Blancas, en la provincia de Darién.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Closure of the Lajas Blancas migrant station; Spanish nominalisation "el cierre".',
  },
  {
    id: 'es-h7-nuble-state-of-catastrophe',
    a: {
      lang: 'en',
      text: `Chile's government declared a state of catastrophe in the Ñuble region on Sunday because of forest fires.`,
    },
    b: {
      lang: 'es',
      text: `Por los incendios forestales, el Gobierno de Chile decretó el domingo estado de catástrofe en la región de Ñuble.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'State of catastrophe declared in Ñuble over forest fires; cause fronted in Spanish.',
  },
  {
    id: 'es-h7-guatemala-ombudsman-elected',
    a: {
      lang: 'en',
      text: `Guatemala's Congress elected Ernesto Caicedo as the country's new human rights ombudsman on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `Ernesto Caicedo fue elegido el martes por el Congreso de Guatemala como nuevo procurador de los Derechos Humanos.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Caicedo elected human rights ombudsman; active in English, passive in Spanish.',
  },
  // event · conflict
  {
    id: 'es-h7-huixtla-tear-gas-vs-extinguishers',
    a: {
      lang: 'en',
      text: `National Guard troops fired tear gas at migrants who tried to force their way through a checkpoint near Huixtla, in Chiapas, on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `Elementos de la Guardia Nacional rociaron con extintores a los migrantes que intentaron romper el miércoles un retén cerca de Huixtla, Chiapas.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Same checkpoint clash near Huixtla, different instrument: tear gas vs fire extinguishers.',
  },
  {
    id: 'es-h7-santo-domingo-hospital-deportation-denied',
    a: {
      lang: 'en',
      text: `Dominican migration agents detained a pregnant Haitian woman at a maternity hospital in Santo Domingo and deported her, a rights group said.`,
    },
    b: {
      lang: 'es',
      text: `La Dirección General de Migración negó haber detenido y deportado a una haitiana embarazada en una maternidad de Santo Domingo, como denunció una organización de derechos humanos.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'The deportation is reported in English and denied by the migration agency in Spanish.',
  },
  {
    id: 'es-h7-almeria-skipper-jailed-vs-freed',
    a: {
      lang: 'en',
      text: `A judge in Almería remanded in custody the skipper of a boat on which migrants died during the crossing from Algeria.`,
    },
    b: {
      lang: 'es',
      text: `El juez de guardia de Almería dejó en libertad con cargos al patrón de la patera en la que murieron migrantes durante la travesía desde Argelia.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Antonym act for the same skipper: remanded in custody vs released on charges.',
  },
  {
    id: 'es-h7-venezuela-flights-resume-refused',
    a: {
      lang: 'en',
      text: `Venezuela agreed on Friday to resume receiving deportation flights from Mexico.`,
    },
    b: {
      lang: 'es',
      text: `Venezuela rechazó el viernes reanudar la recepción de vuelos de deportación procedentes de México.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Same decision reported opposite ways: agreed to resume vs refused to resume.',
  },
  // event · apart
  {
    id: 'es-h7-apart-ortuno-meets-other',
    a: {
      lang: 'en',
      text: `Spanish Interior Minister Inés Ortuño met Mauritania's interior minister in Nouakchott on Monday to discuss boat departures towards the Canary Islands.`,
    },
    b: {
      lang: 'es',
      text: `La ministra del Interior, Inés Ortuño, se reunió el lunes en Dakar con su homólogo senegalés para abordar la cooperación migratoria.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same minister, same day, another meeting: Mauritanian minister in Nouakchott vs Senegalese in Dakar.',
  },
  {
    id: 'es-h7-apart-reception-centre-blockade-other-town',
    a: {
      lang: 'en',
      text: `Residents blocked the entrance to a migrant reception centre in Las Cortezas, on Tenerife, on Thursday.`,
    },
    b: {
      lang: 'es',
      text: `Un grupo de vecinos bloqueó el jueves la entrada a un centro de acogida de migrantes en Arroyo Salobre, en Gran Canaria.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same blockade of a reception centre on the same day, in another town: Las Cortezas vs Arroyo Salobre.',
  },
  {
    id: 'es-h7-apart-customs-stoppage-other-date',
    a: {
      lang: 'en',
      text: `Customs officers at the international bridges in Ciudad Juárez walked off the job on Friday over staff shortages.`,
    },
    b: {
      lang: 'es',
      text: `En marzo del año pasado, los agentes aduanales de los puentes internacionales de Ciudad Juárez pararon labores en protesta por la falta de personal.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same customs stoppage at the Ciudad Juárez bridges, on another date: Friday vs March last year.',
  },
  // quote · agree
  {
    id: 'es-h7-quote-colville-smugglers',
    a: {
      lang: 'en',
      text: `"Do not put your children in the hands of smugglers," US Ambassador to Guatemala Theresa Colville said in a radio message on Monday.`,
    },
    b: {
      lang: 'es',
      text: `«Do not put your children in the hands of smugglers», dijo el lunes la embajadora de Estados Unidos en Guatemala, Theresa Colville, en un mensaje radial.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: 'US ambassador quoted in English in both; identical words, Spanish angle quotes.',
  },
  // quote · conflict
  {
    id: 'es-h7-quote-bermeo-altered',
    a: {
      lang: 'en',
      text: `"Los migrantes no son delincuentes, son hermanos," Bishop Julián Bermeo said at Sunday Mass in Ciudad Juárez.`,
    },
    b: {
      lang: 'es',
      text: `«Los migrantes no son delincuentes, son víctimas», afirmó el obispo Julián Bermeo durante la misa dominical en Ciudad Juárez.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: 'Mexican bishop quoted in Spanish in both; last word altered: "hermanos" vs "víctimas".',
  },
  // quote · apart
  {
    id: 'es-h7-apart-quote-colville-other-matter',
    a: {
      lang: 'en',
      text: `"We expect free and transparent elections," Ambassador Theresa Colville said of next year's vote in Guatemala.`,
    },
    b: {
      lang: 'es',
      text: `«Migration is a shared responsibility», afirmó la embajadora estadounidense Theresa Colville tras reunirse con autoridades guatemaltecas.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: 'Same ambassador on another matter: elections vs migration.',
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity · agree
  {
    id: 'fr-h7-gravelines-rescued',
    a: {
      lang: 'en',
      text: `A total of 187 people were rescued off Gravelines on Wednesday, the maritime prefecture for the Channel and North Sea said.`,
    },
    b: {
      lang: 'fr',
      text: `Au total, 187 personnes ont été secourues mercredi au large de Gravelines, a indiqué la préfecture maritime de la Manche et de la mer du Nord.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'People rescued off Gravelines on Wednesday: 187 in both.',
  },
  {
    id: 'fr-h7-paris-bridge-camp-sheltered',
    a: {
      lang: 'en',
      text: `Nearly 600 migrants who had been camping under a bridge in northern Paris were taken to shelters on Thursday morning.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 600 migrants qui campaient sous un pont du nord de Paris ont été mis à l'abri jeudi matin, selon la préfecture de région.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Migrants moved from a Paris bridge camp to shelters: "nearly 600" = "près de 600".',
  },
  {
    id: 'fr-h7-public-debt-second-quarter',
    a: {
      lang: 'en',
      text: `France's public debt reached 113.7 percent of GDP at the end of the second quarter, INSEE said on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `La dette publique s'établissait à 113,7\u202f% du PIB à la fin du deuxième trimestre, selon les chiffres publiés vendredi par l'Insee.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Public debt ratio at end of Q2: 113.7 percent = 113,7 %.',
  },
  {
    id: 'fr-h7-legionnaires-cases-record',
    a: {
      lang: 'en',
      text: `France recorded 2,131 cases of legionnaires' disease last year, a record, according to Santé publique France.`,
    },
    b: {
      lang: 'fr',
      text: `Du jamais-vu\u00a0: 2\u202f131 cas de légionellose ont été recensés en France l'an dernier, selon Santé publique France.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: 'Record legionnaires cases last year: 2,131 = 2 131 (narrow no-break space).',
  },
  // quantity · conflict
  {
    id: 'fr-h7-mayotte-kwassa-interceptions-differ',
    a: {
      lang: 'en',
      text: `Police and gendarmes in Mayotte intercepted 340 people aboard kwassa-kwassa boats in October, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `En octobre, 430 personnes ont été interceptées à bord de kwassas au large de Mayotte, selon la préfecture.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'People intercepted on kwassas off Mayotte in October: 340 vs 430.',
  },
  {
    id: 'fr-h7-liane-steel-jobs-differ',
    a: {
      lang: 'en',
      text: `Steelmaker Aciéries de la Liane will cut 620 jobs at its plant in Plouvenec, management told unions on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Les Aciéries de la Liane vont supprimer 260 postes dans leur usine de Plouvenec, a annoncé mardi la direction aux syndicats.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Job cuts at the Plouvenec steel plant: 620 vs 260.',
  },
  {
    id: 'fr-h7-corbieres-fire-area-differs',
    a: {
      lang: 'en',
      text: `A wildfire in the Corbières hills has burned through about 1,450 hectares, the Aude prefecture said on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `L'incendie qui ravage les Corbières a parcouru quelque 2\u202f100 hectares, selon la préfecture de l'Aude mardi.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Area burned in the Corbières, same source: about 1,450 vs quelque 2 100 hectares.',
  },
  // quantity · apart
  {
    id: 'fr-h7-apart-migrants-found-vs-lorries-searched-calais',
    a: {
      lang: 'en',
      text: `Border police at the port of Calais have found 1,390 migrants hidden in lorries since January.`,
    },
    b: {
      lang: 'fr',
      text: `Depuis janvier, 1 390 poids lourds ont été fouillés par la police aux frontières sur le port de Calais.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same port, period and number: 1,390 migrants found vs 1 390 lorries searched.',
  },
  {
    id: 'fr-h7-apart-consumption-vs-industrial-output-july',
    a: {
      lang: 'en',
      text: `French household consumption of goods rose 0.4 percent in July, INSEE said.`,
    },
    b: {
      lang: 'fr',
      text: `La production industrielle a progressé de 0,4\u00a0% en juillet, selon l'Insee.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same rise, month and source: 0.4% is household consumption vs industrial output.',
  },
  {
    id: 'fr-h7-apart-albanians-vs-georgians-charter',
    a: {
      lang: 'en',
      text: `A charter flight carrying 52 Albanian nationals deported from France left Lyon-Saint-Exupéry airport on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Un vol groupé a reconduit mardi 52 ressortissants géorgiens depuis l'aéroport de Lyon-Saint-Exupéry.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: 'Same airport, day and number of deportees, but Albanians vs Georgians.',
  },
  // event · agree
  {
    id: 'fr-h7-ambassador-algiers-recalled',
    a: {
      lang: 'en',
      text: `France has recalled its ambassador in Algiers for consultations, the foreign ministry said on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Le Quai d'Orsay a annoncé lundi le rappel pour consultations de l'ambassadeur de France à Alger.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Ambassador to Algiers recalled; French nominalisation "le rappel", ministry by metonym.',
  },
  {
    id: 'fr-h7-channel-smuggler-handed-over-germany',
    a: {
      lang: 'en',
      text: `Germany has extradited to France a suspected smuggler accused of organising small-boat crossings of the Channel.`,
    },
    b: {
      lang: 'fr',
      text: `Soupçonné d'avoir organisé des traversées de la Manche en small boats, un passeur présumé a été remis à la France par les autorités allemandes.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Suspected Channel smuggler handed by Germany to France; passive "a été remis" for extradited.',
  },
  {
    id: 'fr-h7-jerrycan-fuel-sale-ban',
    a: {
      lang: 'en',
      text: `The Pas-de-Calais prefect has banned the sale of fuel in jerrycans in coastal districts until the end of the month, to hamper smugglers.`,
    },
    b: {
      lang: 'fr',
      text: `Pour entraver l'action des passeurs, le préfet du Pas-de-Calais a interdit jusqu'à la fin du mois la vente de carburant en jerricans dans les communes du littoral.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Prefectoral ban on jerrycan fuel sales on the coast; purpose fronted in French.',
  },
  {
    id: 'fr-h7-beauregard-mosque-plot-charged',
    a: {
      lang: 'en',
      text: `An investigating judge has charged a far-right activist from Beauregard-sur-Liane with plotting an attack on a mosque.`,
    },
    b: {
      lang: 'fr',
      text: `Un militant d'ultradroite originaire de Beauregard-sur-Liane a été mis en examen, soupçonné d'avoir projeté un attentat contre une mosquée.`,
    },
    kind: 'event',
    relation: 'agree',
    note: 'Far-right activist charged ("mis en examen") over a mosque attack plot.',
  },
  // event · conflict
  {
    id: 'fr-h7-montcharvet-rubber-bullets-vs-water-cannon',
    a: {
      lang: 'en',
      text: `Gendarmes fired rubber bullets at protesters who tried to reach the site of the future detention centre in Montcharvet on Saturday.`,
    },
    b: {
      lang: 'fr',
      text: `Samedi, à Montcharvet, les gendarmes ont fait usage de canons à eau contre les manifestants qui tentaient d'atteindre le chantier du futur centre de rétention.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Same protest at the Montcharvet detention-centre site, different instrument: rubber bullets vs water cannon.',
  },
  {
    id: 'fr-h7-audrecourt-dinghies-slashed-denied',
    a: {
      lang: 'en',
      text: `Police officers slashed migrants' inflatable boats on the beach at Audrecourt-Plage on Tuesday, an aid group said.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture du Pas-de-Calais dément que des policiers aient crevé mardi des embarcations de migrants sur la plage d'Audrecourt-Plage, comme l'affirme une association d'aide.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Boat slashing reported in English and denied by the prefecture in French.',
  },
  {
    id: 'fr-h7-senate-illegal-stay-offence-antonym',
    a: {
      lang: 'en',
      text: `The Senate on Wednesday adopted a bill that would reinstate illegal residence as a criminal offence.`,
    },
    b: {
      lang: 'fr',
      text: `Le Sénat a rejeté mercredi la proposition de loi visant à rétablir le délit de séjour irrégulier.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: 'Antonym act on the same bill and day: adopted vs rejected.',
  },
  // event · apart
  {
    id: 'fr-h7-apart-aubrespin-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Thierry Aubrespin met his British counterpart in London on Thursday to discuss Channel crossings.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Thierry Aubrespin, s'est entretenu jeudi à Rome avec son homologue italien.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same minister, same day, another meeting: British counterpart in London vs Italian in Rome.',
  },
  {
    id: 'fr-h7-apart-reception-centre-arson-other-town',
    a: {
      lang: 'en',
      text: `A reception centre for asylum seekers in Ferrières-la-Dune was damaged in an arson attack overnight into Sunday.`,
    },
    b: {
      lang: 'fr',
      text: `Dans la nuit de samedi à dimanche, un centre d'accueil pour demandeurs d'asile a été visé par un incendie criminel à Kerlouarn (Finistère).`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same arson on an asylum reception centre the same night, in another town: Ferrières-la-Dune vs Kerlouarn.',
  },
  {
    id: 'fr-h7-apart-nantes-school-blockade-other-date',
    a: {
      lang: 'en',
      text: `Secondary school students in Nantes blocked their lycée on Monday to protest against the planned deportation of a classmate.`,
    },
    b: {
      lang: 'fr',
      text: `En mars dernier, des lycéens nantais avaient bloqué leur établissement pour protester contre l'expulsion annoncée d'un camarade de classe.`,
    },
    kind: 'event',
    relation: 'apart',
    note: 'Same school blockade against a deportation in Nantes, on another date: Monday vs last March.',
  },
  // quote · agree
  {
    id: 'fr-h7-quote-whitcombe-gangs-decide',
    a: {
      lang: 'en',
      text: `"We are not going to let the gangs decide who comes to Britain," Home Office minister Duncan Whitcombe said during a visit to Calais.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0We are not going to let the gangs decide who comes to Britain\u00a0», a déclaré le ministre britannique Duncan Whitcombe lors d'une visite à Calais.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: 'British minister quoted in English in both; identical words, French guillemets.',
  },
  // quote · conflict
  {
    id: 'fr-h7-quote-kerherve-altered',
    a: {
      lang: 'en',
      text: `"Nous ne sommes pas une salle d'attente pour l'Angleterre," said Gwenaëlle Kerhervé, the mayor of Audrecourt-Plage.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Nous ne sommes pas le hall de gare de l'Angleterre\u00a0», a lancé la maire d'Audrecourt-Plage, Gwenaëlle Kerhervé.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: 'French mayor quoted in French in both; words altered: "une salle d\u2019attente pour" vs "le hall de gare de".',
  },
  // quote · apart
  {
    id: 'fr-h7-apart-quote-whitcombe-other-matter',
    a: {
      lang: 'en',
      text: `"The French coastguard has done outstanding work this summer," Duncan Whitcombe told reporters.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Returns to France must start within weeks\u00a0», a affirmé Duncan Whitcombe devant la commission des affaires intérieures des Communes.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: 'Same British minister on another matter: praise for French coastguard vs returns to France.',
  },
];
