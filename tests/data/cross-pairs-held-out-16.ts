/**
 * Sixteenth held-out set of cross-language claim pairs. Written by a helper in session 7 without
 * looking at the library's rules, term tables or any earlier pair. Exactly this was read: lines
 * 1-45 of `cross-pairs.ts` (its header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-14.ts` (its header comment and import, to copy the conventions) and the
 * ids of all earlier `cross-pairs*.ts` files (so that no id or story is knowingly reused). No
 * earlier pair's text, numbers or names, nothing under `src/` or `scratch/`, no other test file
 * and not the fifteenth set being written at the same time were seen, and the library was not run.
 *
 * Same shape and conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently
 * the way that language's regional or national newspapers would put it rather than wire copy
 * (longer sentences, the fact sometimes in a subordinate clause or after scene-setting, reported
 * speech, active and passive, nominalisations, small numbers in words, weekdays and dates, the
 * language's own number format and hedges); one main claim of `kind` per text; quantity texts
 * state one number (dates and ordinals aside); event texts state no counts; quotes by
 * English-speaking officials stay in English in both texts, and local speakers are quoted in
 * their own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict) and 7
 * look-alikes (apart). Kinds per language pair: 10 quantity, 10 event, 3 quote (comparable: 7, 7,
 * 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs by kind, in every language:
 * quantity 4/3 (every conflict a differing figure), event 4/3 (one differing instrument of force,
 * one negation or denial, one antonym act), quote 1/1 (altered quote words). The look-alikes are
 * the same number counting something else at the same place and time (three quantity pairs per
 * language), the same person meeting someone else, the same act in another town, the same act on
 * another date (both dates written out) and the same speaker on another matter. 92 pairs in all.
 * About two thirds of the stories are about migration, borders, asylum, police, protests,
 * security forces, deportations, rescues at sea, smuggling and detention; the rest about
 * politics, the economy, labour, disasters, weather, health and the courts.
 *
 * All people, companies, ships, associations and small towns are invented: Glansvik Städ,
 * Tornbyhamn, Gruvnäset, the Nazari family, Klarälvens Elnät, Åsmundtorp, Lennart Skogsberg,
 * Järvlösa, Nyhammarsbyn, Serkan Aydemirli, Helena Brattström, Tranemyra, Kvistbergsvik, Gráinne
 * Hollister, Ingela Vrångsjö; Bad Sülzenried, Backhaus Gerstäcker, Wöhrmann Antriebstechnik,
 * Kesselbrück, Dilshad Qasimo, Rabenholz, Wendenkirch, Ottersbrunn, Hohenweiler, Dagmar
 * Kühlenthal, Ellerbrachen, Quastenfeld, Hubertus Kemmerling, Rupert Askwith; Casa Peregrina del
 * Bravo, Benialcaraz, La Tuneraza, Hamid Bouzerrouk, Marisol Ixcamparic, Hinojal del Condado,
 * Tomás Ezquerra, Punta Albarrana, Caleta de los Aljibes, Douglas Ferriby, Nieves Perdomo;
 * Escalmont-Plage, the Alcyon, Mer Commune, Bourbourg-Marais, Saint-Pierre-des-Oyats,
 * Blérincourt, Hélène Lavergnac, Marsillac-sur-Orb, Entrepôts Castellane, Authieville-Plage,
 * Karwan Dizayi, Laurent Desmazures, Saint-Aurien-du-Lot, Castelmorin, Marie-Odile Frétigny,
 * Nigel Ashcombe. Countries, capitals, big cities, regions and real institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs16: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity, agree
  {
    id: 'sv-h16-vastra-gotaland-agency-housing-residents',
    a: {
      lang: 'en',
      text: `Even after a string of closures this autumn, the Migration Agency was still housing some 2,300 asylum seekers in its own accommodation in Västra Götaland at the end of October, according to figures the agency released on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Trots att boende efter boende har stängts under hösten bodde drygt 2\u00a0300 asylsökande kvar i Migrationsverkets egna boenden i Västra Götaland när oktober var slut, framgår av myndighetens siffror som presenterades i onsdags.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Asylum seekers in the agency's own housing in Västra Götaland at the end of October: some 2,300 and drygt 2 300 overlap.`,
  },
  {
    id: 'sv-h16-glansvik-cleaning-firm-raid-no-permits',
    a: {
      lang: 'en',
      text: `When police and the Tax Agency turned up on Thursday morning at the premises of the cleaning company Glansvik Städ in Norrköping, they found a dozen people working without valid work permits, the police said.`,
    },
    b: {
      lang: 'sv',
      text: `Vid torsdagens gemensamma kontroll hos städföretaget Glansvik Städ i Norrköping påträffade polisen och Skatteverket tolv personer som arbetade utan giltiga arbetstillstånd.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Workers without permits found in the raid on Glansvik Städ in Norrköping: a dozen and tolv are the same figure.`,
  },
  {
    id: 'sv-h16-tornbyhamn-salmonella-cases',
    a: {
      lang: 'en',
      text: `Roughly 60 people have fallen ill with salmonella in the coastal town of Tornbyhamn in Blekinge, where the infection control doctor on Monday traced the outbreak to a lunch restaurant near the harbour.`,
    },
    b: {
      lang: 'sv',
      text: `Ett sextiotal personer har insjuknat i salmonella i Tornbyhamn, och enligt smittskyddsläkaren i Region Blekinge kan utbrottet spåras till en lunchrestaurang vid hamnen, uppgav regionen på måndagen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People ill in the Tornbyhamn salmonella outbreak: roughly 60 and ett sextiotal overlap.`,
  },
  {
    id: 'sv-h16-malmo-internal-checks-no-right-to-stay',
    a: {
      lang: 'en',
      text: `During a weekend of internal immigration checks in central Malmö, police found 57 people who had no right to be in the country, the border police section said on Monday, 10 November.`,
    },
    b: {
      lang: 'sv',
      text: `Helgens inre utlänningskontroller i centrala Malmö ledde till att 57 personer konstaterades sakna rätt att vistas i Sverige, meddelade gränspolisen måndagen den 10 november.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People found without the right to stay during Malmö's weekend internal checks: 57 in both texts.`,
  },
  // quantity, conflict
  {
    id: 'sv-h16-gruvnaset-nazari-rally-differs',
    a: {
      lang: 'en',
      text: `In the small mining town of Gruvnäset, around 400 people gathered in the square on Saturday to protest against the planned deportation of the Nazari family, who have lived there for years.`,
    },
    b: {
      lang: 'sv',
      text: `Ett drygt hundratal personer slöt i lördags upp på torget i Gruvnäset för att protestera mot beskedet att familjen Nazari ska utvisas.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Turnout at the Gruvnäset rally against the Nazari family's deportation: around 400 against ett drygt hundratal, far apart.`,
  },
  {
    id: 'sv-h16-varmland-storm-households-differ',
    a: {
      lang: 'en',
      text: `After the autumn storm swept across Värmland overnight into Tuesday, some 18,000 households were left without electricity, according to the regional grid company Klarälvens Elnät.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 11\u00a0000 hushåll stod utan ström i Värmland på tisdagsmorgonen sedan stormen dragit fram under natten, uppger nätbolaget Klarälvens Elnät.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Households without power in Värmland after the overnight storm: some 18,000 against omkring 11 000, no overlap.`,
  },
  {
    id: 'sv-h16-asmundtorp-commissioner-bribery-sentence-differs',
    a: {
      lang: 'en',
      text: `The district court in Jönköping on Friday sentenced Lennart Skogsberg, the former municipal commissioner of Åsmundtorp, to six years in prison for taking bribes from a construction firm.`,
    },
    b: {
      lang: 'sv',
      text: `Åsmundtorps förre kommunalråd Lennart Skogsberg döms till fyra års fängelse för grovt tagande av muta i samband med kommunens bygguppdrag, meddelade Jönköpings tingsrätt på fredagen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Prison term for the former Åsmundtorp commissioner for bribery: six years against fyra år.`,
  },
  // quantity, apart
  {
    id: 'sv-h16-apart-crete-boats-vs-bodies',
    a: {
      lang: 'en',
      text: `The Greek coast guard says it has stopped 40 boats off the southern coast of Crete since the start of the year, as the route from eastern Libya grows busier.`,
    },
    b: {
      lang: 'sv',
      text: `Sedan årsskiftet har den grekiska kustbevakningen bärgat 40 omkomna utanför Kretas sydkust, där trafiken från östra Libyen blir allt tätare.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same coast, period and number, but 40 boats stopped against 40 dead recovered: different things counted.`,
  },
  {
    id: 'sv-h16-apart-wages-vs-cpif-september',
    a: {
      lang: 'en',
      text: `Swedish wages rose 3.4 percent in September compared with a year earlier, according to preliminary figures from the National Mediation Office.`,
    },
    b: {
      lang: 'sv',
      text: `KPIF-inflationen landade på 3,4 procent i september, visar SCB:s siffror, vilket var högre än vad Riksbanken hade räknat med.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same month and figure, but wage growth of 3.4 percent against KPIF inflation of 3,4 procent: different measures.`,
  },
  {
    id: 'sv-h16-apart-flen-detainees-vs-staff',
    a: {
      lang: 'en',
      text: `The Migration Agency's detention centre in Flen held 120 detainees on Monday, the most since it opened, as deportations to Iraq have picked up.`,
    },
    b: {
      lang: 'sv',
      text: `Förvaret i Flen har i dag 120 anställda, och inför utbyggnaden rekryterar Migrationsverket nu förvarshandläggare, skriver lokaltidningen på måndagen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same detention centre and day, but 120 detainees held against 120 staff employed: different things counted.`,
  },
  // event, agree
  {
    id: 'sv-h16-nynashamn-lorry-driver-smuggling-arrest',
    a: {
      lang: 'en',
      text: `A Polish lorry driver suspected of smuggling people into Sweden was arrested on Friday morning as he drove off the ferry from Gdańsk at the Nynäshamn terminal, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Gripandet av den polske lastbilschauffören skedde i färjeterminalen i Nynäshamn på fredagsmorgonen, strax efter att Gdańskfärjan lagt till. Mannen misstänks för människosmuggling, uppger polisen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest of a Polish lorry driver suspected of people smuggling off the Gdańsk ferry at Nynäshamn on Friday morning: same event.`,
  },
  {
    id: 'sv-h16-umea-hospital-crisis-mode',
    a: {
      lang: 'en',
      text: `Norrland University Hospital in Umeå switched to crisis management mode on Tuesday after its medical wards ran out of beds, Region Västerbotten said.`,
    },
    b: {
      lang: 'sv',
      text: `På tisdagen gick Norrlands universitetssjukhus i Umeå upp i stabsläge, sedan vårdavdelningarna på medicinkliniken blivit helt fullbelagda, meddelar Region Västerbotten.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Umeå university hospital went into crisis management mode (stabsläge) on Tuesday over a lack of beds: same event.`,
  },
  {
    id: 'sv-h16-jarvlosa-imam-special-control-custody',
    a: {
      lang: 'en',
      text: `The Security Service on Wednesday took an imam from Järvlösa into custody under the special controls on aliens act, saying he posed a threat to national security.`,
    },
    b: {
      lang: 'sv',
      text: `I onsdags togs en imam från Järvlösa i förvar med stöd av lagen om särskild utlänningskontroll, sedan Säpo bedömt honom som ett hot mot rikets säkerhet.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Säpo's detention of a Järvlösa imam under the special control act on Wednesday: same event, active against passive.`,
  },
  {
    id: 'sv-h16-svinesund-migrant-minibus-stopped',
    a: {
      lang: 'en',
      text: `Just south of the Svinesund bridge, police on Sunday night stopped a minibus believed to be carrying migrants across the border from Norway.`,
    },
    b: {
      lang: 'sv',
      text: `En minibuss som misstänks ha fört migranter över gränsen från Norge stoppades av polisen vid Svinesund under natten mot måndag.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Police stop of a minibus suspected of carrying migrants from Norway at Svinesund on Sunday night: same event.`,
  },
  // event, conflict
  {
    id: 'sv-h16-nyhammarsbyn-pepper-spray-vs-batons',
    a: {
      lang: 'en',
      text: `Outside the asylum housing in Nyhammarsbyn, where a nationalist march ran into counter-demonstrators on Saturday afternoon, police used pepper spray to separate the groups.`,
    },
    b: {
      lang: 'sv',
      text: `När nationalistiska demonstranter och motdemonstranter drabbade samman utanför asylboendet i Nyhammarsbyn i lördags tog polisen till batong för att skilja grupperna åt.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police separating marchers and counter-demonstrators outside the Nyhammarsbyn asylum housing on Saturday: pepper spray against batong.`,
  },
  {
    id: 'sv-h16-orebro-somali-woman-deportation-denied',
    a: {
      lang: 'en',
      text: `Police in Örebro deported a Somali woman to Mogadishu on Tuesday even though her appeal was still pending, her lawyer said.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen i Örebro tillbakavisar uppgifterna om att den somaliska kvinnan skulle ha utvisats till Mogadishu i tisdags; hon befinner sig fortfarande i Sverige i väntan på besked om sitt överklagande.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Deportation of a Somali woman from Örebro to Mogadishu on Tuesday: reported as carried out, denied by the police.`,
  },
  {
    id: 'sv-h16-aydemirli-extradition-approved-vs-refused',
    a: {
      lang: 'en',
      text: `The Swedish government on Thursday, 20 March, approved Turkey's request to extradite the Kurdish journalist Serkan Aydemirli, who has lived in Uppsala since fleeing Istanbul.`,
    },
    b: {
      lang: 'sv',
      text: `Regeringen avslog torsdagen den 20 mars Turkiets begäran om att få den kurdiske journalisten Serkan Aydemirli, bosatt i Uppsala, utlämnad.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Government decision on Turkey's request to extradite Serkan Aydemirli: approved against avslog (refused).`,
  },
  // event, apart
  {
    id: 'sv-h16-apart-brattstrom-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Helena Brattström travelled to Copenhagen on Monday to meet her Danish counterpart for talks on joint controls on the Öresund bridge.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Helena Brattström tog på måndagen emot Iraks ambassadör på departementet i Stockholm för samtal om återvändandet av irakier som fått avslag på sina asylansökningar.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Brattström met the Danish minister in Copenhagen in one text and the Iraqi ambassador in Stockholm in the other: different meetings.`,
  },
  {
    id: 'sv-h16-apart-pizzeria-raid-other-town',
    a: {
      lang: 'en',
      text: `Police and the Tax Agency raided a pizzeria in Tranemyra on Wednesday evening looking for staff working without permits.`,
    },
    b: {
      lang: 'sv',
      text: `Polis och Skatteverket gjorde på onsdagskvällen en razzia mot en pizzeria i Kvistbergsvik, där personal misstänks arbeta utan tillstånd.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same kind of raid on a pizzeria on Wednesday evening, but in Tranemyra against Kvistbergsvik: different places.`,
  },
  {
    id: 'sv-h16-apart-gavle-port-blockade-other-date',
    a: {
      lang: 'en',
      text: `Dock workers blockaded the container terminal at the port of Gävle on Friday, 7 November, in a dispute over the use of agency labour.`,
    },
    b: {
      lang: 'sv',
      text: `Hamnarbetarna blockerade containerterminalen i Gävle hamn onsdagen den 26 november, i protest mot att bemanningsföretag tagits in för att lossa fartygen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same dockers' blockade at Gävle port over agency labour, but Friday 7 November against onsdagen den 26 november: different dates.`,
  },
  // quote
  {
    id: 'sv-h16-quote-hollister-relocation',
    a: {
      lang: 'en',
      text: `"Sending people to a hub they have never seen is not a return, it is a relocation," said Gráinne Hollister, UNHCR's representative for the Nordic countries, of the government's plans for return hubs abroad.`,
    },
    b: {
      lang: 'sv',
      text: `Gráinne Hollister, som företräder FN:s flyktingorgan UNHCR i Norden, är kritisk till regeringens planer på återvändandecenter utomlands: ”Sending people to a hub they have never seen is not a return, it is a relocation.”`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Hollister's criticism of the return hubs, quoted verbatim in English in both texts: same quote.`,
  },
  {
    id: 'sv-h16-quote-vrangsjo-altered',
    a: {
      lang: 'en',
      text: `Asked about the drug gangs operating at the port of Norrköping, regional police chief Ingela Vrångsjö told local reporters: "Vi håller på att tappa kontrollen över hamnen."`,
    },
    b: {
      lang: 'sv',
      text: `”Vi har tappat kontrollen över hamnen”, sade regionpolischefen Ingela Vrångsjö till lokala medier om gängens närvaro i Norrköpings hamn.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Vrångsjö on the Norrköping port quoted in Swedish in both texts, but "håller på att tappa" (are losing) against "har tappat" (have lost): altered words.`,
  },
  {
    id: 'sv-h16-apart-quote-hollister-other-matter',
    a: {
      lang: 'en',
      text: `"A child in detention is a policy that has run out of ideas," Gráinne Hollister of UNHCR said during a visit to the detention centre in Åstorp.`,
    },
    b: {
      lang: 'sv',
      text: `”Statelessness is a paperwork problem with a human face”, sade UNHCR:s Gráinne Hollister vid ett seminarium i Stockholm om statslösa barn i Sverige.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same UNHCR speaker, but one quote on detaining children and the other on stateless children: different matters and words.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity, agree
  {
    id: 'de-h16-saxony-deportations-january-september',
    a: {
      lang: 'en',
      text: `Saxony deported nearly 1,700 people between January and September, the state interior ministry in Dresden said on Tuesday, most of them to Georgia and the western Balkans.`,
    },
    b: {
      lang: 'de',
      text: `Von Januar bis September hat Sachsen knapp 1.700 Menschen abgeschoben, teilte das Innenministerium in Dresden am Dienstag mit; die meisten Abschiebungen gingen nach Georgien und in die Westbalkanstaaten.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Deportations from Saxony from January to September: nearly 1,700 and knapp 1.700 are the same figure.`,
  },
  {
    id: 'de-h16-bad-sulzenried-spa-hotel-refugees',
    a: {
      lang: 'en',
      text: `Some 600 refugees are now living in the former spa hotel on the edge of Bad Sülzenried, which the district converted into an emergency shelter in the spring.`,
    },
    b: {
      lang: 'de',
      text: `Im ehemaligen Kurhotel am Ortsrand von Bad Sülzenried, das der Landkreis im Frühjahr zur Notunterkunft umgebaut hat, leben derzeit rund 600 Geflüchtete.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Refugees living in the converted Bad Sülzenried spa hotel: some 600 and rund 600 overlap.`,
  },
  {
    id: 'de-h16-gerstaecker-bakery-shops-closing',
    a: {
      lang: 'en',
      text: `The insolvent bakery chain Backhaus Gerstäcker will close twelve of its shops in Franconia by the end of the year, the insolvency administrator announced on Monday.`,
    },
    b: {
      lang: 'de',
      text: `Zwölf Filialen der insolventen Bäckereikette Backhaus Gerstäcker in Franken werden bis Jahresende geschlossen, wie der Insolvenzverwalter am Montag mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Shops the insolvent Gerstäcker bakery chain will close in Franconia: twelve and zwölf.`,
  },
  {
    id: 'de-h16-vietnamese-smuggling-nail-studio-raids',
    a: {
      lang: 'en',
      text: `In a dawn operation against a ring suspected of bringing Vietnamese nationals into Germany to work in nail studios, federal police searched more than 30 homes and businesses in North Rhine-Westphalia and Lower Saxony on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Bei einer Razzia gegen eine mutmaßliche Schleuserbande, die Vietnamesen für die Arbeit in Nagelstudios nach Deutschland gebracht haben soll, durchsuchte die Bundespolizei am Mittwochmorgen über 30 Wohnungen und Geschäftsräume in Nordrhein-Westfalen und Niedersachsen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Premises searched in the raids on the Vietnamese nail-studio smuggling ring: more than 30 and über 30.`,
  },
  // quantity, conflict
  {
    id: 'de-h16-gluckstadt-deportation-detainees-differ',
    a: {
      lang: 'en',
      text: `The deportation detention centre in Glückstadt, run jointly by Schleswig-Holstein, Hamburg and Mecklenburg-Western Pomerania, was holding 41 people on Thursday, its director said.`,
    },
    b: {
      lang: 'de',
      text: `In der Abschiebungshafteinrichtung Glückstadt, die sich die Länder im Norden teilen, saßen am Donnerstag nach Angaben der Leitung 24 Menschen ein.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People held in the Glückstadt deportation detention centre on Thursday: 41 against 24.`,
  },
  {
    id: 'de-h16-erzgebirge-rainfall-differs',
    a: {
      lang: 'en',
      text: `In parts of the Erzgebirge, up to 150 litres of rain per square metre fell between Friday and Sunday, the German Weather Service said, leaving cellars and roads under water.`,
    },
    b: {
      lang: 'de',
      text: `Bis zu 95 Liter Regen pro Quadratmeter gingen laut Deutschem Wetterdienst von Freitag bis Sonntag über Teilen des Erzgebirges nieder.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Weekend rainfall in the Erzgebirge: up to 150 litres against bis zu 95 Liter per square metre.`,
  },
  {
    id: 'de-h16-wohrmann-kesselbruck-job-cuts-differ',
    a: {
      lang: 'en',
      text: `The car parts supplier Wöhrmann Antriebstechnik plans to cut 1,200 jobs at its plant in Kesselbrück, where it is by far the largest employer, the works council said.`,
    },
    b: {
      lang: 'de',
      text: `Der Autozulieferer Wöhrmann Antriebstechnik will in seinem Werk in Kesselbrück rund 800 Stellen streichen, wie der Betriebsrat nach einer Betriebsversammlung mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Planned job cuts at Wöhrmann's Kesselbrück plant: 1,200 against rund 800.`,
  },
  // quantity, apart
  {
    id: 'de-h16-apart-lampedusa-hotspot-capacity-vs-arrivals',
    a: {
      lang: 'en',
      text: `The hotspot at Contrada Imbriacola on Lampedusa, which Italian authorities say has room for 640 people, was again overcrowded on Sunday.`,
    },
    b: {
      lang: 'de',
      text: `Auf Lampedusa sind am Wochenende 640 Bootsmigranten angekommen, wie die italienischen Behörden am Sonntag mitteilten.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same island and day, but the hotspot's room for 640 against 640 boat migrants arrived: different things counted.`,
  },
  {
    id: 'de-h16-apart-exports-vs-unemployment-october',
    a: {
      lang: 'en',
      text: `German exports rose by 6.1 percent in October compared with the same month last year, the Federal Statistical Office reported.`,
    },
    b: {
      lang: 'de',
      text: `Die Arbeitslosenquote in Deutschland lag im Oktober bei 6,1 Prozent, wie die Bundesagentur für Arbeit in Nürnberg mitteilte.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same month and figure, but export growth of 6.1 percent against an unemployment rate of 6,1 Prozent: different measures.`,
  },
  {
    id: 'de-h16-apart-passau-vehicles-vs-turned-back',
    a: {
      lang: 'en',
      text: `At the Austrian border near Passau, federal police checked 75 vehicles at the motorway crossing on Saturday.`,
    },
    b: {
      lang: 'de',
      text: `Die Bundespolizei hat am Samstag an der Grenze bei Passau 75 Menschen nach Österreich zurückgewiesen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same border and day, but 75 vehicles checked against 75 people turned back: different things counted.`,
  },
  // event, agree
  {
    id: 'de-h16-minden-court-halts-yazidi-deportation',
    a: {
      lang: 'en',
      text: `The administrative court in Minden has halted the deportation of Dilshad Qasimo, a Yazidi man from Sinjar who had been due to be flown to Iraq, his lawyer said on Friday.`,
    },
    b: {
      lang: 'de',
      text: `Das Verwaltungsgericht Minden hat die Abschiebung des Jesiden Dilshad Qasimo in den Irak vorerst gestoppt. Das bestätigte sein Anwalt am Freitag.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Minden administrative court halted the Yazidi Dilshad Qasimo's deportation to Iraq: same ruling.`,
  },
  {
    id: 'de-h16-rabenholz-pool-legionella-closed',
    a: {
      lang: 'en',
      text: `After legionella bacteria were found in the showers, the health authority ordered the indoor swimming pool in Rabenholz closed on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Das Hallenbad in Rabenholz ist seit Mittwoch geschlossen. Das Gesundheitsamt hatte die Schließung angeordnet, nachdem in den Duschen Legionellen nachgewiesen worden waren.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Health authority's closure of the Rabenholz indoor pool over legionella on Wednesday: same event.`,
  },
  {
    id: 'de-h16-wendenkirch-town-hall-occupation-cleared',
    a: {
      lang: 'en',
      text: `Police in Wendenkirch on Tuesday evening cleared activists who had occupied the town hall in protest at the planned container village for asylum seekers.`,
    },
    b: {
      lang: 'de',
      text: `Die Besetzung des Rathauses in Wendenkirch ist beendet: Am Dienstagabend räumte die Polizei das Gebäude, in dem sich Gegner des geplanten Containerdorfs für Asylbewerber verschanzt hatten.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Police clearing of the Wendenkirch town hall occupied by opponents of the container village on Tuesday evening: same event.`,
  },
  {
    id: 'de-h16-cologne-frankfurt-line-cable-arson',
    a: {
      lang: 'en',
      text: `High-speed rail services between Cologne and Frankfurt were suspended on Monday morning after an arson attack on signal cables near Montabaur, which police are treating as sabotage.`,
    },
    b: {
      lang: 'de',
      text: `Nach einem Brandanschlag auf Signalkabel bei Montabaur ist die Schnellfahrstrecke Köln–Frankfurt seit Montagfrüh gesperrt; die Polizei geht von Sabotage aus.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Suspension of the Cologne-Frankfurt high-speed line after a cable arson near Montabaur on Monday: same event.`,
  },
  // event, conflict
  {
    id: 'de-h16-ottersbrunn-dogs-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `When protesters tried to block a bus taking rejected asylum seekers from the reception centre in Ottersbrunn to the airport, police used dogs to push them back.`,
    },
    b: {
      lang: 'de',
      text: `Mit Pfefferspray drängte die Polizei in Ottersbrunn Demonstranten zurück, die einen Bus mit abgelehnten Asylbewerbern auf dem Weg zum Flughafen blockieren wollten.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police pushing back protesters who blocked the Ottersbrunn deportation bus: dogs against Pfefferspray.`,
  },
  {
    id: 'de-h16-dusseldorf-taser-pregnant-woman-denied',
    a: {
      lang: 'en',
      text: `Federal police used a taser on a pregnant Albanian woman who resisted her deportation at Düsseldorf airport on Thursday, the state refugee council said.`,
    },
    b: {
      lang: 'de',
      text: `Die Bundespolizei weist Vorwürfe zurück, bei der Abschiebung einer schwangeren Albanerin am Düsseldorfer Flughafen am Donnerstag ein Elektroschockgerät eingesetzt zu haben.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Taser used on a pregnant Albanian woman at Düsseldorf airport on Thursday: alleged in one text, denied by federal police in the other.`,
  },
  {
    id: 'de-h16-hohenweiler-council-school-shelter-approved-vs-rejected',
    a: {
      lang: 'en',
      text: `After a heated session, the town council of Hohenweiler on Wednesday night approved the district's plan to house asylum seekers in the former school.`,
    },
    b: {
      lang: 'de',
      text: `Der Stadtrat von Hohenweiler hat am Mittwochabend nach hitziger Debatte den Plan des Landkreises abgelehnt, Asylbewerber in der früheren Schule unterzubringen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Hohenweiler council vote on housing asylum seekers in the old school: approved against abgelehnt.`,
  },
  // event, apart
  {
    id: 'de-h16-apart-kuhlenthal-meets-other',
    a: {
      lang: 'en',
      text: `Federal Interior Minister Dagmar Kühlenthal met her Austrian counterpart in Vienna on Tuesday to discuss the checks along their common border.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenministerin Dagmar Kühlenthal traf am Dienstag in Berlin den tunesischen Botschafter, um über die Rücknahme abgelehnter Asylbewerber zu sprechen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Kühlenthal met the Austrian minister in Vienna in one text and the Tunisian ambassador in Berlin in the other: different meetings.`,
  },
  {
    id: 'de-h16-apart-shelter-swastikas-other-town',
    a: {
      lang: 'en',
      text: `Unknown attackers daubed swastikas on the walls of a refugee shelter in Ellerbrachen overnight into Sunday, police said.`,
    },
    b: {
      lang: 'de',
      text: `In der Nacht zum Sonntag haben Unbekannte eine Flüchtlingsunterkunft in Quastenfeld mit Hakenkreuzen beschmiert, teilte die Polizei mit.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same swastika daubing of a refugee shelter overnight into Sunday, but in Ellerbrachen against Quastenfeld: different places.`,
  },
  {
    id: 'de-h16-apart-hamburg-airport-warning-strike-other-date',
    a: {
      lang: 'en',
      text: `The Verdi union called a warning strike of security staff at Hamburg airport on Thursday, 6 February, disrupting departures throughout the day.`,
    },
    b: {
      lang: 'de',
      text: `Zu einem Warnstreik des Sicherheitspersonals am Hamburger Flughafen hat Verdi für Montag, den 17. Februar, aufgerufen; Fluggäste müssen sich auf Ausfälle einstellen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same Verdi warning strike of Hamburg airport security staff, but Thursday 6 February against Montag, 17. Februar: different dates.`,
  },
  // quote
  {
    id: 'de-h16-quote-kemmerling-dach',
    a: {
      lang: 'en',
      text: `Opening the new shelter on Friday, district administrator Hubertus Kemmerling had little patience for the debate in Berlin: "Wer hier ankommt, braucht ein Dach und keine Sonntagsreden."`,
    },
    b: {
      lang: 'de',
      text: `„Wer hier ankommt, braucht ein Dach und keine Sonntagsreden“, sagte Landrat Hubertus Kemmerling bei der Eröffnung der neuen Unterkunft am Freitag.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Kemmerling's words at the shelter opening, quoted in German in both texts: same quote.`,
  },
  {
    id: 'de-h16-quote-askwith-altered',
    a: {
      lang: 'en',
      text: `Britain's ambassador in Berlin, Rupert Askwith, told a conference on irregular migration: "Germany and Britain are fighting the same smugglers on different beaches."`,
    },
    b: {
      lang: 'de',
      text: `Der britische Botschafter Rupert Askwith sagte auf einer Konferenz zur irregulären Migration in Berlin: „Germany and Britain are chasing the same smugglers on different coasts.“`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Askwith's line on smugglers in English in both texts, but "fighting ... beaches" against "chasing ... coasts": altered words.`,
  },
  {
    id: 'de-h16-apart-quote-kemmerling-other-matter',
    a: {
      lang: 'en',
      text: `On who should pay for housing refugees, district administrator Hubertus Kemmerling said: "Die Gemeinden haben geliefert, jetzt ist der Bund dran."`,
    },
    b: {
      lang: 'de',
      text: `Zur drohenden Schließung des Kreiskrankenhauses sagte Landrat Hubertus Kemmerling: „Ohne Klinik verliert der Landkreis sein Herz.“`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, but one quote on who pays for refugee housing and the other on the district hospital's closure: different matters.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity, agree
  {
    id: 'es-h16-formentera-dinghy-rescue',
    a: {
      lang: 'en',
      text: `Salvamento Marítimo rescued 54 people, among them women and children, from an inflatable boat found drifting south of Formentera early on Sunday, 12 October.`,
    },
    b: {
      lang: 'es',
      text: `Un total de 54 personas, entre ellas mujeres y menores, fueron rescatadas en la madrugada del domingo 12 de octubre por Salvamento Marítimo de una neumática que iba a la deriva al sur de Formentera.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued from the dinghy drifting south of Formentera early on Sunday 12 October: 54 in both texts.`,
  },
  {
    id: 'es-h16-juarez-peregrina-shelter-residents',
    a: {
      lang: 'en',
      text: `More than 400 migrants are now staying at the Casa Peregrina del Bravo shelter in Ciudad Juárez, its director said, after the United States tightened access to asylum at the border.`,
    },
    b: {
      lang: 'es',
      text: `El albergue Casa Peregrina del Bravo, en Ciudad Juárez, da cobijo ya a más de 400 migrantes tras el endurecimiento del acceso al asilo en Estados Unidos, según su director.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants staying at the Casa Peregrina del Bravo shelter in Ciudad Juárez: more than 400 and más de 400.`,
  },
  {
    id: 'es-h16-peru-anchovy-quota',
    a: {
      lang: 'en',
      text: `Peru's production ministry has set the quota for the first anchovy season off the north and centre of the country at 2.5 million tonnes, a decision the fishing industry had long been waiting for.`,
    },
    b: {
      lang: 'es',
      text: `El Ministerio de la Producción fijó en 2,5 millones de toneladas la cuota de la primera temporada de pesca de anchoveta en la zona norte-centro del litoral peruano.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Peru's anchovy quota for the first season in the north-centre zone: 2.5 million tonnes and 2,5 millones de toneladas.`,
  },
  {
    id: 'es-h16-benialcaraz-dana-rainfall',
    a: {
      lang: 'en',
      text: `The storm that swept the Valencian coast on Tuesday dumped up to 180 litres per square metre on the town of Benialcaraz, according to the state weather agency Aemet.`,
    },
    b: {
      lang: 'es',
      text: `En Benialcaraz se llegaron a acumular hasta 180 litros por metro cuadrado durante la dana del martes, según los datos de la Aemet.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Rainfall in Benialcaraz during Tuesday's storm: up to 180 litres per square metre in both texts.`,
  },
  // quantity, conflict
  {
    id: 'es-h16-huelva-speedboat-network-arrests-differ',
    a: {
      lang: 'en',
      text: `The Guardia Civil said it had arrested 17 people in Huelva province in an investigation into a network that brought migrants over from Algeria in speedboats.`,
    },
    b: {
      lang: 'es',
      text: `La Guardia Civil ha culminado con la detención de once personas en la provincia de Huelva la operación contra una red que traía migrantes desde Argelia en lanchas rápidas.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Arrests in Huelva in the operation against the Algerian speedboat network: 17 against once (eleven).`,
  },
  {
    id: 'es-h16-la-tuneraza-minors-centre-differs',
    a: {
      lang: 'en',
      text: `About 200 unaccompanied minors are living at the La Tuneraza reception centre in Tenerife, which was built for far fewer, the Canary Islands government said.`,
    },
    b: {
      lang: 'es',
      text: `El centro de acogida de La Tuneraza, en Tenerife, alberga a más de 350 menores migrantes no acompañados, muy por encima de su capacidad, según el Gobierno canario.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Unaccompanied minors at the La Tuneraza centre in Tenerife: about 200 against más de 350.`,
  },
  {
    id: 'es-h16-loja-earthquake-homes-differ',
    a: {
      lang: 'en',
      text: `The earthquake that shook the southern Ecuadorian province of Loja on Saturday damaged some 1,300 homes, according to the national risk management secretariat.`,
    },
    b: {
      lang: 'es',
      text: `Alrededor de 3.100 viviendas resultaron afectadas por el sismo del sábado en la provincia de Loja, informó la Secretaría de Gestión de Riesgos.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Homes damaged by Saturday's earthquake in Loja: some 1,300 against alrededor de 3.100.`,
  },
  // quantity, apart
  {
    id: 'es-h16-apart-nouadhibou-boats-vs-bodies',
    a: {
      lang: 'en',
      text: `The Mauritanian coast guard intercepted 40 boats carrying migrants off Nouadhibou in October, as departures towards the Canary Islands picked up again.`,
    },
    b: {
      lang: 'es',
      text: `Las autoridades mauritanas recuperaron en octubre 40 cadáveres frente a las costas de Nuadibú, punto de partida de los cayucos que ponen rumbo a Canarias.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same coast and month, but 40 boats intercepted against 40 bodies recovered: different things counted.`,
  },
  {
    id: 'es-h16-apart-house-prices-vs-sales',
    a: {
      lang: 'en',
      text: `Spanish house prices rose 8.1 percent year on year in the third quarter, the National Statistics Institute said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `La compraventa de viviendas creció un 8,1 % interanual en el tercer trimestre, según publicó el viernes el Instituto Nacional de Estadística.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same quarter, source and figure, but house prices up 8.1 percent against house sales up 8,1 %: different measures.`,
  },
  {
    id: 'es-h16-apart-suchiate-migrants-vs-raftsmen',
    a: {
      lang: 'en',
      text: `About 60 migrants crossed the Suchiate river from Tecún Umán into Ciudad Hidalgo on rafts on Monday morning, local officials said.`,
    },
    b: {
      lang: 'es',
      text: `Unos 60 balseros trabajan a diario en el Suchiate, entre Tecún Umán y Ciudad Hidalgo, cruzando mercancías y personas sobre cámaras de llanta, según autoridades locales.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same river crossing, but about 60 migrants who crossed on Monday against unos 60 raftsmen who work there: different people counted.`,
  },
  // event, agree
  {
    id: 'es-h16-audiencia-nacional-bouzerrouk-jailed',
    a: {
      lang: 'en',
      text: `A judge at Spain's National Court on Thursday sent Hamid Bouzerrouk, the alleged ringleader of a network that ran migrants across the Strait in narco-launches, to prison pending trial.`,
    },
    b: {
      lang: 'es',
      text: `El juez de la Audiencia Nacional decretó el jueves prisión provisional para Hamid Bouzerrouk, presunto cabecilla de una red que trasladaba migrantes a través del Estrecho en narcolanchas.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Pre-trial detention ordered for Hamid Bouzerrouk by the National Court on Thursday: same decision.`,
  },
  {
    id: 'es-h16-guatemala-congress-comptroller-elected',
    a: {
      lang: 'en',
      text: `Guatemala's Congress on Wednesday night elected Marisol Ixcamparic as the country's new comptroller general, after a long session marked by accusations of vote trading.`,
    },
    b: {
      lang: 'es',
      text: `Tras una larga sesión salpicada de acusaciones de compra de votos, el Congreso guatemalteco eligió la noche del miércoles a Marisol Ixcamparic como nueva contralora general de Cuentas.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Election of Marisol Ixcamparic as Guatemala's comptroller general by Congress on Wednesday night: same event.`,
  },
  {
    id: 'es-h16-hinojal-seasonal-workers-settlement-evicted',
    a: {
      lang: 'en',
      text: `The Guardia Civil on Tuesday evicted the shanty settlement of seasonal farm workers on the outskirts of Hinojal del Condado, in the strawberry belt of Huelva.`,
    },
    b: {
      lang: 'es',
      text: `El desalojo del asentamiento chabolista de temporeros a las afueras de Hinojal del Condado, en plena zona fresera de Huelva, se llevó a cabo el martes con un amplio despliegue de la Guardia Civil.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Guardia Civil eviction of the seasonal workers' settlement at Hinojal del Condado on Tuesday: same event, verb against nominalisation.`,
  },
  {
    id: 'es-h16-santa-cruz-whooping-cough-alert',
    a: {
      lang: 'en',
      text: `Health authorities in the Bolivian department of Santa Cruz declared a health alert on Monday because of a whooping cough outbreak among young children.`,
    },
    b: {
      lang: 'es',
      text: `El Servicio Departamental de Salud de Santa Cruz declaró el lunes la alerta sanitaria por el brote de tos ferina que afecta sobre todo a niños pequeños.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Health alert declared in Santa Cruz, Bolivia, on Monday over a whooping cough outbreak: same event.`,
  },
  // event, conflict
  {
    id: 'es-h16-agua-caliente-pepper-spray-vs-batons',
    a: {
      lang: 'en',
      text: `At the Agua Caliente crossing on the border with Guatemala, Honduran police used pepper spray on Friday to disperse migrants who were trying to force their way past the checkpoint.`,
    },
    b: {
      lang: 'es',
      text: `La Policía Nacional de Honduras dispersó a toletazos a los migrantes que el viernes intentaban forzar el retén del paso fronterizo de Agua Caliente, en la frontera con Guatemala.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Honduran police dispersing migrants at the Agua Caliente checkpoint on Friday: pepper spray against toletazos (batons).`,
  },
  {
    id: 'es-h16-telde-warehouse-minors-denied',
    a: {
      lang: 'en',
      text: `The Canary Islands government has been housing migrant minors in an industrial warehouse in Telde, according to a report by the regional ombudsman's office.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno de Canarias negó el jueves haber alojado a menores migrantes en una nave industrial de Telde, como sostenía un informe de la Diputación del Común.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Migrant minors housed in a Telde warehouse: reported as fact in one text, denied by the Canary government in the other.`,
  },
  {
    id: 'es-h16-dominican-haitian-deportations-resumed-vs-suspended',
    a: {
      lang: 'en',
      text: `The Dominican Republic resumed deportations of Haitians on Monday, the migration directorate announced in Santo Domingo.`,
    },
    b: {
      lang: 'es',
      text: `La Dirección General de Migración anunció el lunes la suspensión, hasta nuevo aviso, de las deportaciones de ciudadanos haitianos.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Dominican migration directorate's decision on deporting Haitians on Monday: resumed against suspensión.`,
  },
  // event, apart
  {
    id: 'es-h16-apart-ezquerra-meets-other',
    a: {
      lang: 'en',
      text: `Spain's interior minister, Tomás Ezquerra, met his Moroccan counterpart in Rabat on Thursday to discuss cooperation against irregular migration.`,
    },
    b: {
      lang: 'es',
      text: `El ministro del Interior, Tomás Ezquerra, se reunió el jueves en Nuakchot con el presidente de Mauritania para abordar la salida de cayucos hacia Canarias.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Ezquerra met the Moroccan minister in Rabat in one text and Mauritania's president in Nouakchott in the other: different meetings.`,
  },
  {
    id: 'es-h16-apart-narco-launch-rams-patrol-other-town',
    a: {
      lang: 'en',
      text: `A narco-launch rammed a Guardia Civil patrol boat off Punta Albarrana, on the Cádiz coast, on Saturday night.`,
    },
    b: {
      lang: 'es',
      text: `Una narcolancha embistió la noche del sábado a una patrullera de la Guardia Civil frente a Caleta de los Aljibes, en la costa gaditana.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same ramming of a Guardia Civil patrol boat by a narco-launch on Saturday night, but off Punta Albarrana against off Caleta de los Aljibes: different places.`,
  },
  {
    id: 'es-h16-apart-oaxaca-teachers-airport-blockade-other-date',
    a: {
      lang: 'en',
      text: `Teachers of the CNTE union blocked access to Oaxaca airport on Monday, 8 September, to press their demands over the pension reform.`,
    },
    b: {
      lang: 'es',
      text: `Maestros de la CNTE bloquearon el miércoles 24 de septiembre los accesos al aeropuerto de Oaxaca en protesta contra la reforma de pensiones.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same CNTE teachers' blockade of Oaxaca airport, but Monday 8 September against miércoles 24 de septiembre: different dates.`,
  },
  // quote
  {
    id: 'es-h16-quote-ferriby-map',
    a: {
      lang: 'en',
      text: `"Every migrant who dies in the desert was sold a map by someone who never walked it," the US ambassador to Mexico, Douglas Ferriby, said during a visit to Ciudad Juárez.`,
    },
    b: {
      lang: 'es',
      text: `Durante su visita a Ciudad Juárez, el embajador estadounidense en México, Douglas Ferriby, arremetió contra los traficantes: "Every migrant who dies in the desert was sold a map by someone who never walked it".`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Ferriby's warning about smugglers, kept in English in both texts: same words.`,
  },
  {
    id: 'es-h16-quote-perdomo-altered',
    a: {
      lang: 'en',
      text: `After the latest cayuco arrivals, Canary Islands social welfare councillor Nieves Perdomo said: "Canarias no es un muelle, es una tierra con gente."`,
    },
    b: {
      lang: 'es',
      text: `"Canarias no es un muelle, es una tierra con límites", afirmó la consejera de Bienestar Social del Gobierno canario, Nieves Perdomo, tras la última llegada de cayucos.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Perdomo's words in Spanish in both texts, but "una tierra con gente" against "una tierra con límites": altered quote.`,
  },
  {
    id: 'es-h16-apart-quote-ferriby-other-matter',
    a: {
      lang: 'en',
      text: `"The border is not a wall, it is a job we share," US ambassador Douglas Ferriby said of joint migration enforcement with Mexico.`,
    },
    b: {
      lang: 'es',
      text: `Sobre los aranceles al tomate mexicano, el embajador Douglas Ferriby dijo a la prensa en la capital: "Tariffs are not a punishment, they are a conversation".`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, but one quote on shared border enforcement and the other on tomato tariffs: different matters.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity, agree
  {
    id: 'fr-h16-escalmont-plage-rescue',
    a: {
      lang: 'en',
      text: `About 60 people were rescued off Escalmont-Plage overnight from Tuesday to Wednesday after their small boat got into difficulty in the Channel, the maritime prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Une soixantaine de personnes ont été secourues au large d'Escalmont-Plage dans la nuit de mardi à mercredi, leur embarcation s'étant retrouvée en difficulté en Manche, a indiqué la préfecture maritime.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued off Escalmont-Plage overnight from Tuesday to Wednesday: about 60 and une soixantaine.`,
  },
  {
    id: 'fr-h16-alcyon-ortona-disembarked',
    a: {
      lang: 'en',
      text: `The humanitarian ship Alcyon, chartered by the Marseille association Mer Commune, brought 212 people rescued off Libya ashore at the Adriatic port of Ortona on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `C'est à Ortona, sur la côte adriatique, que le navire humanitaire Alcyon, affrété par l'association marseillaise Mer Commune, a débarqué lundi les 212 rescapés recueillis au large de la Libye.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People the Alcyon disembarked at Ortona on Monday: 212 in both texts.`,
  },
  {
    id: 'fr-h16-soft-wheat-harvest',
    a: {
      lang: 'en',
      text: `France's soft wheat harvest is expected to reach some 26 million tonnes this year, the agriculture ministry said in its latest estimate.`,
    },
    b: {
      lang: 'fr',
      text: `La récolte de blé tendre devrait avoisiner 26 millions de tonnes cette année, selon les dernières estimations du ministère de l'Agriculture.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Forecast French soft wheat harvest: some 26 million tonnes and avoisiner 26 millions de tonnes.`,
  },
  {
    id: 'fr-h16-reunion-chikungunya-cases',
    a: {
      lang: 'en',
      text: `Some 54,000 cases of chikungunya have been recorded on Réunion since the start of the epidemic, the regional health agency said on Friday, 7 March.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 54\u202f000 cas de chikungunya ont été recensés à La Réunion depuis le début de l'épidémie, a annoncé vendredi 7 mars l'Agence régionale de santé.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Chikungunya cases on Réunion since the epidemic began: some 54,000 and quelque 54 000.`,
  },
  // quantity, conflict
  {
    id: 'fr-h16-bourbourg-marais-camp-sheltered-differs',
    a: {
      lang: 'en',
      text: `When police cleared the camp along the canal at Bourbourg-Marais, near Dunkirk, on Thursday morning, some 300 people were taken to shelters across the region, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Une centaine de personnes ont été mises à l'abri jeudi matin lors de l'évacuation du campement installé le long du canal à Bourbourg-Marais, près de Dunkerque, selon la préfecture du Nord.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People taken to shelters after the Bourbourg-Marais camp clearance on Thursday: some 300 against une centaine.`,
  },
  {
    id: 'fr-h16-kaweni-shacks-demolished-differ',
    a: {
      lang: 'en',
      text: `In the Kawéni district of Mamoudzou, bulldozers demolished about 400 sheet-metal shacks on Monday during the operation against informal housing, the prefecture of Mayotte said.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 170 cases en tôle ont été détruites lundi à Kawéni, à Mamoudzou, lors de l'opération de résorption de l'habitat insalubre, selon la préfecture de Mayotte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Shacks demolished in Kawéni on Monday: about 400 against près de 170.`,
  },
  {
    id: 'fr-h16-auvergne-snow-outages-differ',
    a: {
      lang: 'en',
      text: `Heavy snow left some 80,000 homes without power in Auvergne on Wednesday night, according to the grid operator.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 45\u202f000 foyers étaient privés d'électricité mercredi soir en Auvergne après les fortes chutes de neige, selon le gestionnaire du réseau.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Homes without power in Auvergne after Wednesday's snow: some 80,000 against quelque 45 000.`,
  },
  // quantity, apart
  {
    id: 'fr-h16-apart-mayotte-kwassa-vs-smugglers',
    a: {
      lang: 'en',
      text: `Off Mayotte, the navy and the gendarmerie intercepted 35 kwassa-kwassa boats coming from the Comoros in October, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `En octobre, 35 passeurs ont été interpellés en mer au large de Mayotte, selon la préfecture, qui fait état d'une hausse des départs depuis Anjouan.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same waters and month, but 35 boats intercepted against 35 smugglers arrested: different things counted.`,
  },
  {
    id: 'fr-h16-apart-industrial-output-vs-producer-prices',
    a: {
      lang: 'en',
      text: `French industrial output fell 0.6 percent in September from the previous month, the statistics institute Insee said.`,
    },
    b: {
      lang: 'fr',
      text: `Les prix de production de l'industrie française ont reculé de 0,6\u00a0% en septembre sur un mois, selon l'Insee.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same month and figure, but industrial output down 0.6 percent against producer prices down 0,6 %: different measures.`,
  },
  {
    id: 'fr-h16-apart-oyats-tents-vs-people',
    a: {
      lang: 'en',
      text: `About 500 tents were taken down by police at the camp in Saint-Pierre-des-Oyats, near Calais, on Tuesday morning.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 500 exilés vivaient encore mardi matin dans le campement de Saint-Pierre-des-Oyats, près de Calais, lorsque les forces de l'ordre sont intervenues.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same camp and morning, but about 500 tents taken down against environ 500 exiles living there: different things counted.`,
  },
  // event, agree
  {
    id: 'fr-h16-blerincourt-iraqi-organiser-arrest',
    a: {
      lang: 'en',
      text: `An Iraqi man suspected of organising small-boat crossings of the Channel was arrested by the border police on Monday in Blérincourt, a village in the Somme.`,
    },
    b: {
      lang: 'fr',
      text: `C'est à Blérincourt, petit village de la Somme, que la police aux frontières a interpellé lundi un Irakien soupçonné d'organiser des traversées de la Manche en small boats.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Border police arrest of an Iraqi suspected of organising Channel crossings, in Blérincourt on Monday: same event.`,
  },
  {
    id: 'fr-h16-lavergnac-paris-police-prefect',
    a: {
      lang: 'en',
      text: `The government on Wednesday appointed Hélène Lavergnac, until now prefect of the Gironde, as Paris police prefect.`,
    },
    b: {
      lang: 'fr',
      text: `Hélène Lavergnac, jusqu'ici préfète de la Gironde, a été nommée mercredi en Conseil des ministres à la tête de la préfecture de police de Paris.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Appointment of Hélène Lavergnac as Paris police prefect on Wednesday: same event.`,
  },
  {
    id: 'fr-h16-marsillac-dike-breach-orsec',
    a: {
      lang: 'en',
      text: `The prefect of the Hérault triggered the ORSEC emergency plan on Sunday after a dike on the Orb gave way near Marsillac-sur-Orb.`,
    },
    b: {
      lang: 'fr',
      text: `La rupture d'une digue sur l'Orb, près de Marsillac-sur-Orb, a conduit dimanche le préfet de l'Hérault à déclencher le plan Orsec.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `ORSEC plan triggered by the Hérault prefect on Sunday after the Orb dike breach near Marsillac-sur-Orb: same event.`,
  },
  {
    id: 'fr-h16-gennevilliers-undocumented-workers-strike',
    a: {
      lang: 'en',
      text: `Undocumented workers at the Entrepôts Castellane logistics warehouse in Gennevilliers went on strike on Tuesday to demand that their employer back their applications for residence papers.`,
    },
    b: {
      lang: 'fr',
      text: `Les travailleurs sans papiers des Entrepôts Castellane, plateforme logistique de Gennevilliers, sont en grève depuis mardi pour obtenir de leur employeur les documents nécessaires à leur régularisation.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Strike of undocumented workers at the Entrepôts Castellane warehouse in Gennevilliers from Tuesday: same event.`,
  },
  // event, conflict
  {
    id: 'fr-h16-authieville-rubber-bullets-vs-sting-grenades',
    a: {
      lang: 'en',
      text: `On the beach at Authieville-Plage, gendarmes fired rubber bullets on Saturday at men trying to launch a small boat, according to an aid group.`,
    },
    b: {
      lang: 'fr',
      text: `Samedi, sur la plage d'Authieville-Plage, les gendarmes ont lancé des grenades de désencerclement pour empêcher la mise à l'eau d'une embarcation, rapporte une association d'aide aux exilés.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Gendarmes stopping a boat launch on the Authieville-Plage beach on Saturday: rubber bullets against grenades de désencerclement.`,
  },
  {
    id: 'fr-h16-algerian-residence-permits-suspension-denied',
    a: {
      lang: 'en',
      text: `France has suspended the issuing of residence permits to Algerian nationals amid the diplomatic row with Algiers, according to staff at prefectures.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministère de l'Intérieur a démenti vendredi toute suspension de la délivrance des titres de séjour aux ressortissants algériens, malgré la crise diplomatique avec Alger.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Suspension of residence permits for Algerians: reported in one text, denied by the interior ministry in the other.`,
  },
  {
    id: 'fr-h16-douai-dizayi-conviction-upheld-vs-overturned',
    a: {
      lang: 'en',
      text: `The appeal court in Douai on Thursday upheld the conviction of Karwan Dizayi, an Iraqi Kurd found guilty of steering a small boat in which migrants drowned.`,
    },
    b: {
      lang: 'fr',
      text: `La cour d'appel de Douai a annulé jeudi la condamnation de Karwan Dizayi, Kurde irakien condamné pour avoir piloté une embarcation lors d'un naufrage mortel.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Douai appeal court ruling on Karwan Dizayi's conviction: upheld against annulé.`,
  },
  // event, apart
  {
    id: 'fr-h16-apart-desmazures-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Laurent Desmazures met Britain's Home Secretary in London on Monday to discuss small-boat crossings.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Laurent Desmazures, a reçu lundi son homologue italien à Menton pour évoquer les contrôles à la frontière franco-italienne.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Desmazures met the British Home Secretary in London in one text and the Italian minister in Menton in the other: different meetings.`,
  },
  {
    id: 'fr-h16-apart-building-site-check-other-town',
    a: {
      lang: 'en',
      text: `Gendarmes and labour inspectors raided a building site in Saint-Aurien-du-Lot on Wednesday, checking for foreign workers employed illegally.`,
    },
    b: {
      lang: 'fr',
      text: `Mercredi, gendarmes et inspecteurs du travail ont mené un contrôle contre le travail illégal sur un chantier de Castelmorin, visant l'emploi de travailleurs étrangers.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same illegal-employment check on a building site on Wednesday, but in Saint-Aurien-du-Lot against Castelmorin: different places.`,
  },
  {
    id: 'fr-h16-apart-estuaires-farmers-blockade-other-date',
    a: {
      lang: 'en',
      text: `Farmers blocked the coastal motorway near Boulogne-sur-Mer with tractors on Tuesday, 14 January, in protest against the Mercosur trade deal.`,
    },
    b: {
      lang: 'fr',
      text: `Les agriculteurs ont bloqué l'autoroute des Estuaires à hauteur de Boulogne-sur-Mer le jeudi 23 janvier, tracteurs en travers des voies, contre l'accord avec le Mercosur.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same farmers' blockade of the coastal motorway near Boulogne, but Tuesday 14 January against jeudi 23 janvier: different dates.`,
  },
  // quote
  {
    id: 'fr-h16-quote-fretigny-gilets',
    a: {
      lang: 'en',
      text: `Marie-Odile Frétigny, mayor of Escalmont-Plage, described her beach after another night of departures: "On ramasse des gilets de sauvetage comme d'autres ramassent des coquillages."`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0On ramasse des gilets de sauvetage comme d'autres ramassent des coquillages\u00a0», résume Marie-Odile Frétigny, maire d'Escalmont-Plage, au lendemain d'une nouvelle nuit de départs.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Frétigny's line on life jackets on her beach, quoted in French in both texts: same quote.`,
  },
  {
    id: 'fr-h16-quote-ashcombe-altered',
    a: {
      lang: 'en',
      text: `"We are disrupting the supply chain, not just the crossings," Border Force director Nigel Ashcombe told reporters in Calais.`,
    },
    b: {
      lang: 'fr',
      text: `En visite à Calais, le directeur de la Border Force britannique, Nigel Ashcombe, a assuré\u00a0: «\u00a0We are breaking the supply chain, not only the crossings.\u00a0»`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Ashcombe's quote in English in both texts, but "disrupting ... not just" against "breaking ... not only": altered words.`,
  },
  {
    id: 'fr-h16-apart-quote-fretigny-other-matter',
    a: {
      lang: 'en',
      text: `Speaking about the dunes closed to walkers after the last storm, Escalmont-Plage mayor Marie-Odile Frétigny said: "La mer reprend ce qu'on lui a pris."`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Fermer une classe, c'est fermer un village\u00a0», a lancé Marie-Odile Frétigny, maire d'Escalmont-Plage, à propos de la fermeture de classe annoncée à l'école du bourg.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same mayor, but one quote on coastal erosion of the dunes and the other on a school class closure: different matters.`,
  },
];
