/**
 * Seventeenth held-out set of cross-language claim pairs. Written by a helper in session 7 without
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
 * the same number counting something else (three quantity pairs per language, some with the same
 * place and date), the same person meeting someone else, the same act in another town, the same
 * act on another date (both dates written out) and the same speaker on another matter. 92 pairs
 * in all. About two thirds of the stories are about migration, borders, asylum, police, protests,
 * security forces, deportations, rescues at sea, smuggling, detention and human trafficking; the
 * rest about politics, elections, the economy, labour, strikes, weather, health and courts.
 *
 * All people, companies, ships, associations and small towns are invented: Kvarndalsby,
 * Storbäcksnäs, Skärgårdsprinsessan, Gullmyra, Älvnäsudden, Hästmyra, Kärrbacka, Klagsvik,
 * Ljungsäter, Ann-Sofie Vremling, Jaakko Rintavaara, Henrik Ljungdal, Maja Lindqvarn, Barnens
 * Fristad, Fiona Cadwallader; Wellenreiter, Rettungskreis Weser, Struppenau, Tessenbüttel, Elbkai
 * Logistik, Mooswalden, Mühlenbrock, Tannweiler, Klingenau, Artjom Sadykow, Gernot Hallbauer,
 * Reinhold Tessmer, Graham Pellinger; Playa Tamarán, Caleta del Morro, Casa del Caminante San
 * Isidro, Santa Rita del Suchiate, Los Caños del Fraile, El Palmarejo, Las Calmas Bajas, Puentes
 * de Acogida, Orillas Libres, Raúl Ticona Barreda, Elena Urquiaga, Ainhoa Larrañeta, Dwight
 * Ferrold; Wissecourt-Plage, Saint-Bérald, Val-Clarens, Sérignac-le-Haut, Hennezeele,
 * Saint-Quentel-sur-Aa, the col du Serre-Blanc, Moranval, Essarbecque, Passeurs de Cimes, Route
 * Solidaire, Fanta Kourouma, Bertrand Vallerouge, Anne-Laure Brissac, Rupert Haldane. Countries,
 * capitals, big cities, regions and real institutions are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs17: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  {
    id: 'sv-h17-kvarndalsby-return-centre-residents',
    a: {
      lang: 'en',
      text: `About 210 people whose asylum claims have been rejected are now living at the Migration Agency's new return centre in Kvarndalsby, the agency said on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `I det nya återvändandecentret i Kvarndalsby, inrymt i en före detta folkhögskola, bor i dag runt 210 personer som fått avslag på sina asylansökningar.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Residents of the Kvarndalsby return centre: "about 210" and "runt 210" name the same group at the same time and overlap, so they agree.`,
  },
  {
    id: 'sv-h17-trafficking-victims-identified-last-year',
    a: {
      lang: 'en',
      text: `Swedish police identified 64 suspected victims of human trafficking last year, the national rapporteur on trafficking said in a report published on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Under förra året kunde polisen identifiera 64 misstänkta offer för människohandel. Det framgår av den nationella rapportörens lägesrapport, som presenterades i tisdags.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Suspected trafficking victims identified by police last year: 64 in both, taken from the same rapporteur's report, so they agree.`,
  },
  {
    id: 'sv-h17-stockholm-national-day-new-citizens',
    a: {
      lang: 'en',
      text: `Nearly 1,900 new Swedish citizens were welcomed at the citizenship ceremony held at Stockholm City Hall on National Day, Friday 6 June, the city said.`,
    },
    b: {
      lang: 'sv',
      text: `När Stockholms stad firade nationaldagen den 6 juni välkomnades knappt 1\u00a0900 nya svenska medborgare vid den traditionella ceremonin i Stadshuset.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `New citizens welcomed at the City Hall ceremony on 6 June: "nearly 1,900" and "knappt 1 900" are the same bound, so they agree.`,
  },
  {
    id: 'sv-h17-storbacksnas-coldest-night',
    a: {
      lang: 'en',
      text: `Temperatures dropped to minus 41.8 degrees Celsius in Storbäcksnäs in Norrbotten early on Thursday, the lowest reading in Sweden so far this winter, SMHI said.`,
    },
    b: {
      lang: 'sv',
      text: `Natten mot torsdagen blev iskall i Norrbotten. I Storbäcksnäs visade termometern minus 41,8 grader, vinterns hittills lägsta temperatur i landet.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Lowest temperature in Storbäcksnäs on Thursday morning: minus 41.8 and minus 41,8 degrees, the same reading, so they agree.`,
  },
  {
    id: 'sv-h17-nacka-building-sites-workers-without-permits-differ',
    a: {
      lang: 'en',
      text: `Inspectors found 38 workers without valid work permits during Thursday's checks at building sites in Nacka, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Vid en gemensam kontroll av byggarbetsplatser i Nacka i torsdags påträffades sjutton arbetare som saknade giltiga arbetstillstånd, uppger Arbetsmiljöverket.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Workers without permits found in the same Thursday checks of Nacka building sites: 38 against sjutton (17), so the figures conflict.`,
  },
  {
    id: 'sv-h17-skargardsprinsessan-stomach-bug-differs',
    a: {
      lang: 'en',
      text: `About 210 passengers fell ill with vomiting and diarrhoea on the ferry Skärgårdsprinsessan during its weekend crossing from Stockholm to Mariehamn, the shipping company said.`,
    },
    b: {
      lang: 'sv',
      text: `Magsjukeutbrottet ombord på Skärgårdsprinsessan under helgens överfart till Mariehamn drabbade drygt 110 resenärer, enligt rederiet.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Passengers taken ill on the same weekend crossing of Skärgårdsprinsessan: about 210 against drygt 110, intervals far apart, so they conflict.`,
  },
  {
    id: 'sv-h17-uppsala-teenage-deportations-march-differs',
    a: {
      lang: 'en',
      text: `Some 3,000 people marched through central Uppsala on Saturday to protest against the deportation of teenagers who grew up in Sweden, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 1\u00a0300 personer slöt på lördagen upp i Uppsala för att protestera mot att tonåringar som vuxit upp i Sverige utvisas, enligt arrangörerna.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Size of Saturday's Uppsala march against teenage deportations: some 3,000 (police) against omkring 1 300 (organisers), so the figures conflict.`,
  },
  {
    id: 'sv-h17-apart-officers-vs-residents-gullmyra',
    a: {
      lang: 'en',
      text: `Around 150 police officers, some of them sent from Stockholm, were deployed in Gullmyra on Saturday evening after unrest broke out near the shopping centre.`,
    },
    b: {
      lang: 'sv',
      text: `I Gullmyra samlades omkring 150 boende på lördagskvällen till ett möte i Folkets hus om tryggheten i området.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, place and evening, but 150 police officers deployed against 150 residents at a safety meeting: different things counted, so apart.`,
  },
  {
    id: 'sv-h17-apart-emigrants-vs-immigrants-last-year',
    a: {
      lang: 'en',
      text: `Some 73,000 people emigrated from Sweden last year, Statistics Sweden said on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `Enligt SCB invandrade 73\u00a0000 personer till Sverige under förra året.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number and year, but people who left Sweden against people who moved to Sweden: emigration and immigration are different counts, so apart.`,
  },
  {
    id: 'sv-h17-apart-snow-depth-vs-lorries-stuck-jamtland',
    a: {
      lang: 'en',
      text: `Up to 40 centimetres of snow fell in western Jämtland on Thursday, SMHI said, warning of difficult driving conditions.`,
    },
    b: {
      lang: 'sv',
      text: `Uppemot 40 lastbilar fastnade på torsdagen i fjällbackarna i västra Jämtland, där snöovädret gjorde Europavägen nästan oframkomlig.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, region and day, but 40 centimetres of snowfall against 40 lorries stuck: another dimension, so apart.`,
  },
  {
    id: 'sv-h17-alvnasudden-smuggling-suspect-arrested',
    a: {
      lang: 'en',
      text: `Police arrested a suspected people smuggler at the border crossing in Älvnäsudden, in the Torne Valley, on Tuesday after finding migrants hidden in his van, the Swedish Police Authority said.`,
    },
    b: {
      lang: 'sv',
      text: `Gripandet av den misstänkte människosmugglaren skedde vid gränsövergången i Älvnäsudden i Tornedalen i tisdags, sedan gränspoliser hittat migranter gömda i hans skåpbil.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest of a suspected smuggler at the Älvnäsudden crossing on Tuesday after migrants were found in his van: the same act in both, so they agree.`,
  },
  {
    id: 'sv-h17-gavle-cleaning-firm-owner-convicted',
    a: {
      lang: 'en',
      text: `A district court in Gävle on Friday convicted Ann-Sofie Vremling, the owner of a cleaning firm, of human exploitation for making migrant workers clean offices for almost no pay.`,
    },
    b: {
      lang: 'sv',
      text: `Gävle tingsrätt dömde i fredags städföretagaren Ann-Sofie Vremling för människoexploatering. Enligt domstolen lät hon migrantarbetare städa kontor mot en ytterst låg ersättning.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Conviction of Ann-Sofie Vremling for human exploitation by the Gävle court on Friday: the same ruling in both, so they agree.`,
  },
  {
    id: 'sv-h17-skane-bus-strike-called-off',
    a: {
      lang: 'en',
      text: `The Kommunal union called off its strike by bus drivers in Skåne on Sunday after reaching a deal with the employers, the union said.`,
    },
    b: {
      lang: 'sv',
      text: `Bussstrejken i Skåne är över. Kommunal och arbetsgivarna enades under söndagen om ett nytt avtal, och strejken har blåsts av.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Kommunal ending the Skåne bus drivers' strike on Sunday after a deal: called off and blåsts av are the same act, so they agree.`,
  },
  {
    id: 'sv-h17-hastmyra-asylum-housing-fire-evacuated',
    a: {
      lang: 'en',
      text: `All residents of an asylum accommodation in Hästmyra were evacuated early on Monday after a fire broke out in the basement, the rescue service said.`,
    },
    b: {
      lang: 'sv',
      text: `Brand i källaren på asylboendet i Hästmyra – under natten mot måndagen fick de boende lämna byggnaden, uppger räddningstjänsten.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Evacuation of the Hästmyra asylum housing early on Monday after a basement fire: the same event in both, so they agree.`,
  },
  {
    id: 'sv-h17-karrbacka-detention-transport-dogs-vs-batons',
    a: {
      lang: 'en',
      text: `Police used dogs to push back protesters who tried to block a van carrying detainees out of the detention centre in Kärrbacka on Wednesday.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen drog batonger när demonstranter på onsdagen försökte hindra en transport av förvarstagna från förvaret i Kärrbacka.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police against protesters blocking Wednesday's transport from the Kärrbacka detention centre: dogs in one report, batons in the other, so the instrument conflicts.`,
  },
  {
    id: 'sv-h17-klagsvik-church-arrest-denied',
    a: {
      lang: 'en',
      text: `Police entered the church in Klagsvik on Sunday night and detained a rejected asylum seeker who had taken refuge there, a parish spokesperson said.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen förnekar att man gick in i kyrkan i Klagsvik under söndagsnatten för att gripa en asylsökande som sökt skydd där, uppger polisens presstalesperson.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police entering the Klagsvik church on Sunday night to detain an asylum seeker: reported by the parish, denied by police, so they conflict.`,
  },
  {
    id: 'sv-h17-rintavaara-remanded-vs-released',
    a: {
      lang: 'en',
      text: `Umeå District Court on Thursday remanded in custody Jaakko Rintavaara, a Finnish businessman suspected of trafficking berry pickers from Thailand to Västerbotten.`,
    },
    b: {
      lang: 'sv',
      text: `Den finske företagaren Jaakko Rintavaara, misstänkt för människohandel med thailändska bärplockare, släpptes på torsdagen på fri fot sedan Umeå tingsrätt avslagit åklagarens häktningsyrkande.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Umeå court's Thursday decision on Jaakko Rintavaara: remanded in custody against released after the remand request was refused, antonym acts, so they conflict.`,
  },
  {
    id: 'sv-h17-apart-ljungdal-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Henrik Ljungdal met the head of the UN refugee agency in Geneva on Monday to discuss the resettlement of refugees.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Henrik Ljungdal träffade på måndagen sin danska kollega i Köpenhamn för samtal om gränskontrollerna vid Öresund.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Henrik Ljungdal meeting the UNHCR head in Geneva against meeting his Danish counterpart in Copenhagen: the same person meeting someone else, so apart.`,
  },
  {
    id: 'sv-h17-apart-passenger-stops-deportation-other-airport',
    a: {
      lang: 'en',
      text: `A passenger's protest stopped the deportation of an Afghan man on a flight from Landvetter airport outside Gothenburg on Tuesday, police said.`,
    },
    b: {
      lang: 'sv',
      text: `I tisdags vägrade en passagerare att sätta sig ner på ett plan på Arlanda, och utvisningen av en afghansk man fick därmed avbrytas.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `A passenger protest stopping an Afghan man's deportation, but on a flight from Landvetter in one and from Arlanda in the other: the same act at another place, so apart.`,
  },
  {
    id: 'sv-h17-apart-ljungsater-road-blockade-other-date',
    a: {
      lang: 'en',
      text: `Activists blocked the road to the detention centre in Ljungsäter on Thursday, 6 March, to protest against deportations to Iraq.`,
    },
    b: {
      lang: 'sv',
      text: `Torsdagen den 13 mars satte sig aktivister på vägen in till förvaret i Ljungsäter. De protesterade mot att människor utvisas till Irak.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Blockade of the Ljungsäter detention centre road against Iraq deportations, but on 6 March in one and 13 March in the other: the same act on another date, so apart.`,
  },
  {
    id: 'sv-h17-quote-cadwallader-return-hubs',
    a: {
      lang: 'en',
      text: `"Sweden cannot outsource its responsibility for refugees to return hubs abroad," said Fiona Cadwallader, the UNHCR representative for the Nordic countries.`,
    },
    b: {
      lang: 'sv',
      text: `FN:s flyktingorgan riktar kritik mot regeringens planer. "Sweden cannot outsource its responsibility for refugees to return hubs abroad", säger Fiona Cadwallader, som leder UNHCR:s nordiska kontor.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Fiona Cadwallader's English quote on return hubs abroad, kept in English by the Swedish paper word for word, so they agree.`,
  },
  {
    id: 'sv-h17-quote-lindqvarn-altered',
    a: {
      lang: 'en',
      text: `"Det här är ett svek mot barnen," said Maja Lindqvarn, head of the children's rights group Barnens Fristad, after the government tightened the rules on family reunification.`,
    },
    b: {
      lang: 'sv',
      text: `Barnens Fristads ordförande Maja Lindqvarn är kritisk till de skärpta reglerna för familjeåterförening: "Det här är ett hån mot barnen."`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Maja Lindqvarn's Swedish quote on the tightened family reunification rules: "svek" (betrayal) against "hån" (mockery), altered words, so they conflict.`,
  },
  {
    id: 'sv-h17-apart-quote-cadwallader-other-matter',
    a: {
      lang: 'en',
      text: `"Families belong together, and keeping them apart makes no one safer," Fiona Cadwallader of UNHCR said of Denmark's new family reunification rules.`,
    },
    b: {
      lang: 'sv',
      text: `UNHCR:s nordiska chef Fiona Cadwallader kommenterade på tisdagen läget vid den stängda finsk-ryska gränsen: "People should never be left waiting in the forest at a closed border."`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Fiona Cadwallader quoted on Danish family reunification rules in one and on the closed Finnish-Russian border in the other: the same speaker on another matter, so apart.`,
  },
  // ───────────────────────────── English – German ─────────────────────────────
  {
    id: 'de-h17-belgian-border-unauthorised-entries-september',
    a: {
      lang: 'en',
      text: `Federal police recorded at least 640 unauthorised entries at the border with Belgium in September, the Interior Ministry said in reply to a parliamentary question.`,
    },
    b: {
      lang: 'de',
      text: `An der deutsch-belgischen Grenze hat die Bundespolizei im September mindestens 640 unerlaubte Einreisen festgestellt. Das geht aus der Antwort des Bundesinnenministeriums auf eine Anfrage hervor.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Unauthorised entries at the Belgian border in September: "at least 640" and "mindestens 640" are the same bound, so they agree.`,
  },
  {
    id: 'de-h17-bka-trafficking-investigations-last-year',
    a: {
      lang: 'en',
      text: `German police concluded 542 investigations into human trafficking for sexual exploitation last year, according to the Federal Criminal Police Office.`,
    },
    b: {
      lang: 'de',
      text: `Das Bundeskriminalamt zählte im vergangenen Jahr 542 abgeschlossene Ermittlungsverfahren wegen Menschenhandels zum Zweck der sexuellen Ausbeutung, wie aus dem neuen Lagebild hervorgeht.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Concluded investigations into trafficking for sexual exploitation last year: 542 in both, from the same BKA report, so they agree.`,
  },
  {
    id: 'de-h17-feldberg-storm-gusts',
    a: {
      lang: 'en',
      text: `Gusts of up to 152 kilometres per hour were measured on the Feldberg in the Black Forest on Sunday, the German Weather Service said.`,
    },
    b: {
      lang: 'de',
      text: `Sturmtief über dem Südwesten: Auf dem Feldberg im Schwarzwald registrierte der Deutsche Wetterdienst am Sonntag Orkanböen von bis zu 152 Stundenkilometern.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Peak gusts on the Feldberg on Sunday: up to 152 km/h in both, so they agree.`,
  },
  {
    id: 'de-h17-wellenreiter-trapani-disembarked',
    a: {
      lang: 'en',
      text: `The rescue ship Wellenreiter, run by the Bremen-based group Rettungskreis Weser, brought 63 people ashore in Trapani on Sunday after picking them up off Libya.`,
    },
    b: {
      lang: 'de',
      text: `Im sizilianischen Hafen Trapani haben am Sonntag 63 Gerettete die „Wellenreiter“ verlassen. Das Schiff der Bremer Initiative Rettungskreis Weser hatte sie vor der libyschen Küste an Bord genommen.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People brought ashore by the Wellenreiter in Trapani on Sunday: 63 in both, so they agree.`,
  },
  {
    id: 'de-h17-hanover-pristina-charter-deportees-differ',
    a: {
      lang: 'en',
      text: `A charter flight carrying 46 people deported from Lower Saxony and neighbouring states took off from Hanover for Pristina on Wednesday, federal police said.`,
    },
    b: {
      lang: 'de',
      text: `Bei der Sammelabschiebung in den Kosovo sind am Mittwoch 64 Menschen vom Flughafen Hannover nach Pristina gebracht worden, teilte das niedersächsische Innenministerium mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Deportees on Wednesday's Hanover–Pristina charter: 46 against 64, the same flight with differing figures, so they conflict.`,
  },
  {
    id: 'de-h17-kassel-mayoral-election-turnout-differs',
    a: {
      lang: 'en',
      text: `Turnout in Sunday's mayoral election in Kassel was 41.2 percent, the city's election office said.`,
    },
    b: {
      lang: 'de',
      text: `Bei der Oberbürgermeisterwahl in Kassel am Sonntag gaben nur 31,4 Prozent der Wahlberechtigten ihre Stimme ab.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Turnout in Sunday's Kassel mayoral election: 41.2 percent against 31,4 Prozent, so the figures conflict.`,
  },
  {
    id: 'de-h17-struppenau-van-migrants-differ',
    a: {
      lang: 'en',
      text: `Federal police stopped a van on the motorway near Struppenau in Saxony on Friday night and found 23 migrants crammed in the back, police said.`,
    },
    b: {
      lang: 'de',
      text: `Zusammengepfercht auf der Ladefläche eines Kleintransporters entdeckten Bundespolizisten in der Nacht zu Samstag bei Struppenau in Sachsen zwölf Migranten.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants found in the van stopped near Struppenau on Friday night: 23 against zwölf (12), the same stop with differing figures, so they conflict.`,
  },
  {
    id: 'de-h17-apart-officers-vs-protesters-erfurt',
    a: {
      lang: 'en',
      text: `About 1,300 police officers were on duty in Erfurt on Saturday as the AfD held its state party conference.`,
    },
    b: {
      lang: 'de',
      text: `Rund 1.300 Menschen protestierten am Samstag in Erfurt gegen den Landesparteitag der AfD.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, city and day, but 1,300 police on duty against 1.300 protesters: different things counted, so apart.`,
  },
  {
    id: 'de-h17-apart-industrial-orders-vs-construction-august',
    a: {
      lang: 'en',
      text: `Industrial orders in Germany fell 3.1 percent in August from the previous month, the Federal Statistical Office said.`,
    },
    b: {
      lang: 'de',
      text: `Die Produktion im Bauhauptgewerbe ist im August gegenüber dem Vormonat um 3,1 Prozent gesunken, wie das Statistische Bundesamt mitteilte.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same figure and month, but the fall in industrial orders against the fall in construction output: different indicators, so apart.`,
  },
  {
    id: 'de-h17-apart-turned-back-vs-warrants-austrian-border',
    a: {
      lang: 'en',
      text: `Some 2,150 people were turned back at the border with Austria in the first quarter, federal police said.`,
    },
    b: {
      lang: 'de',
      text: `Bei Kontrollen an der Grenze zu Österreich vollstreckte die Bundespolizei im ersten Quartal knapp 2.150 offene Haftbefehle.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, border and quarter, but people turned back against arrest warrants executed: different counts, so apart.`,
  },
  {
    id: 'de-h17-saarbruecken-brothel-operator-arrested',
    a: {
      lang: 'en',
      text: `Police in Saarbrücken arrested a brothel operator suspected of forcing women from Romania into prostitution, prosecutors said on Thursday.`,
    },
    b: {
      lang: 'de',
      text: `Die Festnahme eines Bordellbetreibers in Saarbrücken bestätigte die Staatsanwaltschaft am Donnerstag. Ihm wird vorgeworfen, Frauen aus Rumänien zur Prostitution gezwungen zu haben.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest in Saarbrücken of a brothel operator accused of forcing Romanian women into prostitution: the same act in both, so they agree.`,
  },
  {
    id: 'de-h17-tessenbuettel-shelter-scabies-quarantine',
    a: {
      lang: 'en',
      text: `Health authorities placed the refugee shelter in Tessenbüttel under quarantine on Tuesday after an outbreak of scabies among residents.`,
    },
    b: {
      lang: 'de',
      text: `Nach dem Ausbruch von Krätze steht die Flüchtlingsunterkunft in Tessenbüttel seit Dienstag unter Quarantäne, wie das Gesundheitsamt des Landkreises mitteilte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Quarantine of the Tessenbüttel refugee shelter from Tuesday over scabies: the same measure in both, so they agree.`,
  },
  {
    id: 'de-h17-elbkai-logistik-warning-strike-called-off',
    a: {
      lang: 'en',
      text: `The Verdi union called off the warning strike planned for Monday at the Hamburg port operator Elbkai Logistik after the company improved its pay offer, the union said.`,
    },
    b: {
      lang: 'de',
      text: `Nach einem nachgebesserten Tarifangebot hat Verdi den für Montag angekündigten Warnstreik beim Hamburger Hafenbetrieb Elbkai Logistik abgesagt.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Verdi cancelling Monday's warning strike at Elbkai Logistik after a better offer: called off and abgesagt are the same act, so they agree.`,
  },
  {
    id: 'de-h17-land-borders-asylum-seekers-turned-back-ordered',
    a: {
      lang: 'en',
      text: `The federal interior minister ordered police to turn back asylum seekers at Germany's land borders, the ministry said on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Asylsuchende sollen künftig an den deutschen Landgrenzen zurückgewiesen werden. Eine entsprechende Anordnung hat der Bundesinnenminister der Bundespolizei erteilt, hieß es am Mittwoch aus dem Ministerium.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `The federal interior minister's order to turn back asylum seekers at the land borders: the same order in both, so they agree.`,
  },
  {
    id: 'de-h17-mooswalden-blockade-water-cannon-vs-batons',
    a: {
      lang: 'en',
      text: `Police used water cannon on Saturday to clear protesters blocking the entrance to the deportation detention centre in Mooswalden.`,
    },
    b: {
      lang: 'de',
      text: `Vor der Abschiebehaftanstalt in Mooswalden griff die Polizei am Samstag zu Schlagstöcken, um die Blockade der Zufahrt aufzulösen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Police clearing Saturday's blockade of the Mooswalden detention centre: water cannon in one report, batons in the other, so the instrument conflicts.`,
  },
  {
    id: 'de-h17-muehlenbrock-heating-cut-denied',
    a: {
      lang: 'en',
      text: `Residents of the reception centre in Mühlenbrock said staff had cut off the heating in the rooms of people who refused to be transferred to another shelter.`,
    },
    b: {
      lang: 'de',
      text: `Die Bezirksregierung weist den Vorwurf zurück, in der Erstaufnahme in Mühlenbrock sei Bewohnern, die eine Verlegung ablehnten, die Heizung abgedreht worden.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Heating cut off for Mühlenbrock residents who refused transfer: asserted by residents, rejected by the district government, so they conflict.`,
  },
  {
    id: 'de-h17-sadykow-asylum-granted-vs-rejected',
    a: {
      lang: 'en',
      text: `The Federal Office for Migration and Refugees granted refugee status to Artjom Sadykow, a Russian soldier who deserted rather than fight in Ukraine, his lawyer said.`,
    },
    b: {
      lang: 'de',
      text: `Das Bundesamt für Migration und Flüchtlinge hat den Asylantrag des russischen Deserteurs Artjom Sadykow abgelehnt, wie sein Anwalt mitteilte.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `BAMF decision on the Russian deserter Artjom Sadykow: refugee status granted against the claim rejected, antonym acts, so they conflict.`,
  },
  {
    id: 'de-h17-apart-hallbauer-meets-other',
    a: {
      lang: 'en',
      text: `Saxony's interior minister Gernot Hallbauer met his Czech counterpart in Prague on Tuesday to discuss joint patrols against people smuggling.`,
    },
    b: {
      lang: 'de',
      text: `Sachsens Innenminister Gernot Hallbauer ist am Dienstag in Breslau mit dem polnischen Innenminister zusammengekommen; Thema war die Schleuserkriminalität an der Neiße.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Gernot Hallbauer meeting the Czech minister in Prague against meeting the Polish minister in Wrocław: the same person meeting someone else, so apart.`,
  },
  {
    id: 'de-h17-apart-shelter-firebomb-other-town',
    a: {
      lang: 'en',
      text: `Unknown attackers threw an incendiary device at a refugee shelter in Tannweiler overnight, police said; no one was hurt.`,
    },
    b: {
      lang: 'de',
      text: `In Klingenau ist in der Nacht ein Brandsatz gegen eine Asylunterkunft geschleudert worden. Verletzt wurde niemand, teilte die Polizei mit.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `An incendiary device thrown at a refugee shelter overnight, but in Tannweiler in one and Klingenau in the other: the same act in another town, so apart.`,
  },
  {
    id: 'de-h17-apart-cologne-transport-warning-strike-other-date',
    a: {
      lang: 'en',
      text: `Buses and trams in Cologne stood still on Monday, 3 March, as the Verdi union staged a warning strike in local public transport.`,
    },
    b: {
      lang: 'de',
      text: `Am Montag, dem 17. März, legte ein Warnstreik von Verdi den Nahverkehr in Köln lahm; Busse und Bahnen blieben in den Depots.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Verdi warning strike halting Cologne's buses and trams, but on 3 March in one and 17 March in the other: the same act on another date, so apart.`,
  },
  {
    id: 'de-h17-quote-tessmer-container-space',
    a: {
      lang: 'en',
      text: `"Wir können keine weiteren Container aufstellen, weil uns schlicht die Flächen fehlen," said Reinhold Tessmer, the district administrator of Vorpommern-Greifswald.`,
    },
    b: {
      lang: 'de',
      text: `Landrat Reinhold Tessmer schlägt Alarm. „Wir können keine weiteren Container aufstellen, weil uns schlicht die Flächen fehlen“, sagte er am Montag in Greifswald.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Reinhold Tessmer's German quote on running out of land for refugee containers, word for word in both, so they agree.`,
  },
  {
    id: 'de-h17-quote-pellinger-altered',
    a: {
      lang: 'en',
      text: `"Nobody gets into a rubber boat unless the shore behind them is more dangerous than the sea," said Graham Pellinger, a spokesman for the International Organization for Migration.`,
    },
    b: {
      lang: 'de',
      text: `IOM-Sprecher Graham Pellinger sagte in Genf mit Blick auf die Überfahrten über das Mittelmeer: „Nobody gets into a rubber boat unless the shore behind them is on fire.“`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Graham Pellinger's English quote on rubber boats: "more dangerous than the sea" against "on fire", altered words, so they conflict.`,
  },
  {
    id: 'de-h17-apart-quote-tessmer-other-matter',
    a: {
      lang: 'en',
      text: `"Das Kreiskrankenhaus bleibt offen, dafür stehe ich mit meinem Namen," district administrator Reinhold Tessmer told a public meeting on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `Landrat Reinhold Tessmer äußerte sich am Mittwoch zu den Busverbindungen auf dem Land: „Ohne Schulbus stirbt das Dorf – so einfach ist das.“`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Reinhold Tessmer quoted on keeping the district hospital open in one and on rural school buses in the other: the same speaker on another matter, so apart.`,
  },
  // ───────────────────────────── English – Spanish ─────────────────────────────
  {
    id: 'es-h17-playa-tamaran-cayuco-occupants',
    a: {
      lang: 'en',
      text: `A wooden boat carrying 163 people, including women and children, reached the quay at Playa Tamarán in Gran Canaria on Tuesday, Spain's maritime rescue service said.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo escoltó el martes hasta el muelle de Playa Tamarán, en Gran Canaria, un cayuco con 163 ocupantes, entre ellos mujeres y menores.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Occupants of the boat that reached Playa Tamarán on Tuesday: 163 in both, so they agree.`,
  },
  {
    id: 'es-h17-albacete-roadside-club-women-freed',
    a: {
      lang: 'en',
      text: `Spanish police freed 15 women who were being forced into prostitution at a roadside club near Albacete, the National Police said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `Quince mujeres obligadas a prostituirse en un club de carretera de Albacete fueron liberadas por la Policía Nacional, según informó el cuerpo este viernes.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Women freed from forced prostitution at the Albacete roadside club: 15 and quince are the same figure, so they agree.`,
  },
  {
    id: 'es-h17-catalonia-reservoirs-level',
    a: {
      lang: 'en',
      text: `Reservoirs in Catalonia's inland basins stood at 27.4 percent of capacity on Monday, the Catalan Water Agency said.`,
    },
    b: {
      lang: 'es',
      text: `Los embalses de las cuencas internas de Cataluña se encuentran al 27,4 % de su capacidad, según los datos publicados el lunes por la Agencia Catalana del Agua.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Fill level of Catalonia's inland reservoirs on Monday: 27.4 percent and 27,4 %, so they agree.`,
  },
  {
    id: 'es-h17-colombia-venezuelan-migrants-total',
    a: {
      lang: 'en',
      text: `More than 2.8 million Venezuelan migrants now live in Colombia, the migration authority Migración Colombia said on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `Colombia acoge ya a más de 2,8 millones de migrantes venezolanos, de acuerdo con el último informe de Migración Colombia, divulgado el miércoles.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Venezuelan migrants living in Colombia: "more than 2.8 million" and "más de 2,8 millones", the same bound, so they agree.`,
  },
  {
    id: 'es-h17-caleta-del-morro-dinghy-occupants-differ',
    a: {
      lang: 'en',
      text: `A rubber dinghy carrying a dozen people was intercepted off Caleta del Morro, on the northern tip of Lanzarote, on Saturday, the Spanish Red Cross said.`,
    },
    b: {
      lang: 'es',
      text: `Un total de 25 migrantes viajaban en la neumática interceptada el sábado frente a Caleta del Morro, en el norte de Lanzarote, según fuentes de Salvamento Marítimo.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People on the dinghy intercepted off Caleta del Morro on Saturday: a dozen against 25, the same boat with differing figures, so they conflict.`,
  },
  {
    id: 'es-h17-sierra-de-gata-fire-evacuated-differs',
    a: {
      lang: 'en',
      text: `About 1,400 residents were evacuated from villages in the Sierra de Gata on Sunday as a forest fire spread, the regional government of Extremadura said.`,
    },
    b: {
      lang: 'es',
      text: `El incendio forestal de la sierra de Gata obligó el domingo a desalojar a unos 400 vecinos, según fuentes del Plan Infoex.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Residents evacuated because of Sunday's Sierra de Gata fire: about 1,400 against unos 400, so the figures conflict.`,
  },
  {
    id: 'es-h17-juarez-san-isidro-shelter-differs',
    a: {
      lang: 'en',
      text: `Nearly 900 migrants are staying at the Casa del Caminante San Isidro shelter in Ciudad Juárez, its director said on Thursday.`,
    },
    b: {
      lang: 'es',
      text: `En el albergue Casa del Caminante San Isidro, en Ciudad Juárez, se alojan en estos momentos unos 400 migrantes, explicó el jueves su director.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants staying at the San Isidro shelter in Ciudad Juárez: nearly 900 against unos 400, so the figures conflict.`,
  },
  {
    id: 'es-h17-apart-officers-vs-migrants-melilla-fence',
    a: {
      lang: 'en',
      text: `About 400 National Police and Civil Guard officers were deployed along the border fence in Melilla on Wednesday night.`,
    },
    b: {
      lang: 'es',
      text: `Unos 400 migrantes trataron la noche del miércoles de saltar la valla de Melilla, según la Delegación del Gobierno.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, place and night, but 400 officers deployed against 400 migrants trying to climb the fence: different things counted, so apart.`,
  },
  {
    id: 'es-h17-apart-peru-gdp-vs-private-investment',
    a: {
      lang: 'en',
      text: `Peru's economy grew 3.9 percent in the second quarter, the statistics institute INEI said.`,
    },
    b: {
      lang: 'es',
      text: `La inversión privada en el Perú avanzó un 3,9 % en el segundo trimestre, según el Banco Central de Reserva.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same figure and quarter, but GDP growth against growth of private investment: different indicators, so apart.`,
  },
  {
    id: 'es-h17-apart-southbound-crossings-vs-refuge-claims-costa-rica',
    a: {
      lang: 'en',
      text: `Some 3,200 migrants heading south crossed the border from Panama into Costa Rica in August, the Costa Rican migration authority said.`,
    },
    b: {
      lang: 'es',
      text: `Costa Rica recibió en agosto 3.200 solicitudes de refugio, informó la Dirección General de Migración y Extranjería.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, country and month, but southbound migrants crossing from Panama against asylum claims lodged: different counts, so apart.`,
  },
  {
    id: 'es-h17-valladolid-trafficking-ring-leader-arrested',
    a: {
      lang: 'en',
      text: `Police in Valladolid arrested the suspected leader of a network that trafficked women from Paraguay for sexual exploitation, the National Police said.`,
    },
    b: {
      lang: 'es',
      text: `La detención de la presunta cabecilla de una red de trata de mujeres paraguayas con fines de explotación sexual se produjo en Valladolid, según ha informado la Policía Nacional.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest in Valladolid of the suspected head of a ring trafficking Paraguayan women: the same act in both, so they agree.`,
  },
  {
    id: 'es-h17-peru-congress-censures-ticona',
    a: {
      lang: 'en',
      text: `Peru's Congress voted on Thursday to censure Interior Minister Raúl Ticona Barreda over the rise in extortion and contract killings.`,
    },
    b: {
      lang: 'es',
      text: `El Congreso del Perú censuró este jueves al ministro del Interior, Raúl Ticona Barreda, a quien responsabiliza del avance de la extorsión y el sicariato.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Censure of Interior Minister Raúl Ticona Barreda by Peru's Congress on Thursday: the same vote in both, so they agree.`,
  },
  {
    id: 'es-h17-ecuador-electricity-emergency-declared',
    a: {
      lang: 'en',
      text: `Ecuador's government declared an emergency in the electricity sector on Monday as drought left hydroelectric reservoirs nearly empty.`,
    },
    b: {
      lang: 'es',
      text: `Ante la sequía que ha dejado casi vacíos los embalses de las hidroeléctricas, el Gobierno ecuatoriano decretó el lunes la emergencia en el sector eléctrico.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Ecuador declaring an electricity emergency on Monday because of drought: declared and decretó are the same act, so they agree.`,
  },
  {
    id: 'es-h17-honduras-migratory-amnesty-extended',
    a: {
      lang: 'en',
      text: `Honduras's Congress on Tuesday extended the migratory amnesty that exempts migrants in transit from paying the fine for entering the country irregularly.`,
    },
    b: {
      lang: 'es',
      text: `El Congreso Nacional de Honduras aprobó el martes prorrogar la amnistía migratoria, que exime a los migrantes en tránsito del pago de la multa por ingreso irregular.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Honduras's Congress extending the migratory amnesty on Tuesday: the same decision in both, so they agree.`,
  },
  {
    id: 'es-h17-santa-rita-suchiate-batons-vs-rubber-bullets',
    a: {
      lang: 'en',
      text: `National Guard troops used batons to break up migrants who tried to leave Santa Rita del Suchiate on foot on Sunday, witnesses said.`,
    },
    b: {
      lang: 'es',
      text: `Elementos de la Guardia Nacional dispararon balas de goma contra los migrantes que el domingo intentaron salir a pie de Santa Rita del Suchiate, denunciaron testigos.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `National Guard stopping Sunday's departure on foot from Santa Rita del Suchiate: batons in one report, rubber bullets in the other, so the instrument conflicts.`,
  },
  {
    id: 'es-h17-la-laguna-minors-locked-in-denied',
    a: {
      lang: 'en',
      text: `Staff at a reception centre for migrant minors in La Laguna locked the children in their rooms at night, according to a complaint filed by the association Puentes de Acogida.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno de Canarias niega que en el centro de menores migrantes de La Laguna se encierre a los chicos en sus habitaciones por la noche, como denuncia la asociación Puentes de Acogida.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Minors locked in their rooms at night at the La Laguna centre: alleged by Puentes de Acogida, denied by the Canary government, so they conflict.`,
  },
  {
    id: 'es-h17-melilla-minor-repatriation-authorised-vs-refused',
    a: {
      lang: 'en',
      text: `A juvenile court in Melilla authorised the repatriation to Morocco of an unaccompanied Moroccan teenager who swam into the city in May, the city government said on Friday.`,
    },
    b: {
      lang: 'es',
      text: `Un juzgado de Melilla ha denegado la repatriación a Marruecos del adolescente marroquí no acompañado que llegó a nado a la ciudad en mayo, según informó el viernes la Ciudad Autónoma.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Melilla court ruling on returning the teenager who swam in in May: repatriation authorised against repatriation refused, antonym acts, so they conflict.`,
  },
  {
    id: 'es-h17-apart-urquiaga-meets-other',
    a: {
      lang: 'en',
      text: `Spain's migration minister Elena Urquiaga met Senegal's foreign minister in Dakar on Wednesday to discuss circular migration schemes.`,
    },
    b: {
      lang: 'es',
      text: `La ministra de Inclusión y Migraciones, Elena Urquiaga, se reunió el jueves en Nuakchot con el presidente de Mauritania para abordar la salida de cayucos.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Elena Urquiaga meeting Senegal's foreign minister in Dakar against meeting Mauritania's president in Nouakchott: the same person meeting someone else, so apart.`,
  },
  {
    id: 'es-h17-apart-patera-beach-landing-other-place',
    a: {
      lang: 'en',
      text: `A small boat carrying migrants landed directly on the beach at Los Caños del Fraile, in Cádiz province, on Saturday morning, and its passengers ran off inland.`,
    },
    b: {
      lang: 'es',
      text: `Una patera alcanzó el sábado por la mañana la playa de El Palmarejo, en la provincia de Cádiz, y sus ocupantes se dispersaron por los alrededores.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `A migrant boat landing on a Cádiz beach on Saturday morning, but at Los Caños del Fraile in one and El Palmarejo in the other: the same act at another place, so apart.`,
  },
  {
    id: 'es-h17-apart-madrid-doctors-strike-other-date',
    a: {
      lang: 'en',
      text: `Doctors at public hospitals in Madrid went on strike on Wednesday, 12 March, against the government's new staff statute.`,
    },
    b: {
      lang: 'es',
      text: `Los médicos de los hospitales públicos madrileños secundaron el miércoles 26 de marzo la huelga convocada contra el nuevo estatuto marco.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Madrid hospital doctors striking against the staff statute, but on 12 March in one and 26 March in the other: the same act on another date, so apart.`,
  },
  {
    id: 'es-h17-quote-larraneta-cayuco-call',
    a: {
      lang: 'en',
      text: `"Cada cayuco que no llega es una familia que espera una llamada que nunca suena," said Ainhoa Larrañeta, spokeswoman for the Canary Islands association Orillas Libres.`,
    },
    b: {
      lang: 'es',
      text: `«Cada cayuco que no llega es una familia que espera una llamada que nunca suena», lamentó Ainhoa Larrañeta, portavoz de Orillas Libres.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Ainhoa Larrañeta's Spanish quote on boats that never arrive, word for word in both, so they agree.`,
  },
  {
    id: 'es-h17-quote-ferrold-altered',
    a: {
      lang: 'en',
      text: `"We will not let the cartels decide who enters this country," said Dwight Ferrold, a senior official at US Customs and Border Protection.`,
    },
    b: {
      lang: 'es',
      text: `Dwight Ferrold, alto cargo de la Oficina de Aduanas y Protección Fronteriza de Estados Unidos, advirtió: "We will not let the cartels decide who stays in this country".`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Dwight Ferrold's English quote on the cartels: "who enters" against "who stays", altered words, so they conflict.`,
  },
  {
    id: 'es-h17-apart-quote-larraneta-other-matter',
    a: {
      lang: 'en',
      text: `"Las islas no pueden seguir siendo la sala de espera de Europa," Ainhoa Larrañeta of Orillas Libres said of the overcrowded centres for migrant minors.`,
    },
    b: {
      lang: 'es',
      text: `Ainhoa Larrañeta, de Orillas Libres, criticó el martes la retirada de los intérpretes del puerto de Las Calmas Bajas, en El Hierro: «Sin intérpretes, nadie puede pedir asilo».`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Ainhoa Larrañeta quoted on overcrowded minors' centres in one and on interpreters withdrawn at Las Calmas Bajas in the other: the same speaker on another matter, so apart.`,
  },
  // ───────────────────────────── English – French ─────────────────────────────
  {
    id: 'fr-h17-wissecourt-plage-small-boat-rescue',
    a: {
      lang: 'en',
      text: `About 30 people were rescued from a small boat in difficulty off Wissecourt-Plage early on Wednesday, the maritime prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Une trentaine d'exilés, dont l'embarcation était en difficulté, ont été secourus mercredi à l'aube au large de Wissecourt-Plage, a indiqué la préfecture maritime de la Manche et de la mer du Nord.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued off Wissecourt-Plage on Wednesday morning: "about 30" and "une trentaine" overlap, so they agree.`,
  },
  {
    id: 'fr-h17-gard-farm-workers-exploitation-ring',
    a: {
      lang: 'en',
      text: `At least 160 Moroccan farm workers were exploited by a network of labour providers in the Gard, according to prosecutors who announced its dismantling on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Le démantèlement du réseau, annoncé mardi par le parquet de Nîmes, vise des prestataires soupçonnés d'avoir exploité au moins 160 ouvriers agricoles marocains dans le Gard.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Moroccan farm workers exploited by the Gard labour-provider network: "at least 160" and "au moins 160", the same bound, so they agree.`,
  },
  {
    id: 'fr-h17-flu-hospitalisations-week',
    a: {
      lang: 'en',
      text: `Nearly 2,800 people were admitted to hospital with flu in France last week, the public health agency said on Wednesday.`,
    },
    b: {
      lang: 'fr',
      text: `Selon Santé publique France, près de 2\u202f800 personnes ont été hospitalisées pour la grippe au cours de la semaine écoulée.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Flu hospitalisations in France last week: "nearly 2,800" and "près de 2 800", the same bound, so they agree.`,
  },
  {
    id: 'fr-h17-pas-de-calais-smugglers-arrested-since-january',
    a: {
      lang: 'en',
      text: `Police have arrested some 180 suspected people smugglers in the Pas-de-Calais since the start of the year, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Depuis janvier, environ 180 passeurs présumés ont été interpellés dans le Pas-de-Calais, selon un bilan de la préfecture.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Suspected smugglers arrested in the Pas-de-Calais since January: "some 180" and "environ 180" overlap, so they agree.`,
  },
  {
    id: 'fr-h17-grenoble-immigration-bill-march-differs',
    a: {
      lang: 'en',
      text: `About 12,000 people marched in Grenoble on Saturday against the government's immigration bill, police said.`,
    },
    b: {
      lang: 'fr',
      text: `Ils étaient 32\u202f000 samedi dans les rues de Grenoble pour dénoncer le projet de loi sur l'immigration, selon les syndicats organisateurs.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Size of Saturday's Grenoble march against the immigration bill: about 12,000 (police) against 32 000 (unions), so the figures conflict.`,
  },
  {
    id: 'fr-h17-saint-berald-canteen-pupils-ill-differ',
    a: {
      lang: 'en',
      text: `About 120 pupils fell ill after lunch at the school canteen in Saint-Bérald on Thursday, the regional health agency said.`,
    },
    b: {
      lang: 'fr',
      text: `À Saint-Bérald, une soixantaine d'élèves ont été pris de vomissements après le déjeuner servi jeudi à la cantine scolaire.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Pupils taken ill after Thursday's canteen lunch in Saint-Bérald: about 120 against une soixantaine, so the figures conflict.`,
  },
  {
    id: 'fr-h17-dunkirk-port-lorry-migrants-differ',
    a: {
      lang: 'en',
      text: `Border police found 41 migrants hidden in a lorry trailer at the port of Dunkirk on Monday, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 70 migrants étaient dissimulés dans la remorque du poids lourd contrôlé lundi sur le port de Dunkerque, selon la police aux frontières.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants found in the lorry checked at Dunkirk port on Monday: 41 against environ 70, so the figures conflict.`,
  },
  {
    id: 'fr-h17-apart-gendarmes-vs-marchers-val-clarens',
    a: {
      lang: 'en',
      text: `About 350 gendarmes were deployed in Val-Clarens, in the Hautes-Alpes, on Saturday, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 350 personnes ont défilé samedi dans les rues de Val-Clarens, dans les Hautes-Alpes, en soutien aux exilés qui franchissent la montagne.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, town and day, but 350 gendarmes deployed against 350 marchers: different things counted, so apart.`,
  },
  {
    id: 'fr-h17-apart-housing-starts-vs-new-home-sales',
    a: {
      lang: 'en',
      text: `Housing starts in France fell 7.8 percent over the past year, the housing ministry said.`,
    },
    b: {
      lang: 'fr',
      text: `Les ventes de logements neufs ont reculé de 7,8\u00a0% sur un an, selon les chiffres publiés par le ministère du Logement.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same figure and period, but the fall in housing starts against the fall in new home sales: different indicators, so apart.`,
  },
  {
    id: 'fr-h17-apart-afghans-vs-sudanese-protected-march',
    a: {
      lang: 'en',
      text: `Ofpra granted protection to 1,050 Afghan nationals in March, according to the asylum office's monthly figures.`,
    },
    b: {
      lang: 'fr',
      text: `En mars, l'Ofpra a accordé une protection à 1\u202f050 ressortissants soudanais, selon ses chiffres mensuels.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same number, office and month, but Afghans protected against Sudanese protected: different groups counted, so apart.`,
  },
  {
    id: 'fr-h17-antwerp-channel-crossings-organiser-arrested',
    a: {
      lang: 'en',
      text: `Belgian police arrested a suspected organiser of Channel crossings in Antwerp on a European warrant issued by France, prosecutors in Lille said on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `L'interpellation à Anvers d'un organisateur présumé de traversées de la Manche, visé par un mandat d'arrêt européen délivré par la France, a été annoncée vendredi par le parquet de Lille.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest in Antwerp, on a French European warrant, of a suspected Channel crossings organiser: the same act in both, so they agree.`,
  },
  {
    id: 'fr-h17-serignac-anti-begging-order-suspended',
    a: {
      lang: 'en',
      text: `An administrative court in Montpellier suspended the anti-begging order issued by the mayor of Sérignac-le-Haut, ruling that it was too broad.`,
    },
    b: {
      lang: 'fr',
      text: `Jugé trop général, l'arrêté anti-mendicité pris par le maire de Sérignac-le-Haut a été suspendu par le tribunal administratif de Montpellier.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Suspension by the Montpellier court of the Sérignac-le-Haut anti-begging order: the same ruling in both, so they agree.`,
  },
  {
    id: 'fr-h17-corsica-red-storm-alert',
    a: {
      lang: 'en',
      text: `Météo-France placed Corsica on red alert for thunderstorms and flooding rain on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `La Corse a été placée mardi en vigilance rouge orages et pluie-inondation par Météo-France.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Météo-France's red alert for storms and flooding in Corsica on Tuesday: the same warning in both, so they agree.`,
  },
  {
    id: 'fr-h17-hennezeele-canal-body-found',
    a: {
      lang: 'en',
      text: `The body of a Sudanese migrant was pulled from the canal at Hennezeele, near Dunkirk, on Sunday, local authorities said.`,
    },
    b: {
      lang: 'fr',
      text: `Dimanche, à Hennezeele, près de Dunkerque, le corps d'un exilé soudanais a été repêché dans le canal, a fait savoir la sous-préfecture.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Recovery of a Sudanese migrant's body from the Hennezeele canal on Sunday: the same event in both, so they agree.`,
  },
  {
    id: 'fr-h17-saint-quentel-batons-vs-tear-gas',
    a: {
      lang: 'en',
      text: `Riot police used batons to disperse migrants gathered near the beach at Saint-Quentel-sur-Aa on Thursday evening, aid groups said.`,
    },
    b: {
      lang: 'fr',
      text: `Les CRS ont fait usage de gaz lacrymogène jeudi soir pour disperser les exilés rassemblés près de la plage de Saint-Quentel-sur-Aa, selon les associations.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Riot police dispersing migrants near the Saint-Quentel-sur-Aa beach on Thursday evening: batons in one report, tear gas in the other, so the instrument conflicts.`,
  },
  {
    id: 'fr-h17-serre-blanc-minors-pushback-denied',
    a: {
      lang: 'en',
      text: `Police sent unaccompanied minors back to Italy at the col du Serre-Blanc without examining their cases, the association Passeurs de Cimes said.`,
    },
    b: {
      lang: 'fr',
      text: `La préfecture des Hautes-Alpes dément que des mineurs non accompagnés aient été renvoyés vers l'Italie au col du Serre-Blanc sans examen de leur situation, comme l'affirme l'association Passeurs de Cimes.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Minors sent back to Italy at the col du Serre-Blanc without examination: asserted by Passeurs de Cimes, denied by the prefecture, so they conflict.`,
  },
  {
    id: 'fr-h17-kourouma-expulsion-order-annulled-vs-upheld',
    a: {
      lang: 'en',
      text: `The administrative court in Nantes annulled the order to leave France issued against Fanta Kourouma, a Guinean secondary-school student, her lawyer said.`,
    },
    b: {
      lang: 'fr',
      text: `Le tribunal administratif de Nantes a confirmé l'obligation de quitter le territoire français visant Fanta Kourouma, lycéenne guinéenne, a indiqué son avocate.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Nantes court ruling on Fanta Kourouma's order to leave France: annulled against confirmed, antonym acts, so they conflict.`,
  },
  {
    id: 'fr-h17-apart-vallerouge-meets-other',
    a: {
      lang: 'en',
      text: `Interior Minister Bertrand Vallerouge met his British counterpart in London on Monday to discuss small boat crossings.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre de l'Intérieur, Bertrand Vallerouge, a reçu lundi à Paris son homologue belge pour évoquer la lutte contre les filières de passeurs.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Bertrand Vallerouge meeting the British minister in London against receiving the Belgian minister in Paris: the same person meeting someone else, so apart.`,
  },
  {
    id: 'fr-h17-apart-refrigerated-lorry-migrants-other-town',
    a: {
      lang: 'en',
      text: `Migrants were found in the trailer of a refrigerated lorry at a motorway rest area near Moranval on Wednesday, police said.`,
    },
    b: {
      lang: 'fr',
      text: `Des migrants ont été découverts mercredi dans la remorque frigorifique d'un camion stationné sur une aire d'autoroute près d'Essarbecque.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Migrants found in a refrigerated lorry at a motorway rest area on Wednesday, but near Moranval in one and near Essarbecque in the other: the same act at another place, so apart.`,
  },
  {
    id: 'fr-h17-apart-teachers-strike-other-date',
    a: {
      lang: 'en',
      text: `Teachers across France went on strike on Tuesday, 18 March, against planned job cuts in schools.`,
    },
    b: {
      lang: 'fr',
      text: `Les enseignants ont fait grève le jeudi 3 avril contre les suppressions de postes prévues dans l'Éducation nationale.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `A national teachers' strike against job cuts, but on 18 March in one and 3 April in the other: the same act on another date, so apart.`,
  },
  {
    id: 'fr-h17-quote-haldane-boat-stopped',
    a: {
      lang: 'en',
      text: `"Every boat we stop on the beach is a life we may have saved," said Rupert Haldane, the British minister for border security.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre britannique chargé de la sécurité des frontières, Rupert Haldane, a défendu la coopération avec la France\u00a0: "Every boat we stop on the beach is a life we may have saved."`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Rupert Haldane's English quote on stopping boats on the beach, kept in English word for word by the French report, so they agree.`,
  },
  {
    id: 'fr-h17-quote-brissac-altered',
    a: {
      lang: 'en',
      text: `"On ne démantèle pas un campement, on disperse la misère," said Anne-Laure Brissac of the aid group Route Solidaire after the camp eviction in Calais.`,
    },
    b: {
      lang: 'fr',
      text: `«\u00a0On ne démantèle pas un campement, on déplace la misère\u00a0», a réagi Anne-Laure Brissac, de l'association Route Solidaire, après l'évacuation du campement à Calais.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Anne-Laure Brissac's French quote on the Calais eviction: "disperse" against "déplace", altered words, so they conflict.`,
  },
  {
    id: 'fr-h17-apart-quote-haldane-other-matter',
    a: {
      lang: 'en',
      text: `"We need care workers, and we will keep a visa route open for them," Rupert Haldane told MPs on Tuesday.`,
    },
    b: {
      lang: 'fr',
      text: `Interrogé sur la fin des titres de séjour papier au Royaume-Uni, Rupert Haldane a assuré\u00a0: "Paper documents will soon be a thing of the past."`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Rupert Haldane quoted on visas for care workers in one and on the end of paper residence documents in the other: the same speaker on another matter, so apart.`,
  },
];
