/**
 * Fourteenth held-out set of cross-language claim pairs. Written by a helper in session 6 without
 * looking at the library's rules, term tables or any earlier pair. Exactly this was read: lines
 * 1-45 of `cross-pairs.ts` (its header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-8.ts` (its header comment and import, to copy the conventions) and the
 * ids of all earlier `cross-pairs*.ts` files (so that no id or story is knowingly reused). No
 * earlier pair's text, numbers or names, nothing under `src/` or `scratch/` and no other test
 * file were seen, and the library was not run.
 *
 * Same shape and conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently
 * the way that language's wire or newspaper press would put it (own word order, attribution and
 * number format, hedges, weekday and date expressions); one main claim of `kind` per text, some
 * texts two sentences long; quantity texts state one number (dates and ordinals aside); event
 * texts state no counts; quotes by English-speaking officials stay in English in both texts, and
 * local speakers are quoted in their own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict) and 7
 * look-alikes (apart). Kinds per language pair: 10 quantity, 10 event, 3 quote (comparable: 7, 7,
 * 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs by kind, in every language:
 * quantity 4/3 (every conflict a differing figure), event 4/3 (one differing instrument of force,
 * one negation or denial, one antonym act), quote 1/1 (altered quote words). The look-alikes are
 * the same number counting something else (three quantity pairs per language), the same person
 * meeting someone else, the same act in another town, the same act on another date (both dates
 * written out) and the same speaker on another matter. 92 pairs in all. About three quarters of
 * the stories are about migration, borders, asylum, crossings, police, protests, security forces,
 * deportations, rescues at sea, smuggling and detention; the rest about politics, the economy,
 * disasters and health.
 *
 * All people, companies, ships, associations and small towns are invented: Älgsjönäs,
 * Kråkvikshamn, Rönnfors, Rönnfors Bruk, Saltviksbro, Vitmossa, Flatholmsund, Hjortmossa,
 * Rödmyrby, Annika Rödhammar, Per Ullerstam, Maureen Calder; Nebelkrähe, Mare Offen, Eschenbrunn,
 * Auenwerder, Brückmann Armaturen, Wolfsrieden, Hallfeld, Kettwiesen, Mooshagen, Grünwaldau,
 * Lindenschlag, Birkenhalde, Sabine Ohlendorf, Jörg Wendling, Colin Marchbank; Torrecilla del
 * Sabinar, Peñaverde de Sanabria, Frontera Abierta Sur, Ejido Los Tamarindos, San Martín
 * Cuyoapan, Ernesto Villaclara, Lucía Santoveña, Howard Brennock; Écrouvelle-sur-Mer, Roncevert,
 * Cap Fraternité, Bréhaloup, Saint-Gildric, Vauclerc-sur-Lys, Fraternité Opale, the building on
 * Rue des Tanneurs, Thierry Vauxbrun, Sylvie Marteaux, Alistair Dunmore. Countries, capitals, big
 * cities, regions and real institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs14: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity: agree
  {
    id: 'sv-h14-algsjonas-detention-places',
    a: {
      lang: 'en',
      text: `The Migration Agency's new detention centre in Älgsjönäs will have room for 96 detainees when it opens in the spring, the agency said on Thursday as it presented the plans.`,
    },
    b: {
      lang: 'sv',
      text: `Det nya förvaret i Älgsjönäs ska kunna ta emot 96 förvarstagna när det öppnar i vår. Det uppgav Migrationsverket på torsdagen i samband med att planerna för den nya anläggningen presenterades för pressen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Capacity of the new Älgsjönäs detention centre: 96 detainees in both texts.`,
  },
  {
    id: 'sv-h14-krakvikshamn-lorry-stowaways',
    a: {
      lang: 'en',
      text: `Fourteen people were found hidden in the trailer of a Lithuanian-registered lorry at the port of Kråkvikshamn late on Wednesday, police said, adding that all were in good health.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen hittade sent på onsdagskvällen 14 personer gömda i släpet på en litauiskregistrerad lastbil i Kråkvikshamns hamn, och samtliga mådde efter omständigheterna bra.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People found in a lorry trailer at Kråkvikshamn: "Fourteen" in words and 14 in figures, same fact.`,
  },
  {
    id: 'sv-h14-kronofogden-evictions-last-year',
    a: {
      lang: 'en',
      text: `Sweden's Enforcement Authority carried out 2,315 evictions last year as rising rents and higher interest costs pushed more households into arrears, the authority said on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Stigande hyror och högre räntekostnader gjorde att fler hushåll hamnade efter med betalningarna, och Kronofogden verkställde 2\u00a0315 avhysningar under förra året, enligt en rapport från tisdagen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Evictions carried out last year: 2,315 and 2 315 with a no-break space; same figure.`,
  },
  {
    id: 'sv-h14-reemigration-grant-recipients',
    a: {
      lang: 'en',
      text: `Only 87 people received Sweden's re-emigration grant last year, despite a government campaign urging migrants to return voluntarily to their countries of origin, the Migration Agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Trots regeringens satsning på frivillig återvandring beviljades bara 87 personer återvandringsbidrag förra året, visar nya siffror från Migrationsverket.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Recipients of the re-emigration grant last year: 87 in both, passive "beviljades" for "received".`,
  },
  // quantity: conflict
  {
    id: 'sv-h14-sham-employment-arrests-differ',
    a: {
      lang: 'en',
      text: `Police arrested 41 people on Thursday in a nationwide operation against sham employment contracts used to obtain Swedish work permits, the Police Authority said on Friday.`,
    },
    b: {
      lang: 'sv',
      text: `Totalt greps 14 personer när polisen på torsdagen slog till i en rikstäckande insats mot skenanställningar som använts för att få arbetstillstånd, uppger Polismyndigheten.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Arrests in Thursday's operation against sham employment: 41 against 14.`,
  },
  {
    id: 'sv-h14-ronnfors-mill-job-cuts-differ',
    a: {
      lang: 'en',
      text: `Rönnfors Bruk, the paper mill that dominates the town of Rönnfors, will cut 260 jobs as demand for newsprint collapses, the company said on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `Pappersbruket Rönnfors Bruk, som dominerar orten Rönnfors, varslar 190 anställda om uppsägning sedan efterfrågan på tidningspapper rasat, skriver bolaget i ett pressmeddelande på måndagen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Jobs to go at the Rönnfors paper mill: 260 against 190.`,
  },
  {
    id: 'sv-h14-frontex-officers-greece-differ',
    a: {
      lang: 'en',
      text: `Sweden will send 62 police officers to Frontex operations on the land border between Greece and Turkey this year, the Justice Ministry announced on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `I år skickar Sverige 26 poliser till Frontex insatser vid den grekisk-turkiska landgränsen, meddelade Justitiedepartementet på onsdagen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Swedish officers for Frontex at the Greek-Turkish border this year: 62 against 26.`,
  },
  // quantity: apart
  {
    id: 'sv-h14-apart-officers-vs-counter-protesters-saltviksbro',
    a: {
      lang: 'en',
      text: `About 350 police officers were deployed in Saltviksbro on Saturday as a nationalist group and its opponents gathered near the town's asylum housing, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 350 motdemonstranter samlades på lördagen utanför asylboendet i Saltviksbro för att protestera mot en nationalistisk manifestation, enligt polisens uppskattning.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, same day and place, but 350 officers deployed against 350 counter-demonstrators.`,
  },
  {
    id: 'sv-h14-apart-smuggling-investigations-vs-suspects',
    a: {
      lang: 'en',
      text: `Police in the Stockholm region currently have 118 open investigations into people smuggling, the regional police chief told a news conference on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `I Stockholmsregionen är i dag 118 personer misstänkta för människosmuggling, uppgav regionpolischefen vid en pressträff på onsdagen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number from the same news conference: 118 open investigations against 118 suspects.`,
  },
  {
    id: 'sv-h14-apart-food-prices-vs-rents',
    a: {
      lang: 'en',
      text: `Food prices in Sweden were 3.1 percent higher in February than a year earlier, Statistics Sweden said on Thursday, giving households some relief at the checkout.`,
    },
    b: {
      lang: 'sv',
      text: `Hyrorna för hyresrätter höjs i genomsnitt med 3,1 procent i år, enligt den årliga hyresundersökningen från Statistiska centralbyrån.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 3.1 percent, but annual food price inflation in February against this year's rent increase.`,
  },
  // event: agree
  {
    id: 'sv-h14-iran-convert-deportation-overturned',
    a: {
      lang: 'en',
      text: `Sweden's Migration Court of Appeal ruled on Thursday that a woman who converted to Christianity cannot be deported to Iran, overturning a decision by the Migration Agency.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsöverdomstolen slog på torsdagen fast att en kvinna som konverterat till kristendomen inte får utvisas till Iran, och upphävde därmed Migrationsverkets beslut.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `The appeal court blocks the deportation of a convert to Iran and overturns the agency; same ruling.`,
  },
  {
    id: 'sv-h14-lulea-smuggling-organiser-arrested',
    a: {
      lang: 'en',
      text: `A man suspected of running a network that smuggled Afghan migrants across the Finnish border was arrested in Luleå on Tuesday, police said.`,
    },
    b: {
      lang: 'sv',
      text: `En man som misstänks ha lett ett nätverk som smugglat afghanska migranter över gränsen från Finland greps i Luleå på tisdagen, meddelar polisen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest in Luleå on Tuesday of a suspected smuggling organiser; "arrested" and "greps".`,
  },
  {
    id: 'sv-h14-vitmossa-landslide-rail-halted',
    a: {
      lang: 'en',
      text: `All rail traffic through Vitmossa was halted on Tuesday after a landslide buried part of the track, the Swedish Transport Administration said, and replacement buses were being arranged.`,
    },
    b: {
      lang: 'sv',
      text: `Trafikverket stoppade på tisdagen all tågtrafik genom Vitmossa sedan ett jordskred begravt en del av spåret, och ersättningsbussar sätts nu in.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Rail traffic through Vitmossa halted after a landslide; passive in English, active in Swedish.`,
  },
  {
    id: 'sv-h14-citizenship-bill-approved',
    a: {
      lang: 'en',
      text: `The Riksdag on Wednesday approved the government's bill tightening the requirements for Swedish citizenship, including a longer period of residence and a test of civic knowledge.`,
    },
    b: {
      lang: 'sv',
      text: `Riksdagen röstade på onsdagen igenom regeringens proposition om skärpta krav för svenskt medborgarskap, med bland annat längre hemvisttid och ett prov i samhällskunskap.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Parliament passes the stricter citizenship bill; "approved" and "röstade igenom".`,
  },
  // event: conflict
  {
    id: 'sv-h14-flatholmsund-taser-vs-baton',
    a: {
      lang: 'en',
      text: `A police officer used a Taser on an asylum seeker who resisted being taken into detention at the reception centre in Flatholmsund on Monday, police said.`,
    },
    b: {
      lang: 'sv',
      text: `En asylsökande som gjorde motstånd när han skulle föras till förvar från mottagningsenheten i Flatholmsund på måndagen slogs med batong av en polis, uppger polisen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same use of force in Flatholmsund, but a Taser against a baton.`,
  },
  {
    id: 'sv-h14-hjortmossa-teenager-detention-denied',
    a: {
      lang: 'en',
      text: `The Migration Agency has placed an unaccompanied teenager from Afghanistan in the detention centre in Hjortmossa, his legal guardian said on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket förnekar att en ensamkommande tonåring från Afghanistan har placerats i förvaret i Hjortmossa, vilket hans gode man hävdade på måndagen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `The guardian says the teenager was detained; the agency denies it ("förnekar").`,
  },
  {
    id: 'sv-h14-eritrea-deportations-resumed-vs-halted',
    a: {
      lang: 'en',
      text: `The Migration Agency resumed deportations of rejected asylum seekers to Eritrea on Monday, citing a new assessment of the security situation in the country.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket stoppade på måndagen alla utvisningar till Eritrea av personer som fått avslag på sin asylansökan, med hänvisning till en ny bedömning av säkerhetsläget.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same decision on deportations to Eritrea reported as opposite acts: resumed against halted.`,
  },
  // event: apart
  {
    id: 'sv-h14-apart-rodhammar-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Annika Rödhammar met her Danish counterpart in Copenhagen on Friday to discuss joint charter flights for rejected asylum seekers.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Annika Rödhammar träffade på fredagen Finlands inrikesminister i Helsingfors för samtal om läget vid gränsen mot Ryssland.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same minister on the same day, but meeting the Danish minister in Copenhagen against the Finnish one in Helsinki.`,
  },
  {
    id: 'sv-h14-apart-asylum-housing-arson-other-town',
    a: {
      lang: 'en',
      text: `Someone set fire to the entrance of an asylum housing unit in Saltviksbro early on Sunday, police said, and no one was injured.`,
    },
    b: {
      lang: 'sv',
      text: `Natten till söndag anlades en brand vid entrén till ett asylboende i Rödmyrby, där ingen skadades, och polisen utreder nu händelsen som mordbrand.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same arson act on the same night, but at asylum housing in Saltviksbro against Rödmyrby.`,
  },
  {
    id: 'sv-h14-apart-construction-site-raid-other-date',
    a: {
      lang: 'en',
      text: `Police and the Migration Agency raided a construction site in Kråkvikshamn on 4 February, looking for workers without valid work permits.`,
    },
    b: {
      lang: 'sv',
      text: `Den 18 mars gjorde polisen och Migrationsverket en gemensam kontroll på ett bygge i Kråkvikshamn för att leta efter arbetare som saknar giltiga arbetstillstånd.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same kind of raid in Kråkvikshamn, but on 4 February against 18 March.`,
  },
  // quote
  {
    id: 'sv-h14-quote-calder-failure-of-nerve',
    a: {
      lang: 'en',
      text: `"Closing the door on children is not a migration policy, it is a failure of nerve," Maureen Calder, a spokeswoman for the UN refugee agency, told reporters in Stockholm on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `”Closing the door on children is not a migration policy, it is a failure of nerve”, sade Maureen Calder, talesperson för FN:s flyktingorgan UNHCR, till journalister i Stockholm på tisdagen.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `The UNHCR spokeswoman's English words, verbatim in both texts.`,
  },
  {
    id: 'sv-h14-quote-ullerstam-altered',
    a: {
      lang: 'en',
      text: `"Vi ser i dag ingen koppling till någon gängkonflikt," police spokesman Per Ullerstam told reporters in Vitmossa after Thursday's shooting near the asylum housing.`,
    },
    b: {
      lang: 'sv',
      text: `– Vi ser i dag en tydlig koppling till en gängkonflikt, säger polisens presstalesperson Per Ullerstam till journalister i Vitmossa efter torsdagens skottlossning nära asylboendet.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same Swedish quote on the same occasion, but "ingen koppling till någon" against "en tydlig koppling till en".`,
  },
  {
    id: 'sv-h14-apart-quote-calder-other-matter',
    a: {
      lang: 'en',
      text: `"Reception centres are not prisons and should never be run like them," UNHCR spokeswoman Maureen Calder said on Wednesday of conditions in Swedish reception centres.`,
    },
    b: {
      lang: 'sv',
      text: `”Pushing people back into the forest at night is not border management”, sade UNHCR:s talesperson Maureen Calder om uppgifterna från gränsen mellan Polen och Belarus.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `The same UNHCR spokeswoman, but on Swedish reception centres against pushbacks at the Polish-Belarusian border.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity: agree
  {
    id: 'de-h14-church-asylum-first-half',
    a: {
      lang: 'en',
      text: `Parishes reported 1,120 new cases of church asylum to the Federal Office for Migration and Refugees in the first half of the year, the office said on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `Im ersten Halbjahr sind dem Bundesamt für Migration und Flüchtlinge (BAMF) 1.120 neue Fälle von Kirchenasyl gemeldet worden, wie die Behörde am Dienstag mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `New church asylum cases in the first half: 1,120 and 1.120; same figure.`,
  },
  {
    id: 'de-h14-nebelkraehe-rescue',
    a: {
      lang: 'en',
      text: `The German rescue ship Nebelkrähe took 67 people off an overcrowded rubber boat in the central Mediterranean on Saturday, according to Mare Offen, the Berlin-based charity that operates it.`,
    },
    b: {
      lang: 'de',
      text: `Das Rettungsschiff „Nebelkrähe“ hat am Samstag im zentralen Mittelmeer 67 Menschen aus einem überfüllten Schlauchboot gerettet. Das teilte die Berliner Hilfsorganisation Mare Offen mit, die das Schiff betreibt.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued by the Nebelkrähe on Saturday: 67 in both texts.`,
  },
  {
    id: 'de-h14-ifo-index-november',
    a: {
      lang: 'en',
      text: `Germany's Ifo business climate index fell to 85.6 points in November, the Munich-based institute said on Monday, as companies grew gloomier about the coming months.`,
    },
    b: {
      lang: 'de',
      text: `Der Ifo-Geschäftsklimaindex ist im November auf 85,6 Punkte gesunken, weil die Unternehmen pessimistischer auf die kommenden Monate blicken, teilte das Münchner Institut am Montag mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Ifo index in November: 85.6 and 85,6 with a decimal comma; same value.`,
  },
  {
    id: 'de-h14-eschenbrunn-barracks-residents',
    a: {
      lang: 'en',
      text: `About 480 asylum seekers are currently housed in the former barracks in Eschenbrunn, which the district plans to close by the end of the year, a spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `In der ehemaligen Kaserne in Eschenbrunn leben derzeit rund 480 Asylbewerber, doch der Landkreis will die Unterkunft bis zum Jahresende schließen, sagte ein Sprecher.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Residents of the Eschenbrunn barracks shelter: "about 480" and "rund 480"; same hedge.`,
  },
  // quantity: conflict
  {
    id: 'de-h14-auenwerder-reefer-lorry-differs',
    a: {
      lang: 'en',
      text: `Police found 19 migrants, among them several children, in the cargo hold of a refrigerated lorry stopped near Auenwerder on the motorway to Dresden on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `In einem Kühllaster, den Beamte am Dienstag bei Auenwerder auf der Autobahn Richtung Dresden stoppten, wurden 29 Migranten entdeckt, darunter mehrere Kinder.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants found in the refrigerated lorry near Auenwerder: 19 against 29.`,
  },
  {
    id: 'de-h14-brueckmann-job-cuts-differ',
    a: {
      lang: 'en',
      text: `The valve maker Brückmann Armaturen will cut 540 jobs at its main plant in Wolfsrieden by the end of next year, the company told its works council on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Der Armaturenhersteller Brückmann will an seinem Stammwerk in Wolfsrieden bis Ende kommenden Jahres 450 Stellen abbauen, wie das Unternehmen am Mittwoch dem Betriebsrat mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Job cuts at Brückmann's Wolfsrieden plant: 540 against 450.`,
  },
  {
    id: 'de-h14-deportation-charter-costs-differ',
    a: {
      lang: 'en',
      text: `The Federal Police spent 31.4 million euros on chartered deportation flights last year, the government said in reply to a parliamentary question from the Left party.`,
    },
    b: {
      lang: 'de',
      text: `Für Abschiebungen per Charterflug hat die Bundespolizei im vergangenen Jahr 41,3 Millionen Euro ausgegeben. Das geht aus der Antwort der Bundesregierung auf eine Anfrage der Linken hervor.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Spending on deportation charters last year: 31.4 million euros against 41,3 Millionen.`,
  },
  // quantity: apart
  {
    id: 'de-h14-apart-officers-vs-marchers-leipzig',
    a: {
      lang: 'en',
      text: `Some 1,200 police officers were on duty in Leipzig on Saturday for a march against the planned deportation centre at the city's airport.`,
    },
    b: {
      lang: 'de',
      text: `Rund 1.200 Menschen zogen am Samstag durch die Leipziger Innenstadt, um gegen das geplante Abschiebezentrum am Flughafen zu protestieren, teilte die Polizei mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number at the same march, but 1,200 officers on duty against 1.200 marchers.`,
  },
  {
    id: 'de-h14-apart-georgia-deportations-vs-applications',
    a: {
      lang: 'en',
      text: `Germany deported 640 people to Georgia in the first half of the year, according to figures from the Federal Police published on Friday.`,
    },
    b: {
      lang: 'de',
      text: `Im ersten Halbjahr haben 640 georgische Staatsangehörige in Deutschland erstmals Asyl beantragt, wie aus Zahlen des BAMF vom Freitag hervorgeht.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 640 for the same half-year, but deportations to Georgia against first asylum applications by Georgians.`,
  },
  {
    id: 'de-h14-apart-trains-cancelled-vs-fire-callouts',
    a: {
      lang: 'en',
      text: `Rail operators cancelled 340 trains in Saxony on Thursday after the storm brought down trees across tracks and overhead lines.`,
    },
    b: {
      lang: 'de',
      text: `Wegen des Sturms rückten die Feuerwehren in Sachsen am Donnerstag zu 340 Einsätzen aus, meist wegen umgestürzter Bäume, teilte das Innenministerium in Dresden mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same storm and day, but 340 cancelled trains against 340 fire brigade call-outs.`,
  },
  // event: agree
  {
    id: 'de-h14-wolfsrieden-georgian-family-deported',
    a: {
      lang: 'en',
      text: `A Georgian family was deported from Wolfsrieden before dawn on Tuesday although their case was still pending before the state's hardship commission, the regional refugee council said.`,
    },
    b: {
      lang: 'de',
      text: `Obwohl ihr Fall noch bei der Härtefallkommission des Landes anhängig war, ist eine georgische Familie am Dienstag in den frühen Morgenstunden aus Wolfsrieden abgeschoben worden, kritisierte der Flüchtlingsrat.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Deportation of a Georgian family from Wolfsrieden despite a pending hardship case; same act.`,
  },
  {
    id: 'de-h14-landshut-smuggler-convicted',
    a: {
      lang: 'en',
      text: `The regional court in Landshut on Friday convicted a Syrian man of smuggling migrants across the Austrian border in the boot of his car, rejecting his claim that he had acted out of pity.`,
    },
    b: {
      lang: 'de',
      text: `Das Landgericht Landshut hat am Freitag einen Syrer wegen Einschleusens von Ausländern verurteilt. Er hatte Migranten im Kofferraum über die österreichische Grenze gebracht; seine Beteuerung, aus Mitleid gehandelt zu haben, wies das Gericht zurück.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Conviction of a Syrian smuggler in Landshut; "convicted" and "verurteilt".`,
  },
  {
    id: 'de-h14-hallfeld-textile-insolvency',
    a: {
      lang: 'en',
      text: `The textile maker Hallfeld filed for insolvency at the district court in Kettwiesen on Monday after talks with its lending banks broke down, a company spokeswoman said.`,
    },
    b: {
      lang: 'de',
      text: `Der Textilhersteller Hallfeld hat am Montag beim Amtsgericht Kettwiesen einen Insolvenzantrag gestellt, nachdem die Gespräche mit den finanzierenden Banken gescheitert waren, wie eine Sprecherin sagte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Hallfeld files for insolvency in Kettwiesen; same act, German reported speech.`,
  },
  {
    id: 'de-h14-mooshagen-school-blockade',
    a: {
      lang: 'en',
      text: `Students at the vocational school in Mooshagen blocked its entrance on Thursday morning to stop police from taking a classmate from Guinea away for deportation.`,
    },
    b: {
      lang: 'de',
      text: `Um die Abschiebung eines Mitschülers aus Guinea zu verhindern, blockierten Schülerinnen und Schüler der Berufsschule in Mooshagen am Donnerstagmorgen den Eingang.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Students block the Mooshagen school entrance against a classmate's deportation; same act.`,
  },
  // event: conflict
  {
    id: 'de-h14-eschenbrunn-pepper-spray-vs-batons',
    a: {
      lang: 'en',
      text: `Security guards at the Eschenbrunn shelter used pepper spray to break up a fight between residents on Sunday evening, police said.`,
    },
    b: {
      lang: 'de',
      text: `Bei einer Schlägerei unter Bewohnern der Unterkunft in Eschenbrunn setzte der Sicherheitsdienst am Sonntagabend Schlagstöcke ein, wie die Polizei mitteilte.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same intervention by the guards, but pepper spray against batons ("Schlagstöcke").`,
  },
  {
    id: 'de-h14-gruenwaldau-somali-pushback-denied',
    a: {
      lang: 'en',
      text: `The Federal Police turned back a Somali woman at the Austrian border near Grünwaldau although she had asked for asylum, her lawyer said on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `Die Bundespolizei weist den Vorwurf zurück, eine Somalierin an der Grenze zu Österreich bei Grünwaldau trotz eines Asylgesuchs zurückgewiesen zu haben. Die Frau sei vielmehr regulär an eine Aufnahmeeinrichtung in Bayern weitergeleitet worden, erklärte ein Sprecher der Bundespolizeidirektion München.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `The lawyer says she was turned back at Grünwaldau; the Federal Police denies it.`,
  },
  {
    id: 'de-h14-swiss-border-controls-extended-vs-ended',
    a: {
      lang: 'en',
      text: `Germany's Interior Ministry on Friday extended stationary controls on the border with Switzerland and notified the European Commission, citing continued irregular migration.`,
    },
    b: {
      lang: 'de',
      text: `Das Bundesinnenministerium hat die stationären Kontrollen an der Grenze zur Schweiz am Freitag beendet und die EU-Kommission darüber unterrichtet.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same decision on the Swiss border controls, but extended against ended ("beendet").`,
  },
  // event: apart
  {
    id: 'de-h14-apart-ohlendorf-meets-other',
    a: {
      lang: 'en',
      text: `Federal Police president Sabine Ohlendorf met the head of Poland's Border Guard in Warsaw on Monday to discuss joint patrols along the Oder.`,
    },
    b: {
      lang: 'de',
      text: `Bundespolizeipräsidentin Sabine Ohlendorf ist am Montag in Prag mit dem tschechischen Polizeipräsidenten zusammengetroffen, um über Schleierfahndung im Grenzgebiet zu beraten.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same police chief, but meeting the Polish Border Guard in Warsaw against the Czech police in Prague.`,
  },
  {
    id: 'de-h14-apart-human-chain-other-town',
    a: {
      lang: 'en',
      text: `Residents of Lindenschlag formed a human chain around the town's refugee shelter on Saturday after a far-right group announced a rally outside it.`,
    },
    b: {
      lang: 'de',
      text: `In Birkenhalde bildeten Anwohner am Samstag eine Menschenkette um die Flüchtlingsunterkunft, nachdem eine rechtsextreme Gruppe dort eine Kundgebung angekündigt hatte.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same act on the same day, but a human chain in Lindenschlag against one in Birkenhalde.`,
  },
  {
    id: 'de-h14-apart-karlsruhe-nigeria-flight-other-date',
    a: {
      lang: 'en',
      text: `A charter flight carrying rejected asylum seekers to Nigeria took off from Karlsruhe/Baden-Baden airport on 12 May, the state ministry of justice and migration said.`,
    },
    b: {
      lang: 'de',
      text: `Am 9. Juni startete vom Flughafen Karlsruhe/Baden-Baden ein Sammelabschiebeflug nach Nigeria, wie das baden-württembergische Ministerium der Justiz und für Migration mitteilte.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same kind of deportation flight from Karlsruhe to Nigeria, but on 12 May against 9 June.`,
  },
  // quote
  {
    id: 'de-h14-quote-wendling-erpressen',
    a: {
      lang: 'en',
      text: `"Wir lassen uns von Schleusern nicht erpressen," Saxony's interior minister Jörg Wendling told the state parliament in Dresden on Thursday during a debate on border policy.`,
    },
    b: {
      lang: 'de',
      text: `„Wir lassen uns von Schleusern nicht erpressen“, sagte Sachsens Innenminister Jörg Wendling am Donnerstag in der Landtagsdebatte zur Grenzpolitik in Dresden.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `The Saxon minister's German words, verbatim in both texts.`,
  },
  {
    id: 'de-h14-quote-marchbank-altered',
    a: {
      lang: 'en',
      text: `"Border controls must remain the exception and cannot become a permanent fixture of the Schengen area," European Commission spokesman Colin Marchbank said in Brussels on Monday when asked about Germany.`,
    },
    b: {
      lang: 'de',
      text: `„Border controls must remain the exception and cannot become the normal state of the Schengen area“, sagte der Sprecher der EU-Kommission, Colin Marchbank, am Montag in Brüssel auf die Frage nach Deutschland.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same English quote on the same occasion, but "a permanent fixture" against "the normal state".`,
  },
  {
    id: 'de-h14-apart-quote-wendling-other-matter',
    a: {
      lang: 'en',
      text: `"Wer hier arbeitet und sich an die Regeln hält, soll bleiben dürfen," Saxony's interior minister Jörg Wendling said on Tuesday of rejected asylum seekers employed in care homes.`,
    },
    b: {
      lang: 'de',
      text: `„Grenzkontrollen allein lösen kein einziges Problem“, sagte Sachsens Innenminister Jörg Wendling am Mittwoch mit Blick auf die Lage an der Grenze zu Polen.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `The same minister, but on rejected asylum seekers working in care against the Polish border.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity: agree
  {
    id: 'es-h14-la-gomera-cayuco-occupants',
    a: {
      lang: 'en',
      text: `A cayuco carrying 163 people, among them several women and children, reached the port of San Sebastián de La Gomera on Sunday afternoon, Spain's maritime rescue service said.`,
    },
    b: {
      lang: 'es',
      text: `Un cayuco con 163 ocupantes, entre ellos varias mujeres y menores, arribó el domingo por la tarde al puerto de San Sebastián de La Gomera, según informó Salvamento Marítimo.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People aboard the cayuco that reached La Gomera: 163 in both texts.`,
  },
  {
    id: 'es-h14-tumbes-venezuelans-leaving',
    a: {
      lang: 'en',
      text: `Peruvian authorities registered 1,280 Venezuelans leaving the country through the northern border post at Tumbes last week, most of them heading home, according to the national migration office.`,
    },
    b: {
      lang: 'es',
      text: `Unos 1.280 venezolanos abandonaron Perú la semana pasada por el puesto fronterizo de Tumbes, la mayoría de regreso a su país, según la Superintendencia Nacional de Migraciones.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Venezuelans leaving Peru via Tumbes last week: 1,280 and "unos 1.280"; the hedge overlaps.`,
  },
  {
    id: 'es-h14-banxico-rate-cut',
    a: {
      lang: 'en',
      text: `Mexico's central bank cut its benchmark interest rate to 8.5 percent on Thursday, citing slowing inflation and weak economic activity.`,
    },
    b: {
      lang: 'es',
      text: `El Banco de México recortó el jueves su tasa de interés de referencia hasta el 8,5\u00a0%, ante la moderación de la inflación y la debilidad de la actividad económica.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Banxico's new benchmark rate: 8.5 percent and 8,5\u00a0%; same value.`,
  },
  {
    id: 'es-h14-murcia-fake-job-contracts',
    a: {
      lang: 'en',
      text: `Police broke up a network in Murcia and Alicante that had sold 460 fake job contracts to migrants seeking residence papers, the National Police said on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `La Policía Nacional ha desarticulado en Murcia y Alicante una red que vendió 460 contratos de trabajo falsos a migrantes que buscaban regularizar su situación, según informó el cuerpo este martes.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Fake job contracts sold by the network: 460 in both texts.`,
  },
  // quantity: conflict
  {
    id: 'es-h14-hermosillo-warehouse-migrants-differ',
    a: {
      lang: 'en',
      text: `Mexican soldiers found 126 migrants abandoned by smugglers in a warehouse on the outskirts of Hermosillo on Friday, the Defence Ministry said.`,
    },
    b: {
      lang: 'es',
      text: `Efectivos del Ejército localizaron el viernes a 162 migrantes abandonados por traficantes en una bodega de las afueras de Hermosillo, informó la Secretaría de la Defensa Nacional.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants found in the Hermosillo warehouse: 126 against 162.`,
  },
  {
    id: 'es-h14-cusco-landslides-homeless-differ',
    a: {
      lang: 'en',
      text: `Landslides triggered by heavy rain in Peru's Cusco region have left 1,360 families homeless, the National Civil Defence Institute said on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `Los deslizamientos provocados por las intensas lluvias en la región de Cusco han dejado sin hogar a 3.160 familias, informó el miércoles el Instituto Nacional de Defensa Civil (Indeci).`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Families left homeless by the Cusco landslides: 1,360 against 3.160.`,
  },
  {
    id: 'es-h14-cadiz-skippers-arrested-differ',
    a: {
      lang: 'en',
      text: `The Guardia Civil has arrested 27 skippers of migrant boats in the province of Cádiz so far this year, the government sub-delegation said on Thursday.`,
    },
    b: {
      lang: 'es',
      text: `En lo que va de año, la Guardia Civil ha detenido en la provincia de Cádiz a 72 patrones de embarcaciones con migrantes, según datos de la Subdelegación del Gobierno.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrant-boat skippers arrested in Cádiz this year: 27 against 72.`,
  },
  // quantity: apart
  {
    id: 'es-h14-apart-reception-places-vs-residents-torrecilla',
    a: {
      lang: 'en',
      text: `The former barracks in Torrecilla del Sabinar will be turned into a reception centre with 650 places for asylum seekers, the Ministry of Inclusion said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `Unos 650 vecinos se manifestaron el domingo en Torrecilla del Sabinar contra la apertura de un centro de acogida para solicitantes de asilo en el antiguo cuartel, según la Guardia Civil.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same centre and same number, but 650 reception places against 650 protesting residents.`,
  },
  {
    id: 'es-h14-apart-remittances-vs-coffee-exports-honduras',
    a: {
      lang: 'en',
      text: `Remittances sent home by Hondurans living abroad rose 9.4 percent in the first quarter, the Central Bank of Honduras said on Monday.`,
    },
    b: {
      lang: 'es',
      text: `Las exportaciones hondureñas de café cayeron un 9,4\u00a0% en el primer trimestre, según datos del Instituto Hondureño del Café (IHCAFE).`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 9.4 percent for the same quarter, but the rise in remittances against the fall in coffee exports.`,
  },
  {
    id: 'es-h14-apart-visitor-cards-vs-deported-tapachula',
    a: {
      lang: 'en',
      text: `Mexico's National Migration Institute issued 1,740 humanitarian visitor cards to migrants in Tapachula last week, the institute said in a statement.`,
    },
    b: {
      lang: 'es',
      text: `La semana pasada, 1.740 migrantes fueron deportados por vía terrestre desde Tapachula a Guatemala, informó en un comunicado el Instituto Nacional de Migración.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 1,740 in Tapachula the same week, but humanitarian cards issued against migrants deported.`,
  },
  // event: agree
  {
    id: 'es-h14-mauritania-circular-migration-agreement',
    a: {
      lang: 'en',
      text: `Spain and Mauritania signed a circular migration agreement in Nouakchott on Tuesday that will allow Mauritanian workers to take part in Spanish harvest seasons.`,
    },
    b: {
      lang: 'es',
      text: `España y Mauritania firmaron el martes en Nuakchot un acuerdo de migración circular que permitirá a trabajadores mauritanos participar en las campañas agrícolas en territorio español.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Signing of the Spain-Mauritania circular migration agreement in Nouakchott; same act.`,
  },
  {
    id: 'es-h14-guatemala-state-of-prevention',
    a: {
      lang: 'en',
      text: `Guatemala's government declared a state of prevention on Thursday in the departments bordering Honduras, as a migrant caravan was forming in San Pedro Sula.`,
    },
    b: {
      lang: 'es',
      text: `Ante la formación de una caravana migrante en San Pedro Sula, el Gobierno de Guatemala decretó el jueves el estado de prevención en los departamentos fronterizos con Honduras.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Guatemala declares a state of prevention on the Honduran border; "declared" and "decretó".`,
  },
  {
    id: 'es-h14-penaverde-forest-fire-evacuation',
    a: {
      lang: 'en',
      text: `A forest fire in the province of Zamora forced the evacuation of the village of Peñaverde de Sanabria on Saturday afternoon, regional emergency services said.`,
    },
    b: {
      lang: 'es',
      text: `Los servicios de emergencia de Castilla y León desalojaron el sábado por la tarde el pueblo zamorano de Peñaverde de Sanabria ante el avance de un incendio forestal.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Evacuation of Peñaverde de Sanabria because of a forest fire; "evacuation" and "desalojaron".`,
  },
  {
    id: 'es-h14-chihuahua-measles-alert',
    a: {
      lang: 'en',
      text: `Mexico's health ministry issued an epidemiological alert on Monday over a measles outbreak in the northern state of Chihuahua, urging parents to vaccinate their children.`,
    },
    b: {
      lang: 'es',
      text: `La Secretaría de Salud emitió el lunes una alerta epidemiológica por el brote de sarampión en Chihuahua y llamó a los padres a vacunar a sus hijos.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Measles alert for Chihuahua issued on Monday; same act.`,
  },
  // event: conflict
  {
    id: 'es-h14-algeciras-dockers-foam-vs-batons',
    a: {
      lang: 'en',
      text: `Riot police fired foam projectiles at stevedores who were blocking access to the port of Algeciras on Wednesday in protest against planned automation.`,
    },
    b: {
      lang: 'es',
      text: `Los antidisturbios cargaron con porras el miércoles contra los estibadores que bloqueaban el acceso al puerto de Algeciras en protesta por la automatización prevista.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same police action at Algeciras, but foam projectiles against a baton charge ("porras").`,
  },
  {
    id: 'es-h14-almeria-dinghy-adrift-denied',
    a: {
      lang: 'en',
      text: `Spain's maritime rescue service left a dinghy carrying migrants adrift for hours off Almería before sending a boat, the migrant rights group Frontera Abierta Sur said on Monday.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo niega haber dejado a la deriva durante horas una neumática con migrantes frente a las costas de Almería, como denunció el lunes el colectivo Frontera Abierta Sur.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `The NGO says the dinghy was left adrift; the rescue service denies it ("niega").`,
  },
  {
    id: 'es-h14-canary-migratory-emergency-declared-vs-lifted',
    a: {
      lang: 'en',
      text: `The Canary Islands government declared a migratory emergency on Monday, saying its centres for unaccompanied minors had run out of room.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno de Canarias levantó el lunes la declaración de emergencia migratoria, al considerar que sus centros de menores no acompañados ya no están desbordados.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same emergency decision on the same day, but declared against lifted ("levantó").`,
  },
  // event: apart
  {
    id: 'es-h14-apart-villaclara-meets-other',
    a: {
      lang: 'en',
      text: `Spain's interior minister Ernesto Villaclara met his Moroccan counterpart in Rabat on Monday to discuss cooperation against migrant smuggling.`,
    },
    b: {
      lang: 'es',
      text: `El ministro del Interior, Ernesto Villaclara, se reunió el lunes en Dakar con su homólogo senegalés para abordar la salida de cayucos hacia Canarias.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same minister, but meeting the Moroccan minister in Rabat against the Senegalese one in Dakar.`,
  },
  {
    id: 'es-h14-apart-panamerican-blockade-other-town',
    a: {
      lang: 'en',
      text: `Residents blocked the Pan-American Highway at Ejido Los Tamarindos on Tuesday to demand the release of a local activist held by migration agents.`,
    },
    b: {
      lang: 'es',
      text: `Vecinos de San Martín Cuyoapan bloquearon el martes la carretera Panamericana a la altura de su localidad para exigir la liberación de un activista retenido por agentes migratorios.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same kind of highway blockade on the same day, but at Ejido Los Tamarindos against San Martín Cuyoapan.`,
  },
  {
    id: 'es-h14-apart-barajas-colombia-flight-other-date',
    a: {
      lang: 'en',
      text: `A Frontex-coordinated charter flight carrying deported Colombians left Madrid-Barajas airport on 3 April, the Interior Ministry said.`,
    },
    b: {
      lang: 'es',
      text: `El 22 de mayo despegó del aeropuerto de Madrid-Barajas un vuelo fletado, coordinado por Frontex, con colombianos deportados, informó el Ministerio del Interior.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same kind of deportation flight from Barajas to Colombia, but on 3 April against 22 May.`,
  },
  // quote
  {
    id: 'es-h14-quote-santovena-puerta-de-europa',
    a: {
      lang: 'en',
      text: `"No podemos seguir siendo la puerta de Europa mientras Europa mira hacia otro lado," Lucía Santoveña, the Canary Islands' social welfare councillor, told reporters in Las Palmas on Friday.`,
    },
    b: {
      lang: 'es',
      text: `«No podemos seguir siendo la puerta de Europa mientras Europa mira hacia otro lado», afirmó el viernes en Las Palmas la consejera de Bienestar Social del Gobierno de Canarias, Lucía Santoveña.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `The Canary councillor's Spanish words, verbatim in both texts.`,
  },
  {
    id: 'es-h14-quote-brennock-altered',
    a: {
      lang: 'en',
      text: `"There is no back door into the United States, only a longer and more dangerous road," US deputy assistant secretary of state Howard Brennock said in Guatemala City on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `«There is no back door into the United States, only a shorter road to detention», advirtió el miércoles en Ciudad de Guatemala el subsecretario adjunto de Estado de EE.UU., Howard Brennock.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same English quote on the same occasion, but "a longer and more dangerous road" against "a shorter road to detention".`,
  },
  {
    id: 'es-h14-apart-quote-santovena-other-matter',
    a: {
      lang: 'en',
      text: `"Los menores que llegan en cayuco no son cupos que se reparten, son niños," Canary Islands welfare councillor Lucía Santoveña said on Tuesday of the relocation talks with Madrid.`,
    },
    b: {
      lang: 'es',
      text: `«El alquiler vacacional no puede seguir expulsando a los vecinos de sus barrios», declaró el jueves la consejera canaria Lucía Santoveña durante un debate sobre vivienda en el Parlamento regional.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `The same councillor, but on relocating migrant minors against holiday rentals and housing.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity: agree
  {
    id: 'fr-h14-ecrouvelle-small-boat-rescue',
    a: {
      lang: 'en',
      text: `Fifty-eight people were rescued from a small boat in difficulty off Écrouvelle-sur-Mer at dawn on Thursday, the maritime prefecture for the Channel and North Sea said.`,
    },
    b: {
      lang: 'fr',
      text: `Cinquante-huit personnes ont été secourues jeudi à l'aube au large d'Écrouvelle-sur-Mer, à bord d'une embarcation en difficulté, a indiqué la préfecture maritime de la Manche et de la mer du Nord.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued off Écrouvelle-sur-Mer: fifty-eight, spelled out in both languages.`,
  },
  {
    id: 'fr-h14-births-last-year',
    a: {
      lang: 'en',
      text: `France recorded 663,000 births last year, the lowest figure since the end of the Second World War, the statistics institute INSEE said on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Avec 663\u202f000 naissances l'an dernier, la France a atteint son plus bas niveau depuis la fin de la Seconde Guerre mondiale, selon le bilan démographique publié mardi par l'Insee.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Births in France last year: 663,000 and 663\u202f000 with a narrow no-break space.`,
  },
  {
    id: 'fr-h14-pyrenees-orientales-handed-back-spain',
    a: {
      lang: 'en',
      text: `French border police handed 237 migrants back to Spanish authorities at crossings in the Pyrénées-Orientales last month, the prefecture said on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Le mois dernier, 237 migrants ont été remis aux autorités espagnoles aux points de passage frontaliers des Pyrénées-Orientales, a fait savoir lundi la préfecture.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants handed back to Spain last month: 237 in both texts.`,
  },
  {
    id: 'fr-h14-landes-ducks-culled',
    a: {
      lang: 'en',
      text: `About 1.2 million ducks have been culled in the Landes since bird flu reappeared in the department in the autumn, the agriculture ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 1,2\u00a0million de canards ont été abattus dans les Landes depuis la réapparition de la grippe aviaire à l'automne, selon le ministère de l'Agriculture.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Ducks culled in the Landes: about 1.2 million and environ 1,2 million.`,
  },
  // quantity: conflict
  {
    id: 'fr-h14-north-coast-surveillance-funds-differ',
    a: {
      lang: 'en',
      text: `The interior ministry has set aside 48 million euros this year to step up surveillance of the northern coast, including drones, night-vision equipment and extra gendarmes.`,
    },
    b: {
      lang: 'fr',
      text: `Pour renforcer la surveillance du littoral nord, le ministère de l'Intérieur a débloqué 84\u00a0millions d'euros cette année, qui financeront notamment des drones et des renforts de gendarmes.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Money for coastal surveillance this year: 48 million euros against 84 millions.`,
  },
  {
    id: 'fr-h14-cap-fraternite-marseille-differs',
    a: {
      lang: 'en',
      text: `The charity ship Cap Fraternité disembarked 213 survivors in Marseille on Sunday after rescuing them off Libya, the association that charters it said.`,
    },
    b: {
      lang: 'fr',
      text: `Le navire humanitaire Cap Fraternité a débarqué dimanche à Marseille 231 rescapés secourus au large de la Libye, selon l'association qui l'affrète.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Survivors landed in Marseille by the Cap Fraternité: 213 against 231.`,
  },
  {
    id: 'fr-h14-heatwave-schools-closed-differ',
    a: {
      lang: 'en',
      text: `About 1,350 schools closed on Tuesday as the heat wave reached its peak across much of the country, the education ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 1\u202f900 écoles ont dû fermer leurs portes mardi, au plus fort de la canicule, selon le ministère de l'Éducation nationale.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Schools closed in the heat wave on Tuesday: about 1,350 against près de 1 900; the hedges do not overlap.`,
  },
  // quantity: apart
  {
    id: 'fr-h14-apart-shelter-beds-vs-evacuated-roncevert',
    a: {
      lang: 'en',
      text: `The prefecture of Pas-de-Calais opened an emergency shelter with 180 beds for exiles in a former school in Roncevert on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 180 exilés ont été évacués lundi d'un campement installé sous un pont de Roncevert, a annoncé la préfecture du Pas-de-Calais.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same town, day and number, but 180 shelter beds against 180 exiles evacuated from a camp.`,
  },
  {
    id: 'fr-h14-apart-purchasing-power-vs-gdp',
    a: {
      lang: 'en',
      text: `French household purchasing power rose 0.6 percent in the second quarter, the statistics institute INSEE said on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `Le produit intérieur brut de la France a progressé de 0,6\u00a0% au deuxième trimestre, selon les chiffres publiés vendredi par l'Insee.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 0.6 percent for the same quarter, but purchasing power against GDP.`,
  },
  {
    id: 'fr-h14-apart-boats-seized-vs-smugglers-pas-de-calais',
    a: {
      lang: 'en',
      text: `Gendarmes have seized 73 inflatable boats on the beaches and in the dunes of the Pas-de-Calais since January, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Depuis janvier, 73 passeurs présumés ont été interpellés dans le Pas-de-Calais, indique la préfecture, qui fait état d'une pression accrue sur les réseaux.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 73 since January, but inflatable boats seized against suspected smugglers arrested.`,
  },
  // event: agree
  {
    id: 'fr-h14-canche-estuary-boat-stopped',
    a: {
      lang: 'en',
      text: `Gendarmes stopped a small boat from setting off in the Canche estuary at dawn on Wednesday, the first such intervention on a river, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Les gendarmes ont empêché mercredi à l'aube le départ d'une petite embarcation dans l'estuaire de la Canche, une première en milieu fluvial, selon la préfecture.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Gendarmes prevent a small-boat departure in the Canche estuary; "stopped" and "ont empêché".`,
  },
  {
    id: 'fr-h14-brehaloup-eritrean-train-death',
    a: {
      lang: 'en',
      text: `A young Eritrean man was killed by a freight train near Bréhaloup on Monday night as he walked along the tracks towards the coast, the prosecutor said.`,
    },
    b: {
      lang: 'fr',
      text: `Un jeune Érythréen a été mortellement percuté par un train de fret lundi soir près de Bréhaloup, alors qu'il longeait les voies en direction du littoral, selon le parquet.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Death of a young Eritrean hit by a freight train near Bréhaloup; same event.`,
  },
  {
    id: 'fr-h14-saint-gildric-swimming-ban',
    a: {
      lang: 'en',
      text: `The mayor of Saint-Gildric banned swimming on the town's beaches on Friday after a sewage overflow contaminated the water, the regional health agency said.`,
    },
    b: {
      lang: 'fr',
      text: `Après un débordement des eaux usées, la baignade a été interdite vendredi par arrêté municipal sur les plages de Saint-Gildric, a indiqué l'agence régionale de santé.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Swimming ban on the Saint-Gildric beaches; active in English, passive in French.`,
  },
  {
    id: 'fr-h14-regularisation-circular-signed',
    a: {
      lang: 'en',
      text: `The interior minister signed a circular on Thursday telling prefects to tighten the exceptional regularisation of undocumented workers, the ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur a signé jeudi une circulaire demandant aux préfets de durcir les conditions d'admission exceptionnelle au séjour des travailleurs sans papiers.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Signing of the circular tightening regularisations; same act.`,
  },
  // event: conflict
  {
    id: 'fr-h14-vauclerc-pepper-spray-vs-tear-gas',
    a: {
      lang: 'en',
      text: `Gendarmes used pepper spray on Saturday to clear activists who were blocking the gate of the administrative detention centre in Vauclerc-sur-Lys.`,
    },
    b: {
      lang: 'fr',
      text: `Samedi, les gendarmes ont fait usage de grenades lacrymogènes pour déloger les militants qui bloquaient l'entrée du centre de rétention administrative de Vauclerc-sur-Lys.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same clearance at the Vauclerc-sur-Lys detention centre, but pepper spray against tear gas grenades.`,
  },
  {
    id: 'fr-h14-roncevert-soup-kitchen-checks-denied',
    a: {
      lang: 'en',
      text: `Police carried out identity checks on exiles at a soup kitchen in Roncevert on Tuesday evening, volunteers from the association Fraternité Opale said.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture dément que des contrôles d'identité aient été menés mardi soir lors d'une distribution de repas aux exilés à Roncevert, comme l'affirme l'association Fraternité Opale.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Volunteers report identity checks at the soup kitchen; the prefecture denies them ("dément").`,
  },
  {
    id: 'fr-h14-corsica-autonomy-approved-vs-rejected',
    a: {
      lang: 'en',
      text: `The Corsican Assembly on Friday approved the draft text on the island's autonomy that had been negotiated with the government in Paris.`,
    },
    b: {
      lang: 'fr',
      text: `L'Assemblée de Corse a rejeté vendredi le projet de texte sur l'autonomie de l'île négocié avec le gouvernement à Paris.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same vote on the autonomy text, but approved against rejected ("a rejeté").`,
  },
  // event: apart
  {
    id: 'fr-h14-apart-vauxbrun-meets-other',
    a: {
      lang: 'en',
      text: `French interior minister Thierry Vauxbrun met the British home secretary in London on Monday to discuss small-boat crossings in the Channel.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Thierry Vauxbrun, s'est entretenu lundi à Rome avec son homologue italien au sujet des contrôles à la frontière franco-italienne.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same minister, but meeting the British home secretary in London against the Italian minister in Rome.`,
  },
  {
    id: 'fr-h14-apart-camp-fire-other-town',
    a: {
      lang: 'en',
      text: `A fire destroyed part of the migrant camp in Écrouvelle-sur-Mer on Wednesday night without causing injuries, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Un incendie a ravagé mercredi soir une partie du campement d'exilés de Bréhaloup, sans faire de blessés, selon la préfecture.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same kind of camp fire on the same night, but in Écrouvelle-sur-Mer against Bréhaloup.`,
  },
  {
    id: 'fr-h14-apart-lyon-squat-eviction-other-date',
    a: {
      lang: 'en',
      text: `Police evicted the exiles occupying a former office building on Rue des Tanneurs in Lyon on 9 January, acting on the prefect's orders.`,
    },
    b: {
      lang: 'fr',
      text: `Le 21 février, les forces de l'ordre ont évacué sur ordre du préfet les exilés qui occupaient un ancien immeuble de bureaux de la rue des Tanneurs, à Lyon.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `The same kind of eviction at the same building, but on 9 January against 21 February.`,
  },
  // quote
  {
    id: 'fr-h14-quote-dunmore-french-sand',
    a: {
      lang: 'en',
      text: `"Every boat we stop on French sand is a life we do not have to pull out of the sea," British immigration minister Alistair Dunmore said in Calais on Thursday.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Every boat we stop on French sand is a life we do not have to pull out of the sea\u00a0», a déclaré jeudi à Calais le ministre britannique de l'Immigration, Alistair Dunmore.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `The British minister's English words, verbatim in both texts.`,
  },
  {
    id: 'fr-h14-quote-marteaux-altered',
    a: {
      lang: 'en',
      text: `"Nous ne sommes pas équipés pour accueillir tout ce monde," Sylvie Marteaux, the mayor of Écrouvelle-sur-Mer, told reporters on Monday after another night of arrivals on the beach.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Nous ne sommes plus en mesure d'accueillir dignement ces gens\u00a0», a lancé lundi devant la presse Sylvie Marteaux, maire d'Écrouvelle-sur-Mer, après une nouvelle nuit d'arrivées sur la plage.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same French quote on the same occasion, but "pas équipés pour accueillir tout ce monde" against "plus en mesure d'accueillir dignement ces gens".`,
  },
  {
    id: 'fr-h14-apart-quote-dunmore-other-matter',
    a: {
      lang: 'en',
      text: `"We will close asylum hotels faster than any government before us," British immigration minister Alistair Dunmore told MPs in London on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Smugglers do not respect borders, so our police cannot stop at them either\u00a0», a affirmé mercredi à Calais le ministre britannique de l'Immigration, Alistair Dunmore.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `The same British minister, but on asylum hotels against cross-border policing of smugglers.`,
  },
];
