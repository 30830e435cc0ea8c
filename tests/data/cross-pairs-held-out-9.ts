/**
 * Ninth held-out set of cross-language claim pairs. Written by a helper in session 6 without
 * looking at the library's rules, term tables or any earlier pair of `cross-pairs.ts`,
 * `cross-pairs-held-out.ts` or `cross-pairs-held-out-2.ts` to `cross-pairs-held-out-8.ts`.
 * Exactly what was read: lines 1-45 of `cross-pairs.ts` (header comment and the `CrossPair`
 * type), lines 1-40 of `cross-pairs-held-out-8.ts` (header and import), the file names in
 * `tests/data/`, and the output of `grep -h "id:"` over `tests/data/cross-pairs*.ts` (to reuse no
 * id or story). That grep also matched a handful of lines where "id:" occurs inside "said:", so
 * six English quote texts of `cross-pairs-held-out-8.ts` and two notes of earlier sets were seen
 * in passing; nothing of them is reused here. Nothing under `src/` and no other test file was
 * read, and the library was not run.
 *
 * Same shape and conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently
 * the way that language's wire or newspaper press would put it (own word order, passive for
 * active, attribution, number format, hedges, weekday and date expressions); one main claim of
 * `kind` per text, some texts two sentences long (claim in one, attribution or context in the
 * other); quantity texts state one number (dates and ordinals aside); event texts state no
 * counts; quotes by English-speaking officials stay in English in both texts, local speakers are
 * quoted in their own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict) and 7
 * look-alikes (apart). Kinds per language pair: 10 quantity, 10 event, 3 quote (comparable: 7, 7,
 * 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs, in every language: quantity
 * 4/3 (every conflict a differing figure), event 4/3 (one differing instrument of force, one
 * negation or denial, one antonym act), quote 1/1 (the conflict: altered quote words). Apart
 * pairs: the same number counting something else (3 quantity), the same person meeting someone
 * else, the same act in another town, the same act on another date (3 event), the same speaker
 * on another matter (1 quote). 92 pairs in all. About three quarters of the stories are about
 * migration, borders, asylum, caravans, crossings, police, protests, riots, security forces,
 * deportations, rescues at sea, smuggling and detention; the rest about politics, the economy,
 * disasters and health.
 *
 * All people, companies, ships, associations and small towns are invented: Tärnvinge,
 * Skogsnäs Kartong, Tjärnmossa, Ramsvedja, Vitlinge, Kolbäckshed, Björkvreta, Lugnmyra,
 * Ekholmsnäs, Tallbrinken, Hjortmossa, Gräsvreta, Sjömyrby, Skrovlunda, Declan Morrow, Annika
 * Berglöv, Jonas Ridderwall; Möwenflug, Bärenwinkel, Rottmarschen, Falkenhagel, Eschenkolk,
 * Kranichsfelde, Mooshalden, Wiesentrupp, Krähenried, Fiona Ashdown, Sabine Hertling, Matthias
 * Grollmann; Santa Rita Chicuasén, Puerto Almendral, Trevor Hanlon, Marisol Quintanar, Ezequiel
 * Barragán; Fonderies Berthaud, Verreries Cassagne, Montvalès, Plouzénec, Sainte-Ardelle,
 * Kerbastic, Saint-Ombrel, Yacoub Haroun, Gaëlle Mérindol, Thierry Lavaud, Owen Blakemore.
 * Countries, capitals, big cities, regions and real institutions (UNHCR, IOM, Frontex, SMHI,
 * Säpo, BAMF, Conaf, Conred, Insee, national police forces, ministries) are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs9: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // Comparable, quantity: 4 agree, 3 conflict
  {
    id: 'sv-h9-tarnvinge-lampedusa-rescue',
    a: {
      lang: 'en',
      text: `The rescue ship Tärnvinge picked up 214 people from an overcrowded wooden boat south of Lampedusa on Saturday, the charity that runs it said.`,
    },
    b: {
      lang: 'sv',
      text: `Räddningsfartyget Tärnvinge tog i lördags ombord 214 personer från en överlastad träbåt söder om Lampedusa. Det uppger hjälporganisationen som driver fartyget.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `people taken aboard by the Tärnvinge south of Lampedusa: 214 in both`,
  },
  {
    id: 'sv-h9-migration-agency-own-housing',
    a: {
      lang: 'en',
      text: `The Swedish Migration Agency is currently housing around 11,600 asylum seekers in its own accommodation, according to its latest forecast.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 11\u00a0600 asylsökande bor just nu i Migrationsverkets egna boenden. Siffran framgår av myndighetens senaste prognos.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `asylum seekers in the agency's own housing: around 11,600 and omkring 11 600`,
  },
  {
    id: 'sv-h9-tjarnmossa-teacher-deportation-rally',
    a: {
      lang: 'en',
      text: `About 1,500 people marched through Tjärnmossa on Sunday in protest against the planned deportation of a local maths teacher, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Runt 1\u00a0500 personer demonstrerade i söndags i Tjärnmossa mot att en matematiklärare på orten ska utvisas, enligt polisen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `size of the Tjärnmossa march against a teacher's deportation: about 1,500 and runt 1 500`,
  },
  {
    id: 'sv-h9-skogsnas-ramsvedja-mill-job-cuts',
    a: {
      lang: 'en',
      text: `Skogsnäs Kartong is to cut about 380 jobs at its board mill in Ramsvedja, the company announced on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Cirka 380 tjänster försvinner när Skogsnäs Kartong drar ner på kartongbruket i Ramsvedja. Det meddelade bolaget på tisdagen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `jobs cut at the Ramsvedja board mill: about 380 and cirka 380`,
  },
  {
    id: 'sv-h9-vitlinge-building-site-permits-differ',
    a: {
      lang: 'en',
      text: `Police found 41 workers without valid work permits during an inspection of a building site in Vitlinge on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Vid onsdagens kontroll av ett bygge i Vitlinge påträffades 37 arbetare som saknade giltigt arbetstillstånd, uppger polisen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `workers without permits found at the Vitlinge building site: 41 against 37`,
  },
  {
    id: 'sv-h9-trelleborg-ferry-passengers-checked-differ',
    a: {
      lang: 'en',
      text: `Police checked 2,940 passengers arriving on ferries in Trelleborg during the weekend's border controls.`,
    },
    b: {
      lang: 'sv',
      text: `Under helgens gränskontroller i Trelleborgs hamn kontrollerades 2\u00a0490 färjeresenärer, enligt gränspolisen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `ferry passengers checked in Trelleborg over the weekend: 2,940 against 2 490 (digits swapped)`,
  },
  {
    id: 'sv-h9-kolbackshed-flooded-basements-differ',
    a: {
      lang: 'en',
      text: `Torrential rain on Thursday flooded around 600 basements in Kolbäckshed, the local rescue service said.`,
    },
    b: {
      lang: 'sv',
      text: `Skyfallet i torsdags satte omkring 900 källare i Kolbäckshed under vatten, enligt räddningstjänsten.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `basements flooded in Kolbäckshed: around 600 against omkring 900`,
  },
  // Comparable, event: 4 agree, 3 conflict (instrument, denial, antonym)
  {
    id: 'sv-h9-baltic-smuggling-organiser-extradited',
    a: {
      lang: 'en',
      text: `A Syrian man suspected of organising the smuggling of migrants across the Baltic Sea has been extradited from Germany to Sweden, prosecutors said.`,
    },
    b: {
      lang: 'sv',
      text: `Tyskland har utlämnat en syrisk man till Sverige. Han misstänks för att ha organiserat människosmuggling över Östersjön, meddelar Åklagarmyndigheten.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `extradition from Germany of a Syrian suspected of Baltic smuggling: extradited and utlämnat`,
  },
  {
    id: 'sv-h9-bjorkvreta-asylum-housing-cordoned-off',
    a: {
      lang: 'en',
      text: `Police cordoned off the area around an asylum accommodation in Björkvreta overnight after a suspicious object was found by the entrance.`,
    },
    b: {
      lang: 'sv',
      text: `Ett misstänkt föremål hittades vid entrén till ett asylboende i Björkvreta under natten, och polisen spärrade av området runt byggnaden.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `police cordon around the Björkvreta asylum housing after a suspicious object: cordoned off and spärrade av`,
  },
  {
    id: 'sv-h9-sapo-refugee-espionage-arrest',
    a: {
      lang: 'en',
      text: `The Swedish Security Service has arrested a man suspected of spying on Iranian exiles living in Sweden.`,
    },
    b: {
      lang: 'sv',
      text: `Säkerhetspolisen har gripit en man som misstänks för flyktingspionage mot exiliranier i Sverige.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Säpo arrest of a man suspected of spying on Iranian exiles: arrested and gripit`,
  },
  {
    id: 'sv-h9-norrbotten-mountains-snow-red-warning',
    a: {
      lang: 'en',
      text: `SMHI issued a red warning on Monday for very heavy snowfall in the Norrbotten mountains.`,
    },
    b: {
      lang: 'sv',
      text: `En röd varning för mycket kraftigt snöfall utfärdades på måndagen för fjällen i Norrbotten, meddelar SMHI.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `SMHI red warning for heavy snow in the Norrbotten mountains, issued on Monday in both`,
  },
  {
    id: 'sv-h9-lugnmyra-stone-throwers-tear-gas-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police fired tear gas at youths who were throwing stones at patrol cars in Lugnmyra on Friday night.`,
    },
    b: {
      lang: 'sv',
      text: `Natten till lördag använde polisen pepparspray mot ungdomar som kastade sten mot polisbilar i Lugnmyra.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `force used on stone-throwing youths in Lugnmyra: tear gas against pepparspray`,
  },
  {
    id: 'sv-h9-ekholmsnas-schoolboy-handcuffs-denied',
    a: {
      lang: 'en',
      text: `Border police handcuffed a schoolboy in front of his classmates when his family was taken into detention in Ekholmsnäs, the family's lawyer said.`,
    },
    b: {
      lang: 'sv',
      text: `Gränspolisen förnekar att en skolpojke belades med handfängsel inför klasskamraterna när hans familj togs i förvar i Ekholmsnäs.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `schoolboy handcuffed during the Ekholmsnäs detention: asserted by the lawyer, denied (förnekar) by border police`,
  },
  {
    id: 'sv-h9-tallbrinken-security-zone-lifted-vs-imposed',
    a: {
      lang: 'en',
      text: `Police on Thursday lifted the security zone in southern Tallbrinken, where officers had been allowed to search people without concrete suspicion.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen införde i torsdags en säkerhetszon i södra Tallbrinken, vilket innebär att poliser får visitera personer utan konkret misstanke.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `security zone in southern Tallbrinken on Thursday: lifted against införde (imposed)`,
  },
  // Comparable, quote: 1 agree, 1 conflict
  {
    id: 'sv-h9-quote-morrow-gamble',
    a: {
      lang: 'en',
      text: `Declan Morrow, head of the IOM mission in Libya, said: "Every boat that leaves this coast is a gamble with people's lives."`,
    },
    b: {
      lang: 'sv',
      text: `”Every boat that leaves this coast is a gamble with people's lives”, sade Declan Morrow, som leder IOM:s verksamhet i Libyen.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Morrow's English words on boats leaving Libya, kept verbatim in the Swedish text`,
  },
  {
    id: 'sv-h9-quote-berglov-altered',
    a: {
      lang: 'en',
      text: `Annika Berglöv, chair of the municipal executive board in Hjortmossa, said of the refugee quota: "Vi har inte plats för fler just nu."`,
    },
    b: {
      lang: 'sv',
      text: `”Vi har inte råd med fler just nu”, säger Annika Berglöv, kommunstyrelsens ordförande i Hjortmossa, om flyktingmottagandet.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Berglöv's quoted words on the refugee quota: "inte plats för fler" against "inte råd med fler"`,
  },
  // Look-alikes (apart): 3 quantity, 3 event, 1 quote
  {
    id: 'sv-h9-apart-residents-vs-rally-grasvreta',
    a: {
      lang: 'en',
      text: `About 420 asylum seekers are housed at the reception centre in Gräsvreta.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 420 personer deltog i lördags i en manifestation till stöd för de asylsökande i Gräsvreta.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `420 counts residents of the Gräsvreta centre in a, people at a support rally in b`,
  },
  {
    id: 'sv-h9-apart-executed-removals-vs-removal-orders',
    a: {
      lang: 'en',
      text: `Swedish police carried out 1,250 deportations in the first quarter of the year.`,
    },
    b: {
      lang: 'sv',
      text: `Under årets första kvartal fattade Migrationsverket 1\u00a0250 beslut om avvisning eller utvisning.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `1,250 deportations carried out by police against 1 250 removal decisions taken by the agency`,
  },
  {
    id: 'sv-h9-apart-house-prices-vs-stockholm-rents',
    a: {
      lang: 'en',
      text: `Swedish house prices rose by 3.2 percent over the past year, according to Statistics Sweden.`,
    },
    b: {
      lang: 'sv',
      text: `Hyrorna i Stockholm höjs med i snitt 3,2 procent nästa år, enligt den nya överenskommelsen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `3.2 percent is the yearly rise in house prices in a, next year's Stockholm rent increase in b`,
  },
  {
    id: 'sv-h9-apart-ridderwall-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Jonas Ridderwall met his Danish counterpart in Copenhagen on Tuesday to discuss border controls.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Jonas Ridderwall tog i tisdags emot Iraks migrationsminister i Stockholm för samtal om återvändande.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Ridderwall meets the Danish minister in Copenhagen in a, receives Iraq's minister in Stockholm in b`,
  },
  {
    id: 'sv-h9-apart-nail-salon-raid-other-town',
    a: {
      lang: 'en',
      text: `Police and the Tax Agency raided a nail salon in Sjömyrby on Wednesday, looking for staff working without permits.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen och Skatteverket gjorde i onsdags en razzia mot en nagelsalong i Skrovlunda för att leta efter personal utan arbetstillstånd.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `the same kind of nail-salon raid, but in Sjömyrby in a and in Skrovlunda in b`,
  },
  {
    id: 'sv-h9-apart-norrkoping-entrance-blockade-other-date',
    a: {
      lang: 'en',
      text: `Activists blocked the entrance to the Migration Agency's head office in Norrköping on 12 February in protest against deportations to Afghanistan.`,
    },
    b: {
      lang: 'sv',
      text: `Den 19 februari blockerade aktivister entrén till Migrationsverkets huvudkontor i Norrköping i protest mot utvisningarna till Afghanistan.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `blockade of the agency's Norrköping head office on 12 February in a, on 19 February in b`,
  },
  {
    id: 'sv-h9-apart-quote-morrow-other-matter',
    a: {
      lang: 'en',
      text: `Speaking about migrants expelled into the Tunisian desert, Declan Morrow of the IOM said: "People are being left out there without water."`,
    },
    b: {
      lang: 'sv',
      text: `”Our budget has been cut to the bone”, sade Declan Morrow från IOM om organisationens ekonomi.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Morrow on migrants left in the desert in a, on the IOM's budget cuts in b`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // Comparable, quantity: 4 agree, 3 conflict
  {
    id: 'de-h9-french-border-unauthorised-entries-june',
    a: {
      lang: 'en',
      text: `Federal police registered 1,870 unauthorised entries at the border with France in June.`,
    },
    b: {
      lang: 'de',
      text: `An der Grenze zu Frankreich stellte die Bundespolizei im Juni rund 1.870 unerlaubte Einreisen fest.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `unauthorised entries at the French border in June: 1,870 and rund 1.870`,
  },
  {
    id: 'de-h9-moewenflug-libya-dinghy-rescue',
    a: {
      lang: 'en',
      text: `The sea-rescue ship Möwenflug took 143 people on board from a sinking rubber dinghy off the Libyan coast on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `Vor der libyschen Küste hat die Crew der „Möwenflug“ am Donnerstag 143 Menschen aus einem sinkenden Schlauchboot gerettet. Das teilte die Hilfsorganisation mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `people rescued by the Möwenflug off Libya: 143 in both`,
  },
  {
    id: 'de-h9-exports-may',
    a: {
      lang: 'en',
      text: `German exports fell by 2.3 percent in May compared with the previous month, the Federal Statistical Office said.`,
    },
    b: {
      lang: 'de',
      text: `Die deutschen Ausfuhren sind im Mai gegenüber dem Vormonat um 2,3 Prozent gesunken, wie das Statistische Bundesamt mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `month-on-month fall in German exports in May: 2.3 percent and 2,3 Prozent`,
  },
  {
    id: 'de-h9-baerenwinkel-diy-store-shelter',
    a: {
      lang: 'en',
      text: `The town of Bärenwinkel plans to house up to 240 refugees in a former DIY store.`,
    },
    b: {
      lang: 'de',
      text: `In einem ehemaligen Baumarkt sollen in Bärenwinkel bis zu 240 Geflüchtete untergebracht werden. Das kündigte die Stadtverwaltung an.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `refugees to be housed in the former DIY store in Bärenwinkel: up to 240 in both`,
  },
  {
    id: 'de-h9-cologne-integration-courses-march-differs',
    a: {
      lang: 'en',
      text: `Around 8,000 people demonstrated in Cologne on Saturday against cuts to integration courses, according to police.`,
    },
    b: {
      lang: 'de',
      text: `Gegen Kürzungen bei den Integrationskursen gingen am Samstag in Köln nach Polizeiangaben rund 5.000 Menschen auf die Straße.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `size of the Cologne march against integration-course cuts, both by police: around 8,000 against rund 5.000`,
  },
  {
    id: 'de-h9-chisinau-charter-deportees-differ',
    a: {
      lang: 'en',
      text: `A charter flight from Berlin deported 43 people to Moldova on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Bei einer Sammelabschiebung von Berlin nach Chisinau wurden am Mittwoch 34 Menschen in die Republik Moldau zurückgeführt.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `people deported on Wednesday's Berlin–Moldova charter: 43 against 34`,
  },
  {
    id: 'de-h9-berlin-measles-cases-differ',
    a: {
      lang: 'en',
      text: `Berlin has recorded 118 measles cases since the start of the year, the state health office said.`,
    },
    b: {
      lang: 'de',
      text: `Seit Jahresbeginn sind in Berlin 181 Masernfälle gemeldet worden, teilte das Landesamt für Gesundheit und Soziales mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `measles cases in Berlin this year: 118 against 181`,
  },
  // Comparable, event: 4 agree, 3 conflict (instrument, denial, antonym)
  {
    id: 'de-h9-dresden-motorway-smuggler-stopped',
    a: {
      lang: 'en',
      text: `Federal police stopped a suspected people smuggler after a car chase on the motorway near Dresden on Monday night.`,
    },
    b: {
      lang: 'de',
      text: `Nach einer Verfolgungsjagd auf der Autobahn bei Dresden hat die Bundespolizei in der Nacht zu Dienstag einen mutmaßlichen Schleuser gestoppt.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `suspected smuggler stopped after a motorway chase near Dresden; Monday night and Nacht zu Dienstag are the same night`,
  },
  {
    id: 'de-h9-munich-balkan-route-smuggler-convicted',
    a: {
      lang: 'en',
      text: `A Munich court convicted a Turkish man of running a people-smuggling network along the Balkan route.`,
    },
    b: {
      lang: 'de',
      text: `Das Münchner Landgericht hat einen Türken schuldig gesprochen, ein Schleusernetzwerk auf der Balkanroute betrieben zu haben.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `conviction in Munich of a Turkish man for a Balkan-route smuggling network: convicted and schuldig gesprochen`,
  },
  {
    id: 'de-h9-rottmarschen-elbe-dike-evacuation',
    a: {
      lang: 'en',
      text: `Rottmarschen was evacuated on Sunday because a dike on the Elbe threatened to give way.`,
    },
    b: {
      lang: 'de',
      text: `Wegen eines drohenden Deichbruchs an der Elbe ist der Ort Rottmarschen am Sonntag geräumt worden.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `evacuation of Rottmarschen on Sunday over an Elbe dike: evacuated and geräumt`,
  },
  {
    id: 'de-h9-falkenhagel-detention-roof-occupied',
    a: {
      lang: 'en',
      text: `Activists occupied the roof of the deportation detention centre in Falkenhagel on Tuesday morning.`,
    },
    b: {
      lang: 'de',
      text: `Am Dienstagmorgen besetzten Aktivisten das Dach der Abschiebungshafteinrichtung in Falkenhagel.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `activists on the roof of the Falkenhagel detention centre on Tuesday morning: occupied and besetzten`,
  },
  {
    id: 'de-h9-eschenkolk-deportation-bus-batons-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Riot police used batons to push back demonstrators trying to block a deportation bus in Eschenkolk.`,
    },
    b: {
      lang: 'de',
      text: `In Eschenkolk setzte die Polizei Pfefferspray gegen Demonstranten ein, die einen Abschiebebus blockieren wollten.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `force used on the Eschenkolk deportation-bus blockade: batons against Pfefferspray`,
  },
  {
    id: 'de-h9-bamf-syria-decisions-suspension-denied',
    a: {
      lang: 'en',
      text: `The BAMF has stopped deciding asylum applications from Syrians, according to a newspaper report.`,
    },
    b: {
      lang: 'de',
      text: `Das BAMF hat einen Bericht zurückgewiesen, wonach es die Entscheidungen über Asylanträge von Syrern ausgesetzt habe.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `BAMF halt to decisions on Syrian asylum claims: reported in a, rejected as untrue (zurückgewiesen) in b`,
  },
  {
    id: 'de-h9-kranichsfelde-container-village-approved-vs-rejected',
    a: {
      lang: 'en',
      text: `The town council of Kranichsfelde approved plans for a container village for refugees on Thursday evening.`,
    },
    b: {
      lang: 'de',
      text: `Der Stadtrat von Kranichsfelde hat am Donnerstagabend die Pläne für ein Containerdorf für Geflüchtete abgelehnt.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Kranichsfelde council vote on a refugee container village: approved against abgelehnt`,
  },
  // Comparable, quote: 1 agree, 1 conflict
  {
    id: 'de-h9-quote-ashdown-obligation',
    a: {
      lang: 'en',
      text: `Fiona Ashdown, UNHCR's representative in Germany, said: "Protection is not a favour, it is an obligation."`,
    },
    b: {
      lang: 'de',
      text: `„Protection is not a favour, it is an obligation“, sagte die Vertreterin des UNHCR in Deutschland, Fiona Ashdown.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Ashdown's English words on protection, kept verbatim in the German text`,
  },
  {
    id: 'de-h9-quote-hertling-altered',
    a: {
      lang: 'en',
      text: `After the clashes at the shelter in Mooshalden, police spokeswoman Sabine Hertling said: "Die Lage war zu keinem Zeitpunkt außer Kontrolle."`,
    },
    b: {
      lang: 'de',
      text: `„Die Lage war zu keinem Zeitpunkt gefährlich“, sagte Polizeisprecherin Sabine Hertling nach den Auseinandersetzungen an der Unterkunft in Mooshalden.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Hertling's quoted words after the Mooshalden clashes: "außer Kontrolle" against "gefährlich"`,
  },
  // Look-alikes (apart): 3 quantity, 3 event, 1 quote
  {
    id: 'de-h9-apart-hotel-housed-vs-course-waiting-munich',
    a: {
      lang: 'en',
      text: `Munich is currently housing about 2,300 refugees in hotels.`,
    },
    b: {
      lang: 'de',
      text: `In München warten derzeit rund 2.300 Geflüchtete auf einen Platz in einem Integrationskurs.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `2,300 counts refugees housed in Munich hotels in a, refugees waiting for an integration course in b`,
  },
  {
    id: 'de-h9-apart-gdp-vs-industrial-output',
    a: {
      lang: 'en',
      text: `Germany's economy shrank by 0.3 percent in the second quarter.`,
    },
    b: {
      lang: 'de',
      text: `Die Industrieproduktion in Deutschland ist im Juni um 0,3 Prozent gesunken.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `0.3 percent is the fall in GDP in the second quarter in a, the fall in industrial output in June in b`,
  },
  {
    id: 'de-h9-apart-smugglers-vs-smuggled-czech-border',
    a: {
      lang: 'en',
      text: `Federal police detained 27 suspected smugglers at the Czech border in August.`,
    },
    b: {
      lang: 'de',
      text: `Im August griff die Bundespolizei an der tschechischen Grenze 27 geschleuste Menschen auf.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `27 counts suspected smugglers in a, smuggled people picked up in b`,
  },
  {
    id: 'de-h9-apart-grollmann-meets-other',
    a: {
      lang: 'en',
      text: `Hesse's interior minister Matthias Grollmann met Tunisia's interior minister in Tunis on Monday to discuss returns.`,
    },
    b: {
      lang: 'de',
      text: `Hessens Innenminister Matthias Grollmann empfing am Montag in Wiesbaden den marokkanischen Botschafter zu Gesprächen über Rückführungen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Grollmann meets Tunisia's minister in Tunis in a, receives the Moroccan ambassador in Wiesbaden in b`,
  },
  {
    id: 'de-h9-apart-immigration-office-camp-cleared-other-town',
    a: {
      lang: 'en',
      text: `Police cleared a protest camp outside the immigration office in Wiesentrupp on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Vor der Ausländerbehörde in Krähenried hat die Polizei am Mittwoch ein Protestcamp geräumt.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `a protest camp cleared outside an immigration office, in Wiesentrupp in a and in Krähenried in b`,
  },
  {
    id: 'de-h9-apart-leipzig-iraq-flight-other-date',
    a: {
      lang: 'en',
      text: `A deportation flight to Iraq took off from Leipzig/Halle airport on 12 March.`,
    },
    b: {
      lang: 'de',
      text: `Am 26. März startete vom Flughafen Leipzig/Halle ein Abschiebeflug in den Irak.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `deportation flight from Leipzig/Halle to Iraq on 12 March in a, on 26 March in b`,
  },
  {
    id: 'de-h9-apart-quote-ashdown-other-matter',
    a: {
      lang: 'en',
      text: `Speaking about Ukraine, Fiona Ashdown of UNHCR said: "Winter is now the biggest threat to the people who stayed behind."`,
    },
    b: {
      lang: 'de',
      text: `„We cannot let the Mediterranean become a graveyard of good intentions“, sagte Fiona Ashdown vom UNHCR mit Blick auf die Seenotrettung.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Ashdown on winter in Ukraine in a, on sea rescue in the Mediterranean in b`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // Comparable, quantity: 4 agree, 3 conflict
  {
    id: 'es-h9-cartagena-patera-rescue',
    a: {
      lang: 'en',
      text: `Spain's maritime rescue service picked up 61 people from a small boat off Cartagena on Sunday.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo rescató el domingo a 61 personas que viajaban en una patera frente a las costas de Cartagena.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `people rescued from a boat off Cartagena on Sunday: 61 in both`,
  },
  {
    id: 'es-h9-chicuasen-caravan-size',
    a: {
      lang: 'en',
      text: `A caravan of about 2,500 migrants set out from Santa Rita Chicuasén in Chiapas on Monday, heading north.`,
    },
    b: {
      lang: 'es',
      text: `Unos 2.500 migrantes partieron el lunes de Santa Rita Chicuasén, en Chiapas, rumbo al norte del país, según organizaciones humanitarias.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `size of the caravan leaving Santa Rita Chicuasén: about 2,500 and unos 2.500`,
  },
  {
    id: 'es-h9-mexico-remittances-june',
    a: {
      lang: 'en',
      text: `Remittances to Mexico reached 5.6 billion dollars in June, the central bank said.`,
    },
    b: {
      lang: 'es',
      text: `Las remesas que llegaron a México en junio sumaron 5.600 millones de dólares, informó el Banco de México.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `remittances to Mexico in June: 5.6 billion dollars and 5.600 millones de dólares`,
  },
  {
    id: 'es-h9-paraguay-chikungunya-cases',
    a: {
      lang: 'en',
      text: `Paraguay's health ministry has confirmed 418 cases of chikungunya so far this year.`,
    },
    b: {
      lang: 'es',
      text: `En lo que va del año se han confirmado 418 casos de chikunguña, según el Ministerio de Salud paraguayo.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `confirmed chikungunya cases in Paraguay this year: 418 in both`,
  },
  {
    id: 'es-h9-ceuta-swimmers-intercepted-differ',
    a: {
      lang: 'en',
      text: `Moroccan forces intercepted about 380 people trying to swim to Ceuta over the weekend.`,
    },
    b: {
      lang: 'es',
      text: `Las fuerzas marroquíes interceptaron durante el fin de semana a unas 830 personas que intentaban llegar a nado a Ceuta.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `swimmers intercepted on the way to Ceuta over the weekend: about 380 against unas 830`,
  },
  {
    id: 'es-h9-chile-venezuela-expulsion-flight-differs',
    a: {
      lang: 'en',
      text: `Chile expelled 138 foreigners on a flight to Venezuela on Thursday, the interior ministry said.`,
    },
    b: {
      lang: 'es',
      text: `Un avión de la Fuerza Aérea trasladó el jueves a Venezuela a 183 extranjeros expulsados de Chile, según el Ministerio del Interior.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `foreigners expelled from Chile on Thursday's flight to Venezuela: 138 against 183`,
  },
  {
    id: 'es-h9-chiloe-forest-fire-hectares-differ',
    a: {
      lang: 'en',
      text: `The forest fire on the island of Chiloé has burned 1,250 hectares, according to Conaf.`,
    },
    b: {
      lang: 'es',
      text: `El incendio forestal en Chiloé ya ha consumido 2.150 hectáreas, de acuerdo con la Conaf.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `area burned by the Chiloé forest fire, both from Conaf: 1,250 against 2.150 hectares`,
  },
  // Comparable, event: 4 agree, 3 conflict (instrument, denial, antonym)
  {
    id: 'es-h9-ciudad-hidalgo-suchiate-camp-cleared',
    a: {
      lang: 'en',
      text: `Mexican authorities cleared a migrant encampment on the banks of the Suchiate river in Ciudad Hidalgo on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `El campamento de migrantes instalado a orillas del río Suchiate, en Ciudad Hidalgo, fue desalojado el martes por autoridades mexicanas.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `clearing of the Suchiate riverbank camp in Ciudad Hidalgo on Tuesday: cleared and fue desalojado`,
  },
  {
    id: 'es-h9-speedboat-smuggling-boss-extradited-morocco',
    a: {
      lang: 'en',
      text: `Spain has extradited to Morocco a man accused of leading a network that smuggled migrants in speedboats.`,
    },
    b: {
      lang: 'es',
      text: `España entregó en extradición a Marruecos al presunto cabecilla de una red que trasladaba migrantes en lanchas rápidas, informó la Audiencia Nacional.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `extradition to Morocco of the alleged head of a speedboat smuggling network: extradited and entregó en extradición`,
  },
  {
    id: 'es-h9-chile-irregular-entry-offence-approved',
    a: {
      lang: 'en',
      text: `Chile's Congress approved a bill making irregular entry into the country a criminal offence.`,
    },
    b: {
      lang: 'es',
      text: `El Congreso chileno aprobó el proyecto que tipifica como delito el ingreso clandestino al país.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Chilean bill making irregular entry a crime: approved and aprobó`,
  },
  {
    id: 'es-h9-santiaguito-volcano-orange-alert',
    a: {
      lang: 'en',
      text: `Guatemala's disaster agency raised the alert level for the Santiaguito volcano to orange on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `La Conred elevó el miércoles a naranja la alerta por la actividad del volcán Santiaguito.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Santiaguito volcano alert raised to orange on Wednesday: raised and elevó`,
  },
  {
    id: 'es-h9-iquique-roadblock-tear-gas-vs-water-cannon',
    a: {
      lang: 'en',
      text: `Chilean police fired tear gas at residents who were blocking a road in Iquique in protest against a migrant camp.`,
    },
    b: {
      lang: 'es',
      text: `Carabineros dispersó con carros lanzaaguas a los vecinos que bloqueaban una calle de Iquique en protesta contra un campamento de migrantes.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `force used on the Iquique roadblock against a migrant camp: tear gas against carros lanzaaguas (water cannon)`,
  },
  {
    id: 'es-h9-tapachula-station-beatings-denied',
    a: {
      lang: 'en',
      text: `Agents of Mexico's National Migration Institute beat migrants held at the detention station in Tapachula, according to a human rights group.`,
    },
    b: {
      lang: 'es',
      text: `El Instituto Nacional de Migración negó que sus agentes hayan golpeado a migrantes retenidos en la estación migratoria de Tapachula.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `beating of detained migrants in Tapachula: asserted by a rights group, denied (negó) by the INM`,
  },
  {
    id: 'es-h9-puerto-almendral-minors-centre-opened-vs-closed',
    a: {
      lang: 'en',
      text: `The Canary Islands government opened an emergency centre for unaccompanied migrant minors in Puerto Almendral.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno de Canarias cerró el centro de emergencia para menores migrantes no acompañados de Puerto Almendral.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `emergency centre for migrant minors in Puerto Almendral: opened against cerró (closed)`,
  },
  // Comparable, quote: 1 agree, 1 conflict
  {
    id: 'es-h9-quote-hanlon-beach',
    a: {
      lang: 'en',
      text: `Trevor Hanlon of the IOM said: "Nobody should have to die trying to reach a beach."`,
    },
    b: {
      lang: 'es',
      text: `«Nobody should have to die trying to reach a beach», afirmó Trevor Hanlon, de la Organización Internacional para las Migraciones.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Hanlon's English words on deaths at sea, kept verbatim in the Spanish text`,
  },
  {
    id: 'es-h9-quote-quintanar-altered',
    a: {
      lang: 'en',
      text: `Marisol Quintanar, who runs a migrant shelter in Tapachula, said: "Ya no tenemos dónde acomodar a más familias."`,
    },
    b: {
      lang: 'es',
      text: `«Ya no tenemos con qué alimentar a más familias», aseguró Marisol Quintanar, directora de un albergue para migrantes en Tapachula.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Quintanar's quoted words: "dónde acomodar" against "con qué alimentar"`,
  },
  // Look-alikes (apart): 3 quantity, 3 event, 1 quote
  {
    id: 'es-h9-apart-rescued-vs-housed-lanzarote',
    a: {
      lang: 'en',
      text: `About 640 people were rescued at sea off Lanzarote over the weekend.`,
    },
    b: {
      lang: 'es',
      text: `Unas 640 personas permanecen alojadas en el centro de acogida temporal de Arrecife, en Lanzarote.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `640 counts people rescued over the weekend in a, people staying in the Arrecife centre in b`,
  },
  {
    id: 'es-h9-apart-northbound-vs-southbound-darien',
    a: {
      lang: 'en',
      text: `Some 78,000 migrants crossed the Darién jungle heading north in the first quarter, according to Panama's migration service.`,
    },
    b: {
      lang: 'es',
      text: `Unos 78.000 migrantes atravesaron Panamá en sentido inverso, de norte a sur, durante el primer trimestre, según el Servicio Nacional de Migración.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `78,000 counts northbound Darién crossings in a, the southbound reverse flow in b`,
  },
  {
    id: 'es-h9-apart-inflation-vs-growth-argentina-may',
    a: {
      lang: 'en',
      text: `Argentina's monthly inflation rate was 2.7 percent in May.`,
    },
    b: {
      lang: 'es',
      text: `La economía argentina creció un 2,7 % en el primer trimestre, según el Indec.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `2.7 percent is May inflation in a, first-quarter growth in b`,
  },
  {
    id: 'es-h9-apart-barragan-meets-other',
    a: {
      lang: 'en',
      text: `Guatemala's foreign minister Ezequiel Barragán met the US special envoy for migration in Guatemala City on Friday.`,
    },
    b: {
      lang: 'es',
      text: `El canciller guatemalteco, Ezequiel Barragán, se reunió el viernes en la capital con su homóloga mexicana.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Barragán meets the US envoy in a, his Mexican counterpart in b`,
  },
  {
    id: 'es-h9-apart-kidnapped-migrants-freed-other-town',
    a: {
      lang: 'en',
      text: `Mexican police freed a group of kidnapped migrants from a house in Reynosa on Saturday.`,
    },
    b: {
      lang: 'es',
      text: `La policía mexicana liberó el sábado a un grupo de migrantes secuestrados que permanecían en una vivienda de Matamoros.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `kidnapped migrants freed from a house, in Reynosa in a and in Matamoros in b`,
  },
  {
    id: 'es-h9-apart-turbo-boat-departures-other-date',
    a: {
      lang: 'en',
      text: `Colombian authorities suspended boat departures from Turbo towards the Darién on 9 February because of rough seas.`,
    },
    b: {
      lang: 'es',
      text: `Por el fuerte oleaje, las autoridades colombianas suspendieron el 19 de febrero las salidas de lanchas desde Turbo hacia el Darién.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `boat departures from Turbo suspended on 9 February in a, on 19 February in b`,
  },
  {
    id: 'es-h9-apart-quote-hanlon-other-matter',
    a: {
      lang: 'en',
      text: `On Venezuelans living in Peru, Trevor Hanlon of the IOM said: "Integration is cheaper than exclusion."`,
    },
    b: {
      lang: 'es',
      text: `«The funding cuts will be felt first in the shelters», advirtió Trevor Hanlon, de la OIM, sobre los recortes de la ayuda internacional.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Hanlon on Venezuelans in Peru in a, on aid funding cuts in b`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // Comparable, quantity: 4 agree, 3 conflict
  {
    id: 'fr-h9-channel-small-boat-arrivals-sunday',
    a: {
      lang: 'en',
      text: `According to the British Home Office, 412 people crossed the Channel in small boats on Sunday.`,
    },
    b: {
      lang: 'fr',
      text: `Dimanche, 412 personnes ont traversé la Manche à bord de petites embarcations, selon le ministère britannique de l'Intérieur.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `people who crossed the Channel in small boats on Sunday: 412 in both`,
  },
  {
    id: 'fr-h9-dunkirk-camp-population',
    a: {
      lang: 'en',
      text: `Around 1,300 migrants are living in the makeshift camp near Dunkirk, according to aid groups.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 1\u202f300 exilés vivent dans le campement de fortune situé près de Dunkerque, selon les associations.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `people living in the camp near Dunkirk: around 1,300 and environ 1 300`,
  },
  {
    id: 'fr-h9-unemployment-second-quarter',
    a: {
      lang: 'en',
      text: `France's unemployment rate stood at 7.4 percent in the second quarter, Insee said.`,
    },
    b: {
      lang: 'fr',
      text: `Le taux de chômage s'est établi à 7,4\u202f% au deuxième trimestre, selon l'Insee.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `French unemployment rate in the second quarter: 7.4 percent and 7,4 %`,
  },
  {
    id: 'fr-h9-west-nile-local-cases',
    a: {
      lang: 'en',
      text: `France has recorded 37 locally acquired cases of West Nile virus since June, the public health agency said.`,
    },
    b: {
      lang: 'fr',
      text: `Santé publique France a recensé 37 cas autochtones d'infection au virus du Nil occidental depuis juin.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `locally acquired West Nile cases in France since June: 37 in both`,
  },
  {
    id: 'fr-h9-channel-prevented-departures-differ',
    a: {
      lang: 'en',
      text: `French police and gendarmes prevented about 730 people from crossing the Channel over the weekend, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 370 personnes ont été empêchées de traverser la Manche ce week-end par les forces de l'ordre, selon la préfecture.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `people stopped from crossing the Channel over the weekend: about 730 against environ 370`,
  },
  {
    id: 'fr-h9-menton-refusals-of-entry-differ',
    a: {
      lang: 'en',
      text: `Border police at Menton refused entry to 1,940 people arriving from Italy in July.`,
    },
    b: {
      lang: 'fr',
      text: `En juillet, 1\u202f490 personnes arrivant d'Italie ont fait l'objet d'un refus d'entrée à la frontière de Menton, selon la police aux frontières.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `refusals of entry at Menton in July: 1,940 against 1 490`,
  },
  {
    id: 'fr-h9-berthaud-foundry-job-cuts-differ',
    a: {
      lang: 'en',
      text: `Fonderies Berthaud plans to cut 240 jobs at its plant in Montvalès, unions said.`,
    },
    b: {
      lang: 'fr',
      text: `Les Fonderies Berthaud prévoient de supprimer 420 postes dans leur usine de Montvalès, selon les syndicats.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `jobs to go at the Berthaud foundry in Montvalès, both from unions: 240 against 420`,
  },
  // Comparable, event: 4 agree, 3 conflict (instrument, denial, antonym)
  {
    id: 'fr-h9-paris-city-hall-camp-cleared',
    a: {
      lang: 'en',
      text: `Police cleared a makeshift camp of exiles on the square in front of Paris city hall early on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Le campement de fortune installé par des exilés sur le parvis de l'Hôtel de Ville de Paris a été évacué mardi matin par les forces de l'ordre.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `clearing of the exiles' camp outside Paris city hall on Tuesday morning: cleared and a été évacué`,
  },
  {
    id: 'fr-h9-boulogne-channel-smuggler-sentenced',
    a: {
      lang: 'en',
      text: `A court in Boulogne-sur-Mer sentenced an Iraqi Kurd for organising small-boat crossings of the Channel.`,
    },
    b: {
      lang: 'fr',
      text: `Le tribunal correctionnel de Boulogne-sur-Mer a condamné un Kurde irakien pour avoir organisé des traversées de la Manche en small boats.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `sentencing in Boulogne of an Iraqi Kurd for organising crossings: sentenced and a condamné`,
  },
  {
    id: 'fr-h9-cassagne-glassworks-receivership',
    a: {
      lang: 'en',
      text: `The commercial court in Lyon placed the glassmaker Verreries Cassagne into receivership on Wednesday.`,
    },
    b: {
      lang: 'fr',
      text: `Les Verreries Cassagne ont été placées mercredi en redressement judiciaire par le tribunal de commerce de Lyon.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Verreries Cassagne put into receivership in Lyon on Wednesday: receivership and redressement judiciaire`,
  },
  {
    id: 'fr-h9-calais-van-boat-engines-seized',
    a: {
      lang: 'en',
      text: `Gendarmes seized an inflatable boat and outboard engines hidden in a van near Calais on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `Un bateau pneumatique et des moteurs hors-bord dissimulés dans une camionnette ont été saisis vendredi par les gendarmes près de Calais.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `seizure near Calais of a boat and engines hidden in a van: seized and ont été saisis`,
  },
  {
    id: 'fr-h9-plouzenec-tear-gas-vs-water-cannon',
    a: {
      lang: 'en',
      text: `Gendarmes used tear gas to disperse opponents of a planned reception centre for asylum seekers in Plouzénec on Saturday.`,
    },
    b: {
      lang: 'fr',
      text: `Samedi à Plouzénec, les gendarmes ont fait usage d'un canon à eau pour disperser les opposants au projet de centre d'accueil pour demandeurs d'asile.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `force used on opponents of the Plouzénec reception centre: tear gas against canon à eau`,
  },
  {
    id: 'fr-h9-calais-camp-water-points-cut-denied',
    a: {
      lang: 'en',
      text: `The Pas-de-Calais prefecture ordered the water points at a migrant camp outside Calais to be cut off, according to aid groups.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture du Pas-de-Calais dément avoir ordonné la coupure des points d'eau d'un campement de migrants aux abords de Calais.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `order to cut the water points at a Calais camp: asserted by aid groups, denied (dément) by the prefecture`,
  },
  {
    id: 'fr-h9-haroun-released-vs-detained-lille',
    a: {
      lang: 'en',
      text: `Sudanese activist Yacoub Haroun was released from the immigration detention centre near Lille on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Le militant soudanais Yacoub Haroun a été placé lundi au centre de rétention administrative de Lille.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Haroun and the Lille detention centre on Monday: released against placé en rétention (detained)`,
  },
  // Comparable, quote: 1 agree, 1 conflict
  {
    id: 'fr-h9-quote-blakemore-life-saved',
    a: {
      lang: 'en',
      text: `Britain's Border Security Commander Owen Blakemore said: "Every crossing we stop is a life we may have saved."`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Every crossing we stop is a life we may have saved\u00a0», a déclaré Owen Blakemore, chargé de la sécurité des frontières britanniques.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Blakemore's English words on stopped crossings, kept verbatim in the French text`,
  },
  {
    id: 'fr-h9-quote-lavaud-altered',
    a: {
      lang: 'en',
      text: `The mayor of Sainte-Ardelle, Thierry Lavaud, said: "Nous ne sommes pas équipés pour accueillir ces familles dignement."`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Nous ne sommes pas prêts à accueillir ces familles\u00a0», a affirmé Thierry Lavaud, maire de Sainte-Ardelle.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Lavaud's quoted words: "pas équipés pour accueillir ces familles dignement" against "pas prêts à accueillir ces familles"`,
  },
  // Look-alikes (apart): 3 quantity, 3 event, 1 quote
  {
    id: 'fr-h9-apart-officers-deployed-vs-sheltered-lille',
    a: {
      lang: 'en',
      text: `Some 550 police officers and gendarmes are deployed along the coast of northern France to stop crossings.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 550 exilés ont été mis à l'abri dans des gymnases de Lille, a annoncé la préfecture.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `550 counts officers on the northern coast in a, exiles sheltered in Lille gyms in b`,
  },
  {
    id: 'fr-h9-apart-removal-orders-vs-removals-alpes-maritimes',
    a: {
      lang: 'en',
      text: `The Alpes-Maritimes prefecture issued 1,150 orders to leave French territory last year.`,
    },
    b: {
      lang: 'fr',
      text: `L'an dernier, 1\u202f150 étrangers ont effectivement été éloignés depuis les Alpes-Maritimes, selon la préfecture.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `1,150 counts orders to leave issued in a, removals actually carried out in b`,
  },
  {
    id: 'fr-h9-apart-public-deficit-vs-new-home-sales',
    a: {
      lang: 'en',
      text: `France's public deficit reached 5.8 percent of GDP last year.`,
    },
    b: {
      lang: 'fr',
      text: `Les ventes de logements neufs ont reculé de 5,8\u202f% sur un an, selon la Fédération des promoteurs immobiliers.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `5.8 percent is the public deficit in a, the yearly fall in new-home sales in b`,
  },
  {
    id: 'fr-h9-apart-merindol-meets-other',
    a: {
      lang: 'en',
      text: `Interior minister Gaëlle Mérindol met her Italian counterpart in Rome on Thursday.`,
    },
    b: {
      lang: 'fr',
      text: `La ministre de l'Intérieur, Gaëlle Mérindol, a reçu jeudi à Paris son homologue britannique.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Mérindol meets the Italian minister in Rome in a, receives the British one in Paris in b`,
  },
  {
    id: 'fr-h9-apart-reception-centre-graffiti-other-town',
    a: {
      lang: 'en',
      text: `A reception centre for asylum seekers in Kerbastic was daubed with racist graffiti overnight.`,
    },
    b: {
      lang: 'fr',
      text: `À Saint-Ombrel, un centre d'accueil pour demandeurs d'asile a été la cible de tags racistes dans la nuit.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `racist graffiti on an asylum reception centre, in Kerbastic in a and in Saint-Ombrel in b`,
  },
  {
    id: 'fr-h9-apart-belleville-school-evacuated-other-date',
    a: {
      lang: 'en',
      text: `Police evacuated a former school in Belleville occupied by young exiles on 18 March.`,
    },
    b: {
      lang: 'fr',
      text: `Le 25 mars, les forces de l'ordre ont évacué l'ancienne école de Belleville occupée par de jeunes exilés.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `evacuation of the occupied former school in Belleville on 18 March in a, on 25 March in b`,
  },
  {
    id: 'fr-h9-apart-quote-blakemore-other-matter',
    a: {
      lang: 'en',
      text: `On the returns agreement with Iraq, Owen Blakemore said: "This deal means faster removals, full stop."`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0We are tearing up the smugglers' business model\u00a0», a déclaré Owen Blakemore à propos des saisies de bateaux dans le nord de la France.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Blakemore on the Iraq returns deal in a, on boat seizures in northern France in b`,
  },
];
