/**
 * Fifth held-out set of cross-language claim pairs. Written by a helper, session 4, without
 * looking at the library's rules, term tables or the earlier pairs of `cross-pairs.ts`,
 * `cross-pairs-held-out.ts`, `cross-pairs-held-out-2.ts`, `cross-pairs-held-out-3.ts` and
 * `cross-pairs-held-out-4.ts` (only the type and header of `cross-pairs.ts`, the header of
 * `cross-pairs-held-out-4.ts` and the ids of all five were read, so that no id, story, person,
 * place or number is knowingly reused). Same shape and conventions as `cross-pairs.ts`: English
 * `a`, foreign `b` written independently the way that language's wire or newspaper press would
 * put it (own word order, attribution and number format, hedges, weekday and date expressions);
 * one main claim of `kind` per text, some texts two sentences long (claim in one, attribution or
 * context in the other); quantity texts state one number (dates and ordinals aside); event texts
 * state no counts; quotes by English-speaking officials stay in English in both texts, and local
 * speakers are quoted in their own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict: a differing
 * figure, a differing instrument of force, a negation or denial, an antonym act, altered quote
 * words) and 7 look-alikes (apart: the same number counting something else, the same person
 * meeting someone else, the same act in another town, the same act on another date, the same
 * speaker on another matter). Kinds per language pair: 10 quantity, 10 event, 3 quote
 * (comparable: 7, 7, 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs by kind:
 * sv and fr quantity 4/3, event 4/3; de quantity 5/2, event 3/4; es quantity 4/3, event 4/3;
 * every language quote 1/1. 92 pairs in all. About 70% of the stories are about migration,
 * borders, asylum, caravans, crossings, police, protests, security forces, deportations and
 * rescues at sea; the rest about politics, the economy, disasters and health.
 *
 * All people, companies, ships and small towns are invented (Granåsen, Kronotorp, Tyrsjö,
 * Västerbrink, Nordanå, Bergshyttan, Oberwaldach, Lindenhain, Hohenbrück, Kaltenbrunn, Hollerau,
 * Grenzbach, Las Ánimas, El Cedral, Los Planes, San Bartolomé del Río, Los Arenales del Condado,
 * Saint-Aubert-sur-Mer, Berquent-Plage, Montferrier-la-Vallée, Plouzévran, Lannidec,
 * Vieux-Marquise, the rue Lemaréchal); countries, capitals, big cities, regions and real
 * institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs5: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity · agree
  {
    id: 'sv-h5-police-deportations-first-half',
    a: { lang: 'en', text: `Swedish police carried out 4,315 deportations of people whose asylum claims had been rejected in the first half of the year, according to a report published on Wednesday.` },
    b: { lang: 'sv', text: `Under första halvåret verkställde polisen 4 315 utvisningar av personer som fått avslag på sin asylansökan. Det framgår av myndighetens halvårsrapport, som publicerades på onsdagen.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'deportations carried out by police in the first half: 4,315 and 4 315, the same exact figure',
  },
  {
    id: 'sv-h5-malmo-missing-children',
    a: { lang: 'en', text: `Nearly 90 unaccompanied children have gone missing from asylum housing in Malmö since January, the city's social services said.` },
    b: { lang: 'sv', text: `Uppemot 90 ensamkommande barn har försvunnit från stadens asylboenden sedan januari, uppger socialtjänsten i Malmö.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'unaccompanied children missing from Malmö asylum housing: nearly 90 and uppemot 90, both just under 90',
  },
  {
    id: 'sv-h5-norrvagn-job-cuts',
    a: { lang: 'en', text: `Truck maker Norrvagn said on Tuesday it would cut about 1,150 jobs at its plant in Södertälje as demand in Europe weakens.` },
    b: { lang: 'sv', text: `Lastbilstillverkaren Norrvagn varslar omkring 1 150 anställda vid fabriken i Södertälje. Skälet är den svagare efterfrågan i Europa, meddelade bolaget på tisdagen.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'jobs Norrvagn cuts in Södertälje: about 1,150 and omkring 1 150 (varslar = gives notice), same approximate figure',
  },
  {
    id: 'sv-h5-vasterbrink-forged-passports',
    a: { lang: 'en', text: `Police seized 640 forged passports in a raid on a flat in Västerbrink, north of Stockholm, on Friday.` },
    b: { lang: 'sv', text: `Polisen beslagtog 640 falska pass vid en razzia i en lägenhet i Västerbrink norr om Stockholm i fredags.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'forged passports seized in the Västerbrink raid: 640 in both',
  },
  // quantity · conflict
  {
    id: 'sv-h5-sjostjarnan-rescue-differs',
    a: { lang: 'en', text: `The Swedish-flagged charity ship Sjöstjärnan pulled 87 migrants from a rubber boat off the Libyan coast on Thursday.` },
    b: { lang: 'sv', text: `68 migranter plockades upp ur en gummibåt utanför Libyens kust i torsdags av hjälporganisationens fartyg Sjöstjärnan, som seglar under svensk flagg.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'migrants Sjöstjärnan picked up off Libya on Thursday: 87 against 68 (transposed digits), same rescue, different figure',
  },
  {
    id: 'sv-h5-lulea-nouri-rally-differs',
    a: { lang: 'en', text: `About 2,500 people rallied in Luleå on Saturday against the planned deportation of the Nouri family, who have lived in the city since fleeing Afghanistan.` },
    b: { lang: 'sv', text: `Omkring 800 personer samlades i Luleå på lördagen för att protestera mot att familjen Nouri ska utvisas till Afghanistan.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'size of the Luleå rally against the Nouri deportation: about 2,500 against omkring 800, approximations far apart',
  },
  {
    id: 'sv-h5-granasen-fire-area-differs',
    a: { lang: 'en', text: `The forest fire near Granåsen in Hälsingland has burned through about 1,400 hectares, the rescue service said on Monday evening.` },
    b: { lang: 'sv', text: `Skogsbranden vid Granåsen i Hälsingland har nu spridit sig över omkring 4 100 hektar. Det uppgav räddningstjänsten på måndagskvällen.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'area burned by the Granåsen forest fire on Monday evening: about 1,400 against omkring 4 100 hectares',
  },
  // event · agree
  {
    id: 'sv-h5-trelleborg-smuggler-arrested',
    a: { lang: 'en', text: `A suspected people smuggler was arrested at the port of Trelleborg late on Monday after customs officers found migrants hidden in the back of his lorry.` },
    b: { lang: 'sv', text: `Tullen hittade migranter gömda i lastutrymmet på en lastbil i Trelleborgs hamn sent i måndags. Chauffören greps misstänkt för människosmuggling.` },
    kind: 'event',
    relation: 'agree',
    note: 'lorry driver arrested as a suspected smuggler at Trelleborg port on Monday; the Swedish text puts the arrest in its second sentence',
  },
  {
    id: 'sv-h5-ekdahl-migration-agency-head',
    a: { lang: 'en', text: `The government on Thursday appointed Karin Ekdahl, a former regional police chief, as the new head of the Migration Agency.` },
    b: { lang: 'sv', text: `Karin Ekdahl, tidigare regionpolischef, blir ny generaldirektör för Migrationsverket. Det beslutade regeringen på torsdagen.` },
    kind: 'event',
    relation: 'agree',
    note: 'Karin Ekdahl appointed head (generaldirektör) of the Migration Agency by the government on Thursday, in both',
  },
  {
    id: 'sv-h5-somalia-return-agreement',
    a: { lang: 'en', text: `Sweden and Somalia signed an agreement in Mogadishu on Wednesday on the return of people whose asylum applications have been rejected.` },
    b: { lang: 'sv', text: `Ett avtal om återtagande av somalier som fått avslag på sina asylansökningar undertecknades i Mogadishu i onsdags, meddelar Justitiedepartementet.` },
    kind: 'event',
    relation: 'agree',
    note: 'return agreement for rejected asylum seekers signed by Sweden and Somalia in Mogadishu on Wednesday; passive and ministry attribution in Swedish',
  },
  {
    id: 'sv-h5-sapo-threat-level-lowered',
    a: { lang: 'en', text: `Sweden's Security Service lowered the national terrorist threat level on Friday, citing a calmer situation.` },
    b: { lang: 'sv', text: `Säkerhetspolisen sänker terrorhotnivån. Beskedet kom på fredagen, och myndigheten hänvisar till ett lugnare läge.` },
    kind: 'event',
    relation: 'agree',
    note: 'Säpo lowered the terrorist threat level on Friday, in both (Swedish uses the news present sänker)',
  },
  // event · conflict
  {
    id: 'sv-h5-kronotorp-unrest-instrument',
    a: { lang: 'en', text: `Police fired warning shots during unrest in the Kronotorp district of Malmö on Friday night, after youths set cars alight.` },
    b: { lang: 'sv', text: `Polisen använde tårgas när oroligheter bröt ut i Kronotorp i Malmö natten till lördag. Ungdomar hade satt eld på bilar.` },
    kind: 'event',
    relation: 'conflict',
    note: 'what police used in the Kronotorp unrest on Friday night (natten till lördag): warning shots against tear gas',
  },
  {
    id: 'sv-h5-haparanda-pushback-denied',
    a: { lang: 'en', text: `Police in Haparanda sent a group of asylum seekers back across the border into Finland on Tuesday, according to the Red Cross.` },
    b: { lang: 'sv', text: `Polisen i Haparanda skickade inte tillbaka några asylsökande till Finland i tisdags. Det säger presstalespersonen Anna Lidén, som tillbakavisar Röda korsets uppgifter.` },
    kind: 'event',
    relation: 'conflict',
    note: 'whether Haparanda police sent asylum seekers back to Finland on Tuesday: reported by the Red Cross against denied by the police spokeswoman',
  },
  {
    id: 'sv-h5-tyrsjo-arson-suspect-antonym',
    a: { lang: 'en', text: `A Gambian man held over the fire at an asylum accommodation in Tyrsjö was released on Wednesday, the prosecutor said.` },
    b: { lang: 'sv', text: `En man från Gambia greps i onsdags misstänkt för branden på asylboendet i Tyrsjö, uppger åklagaren.` },
    kind: 'event',
    relation: 'conflict',
    note: 'Gambian suspect in the Tyrsjö asylum-housing fire on Wednesday: released against arrested (greps), antonym acts',
  },
  // quote · agree
  {
    id: 'sv-h5-quote-caldwell-tradition',
    a: { lang: 'en', text: `"Sweden has a long tradition of protecting people who flee," Fiona Caldwell, UNHCR's director for Europe, said during a visit to Stockholm on Monday.` },
    b: { lang: 'sv', text: `”Sweden has a long tradition of protecting people who flee”, sade Fiona Caldwell, Europachef för FN:s flyktingorgan UNHCR, när hon besökte Stockholm på måndagen.` },
    kind: 'quote',
    relation: 'agree',
    note: 'Caldwell (UNHCR Europe) in Stockholm on Monday: the same English words, quoted verbatim with Swedish quotation marks',
  },
  // quote · conflict
  {
    id: 'sv-h5-quote-mwangi-altered',
    a: { lang: 'en', text: `"The Baltic route is becoming more dangerous every month," IOM spokeswoman Grace Mwangi told reporters in Geneva.` },
    b: { lang: 'sv', text: `– The Baltic route is becoming more dangerous every week, sade IOM:s talesperson Grace Mwangi till journalister i Genève.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'Mwangi (IOM) in Geneva on the Baltic route: "every month" against "every week", altered quote words (dash quote in Swedish)',
  },
  // quantity · apart
  {
    id: 'sv-h5-apart-detention-places-vs-detainees',
    a: { lang: 'en', text: `The government will fund 420 new places in immigration detention centres next year, the justice minister announced.` },
    b: { lang: 'sv', text: `Vid årsskiftet satt 420 personer i förvar i väntan på utvisning, enligt Migrationsverket.` },
    kind: 'quantity',
    relation: 'apart',
    note: '420 new detention places funded for next year against 420 people held in detention at the turn of the year: same number, different things',
  },
  {
    id: 'sv-h5-apart-haparanda-vehicles-vs-refusals',
    a: { lang: 'en', text: `Border police checked 1,900 vehicles at the Haparanda crossing over the weekend as part of a crackdown on smuggling.` },
    b: { lang: 'sv', text: `Gränspolisen i Haparanda nekade 1 900 personer inresa i Sverige under förra året.` },
    kind: 'quantity',
    relation: 'apart',
    note: '1,900 vehicles checked at Haparanda over a weekend against 1 900 people refused entry there last year: same number and place, different count and period',
  },
  {
    id: 'sv-h5-apart-foreign-born-vs-youth-unemployment',
    a: { lang: 'en', text: `Unemployment among foreign-born people in Sweden rose to 15.2 percent in August, Statistics Sweden said.` },
    b: { lang: 'sv', text: `Ungdomsarbetslösheten i Stockholms län steg till 15,2 procent i augusti, enligt SCB.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'August unemployment at 15.2 percent: among the foreign-born nationwide against among the young in Stockholm county, different measures',
  },
  // event · apart
  {
    id: 'sv-h5-apart-ekstrom-meets-other',
    a: { lang: 'en', text: `Migration Minister Jonas Ekström met his Danish counterpart in Copenhagen on Tuesday to discuss checks on the Öresund bridge.` },
    b: { lang: 'sv', text: `Migrationsminister Jonas Ekström träffade på tisdagen Finlands inrikesminister i Helsingfors för samtal om läget vid den östra gränsen.` },
    kind: 'event',
    relation: 'apart',
    note: 'Ekström meets on Tuesday: the Danish counterpart in Copenhagen against the Finnish interior minister in Helsinki, different meetings',
  },
  {
    id: 'sv-h5-apart-asylum-housing-fire-other-town',
    a: { lang: 'en', text: `A fire broke out overnight at an asylum accommodation in Nordanå. Police are investigating it as arson.` },
    b: { lang: 'sv', text: `Natten till söndag brann det på ett asylboende i Bergshyttan. Polisen utreder branden som mordbrand.` },
    kind: 'event',
    relation: 'apart',
    note: 'suspected arson at asylum housing: in Nordanå against in Bergshyttan, the same kind of act in another town',
  },
  {
    id: 'sv-h5-apart-commuter-strike-other-date',
    a: { lang: 'en', text: `Commuter train drivers in Stockholm walked out on Thursday, February 6, halting traffic across the region.` },
    b: { lang: 'sv', text: `Pendeltågsförarna i Stockholm lade ned arbetet torsdagen den 24 april, och trafiken i hela länet stod still.` },
    kind: 'event',
    relation: 'apart',
    note: 'Stockholm commuter train drivers strike: 6 February against 24 April, the same act on another date',
  },
  // quote · apart
  {
    id: 'sv-h5-apart-quote-caldwell-other-matter',
    a: { lang: 'en', text: `"Children should never be locked up because of their migration status," Caldwell said in Stockholm.` },
    b: { lang: 'sv', text: `”European governments are cutting aid just when it is needed most”, sade Fiona Caldwell, UNHCR:s Europachef, i ett tal i Bryssel.` },
    kind: 'quote',
    relation: 'apart',
    note: 'Caldwell on detaining children in Stockholm against Caldwell on aid cuts in Brussels: same speaker, another matter',
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity · agree
  {
    id: 'de-h5-swiss-border-entries-may',
    a: { lang: 'en', text: `Federal police recorded 1,286 unauthorised entries at the border with Switzerland in May, according to figures released on Monday.` },
    b: { lang: 'de', text: `Im Mai hat die Bundespolizei an der Grenze zur Schweiz 1.286 unerlaubte Einreisen festgestellt. Das geht aus am Montag veröffentlichten Zahlen hervor.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'unauthorised entries at the Swiss border in May: 1,286 and 1.286, the same figure in each format',
  },
  {
    id: 'de-h5-duldung-holders',
    a: { lang: 'en', text: `More than 224,000 people in Germany are living with a "Duldung", a temporary suspension of deportation, the interior ministry said in reply to a parliamentary question.` },
    b: { lang: 'de', text: `Mehr als 224.000 Menschen leben in Deutschland mit einer Duldung. Das teilte das Bundesinnenministerium auf eine Anfrage der Linken mit.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people living with a Duldung in Germany: more than 224,000 and mehr als 224.000',
  },
  {
    id: 'de-h5-seelotse-augusta-disembarked',
    a: { lang: 'en', text: `The German rescue ship Seelotse brought 143 people ashore in the Sicilian port of Augusta on Sunday.` },
    b: { lang: 'de', text: `143 aus Seenot Gerettete hat das Rettungsschiff Seelotse am Sonntag im sizilianischen Hafen Augusta an Land gebracht.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people the Seelotse brought ashore in Augusta on Sunday: 143 in both; German fronts the object',
  },
  {
    id: 'de-h5-hamburg-refugee-housing-cost',
    a: { lang: 'en', text: `Hamburg spent 1.2 billion euros on housing refugees last year, the city's finance department said.` },
    b: { lang: 'de', text: `Die Unterbringung von Geflüchteten hat Hamburg im vergangenen Jahr 1,2 Milliarden Euro gekostet, wie die Finanzbehörde mitteilte.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'what Hamburg spent on housing refugees last year: 1.2 billion and 1,2 Milliarden euros',
  },
  {
    id: 'de-h5-bahn-punctuality-october',
    a: { lang: 'en', text: `Only 61.8 percent of Deutsche Bahn's long-distance trains ran on time in October, the company said.` },
    b: { lang: 'de', text: `Die Deutsche Bahn kam im Oktober im Fernverkehr auf eine Pünktlichkeitsquote von 61,8 Prozent.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'share of Deutsche Bahn long-distance trains on time in October: 61.8 and 61,8 percent',
  },
  // quantity · conflict
  {
    id: 'de-h5-brandenburg-lorry-migrants-differ',
    a: { lang: 'en', text: `Police found 37 migrants crammed into a refrigerated lorry on the motorway near the Polish border in Brandenburg on Wednesday night.` },
    b: { lang: 'de', text: `In der Nacht zu Donnerstag hat die Polizei in Brandenburg nahe der polnischen Grenze 73 Migranten in einem Kühllaster entdeckt.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'migrants found in a refrigerated lorry near the Polish border on Wednesday night (Nacht zu Donnerstag): 37 against 73',
  },
  {
    id: 'de-h5-bavaria-hail-damage-differs',
    a: { lang: 'en', text: `The hailstorm that swept across southern Bavaria caused damage estimated at around 350 million euros, insurers said.` },
    b: { lang: 'de', text: `Auf rund 530 Millionen Euro schätzen die Versicherer die Schäden durch das Hagelunwetter in Südbayern.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'insured hail damage in southern Bavaria: around 350 million against rund 530 Millionen euros',
  },
  // event · agree
  {
    id: 'de-h5-syrian-smuggling-network-raids',
    a: { lang: 'en', text: `Federal police searched homes in Berlin, Cottbus and Leipzig early on Wednesday in an operation against a Syrian smuggling network.` },
    b: { lang: 'de', text: `Mit Razzien in Berlin, Cottbus und Leipzig ist die Bundespolizei am frühen Mittwochmorgen gegen ein syrisches Schleusernetzwerk vorgegangen.` },
    kind: 'event',
    relation: 'agree',
    note: 'federal police raids on a Syrian smuggling network in Berlin, Cottbus and Leipzig early on Wednesday, in both',
  },
  {
    id: 'de-h5-oberwaldach-church-asylum-ended',
    a: { lang: 'en', text: `Police entered a church in the Bavarian town of Oberwaldach on Tuesday and detained an Afghan man who had been given sanctuary there.` },
    b: { lang: 'de', text: `In Oberwaldach (Oberbayern) hat die Polizei am Dienstag ein Kirchenasyl geräumt. Ein Afghane wurde in Gewahrsam genommen.` },
    kind: 'event',
    relation: 'agree',
    note: 'police ended church asylum in Oberwaldach on Tuesday and detained the Afghan man sheltered there, in both',
  },
  {
    id: 'de-h5-lindenhain-tornado',
    a: { lang: 'en', text: `A tornado tore roofs off houses in the Brandenburg village of Lindenhain on Thursday evening.` },
    b: { lang: 'de', text: `Am Donnerstagabend hat ein Tornado im brandenburgischen Lindenhain Dächer von Häusern gerissen.` },
    kind: 'event',
    relation: 'agree',
    note: 'tornado tore roofs off houses in Lindenhain on Thursday evening, in both',
  },
  // event · conflict
  {
    id: 'de-h5-hohenbruck-deportation-instrument',
    a: { lang: 'en', text: `Police used pepper spray on residents of the Hohenbrück reception centre who tried to stop the deportation of a Guinean family on Monday.` },
    b: { lang: 'de', text: `Beim Versuch, die Abschiebung einer guineischen Familie zu verhindern, sind Bewohner der Erstaufnahmeeinrichtung Hohenbrück am Montag von der Polizei mit Schlagstöcken zurückgedrängt worden.` },
    kind: 'event',
    relation: 'conflict',
    note: 'what police used on Hohenbrück residents blocking a deportation on Monday: pepper spray against batons (Schlagstöcke)',
  },
  {
    id: 'de-h5-frankfurt-oder-handover-denied',
    a: { lang: 'en', text: `German federal police handed migrants back to Polish officers on the city bridge in Frankfurt an der Oder without examining their asylum requests, according to a report by Pro Asyl.` },
    b: { lang: 'de', text: `Die Bundespolizei hat Vorwürfe zurückgewiesen, sie habe an der Stadtbrücke in Frankfurt (Oder) Migranten ohne Prüfung ihrer Asylgesuche an polnische Beamte übergeben.` },
    kind: 'event',
    relation: 'conflict',
    note: 'handover of migrants to Poland on the Frankfurt (Oder) bridge without asylum checks: reported by Pro Asyl against denied by the federal police',
  },
  {
    id: 'de-h5-kelmendi-released-antonym',
    a: { lang: 'en', text: `A Munich court ordered the release of suspected people smuggler Arben Kelmendi on Thursday.` },
    b: { lang: 'de', text: `Der mutmaßliche Schleuser Arben Kelmendi ist am Donnerstag in München in Untersuchungshaft genommen worden.` },
    kind: 'event',
    relation: 'conflict',
    note: 'suspected smuggler Kelmendi in Munich on Thursday: released against remanded in custody, antonym acts',
  },
  {
    id: 'de-h5-aller-flood-warning-antonym',
    a: { lang: 'en', text: `Lower Saxony lifted its flood warning for the Aller river on Sunday.` },
    b: { lang: 'de', text: `Für die Aller hat das Land Niedersachsen am Sonntag eine Hochwasserwarnung herausgegeben.` },
    kind: 'event',
    relation: 'conflict',
    note: 'Aller flood warning in Lower Saxony on Sunday: lifted against issued (herausgegeben), antonym acts',
  },
  // quote · agree
  {
    id: 'de-h5-quote-gorman-safe-haven',
    a: { lang: 'en', text: `"Germany cannot close its doors and still call itself a safe haven," Liam Gorman, UNHCR's representative in Germany, said in Berlin on Thursday.` },
    b: { lang: 'de', text: `„Germany cannot close its doors and still call itself a safe haven“, sagte der UNHCR-Vertreter in Deutschland, Liam Gorman, am Donnerstag in Berlin.` },
    kind: 'quote',
    relation: 'agree',
    note: 'Gorman (UNHCR) in Berlin on Thursday: the same English words, verbatim in German quotation marks',
  },
  // quote · conflict
  {
    id: 'de-h5-quote-fessler-altered',
    a: { lang: 'en', text: `"Wir schaffen das nicht mehr allein," said Ute Fessler, mayor of the Thuringian town of Kaltenbrunn, calling for help from Berlin.` },
    b: { lang: 'de', text: `„Wir schaffen das nicht mehr lange“, sagte Kaltenbrunns Bürgermeisterin Ute Fessler und forderte Hilfe vom Bund.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'mayor Fessler of Kaltenbrunn quoted in German in both: "nicht mehr allein" against "nicht mehr lange", altered quote words',
  },
  // quantity · apart
  {
    id: 'de-h5-apart-officers-vs-migrants-austria',
    a: { lang: 'en', text: `Bavaria is sending 280 additional officers to its border with Austria, the state's interior minister said.` },
    b: { lang: 'de', text: `Bis zu 280 Migranten pro Tag hat die Bundespolizei zuletzt an der Grenze zu Österreich aufgegriffen.` },
    kind: 'quantity',
    relation: 'apart',
    note: '280 extra officers sent to the Austrian border against up to 280 migrants picked up there a day: same number, different things',
  },
  {
    id: 'de-h5-apart-tbilisi-flight-vs-applications',
    a: { lang: 'en', text: `A charter flight from Düsseldorf returned 96 rejected asylum seekers to Tbilisi on Wednesday.` },
    b: { lang: 'de', text: `Im März haben in Nordrhein-Westfalen 96 Menschen aus Georgien einen Asylantrag gestellt.` },
    kind: 'quantity',
    relation: 'apart',
    note: '96 rejected asylum seekers flown to Tbilisi against 96 Georgians applying for asylum in North Rhine-Westphalia in March',
  },
  {
    id: 'de-h5-apart-real-wages-vs-rents',
    a: { lang: 'en', text: `Real wages in Germany rose 2.7 percent in the second quarter, the statistics office said.` },
    b: { lang: 'de', text: `Die Angebotsmieten in den deutschen Großstädten sind im zweiten Quartal um 2,7 Prozent gestiegen.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'a 2.7 percent second-quarter rise: in real wages against in asking rents in big cities, different measures',
  },
  // event · apart
  {
    id: 'de-h5-apart-roewer-meets-other',
    a: { lang: 'en', text: `Interior Minister Katrin Roewer met her Italian counterpart in Rome on Monday to discuss sea rescues in the Mediterranean.` },
    b: { lang: 'de', text: `Bundesinnenministerin Katrin Roewer ist am Montag in Wien mit ihrem österreichischen Amtskollegen zusammengetroffen.` },
    kind: 'event',
    relation: 'apart',
    note: 'Roewer meets on Monday: the Italian counterpart in Rome against the Austrian one in Vienna, different meetings',
  },
  {
    id: 'de-h5-apart-checkpoint-other-town',
    a: { lang: 'en', text: `Federal police set up a permanent checkpoint on the motorway near the border town of Hollerau on Monday.` },
    b: { lang: 'de', text: `Die Bundespolizei hat am Montag auf der Autobahn bei Grenzbach eine stationäre Kontrollstelle eingerichtet.` },
    kind: 'event',
    relation: 'apart',
    note: 'stationary motorway checkpoint set up on Monday: near Hollerau against near Grenzbach, the same act in another town',
  },
  {
    id: 'de-h5-apart-lagos-flight-other-date',
    a: { lang: 'en', text: `A charter flight carrying rejected asylum seekers took off from Baden-Airpark for Lagos on Tuesday, March 11.` },
    b: { lang: 'de', text: `Vom Baden-Airpark ist am Dienstag, 14. Oktober, ein Sammelabschiebeflug nach Lagos gestartet.` },
    kind: 'event',
    relation: 'apart',
    note: 'deportation charter from Baden-Airpark to Lagos: 11 March against 14 October, the same act on another date',
  },
  // quote · apart
  {
    id: 'de-h5-apart-quote-gorman-other-matter',
    a: { lang: 'en', text: `"Integration starts on the first day, not after the asylum decision," Gorman said.` },
    b: { lang: 'de', text: `„Sea rescue is not a pull factor“, betonte UNHCR-Vertreter Liam Gorman bei einer Pressekonferenz in Hamburg.` },
    kind: 'quote',
    relation: 'apart',
    note: 'Gorman on integration from day one against Gorman on sea rescue as a pull factor: same speaker, another matter',
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity · agree
  {
    id: 'es-h5-san-pedro-sula-caravan-size',
    a: { lang: 'en', text: `Some 1,500 Hondurans left San Pedro Sula in a caravan before dawn on Friday, heading for the border with Guatemala.` },
    b: { lang: 'es', text: `Alrededor de 1.500 hondureños salieron en caravana de San Pedro Sula en la madrugada de este viernes con rumbo a la frontera guatemalteca.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'Hondurans leaving San Pedro Sula in a caravan on Friday: some 1,500 and alrededor de 1.500',
  },
  {
    id: 'es-h5-strait-rescue-sunday',
    a: { lang: 'en', text: `Spain's maritime rescue service picked up 58 people from small boats in the Strait of Gibraltar on Sunday.` },
    b: { lang: 'es', text: `Salvamento Marítimo rescató el domingo a 58 personas que intentaban cruzar el Estrecho en pateras.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people rescued from small boats in the Strait on Sunday: 58 in both',
  },
  {
    id: 'es-h5-spain-tourists-july',
    a: { lang: 'en', text: `Spain received 9.8 million international tourists in July, according to the National Statistics Institute.` },
    b: { lang: 'es', text: `España recibió 9,8 millones de turistas internacionales en julio, según el INE.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'international tourists in Spain in July: 9.8 million and 9,8 millones',
  },
  {
    id: 'es-h5-comar-requests-first-half',
    a: { lang: 'en', text: `Mexico's refugee agency, Comar, received more than 41,000 asylum requests in the first half of the year.` },
    b: { lang: 'es', text: `En el primer semestre, la Comisión Mexicana de Ayuda a Refugiados (Comar) recibió más de 41.000 solicitudes de refugio.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'asylum requests received by Comar in the first half: more than 41,000 and más de 41.000',
  },
  // quantity · conflict
  {
    id: 'es-h5-juarez-camp-size-differs',
    a: { lang: 'en', text: `Mexican authorities dismantled a camp in Ciudad Juárez on Tuesday where about 600 migrants had been living.` },
    b: { lang: 'es', text: `Las autoridades mexicanas desmantelaron el martes un campamento de Ciudad Juárez en el que vivían casi 900 migrantes.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'migrants living in the Ciudad Juárez camp dismantled on Tuesday: about 600 against casi 900',
  },
  {
    id: 'es-h5-guatemala-rain-deaths-differ',
    a: { lang: 'en', text: `Heavy rains have killed 23 people in Guatemala over the past week, the national disaster agency Conred said on Saturday.` },
    b: { lang: 'es', text: `Las lluvias de la última semana dejan ya 32 muertos en Guatemala, informó el sábado la Coordinadora Nacional para la Reducción de Desastres (Conred).` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'deaths from a week of rain in Guatemala, per Conred on Saturday: 23 against 32',
  },
  {
    id: 'es-h5-migrant-minors-funding-differs',
    a: { lang: 'en', text: `The Spanish cabinet approved 240 million euros on Tuesday for the care of migrant children arriving alone.` },
    b: { lang: 'es', text: `El Consejo de Ministros aprobó este martes una partida de 420 millones de euros para la atención de menores migrantes no acompañados.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'cabinet funding for unaccompanied migrant minors approved on Tuesday: 240 million against 420 millones euros',
  },
  // event · agree
  {
    id: 'es-h5-las-animas-humanitarian-visas',
    a: { lang: 'en', text: `Mexico's National Migration Institute began handing out humanitarian visas to members of the caravan in Las Ánimas, Chiapas, on Monday.` },
    b: { lang: 'es', text: `El Instituto Nacional de Migración (INM) comenzó este lunes a entregar tarjetas de visitante por razones humanitarias a los integrantes de la caravana que permanecen en Las Ánimas, Chiapas.` },
    kind: 'event',
    relation: 'agree',
    note: 'INM began issuing humanitarian visitor cards to caravan members in Las Ánimas on Monday, in both',
  },
  {
    id: 'es-h5-el-hierro-skipper-arrested',
    a: { lang: 'en', text: `The Guardia Civil arrested the alleged skipper of a cayuco that reached the port of La Restinga on El Hierro on Wednesday.` },
    b: { lang: 'es', text: `Agentes de la Guardia Civil detuvieron el miércoles al presunto patrón del cayuco que llegó a La Restinga, en El Hierro.` },
    kind: 'event',
    relation: 'agree',
    note: 'Guardia Civil arrested the alleged skipper of the cayuco at La Restinga (El Hierro) on Wednesday, in both',
  },
  {
    id: 'es-h5-fuego-volcano-evacuation',
    a: { lang: 'en', text: `Guatemalan authorities evacuated communities near the Fuego volcano on Sunday after a new eruption.` },
    b: { lang: 'es', text: `Tras una nueva erupción del volcán de Fuego, las autoridades guatemaltecas evacuaron el domingo a las comunidades cercanas.` },
    kind: 'event',
    relation: 'agree',
    note: 'communities near the Fuego volcano evacuated on Sunday after an eruption, in both; Spanish fronts the cause',
  },
  {
    id: 'es-h5-los-planes-centre-closed',
    a: { lang: 'en', text: `Costa Rica closed the migrant reception centre in Los Planes on Thursday as fewer people head north, the security ministry said.` },
    b: { lang: 'es', text: `El Gobierno de Costa Rica cerró este jueves el Centro de Atención Temporal a Migrantes de Los Planes, ante la caída del flujo hacia el norte.` },
    kind: 'event',
    relation: 'agree',
    note: 'Costa Rica closed the Los Planes migrant reception centre on Thursday, in both',
  },
  // event · conflict
  {
    id: 'es-h5-el-cedral-caravan-instrument',
    a: { lang: 'en', text: `Guatemalan police fired tear gas at caravan members who tried to force their way past a checkpoint in El Cedral on Saturday.` },
    b: { lang: 'es', text: `Con toletes, la Policía Nacional Civil de Guatemala frenó el sábado a los integrantes de la caravana que intentaban romper el cerco en El Cedral.` },
    kind: 'event',
    relation: 'conflict',
    note: 'what Guatemalan police used against the caravan at El Cedral on Saturday: tear gas against batons (toletes)',
  },
  {
    id: 'es-h5-tarajal-returns-denied',
    a: { lang: 'en', text: `The Guardia Civil sent migrants who had swum to Tarajal beach in Ceuta straight back to Morocco on Monday, aid groups said.` },
    b: { lang: 'es', text: `El Ministerio del Interior negó este martes que la Guardia Civil practicara devoluciones en caliente el lunes en la playa del Tarajal, en Ceuta.` },
    kind: 'event',
    relation: 'conflict',
    note: 'summary returns to Morocco from Tarajal beach on Monday: reported by aid groups against denied by the interior ministry',
  },
  {
    id: 'es-h5-honduras-fines-bill-antonym',
    a: { lang: 'en', text: `Honduras's Congress approved on Wednesday a bill waiving the fines charged to migrants who enter the country without papers.` },
    b: { lang: 'es', text: `El Congreso Nacional de Honduras rechazó el miércoles la iniciativa para eximir de multas a los migrantes que entran al país de forma irregular.` },
    kind: 'event',
    relation: 'conflict',
    note: 'Honduran bill waiving fines for irregular migrants, Wednesday: approved against rechazó, antonym acts',
  },
  // quote · agree
  {
    id: 'es-h5-quote-coburn-border-not-open',
    a: { lang: 'en', text: `"The border is not open," US Ambassador to Mexico Daniel Coburn warned on Friday, as the caravan moved north.` },
    b: { lang: 'es', text: `«The border is not open», advirtió el viernes el embajador de Estados Unidos en México, Daniel Coburn, mientras la caravana avanzaba hacia el norte.` },
    kind: 'quote',
    relation: 'agree',
    note: 'Ambassador Coburn on Friday: the same English words, verbatim in Spanish guillemets',
  },
  // quote · conflict
  {
    id: 'es-h5-quote-maldonado-altered',
    a: { lang: 'en', text: `"No vamos a detenernos hasta llegar a la frontera," caravan organiser Ernesto Maldonado shouted through a megaphone.` },
    b: { lang: 'es', text: `«No vamos a detenernos hasta llegar a la capital», gritó por un megáfono el organizador de la caravana, Ernesto Maldonado.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'caravan organiser Maldonado quoted in Spanish in both: "hasta llegar a la frontera" against "hasta llegar a la capital", altered quote words',
  },
  // quantity · apart
  {
    id: 'es-h5-apart-national-guard-vs-migrants',
    a: { lang: 'en', text: `Mexico sent 1,200 National Guard members to Ciudad Hidalgo this week to contain the caravan.` },
    b: { lang: 'es', text: `Hasta 1.200 migrantes centroamericanos llegaron a pernoctar en el albergue de Ciudad Hidalgo.` },
    kind: 'quantity',
    relation: 'apart',
    note: '1,200 National Guard members sent to Ciudad Hidalgo against up to 1.200 migrants sleeping in its shelter: same number, different people',
  },
  {
    id: 'es-h5-apart-arraigo-permits-vs-denials',
    a: { lang: 'en', text: `Spain has issued 8,400 residence permits under its "arraigo" regularisation scheme since May.` },
    b: { lang: 'es', text: `España denegó 8.400 solicitudes de protección internacional en el primer trimestre del año.` },
    kind: 'quantity',
    relation: 'apart',
    note: '8,400 arraigo residence permits granted since May against 8.400 asylum requests denied in the first quarter',
  },
  {
    id: 'es-h5-apart-inflation-vs-wages-argentina',
    a: { lang: 'en', text: `Argentina's monthly inflation slowed to 3.1 percent in March.` },
    b: { lang: 'es', text: `Los salarios registrados en Argentina subieron un 3,1 % en marzo, según el Indec.` },
    kind: 'quantity',
    relation: 'apart',
    note: '3.1 percent in Argentina in March: monthly inflation against the rise in registered wages, different measures',
  },
  // event · apart
  {
    id: 'es-h5-apart-escartin-meets-other',
    a: { lang: 'en', text: `Spanish Interior Minister Raúl Escartín met Mauritania's president in Nouakchott on Tuesday to discuss boat departures toward the Canary Islands.` },
    b: { lang: 'es', text: `El ministro del Interior, Raúl Escartín, se reunió el martes en Dakar con su homólogo senegalés.` },
    kind: 'event',
    relation: 'apart',
    note: 'Escartín meets on Tuesday: the Mauritanian president in Nouakchott against the Senegalese interior minister in Dakar',
  },
  {
    id: 'es-h5-apart-settlement-fire-other-town',
    a: { lang: 'en', text: `A fire destroyed shacks in a settlement of migrant farmworkers near San Bartolomé del Río, in Huelva, on Saturday.` },
    b: { lang: 'es', text: `Un incendio arrasó el sábado las chabolas de un asentamiento de temporeros en Los Arenales del Condado (Huelva).` },
    kind: 'event',
    relation: 'apart',
    note: 'fire in a migrant farmworkers\' shanty settlement in Huelva on Saturday: San Bartolomé del Río against Los Arenales del Condado, another town',
  },
  {
    id: 'es-h5-apart-salvamento-strike-other-date',
    a: { lang: 'en', text: `Staff at Spain's maritime rescue service went on strike on Friday, July 4, demanding more crew on the boats.` },
    b: { lang: 'es', text: `La plantilla de Salvamento Marítimo secundó el viernes 19 de septiembre una huelga para reclamar más tripulantes en las embarcaciones.` },
    kind: 'event',
    relation: 'apart',
    note: 'Salvamento Marítimo staff strike over crewing: 4 July against 19 September, the same act on another date',
  },
  // quote · apart
  {
    id: 'es-h5-apart-quote-coburn-other-matter',
    a: { lang: 'en', text: `"Smugglers are lying to these families," Coburn said in Mexico City.` },
    b: { lang: 'es', text: `«We want more trucks crossing, not fewer», afirmó el embajador estadounidense Daniel Coburn en un foro empresarial en Monterrey.` },
    kind: 'quote',
    relation: 'apart',
    note: 'Coburn on smugglers lying to migrant families against Coburn on cross-border trucking at a business forum: same speaker, another matter',
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity · agree
  {
    id: 'fr-h5-saint-aubert-rescue',
    a: { lang: 'en', text: `French rescuers pulled 64 people from the water off Saint-Aubert-sur-Mer early on Wednesday after their boat got into difficulty.` },
    b: { lang: 'fr', text: `Soixante-quatre personnes ont été secourues mercredi à l'aube au large de Saint-Aubert-sur-Mer, leur embarcation s'étant retrouvée en difficulté, a indiqué la préfecture maritime.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people rescued off Saint-Aubert-sur-Mer early on Wednesday: 64 and soixante-quatre (spelled out at the start of the French sentence)',
  },
  {
    id: 'fr-h5-detention-centres-year',
    a: { lang: 'en', text: `Some 46,800 people were held in French immigration detention centres last year, according to a joint report by aid groups.` },
    b: { lang: 'fr', text: `Quelque 46\u00a0800 personnes ont été placées en centre de rétention administrative l'an dernier, selon le rapport annuel publié par les associations.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people held in immigration detention centres last year: some 46,800 and quelque 46 800',
  },
  {
    id: 'fr-h5-bronchiolitis-emergencies',
    a: { lang: 'en', text: `Nearly 5,900 young children were taken to hospital emergency departments with bronchiolitis last week, Santé publique France said.` },
    b: { lang: 'fr', text: `Selon Santé publique France, près de 5\u00a0900 jeunes enfants ont été conduits aux urgences pour une bronchiolite la semaine dernière.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'young children taken to emergency departments with bronchiolitis last week: nearly 5,900 and près de 5 900',
  },
  {
    id: 'fr-h5-calais-dunkirk-camps',
    a: { lang: 'en', text: `As many as 1,200 migrants are living in makeshift camps around Calais and Dunkirk, aid groups estimate.` },
    b: { lang: 'fr', text: `Jusqu'à 1\u00a0200 exilés survivent dans les campements du Calaisis et du Dunkerquois, selon les estimations des associations.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'migrants living in camps around Calais and Dunkirk: as many as 1,200 and jusqu\'à 1 200',
  },
  // quantity · conflict
  {
    id: 'fr-h5-italian-border-deployment-differs',
    a: { lang: 'en', text: `The interior ministry has deployed 1,500 police and gendarmes along the Italian border in the Alpes-Maritimes.` },
    b: { lang: 'fr', text: `Quelque 800 policiers et gendarmes ont été déployés à la frontière italienne, dans les Alpes-Maritimes, a annoncé le ministère de l'Intérieur.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'police and gendarmes deployed on the Italian border in the Alpes-Maritimes: 1,500 against quelque 800',
  },
  {
    id: 'fr-h5-pas-de-calais-flood-homes-differ',
    a: { lang: 'en', text: `The floods in the Pas-de-Calais damaged about 2,600 homes, the prefecture said on Friday.` },
    b: { lang: 'fr', text: `Les inondations ont endommagé quelque 6\u00a0200 logements dans le Pas-de-Calais, selon un bilan de la préfecture communiqué vendredi.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'homes damaged by the Pas-de-Calais floods, prefecture toll on Friday: about 2,600 against quelque 6 200',
  },
  {
    id: 'fr-h5-unaccompanied-minors-differ',
    a: { lang: 'en', text: `French départements took in 19,300 unaccompanied foreign minors last year, the justice ministry said.` },
    b: { lang: 'fr', text: `L'an dernier, 13\u00a0900 mineurs non accompagnés ont été confiés aux départements, selon le ministère de la Justice.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'unaccompanied minors placed with départements last year: 19,300 against 13 900',
  },
  // event · agree
  {
    id: 'fr-h5-rue-lemarechal-school-evacuated',
    a: { lang: 'en', text: `Police on Thursday morning evacuated young migrants who had been occupying a former school on the rue Lemaréchal in Paris.` },
    b: { lang: 'fr', text: `Les jeunes exilés qui occupaient une ancienne école de la rue Lemaréchal, à Paris, ont été évacués jeudi matin par les forces de l'ordre.` },
    kind: 'event',
    relation: 'agree',
    note: 'young migrants occupying a former school on the rue Lemaréchal evacuated by police on Thursday morning, in both',
  },
  {
    id: 'fr-h5-montferrier-food-ban-suspended',
    a: { lang: 'en', text: `The Council of State on Friday suspended an order by the mayor of Montferrier-la-Vallée that banned food handouts to migrants.` },
    b: { lang: 'fr', text: `Le Conseil d'État a suspendu vendredi l'arrêté du maire de Montferrier-la-Vallée interdisant les distributions alimentaires aux migrants.` },
    kind: 'event',
    relation: 'agree',
    note: 'Council of State suspended the Montferrier-la-Vallée mayor\'s ban on food handouts to migrants on Friday, in both',
  },
  {
    id: 'fr-h5-lyon-white-plan',
    a: { lang: 'en', text: `Lyon's public hospitals triggered their emergency "white plan" on Monday to cope with an influx of flu patients.` },
    b: { lang: 'fr', text: `Face à l'afflux de patients atteints de la grippe, les Hospices civils de Lyon ont déclenché lundi leur plan blanc.` },
    kind: 'event',
    relation: 'agree',
    note: 'Lyon public hospitals triggered the plan blanc on Monday because of flu patients, in both',
  },
  {
    id: 'fr-h5-lille-smuggler-charged',
    a: { lang: 'en', text: `A suspected smuggler was charged in Lille with manslaughter over the deaths of migrants in a Channel shipwreck last month.` },
    b: { lang: 'fr', text: `Un passeur présumé a été mis en examen à Lille pour homicides involontaires, après le naufrage meurtrier survenu le mois dernier dans la Manche.` },
    kind: 'event',
    relation: 'agree',
    note: 'suspected smuggler charged (mis en examen) in Lille with manslaughter over last month\'s Channel shipwreck, in both',
  },
  // event · conflict
  {
    id: 'fr-h5-calais-ring-road-instrument',
    a: { lang: 'en', text: `Police used stun grenades against migrants trying to climb onto lorries near the Calais port ring road on Sunday night.` },
    b: { lang: 'fr', text: `Dans la nuit de dimanche à lundi, les policiers ont fait usage de gaz lacrymogène contre des migrants qui tentaient de monter dans des camions près de la rocade portuaire de Calais.` },
    kind: 'event',
    relation: 'conflict',
    note: 'what police used against migrants boarding lorries by the Calais ring road on Sunday night: stun grenades against tear gas',
  },
  {
    id: 'fr-h5-menton-containers-denied',
    a: { lang: 'en', text: `Border police in Menton locked migrants in containers overnight without access to a lawyer, the prisons watchdog said in a report.` },
    b: { lang: 'fr', text: `La préfecture des Alpes-Maritimes a démenti jeudi que des migrants aient été enfermés toute la nuit dans des conteneurs, sans accès à un avocat, au poste-frontière de Menton.` },
    kind: 'event',
    relation: 'conflict',
    note: 'migrants locked overnight in containers at the Menton border post: reported by the watchdog against denied (a démenti) by the prefecture',
  },
  {
    id: 'fr-h5-benhadj-release-antonym',
    a: { lang: 'en', text: `A judge in Marseille on Tuesday ordered the release of Karim Benhadj, an Algerian man held at the Le Canet detention centre.` },
    b: { lang: 'fr', text: `Le juge des libertés et de la détention de Marseille a prolongé mardi la rétention de Karim Benhadj, un Algérien retenu au centre du Canet.` },
    kind: 'event',
    relation: 'conflict',
    note: 'Marseille judge on Benhadj\'s detention on Tuesday: ordered his release against extended his detention, antonym acts',
  },
  // quote · agree
  {
    id: 'fr-h5-quote-ashcroft-dinghy',
    a: { lang: 'en', text: `"No one should have to die in a dinghy to reach our shores," said Neil Ashcroft, the UK's Border Security Commander, on a visit to Calais.` },
    b: { lang: 'fr', text: `«\u00a0No one should have to die in a dinghy to reach our shores\u00a0», a déclaré Neil Ashcroft, chargé de la sécurité des frontières britanniques, en visite à Calais.` },
    kind: 'quote',
    relation: 'agree',
    note: 'Ashcroft in Calais: the same English words, verbatim in French guillemets',
  },
  // quote · conflict
  {
    id: 'fr-h5-quote-debrail-altered',
    a: { lang: 'en', text: `"On ne peut pas laisser des enfants dormir dehors," said Martine Debrail, the mayor of Vieux-Marquise, where a camp has grown up near the station.` },
    b: { lang: 'fr', text: `«\u00a0On ne peut pas laisser des familles dormir dehors\u00a0», a lancé Martine Debrail, maire de Vieux-Marquise, où un campement s'est formé près de la gare.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'mayor Debrail quoted in French in both: "des enfants" against "des familles", altered quote words',
  },
  // quantity · apart
  {
    id: 'fr-h5-apart-shelter-places-vs-arrivals',
    a: { lang: 'en', text: `The prefecture has opened 250 emergency shelter places for migrants in Briançon.` },
    b: { lang: 'fr', text: `À Briançon, 250 exilés sont arrivés d'Italie par la montagne la semaine dernière, selon l'association Refuges solidaires.` },
    kind: 'quantity',
    relation: 'apart',
    note: '250 emergency shelter places opened in Briançon against 250 migrants arriving there over the mountains last week',
  },
  {
    id: 'fr-h5-apart-car-sales-vs-industrial-output',
    a: { lang: 'en', text: `Sales of new cars in France fell 4.2 percent in October, according to the carmakers' association.` },
    b: { lang: 'fr', text: `La production industrielle française a reculé de 4,2\u00a0% en octobre, selon l'Insee.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'a 4.2 percent fall in France in October: in new car sales against in industrial output, different measures',
  },
  {
    id: 'fr-h5-apart-boat-passengers-vs-smugglers',
    a: { lang: 'en', text: `Police stopped a small boat carrying 72 people as it was being launched from a beach near Berquent-Plage on Tuesday.` },
    b: { lang: 'fr', text: `Depuis le début de l'année, 72 passeurs présumés ont été interpellés sur le littoral du Pas-de-Calais.` },
    kind: 'quantity',
    relation: 'apart',
    note: '72 people on a boat stopped near Berquent-Plage against 72 suspected smugglers arrested on the coast since January',
  },
  // event · apart
  {
    id: 'fr-h5-apart-vasseur-meets-other',
    a: { lang: 'en', text: `Interior Minister Hélène Vasseur met her British counterpart in Paris on Monday to discuss Channel crossings.` },
    b: { lang: 'fr', text: `La ministre de l'Intérieur, Hélène Vasseur, a reçu lundi place Beauvau son homologue italien.` },
    kind: 'event',
    relation: 'apart',
    note: 'Vasseur meets on Monday in Paris: the British counterpart against the Italian one, different meetings',
  },
  {
    id: 'fr-h5-apart-reception-centre-protest-other-town',
    a: { lang: 'en', text: `Far-right activists demonstrated on Saturday against a planned reception centre for asylum seekers in Plouzévran, in Brittany.` },
    b: { lang: 'fr', text: `Des militants d'extrême droite ont manifesté samedi contre le projet de centre d'accueil pour demandeurs d'asile à Lannidec (Finistère).` },
    kind: 'event',
    relation: 'apart',
    note: 'far-right protest on Saturday against a planned asylum centre: in Plouzévran against in Lannidec, another town',
  },
  {
    id: 'fr-h5-apart-sans-papiers-strike-other-date',
    a: { lang: 'en', text: `Undocumented workers walked off construction sites across the Paris region on Thursday, October 17, to demand residence papers.` },
    b: { lang: 'fr', text: `Jeudi 3\u00a0avril, des travailleurs sans papiers ont cessé le travail sur des chantiers d'Île-de-France pour réclamer leur régularisation.` },
    kind: 'event',
    relation: 'apart',
    note: 'strike of undocumented construction workers in the Paris region: 17 October against 3 April, the same act on another date',
  },
  // quote · apart
  {
    id: 'fr-h5-apart-quote-ashcroft-other-matter',
    a: { lang: 'en', text: `"The French beaches are only part of the problem," Ashcroft told the BBC.` },
    b: { lang: 'fr', text: `«\u00a0The smugglers buy their engines in Germany\u00a0», a affirmé Neil Ashcroft devant une commission parlementaire à Londres.` },
    kind: 'quote',
    relation: 'apart',
    note: 'Ashcroft on the French beaches to the BBC against Ashcroft on where smugglers buy engines, before a committee in London: same speaker, another matter',
  },
];
