/**
 * Twelfth held-out set of cross-language claim pairs. Written by a helper in session 6 without
 * looking at the library's rules, term tables or any earlier pair. Exactly this was read: lines
 * 1-45 of `cross-pairs.ts` (header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-8.ts` (header and import, to copy the conventions), the directory listing
 * of `tests/data/`, and the ids of all earlier sets via
 * `grep -ho "id: '[^']*'" tests/data/cross-pairs*.ts`, so that no id or story is knowingly
 * reused. Nothing under `src/`, no other test file, no pair text of any other data file and
 * nothing under `scratch/` was read, and the library was not run.
 *
 * Same shape and conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently
 * the way that language's wire or regional newspaper press would put it (own word order,
 * attribution, number format, hedges, weekday and date expressions); one main claim of `kind`
 * per text, some texts two sentences long; quantity texts state one number (dates and ordinals
 * aside); event texts state no counts; quotes by English-speaking officials stay in English in
 * both texts, local speakers are quoted in their own language in both texts.
 *
 * Per foreign language (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict) and 7
 * look-alikes (apart). Kinds per language: 10 quantity, 10 event, 3 quote (comparable: 7
 * quantity, 7 event, 2 quote; apart: 3 quantity, 3 event, 1 quote). Agree/conflict of the
 * comparable pairs: quantity 4/3 (every conflict a differing figure), event 4/3 (one differing
 * instrument of force, one negation or denial, one antonym act), quote 1/1 (the conflict:
 * altered quote words). Look-alikes: the same number counting something else (3), the same
 * person meeting someone else, the same act in another town, the same act on another date, the
 * same speaker on another matter. 92 pairs in all. About three quarters of the stories are about
 * migration, borders, asylum, caravans, crossings, police, riots, protests, security forces,
 * deportations, rescues at sea, smuggling, detention and reception centres; the rest are about
 * politics, the economy, disasters and health.
 *
 * Invented names (people, companies, ships, associations, small towns, districts, storms):
 * Ljusbojen, Havsbrygga, Ulvsjöberg, Rönnslätt (district of Örebro), Knektmyra, Bjurhamra,
 * Tallhedsby, Fri Passage, Annika Fjällgren, Dilnur Ablikim, Fiona Carraway, Lena Törnqvist,
 * Karl Hedvall; Kranichzug, Ankerlicht, Ostrander Antriebstechnik, Quellenrode, Kesselbrunn,
 * Ottersfurt, Dornhagen, Sabine Wendhausen, Rachel Tamworth, Matthias Reuschler; Nueva Esperanza
 * del Soconusco, La Quiebra del Cedro, Villanueva del Arenal, Cortijos de Marbaja, Huerta de
 * Valdelamar, Caminantes del Estrecho, Casa del Caminante Sureño, Fermín Ocotlán, Rebecca
 * Strand, Arturo Lizarazu; Les Cairns, cyclone Tiavina, Frontière Humaine, Saint-Ombreval,
 * Kermaden, Pontvallon, Mireille Haudecoeur, Oliver Tranmere, Laurent Vaissière. Countries,
 * capitals, big cities, regions and real institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs12: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // Comparable, quantity: agree
  {
    id: 'sv-h12-unaccompanied-minors-first-half',
    a: {
      lang: 'en',
      text: `A total of 512 unaccompanied children applied for asylum in Sweden during the first half of the year, according to figures the Swedish Migration Agency published on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Under årets första halvår sökte 512 ensamkommande barn asyl i Sverige. Det framgår av statistik som Migrationsverket presenterade i tisdags.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Unaccompanied child asylum applicants in the first half of the year: 512 in both.`,
  },
  {
    id: 'sv-h12-ljusbojen-crete-rescue',
    a: {
      lang: 'en',
      text: `The rescue ship Ljusbojen, run by the Gothenburg-based charity Havsbrygga, took 87 people aboard from an overcrowded fishing boat south of Crete on Sunday, the group said.`,
    },
    b: {
      lang: 'sv',
      text: `Räddningsfartyget Ljusbojen plockade i söndags upp 87 personer från en överlastad fiskebåt söder om Kreta, uppger den göteborgska organisationen Havsbrygga.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People taken aboard the Ljusbojen south of Crete on Sunday: 87 in both.`,
  },
  {
    id: 'sv-h12-hyllie-travellers-checked-easter',
    a: {
      lang: 'en',
      text: `Police checked about 4,300 travellers arriving at Hyllie station in Malmö over the Easter weekend as part of the internal border controls, a police spokesman said.`,
    },
    b: {
      lang: 'sv',
      text: `Under påskhelgen kontrollerades cirka 4\u00a0300 resenärer vid Hyllie station i Malmö inom ramen för de inre gränskontrollerna, enligt polisens presstalesperson.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Travellers checked at Hyllie over Easter: about 4,300 and cirka 4 300, same hedge.`,
  },
  {
    id: 'sv-h12-whooping-cough-cases-year',
    a: {
      lang: 'en',
      text: `Sweden has recorded 1,240 confirmed cases of whooping cough so far this year, the Public Health Agency said on Thursday, urging pregnant women to get vaccinated.`,
    },
    b: {
      lang: 'sv',
      text: `Hittills i år har 1\u00a0240 fall av kikhosta bekräftats i Sverige, meddelade Folkhälsomyndigheten i torsdags och uppmanade gravida att vaccinera sig.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Confirmed whooping cough cases this year: 1,240 and 1 240 (kikhosta).`,
  },
  // Comparable, quantity: conflict (differing figure)
  {
    id: 'sv-h12-ulvsjoberg-residents-moved-differ',
    a: {
      lang: 'en',
      text: `About 140 asylum seekers were moved out of the Migration Agency's accommodation in Ulvsjöberg on Monday after the agency ended its lease on the former hotel, local radio reported.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 210 asylsökande fick i måndags lämna Migrationsverkets boende i Ulvsjöberg, sedan myndigheten sagt upp hyresavtalet för det före detta hotellet, rapporterar Sveriges Radio.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Asylum seekers moved out of the Ulvsjöberg housing on Monday: about 140 against omkring 210.`,
  },
  {
    id: 'sv-h12-ronnslatt-riot-officers-injured-differ',
    a: {
      lang: 'en',
      text: `Twelve police officers were injured during overnight unrest in the Rönnslätt district of Örebro, where youths threw stones and set cars alight, police said on Saturday.`,
    },
    b: {
      lang: 'sv',
      text: `Sju poliser skadades när ungdomar kastade sten och satte eld på bilar i Rönnslätt i Örebro under natten mot lördagen, uppger polisen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Officers injured in the Rönnslätt riot: twelve against sju (seven), numbers in words.`,
  },
  {
    id: 'sv-h12-hudiksvall-rainfall-differs',
    a: {
      lang: 'en',
      text: `A total of 118 millimetres of rain fell over Hudiksvall on Sunday, flooding streets and cellars across the town, according to the Swedish Meteorological and Hydrological Institute.`,
    },
    b: {
      lang: 'sv',
      text: `Över Hudiksvall föll 81 millimeter regn under söndagen, vilket satte gator och källare under vatten, enligt SMHI.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Sunday rainfall over Hudiksvall: 118 mm against 81 mm.`,
  },
  // Comparable, event: agree
  {
    id: 'sv-h12-uppsala-sham-marriage-organiser-remanded',
    a: {
      lang: 'en',
      text: `A man suspected of arranging sham marriages to obtain Swedish residence permits for foreign nationals was remanded in custody by Uppsala District Court on Friday, prosecutors said.`,
    },
    b: {
      lang: 'sv',
      text: `Uppsala tingsrätt häktade i fredags en man som misstänks ha ordnat skenäktenskap för att skaffa uppehållstillstånd åt utländska medborgare, meddelar åklagaren.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Suspected sham-marriage organiser remanded in custody in Uppsala on Friday (häktades).`,
  },
  {
    id: 'sv-h12-migration-agency-director-general-appointed',
    a: {
      lang: 'en',
      text: `The government on Thursday appointed Annika Fjällgren, currently head of the Prison and Probation Service's northern region, as the new director-general of the Swedish Migration Agency.`,
    },
    b: {
      lang: 'sv',
      text: `Annika Fjällgren, i dag regionchef för Kriminalvården i norr, blir ny generaldirektör för Migrationsverket. Det beslutade regeringen på torsdagen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Fjällgren appointed director-general of the Migration Agency on Thursday.`,
  },
  {
    id: 'sv-h12-ystad-lorry-driver-arrested',
    a: {
      lang: 'en',
      text: `A Polish lorry driver was arrested at the ferry terminal in Ystad on Wednesday morning after customs officers found migrants hidden behind pallets in his trailer, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Sedan tullen hittat migranter gömda bakom lastpallar i släpet greps en polsk lastbilschaufför vid färjeterminalen i Ystad på onsdagsmorgonen, uppger polisen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Polish lorry driver arrested at Ystad ferry terminal on Wednesday morning (greps).`,
  },
  {
    id: 'sv-h12-knektmyra-boil-water-notice',
    a: {
      lang: 'en',
      text: `Knektmyra municipality told residents on Tuesday to boil their drinking water after E. coli bacteria were found in samples taken at the town's waterworks.`,
    },
    b: {
      lang: 'sv',
      text: `Knektmyra kommun utfärdade i tisdags kokningsrekommendation för dricksvattnet sedan E. coli-bakterier påträffats i prover från vattenverket, skriver Sundsvalls Tidning.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Boil-water notice issued in Knektmyra on Tuesday after E. coli found.`,
  },
  // Comparable, event: conflict
  {
    id: 'sv-h12-marsta-detainee-taser-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police used a Taser to overpower a detainee who had barricaded himself in the kitchen of the Migration Agency's detention centre in Märsta on Saturday evening, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `En förvarstagen man som barrikaderat sig i köket på Migrationsverkets förvar i Märsta övermannades i lördags kväll av polis med pepparsprej, uppger myndigheten.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Barricaded detainee in Märsta overpowered on Saturday: Taser against pepparsprej (instrument).`,
  },
  {
    id: 'sv-h12-stockholm-central-profiling-denied',
    a: {
      lang: 'en',
      text: `Police officers at Stockholm Central Station stopped people for identity checks on Monday evening solely because of their appearance, according to the rights group Fri Passage.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen tillbakavisar uppgifterna från föreningen Fri Passage om att personer stoppades för id-kontroll på Stockholms centralstation i måndags kväll enbart på grund av sitt utseende.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Identity checks by appearance at Stockholm Central on Monday: asserted against denied by police.`,
  },
  {
    id: 'sv-h12-ablikim-asylum-granted-vs-refused',
    a: {
      lang: 'en',
      text: `The Migration Court in Gothenburg on Tuesday granted asylum to Dilnur Ablikim, a Uyghur journalist who fled China, his lawyer said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsdomstolen i Göteborg avslog i tisdags asylansökan från Dilnur Ablikim, en uigurisk journalist som flytt från Kina, meddelar hans advokat.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Court decision on Ablikim's asylum on Tuesday: granted against avslog (refused), an antonym act.`,
  },
  // Comparable, quote
  {
    id: 'sv-h12-quote-carraway-prove-drowned',
    a: {
      lang: 'en',
      text: `"Nobody should have to prove they nearly drowned before we listen to them," Fiona Carraway, the UNHCR representative for the Nordic and Baltic countries, told reporters in Stockholm on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `”Nobody should have to prove they nearly drowned before we listen to them”, sade Fiona Carraway, UNHCR:s representant för Norden och Baltikum, till journalister i Stockholm i onsdags.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Carraway's English quote, verbatim in both.`,
  },
  {
    id: 'sv-h12-quote-tornqvist-altered',
    a: {
      lang: 'en',
      text: `"Vi har inte fått en enda krona från staten för mottagandet," said Lena Törnqvist, the Social Democratic chair of Bjurhamra's municipal executive board, in an interview with the local paper.`,
    },
    b: {
      lang: 'sv',
      text: `”Vi har inte fått tillräckligt med pengar från staten för mottagandet”, säger Lena Törnqvist (S), kommunstyrelsens ordförande i Bjurhamra, till lokaltidningen.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Törnqvist's Swedish quote altered: "inte en enda krona" against "inte tillräckligt med pengar".`,
  },
  // Look-alikes (apart)
  {
    id: 'sv-h12-apart-officers-vs-marchers-ronnslatt',
    a: {
      lang: 'en',
      text: `Around 350 police officers were brought in from other regions to Örebro on Sunday to restore calm in Rönnslätt after the riots, the Police Authority said.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 350 personer deltog under söndagen i en fredlig manifestation mot våldet i Rönnslätt i Örebro, skriver Nerikes Allehanda.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 350 in Rönnslätt on Sunday: police officers brought in against people at a peaceful rally.`,
  },
  {
    id: 'sv-h12-apart-housing-starts-vs-completions',
    a: {
      lang: 'en',
      text: `Construction started on 4,100 new homes in Sweden in the third quarter, Statistics Sweden said on Friday, as high interest rates continued to weigh on builders.`,
    },
    b: {
      lang: 'sv',
      text: `Under tredje kvartalet färdigställdes 4\u00a0100 nya bostäder i flerbostadshus och småhus i Sverige, enligt preliminära siffror från SCB.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 4,100 in the third quarter: homes started against homes completed (färdigställdes).`,
  },
  {
    id: 'sv-h12-apart-refused-entry-vs-staff-ystad',
    a: {
      lang: 'en',
      text: `Border police refused entry to 62 people arriving on ferries at Ystad in October, most of them for lacking valid travel documents, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Gränspolisen har i dag 62 anställda i Ystads hamn, där färjorna från Polen kontrolleras, uppger polisen i region Syd.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 62 at Ystad port: people refused entry in October against border police staff stationed there.`,
  },
  {
    id: 'sv-h12-apart-hedvall-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Karl Hedvall met his Danish counterpart in Copenhagen on Monday to discuss joint returns of rejected asylum seekers, the ministry said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Karl Hedvall träffade i måndags Iraks ambassadör i Stockholm för samtal om återtagande av irakiska medborgare, meddelar departementet.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Hedvall on Monday: met the Danish minister in Copenhagen against Iraq's ambassador in Stockholm.`,
  },
  {
    id: 'sv-h12-apart-asylum-bus-stones-other-town',
    a: {
      lang: 'en',
      text: `Stones were thrown at a bus carrying asylum seekers in Bjurhamra late on Friday, shattering windows, police said, adding that nobody was hurt.`,
    },
    b: {
      lang: 'sv',
      text: `Sent i fredags kastades sten mot en buss med asylsökande i Tallhedsby. Ingen skadades, men rutor krossades, uppger polisen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Stones thrown at an asylum seekers' bus late on Friday: Bjurhamra against Tallhedsby.`,
  },
  {
    id: 'sv-h12-apart-baghdad-charter-other-date',
    a: {
      lang: 'en',
      text: `A charter flight carrying rejected Iraqi asylum seekers took off from Arlanda for Baghdad on 12 May under police escort, the Police Authority said.`,
    },
    b: {
      lang: 'sv',
      text: `Den 26 maj lyfte ett charterplan med utvisade irakier från Arlanda mot Bagdad under polisbevakning, enligt Polismyndigheten.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Deportation charter Arlanda to Baghdad: 12 May against 26 maj.`,
  },
  {
    id: 'sv-h12-apart-quote-carraway-other-matter',
    a: {
      lang: 'en',
      text: `"Children should never be locked up because of their migration status," Fiona Carraway, the UNHCR representative for the Nordic and Baltic countries, said on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `”Our funding for the region has been cut to the bone”, sade Fiona Carraway, UNHCR:s representant för Norden och Baltikum, i en intervju med TT.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker Carraway on other matters: detention of children against the agency's funding cuts.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // Comparable, quantity: agree
  {
    id: 'de-h12-swiss-border-unauthorised-entries-may',
    a: {
      lang: 'en',
      text: `Federal police recorded 1,260 unauthorised entries along Germany's border with Switzerland in May, the federal police directorate in Stuttgart said on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `An der Grenze zur Schweiz hat die Bundespolizei im Mai 1.260 unerlaubte Einreisen festgestellt, wie die Bundespolizeidirektion Stuttgart am Mittwoch mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Unauthorised entries at the Swiss border in May: 1,260 and 1.260.`,
  },
  {
    id: 'de-h12-kranichzug-ravenna-disembarked',
    a: {
      lang: 'en',
      text: `The German rescue ship Kranichzug brought 143 migrants ashore in the Italian port of Ravenna on Thursday after a long voyage from waters off Libya, the charity Ankerlicht said.`,
    },
    b: {
      lang: 'de',
      text: `Das Rettungsschiff Kranichzug des Vereins Ankerlicht hat am Donnerstag 143 Migranten im italienischen Hafen Ravenna an Land gebracht. Die Menschen waren vor der libyschen Küste aus Seenot gerettet worden.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants brought ashore by the Kranichzug in Ravenna on Thursday: 143 in both.`,
  },
  {
    id: 'de-h12-corporate-insolvencies-august',
    a: {
      lang: 'en',
      text: `German local courts registered 1,930 corporate insolvencies in August, the Federal Statistical Office said on Friday, pointing to continued strain in construction and retail.`,
    },
    b: {
      lang: 'de',
      text: `Die deutschen Amtsgerichte haben im August 1.930 Unternehmensinsolvenzen gemeldet. Besonders betroffen waren nach Angaben des Statistischen Bundesamts erneut der Bau und der Einzelhandel.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Corporate insolvencies in August: 1,930 and 1.930.`,
  },
  {
    id: 'de-h12-tegel-arrival-centre-occupancy',
    a: {
      lang: 'en',
      text: `Nearly 4,800 people are currently living at the arrival centre on the site of Berlin's former Tegel airport, the state office for refugee affairs said.`,
    },
    b: {
      lang: 'de',
      text: `Im Ankunftszentrum auf dem Gelände des früheren Flughafens Tegel sind derzeit fast 4.800 Menschen untergebracht, wie das Landesamt für Flüchtlingsangelegenheiten mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People housed at the Tegel arrival centre: nearly 4,800 and fast 4.800.`,
  },
  // Comparable, quantity: conflict (differing figure)
  {
    id: 'de-h12-tbilisi-charter-deportees-differ',
    a: {
      lang: 'en',
      text: `A charter flight carrying 42 rejected Georgian asylum seekers left Düsseldorf airport for Tbilisi on Tuesday morning, the interior ministry of North Rhine-Westphalia said.`,
    },
    b: {
      lang: 'de',
      text: `Vom Düsseldorfer Flughafen sind am Dienstagmorgen 24 abgelehnte Asylbewerber aus Georgien per Sammelcharter nach Tiflis abgeschoben worden, teilte das NRW-Innenministerium mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Georgians deported on the Düsseldorf–Tbilisi charter on Tuesday: 42 against 24.`,
  },
  {
    id: 'de-h12-hanover-deportations-protest-differs',
    a: {
      lang: 'en',
      text: `About 8,000 people marched through central Hanover on Saturday to protest against deportations to Afghanistan and Syria, according to police.`,
    },
    b: {
      lang: 'de',
      text: `Rund 12.000 Menschen haben am Samstag in der Innenstadt von Hannover gegen Abschiebungen nach Afghanistan und Syrien demonstriert, teilte die Polizei mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Hanover march against deportations on Saturday: about 8,000 against rund 12.000, hedges do not overlap.`,
  },
  {
    id: 'de-h12-ostrander-chemnitz-job-cuts-differ',
    a: {
      lang: 'en',
      text: `The automotive supplier Ostrander Antriebstechnik plans to cut 1,100 jobs at its plant in Chemnitz by the end of next year, the company told employees on Monday.`,
    },
    b: {
      lang: 'de',
      text: `Der Autozulieferer Ostrander Antriebstechnik will in seinem Chemnitzer Werk bis Ende kommenden Jahres 1.500 Stellen streichen, wie die IG Metall am Montag mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Job cuts at Ostrander's Chemnitz plant: 1,100 against 1.500.`,
  },
  // Comparable, event: agree
  {
    id: 'de-h12-bgh-syrian-smuggler-conviction-upheld',
    a: {
      lang: 'en',
      text: `The Federal Court of Justice has upheld the conviction of a Syrian man who organised smuggling runs through Austria in which migrants died, rejecting his appeal, the court said on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Der Bundesgerichtshof hat die Revision eines syrischen Schleusers verworfen, der tödlich verlaufene Schleuserfahrten über Österreich organisiert hatte. Das Urteil ist damit rechtskräftig, teilte das Gericht am Mittwoch mit.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Syrian smuggler's conviction upheld by the Federal Court of Justice (Revision verworfen).`,
  },
  {
    id: 'de-h12-bundestag-irini-mandate-extended',
    a: {
      lang: 'en',
      text: `The Bundestag on Thursday voted to extend the German navy's participation in the EU's Irini mission in the Mediterranean, which monitors the UN arms embargo on Libya.`,
    },
    b: {
      lang: 'de',
      text: `Die Marine bleibt an der EU-Mission Irini im Mittelmeer beteiligt: Der Bundestag verlängerte am Donnerstag das Mandat für den Einsatz, der das UN-Waffenembargo gegen Libyen überwacht.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Bundestag extends the navy's Irini mandate on Thursday.`,
  },
  {
    id: 'de-h12-quellenrode-church-asylum-ended',
    a: {
      lang: 'en',
      text: `Police entered the parish hall of a Protestant church in Quellenrode early on Tuesday and detained a Russian man who had been given church asylum, the church district said.`,
    },
    b: {
      lang: 'de',
      text: `In Quellenrode haben Polizisten am frühen Dienstagmorgen ein Kirchenasyl beendet und einen Russen im evangelischen Gemeindehaus festgenommen, teilte der Kirchenkreis mit.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Church asylum ended in Quellenrode early on Tuesday, Russian man detained.`,
  },
  {
    id: 'de-h12-stiko-rsv-newborns-recommendation',
    a: {
      lang: 'en',
      text: `Germany's Standing Committee on Vaccination now recommends that all newborns receive antibody protection against RSV before or during their first winter season, the Robert Koch Institute said.`,
    },
    b: {
      lang: 'de',
      text: `Die Ständige Impfkommission empfiehlt künftig, alle Neugeborenen vor oder in ihrer ersten RSV-Saison mit Antikörpern zu schützen, wie das Robert Koch-Institut mitteilte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Stiko recommends RSV antibody protection for all newborns.`,
  },
  // Comparable, event: conflict
  {
    id: 'de-h12-bamberg-anker-taser-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police used a Taser to subdue a resident who attacked security staff with a kitchen knife at the AnkER centre in Bamberg on Sunday evening, police in Upper Franconia said.`,
    },
    b: {
      lang: 'de',
      text: `Im Bamberger Ankerzentrum haben Polizisten am Sonntagabend Pfefferspray gegen einen Bewohner eingesetzt, der das Sicherheitspersonal mit einem Küchenmesser angegriffen hatte, so das Polizeipräsidium Oberfranken.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Resident with a knife subdued in Bamberg on Sunday evening: Taser against Pfefferspray (instrument).`,
  },
  {
    id: 'de-h12-munich-pregnant-woman-deportation-denied',
    a: {
      lang: 'en',
      text: `Bavarian authorities deported a heavily pregnant Nigerian woman from Munich airport on Wednesday despite a doctor's warning, the Bavarian Refugee Council said.`,
    },
    b: {
      lang: 'de',
      text: `Das Bayerische Landesamt für Asyl und Rückführungen hat bestritten, dass am Mittwoch eine hochschwangere Nigerianerin vom Münchner Flughafen abgeschoben wurde. Die Frau sei nicht an Bord gewesen, sagte ein Sprecher.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Deportation of a pregnant Nigerian woman from Munich on Wednesday: asserted against denied (bestritten).`,
  },
  {
    id: 'de-h12-friedland-admissions-halt-lifted-vs-imposed',
    a: {
      lang: 'en',
      text: `Lower Saxony on Monday lifted a halt on new admissions at the Friedland transit camp, which receives ethnic German resettlers and refugees on arrival, a spokesman for the state interior ministry said.`,
    },
    b: {
      lang: 'de',
      text: `Das niedersächsische Innenministerium hat am Montag einen Aufnahmestopp für das Grenzdurchgangslager Friedland verhängt, in dem Spätaussiedler und Schutzsuchende ankommen, wie ein Sprecher sagte.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Admissions halt at Friedland on Monday: lifted against verhängt (imposed), an antonym act.`,
  },
  // Comparable, quote
  {
    id: 'de-h12-quote-wendhausen-breaking-point',
    a: {
      lang: 'en',
      text: `"Wir sind an der Belastungsgrenze angekommen, und zwar nicht nur bei den Turnhallen," said Sabine Wendhausen, the mayor of Kesselbrunn, after a meeting with the district administrator.`,
    },
    b: {
      lang: 'de',
      text: `„Wir sind an der Belastungsgrenze angekommen, und zwar nicht nur bei den Turnhallen“, sagte Kesselbrunns Bürgermeisterin Sabine Wendhausen nach einem Treffen mit dem Landrat.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Wendhausen's German quote, verbatim in both.`,
  },
  {
    id: 'de-h12-quote-tamworth-altered',
    a: {
      lang: 'en',
      text: `"We cannot deport our way out of a labour shortage," Rachel Tamworth, head of the International Organization for Migration's office in Berlin, said at a conference on Friday.`,
    },
    b: {
      lang: 'de',
      text: `„We cannot deport our way out of a demographic crisis“, sagte Rachel Tamworth, Leiterin des Berliner Büros der Internationalen Organisation für Migration (IOM), am Freitag auf einer Konferenz.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Tamworth's English quote altered: "labour shortage" against "demographic crisis".`,
  },
  // Look-alikes (apart)
  {
    id: 'de-h12-apart-residents-vs-officers-bamberg',
    a: {
      lang: 'en',
      text: `Around 1,150 asylum seekers currently live at the AnkER centre in Bamberg, according to the government of Upper Franconia.`,
    },
    b: {
      lang: 'de',
      text: `Rund 1.150 Polizeibeamte waren am Samstag in Bamberg im Einsatz, um eine Kundgebung gegen das Ankerzentrum und eine Gegendemonstration voneinander zu trennen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 1,150 in Bamberg: residents of the AnkER centre against police officers on duty.`,
  },
  {
    id: 'de-h12-apart-unemployment-vs-youth-unemployment',
    a: {
      lang: 'en',
      text: `Germany's unemployment rate stood at 6.3 percent in October, unchanged from the previous month, the Federal Employment Agency said.`,
    },
    b: {
      lang: 'de',
      text: `Die Arbeitslosenquote unter Jugendlichen lag im Oktober bei 6,3 Prozent, wie aus Zahlen der Bundesagentur für Arbeit hervorgeht.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 6.3 percent in October: overall unemployment rate against youth unemployment rate.`,
  },
  {
    id: 'de-h12-apart-attacks-shelters-vs-mosques',
    a: {
      lang: 'en',
      text: `Police registered 270 attacks on refugee accommodation in the first half of the year, the federal government said in reply to a parliamentary question from the Left Party.`,
    },
    b: {
      lang: 'de',
      text: `Im ersten Halbjahr wurden bundesweit 270 Angriffe auf Moscheen registriert, geht aus der Antwort der Bundesregierung auf eine Anfrage der Linken hervor.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 270 in the first half: attacks on refugee housing against attacks on mosques.`,
  },
  {
    id: 'de-h12-apart-reuschler-meets-other',
    a: {
      lang: 'en',
      text: `Federal Interior Minister Matthias Reuschler met his Austrian counterpart in Vienna on Tuesday to discuss tighter checks on the Balkan route, the ministry said.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenminister Matthias Reuschler ist am Dienstag in Prag mit dem tschechischen Innenminister zusammengekommen, um über die Grenzkontrollen zu beraten.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Reuschler on Tuesday: met the Austrian minister in Vienna against the Czech minister in Prague.`,
  },
  {
    id: 'de-h12-apart-volunteer-car-torched-other-town',
    a: {
      lang: 'en',
      text: `Unknown attackers set fire overnight to the car of a volunteer who helps refugees in Ottersfurt, and the police's state security division has taken over the investigation.`,
    },
    b: {
      lang: 'de',
      text: `In Dornhagen haben Unbekannte in der Nacht das Auto einer Flüchtlingshelferin angezündet. Der Staatsschutz hat die Ermittlungen übernommen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Refugee volunteer's car set on fire overnight: Ottersfurt against Dornhagen.`,
  },
  {
    id: 'de-h12-apart-oder-bridge-closure-other-date',
    a: {
      lang: 'en',
      text: `Federal police closed the city bridge between Frankfurt (Oder) and Poland for much of the afternoon on 3 June after an unattended rucksack was found, a spokeswoman said.`,
    },
    b: {
      lang: 'de',
      text: `Wegen eines herrenlosen Rucksacks hat die Bundespolizei am 10. Juni die Stadtbrücke zwischen Frankfurt (Oder) und Polen stundenlang gesperrt, sagte eine Sprecherin.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `City bridge at Frankfurt (Oder) closed over an unattended rucksack: 3 June against 10. Juni.`,
  },
  {
    id: 'de-h12-apart-quote-wendhausen-other-matter',
    a: {
      lang: 'en',
      text: `"Die Ortsumgehung ist für uns wichtiger als jede Landesgartenschau," Kesselbrunn's mayor Sabine Wendhausen said at the town's New Year reception.`,
    },
    b: {
      lang: 'de',
      text: `„Kein Kind in Kesselbrunn soll ohne Kitaplatz bleiben, auch nicht die Kinder der Geflüchteten“, sagte Bürgermeisterin Sabine Wendhausen im Stadtrat.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker Wendhausen on other matters: the town bypass against nursery places.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // Comparable, quantity: agree
  {
    id: 'es-h12-motril-patera-rescue',
    a: {
      lang: 'en',
      text: `Spain's maritime rescue service picked up 58 people from a small boat south of Motril on Sunday and took them to the port, where Red Cross teams attended to them.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo rescató el domingo a 58 personas que viajaban en una patera al sur de Motril y las trasladó al puerto, donde fueron atendidas por la Cruz Roja.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued from a boat south of Motril on Sunday: 58 in both.`,
  },
  {
    id: 'es-h12-tijuana-shelters-waiting',
    a: {
      lang: 'en',
      text: `Around 1,900 migrants are staying in Tijuana's shelters while they wait for asylum appointments with US authorities, the city's migrant affairs office said on Monday.`,
    },
    b: {
      lang: 'es',
      text: `Alrededor de 1.900 migrantes permanecen en los albergues de Tijuana a la espera de una cita de asilo con las autoridades estadounidenses, según informó el lunes la Dirección Municipal de Atención al Migrante.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants in Tijuana shelters: around 1,900 and alrededor de 1.900.`,
  },
  {
    id: 'es-h12-spain-international-tourists-july',
    a: {
      lang: 'en',
      text: `Spain welcomed 9.4 million international tourists in July, a record for the month, the National Statistics Institute said on Monday.`,
    },
    b: {
      lang: 'es',
      text: `España recibió en julio 9,4 millones de turistas internacionales, una cifra récord para ese mes, según los datos publicados este lunes por el Instituto Nacional de Estadística (INE).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `International tourists in July: 9.4 million and 9,4 millones.`,
  },
  {
    id: 'es-h12-chiapas-malaria-cases',
    a: {
      lang: 'en',
      text: `Health authorities in Mexico's southern state of Chiapas have confirmed 312 cases of malaria so far this year, most of them in municipalities along the border with Guatemala.`,
    },
    b: {
      lang: 'es',
      text: `La Secretaría de Salud de Chiapas ha confirmado en lo que va del año 312 casos de paludismo, la mayoría en municipios fronterizos con Guatemala.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Malaria cases in Chiapas this year: 312 in both (paludismo).`,
  },
  // Comparable, quantity: conflict (differing figure)
  {
    id: 'es-h12-soconusco-caravan-size-differs',
    a: {
      lang: 'en',
      text: `About 1,500 migrants, most of them from Venezuela and Honduras, set off on foot from Nueva Esperanza del Soconusco in Chiapas early on Wednesday, heading north towards Mexico City.`,
    },
    b: {
      lang: 'es',
      text: `Una caravana de unos 3.000 migrantes, en su mayoría venezolanos y hondureños, partió a pie la madrugada del miércoles desde Nueva Esperanza del Soconusco, en Chiapas, rumbo a la Ciudad de México.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Size of the caravan leaving Nueva Esperanza del Soconusco on Wednesday: about 1,500 against unos 3.000.`,
  },
  {
    id: 'es-h12-balearics-boat-arrivals-differ',
    a: {
      lang: 'en',
      text: `Some 4,600 migrants have reached the Balearic Islands by boat from Algeria so far this year, according to the central government's delegation in the islands.`,
    },
    b: {
      lang: 'es',
      text: `En lo que va de año han llegado a las costas de Baleares unos 6.400 migrantes en embarcaciones procedentes de Argelia, según la Delegación del Gobierno en las islas.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Boat arrivals from Algeria in the Balearics this year: some 4,600 against unos 6.400.`,
  },
  {
    id: 'es-h12-antioquia-landslide-dead-differs',
    a: {
      lang: 'en',
      text: `At least 27 people were killed when a landslide buried homes in the rural area of La Quiebra del Cedro in Colombia's Antioquia department, the disaster management agency said.`,
    },
    b: {
      lang: 'es',
      text: `Al menos 17 personas murieron sepultadas por un alud de tierra que arrasó viviendas en la vereda La Quiebra del Cedro, en Antioquia, informó la Unidad Nacional para la Gestión del Riesgo de Desastres.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Landslide dead in La Quiebra del Cedro: at least 27 against al menos 17.`,
  },
  // Comparable, event: agree
  {
    id: 'es-h12-cdmx-airport-immigration-agent-trial',
    a: {
      lang: 'en',
      text: `A Mexican judge ordered a former immigration agent at Mexico City's international airport to stand trial for extorting Colombian travellers, the Attorney General's Office said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `Un juez vinculó a proceso a un exagente del Instituto Nacional de Migración destinado en el aeropuerto de la Ciudad de México por extorsionar a viajeros colombianos, informó el viernes la Fiscalía General de la República.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Former immigration agent ordered to stand trial for extortion (vinculado a proceso).`,
  },
  {
    id: 'es-h12-immigration-regulation-reform-approved',
    a: {
      lang: 'en',
      text: `Spain's cabinet on Tuesday approved a reform of the immigration regulations intended to make it easier for undocumented migrants already in the country to obtain residence and work permits.`,
    },
    b: {
      lang: 'es',
      text: `El Consejo de Ministros dio luz verde este martes a la reforma del Reglamento de Extranjería, que busca facilitar que los migrantes en situación irregular que ya viven en España obtengan permisos de residencia y trabajo.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Cabinet approves the immigration regulation reform on Tuesday (dio luz verde).`,
  },
  {
    id: 'es-h12-piura-dengue-health-emergency',
    a: {
      lang: 'en',
      text: `Peru's government declared a health emergency in the northern region of Piura on Thursday to contain a dengue outbreak that has overwhelmed local hospitals.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno peruano declaró el jueves en emergencia sanitaria la región de Piura, en el norte del país, ante un brote de dengue que ha desbordado los hospitales locales.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Health emergency declared in Piura on Thursday over dengue.`,
  },
  {
    id: 'es-h12-villanueva-del-arenal-town-hall-occupied',
    a: {
      lang: 'en',
      text: `Migrant strawberry pickers occupied the town hall of Villanueva del Arenal, in the province of Huelva, on Wednesday to demand decent housing, the farmworkers' union said.`,
    },
    b: {
      lang: 'es',
      text: `Jornaleros migrantes de la fresa se encerraron el miércoles en el ayuntamiento de Villanueva del Arenal (Huelva) para exigir viviendas dignas, según el sindicato de trabajadores del campo.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Strawberry pickers occupy Villanueva del Arenal town hall on Wednesday (se encerraron).`,
  },
  // Comparable, event: conflict
  {
    id: 'es-h12-corinto-tear-gas-vs-batons',
    a: {
      lang: 'en',
      text: `Guatemalan police fired tear gas at migrants who tried to force their way through the Corinto border post from Honduras on Saturday, the migration institute said.`,
    },
    b: {
      lang: 'es',
      text: `Agentes de la Policía Nacional Civil de Guatemala repelieron con toletes a los migrantes que intentaron cruzar por la fuerza el puesto fronterizo de Corinto desde Honduras el sábado, según el Instituto Guatemalteco de Migración.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Migrants pushed back at Corinto on Saturday: tear gas against toletes (batons), another instrument.`,
  },
  {
    id: 'es-h12-tarajal-swimmers-handback-denied',
    a: {
      lang: 'en',
      text: `Civil Guard officers handed migrants who swam to Tarajal beach in Ceuta straight back to Moroccan forces on Saturday without processing them, the charity Caminantes del Estrecho said.`,
    },
    b: {
      lang: 'es',
      text: `La Delegación del Gobierno en Ceuta negó este domingo que la Guardia Civil devolviera el sábado a Marruecos, sin tramitar su entrada, a los migrantes que alcanzaron a nado la playa del Tarajal.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Saturday hand-back of swimmers at Tarajal to Morocco: asserted against denied (negó).`,
  },
  {
    id: 'es-h12-colombia-venezuelan-protection-decree-upheld-vs-struck-down',
    a: {
      lang: 'en',
      text: `Colombia's Constitutional Court upheld the decree extending temporary protection status for Venezuelan migrants, the court's president announced on Thursday.`,
    },
    b: {
      lang: 'es',
      text: `La Corte Constitucional de Colombia tumbó el decreto que prorrogaba el Estatuto Temporal de Protección para Migrantes Venezolanos, anunció el jueves su presidenta.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Court ruling on the Venezuelan protection decree: upheld against tumbó (struck down), an antonym act.`,
  },
  // Comparable, quote
  {
    id: 'es-h12-quote-strand-smugglers-lying',
    a: {
      lang: 'en',
      text: `"The border is not open, and the smugglers who tell you otherwise are lying," Rebecca Strand, a senior US State Department official, told reporters in Mexico City on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `"The border is not open, and the smugglers who tell you otherwise are lying", advirtió el martes en Ciudad de México Rebecca Strand, alta funcionaria del Departamento de Estado de EE.UU.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Strand's English quote, verbatim in both.`,
  },
  {
    id: 'es-h12-quote-ocotlan-altered',
    a: {
      lang: 'en',
      text: `"Tapachula se ha convertido en una cárcel a cielo abierto," said Fermín Ocotlán, a Catholic priest who runs the Casa del Caminante Sureño shelter in the city.`,
    },
    b: {
      lang: 'es',
      text: `"Tapachula se ha convertido en una trampa a cielo abierto", denunció el sacerdote Fermín Ocotlán, director del albergue Casa del Caminante Sureño.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Ocotlán's Spanish quote altered: "cárcel a cielo abierto" against "trampa a cielo abierto".`,
  },
  // Look-alikes (apart)
  {
    id: 'es-h12-apart-guardsmen-vs-migrants-juarez',
    a: {
      lang: 'en',
      text: `Mexico sent about 600 National Guard members to Ciudad Juárez on Friday to reinforce patrols along the Rio Grande, the security ministry said.`,
    },
    b: {
      lang: 'es',
      text: `Unos 600 migrantes acampan desde hace días a orillas del río Bravo en Ciudad Juárez, a la espera de poder entregarse a la Patrulla Fronteriza, según el municipio.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 600 in Ciudad Juárez: National Guard members sent against migrants camping by the river.`,
  },
  {
    id: 'es-h12-apart-remittances-guatemala-vs-honduras',
    a: {
      lang: 'en',
      text: `Remittances sent home to Guatemala rose 8.7 percent in the first half of the year, the Bank of Guatemala said.`,
    },
    b: {
      lang: 'es',
      text: `Las remesas enviadas a Honduras crecieron un 8,7\u00a0% en el primer semestre, según datos del Banco Central de Honduras.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 8.7 percent rise in first-half remittances: to Guatemala against to Honduras.`,
  },
  {
    id: 'es-h12-apart-arrests-vs-workers-murcia',
    a: {
      lang: 'en',
      text: `Police in the Murcia region arrested 47 people suspected of exploiting undocumented migrants on farms, the National Police said on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `La Guardia Civil halló en una finca de lechugas de la Región de Murcia a 47 jornaleros extranjeros que trabajaban sin contrato ni permiso de residencia.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 47 in Murcia: people arrested for exploitation against undocumented farmworkers found.`,
  },
  {
    id: 'es-h12-apart-lizarazu-meets-other',
    a: {
      lang: 'en',
      text: `Spanish Interior Minister Arturo Lizarazu met his Mauritanian counterpart in Nouakchott on Monday to discuss joint patrols against boats bound for the Canary Islands.`,
    },
    b: {
      lang: 'es',
      text: `El ministro del Interior, Arturo Lizarazu, se reunió el lunes en Dakar con su homólogo senegalés para abordar la cooperación contra la salida de cayucos hacia Canarias.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Lizarazu on Monday: met the Mauritanian minister in Nouakchott against the Senegalese in Dakar.`,
  },
  {
    id: 'es-h12-apart-settlement-fire-other-town',
    a: {
      lang: 'en',
      text: `A fire destroyed shacks in the migrant farmworkers' settlement of Cortijos de Marbaja, in Huelva province, in the early hours of Sunday, leaving families without shelter, firefighters said.`,
    },
    b: {
      lang: 'es',
      text: `Un incendio calcinó en la madrugada del domingo las chabolas del asentamiento de temporeros migrantes de Huerta de Valdelamar (Huelva), según los bomberos.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Shacks of a migrant settlement burned early on Sunday: Cortijos de Marbaja against Huerta de Valdelamar.`,
  },
  {
    id: 'es-h12-apart-iquique-camp-eviction-other-date',
    a: {
      lang: 'en',
      text: `Chilean police cleared a migrant camp in a square in the northern city of Iquique on 25 September, removing tents and belongings, the regional government said.`,
    },
    b: {
      lang: 'es',
      text: `Carabineros desalojó el 2 de octubre un campamento de migrantes instalado en una plaza de Iquique, en el norte de Chile, informó la delegación presidencial regional.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Migrant camp cleared from an Iquique square: 25 September against 2 de octubre.`,
  },
  {
    id: 'es-h12-apart-quote-strand-other-matter',
    a: {
      lang: 'en',
      text: `"We want to see Mexico prosecute the people who profit from this trade," Rebecca Strand, a senior US State Department official, said in Mexico City.`,
    },
    b: {
      lang: 'es',
      text: `"Our embassy is ready to process more refugee applications from the region", afirmó Rebecca Strand, alta funcionaria del Departamento de Estado de EE.UU., en una entrevista con EFE.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker Strand on other matters: prosecuting smugglers against refugee applications.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // Comparable, quantity: agree
  {
    id: 'fr-h12-boulogne-small-boat-rescue',
    a: {
      lang: 'en',
      text: `French rescuers picked up 63 people from a small boat in difficulty off Boulogne-sur-Mer on Thursday night, the maritime prefecture for the Channel and the North Sea said.`,
    },
    b: {
      lang: 'fr',
      text: `Les secours ont récupéré jeudi soir 63 personnes à bord d'une embarcation en difficulté au large de Boulogne-sur-Mer, a indiqué la préfecture maritime de la Manche et de la mer du Nord.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued off Boulogne-sur-Mer on Thursday night: 63 in both.`,
  },
  {
    id: 'fr-h12-les-cairns-shelter-people-received',
    a: {
      lang: 'en',
      text: `Almost 4,200 people have passed through Les Cairns, a volunteer-run shelter for migrants crossing the Alps in the Hautes-Alpes, since the start of the year, its organisers said.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 4\u202f200 personnes ont été accueillies depuis le début de l'année au refuge solidaire Les Cairns, dans les Hautes-Alpes, selon ses bénévoles.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People received at the Les Cairns shelter this year: almost 4,200 and près de 4 200.`,
  },
  {
    id: 'fr-h12-new-car-registrations-october',
    a: {
      lang: 'en',
      text: `Registrations of new passenger cars in France totalled 142,300 in October, according to figures published on Friday by the carmakers' association PFA.`,
    },
    b: {
      lang: 'fr',
      text: `Les immatriculations de voitures particulières neuves ont atteint 142\u202f300 unités en octobre en France, selon les chiffres publiés vendredi par la Plateforme automobile (PFA).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `New car registrations in October: 142,300 and 142 300.`,
  },
  {
    id: 'fr-h12-reunion-cyclone-outages',
    a: {
      lang: 'en',
      text: `Some 180,000 households on Réunion were left without electricity on Monday as Cyclone Tiavina swept across the French Indian Ocean island, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Le passage du cyclone Tiavina a privé d'électricité environ 180\u202f000 foyers lundi à La Réunion, selon la préfecture.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Households without power on Réunion on Monday: some 180,000 and environ 180 000.`,
  },
  // Comparable, quantity: conflict (differing figure)
  {
    id: 'fr-h12-nantes-school-squat-evicted-differs',
    a: {
      lang: 'en',
      text: `Police evicted about 310 migrants from a disused school in Nantes on Tuesday morning, where many had been living for months, the Loire-Atlantique prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 130 exilés ont été expulsés mardi matin de l'ancienne école qu'ils occupaient depuis des mois à Nantes, a annoncé la préfecture de Loire-Atlantique.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants evicted from the Nantes school on Tuesday morning: about 310 against quelque 130.`,
  },
  {
    id: 'fr-h12-guiana-gold-mining-sites-differ',
    a: {
      lang: 'en',
      text: `Soldiers and gendarmes destroyed 86 illegal gold-mining sites in French Guiana's rainforest last month, the prefecture said on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Au cours du mois dernier, militaires et gendarmes ont démantelé 68 sites d'orpaillage illégal dans la forêt guyanaise, a fait savoir lundi la préfecture.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Illegal gold-mining sites destroyed in French Guiana last month: 86 against 68.`,
  },
  {
    id: 'fr-h12-bronchiolitis-emergency-visits-differ',
    a: {
      lang: 'en',
      text: `About 6,200 emergency department visits for bronchiolitis in young children were recorded in France last week, the national public health agency said.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 4\u202f700 passages aux urgences pour bronchiolite chez les jeunes enfants ont été enregistrés la semaine dernière en France, selon Santé publique France.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Emergency visits for bronchiolitis last week: about 6,200 against quelque 4 700.`,
  },
  // Comparable, event: agree
  {
    id: 'fr-h12-calais-food-handout-ban-suspended',
    a: {
      lang: 'en',
      text: `The administrative court in Lille on Wednesday suspended a prefectoral order banning food handouts to migrants in central Calais, following a challenge by aid groups.`,
    },
    b: {
      lang: 'fr',
      text: `Saisi par des associations d'aide aux exilés, le tribunal administratif de Lille a suspendu mercredi l'arrêté préfectoral qui interdisait les distributions de repas dans le centre de Calais.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Court suspends the Calais food-handout ban on Wednesday.`,
  },
  {
    id: 'fr-h12-col-de-lechelle-body-found',
    a: {
      lang: 'en',
      text: `The body of a young man believed to be a migrant was found on Tuesday near the Col de l'Échelle in the Alps, the public prosecutor in Gap said.`,
    },
    b: {
      lang: 'fr',
      text: `Le corps d'un jeune homme, vraisemblablement un exilé, a été découvert mardi à proximité du col de l'Échelle, dans les Hautes-Alpes, a indiqué le parquet de Gap.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Body of a young migrant found near the Col de l'Échelle on Tuesday.`,
  },
  {
    id: 'fr-h12-constitutional-council-benefits-residence-censured',
    a: {
      lang: 'en',
      text: `France's Constitutional Council on Thursday struck down a provision of the immigration law that would have made certain social benefits conditional on a minimum period of residence.`,
    },
    b: {
      lang: 'fr',
      text: `Le Conseil constitutionnel a censuré jeudi la disposition de la loi immigration qui subordonnait le versement de certaines prestations sociales à une durée minimale de résidence en France.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Constitutional Council strikes down the residence condition for benefits (censuré).`,
  },
  {
    id: 'fr-h12-calanques-massifs-closed-fire-risk',
    a: {
      lang: 'en',
      text: `The Bouches-du-Rhône prefecture closed the Calanques massifs to the public on Wednesday because of an extreme risk of wildfire, citing strong winds and drought.`,
    },
    b: {
      lang: 'fr',
      text: `En raison d'un risque d'incendie exceptionnel, lié au mistral et à la sécheresse, la préfecture des Bouches-du-Rhône a interdit mercredi l'accès aux massifs des Calanques.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Calanques massifs closed to the public on Wednesday over fire risk (interdit l'accès).`,
  },
  // Comparable, event: conflict
  {
    id: 'fr-h12-mayotte-tear-gas-vs-sting-grenades',
    a: {
      lang: 'en',
      text: `Gendarmes fired tear gas on Sunday to disperse youths who had blocked the road near the migrant camp at the Cavani stadium in Mamoudzou, Mayotte, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `À Mamoudzou, les gendarmes ont fait usage dimanche de grenades de désencerclement pour disperser des jeunes qui bloquaient la route près du camp de migrants du stade de Cavani, a indiqué la préfecture.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Road blockade near the Cavani camp dispersed on Sunday: tear gas against grenades de désencerclement.`,
  },
  {
    id: 'fr-h12-menton-minors-containers-denied',
    a: {
      lang: 'en',
      text: `Unaccompanied minors were held overnight in the border police containers at the Pont Saint-Louis crossing in Menton, the charity Frontière Humaine said on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture des Alpes-Maritimes a démenti vendredi que des mineurs non accompagnés aient été retenus pour la nuit dans les bâtiments modulaires de la police aux frontières du pont Saint-Louis, à Menton.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Minors held overnight at the Pont Saint-Louis border post: asserted against denied (démenti).`,
  },
  {
    id: 'fr-h12-rennes-gymnasium-shelter-opened-vs-closed',
    a: {
      lang: 'en',
      text: `Authorities opened an emergency shelter for migrant families in a former gymnasium in the Bréquigny district of Rennes on Monday, the Ille-et-Vilaine prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture d'Ille-et-Vilaine a fermé lundi le centre d'hébergement d'urgence pour familles exilées installé dans l'ancien gymnase du quartier de Bréquigny, à Rennes.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Bréquigny gymnasium shelter on Monday: opened against fermé (closed), an antonym act.`,
  },
  // Comparable, quote
  {
    id: 'fr-h12-quote-tranmere-gangs-cannot-sell',
    a: {
      lang: 'en',
      text: `"Every boat we stop before it launches is a boat the gangs cannot sell," Oliver Tranmere, the UK's Border Security Commander, said during a visit to Calais on Thursday.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Every boat we stop before it launches is a boat the gangs cannot sell\u00a0», a déclaré jeudi à Calais Oliver Tranmere, le commandant britannique chargé de la sécurité des frontières.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Tranmere's English quote, verbatim in both.`,
  },
  {
    id: 'fr-h12-quote-haudecoeur-altered',
    a: {
      lang: 'en',
      text: `"On ne peut pas laisser des enfants dormir dehors en plein hiver," said Mireille Haudecoeur, the mayor of Saint-Ombreval, where a migrant camp has grown up behind the railway station.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0On ne peut plus laisser des familles dormir dehors en plein hiver\u00a0», a lancé Mireille Haudecoeur, maire de Saint-Ombreval, où un campement d'exilés s'est installé derrière la gare.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Haudecoeur's French quote altered: "ne peut pas laisser des enfants" against "ne peut plus laisser des familles".`,
  },
  // Look-alikes (apart)
  {
    id: 'fr-h12-apart-meals-vs-people-calais',
    a: {
      lang: 'en',
      text: `Aid groups hand out around 1,300 meals a day to migrants in Calais, according to the charities that coordinate the distributions.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 1\u202f300 exilés vivent actuellement dans les campements de Calais, selon les associations présentes sur place.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 1,300 in Calais: meals handed out daily against people living in the camps.`,
  },
  {
    id: 'fr-h12-apart-home-sales-vs-prices',
    a: {
      lang: 'en',
      text: `Sales of existing homes in France fell 3.4 percent in the year to the end of August, the national council of notaries said.`,
    },
    b: {
      lang: 'fr',
      text: `Les prix des logements anciens ont reculé de 3,4\u00a0% sur un an à fin août, selon le Conseil supérieur du notariat.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 3.4 percent fall to end-August: existing-home sales against existing-home prices.`,
  },
  {
    id: 'fr-h12-apart-deportees-vs-shacks-mayotte',
    a: {
      lang: 'en',
      text: `French authorities in Mayotte deported 94 people to the Comoros on Sunday, the prefecture said, as operations against irregular migration continued.`,
    },
    b: {
      lang: 'fr',
      text: `À Mayotte, 94 cases en tôle ont été détruites dimanche lors d'une opération de démolition d'un bidonville sur les hauteurs de Mamoudzou, selon la préfecture.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number 94 in Mayotte on Sunday: people deported against shacks demolished.`,
  },
  {
    id: 'fr-h12-apart-vaissiere-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Laurent Vaissière met his Italian counterpart in Rome on Tuesday to discuss checks on the Franco-Italian border, the ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Laurent Vaissière, a reçu mardi place Beauvau son homologue marocain pour évoquer la délivrance des laissez-passer consulaires.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Vaissière on Tuesday: met the Italian minister in Rome against hosting the Moroccan minister in Paris.`,
  },
  {
    id: 'fr-h12-apart-council-meeting-disrupted-other-town',
    a: {
      lang: 'en',
      text: `Far-right activists disrupted a town council meeting in Kermaden on Tuesday evening over plans to open a reception centre for asylum seekers, the mayor said.`,
    },
    b: {
      lang: 'fr',
      text: `Des militants d'ultradroite ont perturbé mardi soir le conseil municipal de Pontvallon, réuni pour débattre d'un projet de centre d'accueil pour demandeurs d'asile, selon le maire.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Council meeting on an asylum centre disrupted on Tuesday evening: Kermaden against Pontvallon.`,
  },
  {
    id: 'fr-h12-apart-channel-tunnel-intrusion-other-date',
    a: {
      lang: 'en',
      text: `Eurotunnel suspended its shuttle services on 4 December after migrants got into the Channel Tunnel terminal site near Calais, the operator said.`,
    },
    b: {
      lang: 'fr',
      text: `Le trafic des navettes a été interrompu le 11 décembre après l'intrusion de migrants sur le site du terminal d'Eurotunnel, près de Calais, a indiqué l'exploitant.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Shuttles halted after migrants entered the tunnel terminal: 4 December against 11 décembre.`,
  },
  {
    id: 'fr-h12-apart-quote-tranmere-other-matter',
    a: {
      lang: 'en',
      text: `"We owe the families of those who drowned a proper answer, not a press release," Oliver Tranmere, the UK's Border Security Commander, told MPs in London.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Our officers in Dunkirk work hand in hand with the French police every night\u00a0», a assuré Oliver Tranmere, le commandant britannique chargé de la sécurité des frontières.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker Tranmere on other matters: answers to drowned migrants' families against cooperation in Dunkirk.`,
  },
];
