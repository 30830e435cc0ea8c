/**
 * Fifteenth held-out set of cross-language claim pairs. Written by a helper in session 7 without
 * looking at the library's rules, term tables or any earlier pair. Exactly this was read: lines
 * 1-45 of `cross-pairs.ts` (its header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-14.ts` (its header comment, to copy the conventions and header style) and
 * the ids of all earlier `cross-pairs*.ts` files (so that no id or story is knowingly reused). No
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
 * the same number counting something else (three quantity pairs per language, mostly at the same
 * place and on the same date), the same person meeting someone else, the same act in another
 * town, the same act on another date (both dates written out) and the same speaker on another
 * matter. 92 pairs in all. About three quarters of the stories are about migration, borders,
 * asylum, police, protests, security forces, deportations, rescues at sea, smuggling and
 * detention; the rest about politics, the economy, disasters and health.
 *
 * All people, companies, ships, associations, storms and small towns are invented: Myrkulla,
 * Tärnudden, Ådalens Elnät, Svalmyra, Ljungkärret, Gräsvallby, Norrvattna, Elin Brandtorp,
 * Torbjörn Vassgård, Rowena Pettigrew; Kormoranflug, Randolt Stahlguss, Haselmoorn, Eibenrode,
 * Mühlhaselt, Kalkbrügge, Matthias Wengerodt, Nathaniel Crewe, Uta Brenneisen; Fuentecerrada de
 * Segura, Villa Las Jícaras, Hurricane Marisela, Arantxa Olavide, Nieves Tacoronte, Desmond
 * Packard; Goéland Blanc, the Clinique des Tilleuls in Bordeaux, Saint-Avrenne-Plage, Fromagerie
 * du Haut-Vernois, Marquenval, Ostrehove, Hardinval-Plage, Éric Montbardon, Martine Escoubès,
 * Gwendolyn Harker. Countries, capitals, big cities and their districts, regions and real
 * institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs15: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  {
    id: 'sv-h15-astorp-detention-hunger-strike',
    a: {
      lang: 'en',
      text: `About 30 detainees at the Migration Agency's detention centre in Åstorp have been refusing food since Monday in protest against planned deportations to Iraq, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Ett trettiotal förvarstagna på Migrationsverkets förvar i Åstorp har hungerstrejkat sedan i måndags. Enligt myndigheten protesterar de mot planerade utvisningar till Irak.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Hunger strikers at the Åstorp detention centre: "about 30" and "ett trettiotal" are overlapping rough counts of the same detainees.`,
  },
  {
    id: 'sv-h15-svinesund-vehicles-checked-midsummer',
    a: {
      lang: 'en',
      text: `Police checked 6,480 vehicles at the Svinesund crossing on the Norwegian border over the Midsummer weekend in a hunt for people smugglers and illegal weapons.`,
    },
    b: {
      lang: 'sv',
      text: `Under midsommarhelgen kontrollerades 6\u00a0480 fordon vid gränsövergången i Svinesund. Insatsen riktades mot människosmuggling och illegala vapen, meddelar Polisregion Väst.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Vehicles checked at Svinesund over Midsummer: 6,480 in both, the Swedish figure with a non-breaking space and in the passive.`,
  },
  {
    id: 'sv-h15-vasteras-cleaning-firms-without-permits',
    a: {
      lang: 'en',
      text: `Inspections of cleaning companies in Västerås found 37 people working without valid work permits, police said on Thursday. The checks were carried out together with the Migration Agency and the Tax Agency.`,
    },
    b: {
      lang: 'sv',
      text: `Vid en gemensam kontroll av städföretag i Västerås påträffade polisen, Migrationsverket och Skatteverket 37 personer som saknade giltiga arbetstillstånd. Det uppgav polisen på torsdagen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Workers without permits found at cleaning firms in Västerås: 37 in both reports of the same joint inspection.`,
  },
  {
    id: 'sv-h15-new-car-registrations-may',
    a: {
      lang: 'en',
      text: `New car registrations in Sweden fell 8.4 percent in May from a year earlier, the transport statistics agency Trafikanalys said.`,
    },
    b: {
      lang: 'sv',
      text: `Antalet nyregistrerade personbilar minskade med 8,4 procent i maj jämfört med samma månad i fjol, enligt Trafikanalys.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Fall in Swedish new car registrations in May: 8.4 percent in both, with a decimal comma in Swedish.`,
  },
  {
    id: 'sv-h15-myrkulla-asylum-housing-residents-differ',
    a: {
      lang: 'en',
      text: `The Migration Agency will close its asylum accommodation in Myrkulla at the end of August, and the some 340 people living there will be moved to other municipalities, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverkets boende i Myrkulla läggs ned i slutet av augusti. De cirka 190 asylsökande som bor där ska flyttas till andra kommuner, skriver myndigheten i ett pressmeddelande.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Residents to be moved out of the Myrkulla accommodation: some 340 against about 190, too far apart for the hedges to overlap.`,
  },
  {
    id: 'sv-h15-rinkeby-cars-torched-differ',
    a: {
      lang: 'en',
      text: `Around 20 cars were set on fire overnight into Saturday in Rinkeby, a suburb of Stockholm, police said, adding that no arrests had been made.`,
    },
    b: {
      lang: 'sv',
      text: `Närmare 45 bilar sattes i brand i Rinkeby i nordvästra Stockholm under natten till lördagen. Ingen har gripits, uppger polisen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Cars torched in Rinkeby overnight into Saturday: around 20 against nearly 45, a differing figure.`,
  },
  {
    id: 'sv-h15-tarnudden-libya-rescue-differs',
    a: {
      lang: 'en',
      text: `The rescue ship Tärnudden, operated by a Swedish charity, took 212 people on board from an overcrowded wooden boat off the Libyan coast on Sunday.`,
    },
    b: {
      lang: 'sv',
      text: `På söndagen plockade räddningsfartyget Tärnudden, som drivs av en svensk ideell förening, upp 147 migranter från en överlastad träbåt utanför Libyens kust.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People taken aboard the Tärnudden off Libya on Sunday: 212 against 147, so the figures conflict.`,
  },
  {
    id: 'sv-h15-apart-detained-vs-injured-jarntorget',
    a: {
      lang: 'en',
      text: `Police detained 46 people during clashes between rival demonstrations over migration policy at Järntorget in Gothenburg on Saturday.`,
    },
    b: {
      lang: 'sv',
      text: `Vid sammandrabbningarna mellan demonstranter och motdemonstranter på Järntorget i Göteborg i lördags skadades 46 personer, uppger Västra Götalandsregionen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same clashes at Järntorget on Saturday and the same 46, but people detained by police against people injured: different facts.`,
  },
  {
    id: 'sv-h15-apart-citizenship-applications-vs-grants',
    a: {
      lang: 'en',
      text: `The Migration Agency received 9,800 applications for Swedish citizenship in the second quarter, it said on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Under andra kvartalet beviljade Migrationsverket 9\u00a0800 personer svenskt medborgarskap, framgår av myndighetens statistik.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same agency, same quarter and 9,800 in both, but citizenship applications received against citizenships granted.`,
  },
  {
    id: 'sv-h15-apart-outages-vs-lightning-vasternorrland',
    a: {
      lang: 'en',
      text: `About 15,000 households in Västernorrland lost power on Sunday as thunderstorms swept across the county, the grid operator Ådalens Elnät said.`,
    },
    b: {
      lang: 'sv',
      text: `SMHI registrerade omkring 15\u00a0000 blixtnedslag i Västernorrland under söndagen, när ett kraftigt åskoväder drog in över länet.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same thunderstorm in Västernorrland on Sunday and about 15,000 in both, but households without power against lightning strikes.`,
  },
  {
    id: 'sv-h15-kalmar-baltic-smuggler-remanded',
    a: {
      lang: 'en',
      text: `A Syrian man suspected of organising boat crossings for migrants over the Baltic Sea was remanded in custody by the Kalmar district court on Friday, 14 March, the prosecutor said.`,
    },
    b: {
      lang: 'sv',
      text: `Kalmar tingsrätt häktade fredagen den 14 mars en syrisk medborgare som misstänks för grov människosmuggling. Mannen ska ha organiserat båtresor för migranter över Östersjön, uppger åklagaren.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Remand of a Syrian suspected of Baltic people smuggling by the Kalmar court on Friday 14 March: the same act in both.`,
  },
  {
    id: 'sv-h15-sundbyberg-protest-camp-cleared',
    a: {
      lang: 'en',
      text: `Police on Wednesday cleared a protest camp that Afghan asylum seekers had set up outside the Migration Agency's offices in Sundbyberg, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Protestlägret som afghanska asylsökande slagit upp utanför Migrationsverkets lokaler i Sundbyberg avvecklades av polisen under onsdagen, uppger myndigheten.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Police clearing the Afghan asylum seekers' protest camp in Sundbyberg on Wednesday: the same act, in the passive in Swedish.`,
  },
  {
    id: 'sv-h15-visby-hospital-crisis-declared',
    a: {
      lang: 'en',
      text: `Region Gotland declared a crisis at Visby hospital on Monday because of an acute shortage of nurses. Planned operations have been postponed.`,
    },
    b: {
      lang: 'sv',
      text: `Region Gotland utlyste på måndagen krisläge på Visby lasarett på grund av den akuta sjuksköterskebristen. Planerade operationer skjuts upp.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Region Gotland declaring a crisis at Visby hospital over the nurse shortage on Monday: the same act in both.`,
  },
  {
    id: 'sv-h15-russian-diplomat-expelled-refugee-mapping',
    a: {
      lang: 'en',
      text: `Sweden has expelled a Russian diplomat accused of gathering information on Ukrainian refugees living in the country, the foreign ministry said on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `En rysk diplomat har utvisats ur Sverige, misstänkt för att ha kartlagt ukrainska flyktingar i landet. Det bekräftade Utrikesdepartementet på tisdagen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Expulsion of a Russian diplomat suspected of mapping Ukrainian refugees: the same act, passive and confirmation in Swedish.`,
  },
  {
    id: 'sv-h15-svalmyra-tear-gas-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police fired tear gas at youths who were throwing stones at officers in the Svalmyra district of Norrköping on Tuesday night.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen använde pepparspray mot ungdomar som kastade sten mot polispatrullerna i Svalmyra i Norrköping under tisdagskvällen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same stone-throwing in Svalmyra on Tuesday night, but tear gas against pepparspray: the instrument of force differs.`,
  },
  {
    id: 'sv-h15-ljungkarret-phones-confiscation-denied',
    a: {
      lang: 'en',
      text: `Staff at the Migration Agency's accommodation in Ljungkärret confiscated asylum seekers' mobile phones, residents told local radio on Thursday.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket förnekar att personal på asylboendet i Ljungkärret ska ha tagit de boendes mobiltelefoner i beslag. Uppgifterna stämmer inte, säger myndighetens presschef till Sveriges Radio.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Confiscation of residents' phones at Ljungkärret: reported as done in English, denied by the agency in Swedish.`,
  },
  {
    id: 'sv-h15-grasvallby-school-asylum-housing-approved-vs-rejected',
    a: {
      lang: 'en',
      text: `The municipal council in Gräsvallby on Monday evening approved a plan to convert the closed village school into housing for asylum seekers.`,
    },
    b: {
      lang: 'sv',
      text: `Kommunfullmäktige i Gräsvallby avslog på måndagskvällen förslaget att bygga om den nedlagda byskolan till bostäder för asylsökande.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Gräsvallby council vote on turning the old school into asylum housing: approved against avslog (rejected), an antonym act.`,
  },
  {
    id: 'sv-h15-apart-brandtorp-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Elin Brandtorp met her Danish counterpart in Copenhagen on Monday to discuss joint police checks on the Öresund bridge.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Elin Brandtorp träffade på måndagen Finlands inrikesminister i Helsingfors. Samtalen gällde läget vid den finsk-ryska gränsen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same minister on Monday, but meeting the Danish counterpart in Copenhagen against Finland's interior minister in Helsinki: another meeting.`,
  },
  {
    id: 'sv-h15-apart-agency-office-evacuated-other-town',
    a: {
      lang: 'en',
      text: `The Migration Agency's office in Umeå was evacuated on Thursday morning after a suspicious package was found in the waiting room, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverkets kontor i Luleå utrymdes på torsdagsförmiddagen sedan ett misstänkt föremål påträffats i väntrummet. Bombtekniker kallades till platsen, uppger polisen.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Evacuation of a Migration Agency office over a suspicious package, but in Umeå against Luleå: the same act in another town.`,
  },
  {
    id: 'sv-h15-apart-sahlgrenska-walkout-other-date',
    a: {
      lang: 'en',
      text: `Nurses at Sahlgrenska University Hospital in Gothenburg walked out on 14 February in protest against forced overtime, their union said.`,
    },
    b: {
      lang: 'sv',
      text: `Sjuksköterskorna på Sahlgrenska universitetssjukhuset lade ned arbetet den 3 april i protest mot den påtvingade övertiden, uppger deras fackförbund.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Walkout by Sahlgrenska nurses over forced overtime, but on 14 February against 3 April: the same act on another date.`,
  },
  {
    id: 'sv-h15-quote-pettigrew-last-resort',
    a: {
      lang: 'en',
      text: `"Detention should be the last resort, not the first reflex," said Rowena Pettigrew, the UNHCR representative for the Nordic and Baltic countries, commenting on the government's plans to expand detention capacity.`,
    },
    b: {
      lang: 'sv',
      text: `”Detention should be the last resort, not the first reflex”, säger Rowena Pettigrew, UNHCR:s representant för Norden och Baltikum, om regeringens planer på att bygga ut förvarsverksamheten.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Pettigrew's remark on the Swedish detention plans, quoted verbatim in English in both texts.`,
  },
  {
    id: 'sv-h15-quote-vassgard-altered',
    a: {
      lang: 'en',
      text: `"Vi har inte fått en enda krona från staten," said Torbjörn Vassgård, who chairs the municipal board in Norrvattna, after the closure of the town's sawmill was announced.`,
    },
    b: {
      lang: 'sv',
      text: `”Vi har inte fått tillräckligt med stöd från staten”, säger Torbjörn Vassgård (S), kommunstyrelsens ordförande i Norrvattna, efter beskedet att sågverket ska läggas ned.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Vassgård on state support after the Norrvattna sawmill closure: "inte fått en enda krona" against "inte fått tillräckligt med stöd", altered quoted words.`,
  },
  {
    id: 'sv-h15-apart-quote-pettigrew-other-matter',
    a: {
      lang: 'en',
      text: `"Afghan women cannot be sent back to a country that has erased them from public life," said Rowena Pettigrew, the UNHCR representative for the Nordic and Baltic countries.`,
    },
    b: {
      lang: 'sv',
      text: `”Temporary protection was never meant to last this long”, säger Rowena Pettigrew, UNHCR:s representant för Norden och Baltikum, om de ukrainska flyktingarnas situation i Sverige.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same UNHCR speaker, but on returns of Afghan women against the Ukrainians' temporary protection: another matter and other words.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  {
    id: 'de-h15-bueren-deportation-custody-occupancy',
    a: {
      lang: 'en',
      text: `Nearly 140 people are currently being held at the deportation detention facility in Büren, the state government of North Rhine-Westphalia said on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `In der Abschiebungshafteinrichtung Büren sitzen derzeit rund 140 Menschen ein. Das teilte die nordrhein-westfälische Landesregierung am Dienstag mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People held in deportation custody in Büren: "nearly 140" and "rund 140" overlap.`,
  },
  {
    id: 'de-h15-hamburg-payment-cards-issued',
    a: {
      lang: 'en',
      text: `Hamburg has issued 12,300 payment cards to asylum seekers since the system replaced cash benefits in February, the city's social affairs authority said.`,
    },
    b: {
      lang: 'de',
      text: `Seit der Umstellung im Februar hat die Hamburger Sozialbehörde 12.300 Bezahlkarten an Asylbewerber ausgegeben, wie eine Sprecherin mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Payment cards issued to asylum seekers in Hamburg since February: 12,300 in both, with a German thousands dot.`,
  },
  {
    id: 'de-h15-hotel-overnight-stays-july',
    a: {
      lang: 'en',
      text: `Hotels and other accommodation in Germany recorded 57.3 million overnight stays in July, the Federal Statistical Office said.`,
    },
    b: {
      lang: 'de',
      text: `Die Beherbergungsbetriebe in Deutschland zählten im Juli 57,3 Millionen Übernachtungen, wie das Statistische Bundesamt in Wiesbaden mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Overnight stays in German accommodation in July: 57.3 million in both, decimal comma in German.`,
  },
  {
    id: 'de-h15-dortmund-march-police-deployed',
    a: {
      lang: 'en',
      text: `About 1,900 police officers were deployed in Dortmund on Saturday to secure a neo-Nazi march and the counter-protests against it, police said.`,
    },
    b: {
      lang: 'de',
      text: `Mit knapp 2.000 Einsatzkräften hat die Polizei am Samstag in Dortmund einen Neonazi-Aufmarsch und die Gegenproteste abgesichert.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Officers securing the Dortmund neo-Nazi march on Saturday: about 1,900 and "knapp 2.000" (just under 2,000) overlap.`,
  },
  {
    id: 'de-h15-kormoranflug-lampedusa-rescue-differs',
    a: {
      lang: 'en',
      text: `The German rescue ship Kormoranflug picked up 76 migrants from a sinking rubber boat south of Lampedusa on Wednesday, the organisation running it said.`,
    },
    b: {
      lang: 'de',
      text: `Die Crew der Kormoranflug hat am Mittwoch südlich von Lampedusa 58 Menschen aus einem sinkenden Schlauchboot gerettet, teilte die Betreiberorganisation in Hamburg mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People rescued by the Kormoranflug south of Lampedusa on Wednesday: 76 against 58.`,
  },
  {
    id: 'de-h15-suhl-reception-occupancy-differs',
    a: {
      lang: 'en',
      text: `The initial reception centre in Suhl is housing about 1,400 asylum seekers, well beyond its planned capacity, Thuringia's migration ministry said.`,
    },
    b: {
      lang: 'de',
      text: `In der Erstaufnahmeeinrichtung in Suhl leben derzeit knapp 900 Asylsuchende, wie das thüringische Migrationsministerium auf Anfrage mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Asylum seekers living in the Suhl reception centre: about 1,400 against just under 900, a differing figure.`,
  },
  {
    id: 'de-h15-rosenheim-freight-train-migrants-differ',
    a: {
      lang: 'en',
      text: `Federal police found 27 migrants hidden in a freight train at Rosenheim station on Sunday morning. Families with children were among them.`,
    },
    b: {
      lang: 'de',
      text: `Im Bahnhof Rosenheim haben Bundespolizisten am Sonntagmorgen 41 Migranten in einem Güterzug entdeckt, darunter auch Familien mit Kindern.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants found in a freight train at Rosenheim on Sunday morning: 27 against 41.`,
  },
  {
    id: 'de-h15-apart-custody-vs-officers-injured-leipzig-airport',
    a: {
      lang: 'en',
      text: `Police took about 120 people into custody on Saturday during protests against a deportation flight at Leipzig/Halle airport.`,
    },
    b: {
      lang: 'de',
      text: `Bei den Protesten gegen einen Abschiebeflug am Flughafen Leipzig/Halle sind am Samstag rund 120 Polizeibeamte verletzt worden, teilte die Polizeidirektion Leipzig mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same airport protest on Saturday and about 120 in both, but protesters taken into custody against officers injured.`,
  },
  {
    id: 'de-h15-apart-bamf-decisions-vs-first-applications-may',
    a: {
      lang: 'en',
      text: `The Federal Office for Migration and Refugees decided 28,400 asylum cases in May, the office said on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `Beim Bundesamt für Migration und Flüchtlinge (BAMF) gingen im Mai 28.400 Erstanträge auf Asyl ein, wie die Behörde am Donnerstag mitteilte.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same office, same month and 28,400 in both, but asylum decisions made against first applications received.`,
  },
  {
    id: 'de-h15-apart-randolt-investment-vs-job-cuts',
    a: {
      lang: 'en',
      text: `The Duisburg steel foundry Randolt Stahlguss will invest 240 million euros in an electric furnace, the company announced on Monday.`,
    },
    b: {
      lang: 'de',
      text: `Die Duisburger Gießerei Randolt Stahlguss streicht 240 Arbeitsplätze. Das gab das Unternehmen am Montag bekannt.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same company and announcement on Monday and 240 in both, but millions of euros invested against jobs cut.`,
  },
  {
    id: 'de-h15-bverwg-greece-recognised-refugees-returns',
    a: {
      lang: 'en',
      text: `Refugees already recognised in Greece can in principle be sent back there, Germany's Federal Administrative Court ruled on Wednesday in a decision closely watched by the federal states.`,
    },
    b: {
      lang: 'de',
      text: `Das Bundesverwaltungsgericht in Leipzig hat am Mittwoch entschieden, dass in Griechenland anerkannte Flüchtlinge grundsätzlich dorthin zurückgeschickt werden dürfen.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Federal Administrative Court ruling on Wednesday that refugees recognised in Greece may be returned there: the same act.`,
  },
  {
    id: 'de-h15-haselmoorn-bird-flu-cull',
    a: {
      lang: 'en',
      text: `Authorities ordered the culling of all poultry at a farm in Haselmoorn in Lower Saxony after bird flu was detected there, the district said on Friday.`,
    },
    b: {
      lang: 'de',
      text: `Nach dem Nachweis der Geflügelpest in einem Betrieb in Haselmoorn (Niedersachsen) hat der Landkreis die Tötung des gesamten Bestands angeordnet, teilte die Kreisverwaltung am Freitag mit.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Cull ordered at the Haselmoorn poultry farm after bird flu: the same act, with Geflügelpest for bird flu.`,
  },
  {
    id: 'de-h15-eibenrode-officer-suspended-video',
    a: {
      lang: 'en',
      text: `A federal police officer has been suspended after a video showed him kicking a handcuffed asylum seeker at the railway station in Eibenrode, the federal police said.`,
    },
    b: {
      lang: 'de',
      text: `Nach dem Auftauchen eines Videos, das einen Tritt gegen einen gefesselten Asylbewerber am Bahnhof Eibenrode zeigt, ist ein Bundespolizist vom Dienst suspendiert worden, wie die Bundespolizeidirektion mitteilte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Suspension of a federal police officer over the Eibenrode kicking video: the same act in both.`,
  },
  {
    id: 'de-h15-duesseldorf-deportation-pilot-refused',
    a: {
      lang: 'en',
      text: `A deportation to Serbia was halted at Düsseldorf airport on Tuesday after the pilot refused to take off with a man on board who was resisting his removal.`,
    },
    b: {
      lang: 'de',
      text: `Am Düsseldorfer Flughafen ist am Dienstag eine Abschiebung nach Serbien abgebrochen worden: Der Pilot weigerte sich, mit dem sich heftig wehrenden Mann an Bord zu starten.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Deportation to Serbia stopped at Düsseldorf airport on Tuesday because the pilot refused: the same act.`,
  },
  {
    id: 'de-h15-muehlhaselt-dogs-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police used dogs to push back protesters who were trying to stop the deportation of a Guinean family from a shelter in Mühlhaselt on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `Um Demonstranten zurückzudrängen, die die Abschiebung einer guineischen Familie aus einer Unterkunft in Mühlhaselt verhindern wollten, setzte die Polizei am Donnerstag Pfefferspray ein.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same push-back of protesters at the Mühlhaselt deportation on Thursday, but police dogs against Pfefferspray: the instrument differs.`,
  },
  {
    id: 'de-h15-kalkbruegge-meals-withheld-denied',
    a: {
      lang: 'en',
      text: `Residents of the initial reception centre in Kalkbrügge were refused meals for declining cleaning duties, the state refugee council said.`,
    },
    b: {
      lang: 'de',
      text: `Die Landesaufnahmebehörde hat Berichte zurückgewiesen, wonach Bewohnern der Erstaufnahme in Kalkbrügge das Essen verweigert worden sei, weil sie keine Putzdienste übernommen hätten.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Meals withheld from Kalkbrügge residents over cleaning duties: reported as fact in English, rejected by the authority in German.`,
  },
  {
    id: 'de-h15-gera-protest-camp-ban-lifted-vs-upheld',
    a: {
      lang: 'en',
      text: `The administrative court in Gera lifted the city's ban on a protest camp against deportations outside the foreigners' office, a court spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `Das Verwaltungsgericht Gera hat das Verbot eines Protestcamps gegen Abschiebungen vor der Ausländerbehörde bestätigt, sagte ein Gerichtssprecher.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Gera court on the protest-camp ban: lifted against bestätigt (upheld), an antonym ruling.`,
  },
  {
    id: 'de-h15-apart-wengerodt-meets-other',
    a: {
      lang: 'en',
      text: `Federal Interior Minister Matthias Wengerodt met his Czech counterpart in Prague on Thursday to discuss joint patrols against people smugglers.`,
    },
    b: {
      lang: 'de',
      text: `Bundesinnenminister Matthias Wengerodt ist am Donnerstag in Warschau mit dem polnischen Innenminister zusammengekommen. Im Mittelpunkt standen die Grenzkontrollen an der Oder.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same minister on Thursday, but meeting the Czech counterpart in Prague against the Polish minister in Warsaw: another meeting.`,
  },
  {
    id: 'de-h15-apart-citizens-patrol-station-other-town',
    a: {
      lang: 'en',
      text: `Members of a self-styled citizens' patrol appeared at the railway station in Cottbus on Friday evening, prompting police to step up their presence, police said.`,
    },
    b: {
      lang: 'de',
      text: `Eine selbst ernannte Bürgerwehr ist am Freitagabend am Bahnhof in Guben aufgetreten. Die Polizei verstärkte daraufhin ihre Präsenz, wie ein Sprecher sagte.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `A vigilante patrol at a railway station on Friday evening, but in Cottbus against Guben: the same act in another town.`,
  },
  {
    id: 'de-h15-apart-ber-deportation-centre-blockade-other-date',
    a: {
      lang: 'en',
      text: `Activists blocked the access road to the deportation centre at BER airport on 12 January to protest against a flight to Pakistan.`,
    },
    b: {
      lang: 'de',
      text: `Aktivistinnen und Aktivisten haben am 2. März die Zufahrt zum Ausreisezentrum am Flughafen BER blockiert, um gegen einen Abschiebeflug nach Pakistan zu protestieren.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Blockade of the BER deportation centre over a Pakistan flight, but on 12 January against 2 March: the same act on another date.`,
  },
  {
    id: 'de-h15-quote-crewe-boats-ruhr',
    a: {
      lang: 'en',
      text: `"The boats that land in Kent are bought in the Ruhr," Nathaniel Crewe, Britain's ambassador to Germany, said at a conference on people smuggling in Berlin.`,
    },
    b: {
      lang: 'de',
      text: `„The boats that land in Kent are bought in the Ruhr“, sagte der britische Botschafter in Deutschland, Nathaniel Crewe, bei einer Konferenz zur Schleuserkriminalität in Berlin.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Crewe on smugglers' boats bought in Germany, quoted verbatim in English in both texts.`,
  },
  {
    id: 'de-h15-quote-brenneisen-altered',
    a: {
      lang: 'en',
      text: `"Wir sind am Ende unserer Kräfte," Uta Brenneisen, the district administrator of Görlitz, said of the relief effort after the floods along the Neisse.`,
    },
    b: {
      lang: 'de',
      text: `„Wir stoßen an die Grenzen unserer Möglichkeiten“, sagte die Görlitzer Landrätin Uta Brenneisen mit Blick auf die Hilfseinsätze nach dem Neiße-Hochwasser.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Brenneisen on the flood relief: "am Ende unserer Kräfte" against "an die Grenzen unserer Möglichkeiten", altered quoted words.`,
  },
  {
    id: 'de-h15-apart-quote-crewe-other-matter',
    a: {
      lang: 'en',
      text: `"Our students should not need a visa to spend a semester in Heidelberg," said Nathaniel Crewe, Britain's ambassador to Germany, calling for a youth mobility deal.`,
    },
    b: {
      lang: 'de',
      text: `„Europe cannot defend itself on a peacetime budget“, sagte der britische Botschafter Nathaniel Crewe am Rande der Münchner Sicherheitskonferenz.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same ambassador, but on student visas against European defence spending: another matter and other words.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  {
    id: 'es-h15-lanzarote-dinghy-arrival',
    a: {
      lang: 'en',
      text: `A rubber dinghy carrying 52 migrants, most of them Moroccan, reached the northern coast of Lanzarote on Tuesday, the regional emergency services said.`,
    },
    b: {
      lang: 'es',
      text: `Una neumática con 52 migrantes, en su mayoría de origen marroquí, alcanzó el martes la costa norte de Lanzarote, según informaron los servicios de emergencia del Gobierno canario.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants aboard the dinghy that reached northern Lanzarote on Tuesday: 52 in both.`,
  },
  {
    id: 'es-h15-spain-irregular-arrivals-january-june',
    a: {
      lang: 'en',
      text: `Spain recorded just over 25,100 irregular migrant arrivals between January and June, the interior ministry said.`,
    },
    b: {
      lang: 'es',
      text: `Un total de 25.100 migrantes llegaron de forma irregular a España entre enero y junio, según el balance del Ministerio del Interior.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Irregular arrivals in Spain from January to June: just over 25,100 and 25.100, the same figure with a Spanish thousands dot.`,
  },
  {
    id: 'es-h15-spain-home-sales-march',
    a: {
      lang: 'en',
      text: `Home sales in Spain rose 12.4 percent in March from a year earlier, the National Statistics Institute (INE) said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `La compraventa de viviendas se disparó un 12,4\u00a0% interanual en marzo, según los datos publicados este viernes por el Instituto Nacional de Estadística (INE).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Year-on-year rise in Spanish home sales in March: 12.4 percent and 12,4 %, the same figure.`,
  },
  {
    id: 'es-h15-ceuta-civil-guard-reinforcement-eid',
    a: {
      lang: 'en',
      text: `Nearly 400 extra Civil Guard officers are being sent to Ceuta to reinforce the border with Morocco during the Eid al-Adha holiday, the government delegation said.`,
    },
    b: {
      lang: 'es',
      text: `Unos 400 guardias civiles reforzarán la frontera de Ceuta con Marruecos durante la fiesta del Cordero, informó la Delegación del Gobierno en la ciudad autónoma.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Civil Guard reinforcements for the Ceuta border over Eid: "nearly 400" and "unos 400" overlap.`,
  },
  {
    id: 'es-h15-hortaleza-minors-centre-differs',
    a: {
      lang: 'en',
      text: `The Hortaleza reception centre for migrant minors in Madrid is housing about 300 children, far more than it was built for, according to child-welfare workers.`,
    },
    b: {
      lang: 'es',
      text: `El centro de primera acogida de Hortaleza, en Madrid, alberga actualmente a unos 180 menores migrantes, según fuentes de la Comunidad de Madrid.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Minors living in the Hortaleza centre: about 300 against about 180, a differing figure.`,
  },
  {
    id: 'es-h15-arequipa-quake-injured-differ',
    a: {
      lang: 'en',
      text: `An earthquake in the southern Peruvian region of Arequipa on Sunday injured 34 people, the national civil defence institute said.`,
    },
    b: {
      lang: 'es',
      text: `El sismo que sacudió el domingo la región de Arequipa, en el sur de Perú, dejó 58 heridos, según el Instituto Nacional de Defensa Civil (Indeci).`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People injured in Sunday's Arequipa earthquake: 34 against 58.`,
  },
  {
    id: 'es-h15-cabrera-patera-rescue-differs',
    a: {
      lang: 'en',
      text: `Maritime Rescue picked up 63 people from a boat drifting south of the Balearic island of Cabrera on Thursday, the service said.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo rescató el jueves a 48 personas que viajaban en una patera a la deriva al sur de Cabrera, en Baleares.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People rescued from the drifting boat south of Cabrera on Thursday: 63 against 48.`,
  },
  {
    id: 'es-h15-apart-arrested-vs-injured-fuentecerrada',
    a: {
      lang: 'en',
      text: `Police arrested 35 people during clashes on Sunday at a protest against a reception centre for migrants in Fuentecerrada de Segura, the government delegation said.`,
    },
    b: {
      lang: 'es',
      text: `Los enfrentamientos registrados el domingo en Fuentecerrada de Segura durante una protesta contra el centro de acogida de migrantes se saldaron con 35 heridos, según la Delegación del Gobierno.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same Sunday clashes in Fuentecerrada de Segura and 35 in both, but people arrested against people injured.`,
  },
  {
    id: 'es-h15-apart-asylum-applications-vs-resolutions-tijuana',
    a: {
      lang: 'en',
      text: `Mexico's refugee agency COMAR received 1,200 asylum applications at its Tijuana office in May, the agency said.`,
    },
    b: {
      lang: 'es',
      text: `La oficina de la Comisión Mexicana de Ayuda a Refugiados (Comar) en Tijuana resolvió 1.200 solicitudes de asilo durante mayo, según datos del organismo.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same COMAR office in Tijuana, same month and 1,200 in both, but applications received against applications decided.`,
  },
  {
    id: 'es-h15-apart-wind-speed-vs-shelters-marisela',
    a: {
      lang: 'en',
      text: `Hurricane Marisela made landfall near Los Cabos on Saturday with winds of up to 140 kilometres per hour, the national weather service said.`,
    },
    b: {
      lang: 'es',
      text: `Las autoridades de Baja California Sur habilitaron 140 albergues ante la llegada del huracán Marisela, que tocó tierra el sábado cerca de Los Cabos.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same hurricane and landfall on Saturday and 140 in both, but wind speed in km/h against shelters opened.`,
  },
  {
    id: 'es-h15-algeciras-speedboat-skipper-jailed',
    a: {
      lang: 'en',
      text: `A court in Algeciras ordered the skipper of a speedboat that forced migrants into the sea off the Cádiz coast to be held in pre-trial detention, police said.`,
    },
    b: {
      lang: 'es',
      text: `El juzgado de guardia de Algeciras envió a prisión provisional al patrón de la narcolancha que obligó a los migrantes a lanzarse al agua frente a la costa gaditana, según informó la Policía Nacional.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Pre-trial detention ordered for the speedboat skipper who forced migrants overboard off Cádiz: the same act.`,
  },
  {
    id: 'es-h15-el-ceibo-border-crossing-closed',
    a: {
      lang: 'en',
      text: `Guatemala closed the El Ceibo border crossing with Mexico on Monday, 2 June, after armed clashes on the Mexican side, the Guatemalan migration institute said.`,
    },
    b: {
      lang: 'es',
      text: `El Instituto Guatemalteco de Migración cerró el lunes 2 de junio el paso fronterizo de El Ceibo, en la frontera con México, tras los enfrentamientos armados registrados en territorio mexicano.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Closure of the El Ceibo crossing by Guatemala on Monday 2 June after clashes in Mexico: the same act.`,
  },
  {
    id: 'es-h15-costa-rica-oropouche-alert',
    a: {
      lang: 'en',
      text: `Costa Rica's health ministry issued an epidemiological alert over Oropouche fever on Wednesday after infections were confirmed in the Caribbean province of Limón.`,
    },
    b: {
      lang: 'es',
      text: `El Ministerio de Salud de Costa Rica emitió el miércoles una alerta epidemiológica por la fiebre de Oropouche, tras confirmarse contagios en la provincia caribeña de Limón.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Costa Rica's Oropouche alert after infections in Limón on Wednesday: the same act.`,
  },
  {
    id: 'es-h15-tijuana-border-tunnel-found',
    a: {
      lang: 'en',
      text: `Mexican soldiers discovered a smuggling tunnel running from a house in Tijuana under the border wall into the United States, the defence ministry said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `Militares mexicanos localizaron un narcotúnel que partía de una vivienda de Tijuana y cruzaba por debajo del muro fronterizo hacia Estados Unidos, informó el viernes la Secretaría de la Defensa Nacional.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Discovery of a cross-border tunnel from a Tijuana house by the army: the same act, narcotúnel for smuggling tunnel.`,
  },
  {
    id: 'es-h15-antofagasta-tear-gas-vs-water-cannon',
    a: {
      lang: 'en',
      text: `Chilean police fired tear gas to break up a protest by Venezuelan migrants camped in a square in Antofagasta on Saturday.`,
    },
    b: {
      lang: 'es',
      text: `Carabineros utilizó carros lanzaaguas para dispersar el sábado la protesta de los migrantes venezolanos acampados en una plaza de Antofagasta.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same dispersal of the Venezuelan migrants' protest in Antofagasta on Saturday, but tear gas against water cannon (carros lanzaaguas).`,
  },
  {
    id: 'es-h15-las-jicaras-warehouse-detention-denied',
    a: {
      lang: 'en',
      text: `Immigration agents held migrants without any legal basis in a warehouse in Villa Las Jícaras, a human rights group said on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `El Instituto Nacional de Migración (INM) negó este martes haber retenido a migrantes en una bodega de Villa Las Jícaras, como denunció una organización de derechos humanos.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Migrants held in a Villa Las Jícaras warehouse: asserted in English, denied by the INM in Spanish.`,
  },
  {
    id: 'es-h15-san-miguel-bridge-reopened-vs-closed',
    a: {
      lang: 'en',
      text: `Ecuador reopened the San Miguel international bridge on its border with Colombia on Thursday amid a security crackdown in Sucumbíos province, the government said.`,
    },
    b: {
      lang: 'es',
      text: `En medio del operativo de seguridad en Sucumbíos, el Gobierno ecuatoriano cerró el jueves el puente internacional de San Miguel, en la frontera con Colombia, según un comunicado oficial.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Ecuador's action at the San Miguel bridge on Thursday: reopened against cerró (closed), an antonym act.`,
  },
  {
    id: 'es-h15-apart-olavide-meets-other',
    a: {
      lang: 'en',
      text: `Spain's migration minister, Arantxa Olavide, met Senegal's foreign minister in Dakar on Wednesday to discuss seasonal work visas.`,
    },
    b: {
      lang: 'es',
      text: `La ministra de Inclusión y Migraciones, Arantxa Olavide, se reunió el miércoles en Rabat con el ministro del Interior marroquí para abordar el control de las salidas de pateras.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same minister on Wednesday, but meeting Senegal's foreign minister in Dakar against Morocco's interior minister in Rabat.`,
  },
  {
    id: 'es-h15-apart-square-camp-eviction-other-town',
    a: {
      lang: 'en',
      text: `Municipal police on Monday evicted migrants who had been camping in the main square of Ciudad Acuña, in the Mexican state of Coahuila.`,
    },
    b: {
      lang: 'es',
      text: `Policías municipales desalojaron el lunes a los migrantes que acampaban en la plaza principal de Piedras Negras (Coahuila).`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Eviction of migrants camped in a main square on Monday, but in Ciudad Acuña against Piedras Negras: the same act in another town.`,
  },
  {
    id: 'es-h15-apart-police-associations-march-other-date',
    a: {
      lang: 'en',
      text: `Civil Guard and National Police associations marched in Madrid on 21 January to demand that their work be recognised as a high-risk profession.`,
    },
    b: {
      lang: 'es',
      text: `Asociaciones de guardias civiles y policías nacionales se manifestaron el 9 de marzo en Madrid para exigir que su trabajo sea reconocido como profesión de riesgo.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Police associations marching in Madrid for high-risk status, but on 21 January against 9 March: the same act on another date.`,
  },
  {
    id: 'es-h15-quote-packard-logistics-business',
    a: {
      lang: 'en',
      text: `"The cartels are running a logistics business, not a charity," said Desmond Packard, the U.S. ambassador to Mexico, at a news conference in Mexico City.`,
    },
    b: {
      lang: 'es',
      text: `“The cartels are running a logistics business, not a charity”, afirmó el embajador de Estados Unidos en México, Desmond Packard, en una rueda de prensa en la capital mexicana.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Packard on migrant-smuggling cartels, quoted verbatim in English in both texts.`,
  },
  {
    id: 'es-h15-quote-tacoronte-altered',
    a: {
      lang: 'en',
      text: `"Canarias no puede más," said Nieves Tacoronte, the Canary Islands' regional minister for social welfare, as the number of migrant children in the region's care kept rising.`,
    },
    b: {
      lang: 'es',
      text: `«Canarias está al límite», advirtió la consejera de Bienestar Social del Gobierno de Canarias, Nieves Tacoronte, ante el aumento de menores migrantes tutelados.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Tacoronte on migrant minors in care: "Canarias no puede más" against "Canarias está al límite", altered quoted words.`,
  },
  {
    id: 'es-h15-apart-quote-packard-other-matter',
    a: {
      lang: 'en',
      text: `"Mexican avocados will keep crossing the border, tariffs or no tariffs," said Desmond Packard, the U.S. ambassador to Mexico.`,
    },
    b: {
      lang: 'es',
      text: `“Security cooperation has never been closer”, dijo el embajador estadounidense Desmond Packard tras reunirse con el gabinete de seguridad mexicano.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same ambassador, but on avocado trade and tariffs against security cooperation: another matter and other words.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  {
    id: 'fr-h15-road-deaths-last-year',
    a: {
      lang: 'en',
      text: `Some 3,190 people died on the roads of mainland France last year, the national road safety observatory said.`,
    },
    b: {
      lang: 'fr',
      text: `La mortalité routière s'est établie à 3\u202f190 morts l'an dernier en France métropolitaine, selon le bilan de l'Observatoire national interministériel de la sécurité routière.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Road deaths in mainland France last year: 3,190 in both, the French figure with a narrow no-break space.`,
  },
  {
    id: 'fr-h15-first-residence-permits-last-year',
    a: {
      lang: 'en',
      text: `France issued about 336,700 first residence permits last year, the interior ministry's statistics department said.`,
    },
    b: {
      lang: 'fr',
      text: `Près de 337\u00a0000 premiers titres de séjour ont été délivrés l'an dernier, selon les chiffres publiés par la direction générale des étrangers en France.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `First residence permits issued in France last year: about 336,700 and "près de 337 000" overlap.`,
  },
  {
    id: 'fr-h15-new-caledonia-reinforcements',
    a: {
      lang: 'en',
      text: `Around 1,500 police officers and gendarmes were sent to New Caledonia as reinforcements after the unrest in Nouméa, the high commission said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 1\u202f500 policiers et gendarmes ont été dépêchés en renfort en Nouvelle-Calédonie après les violences à Nouméa, a indiqué le haut-commissariat.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Police and gendarme reinforcements sent to New Caledonia: around 1,500 and environ 1 500, the same figure.`,
  },
  {
    id: 'fr-h15-goeland-blanc-salerno-disembarked',
    a: {
      lang: 'en',
      text: `The rescue ship Goéland Blanc, chartered by a French aid group, disembarked 118 people in the Italian port of Salerno on Monday.`,
    },
    b: {
      lang: 'fr',
      text: `Le navire humanitaire Goéland Blanc, affrété par une association française, a débarqué lundi 118 rescapés dans le port de Salerne, en Italie.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People landed at Salerno by the Goéland Blanc on Monday: 118 in both.`,
  },
  {
    id: 'fr-h15-bordeaux-clinic-squat-evicted-differs',
    a: {
      lang: 'en',
      text: `Police evicted about 210 migrants from the former Clinique des Tilleuls, a disused clinic they had been occupying in Bordeaux, the Gironde prefecture said on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 140 exilés ont été expulsés mardi de l'ancienne clinique des Tilleuls, un squat bordelais, a indiqué la préfecture de la Gironde.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants evicted from the Clinique des Tilleuls squat on Tuesday: about 210 against some 140.`,
  },
  {
    id: 'fr-h15-landes-fire-campers-evacuated-differs',
    a: {
      lang: 'en',
      text: `A forest fire near Saint-Avrenne-Plage in the Landes forced the evacuation of about 3,000 holidaymakers from campsites on Wednesday, firefighters said.`,
    },
    b: {
      lang: 'fr',
      text: `Un incendie de forêt près de Saint-Avrenne-Plage, dans les Landes, a contraint mercredi à évacuer quelque 1\u202f200 vacanciers de leurs campings, selon les pompiers.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Campers evacuated because of the Saint-Avrenne-Plage fire on Wednesday: about 3,000 against some 1,200.`,
  },
  {
    id: 'fr-h15-haut-vernois-salmonella-cases-differ',
    a: {
      lang: 'en',
      text: `An outbreak of salmonella linked to raw-milk cheese from the Fromagerie du Haut-Vernois has made 54 people ill, public health authorities said.`,
    },
    b: {
      lang: 'fr',
      text: `Santé publique France recense 31 cas de salmonellose liés à la consommation de fromage au lait cru de la Fromagerie du Haut-Vernois.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Salmonella cases linked to the Haut-Vernois cheese: 54 against 31.`,
  },
  {
    id: 'fr-h15-apart-regularisation-requests-vs-permits-nord',
    a: {
      lang: 'en',
      text: `The Nord prefecture received 1,200 applications for regularisation from undocumented workers last year, it said.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture du Nord a délivré l'an dernier 1\u202f200 titres de séjour à des travailleurs sans papiers au titre de la régularisation.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same prefecture, same year and 1,200 in both, but regularisation applications received against residence permits issued.`,
  },
  {
    id: 'fr-h15-apart-coquelles-places-vs-days',
    a: {
      lang: 'en',
      text: `Once its extension is finished, the administrative detention centre in Coquelles near Calais will have 90 places, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Au centre de rétention administrative de Coquelles, près de Calais, les étrangers peuvent désormais être retenus jusqu'à 90 jours, a rappelé la préfecture du Pas-de-Calais.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same Coquelles detention centre and 90 in both, but places after the extension against the maximum stay in days.`,
  },
  {
    id: 'fr-h15-apart-inflation-vs-livret-a-rate',
    a: {
      lang: 'en',
      text: `Consumer prices in France rose 1.7 percent in the year to July, the statistics institute INSEE said.`,
    },
    b: {
      lang: 'fr',
      text: `Le taux du livret A sera ramené à 1,7\u00a0% au 1er août, a annoncé le ministère de l'Économie.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `1.7 percent in both and the same summer, but annual inflation against the interest rate on the Livret A savings account.`,
  },
  {
    id: 'fr-h15-noumea-curfew-imposed',
    a: {
      lang: 'en',
      text: `The French high commissioner in New Caledonia imposed a night-time curfew on Nouméa on Thursday after another night of rioting.`,
    },
    b: {
      lang: 'fr',
      text: `Un couvre-feu nocturne a été instauré jeudi à Nouméa par le haut-commissaire de la République, après une nouvelle nuit d'émeutes.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Night-time curfew imposed on Nouméa by the high commissioner on Thursday: the same act, passive in French.`,
  },
  {
    id: 'fr-h15-bird-flu-risk-level-raised',
    a: {
      lang: 'en',
      text: `France raised its bird flu risk level to "high" across the mainland on Friday, ordering poultry to be kept indoors, the agriculture ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministère de l'Agriculture a relevé vendredi le niveau de risque d'influenza aviaire à «\u00a0élevé\u00a0» sur l'ensemble du territoire métropolitain, imposant la mise à l'abri des volailles.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Bird-flu risk level raised to high across mainland France on Friday: the same act.`,
  },
  {
    id: 'fr-h15-marseille-ferry-smuggling-ring-dismantled',
    a: {
      lang: 'en',
      text: `Police have dismantled a network that smuggled migrants from Algeria to Marseille hidden in vehicles aboard ferries, the Marseille prosecutor's office said.`,
    },
    b: {
      lang: 'fr',
      text: `Un réseau de passeurs qui dissimulait des migrants dans des véhicules embarqués sur les ferries reliant l'Algérie à Marseille a été démantelé, a annoncé le parquet de Marseille.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Dismantling of the Algeria–Marseille ferry smuggling ring: the same act, passive in French.`,
  },
  {
    id: 'fr-h15-senate-undocumented-marriage-ban-adopted',
    a: {
      lang: 'en',
      text: `The French Senate on Thursday, 3 April, adopted a bill that would bar foreigners living in the country illegally from getting married.`,
    },
    b: {
      lang: 'fr',
      text: `Le Sénat a adopté jeudi 3 avril une proposition de loi visant à interdire le mariage aux étrangers en situation irrégulière.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Senate adoption on Thursday 3 April of the bill banning marriage for undocumented foreigners: the same act.`,
  },
  {
    id: 'fr-h15-menton-taser-vs-baton',
    a: {
      lang: 'en',
      text: `A police officer used a Taser on a migrant who resisted arrest at Menton-Garavan station on Sunday, the Alpes-Maritimes prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Un policier a fait usage de sa matraque télescopique contre un migrant qui résistait à son interpellation dimanche en gare de Menton-Garavan, a indiqué la préfecture des Alpes-Maritimes.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Same arrest at Menton-Garavan on Sunday, but a Taser against a telescopic baton: the instrument of force differs.`,
  },
  {
    id: 'fr-h15-ofii-allowance-suspension-denied',
    a: {
      lang: 'en',
      text: `The immigration office OFII suspended the allowance of asylum seekers in Brittany who had turned down housing far from Rennes, aid groups said.`,
    },
    b: {
      lang: 'fr',
      text: `L'Office français de l'immigration et de l'intégration (OFII) dément avoir suspendu l'allocation de demandeurs d'asile bretons ayant refusé un hébergement éloigné de Rennes.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Suspension of the asylum allowance in Brittany: reported as done in English, denied by the OFII in French.`,
  },
  {
    id: 'fr-h15-douai-extradition-granted-vs-refused',
    a: {
      lang: 'en',
      text: `The Douai appeal court approved the extradition to Britain of an Iraqi man accused of organising small-boat crossings of the Channel, his lawyer said.`,
    },
    b: {
      lang: 'fr',
      text: `La cour d'appel de Douai a refusé l'extradition vers le Royaume-Uni d'un Irakien soupçonné d'avoir organisé des traversées de la Manche en small boat, selon son avocat.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Douai court on the Iraqi suspect's extradition to Britain: approved against refusé (refused), an antonym ruling.`,
  },
  {
    id: 'fr-h15-apart-montbardon-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Éric Montbardon met his Italian counterpart in Rome on Tuesday to discuss checks on the border near Menton.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Éric Montbardon, a reçu mardi place Beauvau son homologue britannique pour évoquer la lutte contre les traversées de la Manche.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Same minister on Tuesday, but meeting the Italian counterpart in Rome against the British one in Paris: another meeting.`,
  },
  {
    id: 'fr-h15-apart-boat-engines-stash-other-town',
    a: {
      lang: 'en',
      text: `Police found a stash of boat engines and life jackets meant for Channel crossings in a warehouse in Marquenval on Wednesday, the prosecutor said.`,
    },
    b: {
      lang: 'fr',
      text: `Des moteurs de bateaux et des gilets de sauvetage destinés aux traversées de la Manche ont été découverts mercredi dans un entrepôt d'Ostrehove, a fait savoir le parquet.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Discovery of a stash of engines and life jackets for Channel crossings, but in Marquenval against Ostrehove: another town.`,
  },
  {
    id: 'fr-h15-apart-bourse-du-travail-rally-other-date',
    a: {
      lang: 'en',
      text: `Undocumented workers and trade unions rallied outside the Bourse du Travail in Paris on 18 March to demand a broader regularisation.`,
    },
    b: {
      lang: 'fr',
      text: `Des travailleurs sans papiers et des syndicats se sont rassemblés le 6 mai devant la Bourse du travail, à Paris, pour réclamer une régularisation plus large.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Rally of undocumented workers at the Paris Bourse du Travail, but on 18 March against 6 May: the same act on another date.`,
  },
  {
    id: 'fr-h15-quote-harker-same-direction',
    a: {
      lang: 'en',
      text: `"France and Britain are finally rowing in the same direction," Gwendolyn Harker, the British minister for border security, said after talks in Paris.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0France and Britain are finally rowing in the same direction\u00a0», a déclaré la ministre britannique chargée de la sécurité des frontières, Gwendolyn Harker, à l'issue d'entretiens à Paris.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Harker after the Paris talks on the Channel, quoted verbatim in English in both texts.`,
  },
  {
    id: 'fr-h15-quote-escoubes-altered',
    a: {
      lang: 'en',
      text: `"Ma commune n'est pas le paillasson de l'Angleterre," said Martine Escoubès, the mayor of Hardinval-Plage, where migrants gather before trying to cross the Channel.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Ma commune n'est pas la porte de service de l'Angleterre\u00a0», a lancé Martine Escoubès, maire de Hardinval-Plage, commune du littoral où se regroupent les exilés avant de tenter la traversée.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Escoubès on migrants in her town: "le paillasson de l'Angleterre" against "la porte de service de l'Angleterre", altered quoted words.`,
  },
  {
    id: 'fr-h15-apart-quote-harker-other-matter',
    a: {
      lang: 'en',
      text: `"The queues at Dover this summer were unacceptable, and we will fix them," said Gwendolyn Harker, the British minister for border security.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0Knife crime is not a London problem, it is a national problem\u00a0», a estimé Gwendolyn Harker, ministre britannique chargée de la sécurité des frontières.`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same British minister, but on queues at Dover against knife crime: another matter and other words.`,
  },
];
