/**
 * Thirteenth held-out set of cross-language claim pairs. Written by a helper in session 6 without
 * looking at the library's rules, term tables or any earlier pair. Exactly this was read: lines
 * 1-45 of `cross-pairs.ts` (its header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-8.ts` (header and import, to copy the conventions) and the ids of all
 * earlier files (`grep -ho "id: '[^']*'" tests/data/cross-pairs*.ts`), so that no id or story is
 * knowingly reused; nothing under `src/`, no pair text of any earlier file, no other test file
 * and nothing under `scratch/` was read, and the library was not run. Same shape and conventions
 * as `cross-pairs.ts`: English `a`, foreign `b` written independently the way that language's
 * wire or newspaper press would put it (own word order, attribution phrases, number format,
 * hedges, weekday and date expressions); one main claim of `kind` per text, some texts two
 * sentences long; quantity texts state one number (dates and ordinals aside); event texts state
 * no counts; quotes by English-speaking officials stay in English in both texts, and local
 * speakers are quoted in their own language in both texts.
 *
 * Per language pair (sv, de, es, fr): 23 pairs, 16 comparable (9 agree, 7 conflict) and 7
 * look-alikes (apart). Kinds per language pair: 10 quantity, 10 event, 3 quote (comparable: 7, 7,
 * 2; apart: 3, 3, 1). Agree/conflict split of the comparable pairs by kind, in every language:
 * quantity 4/3 (every conflict a differing figure), event 4/3 (one differing instrument of force
 * or weapon, one negation or denial, one antonym act: upheld vs overturned, acquitted vs
 * convicted, extended vs ended, agreed to take back vs refused), quote 1/1 (altered words). The
 * look-alikes: the same number counting something else (three per language), the same person
 * meeting someone else, the same act in another town, the same act on another date (both dates
 * written out), the same speaker on another matter. 92 pairs in all. About three quarters of the
 * stories are about migration, borders, asylum, crossings, police, protests, riots, security
 * forces, deportations, rescues at sea, smuggling and detention; the rest about politics, the
 * economy, disasters and health.
 *
 * Invented names (people, companies, ships, associations, small towns): Ekvallsbruk, Rävnäsby,
 * Lomtjärnsbo, Tjädermyra, Hällvreta, Sandrevet (fishing boat), Hamid Qaderi, Gunnel Åkerdahl,
 * Karin Åhlstedt, Rowena Callister; Brakelsiel, Holmsfurt, Erlenstieg, Dornwinkel, Kattenbrügge,
 * Lotsenfisch (rescue ship), Rettungsnetz Mittelmeer, Netzwerk Bleiberecht Holmsfurt, Volkerbach
 * Antriebstechnik, Annegret Kühnwald, Helmut Sandkühler, Sheila Tremayne; Montejaral de la
 * Sierra, Santibáñez del Encinar, Colectivo Frontera Viva, Colleen Ashworth, Ruymán Ávila
 * Padrón, Begoña Arrizabalaga; Saint-Mauvert, Outrelande, Grandcoutre, Malbourg-Plage,
 * Passerelles Solidaires, Karim Belhadef, Jean-Yves Delacourbe, Bertrand Lescaillon, Oliver
 * Pentreath. Countries, capitals, big cities, regions and real institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs13: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity, agree
  {
    id: 'sv-h13-work-permits-revoked-first-half',
    a: {
      lang: 'en',
      text: `Sweden's Migration Agency revoked 1,460 work permits in the first half of the year, most of them because employers had failed to pay the wages promised in the job offer, the agency said on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket återkallade 1\u00a0460 arbetstillstånd under årets första halvår. I de flesta fall hade arbetsgivaren inte betalat den lön som utlovats i anställningserbjudandet, uppger myndigheten.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Work permits revoked by the Migration Agency in the first half: 1,460 in both.`,
  },
  {
    id: 'sv-h13-citizenship-applications-pending-september',
    a: {
      lang: 'en',
      text: `About 95,000 applications for Swedish citizenship were awaiting a decision at the end of September, according to figures from the Migration Agency, which has long been criticised for its slow processing.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 95\u00a0000 ansökningar om svenskt medborgarskap låg obehandlade hos Migrationsverket vid utgången av september. Myndigheten har länge fått kritik för de långa handläggningstiderna.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Citizenship applications pending at the end of September: about 95,000 in both.`,
  },
  {
    id: 'sv-h13-ekvallsbruk-legionella-cases',
    a: {
      lang: 'en',
      text: `Regional health authorities in Värmland said on Friday that 27 people had fallen ill with legionnaires' disease in Ekvallsbruk, where the bacteria were traced to a cooling tower at the local sawmill.`,
    },
    b: {
      lang: 'sv',
      text: `Totalt 27 personer har insjuknat i legionella i Ekvallsbruk, meddelar Region Värmland. Smittan har spårats till ett kyltorn vid ortens sågverk.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Legionnaires' disease cases in Ekvallsbruk: 27 in both.`,
  },
  {
    id: 'sv-h13-detention-average-stay-last-year',
    a: {
      lang: 'en',
      text: `People held in the Migration Agency's detention centres spent an average of 61 days there last year, the longest since the agency began keeping records, its annual report shows.`,
    },
    b: {
      lang: 'sv',
      text: `Den genomsnittliga tiden i förvar uppgick förra året till 61 dagar, framgår av Migrationsverkets årsredovisning. Det är den längsta vistelsetiden sedan myndigheten började föra statistik.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Average stay in Migration Agency detention last year: 61 days in both.`,
  },
  // quantity, conflict
  {
    id: 'sv-h13-gothenburg-container-migrants-differ',
    a: {
      lang: 'en',
      text: `Customs officers at the port of Gothenburg found 14 people hidden in a shipping container that had arrived by sea from Rotterdam on Monday, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Tullen hittade 19 personer gömda i en container i Göteborgs hamn, uppger polisen. Containern hade anlänt med fartyg från Rotterdam under måndagen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People found in a container from Rotterdam at Gothenburg port: 14 against 19.`,
  },
  {
    id: 'sv-h13-ravnasby-riot-damage-differs',
    a: {
      lang: 'en',
      text: `The riots that swept through Rävnäsby last week caused damage estimated at 4.2 million crowns, most of it to torched cars and the local school, the municipality said.`,
    },
    b: {
      lang: 'sv',
      text: `Kravallerna i Rävnäsby förra veckan orsakade skador för uppskattningsvis 6,2 miljoner kronor, enligt kommunen. Det mesta gäller nedbrunna bilar och den kommunala skolan.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Estimated damage from last week's riots in Rävnäsby: 4.2 million crowns against 6.2 million.`,
  },
  {
    id: 'sv-h13-sweden-democrats-poll-may-differs',
    a: {
      lang: 'en',
      text: `The Sweden Democrats had the backing of 21.4 percent of voters in Statistics Sweden's May party preference survey, published on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Sverigedemokraterna får stöd av 24,1 procent av väljarna i SCB:s partisympatiundersökning för maj, som presenterades på tisdagen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Sweden Democrats' share in the May SCB survey: 21.4 percent against 24.1 percent.`,
  },
  // event, agree
  {
    id: 'sv-h13-migration-court-stateless-palestinian-ruling',
    a: {
      lang: 'en',
      text: `Sweden's Migration Court of Appeal ruled on Thursday that a stateless Palestinian man from Lebanon cannot be deported, because no country has agreed to receive him.`,
    },
    b: {
      lang: 'sv',
      text: `En statslös palestinier från Libanon kan inte utvisas, eftersom inget land har gått med på att ta emot honom. Det slog Migrationsöverdomstolen fast i en dom på torsdagen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `The Migration Court of Appeal ruled the stateless man cannot be deported; same ruling in both.`,
  },
  {
    id: 'sv-h13-oland-fishing-boat-seized',
    a: {
      lang: 'en',
      text: `The Swedish Coast Guard seized the fishing boat Sandrevet off Öland on Sunday on suspicion that it had been used to ferry migrants across the Baltic from Latvia, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Kustbevakningen bordade och tog i beslag fiskebåten Sandrevet utanför Öland under söndagen. Båten misstänks ha använts för att smuggla migranter över Östersjön från Lettland.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Coast Guard seizure of the Sandrevet off Öland over suspected migrant smuggling; same act in both.`,
  },
  {
    id: 'sv-h13-tjadermyra-refugee-reception-stopped',
    a: {
      lang: 'en',
      text: `The municipal council in Tjädermyra voted on Monday evening to stop receiving refugees assigned to it by the state, a move the government says breaches the settlement law.`,
    },
    b: {
      lang: 'sv',
      text: `Kommunfullmäktige i Tjädermyra beslutade på måndagskvällen att inte längre ta emot nyanlända flyktingar som anvisats av staten. Regeringen menar att beslutet strider mot bosättningslagen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Tjädermyra council voted to stop receiving assigned refugees; same decision in both.`,
  },
  {
    id: 'sv-h13-mpox-vaccine-health-workers',
    a: {
      lang: 'en',
      text: `Sweden's Public Health Agency recommended on Tuesday that health workers travelling to outbreak areas in central Africa be offered the mpox vaccine before they leave.`,
    },
    b: {
      lang: 'sv',
      text: `Vårdpersonal som reser till utbrottsområden i centrala Afrika bör erbjudas vaccin mot mpox före avresan. Det rekommenderar Folkhälsomyndigheten, som meddelade beskedet i tisdags.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Public Health Agency recommendation of mpox vaccine for travelling health workers; same in both.`,
  },
  // event, conflict
  {
    id: 'sv-h13-lomtjarnsbo-agency-attack-axe-vs-knife',
    a: {
      lang: 'en',
      text: `A man armed with an axe attacked staff at the Migration Agency's reception unit in Lomtjärnsbo on Wednesday before being overpowered by security guards, police said.`,
    },
    b: {
      lang: 'sv',
      text: `En man beväpnad med kniv gick på onsdagen till angrepp mot personal på Migrationsverkets mottagningsenhet i Lomtjärnsbo. Han övermannades av väktare, uppger polisen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Attack on Migration Agency staff in Lomtjärnsbo: the weapon is an axe in the English, a knife in the Swedish.`,
  },
  {
    id: 'sv-h13-malmo-facial-recognition-denied',
    a: {
      lang: 'en',
      text: `Police used facial recognition software to identify participants in Saturday's pro-Palestinian demonstration in Malmö, the newspaper Sydsvenskan reported.`,
    },
    b: {
      lang: 'sv',
      text: `Polisregion Syd förnekar att ansiktsigenkänning användes för att identifiera deltagare i lördagens propalestinska demonstration i Malmö.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Use of facial recognition at the Malmö demonstration: reported in the English, denied by police in the Swedish.`,
  },
  {
    id: 'sv-h13-qaderi-expulsion-upheld-vs-overturned',
    a: {
      lang: 'en',
      text: `A Swedish appeals court on Friday upheld the expulsion of Hamid Qaderi, an imam in Hällvreta who was convicted of inciting hatred against Jews in his sermons.`,
    },
    b: {
      lang: 'sv',
      text: `Hovrätten upphävde på fredagen utvisningen av Hamid Qaderi, imam i Hällvreta, som dömts för hets mot folkgrupp efter nedsättande uttalanden om judar i sina predikningar.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Appeals court on Qaderi's expulsion: upheld in the English, overturned (upphävde) in the Swedish.`,
  },
  // quote, agree / conflict
  {
    id: 'sv-h13-quote-callister-abandonment',
    a: {
      lang: 'en',
      text: `"Sending people back to a country at war is not migration management, it is abandonment," Rowena Callister, the UNHCR representative for the Nordic and Baltic countries, said at a seminar in Stockholm on Thursday.`,
    },
    b: {
      lang: 'sv',
      text: `”Sending people back to a country at war is not migration management, it is abandonment”, sade Rowena Callister, UNHCR:s representant för de nordiska och baltiska länderna, vid ett seminarium i Stockholm på torsdagen.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Callister's words on returns to a country at war, verbatim in English in both.`,
  },
  {
    id: 'sv-h13-quote-akerdahl-altered',
    a: {
      lang: 'en',
      text: `"Vi har inga bostäder kvar, varken för flyktingar eller för våra egna ungdomar," Gunnel Åkerdahl, chair of Tjädermyra's municipal executive board, told the TT news agency.`,
    },
    b: {
      lang: 'sv',
      text: `– Vi har inga jobb kvar, varken för flyktingar eller för våra egna ungdomar, säger Gunnel Åkerdahl, kommunstyrelsens ordförande i Tjädermyra, till TT.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same Swedish quote by Åkerdahl with a changed word: "bostäder" (housing) against "jobb" (jobs).`,
  },
  // apart
  {
    id: 'sv-h13-apart-dublin-requests-vs-family-permits',
    a: {
      lang: 'en',
      text: `Sweden sent 740 requests to Germany to take back asylum seekers under the Dublin regulation in the first quarter, the Migration Agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Under första kvartalet beviljades 740 anhöriga till personer med skyddsstatus uppehållstillstånd i Sverige, enligt Migrationsverkets statistik.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 740, but Dublin take-back requests to Germany against residence permits for relatives of protected people.`,
  },
  {
    id: 'sv-h13-apart-mortgage-rate-vs-food-prices-september',
    a: {
      lang: 'en',
      text: `The average interest rate on new mortgages in Sweden fell to 3.4 percent in September, the Riksbank said.`,
    },
    b: {
      lang: 'sv',
      text: `Livsmedelspriserna var i september 3,4 procent högre än i september i fjol, enligt SCB.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 3.4 percent, but the average new mortgage rate against the annual rise in food prices.`,
  },
  {
    id: 'sv-h13-apart-inspections-vs-workers-without-permits',
    a: {
      lang: 'en',
      text: `Police and the Swedish Work Environment Authority carried out 1,200 workplace inspections targeting undeclared labour last year, the police said.`,
    },
    b: {
      lang: 'sv',
      text: `Förra året påträffades 1\u00a0200 personer som arbetade utan giltigt arbetstillstånd vid polisens kontroller, uppger Polismyndigheten.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 1,200, but workplace inspections carried out against people found working without permits.`,
  },
  {
    id: 'sv-h13-apart-ahlstedt-meets-other',
    a: {
      lang: 'en',
      text: `Swedish Migration Minister Karin Åhlstedt met Iraq's minister of migration in Stockholm on Tuesday to discuss the return of rejected asylum seekers.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Karin Åhlstedt träffade på tisdagen Somalias inrikesminister i Stockholm för samtal om återvändandet av personer som fått avslag på sina asylansökningar.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Åhlstedt meets Iraq's migration minister in the English, Somalia's interior minister in the Swedish: different meetings.`,
  },
  {
    id: 'sv-h13-apart-forest-fire-smoke-warning-other-town',
    a: {
      lang: 'en',
      text: `Residents of Rävnäsby were urged on Thursday to stay indoors and close windows and ventilation because of heavy smoke from a forest fire, the rescue service said.`,
    },
    b: {
      lang: 'sv',
      text: `Räddningstjänsten uppmanade på torsdagen invånarna i Hällvreta att hålla sig inomhus och stänga fönster och ventilation på grund av kraftig rök från en skogsbrand.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same smoke warning, but issued to Rävnäsby in the English and to Hällvreta in the Swedish.`,
  },
  {
    id: 'sv-h13-apart-ekvallsbruk-sit-in-other-date',
    a: {
      lang: 'en',
      text: `Asylum seekers at the reception centre in Ekvallsbruk staged a sit-in on Monday, 3 February, to protest against plans to move them to a departure centre.`,
    },
    b: {
      lang: 'sv',
      text: `Asylsökande vid boendet i Ekvallsbruk höll onsdagen den 19 mars en sittstrejk i protest mot planerna på att flytta dem till ett återvändandecenter.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Sit-ins at the Ekvallsbruk centre on Monday 3 February and on Wednesday 19 March: different protests.`,
  },
  {
    id: 'sv-h13-apart-quote-callister-other-matter',
    a: {
      lang: 'en',
      text: `"Statelessness is a problem we know how to solve, and Sweden already has every tool it needs," Rowena Callister, the UNHCR representative for the Nordic and Baltic countries, told reporters in Malmö.`,
    },
    b: {
      lang: 'sv',
      text: `”Integration starts on arrival, not on the day a permit is granted”, sade Rowena Callister, UNHCR:s representant för de nordiska och baltiska länderna, till journalister i Göteborg.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, other matters: statelessness in the English, integration of newcomers in the Swedish.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity, agree
  {
    id: 'de-h13-dublin-transfers-first-half',
    a: {
      lang: 'en',
      text: `Germany transferred 2,940 asylum seekers to other EU countries under the Dublin rules in the first half of the year, the interior ministry said in reply to a parliamentary question from the Left party.`,
    },
    b: {
      lang: 'de',
      text: `Im ersten Halbjahr sind 2.940 Asylsuchende im Rahmen des Dublin-Verfahrens in andere EU-Staaten überstellt worden. Das geht aus der Antwort des Bundesinnenministeriums auf eine Anfrage der Linken hervor.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Dublin transfers from Germany in the first half: 2,940 in both.`,
  },
  {
    id: 'de-h13-asylum-court-cases-duration',
    a: {
      lang: 'en',
      text: `Asylum appeals took an average of 21.4 months to be decided by Germany's administrative courts last year, according to figures released by the federal government.`,
    },
    b: {
      lang: 'de',
      text: `Asylklagen waren im vergangenen Jahr an den Verwaltungsgerichten durchschnittlich 21,4 Monate anhängig, bis eine Entscheidung fiel, wie aus Zahlen der Bundesregierung hervorgeht.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Average duration of asylum court cases last year: 21.4 months in both.`,
  },
  {
    id: 'de-h13-heat-deaths-last-summer',
    a: {
      lang: 'en',
      text: `An estimated 3,100 people died from the effects of heat in Germany last summer, the Robert Koch Institute said on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Im vergangenen Sommer sind nach Schätzungen des Robert Koch-Instituts rund 3.100 Menschen hitzebedingt gestorben, wie das RKI am Mittwoch mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Estimated heat-related deaths last summer: about 3,100 in both.`,
  },
  {
    id: 'de-h13-obliged-to-leave-end-of-june',
    a: {
      lang: 'en',
      text: `Some 226,000 people in Germany were obliged to leave the country at the end of June, most of them holding a temporary suspension of deportation, official data show.`,
    },
    b: {
      lang: 'de',
      text: `Zum Stichtag 30. Juni waren in Deutschland rund 226.000 Menschen ausreisepflichtig. Die meisten von ihnen besitzen eine Duldung, wie aus dem Ausländerzentralregister hervorgeht.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People obliged to leave Germany at the end of June: about 226,000 in both.`,
  },
  // quantity, conflict
  {
    id: 'de-h13-brakelsiel-shelter-fire-evacuated-differ',
    a: {
      lang: 'en',
      text: `A fire broke out overnight in a refugee shelter in Brakelsiel, Lower Saxony, and 86 residents were evacuated, police said. Investigators have not ruled out arson.`,
    },
    b: {
      lang: 'de',
      text: `Bei einem Brand in einer Flüchtlingsunterkunft im niedersächsischen Brakelsiel sind in der Nacht 68 Bewohner in Sicherheit gebracht worden. Brandstiftung schließt die Polizei nicht aus.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Residents evacuated from the burning Brakelsiel shelter: 86 against 68.`,
  },
  {
    id: 'de-h13-lotsenfisch-libya-rescue-differs',
    a: {
      lang: 'en',
      text: `The German charity ship Lotsenfisch took 74 people on board from an overcrowded wooden boat off the Libyan coast on Saturday, the Hamburg-based group Rettungsnetz Mittelmeer said.`,
    },
    b: {
      lang: 'de',
      text: `Die Lotsenfisch der Hamburger Organisation Rettungsnetz Mittelmeer hat am Samstag vor der libyschen Küste 47 Menschen aus einem überfüllten Holzboot gerettet.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People rescued by the Lotsenfisch off Libya on Saturday: 74 against 47.`,
  },
  {
    id: 'de-h13-volkerbach-job-cuts-differ',
    a: {
      lang: 'en',
      text: `Car parts maker Volkerbach Antriebstechnik plans to cut 1,400 jobs at its German plants by the end of next year, the company said on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `Der Autozulieferer Volkerbach Antriebstechnik will bis Ende kommenden Jahres an seinen deutschen Standorten 1.100 Stellen abbauen, teilte das Unternehmen am Donnerstag mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Planned job cuts at Volkerbach's German plants: 1,400 against 1,100.`,
  },
  // event, agree
  {
    id: 'de-h13-munich-airport-smuggler-greek-warrant',
    a: {
      lang: 'en',
      text: `Federal police arrested a suspected people smuggler at Munich airport on Tuesday on a European arrest warrant issued by Greece, where he is accused of organising boat crossings from Turkey.`,
    },
    b: {
      lang: 'de',
      text: `Die Bundespolizei hat am Dienstag am Flughafen München einen mutmaßlichen Schleuser festgenommen. Gegen den Mann lag ein europäischer Haftbefehl aus Griechenland vor, wo ihm die Organisation von Bootsüberfahrten aus der Türkei vorgeworfen wird.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest of a suspected smuggler at Munich airport on a Greek warrant; same arrest in both.`,
  },
  {
    id: 'de-h13-bundestag-family-reunification-suspended',
    a: {
      lang: 'en',
      text: `The Bundestag voted on Friday to suspend family reunification for refugees with subsidiary protection, a centrepiece of the coalition's tougher migration policy.`,
    },
    b: {
      lang: 'de',
      text: `Der Bundestag hat am Freitag beschlossen, den Familiennachzug zu subsidiär Schutzberechtigten auszusetzen. Das Gesetz gilt als Kernstück der verschärften Migrationspolitik der Koalition.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Bundestag vote suspending family reunification for subsidiary protection holders; same in both.`,
  },
  {
    id: 'de-h13-berlin-afghan-protest-camp-cleared',
    a: {
      lang: 'en',
      text: `Police in Berlin on Thursday morning cleared a protest camp outside the Foreign Office, where Afghans had been demanding that a federal admission programme be continued.`,
    },
    b: {
      lang: 'de',
      text: `Die Berliner Polizei hat am Donnerstagmorgen das Protestcamp vor dem Auswärtigen Amt geräumt. Dort hatten Afghaninnen und Afghanen für die Fortsetzung des Bundesaufnahmeprogramms demonstriert.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Clearing of the Afghan protest camp outside the Foreign Office; same act in both.`,
  },
  {
    id: 'de-h13-odenwald-swine-fever-hunting-ban',
    a: {
      lang: 'en',
      text: `Authorities in the Odenwald district imposed a hunting ban on Monday after African swine fever was detected in a dead wild boar.`,
    },
    b: {
      lang: 'de',
      text: `Nach dem Nachweis der Afrikanischen Schweinepest bei einem tot aufgefundenen Wildschwein hat der Odenwaldkreis am Montag ein Jagdverbot verhängt.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Hunting ban imposed in the Odenwald district after a swine fever case; same act in both.`,
  },
  // event, conflict
  {
    id: 'de-h13-erlenstieg-water-cannon-vs-mounted-police',
    a: {
      lang: 'en',
      text: `Police used water cannon on Saturday to push back far-right demonstrators who tried to break through a cordon in Erlenstieg.`,
    },
    b: {
      lang: 'de',
      text: `In Erlenstieg hat die Polizei am Samstag rechtsextreme Demonstranten, die eine Absperrung durchbrechen wollten, mit einer Reiterstaffel zurückgedrängt.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Pushing back far-right marchers in Erlenstieg: water cannon in the English, mounted police in the German.`,
  },
  {
    id: 'de-h13-tunisia-deportation-spit-hood-denied',
    a: {
      lang: 'en',
      text: `A Tunisian man was forced to wear a spit hood during his deportation on a charter flight from Düsseldorf, the advocacy group Netzwerk Bleiberecht Holmsfurt said.`,
    },
    b: {
      lang: 'de',
      text: `Die Bundespolizei hat bestritten, bei der Abschiebung eines Tunesiers mit einem Charterflug ab Düsseldorf eine Spuckschutzhaube eingesetzt zu haben. Das hatte die Initiative Netzwerk Bleiberecht Holmsfurt behauptet.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Spit hood on the Tunisian deportee: asserted in the English, denied by federal police in the German.`,
  },
  {
    id: 'de-h13-passau-smuggling-trial-acquitted-vs-convicted',
    a: {
      lang: 'en',
      text: `The regional court in Passau on Wednesday acquitted a Syrian man accused of smuggling migrants across the Austrian border, citing insufficient evidence.`,
    },
    b: {
      lang: 'de',
      text: `Das Landgericht Passau hat am Mittwoch einen Syrer wegen Einschleusens von Ausländern über die österreichische Grenze zu einer Haftstrafe verurteilt.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Verdict in the Passau smuggling trial: acquitted in the English, convicted (verurteilt) in the German.`,
  },
  // quote, agree / conflict
  {
    id: 'de-h13-quote-kuehnwald-sports-halls',
    a: {
      lang: 'en',
      text: `"Unsere Turnhallen sind für Kinder da, nicht für Feldbetten," said Annegret Kühnwald, the mayor of Dornwinkel, who has refused to house more asylum seekers in school sports halls.`,
    },
    b: {
      lang: 'de',
      text: `„Unsere Turnhallen sind für Kinder da, nicht für Feldbetten“, sagte Dornwinkels Bürgermeisterin Annegret Kühnwald. Sie lehnt es ab, weitere Asylbewerber in Schulsporthallen unterzubringen.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Kühnwald's German words on sports halls, verbatim in both.`,
  },
  {
    id: 'de-h13-quote-tremayne-altered',
    a: {
      lang: 'en',
      text: `"Germany cannot deport its way out of a labour shortage," Sheila Tremayne, the International Organization for Migration's regional director for the European Union, said in Berlin.`,
    },
    b: {
      lang: 'de',
      text: `„Germany cannot legislate its way out of a labour shortage“, sagte Sheila Tremayne, Regionaldirektorin der Internationalen Organisation für Migration (IOM) für die EU, in Berlin.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same English quote by Tremayne with a changed verb: "deport" against "legislate".`,
  },
  // apart
  {
    id: 'de-h13-apart-turkish-asylum-vs-naturalisations',
    a: {
      lang: 'en',
      text: `The Federal Office for Migration and Refugees received 1,120 first-time asylum applications from Turkish nationals in July.`,
    },
    b: {
      lang: 'de',
      text: `In Berlin sind im vergangenen Jahr 1.120 türkische Staatsangehörige eingebürgert worden, teilte das Landesamt für Einwanderung mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 1,120, but Turkish asylum applications in July against Turkish nationals naturalised in Berlin last year.`,
  },
  {
    id: 'de-h13-apart-apprenticeships-vs-building-permits',
    a: {
      lang: 'en',
      text: `The number of new apprenticeship contracts signed in Germany fell by 2.3 percent last year, the Federal Statistical Office said.`,
    },
    b: {
      lang: 'de',
      text: `Die Zahl der Baugenehmigungen für Wohnungen ist im ersten Halbjahr um 2,3 Prozent gesunken, wie das Statistische Bundesamt mitteilte.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 2.3 percent fall, but new apprenticeship contracts against housing permits.`,
  },
  {
    id: 'de-h13-apart-austrian-border-entries-vs-refusals-october',
    a: {
      lang: 'en',
      text: `Federal police registered 640 unauthorised entries at the border with Austria in October.`,
    },
    b: {
      lang: 'de',
      text: `An der deutsch-österreichischen Grenze hat die Bundespolizei im Oktober 640 Menschen zurückgewiesen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 640 at the Austrian border in October, but unauthorised entries registered against people turned back.`,
  },
  {
    id: 'de-h13-apart-sandkuehler-meets-other',
    a: {
      lang: 'en',
      text: `German Interior Minister Helmut Sandkühler met Morocco's interior minister in Rabat on Monday to discuss faster returns of rejected asylum seekers.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenminister Helmut Sandkühler ist am Donnerstag in Tunis mit seinem tunesischen Amtskollegen zusammengetroffen, um über schnellere Rückführungen abgelehnter Asylbewerber zu sprechen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Sandkühler meets the Moroccan minister in Rabat on Monday, the Tunisian minister in Tunis on Thursday: different meetings.`,
  },
  {
    id: 'de-h13-apart-immigration-office-occupied-other-town',
    a: {
      lang: 'en',
      text: `Activists protesting against deportations occupied the foyer of the immigration office in Dornwinkel on Wednesday and were removed by police in the evening.`,
    },
    b: {
      lang: 'de',
      text: `Abschiebungsgegner haben am Mittwoch das Foyer der Ausländerbehörde in Kattenbrügge besetzt. Am Abend räumte die Polizei das Gebäude.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same occupation of an immigration office, but in Dornwinkel in the English and in Kattenbrügge in the German.`,
  },
  {
    id: 'de-h13-apart-erlenstieg-torch-march-other-date',
    a: {
      lang: 'en',
      text: `Members of a neo-Nazi group held a torchlight march through Erlenstieg on Saturday, 9 November, drawing condemnation from the Central Council of Jews.`,
    },
    b: {
      lang: 'de',
      text: `Am Samstag, dem 25. Januar, sind Anhänger einer Neonazi-Gruppe mit Fackeln durch Erlenstieg gezogen. Der Zentralrat der Juden verurteilte den Aufmarsch.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Torchlight marches through Erlenstieg on Saturday 9 November and on Saturday 25 January: different marches.`,
  },
  {
    id: 'de-h13-apart-quote-kuehnwald-other-matter',
    a: {
      lang: 'en',
      text: `"Wer hier arbeitet und Steuern zahlt, muss auch bleiben dürfen," Dornwinkel's mayor, Annegret Kühnwald, said of a Kosovan nurse whose deportation has been ordered.`,
    },
    b: {
      lang: 'de',
      text: `„Wir brauchen endlich schnelles Internet auf dem Land“, sagte Bürgermeisterin Annegret Kühnwald zum Start des Glasfaserausbaus in Dornwinkel.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, other matters: a nurse's deportation in the English, rural broadband in the German.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity, agree
  {
    id: 'es-h13-ceuta-unaccompanied-minors-housed',
    a: {
      lang: 'en',
      text: `Ceuta's reception centres were housing about 480 unaccompanied migrant minors on Monday, far beyond their capacity, the city's government said.`,
    },
    b: {
      lang: 'es',
      text: `Los centros de acogida de Ceuta atendían este lunes a unos 480 menores migrantes no acompañados, muy por encima de su capacidad, según informó el Gobierno de la ciudad autónoma.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Unaccompanied minors in Ceuta's centres on Monday: about 480 in both.`,
  },
  {
    id: 'es-h13-chile-unemployment-june-august',
    a: {
      lang: 'en',
      text: `Chile's unemployment rate stood at 8.7 percent in the June-August quarter, the National Statistics Institute said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `La tasa de desocupación en Chile se ubicó en el 8,7\u00a0% en el trimestre móvil junio-agosto, informó este viernes el Instituto Nacional de Estadísticas (INE).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Chile's unemployment rate in June-August: 8.7 percent in both.`,
  },
  {
    id: 'es-h13-dominican-haitian-deportations-last-year',
    a: {
      lang: 'en',
      text: `The Dominican Republic deported more than 276,000 Haitians last year, the General Directorate of Migration said, as it pressed ahead with a campaign of mass expulsions.`,
    },
    b: {
      lang: 'es',
      text: `Más de 276.000 haitianos fueron deportados el año pasado desde la República Dominicana, según el balance de la Dirección General de Migración, que mantiene una campaña de expulsiones masivas.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Haitians deported by the Dominican Republic last year: more than 276,000 in both.`,
  },
  {
    id: 'es-h13-mexico-whooping-cough-cases',
    a: {
      lang: 'en',
      text: `Mexico has confirmed 1,115 cases of whooping cough so far this year, the Health Ministry said in its weekly epidemiological bulletin.`,
    },
    b: {
      lang: 'es',
      text: `La Secretaría de Salud ha confirmado en lo que va del año 1.115 casos de tos ferina en México, de acuerdo con su boletín epidemiológico semanal.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Whooping cough cases confirmed in Mexico this year: 1,115 in both.`,
  },
  // quantity, conflict
  {
    id: 'es-h13-coatzacoalcos-trailer-migrants-differ',
    a: {
      lang: 'en',
      text: `Mexican authorities found 129 migrants, most of them Central Americans, locked inside a tractor-trailer abandoned near Coatzacoalcos in Veracruz state, the National Migration Institute said.`,
    },
    b: {
      lang: 'es',
      text: `Un total de 192 migrantes, en su mayoría centroamericanos, fueron hallados encerrados en la caja de un tráiler abandonado cerca de Coatzacoalcos, Veracruz, informó el Instituto Nacional de Migración (INM).`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants found in the abandoned trailer near Coatzacoalcos: 129 against 192.`,
  },
  {
    id: 'es-h13-el-hierro-cayuco-passengers-differ',
    a: {
      lang: 'en',
      text: `A cayuco carrying 211 people, including women and children, reached the island of El Hierro on Thursday after setting out from Mauritania, emergency services said.`,
    },
    b: {
      lang: 'es',
      text: `Un cayuco con 112 personas a bordo, entre ellas mujeres y menores, llegó este jueves a El Hierro tras zarpar de Mauritania, según los servicios de emergencia.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People aboard the cayuco that reached El Hierro on Thursday: 211 against 112.`,
  },
  {
    id: 'es-h13-malaga-flood-aid-differs',
    a: {
      lang: 'en',
      text: `Spain's cabinet on Tuesday approved 1.8 billion euros in aid for areas of Málaga province hit by last month's floods.`,
    },
    b: {
      lang: 'es',
      text: `El Consejo de Ministros aprobó este martes ayudas por valor de 2.800 millones de euros para las zonas de la provincia de Málaga afectadas por las inundaciones del mes pasado.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Flood aid approved for Málaga province: 1.8 billion euros against 2.8 billion.`,
  },
  // event, agree
  {
    id: 'es-h13-supreme-court-canary-asylum-minors-order',
    a: {
      lang: 'en',
      text: `Spain's Supreme Court has ordered the central government to take charge of the asylum-seeking migrant children in the care of the Canary Islands, in a ruling made public on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `El Tribunal Supremo ha ordenado al Gobierno central que asuma la tutela de los menores migrantes solicitantes de asilo acogidos por Canarias, según un auto hecho público este martes.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Supreme Court order that the central government take charge of asylum-seeking minors in the Canaries; same in both.`,
  },
  {
    id: 'es-h13-barajas-asylum-seekers-transferred',
    a: {
      lang: 'en',
      text: `Asylum seekers who had been sleeping for weeks in rooms at Madrid's Barajas airport were moved on Saturday to a reception centre run by the Ministry of Inclusion, officials said.`,
    },
    b: {
      lang: 'es',
      text: `Los solicitantes de asilo que llevaban semanas durmiendo en las salas del aeropuerto de Barajas fueron trasladados este sábado a un centro de acogida del Ministerio de Inclusión, según fuentes oficiales.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Transfer of the asylum seekers from Barajas airport to a reception centre; same act in both.`,
  },
  {
    id: 'es-h13-tarapaca-border-trench-works-begin',
    a: {
      lang: 'en',
      text: `Chile's army began digging a trench along the border with Bolivia in the Tarapacá region on Monday in an effort to stop irregular crossings, the government said.`,
    },
    b: {
      lang: 'es',
      text: `El Ejército de Chile comenzó este lunes las obras de una zanja en la frontera con Bolivia, en la región de Tarapacá, para frenar los ingresos irregulares, informó el Gobierno.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Start of the army's border trench works in Tarapacá; same act in both.`,
  },
  {
    id: 'es-h13-argentina-health-insurance-decree',
    a: {
      lang: 'en',
      text: `Argentina's government published a decree on Wednesday requiring foreigners who apply for temporary residence to hold private health insurance.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno argentino publicó este miércoles en el Boletín Oficial un decreto que obliga a los extranjeros que soliciten la residencia temporaria a contar con un seguro de salud privado.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Decree requiring health insurance for temporary residence applicants; same publication in both.`,
  },
  // event, conflict
  {
    id: 'es-h13-ceuta-breakwater-smoke-vs-rubber-balls',
    a: {
      lang: 'en',
      text: `Civil Guard officers fired smoke canisters on Sunday to deter migrants who were trying to swim around the breakwater into Ceuta, police sources said.`,
    },
    b: {
      lang: 'es',
      text: `Agentes de la Guardia Civil dispararon pelotas de goma este domingo para disuadir a los migrantes que intentaban alcanzar Ceuta a nado bordeando el espigón, según fuentes policiales.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Deterring swimmers at the Ceuta breakwater: smoke canisters in the English, rubber balls in the Spanish.`,
  },
  {
    id: 'es-h13-darien-phones-confiscation-denied',
    a: {
      lang: 'en',
      text: `Panamanian border police confiscated migrants' mobile phones at the reception station in Darién province, the human rights group Colectivo Frontera Viva said.`,
    },
    b: {
      lang: 'es',
      text: `El Servicio Nacional de Fronteras (Senafront) negó que sus agentes hayan decomisado teléfonos móviles a migrantes en la estación de recepción de Darién, como denunció el Colectivo Frontera Viva.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Confiscation of migrants' phones in Darién: asserted in the English, denied by Senafront in the Spanish.`,
  },
  {
    id: 'es-h13-costa-rica-special-category-extended-vs-ended',
    a: {
      lang: 'en',
      text: `Costa Rica has extended the special temporary category that allows Nicaraguans and Venezuelans whose asylum claims were rejected to stay and work legally, the immigration authority said.`,
    },
    b: {
      lang: 'es',
      text: `La Dirección General de Migración y Extranjería de Costa Rica dio por terminada la categoría especial temporal que permitía a nicaragüenses y venezolanos con la solicitud de refugio denegada permanecer y trabajar en el país.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Costa Rica's special category for rejected asylum seekers: extended in the English, ended in the Spanish.`,
  },
  // quote, agree / conflict
  {
    id: 'es-h13-quote-ashworth-coyote',
    a: {
      lang: 'en',
      text: `"Every dollar paid to a coyote ends up funding violence in your own community," Colleen Ashworth, the US ambassador to Guatemala, said at a news conference in Guatemala City.`,
    },
    b: {
      lang: 'es',
      text: `La embajadora de Estados Unidos en Guatemala, Colleen Ashworth, advirtió en una conferencia de prensa en la capital: "Every dollar paid to a coyote ends up funding violence in your own community".`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Ashworth's words on paying smugglers, verbatim in English in both.`,
  },
  {
    id: 'es-h13-quote-avila-padron-altered',
    a: {
      lang: 'en',
      text: `"Esto es una emergencia humanitaria, no una invasión," said Ruymán Ávila Padrón, president of the island council of El Hierro, as a new cayuco arrived at the port.`,
    },
    b: {
      lang: 'es',
      text: `"Esto es una emergencia humanitaria, no un negocio", afirmó el presidente del Cabildo de El Hierro, Ruymán Ávila Padrón, tras la llegada de un nuevo cayuco al puerto.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same Spanish quote by Ávila Padrón with a changed ending: "no una invasión" against "no un negocio".`,
  },
  // apart
  {
    id: 'es-h13-apart-balearics-arrivals-vs-asylum-applications',
    a: {
      lang: 'en',
      text: `Some 1,940 migrants reached the Balearic Islands by boat from Algeria in the first half of the year, according to Interior Ministry data.`,
    },
    b: {
      lang: 'es',
      text: `En el primer semestre se presentaron en Baleares unas 1.940 solicitudes de protección internacional, según datos del Ministerio del Interior.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 1,940 in the Balearics, but boat arrivals against applications for international protection.`,
  },
  {
    id: 'es-h13-apart-colombia-rate-vs-unemployment',
    a: {
      lang: 'en',
      text: `Colombia's central bank cut its benchmark interest rate to 9.5 percent on Friday.`,
    },
    b: {
      lang: 'es',
      text: `La tasa de desempleo en Colombia se situó en el 9,5\u00a0% en agosto, según el Departamento Administrativo Nacional de Estadística (DANE).`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 9.5 percent, but Colombia's policy interest rate against its unemployment rate.`,
  },
  {
    id: 'es-h13-apart-chile-foreign-residents-vs-argentine-tourists',
    a: {
      lang: 'en',
      text: `Chile is home to an estimated 1.9 million foreign residents, the National Statistics Institute and the migration service said in their latest joint estimate.`,
    },
    b: {
      lang: 'es',
      text: `Chile recibió el año pasado cerca de 1,9 millones de turistas argentinos, informó la Subsecretaría de Turismo.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 1.9 million in Chile, but foreign residents against Argentine tourists last year.`,
  },
  {
    id: 'es-h13-apart-arrizabalaga-meets-other',
    a: {
      lang: 'en',
      text: `Spain's interior minister, Begoña Arrizabalaga, met her Mauritanian counterpart in Nouakchott on Thursday to discuss joint patrols against cayuco departures.`,
    },
    b: {
      lang: 'es',
      text: `La ministra del Interior, Begoña Arrizabalaga, se reunió este lunes en Dakar con su homólogo senegalés para abordar el control de las salidas de cayucos.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Arrizabalaga meets the Mauritanian minister in Nouakchott on Thursday, the Senegalese minister in Dakar on Monday: different meetings.`,
  },
  {
    id: 'es-h13-apart-reception-centre-protest-other-town',
    a: {
      lang: 'en',
      text: `Residents of Montejaral de la Sierra protested on Sunday against plans to open a reception centre for migrants in a former army barracks.`,
    },
    b: {
      lang: 'es',
      text: `Vecinos de Santibáñez del Encinar se concentraron este domingo contra el proyecto de abrir un centro de acogida para migrantes en un antiguo cuartel militar.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same protest against a barracks reception centre, but in Montejaral de la Sierra and in Santibáñez del Encinar.`,
  },
  {
    id: 'es-h13-apart-tapachula-hotel-raid-other-date',
    a: {
      lang: 'en',
      text: `Mexican immigration agents raided a hotel housing migrants in Tapachula on Tuesday, 14 May, and took those without papers to a detention centre, local media reported.`,
    },
    b: {
      lang: 'es',
      text: `Agentes del Instituto Nacional de Migración irrumpieron el viernes 21 de junio en un hotel de Tapachula donde se hospedaban migrantes y trasladaron a una estación migratoria a quienes no tenían documentos.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Hotel raids in Tapachula on Tuesday 14 May and on Friday 21 June: different operations.`,
  },
  {
    id: 'es-h13-apart-quote-ashworth-other-matter',
    a: {
      lang: 'en',
      text: `"The safest route north is the legal one, and it starts at our consulates," Colleen Ashworth, the US ambassador to Guatemala, said on a visit to Quetzaltenango.`,
    },
    b: {
      lang: 'es',
      text: `"Guatemalan coffee deserves a fair price in every market we share", aseguró la embajadora estadounidense Colleen Ashworth durante una feria de caficultores en Quetzaltenango.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, other matters: legal migration routes in the English, coffee prices in the Spanish.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity, agree
  {
    id: 'fr-h13-fertility-rate-last-year',
    a: {
      lang: 'en',
      text: `France's fertility rate fell to 1.62 children per woman last year, its lowest level since the end of the First World War, the statistics office INSEE said.`,
    },
    b: {
      lang: 'fr',
      text: `L'indicateur conjoncturel de fécondité est tombé à 1,62 enfant par femme l'an dernier, son plus bas niveau depuis la fin de la Première Guerre mondiale, selon l'Insee.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `France's fertility rate last year: 1.62 children per woman in both.`,
  },
  {
    id: 'fr-h13-ofii-voluntary-return-aid',
    a: {
      lang: 'en',
      text: `France's immigration and integration office granted voluntary return aid to about 7,900 foreigners last year, a record, according to its annual report.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 7\u202f900 étrangers ont bénéficié l'an dernier d'une aide au retour volontaire de l'Office français de l'immigration et de l'intégration (Ofii), un record, selon son rapport annuel.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Foreigners granted OFII voluntary return aid last year: about 7,900 in both.`,
  },
  {
    id: 'fr-h13-drought-water-restrictions-departments',
    a: {
      lang: 'en',
      text: `Water-use restrictions were in force in 62 French departments on Tuesday as the drought worsened across the south and west, the ecological transition ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Des restrictions d'usage de l'eau étaient en vigueur mardi dans 62 départements, la sécheresse s'aggravant dans le Sud et l'Ouest, a indiqué le ministère de la Transition écologique.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Departments under water restrictions on Tuesday: 62 in both.`,
  },
  {
    id: 'fr-h13-uk-returns-pilot-agreement',
    a: {
      lang: 'en',
      text: `Britain has returned 42 migrants to France under the pilot exchange agreement signed with Paris in the summer, the Home Office said.`,
    },
    b: {
      lang: 'fr',
      text: `Au total, 42 migrants ont été renvoyés du Royaume-Uni vers la France dans le cadre de l'accord d'échange expérimental conclu cet été entre Londres et Paris, a indiqué le Home Office.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants returned from Britain to France under the pilot agreement: 42 in both.`,
  },
  // quantity, conflict
  {
    id: 'fr-h13-lille-smuggling-sweep-arrests-differ',
    a: {
      lang: 'en',
      text: `Police arrested 17 suspected people smugglers in France, Belgium and Germany in an operation coordinated by investigators in Lille, prosecutors said on Wednesday.`,
    },
    b: {
      lang: 'fr',
      text: `Au total, 14 passeurs présumés ont été interpellés en France, en Belgique et en Allemagne lors d'une opération pilotée par des enquêteurs lillois, a annoncé mercredi le parquet.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Suspected smugglers arrested in the Lille-led operation: 17 against 14.`,
  },
  {
    id: 'fr-h13-saint-mauvert-rainfall-differs',
    a: {
      lang: 'en',
      text: `Météo-France recorded 480 millimetres of rain at Saint-Mauvert in the Gard on Saturday, flooding streets and cutting off roads around the town.`,
    },
    b: {
      lang: 'fr',
      text: `Il est tombé 384 millimètres de pluie samedi à Saint-Mauvert, dans le Gard, selon Météo-France. Des rues ont été inondées et des routes coupées autour de la commune.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Rainfall at Saint-Mauvert on Saturday: 480 mm against 384 mm.`,
  },
  {
    id: 'fr-h13-outrelande-detention-centre-cost-differs',
    a: {
      lang: 'en',
      text: `The new immigration detention centre being built in Outrelande will cost 48 million euros, the interior ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Le futur centre de rétention administrative d'Outrelande coûtera 84 millions d'euros, selon le ministère de l'Intérieur.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Cost of the Outrelande detention centre: 48 million euros against 84 million.`,
  },
  // event, agree
  {
    id: 'fr-h13-constitutional-council-detention-extension-censured',
    a: {
      lang: 'en',
      text: `France's Constitutional Council on Thursday struck down a provision that would have allowed foreigners deemed dangerous to be held for much longer in immigration detention.`,
    },
    b: {
      lang: 'fr',
      text: `Le Conseil constitutionnel a censuré jeudi la disposition qui permettait de prolonger fortement la rétention administrative des étrangers jugés dangereux.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Constitutional Council struck down the longer detention of dangerous foreigners; same ruling in both.`,
  },
  {
    id: 'fr-h13-calais-migrant-killed-by-lorry',
    a: {
      lang: 'en',
      text: `A migrant was struck and killed by a lorry overnight on the motorway near Calais while trying to climb into a vehicle heading for Britain, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Un exilé a été mortellement percuté par un poids lourd dans la nuit sur l'autoroute près de Calais, alors qu'il tentait de monter dans un camion à destination de l'Angleterre, a indiqué la préfecture.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Migrant killed by a lorry near Calais overnight; same event in both.`,
  },
  {
    id: 'fr-h13-paris-undocumented-workers-site-occupied',
    a: {
      lang: 'en',
      text: `Undocumented workers backed by the CGT union occupied a construction site in eastern Paris on Tuesday to demand residence permits.`,
    },
    b: {
      lang: 'fr',
      text: `Des travailleurs sans papiers ont occupé mardi un chantier de l'est parisien pour réclamer leur régularisation, avec le soutien de la CGT.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Occupation of a Paris building site by undocumented workers; same act in both.`,
  },
  {
    id: 'fr-h13-pyrenees-earthquake-felt-toulouse',
    a: {
      lang: 'en',
      text: `An earthquake struck the central Pyrenees early on Sunday and was felt as far away as Toulouse, but no damage was reported, the national seismic monitoring network said.`,
    },
    b: {
      lang: 'fr',
      text: `Un séisme s'est produit dimanche matin dans les Pyrénées centrales. Il a été ressenti jusqu'à Toulouse, sans faire de dégâts, selon le Réseau national de surveillance sismique.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Earthquake in the central Pyrenees felt in Toulouse without damage; same event in both.`,
  },
  // event, conflict
  {
    id: 'fr-h13-grandcoutre-riot-fireworks-vs-molotov',
    a: {
      lang: 'en',
      text: `Youths fired fireworks at police during a night of unrest in Grandcoutre, a suburb of Lyon, after a young man was injured during an identity check.`,
    },
    b: {
      lang: 'fr',
      text: `Des jeunes ont lancé des cocktails Molotov sur les policiers lors d'une nuit de violences à Grandcoutre, en banlieue lyonnaise, après qu'un jeune homme a été blessé lors d'un contrôle d'identité.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Attack on police in Grandcoutre: fireworks in the English, Molotov cocktails in the French.`,
  },
  {
    id: 'fr-h13-ofpra-sudanese-claims-suspension-denied',
    a: {
      lang: 'en',
      text: `France's refugee protection office OFPRA has suspended decisions on asylum claims from Sudanese nationals, according to a union representing its staff.`,
    },
    b: {
      lang: 'fr',
      text: `L'Ofpra a démenti jeudi avoir suspendu l'examen des demandes d'asile déposées par des ressortissants soudanais, contrairement à ce qu'affirmait un syndicat de ses agents.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Suspension of Sudanese asylum decisions: asserted in the English, denied by OFPRA in the French.`,
  },
  {
    id: 'fr-h13-algeria-belhadef-taken-back-vs-refused',
    a: {
      lang: 'en',
      text: `Algeria agreed on Monday to take back Karim Belhadef, an Algerian influencer expelled from France for calling for violence online, the French interior ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `L'Algérie a refusé lundi de reprendre l'influenceur algérien Karim Belhadef, expulsé de France pour des appels à la violence sur les réseaux sociaux, a fait savoir le ministère de l'Intérieur.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Algeria on the expelled influencer: agreed to take him back in the English, refused in the French.`,
  },
  // quote, agree / conflict
  {
    id: 'fr-h13-quote-delacourbe-waiting-room',
    a: {
      lang: 'en',
      text: `"Notre plage n'est pas la salle d'attente de l'Angleterre," said Jean-Yves Delacourbe, the mayor of Malbourg-Plage, where small boats set off almost every night.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Notre plage n'est pas la salle d'attente de l'Angleterre\u00a0», a lancé Jean-Yves Delacourbe, maire de Malbourg-Plage, commune d'où partent presque chaque nuit des small boats.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Delacourbe's French words on his beach, verbatim in both.`,
  },
  {
    id: 'fr-h13-quote-pentreath-altered',
    a: {
      lang: 'en',
      text: `"This agreement is the first real blow to the smugglers' business model," Oliver Pentreath, Britain's minister for border security, said during a visit to Calais.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0This agreement is the first real crack in the smugglers' business model\u00a0», a déclaré en anglais Oliver Pentreath, ministre britannique chargé de la sécurité des frontières, lors d'une visite à Calais.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Same English quote by Pentreath with a changed noun: "blow to" against "crack in".`,
  },
  // apart
  {
    id: 'fr-h13-apart-protection-rate-vs-removal-rate',
    a: {
      lang: 'en',
      text: `France's refugee protection office granted protection in 34.7 percent of the asylum cases it decided last year, its annual report shows.`,
    },
    b: {
      lang: 'fr',
      text: `Seuls 34,7\u00a0% des étrangers placés en centre de rétention ont été effectivement éloignés l'an dernier, selon le rapport annuel de l'association Passerelles Solidaires.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 34.7 percent, but OFPRA's protection rate against the share of detainees actually removed.`,
  },
  {
    id: 'fr-h13-apart-departures-prevented-vs-shelter-places',
    a: {
      lang: 'en',
      text: `French police prevented 860 migrants from setting off for Britain from the beaches of the Pas-de-Calais over the weekend, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture du Pas-de-Calais a ouvert 860 places d'hébergement d'urgence pour les exilés en prévision de la vague de froid.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 860 in the Pas-de-Calais, but departures prevented against emergency shelter places opened.`,
  },
  {
    id: 'fr-h13-apart-hotel-stays-vs-campsites-july',
    a: {
      lang: 'en',
      text: `Overnight stays in French hotels fell 4.1 percent in July from a year earlier, the statistics office INSEE said.`,
    },
    b: {
      lang: 'fr',
      text: `La fréquentation des campings a progressé de 4,1\u00a0% en juillet par rapport à l'an dernier, selon l'Insee.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 4.1 percent in July, but a fall in hotel stays against a rise in campsite stays.`,
  },
  {
    id: 'fr-h13-apart-lescaillon-meets-other',
    a: {
      lang: 'en',
      text: `French Interior Minister Bertrand Lescaillon met his Italian counterpart in Rome on Wednesday to discuss checks along their common border.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Bertrand Lescaillon, s'est entretenu vendredi à Londres avec son homologue britannique au sujet des traversées de la Manche.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Lescaillon meets the Italian minister in Rome on Wednesday, the British one in London on Friday: different meetings.`,
  },
  {
    id: 'fr-h13-apart-camp-shots-other-town',
    a: {
      lang: 'en',
      text: `Shots were fired overnight at a migrant camp in Malbourg-Plage, near Dunkirk, and an investigation has been opened, prosecutors said.`,
    },
    b: {
      lang: 'fr',
      text: `Des coups de feu ont été tirés dans la nuit sur un campement d'exilés à Outrelande, près de Boulogne-sur-Mer, a indiqué le parquet, qui a ouvert une enquête.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same shooting at a migrant camp, but in Malbourg-Plage in the English and in Outrelande in the French.`,
  },
  {
    id: 'fr-h13-apart-snsm-lifeboat-other-date',
    a: {
      lang: 'en',
      text: `The SNSM lifeboat at Malbourg-Plage was launched on the night of Tuesday, 2 September, to assist a migrant dinghy in difficulty off the coast, the maritime prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Le canot de la SNSM de Malbourg-Plage est intervenu dans la nuit du jeudi 23 octobre pour porter assistance à une embarcation de migrants en difficulté, selon la préfecture maritime.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Lifeboat call-outs at Malbourg-Plage on Tuesday 2 September and on Thursday 23 October: different rescues.`,
  },
  {
    id: 'fr-h13-apart-quote-delacourbe-other-matter',
    a: {
      lang: 'en',
      text: `"Sans saisonniers, nos restaurants ne rouvriront pas au printemps," Jean-Yves Delacourbe, the mayor of Malbourg-Plage, said of the labour shortage in local tourism.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0La mer nous prend chaque hiver un peu plus de dune\u00a0», s'est inquiété Jean-Yves Delacourbe, maire de Malbourg-Plage, à propos de l'érosion du littoral.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, other matters: seasonal workers in the English, coastal erosion in the French.`,
  },
];
