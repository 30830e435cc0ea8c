/**
 * Sixth held-out set of cross-language claim pairs. Written by a helper, session 5, without
 * looking at the library's rules, term tables or the earlier pairs of `cross-pairs.ts`,
 * `cross-pairs-held-out.ts` and `cross-pairs-held-out-2.ts` to `cross-pairs-held-out-5.ts`
 * (only the type, header and first four pairs of `cross-pairs.ts`, the header and first four
 * pairs of `cross-pairs-held-out-5.ts` and the ids of all six earlier files were read, so that no
 * id, story, person, place or number is knowingly reused; none of those pairs' numbers or names
 * is used here). Same shape and conventions as
 * `cross-pairs.ts`: English `a`, foreign `b` written independently the way that language's wire
 * or newspaper press would put it (own word order, attribution and number format, hedges, weekday
 * and date expressions); one main claim of `kind` per text, some texts two sentences long (claim
 * in one, attribution or context in the other); quantity texts state one number (dates and
 * ordinals aside); event texts state no counts; quotes by English-speaking officials stay in
 * English in both texts, and local speakers are quoted in their own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict: a differing
 * figure, a differing instrument of force, a negation or denial, an antonym act, altered quote
 * words) and 7 look-alikes (apart: the same number counting something else, the same person
 * meeting someone else, the same act in another town, the same act on another date, the same
 * speaker on another matter). Kinds per language pair: 10 quantity, 10 event, 3 quote
 * (comparable: 7, 7, 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs by kind:
 * sv, es and fr quantity 4/3, event 4/3; de quantity 5/2, event 3/4; every language quote 1/1.
 * 92 pairs in all. About 70% of the stories are about migration, borders, asylum, caravans,
 * crossings, police, protests, security forces, deportations and rescues at sea; the rest about
 * politics, the economy, disasters and health.
 *
 * All people, companies, ships and small towns are invented (Sälgfors, Lomsta, Skärvakt,
 * Havsbrygga, Sanna Törnvall, Johan Ahlskog, Douglas Penhale, Eschenweiler, Rabenfels,
 * Tannbrück, Birkenhöhe, Lotsenstern, Brennwerk, Tobias Feldkamp, Katrin Sellmann, Ulrike
 * Hambrecht, Rebecca Thornbury, Salvamar Almendra, Andrés Olivar, Lucía Menchaca, Caroline
 * Ellsworth, Vendrin-sur-Canche, Sainte-Colombe-des-Dunes, Pont-Aubrac, Maubrac,
 * Lestang-les-Prés, Yannick Le Bozec, Bertrand Ollivier, Hélène Castagnède, Simon Prestwick);
 * countries, capitals, big cities, regions and real institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs6: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity · agree
  {
    id: 'sv-h6-varmland-norway-border-refusals',
    a: { lang: 'en', text: `Police have refused entry to 1,286 people at border crossings between Värmland and Norway since the start of the year, the Bergslagen police region said on Monday.` },
    b: { lang: 'sv', text: `Sedan årsskiftet har 1 286 personer nekats inresa vid gränsövergångarna mellan Värmland och Norge. Det uppgav polisregion Bergslagen på måndagen.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people refused entry at the Värmland–Norway crossings since January: 1,286 and 1 286, passive in Swedish',
  },
  {
    id: 'sv-h6-skarvakt-mediterranean-rescue',
    a: { lang: 'en', text: `The rescue ship Skärvakt, operated by the Swedish charity Havsbrygga, took 213 people on board from rubber boats in the central Mediterranean on Sunday.` },
    b: { lang: 'sv', text: `Under söndagen plockade räddningsfartyget Skärvakt upp 213 migranter ur gummibåtar i centrala Medelhavet. Fartyget drivs av den svenska hjälporganisationen Havsbrygga.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people taken aboard the Skärvakt from rubber boats: 213 in both (people / migranter)',
  },
  {
    id: 'sv-h6-voluntary-returns-last-year',
    a: { lang: 'en', text: `Nearly 7,900 people whose asylum claims were rejected left Sweden voluntarily last year, the Migration Agency said in its annual report.` },
    b: { lang: 'sv', text: `Knappt 7\u00a0900 personer med avslag på sin asylansökan lämnade i fjol Sverige frivilligt, enligt Migrationsverkets årsredovisning.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'rejected asylum seekers who left voluntarily last year: nearly 7,900 and knappt 7 900 (no-break space), both just under',
  },
  {
    id: 'sv-h6-gdp-third-quarter',
    a: { lang: 'en', text: `Sweden's economy grew 0.7 percent in the third quarter from the previous quarter, Statistics Sweden said on Friday.` },
    b: { lang: 'sv', text: `BNP ökade med 0,7 procent under tredje kvartalet jämfört med kvartalet innan, visar SCB:s siffror som presenterades i fredags.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'quarterly GDP growth: 0.7 percent and 0,7 procent (decimal comma), economy grew / BNP ökade',
  },
  // quantity · conflict
  {
    id: 'sv-h6-sundsvall-deportation-rally-differs',
    a: { lang: 'en', text: `Some 2,400 people gathered in central Sundsvall on Saturday to protest against the planned deportation of an Uzbek family who have lived in the town for years.` },
    b: { lang: 'sv', text: `Omkring 800 personer slöt upp på Stora torget i Sundsvall på lördagen för att protestera mot att en uzbekisk familj ska utvisas.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'size of the Sundsvall rally against the Uzbek family deportation: some 2,400 against omkring 800',
  },
  {
    id: 'sv-h6-gavleborg-storm-outage-differs',
    a: { lang: 'en', text: `About 46,000 households in Gävleborg were without electricity on Wednesday morning after a storm brought down power lines.` },
    b: { lang: 'sv', text: `Cirka 64\u202f000 hushåll i Gävleborgs län var strömlösa på onsdagsmorgonen sedan stormen fällt träd över ledningarna.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'households without power in Gävleborg after the storm: about 46,000 against cirka 64 000 (transposed digits)',
  },
  {
    id: 'sv-h6-ystad-lorry-migrants-differs',
    a: { lang: 'en', text: `Customs officers found 31 migrants hidden in a lorry that had arrived on a ferry from Poland at the port of Ystad on Tuesday.` },
    b: { lang: 'sv', text: `Tullen hittade på tisdagen 13 migranter gömda i en lastbil som kommit med färjan från Polen till Ystads hamn.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'migrants found in the lorry off the Polish ferry at Ystad: 31 against 13',
  },
  // event · agree
  {
    id: 'sv-h6-karlshamn-smuggler-arrested',
    a: { lang: 'en', text: `Police arrested a Lithuanian lorry driver on suspicion of people smuggling at the ferry terminal in Karlshamn on Thursday.` },
    b: { lang: 'sv', text: `En litauisk lastbilschaufför greps i torsdags vid färjeterminalen i Karlshamn. Han misstänks för människosmuggling.` },
    kind: 'event',
    relation: 'agree',
    note: 'arrest of a Lithuanian lorry driver for people smuggling at Karlshamn on Thursday; active in English, passive in Swedish',
  },
  {
    id: 'sv-h6-eritrean-woman-deportation-overturned',
    a: { lang: 'en', text: `Sweden's Migration Court of Appeal on Tuesday overturned a lower court ruling and blocked the deportation of an Eritrean woman to Ethiopia.` },
    b: { lang: 'sv', text: `Migrationsöverdomstolen stoppar utvisningen av en eritreansk kvinna till Etiopien. I ett avgörande på tisdagen upphävdes migrationsdomstolens tidigare dom.` },
    kind: 'event',
    relation: 'agree',
    note: 'the appeal court blocks the deportation of an Eritrean woman to Ethiopia; blocked / stoppar, same court and day',
  },
  {
    id: 'sv-h6-jonkoping-hospital-cyberattack',
    a: { lang: 'en', text: `Region Jönköping declared a major incident on Friday after a cyberattack knocked out the patient records system at its hospitals.` },
    b: { lang: 'sv', text: `En it-attack har slagit ut journalsystemet på sjukhusen i Region Jönköpings län. Regionen utlyste i fredags särskild händelse.` },
    kind: 'event',
    relation: 'agree',
    note: 'Region Jönköping declares a major incident (särskild händelse) after a cyberattack on hospital records',
  },
  {
    id: 'sv-h6-iranian-security-threat-expulsion',
    a: { lang: 'en', text: `The Migration Agency has ordered the expulsion of an Iranian-born man whom the Security Service considers a threat to national security.` },
    b: { lang: 'sv', text: `På begäran av Säkerhetspolisen har Migrationsverket beslutat att en iranskfödd man ska utvisas, då han bedöms utgöra ett hot mot rikets säkerhet.` },
    kind: 'event',
    relation: 'agree',
    note: 'expulsion of an Iranian-born man deemed a security threat, ordered by the Migration Agency; noun in English, verb in Swedish',
  },
  // event · conflict
  {
    id: 'sv-h6-lomsta-detention-scuffle-instrument',
    a: { lang: 'en', text: `Police used pepper spray to break up a scuffle outside the Migration Agency's detention centre in Lomsta on Friday evening.` },
    b: { lang: 'sv', text: `Polisen drog batong när ett tumult uppstod utanför Migrationsverkets förvar i Lomsta på fredagskvällen.` },
    kind: 'event',
    relation: 'conflict',
    note: 'force used at the Lomsta detention centre on Friday evening: pepper spray against batons (drog batong)',
  },
  {
    id: 'sv-h6-salgfors-police-dog-denied',
    a: { lang: 'en', text: `Police set a dog on a teenage asylum seeker at a housing centre in Sälgfors on Sunday, the boy's lawyer said.` },
    b: { lang: 'sv', text: `Polisen tillbakavisar uppgifterna om att en polishund skulle ha använts mot en asylsökande tonåring på ett boende i Sälgfors i söndags.` },
    kind: 'event',
    relation: 'conflict',
    note: 'police dog used on a teenage asylum seeker in Sälgfors: asserted by the lawyer, denied by the police',
  },
  {
    id: 'sv-h6-permanent-residence-bill-antonym',
    a: { lang: 'en', text: `Parliament on Wednesday approved a bill tightening the requirements for permanent residence permits.` },
    b: { lang: 'sv', text: `Riksdagen röstade på onsdagen ned regeringens lagförslag om skärpta krav för permanent uppehållstillstånd.` },
    kind: 'event',
    relation: 'conflict',
    note: 'vote on the stricter permanent residence bill: approved against röstade ned (voted down)',
  },
  // quote · agree
  {
    id: 'sv-h6-quote-penhale-risk-life',
    a: { lang: 'en', text: `"Nobody should have to risk their life to ask for protection," Douglas Penhale, the UNHCR representative for the Nordic countries, said during a visit to Stockholm on Thursday.` },
    b: { lang: 'sv', text: `”Nobody should have to risk their life to ask for protection”, sade Douglas Penhale, UNHCR:s representant för de nordiska länderna, vid ett besök i Stockholm i torsdags.` },
    kind: 'quote',
    relation: 'agree',
    note: 'UNHCR official Penhale quoted in English in both, same words, Swedish quotation marks',
  },
  // quote · conflict
  {
    id: 'sv-h6-quote-ahlskog-altered',
    a: { lang: 'en', text: `"Vi har inte tappat kontrollen över gränsen," border police chief Johan Ahlskog told Dagens Nyheter on Monday.` },
    b: { lang: 'sv', text: `– Vi har tappat kontrollen över delar av gränsen, säger gränspolischefen Johan Ahlskog till Dagens Nyheter.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'Ahlskog quoted in Swedish in both, but "inte tappat kontrollen över gränsen" against "tappat kontrollen över delar av gränsen"',
  },
  // quantity · apart
  {
    id: 'sv-h6-apart-checked-vs-without-papers-hyllie',
    a: { lang: 'en', text: `Police checked the identity papers of about 350 passengers on trains arriving from Copenhagen at Hyllie station on Thursday.` },
    b: { lang: 'sv', text: `Uppemot 350 resenärer saknade giltiga id-handlingar när polisen kontrollerade tågen från Köpenhamn vid Hyllie i torsdags.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'same checks at Hyllie, same number, but passengers checked against passengers lacking valid papers',
  },
  {
    id: 'sv-h6-apart-applications-vs-removal-decisions',
    a: { lang: 'en', text: `The Migration Agency received 1,517 asylum applications in October, according to its monthly statistics.` },
    b: { lang: 'sv', text: `Migrationsverket fattade i oktober 1 517 beslut om avvisning eller utvisning, framgår av myndighetens månadsstatistik.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'October, 1,517 in both, but asylum applications received against removal decisions taken',
  },
  {
    id: 'sv-h6-apart-consumption-vs-house-prices',
    a: { lang: 'en', text: `Swedish household consumption rose 2.3 percent in March compared with the same month last year, Statistics Sweden said.` },
    b: { lang: 'sv', text: `Villapriserna steg med 2,3 procent i mars jämfört med samma månad i fjol, enligt Mäklarstatistik.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'annual rise in March of 2.3 percent in both, but household consumption against house prices',
  },
  // event · apart
  {
    id: 'sv-h6-apart-tornvall-meets-other',
    a: { lang: 'en', text: `Migration Minister Sanna Törnvall met her Danish counterpart in Copenhagen on Tuesday to discuss identity checks on the Öresund bridge.` },
    b: { lang: 'sv', text: `Migrationsminister Sanna Törnvall träffade på tisdagen Tysklands inrikesminister i Berlin. Samtalen handlade om återvändandet av personer som fått avslag på sin asylansökan.` },
    kind: 'event',
    relation: 'apart',
    note: 'Törnvall meets the Danish minister in Copenhagen in one text, the German interior minister in Berlin in the other',
  },
  {
    id: 'sv-h6-apart-mosque-bomb-threat-other-town',
    a: { lang: 'en', text: `Police evacuated a mosque in Västerås on Friday after a bomb threat was phoned in.` },
    b: { lang: 'sv', text: `En moské i Eskilstuna utrymdes i fredags sedan ett bombhot kommit in till polisen.` },
    kind: 'event',
    relation: 'apart',
    note: 'mosque evacuated after a bomb threat on Friday, but in Västerås against Eskilstuna',
  },
  {
    id: 'sv-h6-apart-helsingborg-dock-strike-other-date',
    a: { lang: 'en', text: `Dockworkers at the port of Helsingborg walked out on May 6, bringing container handling to a halt.` },
    b: { lang: 'sv', text: `Hamnarbetarna i Helsingborg lade ned arbetet den 22 maj, vilket stoppade all containerhantering.` },
    kind: 'event',
    relation: 'apart',
    note: 'dock strike at Helsingborg, but on May 6 against den 22 maj: two walkouts',
  },
  // quote · apart
  {
    id: 'sv-h6-apart-quote-penhale-other-matter',
    a: { lang: 'en', text: `"Children belong in classrooms, not in detention," UNHCR's Nordic representative Douglas Penhale said of the government's plan to detain families with children.` },
    b: { lang: 'sv', text: `”Climate change is already driving people from their homes”, sade UNHCR:s nordiska representant Douglas Penhale vid ett seminarium i Göteborg.` },
    kind: 'quote',
    relation: 'apart',
    note: 'same speaker Penhale, but on detaining children in one text and on climate displacement in the other',
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity · agree
  {
    id: 'de-h6-smuggling-suspects-first-quarter',
    a: { lang: 'en', text: `German federal police caught 487 suspected people smugglers at the country's borders in the first quarter, the interior ministry said on Wednesday.` },
    b: { lang: 'de', text: `Die Bundespolizei hat im ersten Quartal an den deutschen Grenzen 487 mutmaßliche Schleuser gefasst. Das teilte das Bundesinnenministerium am Mittwoch mit.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'suspected smugglers caught at German borders in the first quarter: 487 in both',
  },
  {
    id: 'de-h6-lotsenstern-ravenna-disembarked',
    a: { lang: 'en', text: `The rescue ship Lotsenstern, run by a Hamburg-based charity, brought around 140 migrants ashore in the Italian port of Ravenna on Tuesday.` },
    b: { lang: 'de', text: `Rund 140 Bootsflüchtlinge hat das Rettungsschiff „Lotsenstern“ am Dienstag im italienischen Hafen Ravenna an Land gebracht. Das Schiff wird von einem Hamburger Verein betrieben.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'migrants brought ashore at Ravenna by the Lotsenstern: around 140 and rund 140',
  },
  {
    id: 'de-h6-family-reunification-visas',
    a: { lang: 'en', text: `German missions abroad issued about 11,700 family reunification visas to relatives of people with subsidiary protection last year, the Foreign Office said.` },
    b: { lang: 'de', text: `Die deutschen Auslandsvertretungen haben im vergangenen Jahr rund 11.700 Visa für den Familiennachzug zu subsidiär Schutzberechtigten erteilt, wie das Auswärtige Amt mitteilte.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'family reunification visas for relatives of subsidiary protection holders last year: about 11,700 and rund 11.700 (dot separator)',
  },
  {
    id: 'de-h6-corporate-insolvencies-may',
    a: { lang: 'en', text: `German local courts registered 1,934 corporate insolvencies in May, the Federal Statistical Office said on Friday.` },
    b: { lang: 'de', text: `Die Amtsgerichte meldeten im Mai 1.934 Unternehmensinsolvenzen. Das geht aus Zahlen des Statistischen Bundesamts vom Freitag hervor.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'corporate insolvencies in May: 1,934 and 1.934',
  },
  {
    id: 'de-h6-mannheim-flooded-cellars',
    a: { lang: 'en', text: `Firefighters in Mannheim pumped out some 860 flooded cellars after torrential rain overnight into Thursday.` },
    b: { lang: 'de', text: `Nach dem Starkregen in der Nacht zum Donnerstag hat die Feuerwehr in Mannheim rund 860 vollgelaufene Keller leer gepumpt.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'flooded cellars pumped out in Mannheim: some 860 and rund 860',
  },
  // quantity · conflict
  {
    id: 'de-h6-gorlitz-shelter-march-differs',
    a: { lang: 'en', text: `About 5,500 people marched through Görlitz on Saturday against a planned refugee shelter in the town, police said.` },
    b: { lang: 'de', text: `In Görlitz haben am Samstag nach Polizeiangaben rund 1.500 Menschen gegen eine geplante Flüchtlingsunterkunft demonstriert.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'size of the Görlitz march against the shelter, both citing police: about 5,500 against rund 1.500',
  },
  {
    id: 'de-h6-skopje-charter-deportees-differ',
    a: { lang: 'en', text: `A charter plane carrying 63 rejected asylum seekers left Karlsruhe/Baden-Baden airport for Skopje on Wednesday.` },
    b: { lang: 'de', text: `Vom Flughafen Karlsruhe/Baden-Baden ist am Mittwoch eine Chartermaschine mit 36 abgelehnten Asylbewerbern nach Skopje gestartet.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'rejected asylum seekers on the Skopje charter: 63 against 36',
  },
  // event · agree
  {
    id: 'de-h6-schleswig-afghan-return-ordered',
    a: { lang: 'en', text: `A court in Schleswig ruled on Tuesday that an Afghan man who was wrongly deported must be brought back to Germany.` },
    b: { lang: 'de', text: `Ein zu Unrecht abgeschobener Afghane muss nach Deutschland zurückgeholt werden. Das hat das Verwaltungsgericht Schleswig am Dienstag entschieden.` },
    kind: 'event',
    relation: 'agree',
    note: 'Schleswig court orders the return of a wrongly deported Afghan; ruling in the second sentence in German',
  },
  {
    id: 'de-h6-eschenweiler-landslide-railway',
    a: { lang: 'en', text: `A landslide buried a stretch of railway line near Eschenweiler in the Black Forest on Sunday, and train services were suspended.` },
    b: { lang: 'de', text: `Bei Eschenweiler im Schwarzwald hat am Sonntag ein Hangrutsch die Bahnstrecke verschüttet. Der Zugverkehr wurde eingestellt.` },
    kind: 'event',
    relation: 'agree',
    note: 'landslide (Hangrutsch) buries the railway near Eschenweiler on Sunday',
  },
  {
    id: 'de-h6-rabenfels-mayor-resigns',
    a: { lang: 'en', text: `Tobias Feldkamp, the mayor of Rabenfels, stepped down on Wednesday after months of threats from far-right extremists.` },
    b: { lang: 'de', text: `Nach monatelangen Anfeindungen aus der rechtsextremen Szene hat der Rabenfelser Bürgermeister Tobias Feldkamp am Mittwoch sein Amt niedergelegt.` },
    kind: 'event',
    relation: 'agree',
    note: 'resignation of the Rabenfels mayor Feldkamp on Wednesday: stepped down / sein Amt niedergelegt',
  },
  // event · conflict
  {
    id: 'de-h6-cottbus-deportation-blockade-instrument',
    a: { lang: 'en', text: `Police used water cannon on Thursday night against protesters trying to stop a deportation from a refugee shelter in Cottbus.` },
    b: { lang: 'de', text: `Gegen Demonstranten, die in der Nacht zu Freitag eine Abschiebung aus einer Cottbuser Flüchtlingsunterkunft verhindern wollten, setzte die Polizei Pfefferspray ein.` },
    kind: 'event',
    relation: 'conflict',
    note: 'force used on the Cottbus deportation blockade (Thursday night = Nacht zu Freitag): water cannon against pepper spray',
  },
  {
    id: 'de-h6-stuttgart-deportee-sedation-denied',
    a: { lang: 'en', text: `A Guinean man was sedated before being put on a deportation flight at Stuttgart airport on Monday, the Baden-Württemberg refugee council said.` },
    b: { lang: 'de', text: `Das Regierungspräsidium Karlsruhe weist Berichte zurück, wonach ein Mann aus Guinea vor seiner Abschiebung am Montag am Stuttgarter Flughafen mit Beruhigungsmitteln ruhiggestellt worden sei.` },
    kind: 'event',
    relation: 'conflict',
    note: 'sedation of a Guinean deportee at Stuttgart airport: reported by the refugee council, denied by the authority',
  },
  {
    id: 'de-h6-magdeburg-march-ban-antonym',
    a: { lang: 'en', text: `Magdeburg's city authorities on Friday lifted their ban on a planned march by a far-right group.` },
    b: { lang: 'de', text: `Die Stadt Magdeburg hat am Freitag einen geplanten Aufmarsch einer rechtsextremen Gruppe verboten.` },
    kind: 'event',
    relation: 'conflict',
    note: 'the far-right march in Magdeburg: ban lifted against verboten (banned)',
  },
  {
    id: 'de-h6-tannbruck-shelter-opened-closed',
    a: { lang: 'en', text: `The district of Tannbrück opened a refugee shelter in a former army barracks on Monday.` },
    b: { lang: 'de', text: `Der Landkreis Tannbrück hat die Flüchtlingsunterkunft in der früheren Kaserne am Montag geschlossen.` },
    kind: 'event',
    relation: 'conflict',
    note: 'the barracks shelter in Tannbrück on Monday: opened against geschlossen (closed)',
  },
  // quote · agree
  {
    id: 'de-h6-quote-hambrecht-limits',
    a: { lang: 'en', text: `"Wir stoßen an die Grenze dessen, was wir leisten können," Ulrike Hambrecht, the district administrator of Birkenhöhe, said of the arrival of refugees.` },
    b: { lang: 'de', text: `„Wir stoßen an die Grenze dessen, was wir leisten können“, sagte die Landrätin des Kreises Birkenhöhe, Ulrike Hambrecht, mit Blick auf die Aufnahme von Geflüchteten.` },
    kind: 'quote',
    relation: 'agree',
    note: 'district administrator Hambrecht quoted in German in both, same words, German quotation marks in b',
  },
  // quote · conflict
  {
    id: 'de-h6-quote-thornbury-altered',
    a: { lang: 'en', text: `"Returns must never come at the expense of human dignity," Rebecca Thornbury of the International Organization for Migration said in Berlin on Tuesday.` },
    b: { lang: 'de', text: `„Returns must never come at the cost of human rights“, sagte Rebecca Thornbury von der Internationalen Organisation für Migration (IOM) am Dienstag in Berlin.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'IOM official Thornbury quoted in English in both, but "at the expense of human dignity" against "at the cost of human rights"',
  },
  // quantity · apart
  {
    id: 'de-h6-apart-vehicles-vs-ammunition-passau',
    a: { lang: 'en', text: `Bavarian border police checked around 1,200 vehicles at the crossing near Passau on Friday.` },
    b: { lang: 'de', text: `Bei Kontrollen an der Grenze bei Passau hat die bayerische Grenzpolizei am Freitag rund 1.200 Schuss Munition in einem Kleintransporter sichergestellt.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'same Passau border checks and the same figure, but vehicles checked against rounds of ammunition seized',
  },
  {
    id: 'de-h6-apart-brennwerk-jobs-vs-investment',
    a: { lang: 'en', text: `Car parts supplier Brennwerk said on Tuesday it would cut 940 jobs at its plant in Chemnitz.` },
    b: { lang: 'de', text: `Der Autozulieferer Brennwerk will 940 Millionen Euro in sein Werk in Chemnitz investieren, wie das Unternehmen am Dienstag ankündigte.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'Brennwerk in Chemnitz, 940 in both, but jobs cut against millions of euros invested',
  },
  {
    id: 'de-h6-apart-extra-officers-vs-smugglers-poland',
    a: { lang: 'en', text: `The federal police have sent 320 additional officers to the border with Poland.` },
    b: { lang: 'de', text: `An der Grenze zu Polen sind seit Jahresbeginn 320 Schleuser festgenommen worden.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'Polish border, 320 in both, but extra officers deployed against smugglers arrested',
  },
  // event · apart
  {
    id: 'de-h6-apart-sellmann-meets-other',
    a: { lang: 'en', text: `Interior Minister Katrin Sellmann met her Tunisian counterpart in Tunis on Thursday to discuss the return of rejected asylum seekers.` },
    b: { lang: 'de', text: `Bundesinnenministerin Katrin Sellmann ist am Donnerstag in Rom mit dem italienischen Innenminister zusammengetroffen. Im Mittelpunkt stand der Schutz der EU-Außengrenzen.` },
    kind: 'event',
    relation: 'apart',
    note: 'Sellmann meets the Tunisian minister in Tunis in one text, the Italian minister in Rome in the other',
  },
  {
    id: 'de-h6-apart-salafist-raid-other-town',
    a: { lang: 'en', text: `Police searched the premises of a Salafist association in Saarbrücken on Tuesday on suspicion of terrorist financing.` },
    b: { lang: 'de', text: `Wegen des Verdachts der Terrorfinanzierung hat die Polizei am Dienstag Räume eines salafistischen Vereins in Mainz durchsucht.` },
    kind: 'event',
    relation: 'apart',
    note: 'search of a Salafist association over terror financing on Tuesday, but in Saarbrücken against Mainz',
  },
  {
    id: 'de-h6-apart-munich-landtag-protest-other-date',
    a: { lang: 'en', text: `Refugee support groups protested outside the Bavarian state parliament in Munich on June 3 against plans for a new deportation centre.` },
    b: { lang: 'de', text: `Vor dem Bayerischen Landtag in München haben Flüchtlingshilfeorganisationen am 17. Juni gegen das geplante neue Abschiebezentrum protestiert.` },
    kind: 'event',
    relation: 'apart',
    note: 'protest at the Landtag against the deportation centre, but on June 3 against am 17. Juni: two protests',
  },
  // quote · apart
  {
    id: 'de-h6-apart-quote-hambrecht-other-matter',
    a: { lang: 'en', text: `"Ohne Landarztpraxen stirbt das Dorf," Birkenhöhe district administrator Ulrike Hambrecht said at a debate on rural health care.` },
    b: { lang: 'de', text: `„Der Bus muss auch in den kleinsten Dörfern halten“, sagte Landrätin Ulrike Hambrecht bei der Vorstellung des neuen Nahverkehrsplans.` },
    kind: 'quote',
    relation: 'apart',
    note: 'same speaker Hambrecht, but on rural doctors in one text and on the bus network in the other',
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity · agree
  {
    id: 'es-h6-motril-patera-rescue',
    a: { lang: 'en', text: `Spain's maritime rescue service picked up 57 people from a small boat south of Motril on Thursday.` },
    b: { lang: 'es', text: `Salvamento Marítimo rescató el jueves a 57 personas que viajaban a bordo de una patera al sur de Motril (Granada).` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people rescued from the boat south of Motril: 57 in both',
  },
  {
    id: 'es-h6-necocli-migrants-stranded',
    a: { lang: 'en', text: `Nearly 3,800 migrants are stranded in the Colombian town of Necoclí waiting for boats across the Gulf of Urabá, local officials said on Wednesday.` },
    b: { lang: 'es', text: `Cerca de 3.800 migrantes permanecen varados en Necoclí a la espera de embarcaciones para cruzar el golfo de Urabá, informó este miércoles la alcaldía del municipio antioqueño.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'migrants stranded in Necoclí: nearly 3,800 and cerca de 3.800, overlapping hedges',
  },
  {
    id: 'es-h6-peru-growth-second-quarter',
    a: { lang: 'en', text: `Peru's economy grew 2.9 percent in the second quarter from a year earlier, the national statistics institute said.` },
    b: { lang: 'es', text: `La economía peruana se expandió un 2,9 % interanual en el segundo trimestre, según el Instituto Nacional de Estadística e Informática (INEI).` },
    kind: 'quantity',
    relation: 'agree',
    note: 'Peruvian year-on-year growth in the second quarter: 2.9 percent and 2,9 %',
  },
  {
    id: 'es-h6-honduras-dengue-cases',
    a: { lang: 'en', text: `Honduras has recorded more than 26,000 dengue cases so far this year, the health ministry said.` },
    b: { lang: 'es', text: `Honduras acumula más de 26.000 casos de dengue en lo que va del año, de acuerdo con la Secretaría de Salud.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'dengue cases in Honduras this year: more than 26,000 and más de 26.000',
  },
  // quantity · conflict
  {
    id: 'es-h6-tijuana-shelters-differ',
    a: { lang: 'en', text: `Shelters in Tijuana are housing about 4,600 migrants waiting to enter the United States, city officials said.` },
    b: { lang: 'es', text: `Los albergues de Tijuana dan cobijo a unas 2.900 personas migrantes que esperan cruzar a Estados Unidos, según el gobierno municipal.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'migrants housed in Tijuana shelters, both citing the city: about 4,600 against unas 2.900',
  },
  {
    id: 'es-h6-lanzarote-capsize-dead-differ',
    a: { lang: 'en', text: `At least nine people died when a boat carrying migrants capsized off Lanzarote on Sunday.` },
    b: { lang: 'es', text: `Al menos 19 personas murieron el domingo al volcar una neumática con migrantes frente a las costas de Lanzarote.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'dead in the capsizing off Lanzarote: at least nine (spelled out) against al menos 19',
  },
  {
    id: 'es-h6-bolivia-inflation-differs',
    a: { lang: 'en', text: `Bolivia's annual inflation rate reached 9.8 percent in August, the national statistics institute said.` },
    b: { lang: 'es', text: `La inflación interanual de Bolivia se situó en el 8,9 % en agosto, informó el INE.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'Bolivian annual inflation in August: 9.8 percent against 8,9 % (transposed digits)',
  },
  // event · agree
  {
    id: 'es-h6-tecun-uman-caravan-departs',
    a: { lang: 'en', text: `A caravan of migrants set off on foot from the Guatemalan border town of Tecún Umán towards Mexico before dawn on Monday.` },
    b: { lang: 'es', text: `Una caravana migrante partió a pie en la madrugada del lunes desde Tecún Umán, en la frontera de Guatemala, con rumbo a México.` },
    kind: 'event',
    relation: 'agree',
    note: 'caravan leaves Tecún Umán for Mexico before dawn on Monday (madrugada del lunes)',
  },
  {
    id: 'es-h6-peru-gang-leader-expelled',
    a: { lang: 'en', text: `Peru expelled a Venezuelan man accused of leading an extortion gang in Lima, the interior ministry said on Saturday.` },
    b: { lang: 'es', text: `El Ministerio del Interior informó el sábado de la expulsión del país de un ciudadano venezolano señalado como cabecilla de una banda de extorsionadores que operaba en Lima.` },
    kind: 'event',
    relation: 'agree',
    note: 'Peru expels a Venezuelan alleged gang leader; verb in English, nominalisation (la expulsión) in Spanish',
  },
  {
    id: 'es-h6-san-salvador-river-flood',
    a: { lang: 'en', text: `The Acelhuate river burst its banks in San Salvador on Wednesday after heavy rain, flooding homes.` },
    b: { lang: 'es', text: `El desbordamiento del río Acelhuate por las fuertes lluvias inundó viviendas en San Salvador el miércoles.` },
    kind: 'event',
    relation: 'agree',
    note: 'the Acelhuate overflows in San Salvador on Wednesday; burst its banks / el desbordamiento',
  },
  {
    id: 'es-h6-salvamar-almendra-tow',
    a: { lang: 'en', text: `The rescue boat Salvamar Almendra towed a drifting cayuco with migrants on board into Puerto del Rosario, Fuerteventura, on Saturday night.` },
    b: { lang: 'es', text: `La Salvamar Almendra remolcó la noche del sábado hasta el puerto de Puerto del Rosario (Fuerteventura) un cayuco que iba a la deriva con migrantes a bordo.` },
    kind: 'event',
    relation: 'agree',
    note: 'the Salvamar Almendra tows a drifting cayuco into Puerto del Rosario on Saturday night',
  },
  // event · conflict
  {
    id: 'es-h6-reynosa-bridge-instrument',
    a: { lang: 'en', text: `Mexican National Guard troops fired tear gas at migrants trying to rush the international bridge in Reynosa on Tuesday.` },
    b: { lang: 'es', text: `Elementos de la Guardia Nacional dispararon balas de goma contra los migrantes que intentaban cruzar en tropel el puente internacional de Reynosa el martes.` },
    kind: 'event',
    relation: 'conflict',
    note: 'National Guard at the Reynosa bridge on Tuesday: tear gas against balas de goma (rubber bullets)',
  },
  {
    id: 'es-h6-arica-expulsion-denied',
    a: { lang: 'en', text: `Chilean police forced Venezuelan migrants back across the border into Peru near Arica on Friday, a human rights group said.` },
    b: { lang: 'es', text: `Carabineros negó haber expulsado el viernes a migrantes venezolanos hacia territorio peruano por la frontera cercana a Arica.` },
    kind: 'event',
    relation: 'conflict',
    note: 'pushback of Venezuelans into Peru near Arica: asserted by a rights group, denied by Carabineros',
  },
  {
    id: 'es-h6-paso-canoas-reopened-closed',
    a: { lang: 'en', text: `Costa Rica reopened the Paso Canoas border crossing with Panama to buses carrying migrants on Thursday.` },
    b: { lang: 'es', text: `Costa Rica cerró el jueves el paso fronterizo de Paso Canoas, en el límite con Panamá, a los autobuses que trasladan migrantes.` },
    kind: 'event',
    relation: 'conflict',
    note: 'Paso Canoas crossing for migrant buses on Thursday: reopened against cerró (closed)',
  },
  // quote · agree
  {
    id: 'es-h6-quote-ellsworth-wall-off',
    a: { lang: 'en', text: `"This is not a crisis you can wall off," US State Department official Caroline Ellsworth said in Guatemala City on Monday.` },
    b: { lang: 'es', text: `«This is not a crisis you can wall off», afirmó el lunes en Ciudad de Guatemala la funcionaria del Departamento de Estado Caroline Ellsworth.` },
    kind: 'quote',
    relation: 'agree',
    note: 'US official Ellsworth quoted in English in both, same words, Spanish angle quotes in b',
  },
  // quote · conflict
  {
    id: 'es-h6-quote-menchaca-altered',
    a: { lang: 'en', text: `"Canarias no puede sostener esto sola," said Lucía Menchaca, the Canary Islands' regional minister for migration.` },
    b: { lang: 'es', text: `"Canarias no va a sostener esto sola", advirtió la consejera de Migraciones del Gobierno de Canarias, Lucía Menchaca.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'Menchaca quoted in Spanish in both, but "no puede sostener" (cannot) against "no va a sostener" (will not)',
  },
  // quantity · apart
  {
    id: 'es-h6-apart-migrants-vs-guardsmen-veracruz',
    a: { lang: 'en', text: `Mexican authorities found 129 migrants abandoned in a lorry trailer in Veracruz on Tuesday.` },
    b: { lang: 'es', text: `La Guardia Nacional desplegó a 129 elementos en Veracruz para reforzar los controles migratorios en las carreteras del estado.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'Veracruz, 129 in both, but migrants found in a trailer against National Guard members deployed',
  },
  {
    id: 'es-h6-apart-hectares-vs-evacuees-tenerife',
    a: { lang: 'en', text: `A wildfire on Tenerife has burned through about 2,100 hectares of forest, the island council said.` },
    b: { lang: 'es', text: `Unas 2.100 personas han sido desalojadas de sus viviendas por el incendio forestal de Tenerife, según el Cabildo.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'same Tenerife fire and figure, but hectares burned against people evacuated',
  },
  {
    id: 'es-h6-apart-unemployment-vs-affiliates-april',
    a: { lang: 'en', text: `Registered unemployment in Spain fell by 31,950 people in April, the labour ministry said.` },
    b: { lang: 'es', text: `La Seguridad Social sumó 31.950 afiliados en abril, según los datos publicados por el Ministerio de Inclusión.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'April, 31,950 in both, but the fall in registered unemployment against new social security affiliates',
  },
  // event · apart
  {
    id: 'es-h6-apart-olivar-meets-other',
    a: { lang: 'en', text: `Spanish Interior Minister Andrés Olivar met Mauritania's president in Nouakchott on Wednesday to discuss irregular migration.` },
    b: { lang: 'es', text: `El ministro del Interior, Andrés Olivar, se reunió el miércoles en Dakar con su homólogo senegalés para abordar la llegada de cayucos a Canarias.` },
    kind: 'event',
    relation: 'apart',
    note: "Olivar meets Mauritania's president in Nouakchott in one text, Senegal's interior minister in Dakar in the other",
  },
  {
    id: 'es-h6-apart-shelter-raid-other-town',
    a: { lang: 'en', text: `Armed men burst into a migrant shelter in Matamoros on Sunday night.` },
    b: { lang: 'es', text: `Un grupo de hombres armados irrumpió la noche del domingo en un albergue para migrantes de Nuevo Laredo.` },
    kind: 'event',
    relation: 'apart',
    note: 'armed men storm a migrant shelter on Sunday night, but in Matamoros against Nuevo Laredo',
  },
  {
    id: 'es-h6-apart-madrid-taxi-strike-other-date',
    a: { lang: 'en', text: `Taxi drivers in Madrid will strike on October 8, their associations announced.` },
    b: { lang: 'es', text: `Los taxistas madrileños irán a la huelga el 22 de octubre, anunciaron sus asociaciones.` },
    kind: 'event',
    relation: 'apart',
    note: 'Madrid taxi strike, but on October 8 against el 22 de octubre: two strike days',
  },
  // quote · apart
  {
    id: 'es-h6-apart-quote-ellsworth-other-matter',
    a: { lang: 'en', text: `"Smugglers are selling a lie, and children are paying for it," Caroline Ellsworth of the State Department said in Tegucigalpa.` },
    b: { lang: 'es', text: `"Voters deserve a count they can trust", dijo Caroline Ellsworth, del Departamento de Estado, sobre el escrutinio de las elecciones hondureñas.` },
    kind: 'quote',
    relation: 'apart',
    note: 'same speaker Ellsworth, but on smugglers in one text and on the Honduran vote count in the other',
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity · agree
  {
    id: 'fr-h6-boulonnais-channel-interceptions',
    a: { lang: 'en', text: `French authorities stopped 146 people trying to cross the Channel from beaches around Boulogne-sur-Mer on Wednesday, the maritime prefecture said.` },
    b: { lang: 'fr', text: `Mercredi, 146 personnes qui tentaient de rallier l'Angleterre ont été interceptées sur les plages du Boulonnais, a indiqué la préfecture maritime.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'people stopped on the beaches around Boulogne (le Boulonnais) on Wednesday: 146 in both',
  },
  {
    id: 'fr-h6-briancon-refuge-first-half',
    a: { lang: 'en', text: `Nearly 2,300 migrants passed through the solidarity shelter in Briançon in the first half of the year, the association running it said.` },
    b: { lang: 'fr', text: `Près de 2\u202f300 exilés ont transité par le refuge solidaire de Briançon au premier semestre, selon l'association qui le gère.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'migrants through the Briançon shelter in the first half: nearly 2,300 and près de 2 300 (narrow no-break space)',
  },
  {
    id: 'fr-h6-household-consumption-october',
    a: { lang: 'en', text: `French household spending on goods fell 0.6 percent in October, Insee said on Thursday.` },
    b: { lang: 'fr', text: `La consommation des ménages en biens a reculé de 0,6\u00a0% en octobre, selon les chiffres publiés jeudi par l'Insee.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'fall in household consumption of goods in October: 0.6 percent and 0,6 %',
  },
  {
    id: 'fr-h6-guyane-chikungunya-cases',
    a: { lang: 'en', text: `French Guiana has recorded about 1,450 chikungunya cases since January, the regional health agency said.` },
    b: { lang: 'fr', text: `Environ 1\u202f450 cas de chikungunya ont été recensés en Guyane depuis le début de l'année, selon l'agence régionale de santé.` },
    kind: 'quantity',
    relation: 'agree',
    note: 'chikungunya cases in French Guiana this year: about 1,450 and environ 1 450',
  },
  // quantity · conflict
  {
    id: 'fr-h6-strasbourg-immigration-march-differs',
    a: { lang: 'en', text: `About 3,700 people marched in Strasbourg on Saturday against the immigration bill, according to the prefecture.` },
    b: { lang: 'fr', text: `Selon la préfecture, 7\u202f300 personnes ont défilé samedi à Strasbourg contre le projet de loi sur l'immigration.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'size of the Strasbourg march, both citing the prefecture: about 3,700 against 7 300',
  },
  {
    id: 'fr-h6-hendaye-refusals-differ',
    a: { lang: 'en', text: `Police turned back 618 migrants at the Spanish border around Hendaye in March.` },
    b: { lang: 'fr', text: `En mars, 816 migrants ont fait l'objet d'un refus d'entrée à la frontière espagnole, dans le secteur d'Hendaye.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'migrants turned back around Hendaye in March: 618 against 816; verb against refus d’entrée',
  },
  {
    id: 'fr-h6-normandy-storm-outages-differ',
    a: { lang: 'en', text: `About 95,000 homes in Normandy were left without electricity on Tuesday after a storm swept across the region, the grid operator said.` },
    b: { lang: 'fr', text: `Quelque 195\u202f000 foyers normands étaient privés d'électricité mardi après le passage de la tempête, selon le gestionnaire du réseau.` },
    kind: 'quantity',
    relation: 'conflict',
    note: 'homes without power in Normandy after the storm: about 95,000 against quelque 195 000',
  },
  // event · agree
  {
    id: 'fr-h6-vendrin-boat-seizure',
    a: { lang: 'en', text: `Gendarmes seized an inflatable boat and outboard engines hidden in a garage in Vendrin-sur-Canche on Monday.` },
    b: { lang: 'fr', text: `Un bateau pneumatique et des moteurs hors-bord dissimulés dans un garage ont été saisis lundi par les gendarmes à Vendrin-sur-Canche (Pas-de-Calais).` },
    kind: 'event',
    relation: 'agree',
    note: 'gendarmes seize a hidden boat and engines in Vendrin-sur-Canche on Monday; active in English, passive in French',
  },
  {
    id: 'fr-h6-constitutional-council-housing-benefits',
    a: { lang: 'en', text: `France's Constitutional Council on Thursday struck down a provision of the immigration law that restricted foreigners' access to housing benefits.` },
    b: { lang: 'fr', text: `Les Sages ont censuré jeudi la disposition de la loi immigration qui restreignait l'accès des étrangers aux aides au logement.` },
    kind: 'event',
    relation: 'agree',
    note: 'the Constitutional Council (les Sages) strikes down the housing-benefit provision on Thursday',
  },
  {
    id: 'fr-h6-pont-aubrac-mayor-charged',
    a: { lang: 'en', text: `Yannick Le Bozec, the mayor of Pont-Aubrac, was placed under formal investigation for misuse of public funds on Tuesday.` },
    b: { lang: 'fr', text: `Le maire de Pont-Aubrac, Yannick Le Bozec, a été mis en examen mardi pour détournement de fonds publics.` },
    kind: 'event',
    relation: 'agree',
    note: 'the Pont-Aubrac mayor placed under formal investigation (mis en examen) on Tuesday',
  },
  {
    id: 'fr-h6-guadeloupe-red-alert',
    a: { lang: 'en', text: `Météo-France put Guadeloupe on red alert on Sunday as a tropical storm approached the island.` },
    b: { lang: 'fr', text: `À l'approche d'une tempête tropicale, la Guadeloupe a été placée dimanche en vigilance rouge par Météo-France.` },
    kind: 'event',
    relation: 'agree',
    note: 'Guadeloupe placed on red alert (vigilance rouge) on Sunday ahead of a tropical storm',
  },
  // event · conflict
  {
    id: 'fr-h6-sainte-colombe-beach-instrument',
    a: { lang: 'en', text: `Gendarmes fired stun grenades to disperse migrants trying to board a small boat on the beach at Sainte-Colombe-des-Dunes on Sunday.` },
    b: { lang: 'fr', text: `Dimanche, sur la plage de Sainte-Colombe-des-Dunes, les gendarmes ont fait usage de gaz lacrymogène pour disperser des migrants qui tentaient de monter à bord d'une embarcation.` },
    kind: 'event',
    relation: 'conflict',
    note: 'force used on the Sainte-Colombe beach on Sunday: stun grenades against gaz lacrymogène (tear gas)',
  },
  {
    id: 'fr-h6-border-force-pushback-denied',
    a: { lang: 'en', text: `A UK Border Force vessel pushed a migrant boat back into French waters on Friday, a French charity said.` },
    b: { lang: 'fr', text: `Londres dément qu'un navire de la Border Force ait refoulé vendredi une embarcation de migrants vers les eaux françaises.` },
    kind: 'event',
    relation: 'conflict',
    note: 'Border Force pushback on Friday: asserted by a charity, denied by London (dément)',
  },
  {
    id: 'fr-h6-censure-motion-antonym',
    a: { lang: 'en', text: `The National Assembly rejected a motion of no confidence against the government on Wednesday.` },
    b: { lang: 'fr', text: `L'Assemblée nationale a adopté mercredi la motion de censure visant le gouvernement.` },
    kind: 'event',
    relation: 'conflict',
    note: 'the no-confidence motion on Wednesday: rejected against adopté (passed)',
  },
  // quote · agree
  {
    id: 'fr-h6-quote-castagnede-lawless',
    a: { lang: 'en', text: `"Nous ne sommes pas une zone de non-droit," Hélène Castagnède, the prefect of the Pas-de-Calais, said on Monday after clashes at a migrant camp.` },
    b: { lang: 'fr', text: `«\u00a0Nous ne sommes pas une zone de non-droit\u00a0», a martelé lundi la préfète du Pas-de-Calais, Hélène Castagnède, après des heurts dans un campement de migrants.` },
    kind: 'quote',
    relation: 'agree',
    note: 'prefect Castagnède quoted in French in both, same words, guillemets with no-break spaces in b',
  },
  // quote · conflict
  {
    id: 'fr-h6-quote-prestwick-altered',
    a: { lang: 'en', text: `"Every boat we stop is a life we might save," Simon Prestwick, the British government's Channel crossings commander, said in Paris.` },
    b: { lang: 'fr', text: `«\u00a0Every boat we stop is a life we save\u00a0», a déclaré à Paris Simon Prestwick, le responsable britannique de la lutte contre les traversées de la Manche.` },
    kind: 'quote',
    relation: 'conflict',
    note: 'Prestwick quoted in English in both, but "a life we might save" against "a life we save"',
  },
  // quantity · apart
  {
    id: 'fr-h6-apart-officers-vs-arrests-pyrenees',
    a: { lang: 'en', text: `The government has sent about 450 extra police officers to the Spanish border in the Pyrénées-Atlantiques.` },
    b: { lang: 'fr', text: `Quelque 450 migrants ont été interpellés en août à la frontière espagnole, dans les Pyrénées-Atlantiques.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'Spanish border in the Pyrénées-Atlantiques, about 450 in both, but extra officers against migrants arrested',
  },
  {
    id: 'fr-h6-apart-bodies-vs-rescued-sfax',
    a: { lang: 'en', text: `Tunisian coast guards recovered 38 bodies off Sfax on Friday after a migrant boat sank.` },
    b: { lang: 'fr', text: `Les garde-côtes tunisiens ont secouru vendredi 38 migrants au large de Sfax après le naufrage de leur embarcation.` },
    kind: 'quantity',
    relation: 'apart',
    note: 'same Sfax sinking and figure, but bodies recovered against survivors rescued',
  },
  {
    id: 'fr-h6-apart-trade-vs-social-security-deficit',
    a: { lang: 'en', text: `France's trade deficit narrowed to 6.1 billion euros in September, the customs service said.` },
    b: { lang: 'fr', text: `Le déficit de la Sécurité sociale devrait atteindre 6,1\u00a0milliards d'euros cette année, selon la commission des comptes.` },
    kind: 'quantity',
    relation: 'apart',
    note: '6.1 billion euros in both, but the monthly trade deficit against the yearly social security deficit',
  },
  // event · apart
  {
    id: 'fr-h6-apart-ollivier-meets-other',
    a: { lang: 'en', text: `Interior Minister Bertrand Ollivier met his British counterpart in London on Thursday to discuss Channel crossings.` },
    b: { lang: 'fr', text: `Le ministre de l'Intérieur, Bertrand Ollivier, a reçu jeudi place Beauvau son homologue tunisien pour évoquer les réadmissions de ressortissants en situation irrégulière.` },
    kind: 'event',
    relation: 'apart',
    note: 'Ollivier meets the British minister in London in one text, hosts the Tunisian minister in Paris in the other',
  },
  {
    id: 'fr-h6-apart-council-meeting-disrupted-other-town',
    a: { lang: 'en', text: `Far-right activists disrupted a town council meeting on a planned centre for asylum seekers in Maubrac on Tuesday.` },
    b: { lang: 'fr', text: `Des militants d'extrême droite ont perturbé mardi le conseil municipal de Lestang-les-Prés consacré au projet de centre d'accueil pour demandeurs d'asile.` },
    kind: 'event',
    relation: 'apart',
    note: 'far-right activists disrupt a council meeting on an asylum centre on Tuesday, but in Maubrac against Lestang-les-Prés',
  },
  {
    id: 'fr-h6-apart-sncf-inspectors-strike-other-date',
    a: { lang: 'en', text: `SNCF ticket inspectors will go on strike on February 9, unions said.` },
    b: { lang: 'fr', text: `Les contrôleurs de la SNCF seront en grève le 23 février, ont annoncé les syndicats.` },
    kind: 'event',
    relation: 'apart',
    note: 'SNCF inspectors strike, but on February 9 against le 23 février: two strike days',
  },
  // quote · apart
  {
    id: 'fr-h6-apart-quote-castagnede-other-matter',
    a: { lang: 'en', text: `"Personne ne sera laissé seul face à l'eau," Pas-de-Calais prefect Hélène Castagnède said while visiting flooded villages.` },
    b: { lang: 'fr', text: `«\u00a0La colère des agriculteurs doit être entendue\u00a0», a estimé la préfète Hélène Castagnède, qui recevait les syndicats agricoles.` },
    kind: 'quote',
    relation: 'apart',
    note: 'same speaker Castagnède, but on the floods in one text and on angry farmers in the other',
  },
];
