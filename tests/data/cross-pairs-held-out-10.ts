/**
 * Tenth held-out set of cross-language claim pairs. Written by a helper in session 6 without
 * looking at the library's rules, term tables or any earlier pair. What was read: lines 1-45 of
 * `cross-pairs.ts` (the header comment and the `CrossPair` type), lines 1-40 of
 * `cross-pairs-held-out-8.ts` (its header, with its list of invented names, and its import), and
 * the ids of `cross-pairs.ts`, `cross-pairs-held-out.ts` and `cross-pairs-held-out-2.ts` to
 * `cross-pairs-held-out-8.ts` (`grep "id:"`, which also matched a handful of English text lines
 * of `cross-pairs-held-out-8.ts` that contain "said:"), so that no id or story is knowingly
 * reused. Nothing under `src/`, no other test file and not `cross-pairs-held-out-9.ts` (written
 * at the same time by another helper) was read; the library was not run.
 *
 * Same shape and conventions as `cross-pairs.ts`: English `a`, foreign `b` written independently
 * the way that language's wire or newspaper press would put it (own word order, attribution,
 * number format, hedges, weekday and date expressions), one main claim of `kind` per text, some
 * texts two sentences long. Quantity texts state one number each (dates and ordinals aside);
 * event texts state no counts; quotes by English-speaking officials stay in English in both
 * texts, and local speakers are quoted in their own language in both texts.
 *
 * Composition, per foreign language (sv, de, es, fr): 23 pairs, 16 comparable (9 agree,
 * 7 conflict) and 7 look-alikes (apart). Kinds per language: 10 quantity, 10 event, 3 quote
 * (comparable: 7, 7, 2; apart: 3, 3, 1). Agree/conflict of the comparable pairs: quantity 4/3
 * (each conflict a differing figure), event 4/3 (one differing instrument of force or weapon,
 * one negation or denial, one antonym act), quote 1/1 (the conflict: altered quote words).
 * Look-alikes: three quantity pairs with the same number counting something else, and per
 * language the same person meeting someone else, the same act in another town, the same act on
 * another date, the same speaker on another matter. 92 pairs in all. About three quarters of the
 * stories are about migration, borders, asylum, caravans, crossings, police, protests, security
 * forces, deportations, rescues at sea and human trafficking; the rest about politics, the
 * economy, disasters and health.
 *
 * All people, companies, ships, associations and small towns are invented: Stormsvalan,
 * Havsljus, Lervåga, Grävlingsberget, Tjärnvallby, Hjälmsäter, Ögårdsbro, Tove Ramqvist, Harriet
 * Quennell, Gunnel Åberhem, Lichtmöwe, Windkante, Veltrup Stahlguss, Hüllenbeck, Moorstetten,
 * Tiefenwerth, Reiherwerda, Kalbenried, Sandrüthen, Hornwerdt, Gesine Tollmann, Jörg Malzahn,
 * Colm Ashdown, El Zapotal de Abajo, Palmar de Ocampo, Casa del Caminante San Dimas, Noé
 * Villatoro, Maricruz Bañuelos, Ezequiel Barrientos, Graham Kittredge, Pont-de-Varlin,
 * Ecquemont-sur-Mer, Val-Chanteraine, Saint-Ogier-sur-Canche, Kerdrévan, Plouzévet, Sillage,
 * Houle Fraternelle, Les Amarres Solidaires, Phalange du Littoral, Rayen Mestiri, Thibault
 * Marcoussis, Sandrine Lequellec, Fiona Ackerley. Countries, capitals, big cities, regions, ports,
 * border crossings and real institutions (UNHCR, IOM, Frontex, national police forces,
 * ministries, statistics offices, courts, parliaments) are real.
 */

import type { CrossPair } from './cross-pairs';

export const heldOutPairs10: readonly CrossPair[] = [
  // ───────────────────────────── English – Swedish ─────────────────────────────
  // quantity, agree
  {
    id: 'sv-h10-stormsvalan-lampedusa-rescue',
    a: {
      lang: 'en',
      text: `The Stormsvalan, a rescue ship operated by the Gothenburg-based charity Havsljus, took 214 people off an overcrowded fishing boat south of Lampedusa late on Sunday, the organisation said, adding that the survivors, who had set out from the Libyan port of Zuwara, would be brought ashore in Sicily.`,
    },
    b: {
      lang: 'sv',
      text: `Räddningsfartyget Stormsvalan, som drivs av den göteborgska organisationen Havsljus, plockade sent på söndagskvällen upp 214 migranter från en överlastad fiskebåt söder om Lampedusa. Det uppger organisationen, som räknar med att de undsatta ska landsättas på Sicilien.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Stormsvalan rescue south of Lampedusa: 214 people taken on board in both.`,
  },
  {
    id: 'sv-h10-internal-border-refusals-first-quarter',
    a: {
      lang: 'en',
      text: `Police refused entry to 1,180 people at Sweden's internal borders during the first quarter, most of them at the Öresund Bridge and in the ferry ports of Skåne, according to figures released by the Swedish Police Authority on Thursday.`,
    },
    b: {
      lang: 'sv',
      text: `Under årets första kvartal nekades 1\u00a0180 personer inresa vid de inre gränserna, enligt statistik som Polismyndigheten publicerade i torsdags. Flest avvisningar gjordes vid Öresundsbron och i de skånska färjehamnarna.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Refusals of entry at the internal borders in the first quarter: 1,180 in both.`,
  },
  {
    id: 'sv-h10-migration-agency-housing-places-cut',
    a: {
      lang: 'en',
      text: `The Swedish Migration Agency plans to close roughly 3,000 of its accommodation places for asylum seekers before the end of the year, citing the sharp fall in new applications, a spokesman for the agency said on Tuesday.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket ska avveckla omkring 3\u00a0000 boendeplatser för asylsökande före årsskiftet eftersom antalet nya ansökningar har minskat kraftigt, uppgav myndighetens presstjänst i tisdags.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Asylum accommodation places to be closed: roughly 3,000 and omkring 3 000.`,
  },
  {
    id: 'sv-h10-cpif-inflation-april',
    a: {
      lang: 'en',
      text: `Swedish inflation, as measured by the central bank's target CPIF index, slowed to 2.3 percent in April, Statistics Sweden said on Wednesday, a smaller drop than most economists had expected.`,
    },
    b: {
      lang: 'sv',
      text: `Inflationstakten mätt med KPIF sjönk till 2,3 procent i april, enligt Statistiska centralbyrån (SCB) på onsdagen. Nedgången blev mindre än vad de flesta bedömare hade räknat med.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `CPIF inflation in April: 2.3 percent and 2,3 procent (decimal comma).`,
  },
  // quantity, conflict
  {
    id: 'sv-h10-lervaga-deportation-rally-differs',
    a: {
      lang: 'en',
      text: `About 600 people gathered in the main square of Lervåga on Saturday afternoon to protest against the planned deportation of a teenage Afghan student who has lived in the town since childhood, local police said.`,
    },
    b: {
      lang: 'sv',
      text: `Omkring 1\u00a0500 personer samlades på lördagseftermiddagen på torget i Lervåga för att protestera mot att en afghansk gymnasieelev, som bott på orten sedan han var liten, ska utvisas. Det uppger polisen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Size of the Lervåga rally against a student's deportation: about 600 against omkring 1 500.`,
  },
  {
    id: 'sv-h10-asylum-processing-time-differs',
    a: {
      lang: 'en',
      text: `Asylum seekers in Sweden waited on average 238 days for a first decision last year, the National Audit Office said in a report published on Monday that sharply criticised the Migration Agency's case management.`,
    },
    b: {
      lang: 'sv',
      text: `Den genomsnittliga handläggningstiden för ett förstagångsbeslut i asylärenden var förra året 283 dagar, konstaterar Riksrevisionen i en granskning som presenterades i måndags och som riktar skarp kritik mot Migrationsverket.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Average wait for a first asylum decision last year, per the Audit Office: 238 against 283 days.`,
  },
  {
    id: 'sv-h10-gravlingsberget-fire-area-differs',
    a: {
      lang: 'en',
      text: `A forest fire on Grävlingsberget in Jämtland had burned through some 450 hectares by Tuesday evening, the rescue services said, as water-bombing helicopters from Norway joined the effort.`,
    },
    b: {
      lang: 'sv',
      text: `Skogsbranden på Grävlingsberget i Jämtland hade vid tisdagskvällen omfattat cirka 540 hektar, enligt räddningstjänsten. Norska vattenbombande helikoptrar har nu anslutit till släckningsarbetet.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Area burned on Grävlingsberget by Tuesday evening: some 450 against cirka 540 hectares.`,
  },
  // quantity, apart
  {
    id: 'sv-h10-apart-officers-vs-no-permits-uppsala',
    a: {
      lang: 'en',
      text: `Some 120 police officers took part in Wednesday's coordinated inspections of building sites across Uppsala, carried out together with the Migration Agency and the Tax Agency, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Vid onsdagens samordnade kontroller av byggarbetsplatser i Uppsala påträffades omkring 120 personer som saknade arbetstillstånd, uppger polisen, som genomförde insatsen tillsammans med Migrationsverket och Skatteverket.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same Uppsala inspections, same 120, but officers taking part against workers found without permits.`,
  },
  {
    id: 'sv-h10-apart-applications-vs-removals-february',
    a: {
      lang: 'en',
      text: `The Migration Agency registered 870 new asylum applications in February, its lowest monthly figure since the agency began keeping comparable records, it said on Monday.`,
    },
    b: {
      lang: 'sv',
      text: `I februari verkställde polisen 870 avvisningar och utvisningar av personer som fått slutligt avslag på sina ansökningar, framgår av Polismyndighetens månadsstatistik.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `February, same 870, but new asylum applications against removals carried out by the police.`,
  },
  {
    id: 'sv-h10-apart-gdp-vs-household-consumption',
    a: {
      lang: 'en',
      text: `Sweden's gross domestic product grew by 0.8 percent in the first quarter compared with the previous quarter, Statistics Sweden said in a flash estimate on Friday.`,
    },
    b: {
      lang: 'sv',
      text: `Hushållens konsumtion ökade med 0,8 procent under första kvartalet jämfört med kvartalet innan, enligt SCB:s preliminära siffror som presenterades på fredagen.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `First-quarter growth of 0.8 percent, but GDP against household consumption.`,
  },
  // event, agree
  {
    id: 'sv-h10-landvetter-smuggling-suspect-arrested',
    a: {
      lang: 'en',
      text: `A Syrian national suspected of organising the smuggling of migrants from Turkey into the European Union was arrested at Landvetter Airport outside Gothenburg on Thursday as he was about to board a flight to Istanbul, police said.`,
    },
    b: {
      lang: 'sv',
      text: `En syrisk medborgare som misstänks för grov människosmuggling greps i torsdags på Landvetter flygplats, strax innan han skulle gå ombord på ett plan till Istanbul, meddelar polisen. Mannen misstänks ha organiserat smuggling av migranter från Turkiet in i EU.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Arrest of a Syrian smuggling suspect at Landvetter on Thursday: arrested and greps.`,
  },
  {
    id: 'sv-h10-riksdag-work-permit-salary-bill',
    a: {
      lang: 'en',
      text: `The Riksdag on Wednesday approved a government bill that raises the salary threshold for work permits for people from outside the EU, with the Social Democrats voting in favour alongside the governing parties.`,
    },
    b: {
      lang: 'sv',
      text: `Riksdagen röstade på onsdagen igenom regeringens proposition om ett höjt lönekrav för arbetstillstånd för personer från länder utanför EU. Socialdemokraterna ställde sig bakom förslaget tillsammans med regeringspartierna.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Riksdag passes the higher salary threshold for work permits: approved and röstade igenom.`,
  },
  {
    id: 'sv-h10-gotland-yacht-boarded',
    a: {
      lang: 'en',
      text: `Swedish Coast Guard officers boarded a sailing yacht suspected of carrying undocumented migrants off the east coast of Gotland early on Monday and escorted it to Visby harbour, the agency said.`,
    },
    b: {
      lang: 'sv',
      text: `Kustbevakningen bordade tidigt på måndagsmorgonen en segelbåt utanför Gotlands östkust, misstänkt för att transportera migranter utan tillstånd, och eskorterade den till Visby hamn.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Coast Guard boards a yacht suspected of carrying migrants off Gotland on Monday: boarded and bordade.`,
  },
  {
    id: 'sv-h10-tjarnvallby-measles-outbreak',
    a: {
      lang: 'en',
      text: `Health authorities in Region Dalarna declared a measles outbreak in Tjärnvallby on Friday and urged unvaccinated residents to attend walk-in clinics set up at the local school.`,
    },
    b: {
      lang: 'sv',
      text: `Region Dalarna har konstaterat ett utbrott av mässling i Tjärnvallby, meddelade smittskyddsläkaren i fredags. Ovaccinerade uppmanas att komma till den drop-in-mottagning som öppnats på ortens skola.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Measles outbreak declared in Tjärnvallby on Friday: declared and konstaterat ett utbrott.`,
  },
  // event, conflict
  {
    id: 'sv-h10-hjalmsater-warning-shots-vs-taser',
    a: {
      lang: 'en',
      text: `Officers fired warning shots during a disturbance at the Migration Agency's detention centre in Hjälmsäter late on Tuesday, after detainees had barricaded themselves in a corridor, police said.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen använde elpistol när oroligheter bröt ut på Migrationsverkets förvar i Hjälmsäter sent på tisdagskvällen, sedan förvarstagna hade barrikaderat sig i en korridor, uppger polisen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Force used in the Hjälmsäter detention centre disturbance: warning shots against a taser (elpistol).`,
  },
  {
    id: 'sv-h10-ogardsbro-daily-allowance-stop-denied',
    a: {
      lang: 'en',
      text: `The Migration Agency has stopped paying the daily allowance to asylum seekers housed at its centre in Ögårdsbro, residents told local radio on Friday, saying they had been given no explanation.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsverket förnekar att dagersättningen till de asylsökande på boendet i Ögårdsbro har stoppats. Utbetalningarna görs som vanligt, uppger myndighetens regionala presschef.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Daily allowance at the Ögårdsbro centre stopped, per residents; the agency denies it (förnekar).`,
  },
  {
    id: 'sv-h10-norvik-smuggling-suspect-detained-vs-released',
    a: {
      lang: 'en',
      text: `A district court in Stockholm on Saturday ordered the detention of a Lithuanian lorry driver suspected of smuggling Vietnamese migrants through the port of Norvik, prosecutors said.`,
    },
    b: {
      lang: 'sv',
      text: `Den litauiske lastbilschauffören som misstänks för att ha smugglat vietnamesiska migranter via Norviks hamn släpptes på lördagen på fri fot, sedan Stockholms tingsrätt avslagit åklagarens häktningsyrkande.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Lithuanian driver in the Norvik smuggling case: ordered detained against released (släpptes på fri fot).`,
  },
  // event, apart
  {
    id: 'sv-h10-apart-ramqvist-meets-other',
    a: {
      lang: 'en',
      text: `Migration Minister Tove Ramqvist met her Finnish counterpart in Helsinki on Monday to discuss joint return flights for rejected asylum seekers to Iraq, the ministry said.`,
    },
    b: {
      lang: 'sv',
      text: `Migrationsminister Tove Ramqvist träffade på måndagen Danmarks utlännings- och integrationsminister i Köpenhamn för samtal om gemensamma återvändandeflyg till Irak, uppger departementet.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Ramqvist meets the Finnish minister in Helsinki in one, the Danish minister in Copenhagen in the other.`,
  },
  {
    id: 'sv-h10-apart-nail-salon-raid-other-town',
    a: {
      lang: 'en',
      text: `Police raided a nail salon in central Västerås on Thursday on suspicion of human trafficking for forced labour, a police spokeswoman said.`,
    },
    b: {
      lang: 'sv',
      text: `Polisen slog i torsdags till mot en nagelsalong i centrala Örebro, misstänkt för människohandel för tvångsarbete, uppger en presstalesperson.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Trafficking raid on a nail salon, but in Västerås in one and in Örebro in the other.`,
  },
  {
    id: 'sv-h10-apart-arlanda-controllers-strike-other-date',
    a: {
      lang: 'en',
      text: `Air traffic controllers at Stockholm Arlanda staged a walkout on 12 May, grounding domestic departures for most of the morning, the Swedish Civil Aviation Administration said.`,
    },
    b: {
      lang: 'sv',
      text: `Flygledarna på Arlanda gick ut i strejk den 26 maj, vilket lamslog inrikesavgångarna under större delen av förmiddagen, meddelar Luftfartsverket.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Arlanda air traffic controllers' strike, but on 12 May in one and on 26 May in the other.`,
  },
  // quote
  {
    id: 'sv-h10-quote-quennell-protection-not-favour',
    a: {
      lang: 'en',
      text: `Harriet Quennell, a spokeswoman for the UN refugee agency UNHCR in the Nordic and Baltic countries, said of the government's plans: "Protection is not a favour that Sweden can withdraw when it becomes inconvenient."`,
    },
    b: {
      lang: 'sv',
      text: `”Protection is not a favour that Sweden can withdraw when it becomes inconvenient”, sade Harriet Quennell, talesperson för FN:s flyktingorgan UNHCR i Norden och Baltikum, om regeringens planer.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Quennell (UNHCR) on the government's plans, quoted in English with the same words in both.`,
  },
  {
    id: 'sv-h10-quote-aberhem-altered',
    a: {
      lang: 'en',
      text: `Gunnel Åberhem, who chairs the municipal executive board in Lervåga, told TT on Friday: "Staten har lämnat oss helt ensamma med mottagandet."`,
    },
    b: {
      lang: 'sv',
      text: `”Staten har svikit oss i mottagandet”, säger Gunnel Åberhem, kommunstyrelsens ordförande i Lervåga, till TT.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Åberhem on the state and refugee reception: "lämnat oss helt ensamma med" against "svikit oss i".`,
  },
  {
    id: 'sv-h10-apart-quote-quennell-other-matter',
    a: {
      lang: 'en',
      text: `Asked about conditions in eastern Chad, Harriet Quennell of UNHCR said: "The camps along the Sudanese border are at breaking point."`,
    },
    b: {
      lang: 'sv',
      text: `Om läget för ukrainska flyktingar i Moldavien sade UNHCR:s Harriet Quennell: ”Host communities in Moldova have given everything they had.”`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, Quennell, but on camps in Chad in one and on host communities in Moldova in the other.`,
  },

  // ───────────────────────────── English – German ─────────────────────────────
  // quantity, agree
  {
    id: 'de-h10-dutch-border-unauthorised-entries',
    a: {
      lang: 'en',
      text: `Federal police recorded around 1,300 unauthorised entries along the border with the Netherlands in the first half of the year, a spokesman for the federal police directorate in Hanover said on Tuesday.`,
    },
    b: {
      lang: 'de',
      text: `Rund 1.300 unerlaubte Einreisen hat die Bundespolizei im ersten Halbjahr an der deutsch-niederländischen Grenze festgestellt. Das teilte ein Sprecher der Bundespolizeidirektion Hannover am Dienstag mit.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Unauthorised entries at the Dutch border in the first half: around 1,300 and rund 1.300.`,
  },
  {
    id: 'de-h10-lichtmoewe-ancona-disembarked',
    a: {
      lang: 'en',
      text: `The Lichtmöwe, a rescue vessel run by the Hamburg association Windkante, disembarked 87 migrants in the Italian port of Ancona on Friday after a long voyage from the central Mediterranean, the group said.`,
    },
    b: {
      lang: 'de',
      text: `Das Rettungsschiff „Lichtmöwe“ des Hamburger Vereins Windkante hat am Freitag im italienischen Hafen Ancona 87 Migranten an Land gebracht. Die italienischen Behörden hatten dem Schiff den weit entfernten Hafen zugewiesen, wie der Verein mitteilte.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Migrants brought ashore from the Lichtmöwe in Ancona: 87 in both.`,
  },
  {
    id: 'de-h10-ukrainian-refugees-registered',
    a: {
      lang: 'en',
      text: `About 1.2 million refugees from Ukraine are currently listed in Germany's central register of foreign nationals, the interior ministry said in response to a parliamentary question.`,
    },
    b: {
      lang: 'de',
      text: `Im Ausländerzentralregister sind derzeit rund 1,2 Millionen Geflüchtete aus der Ukraine erfasst. Das geht aus einer Antwort des Bundesinnenministeriums auf eine parlamentarische Anfrage hervor.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Ukrainian refugees in the central register: about 1.2 million and rund 1,2 Millionen.`,
  },
  {
    id: 'de-h10-veltrup-foundry-job-cuts',
    a: {
      lang: 'en',
      text: `Veltrup Stahlguss, a foundry group based in the Ruhr, will cut 1,450 jobs and close its plant in Hüllenbeck by the end of next year, the company said, blaming high energy costs and weak demand from carmakers.`,
    },
    b: {
      lang: 'de',
      text: `Der Gießereikonzern Veltrup Stahlguss streicht 1.450 Stellen und schließt bis Ende kommenden Jahres sein Werk in Hüllenbeck. Als Gründe nannte das Unternehmen aus dem Ruhrgebiet die hohen Energiepreise und die schwache Nachfrage der Autoindustrie.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Jobs cut at Veltrup Stahlguss: 1,450 and 1.450 (German thousands dot).`,
  },
  // quantity, conflict
  {
    id: 'de-h10-moorstetten-yazidi-rally-differs',
    a: {
      lang: 'en',
      text: `Some 800 people took to the streets of Moorstetten on Saturday to protest against the planned deportation of a Yazidi family to Iraq, police said.`,
    },
    b: {
      lang: 'de',
      text: `Gegen die geplante Abschiebung einer jesidischen Familie in den Irak sind am Samstag in Moorstetten nach Polizeiangaben rund 2.000 Menschen auf die Straße gegangen.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Size of the Moorstetten protest against a Yazidi family's deportation: some 800 against rund 2.000.`,
  },
  {
    id: 'de-h10-zuwara-capsize-dead-differs',
    a: {
      lang: 'en',
      text: `At least 41 migrants drowned when an inflatable boat capsized shortly after leaving the Libyan coast near Zuwara, the International Organization for Migration said on Wednesday.`,
    },
    b: {
      lang: 'de',
      text: `Beim Kentern eines Schlauchboots vor der libyschen Küste bei Suwara sind mindestens 61 Migranten ums Leben gekommen. Das teilte die Internationale Organisation für Migration (IOM) am Mittwoch in Genf mit.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Dead in the capsizing off Zuwara, per IOM: at least 41 against mindestens 61.`,
  },
  {
    id: 'de-h10-tiefenwerth-flood-evacuated-differs',
    a: {
      lang: 'en',
      text: `About 350 residents of Tiefenwerth, a village on the Mulde river in Saxony, were evacuated on Sunday night as the water threatened to spill over the top of the dike, the district administration said.`,
    },
    b: {
      lang: 'de',
      text: `In Tiefenwerth an der Mulde mussten in der Nacht zum Montag rund 530 Einwohner ihre Häuser verlassen, weil das Wasser über die Deichkrone zu steigen drohte, wie das Landratsamt mitteilte.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Residents evacuated in Tiefenwerth on Sunday night: about 350 against rund 530.`,
  },
  // quantity, apart
  {
    id: 'de-h10-apart-officers-vs-smuggled-balkan-ring',
    a: {
      lang: 'en',
      text: `Some 400 federal police officers searched apartments in Bavaria and Saxony on Tuesday in a crackdown on a smuggling ring accused of bringing migrants into Germany via the Balkans, prosecutors said.`,
    },
    b: {
      lang: 'de',
      text: `Mehr als 400 Migranten soll eine Schleuserbande über die Balkanroute nach Deutschland gebracht haben, gegen die Ermittler am Dienstag in Bayern und Sachsen vorgingen, teilte die Staatsanwaltschaft mit.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same Balkan smuggling ring and 400, but officers in the raids against migrants smuggled.`,
  },
  {
    id: 'de-h10-apart-refugee-housing-vs-integration-courses',
    a: {
      lang: 'en',
      text: `The Bundestag's budget committee on Thursday released 1.7 billion euros in federal funding to help municipalities house refugees, committee members said.`,
    },
    b: {
      lang: 'de',
      text: `Der Haushaltsausschuss des Bundestages hat am Donnerstag 1,7 Milliarden Euro für Integrations- und Sprachkurse freigegeben, wie Ausschussmitglieder berichteten.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Budget committee releases 1.7 billion euros, but for refugee housing in one and for integration courses in the other.`,
  },
  {
    id: 'de-h10-apart-lorry-migrants-vs-hours-gorlitz',
    a: {
      lang: 'en',
      text: `Customs officers found 38 migrants crammed into the trailer of a lorry at a motorway service area near Görlitz early on Friday, the federal police said.`,
    },
    b: {
      lang: 'de',
      text: `Die Schleuser hatten die Migranten nach Angaben der Bundespolizei 38 Stunden lang im Anhänger eines Lastwagens eingesperrt, der am frühen Freitag an einer Raststätte bei Görlitz kontrolliert wurde.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same lorry near Görlitz and same 38, but migrants found against hours locked in the trailer.`,
  },
  // event, agree
  {
    id: 'de-h10-reiherwerda-shelter-evacuated',
    a: {
      lang: 'en',
      text: `Police evacuated a refugee shelter in Reiherwerda, Brandenburg, on Wednesday morning after a suspicious package was found at the entrance, a police spokeswoman said, adding that explosives experts had been called in.`,
    },
    b: {
      lang: 'de',
      text: `In Reiherwerda (Brandenburg) ist am Mittwochmorgen eine Flüchtlingsunterkunft geräumt worden, nachdem am Eingang ein verdächtiges Paket entdeckt worden war. Sprengstoffexperten seien angefordert worden, teilte die Polizei mit.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Reiherwerda refugee shelter evacuated over a suspicious package: evacuated and geräumt.`,
  },
  {
    id: 'de-h10-dresden-prague-trains-halted-flood',
    a: {
      lang: 'en',
      text: `Long-distance train services between Dresden and Prague were suspended on Monday because of flooding along the Elbe valley line, a spokeswoman for the railway said.`,
    },
    b: {
      lang: 'de',
      text: `Wegen Hochwassers im Elbtal ist der Fernverkehr zwischen Dresden und Prag am Montag eingestellt worden, wie eine Bahnsprecherin mitteilte.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Dresden–Prague long-distance trains halted by flooding on Monday: suspended and eingestellt.`,
  },
  {
    id: 'de-h10-berlin-forged-residence-permits-raids',
    a: {
      lang: 'en',
      text: `Investigators searched offices and homes in Berlin and Brandenburg on Thursday in an operation against a network suspected of selling forged residence permits to migrants, the Berlin prosecutor's office said.`,
    },
    b: {
      lang: 'de',
      text: `Wegen des Verdachts auf Handel mit gefälschten Aufenthaltstiteln haben Ermittler am Donnerstag Büros und Wohnungen in Berlin und Brandenburg durchsucht. Das Netzwerk soll die Papiere an Migranten verkauft haben, so die Berliner Staatsanwaltschaft.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Searches against a forged residence permit network on Thursday: searched and durchsucht.`,
  },
  {
    id: 'de-h10-kalbenried-shelter-measles-quarantine',
    a: {
      lang: 'en',
      text: `The health office in the district of Kalbenried placed a refugee shelter under quarantine on Tuesday after cases of measles were confirmed among residents, the district administration said.`,
    },
    b: {
      lang: 'de',
      text: `Nach bestätigten Masernfällen hat das Gesundheitsamt des Landkreises Kalbenried am Dienstag eine Flüchtlingsunterkunft unter Quarantäne gestellt. Bewohner können sich vor Ort impfen lassen, hieß es aus dem Landratsamt.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Kalbenried refugee shelter quarantined over measles on Tuesday: placed under quarantine in both.`,
  },
  // event, conflict
  {
    id: 'de-h10-sandruethen-batons-vs-pepper-spray',
    a: {
      lang: 'en',
      text: `Police used batons to break up a sit-in by protesters blocking the gate of the Bavarian anchor centre in Sandrüthen on Monday night, where a deportation was under way, a police spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `Bei der Auflösung einer Sitzblockade vor dem Ankerzentrum in Sandrüthen hat die Polizei in der Nacht zum Dienstag Pfefferspray eingesetzt. Die Demonstranten wollten eine Abschiebung verhindern, teilte ein Polizeisprecher mit.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Force used to end the Sandrüthen sit-in: batons against pepper spray.`,
  },
  {
    id: 'de-h10-berlin-moldova-deportations-halt-denied',
    a: {
      lang: 'en',
      text: `Berlin has quietly halted deportations to Moldova, refugee support groups said on Friday, citing cases in which scheduled removals had been called off at short notice.`,
    },
    b: {
      lang: 'de',
      text: `Die Berliner Senatsverwaltung für Inneres hat Berichte dementiert, wonach Abschiebungen nach Moldau ausgesetzt worden seien. Rückführungen fänden weiterhin statt, erklärte eine Sprecherin am Freitag.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Berlin halting deportations to Moldova, per support groups; the interior senate denies it (dementiert).`,
  },
  {
    id: 'de-h10-hornwerdt-assembly-ban-imposed-vs-lifted',
    a: {
      lang: 'en',
      text: `Authorities in Hornwerdt imposed a ban on all gatherings outside the town's initial reception centre on Thursday, after clashes between far-right demonstrators and counter-protesters, the district office said.`,
    },
    b: {
      lang: 'de',
      text: `Das Landratsamt hat das Versammlungsverbot vor der Erstaufnahmeeinrichtung in Hornwerdt am Donnerstag aufgehoben. Dort war es zuvor zu Zusammenstößen zwischen rechten Demonstranten und Gegendemonstranten gekommen.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Assembly ban outside the Hornwerdt reception centre: imposed against aufgehoben (lifted).`,
  },
  // event, apart
  {
    id: 'de-h10-apart-tollmann-meets-other',
    a: {
      lang: 'en',
      text: `Saxony's interior minister, Gesine Tollmann, met the Czech interior minister in Prague on Tuesday to discuss joint patrols against people smugglers, her ministry said.`,
    },
    b: {
      lang: 'de',
      text: `Sachsens Innenministerin Gesine Tollmann ist am Dienstag in Breslau mit dem Chef des polnischen Grenzschutzes zusammengekommen, um über gemeinsame Streifen gegen Schleuser zu beraten.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Tollmann meets the Czech interior minister in Prague in one, the Polish border guard chief in Wrocław in the other.`,
  },
  {
    id: 'de-h10-apart-brothel-raid-other-town',
    a: {
      lang: 'en',
      text: `Police raided a brothel in Dortmund on Wednesday on suspicion of human trafficking and forced prostitution, a police spokesman said.`,
    },
    b: {
      lang: 'de',
      text: `Wegen des Verdachts auf Menschenhandel und Zwangsprostitution hat die Polizei am Mittwoch ein Bordell in Essen durchsucht, wie ein Sprecher mitteilte.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Trafficking raid on a brothel, but in Dortmund in one and in Essen in the other.`,
  },
  {
    id: 'de-h10-apart-belgrade-charter-other-date',
    a: {
      lang: 'en',
      text: `A charter flight carrying rejected asylum seekers to Serbia and North Macedonia left Karlsruhe/Baden-Baden airport on 4 March, Baden-Württemberg's interior ministry said.`,
    },
    b: {
      lang: 'de',
      text: `Am 18. März ist vom Flughafen Karlsruhe/Baden-Baden ein Sammelcharter mit abgelehnten Asylbewerbern nach Serbien und Nordmazedonien gestartet, teilte das baden-württembergische Innenministerium mit.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Deportation charter to Serbia and North Macedonia, but on 4 March in one and on 18 March in the other.`,
  },
  // quote
  {
    id: 'de-h10-quote-malzahn-federal-help',
    a: {
      lang: 'en',
      text: `The mayor of Reiherwerda, Jörg Malzahn, told dpa on Monday: "Ohne die Hilfe des Bundes schaffen wir die Unterbringung nicht mehr."`,
    },
    b: {
      lang: 'de',
      text: `„Ohne die Hilfe des Bundes schaffen wir die Unterbringung nicht mehr“, sagte Reiherwerdas Bürgermeister Jörg Malzahn am Montag der Deutschen Presse-Agentur.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Malzahn on housing refugees without federal help, quoted in German with the same words in both.`,
  },
  {
    id: 'de-h10-quote-ashdown-altered',
    a: {
      lang: 'en',
      text: `Colm Ashdown, head of the IOM office in Berlin, said on Wednesday: "Returns must be safe and dignified, or they should not happen at all."`,
    },
    b: {
      lang: 'de',
      text: `„Returns must be safe and dignified, or they should not take place“, sagte Colm Ashdown, Leiter des IOM-Büros in Berlin, am Mittwoch.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Ashdown (IOM) on returns: "should not happen at all" against "should not take place".`,
  },
  {
    id: 'de-h10-apart-quote-malzahn-other-matter',
    a: {
      lang: 'en',
      text: `On the planned closure of the local hospital, Reiherwerda's mayor Jörg Malzahn said: "Ohne Klinik stirbt unsere Stadt."`,
    },
    b: {
      lang: 'de',
      text: `Zur Stilllegung der Bahnstrecke nach Cottbus sagte Bürgermeister Jörg Malzahn: „Die Bahn hängt uns einfach ab.“`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, Malzahn, but on the hospital closure in one and on the railway line in the other.`,
  },

  // ───────────────────────────── English – Spanish ─────────────────────────────
  // quantity, agree
  {
    id: 'es-h10-fuerteventura-dinghy-rescue',
    a: {
      lang: 'en',
      text: `Spain's maritime rescue service, Salvamento Marítimo, picked up 52 people from a drifting inflatable boat south-east of Fuerteventura early on Tuesday, a spokeswoman for the agency said, adding that all were in good health.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo rescató en la madrugada del martes a 52 personas que viajaban en una neumática a la deriva al sureste de Fuerteventura, según informaron fuentes del organismo, que precisaron que todos se encontraban en buen estado.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued from the inflatable off Fuerteventura: 52 in both.`,
  },
  {
    id: 'es-h10-guatemala-us-deportees-may',
    a: {
      lang: 'en',
      text: `Guatemala received some 9,850 of its citizens deported from the United States in May, most of them on charter flights landing at La Aurora airport, the Guatemalan Migration Institute said.`,
    },
    b: {
      lang: 'es',
      text: `El Instituto Guatemalteco de Migración (IGM) informó de que en mayo recibió a 9.850 connacionales deportados desde Estados Unidos, la mayoría llegados en vuelos chárter al aeropuerto La Aurora.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Guatemalans deported from the US in May: some 9,850 and 9.850.`,
  },
  {
    id: 'es-h10-spain-cpi-march',
    a: {
      lang: 'en',
      text: `Spain's annual inflation rate eased to 2.9 percent in March, helped by lower fuel prices, the National Statistics Institute (INE) said on Friday in a flash estimate.`,
    },
    b: {
      lang: 'es',
      text: `El IPC se moderó en marzo hasta el 2,9 % interanual gracias al abaratamiento de los carburantes, según el indicador adelantado publicado este viernes por el Instituto Nacional de Estadística (INE).`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Spanish inflation in March: 2.9 percent and 2,9 % (decimal comma).`,
  },
  {
    id: 'es-h10-tapachula-caravan-sets-out',
    a: {
      lang: 'en',
      text: `About 1,500 migrants, most of them Venezuelans and Hondurans, set out on foot from Tapachula before dawn on Sunday, heading north along the coastal highway, according to reporters at the scene.`,
    },
    b: {
      lang: 'es',
      text: `Unos 1.500 migrantes, en su mayoría venezolanos y hondureños, partieron a pie de Tapachula antes del amanecer del domingo rumbo al norte por la carretera costera, según constataron periodistas en el lugar.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Size of the caravan leaving Tapachula on Sunday: about 1,500 and unos 1.500.`,
  },
  // quantity, conflict
  {
    id: 'es-h10-cartagena-pateras-differs',
    a: {
      lang: 'en',
      text: `Rescue services and the Guardia Civil intercepted 38 migrants of Algerian origin travelling in small boats off the coast of Cartagena on Saturday, the central government's delegation in Murcia said.`,
    },
    b: {
      lang: 'es',
      text: `Salvamento Marítimo y la Guardia Civil interceptaron el sábado frente a la costa de Cartagena a 83 migrantes de origen argelino que viajaban en pateras, según la Delegación del Gobierno en Murcia.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Algerian migrants intercepted off Cartagena on Saturday: 38 against 83.`,
  },
  {
    id: 'es-h10-chile-expulsion-flight-differs',
    a: {
      lang: 'en',
      text: `A Chilean air force plane carrying 138 foreigners expelled from the country took off from Santiago for Caracas on Thursday, the interior ministry said.`,
    },
    b: {
      lang: 'es',
      text: `Un avión de la Fuerza Aérea de Chile despegó el jueves desde Santiago con 183 extranjeros expulsados con destino a Caracas, informó el Ministerio del Interior.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Foreigners on Thursday's Chilean expulsion flight to Caracas: 138 against 183.`,
  },
  {
    id: 'es-h10-manabi-floods-families-differs',
    a: {
      lang: 'en',
      text: `Floods caused by torrential rain have affected around 1,200 families in Ecuador's coastal province of Manabí, the national risk management secretariat said on Wednesday.`,
    },
    b: {
      lang: 'es',
      text: `Las inundaciones provocadas por las intensas lluvias en la provincia costera de Manabí afectan ya a unas 2.100 familias, según el último informe de la Secretaría de Gestión de Riesgos difundido este miércoles.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Families affected by the Manabí floods: around 1,200 against unas 2.100.`,
  },
  // quantity, apart
  {
    id: 'es-h10-apart-officers-vs-workers-huelva',
    a: {
      lang: 'en',
      text: `Some 300 police officers took part in an operation against a network accused of exploiting farm workers on strawberry farms in Huelva, the National Police said on Monday.`,
    },
    b: {
      lang: 'es',
      text: `La Policía Nacional ha liberado a unos 300 temporeros, en su mayoría marroquíes, explotados por una red en fincas freseras de Huelva, según informó el cuerpo este lunes.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same Huelva operation and same 300, but police officers against exploited farm workers freed.`,
  },
  {
    id: 'es-h10-apart-comar-applications-vs-recognised',
    a: {
      lang: 'en',
      text: `Mexico's refugee commission, COMAR, received about 7,800 asylum applications in April, the agency said in its monthly report.`,
    },
    b: {
      lang: 'es',
      text: `La Comisión Mexicana de Ayuda a Refugiados (COMAR) ha reconocido la condición de refugiado a unas 7.800 personas en lo que va de año, según su último informe.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `COMAR, same 7,800, but applications received in April against people recognised as refugees this year.`,
  },
  {
    id: 'es-h10-apart-quake-depth-vs-homes-el-oro',
    a: {
      lang: 'en',
      text: `The earthquake that shook Ecuador's El Oro province on Saturday struck at a depth of 66 kilometres, the country's Geophysical Institute said.`,
    },
    b: {
      lang: 'es',
      text: `El terremoto que sacudió el sábado la provincia ecuatoriana de El Oro dejó 66 viviendas destruidas, según el balance de la Secretaría de Gestión de Riesgos.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same El Oro earthquake and same 66, but depth in kilometres against homes destroyed.`,
  },
  // event, agree
  {
    id: 'es-h10-almeria-narco-launch-network',
    a: {
      lang: 'en',
      text: `Spain's Guardia Civil has dismantled a criminal network that used high-speed launches to ferry migrants from the Algerian coast to Almería, the force said on Tuesday.`,
    },
    b: {
      lang: 'es',
      text: `La Guardia Civil ha desarticulado una organización criminal que trasladaba migrantes desde la costa argelina hasta Almería a bordo de narcolanchas, según informó el instituto armado este martes.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Network ferrying migrants from Algeria to Almería in fast launches: dismantled and desarticulado.`,
  },
  {
    id: 'es-h10-chile-senate-irregular-entry-offence',
    a: {
      lang: 'en',
      text: `Chile's Senate on Wednesday approved a bill that would make entering the country through unauthorised border crossings a criminal offence, sending the measure back to the lower house.`,
    },
    b: {
      lang: 'es',
      text: `El Senado chileno aprobó este miércoles el proyecto que tipifica como delito el ingreso clandestino al país por pasos no habilitados. La iniciativa vuelve ahora a la Cámara de Diputados.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Chilean Senate passes the bill making irregular entry a crime: approved and aprobó.`,
  },
  {
    id: 'es-h10-reynosa-kidnapped-migrants-freed',
    a: {
      lang: 'en',
      text: `Mexican security forces freed a group of kidnapped migrants from a safe house in Reynosa, in the border state of Tamaulipas, on Sunday, the state prosecutor's office said.`,
    },
    b: {
      lang: 'es',
      text: `Fuerzas de seguridad mexicanas liberaron el domingo a un grupo de migrantes secuestrados que permanecían en una casa de seguridad de Reynosa (Tamaulipas), informó la Fiscalía estatal.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Kidnapped migrants freed from a Reynosa safe house on Sunday: freed and liberaron.`,
  },
  {
    id: 'es-h10-paraguay-chikungunya-alert',
    a: {
      lang: 'en',
      text: `Paraguay's health ministry declared an epidemiological alert on Monday over a surge of chikungunya in Asunción and the Central department, urging residents to get rid of mosquito breeding sites.`,
    },
    b: {
      lang: 'es',
      text: `El Ministerio de Salud Pública de Paraguay declaró este lunes la alerta epidemiológica por el aumento de casos de chikungunya en Asunción y el departamento Central, y pidió a la población eliminar los criaderos de mosquitos.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Chikungunya epidemiological alert declared in Paraguay on Monday, in both.`,
  },
  // event, conflict
  {
    id: 'es-h10-zapotal-pepper-spray-vs-rubber-bullets',
    a: {
      lang: 'en',
      text: `National Guard troops used pepper spray to stop a migrant caravan at a checkpoint near El Zapotal de Abajo, in the southern state of Chiapas, on Thursday, witnesses said.`,
    },
    b: {
      lang: 'es',
      text: `Elementos de la Guardia Nacional dispararon balas de goma contra la caravana de migrantes que intentaba cruzar el jueves un retén cerca de El Zapotal de Abajo, en Chiapas, según testigos.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Force used on the caravan at El Zapotal de Abajo: pepper spray against rubber bullets (balas de goma).`,
  },
  {
    id: 'es-h10-villatoro-journalist-detention-denied',
    a: {
      lang: 'en',
      text: `Mexican migration agents detained Honduran journalist Noé Villatoro on Friday while he was covering the caravan near Palmar de Ocampo, press freedom groups said.`,
    },
    b: {
      lang: 'es',
      text: `El Instituto Nacional de Migración negó este viernes haber detenido al periodista hondureño Noé Villatoro, quien cubría el avance de la caravana cerca de Palmar de Ocampo, y aseguró que solo se le pidió que se identificara.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Detention of journalist Villatoro: reported by press groups, denied by the INM (negó haber detenido).`,
  },
  {
    id: 'es-h10-peru-border-emergency-lifted-vs-declared',
    a: {
      lang: 'en',
      text: `Peru's government lifted the state of emergency along its southern border with Chile on Saturday, saying the flow of migrants at the Santa Rosa crossing had returned to normal.`,
    },
    b: {
      lang: 'es',
      text: `El Gobierno peruano declaró el sábado el estado de emergencia en la frontera sur con Chile ante el aumento del flujo migratorio por el paso de Santa Rosa, según una norma publicada en el diario oficial El Peruano.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `State of emergency on Peru's border with Chile on Saturday: lifted against declared.`,
  },
  // event, apart
  {
    id: 'es-h10-apart-banuelos-meets-other',
    a: {
      lang: 'en',
      text: `Mexico's deputy foreign minister, Maricruz Bañuelos, met the US special envoy for migration in Washington on Tuesday, the foreign ministry said.`,
    },
    b: {
      lang: 'es',
      text: `La subsecretaria de Relaciones Exteriores Maricruz Bañuelos se reunió el martes en Ciudad de Guatemala con el canciller guatemalteco para abordar la situación en la frontera sur, informó la Cancillería mexicana.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Bañuelos meets the US envoy in Washington in one, the Guatemalan foreign minister in Guatemala City in the other.`,
  },
  {
    id: 'es-h10-apart-warehouse-eviction-other-town',
    a: {
      lang: 'en',
      text: `Catalonia's regional police, the Mossos d'Esquadra, evicted migrants who had been living in a disused industrial warehouse in Badalona on Tuesday morning, city officials said.`,
    },
    b: {
      lang: 'es',
      text: `Los Mossos d'Esquadra desalojaron el martes por la mañana una nave industrial abandonada de Barcelona en la que vivían migrantes, según fuentes municipales.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Eviction of migrants from a disused warehouse, but in Badalona in one and in Barcelona in the other.`,
  },
  {
    id: 'es-h10-apart-paso-del-norte-blockade-other-date',
    a: {
      lang: 'en',
      text: `Migrants stranded in Ciudad Juárez blocked the Paso del Norte international bridge on 3 April to demand appointments with US immigration authorities, Chihuahua state officials said.`,
    },
    b: {
      lang: 'es',
      text: `Migrantes varados en Ciudad Juárez bloquearon el 22 de abril el puente internacional Paso del Norte para exigir citas con las autoridades migratorias estadounidenses, informó el Gobierno de Chihuahua.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Migrants' blockade of the Paso del Norte bridge, but on 3 April in one and on 22 April in the other.`,
  },
  // quote
  {
    id: 'es-h10-quote-kittredge-selling-a-lie',
    a: {
      lang: 'en',
      text: `Graham Kittredge, a senior official at US Customs and Border Protection, told reporters in San Diego: "Smugglers are selling a lie, and migrants are paying for it with their lives."`,
    },
    b: {
      lang: 'es',
      text: `“Smugglers are selling a lie, and migrants are paying for it with their lives”, afirmó en San Diego Graham Kittredge, alto funcionario de la Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP).`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Kittredge (CBP) on smugglers, quoted in English with the same words in both.`,
  },
  {
    id: 'es-h10-quote-barrientos-altered',
    a: {
      lang: 'en',
      text: `Father Ezequiel Barrientos, who runs the Casa del Caminante San Dimas shelter in Tapachula, said on Monday: "Aquí ya no cabe nadie más, la gente duerme en los pasillos."`,
    },
    b: {
      lang: 'es',
      text: `“Aquí ya no cabe nadie, la gente está durmiendo en la calle”, lamentó este lunes el sacerdote Ezequiel Barrientos, responsable del albergue Casa del Caminante San Dimas de Tapachula.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Barrientos on the full shelter: "duerme en los pasillos" against "está durmiendo en la calle".`,
  },
  {
    id: 'es-h10-apart-quote-kittredge-other-matter',
    a: {
      lang: 'en',
      text: `Speaking about the hurricane season, CBP official Graham Kittredge said: "Our officers at the ports of entry are ready to help communities on both sides of the border."`,
    },
    b: {
      lang: 'es',
      text: `Sobre las nuevas inspecciones de carga en Laredo, Graham Kittredge, de la CBP, declaró: “These checks will slow trucks down, and we know that has a cost.”`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, Kittredge, but on the hurricane season in one and on cargo inspections in Laredo in the other.`,
  },

  // ───────────────────────────── English – French ─────────────────────────────
  // quantity, agree
  {
    id: 'fr-h10-channel-crossings-tuesday',
    a: {
      lang: 'en',
      text: `Some 480 migrants crossed the Channel to England in small boats on Tuesday, taking advantage of calm seas, according to figures published by the British Home Office.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 480 migrants ont traversé la Manche à bord de petites embarcations mardi, profitant d'une mer calme, selon les chiffres publiés par le ministère britannique de l'Intérieur.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Channel small-boat crossings on Tuesday: some 480 and environ 480.`,
  },
  {
    id: 'fr-h10-ecquemont-rescue',
    a: {
      lang: 'en',
      text: `French rescuers pulled 67 people to safety overnight from a stricken inflatable boat off Ecquemont-sur-Mer, the maritime prefecture for the Channel and the North Sea said on Saturday.`,
    },
    b: {
      lang: 'fr',
      text: `Soixante-sept personnes ont été secourues dans la nuit au large d'Ecquemont-sur-Mer, où une embarcation pneumatique était en difficulté, a indiqué samedi la préfecture maritime de la Manche et de la mer du Nord.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `People rescued off Ecquemont-sur-Mer overnight: 67 and soixante-sept (spelled out).`,
  },
  {
    id: 'fr-h10-business-failures-year',
    a: {
      lang: 'en',
      text: `Business failures in France reached about 65,000 over the past year, the highest level since the current statistical series began, the Banque de France said on Wednesday.`,
    },
    b: {
      lang: 'fr',
      text: `Les défaillances d'entreprises ont atteint quelque 65\u202f000 en cumul annuel, un niveau inédit depuis le début de la série statistique, selon la Banque de France, qui publiait mercredi ses derniers chiffres.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Business failures over a year: about 65,000 and quelque 65 000.`,
  },
  {
    id: 'fr-h10-nord-cold-weather-shelter-places',
    a: {
      lang: 'en',
      text: `The Nord prefecture opened about 1,050 extra emergency shelter places for homeless people and migrants on Monday under its cold-weather plan, as temperatures fell below freezing across the region.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 1\u202f050 places d'hébergement d'urgence supplémentaires ont été ouvertes lundi par la préfecture du Nord dans le cadre du plan grand froid, à destination des sans-abri et des exilés, alors que le gel s'installe sur la région.`,
    },
    kind: 'quantity',
    relation: 'agree',
    note: `Extra cold-weather shelter places in the Nord: about 1,050 and quelque 1 050.`,
  },
  // quantity, conflict
  {
    id: 'fr-h10-pont-de-varlin-camp-cleared-differs',
    a: {
      lang: 'en',
      text: `Police cleared a makeshift migrant camp under a motorway bridge in Pont-de-Varlin, near Dunkirk, on Thursday morning, removing some 420 people, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 240 exilés ont été évacués jeudi matin du campement installé sous un pont autoroutier à Pont-de-Varlin, près de Dunkerque, a indiqué la préfecture du Nord.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `People removed from the Pont-de-Varlin camp on Thursday: some 420 against environ 240.`,
  },
  {
    id: 'fr-h10-lampedusa-arrivals-differs',
    a: {
      lang: 'en',
      text: `About 1,800 migrants landed on the Italian island of Lampedusa on Thursday, overwhelming the island's reception centre, the Italian Red Cross said.`,
    },
    b: {
      lang: 'fr',
      text: `Environ 1\u202f300 migrants ont débarqué jeudi sur l'île italienne de Lampedusa, saturant le centre d'accueil, selon la Croix-Rouge italienne.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Migrants landing on Lampedusa on Thursday: about 1,800 against environ 1 300.`,
  },
  {
    id: 'fr-h10-var-storm-firefighters-differs',
    a: {
      lang: 'en',
      text: `About 900 firefighters were mobilised overnight in the Var after violent thunderstorms flooded homes and swept away cars, the departmental fire service said on Sunday.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 1\u202f600 sapeurs-pompiers ont été mobilisés dans la nuit dans le Var, où de violents orages ont inondé des habitations et emporté des voitures, a annoncé dimanche le service départemental d'incendie et de secours.`,
    },
    kind: 'quantity',
    relation: 'conflict',
    note: `Firefighters mobilised in the Var overnight: about 900 against quelque 1 600.`,
  },
  // quantity, apart
  {
    id: 'fr-h10-apart-sheltered-vs-gendarmes-val-chanteraine',
    a: {
      lang: 'en',
      text: `About 190 migrants who had crossed the Alps from Italy were given shelter overnight in a gymnasium in Val-Chanteraine, in the Hautes-Alpes, local volunteers said.`,
    },
    b: {
      lang: 'fr',
      text: `Quelque 190 gendarmes et policiers ont été déployés à Val-Chanteraine (Hautes-Alpes) pour surveiller les cols frontaliers avec l'Italie, a annoncé la préfecture.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Val-Chanteraine, same 190, but migrants sheltered against gendarmes and police deployed.`,
  },
  {
    id: 'fr-h10-apart-survivors-vs-nautical-miles-sillage',
    a: {
      lang: 'en',
      text: `The Sillage, a rescue ship chartered by the Marseille-based association Houle Fraternelle, is carrying 95 survivors towards the port of Marseille, the group said on Sunday.`,
    },
    b: {
      lang: 'fr',
      text: `Le Sillage, navire affrété par l'association marseillaise Houle Fraternelle, a porté secours dimanche à une embarcation en détresse à 95 milles nautiques des côtes libyennes, a indiqué l'ONG.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Sillage, same 95, but survivors on board against nautical miles from the Libyan coast.`,
  },
  {
    id: 'fr-h10-apart-trade-deficit-vs-public-deficit',
    a: {
      lang: 'en',
      text: `France's trade deficit narrowed to 6.1 billion euros in May, customs figures showed on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `Le déficit public de la France s'est établi à 6,1\u00a0% du PIB l'an dernier, selon l'Insee, qui a publié vendredi ses comptes annuels.`,
    },
    kind: 'quantity',
    relation: 'apart',
    note: `Same 6.1, but the trade deficit in billions of euros against the public deficit as a share of GDP.`,
  },
  // event, agree
  {
    id: 'fr-h10-phalange-du-littoral-dissolved',
    a: {
      lang: 'en',
      text: `The French government on Wednesday dissolved Phalange du Littoral, an ultra-right group accused of organising "patrols" to hunt migrants on beaches near Calais, the government spokeswoman said after the cabinet meeting.`,
    },
    b: {
      lang: 'fr',
      text: `Le Conseil des ministres a prononcé mercredi la dissolution de la Phalange du Littoral, un groupuscule d'ultradroite accusé d'organiser des «\u202fpatrouilles\u202f» pour traquer les exilés sur les plages du Calaisis, a annoncé la porte-parole du gouvernement.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Ultra-right group Phalange du Littoral dissolved on Wednesday: dissolved and prononcé la dissolution.`,
  },
  {
    id: 'fr-h10-senate-state-medical-aid-bill',
    a: {
      lang: 'en',
      text: `The French Senate on Tuesday adopted a bill that would replace state medical aid for undocumented migrants with a narrower emergency scheme, a measure backed by the right and opposed by the left.`,
    },
    b: {
      lang: 'fr',
      text: `Le Sénat a adopté mardi une proposition de loi remplaçant l'aide médicale d'État (AME), destinée aux sans-papiers, par un dispositif d'urgence plus restreint, avec les voix de la droite et contre l'avis de la gauche.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Senate adopts the bill replacing state medical aid (AME) on Tuesday: adopted and a adopté.`,
  },
  {
    id: 'fr-h10-nice-border-motorway-landslide-closed',
    a: {
      lang: 'en',
      text: `The motorway linking Nice to the Italian border was closed to traffic on Saturday after a landslide triggered by heavy rain, the Alpes-Maritimes prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `L'autoroute qui relie Nice à la frontière italienne a été fermée à la circulation samedi en raison d'un glissement de terrain provoqué par de fortes pluies, a fait savoir la préfecture des Alpes-Maritimes.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Motorway from Nice to the Italian border closed by a landslide on Saturday: closed and fermée.`,
  },
  {
    id: 'fr-h10-lille-boat-pilot-charged',
    a: {
      lang: 'en',
      text: `An Iraqi man suspected of having steered a small boat in which migrants died during a Channel crossing has been charged with manslaughter in Lille, prosecutors said on Friday.`,
    },
    b: {
      lang: 'fr',
      text: `Soupçonné d'avoir piloté l'embarcation à bord de laquelle des exilés ont trouvé la mort lors d'une traversée de la Manche, un Irakien a été mis en examen pour homicide involontaire à Lille, a annoncé vendredi le parquet.`,
    },
    kind: 'event',
    relation: 'agree',
    note: `Suspected Iraqi boat pilot charged with manslaughter in Lille: charged and mis en examen.`,
  },
  // event, conflict
  {
    id: 'fr-h10-saint-ogier-tear-gas-vs-water-cannon',
    a: {
      lang: 'en',
      text: `Gendarmes fired tear gas on Saturday to disperse demonstrators who had tried to force their way into the town hall of Saint-Ogier-sur-Canche during a protest against the opening of a reception centre for asylum seekers, the prefecture said.`,
    },
    b: {
      lang: 'fr',
      text: `Les gendarmes ont fait usage d'un canon à eau samedi pour disperser les manifestants qui tentaient de forcer l'entrée de la mairie de Saint-Ogier-sur-Canche, lors d'un rassemblement contre l'ouverture d'un centre d'accueil pour demandeurs d'asile, selon la préfecture.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Force used outside the Saint-Ogier-sur-Canche town hall: tear gas against a water cannon.`,
  },
  {
    id: 'fr-h10-afghan-asylum-registration-order-denied',
    a: {
      lang: 'en',
      text: `The French interior ministry has instructed prefectures to stop registering asylum claims from Afghan nationals, aid groups said on Monday, citing an internal memo.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministère de l'Intérieur a démenti lundi avoir demandé aux préfectures de cesser d'enregistrer les demandes d'asile des ressortissants afghans, assurant qu'aucune note interne en ce sens n'existait.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Order to stop registering Afghan asylum claims: reported by aid groups, denied by the ministry (a démenti).`,
  },
  {
    id: 'fr-h10-mestiri-expulsion-suspended-vs-upheld',
    a: {
      lang: 'en',
      text: `The administrative court in Marseille on Thursday suspended the expulsion order against Rayen Mestiri, a Tunisian student and activist, his lawyer said.`,
    },
    b: {
      lang: 'fr',
      text: `Le tribunal administratif de Marseille a validé jeudi l'arrêté d'expulsion visant Rayen Mestiri, étudiant et militant tunisien, a fait savoir son avocate.`,
    },
    kind: 'event',
    relation: 'conflict',
    note: `Court ruling on Mestiri's expulsion order: suspended against validé (upheld).`,
  },
  // event, apart
  {
    id: 'fr-h10-apart-marcoussis-meets-other',
    a: {
      lang: 'en',
      text: `France's minister delegate for citizenship, Thibault Marcoussis, met Britain's border security minister in London on Monday to discuss the returns scheme for migrants crossing the Channel.`,
    },
    b: {
      lang: 'fr',
      text: `Le ministre délégué chargé de la Citoyenneté, Thibault Marcoussis, s'est entretenu lundi à Rome avec le ministre italien de l'Intérieur au sujet des contrôles à la frontière franco-italienne.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Marcoussis meets the British border security minister in London in one, the Italian interior minister in Rome in the other.`,
  },
  {
    id: 'fr-h10-apart-mosque-graffiti-other-town',
    a: {
      lang: 'en',
      text: `A mosque in Kerdrévan, in Brittany, was daubed with racist and anti-migrant graffiti overnight, the prefecture said, adding that an investigation had been opened.`,
    },
    b: {
      lang: 'fr',
      text: `Une mosquée de Plouzévet (Finistère) a été recouverte dans la nuit de tags racistes et hostiles aux migrants, a indiqué la préfecture, qui précise qu'une enquête a été ouverte.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Racist graffiti on a mosque, but in Kerdrévan in one and in Plouzévet in the other.`,
  },
  {
    id: 'fr-h10-apart-calais-port-blockade-other-date',
    a: {
      lang: 'en',
      text: `Fishermen blocked access to the port of Calais on 14 March, halting ferry traffic to Dover, in protest against post-Brexit licensing rules, the port authority said.`,
    },
    b: {
      lang: 'fr',
      text: `Les marins-pêcheurs ont bloqué l'accès au port de Calais le 28 mars, paralysant les liaisons transmanche vers Douvres, pour protester contre les règles de licences post-Brexit, a indiqué la direction du port.`,
    },
    kind: 'event',
    relation: 'apart',
    note: `Fishermen's blockade of the port of Calais, but on 14 March in one and on 28 March in the other.`,
  },
  // quote
  {
    id: 'fr-h10-quote-lequellec-children-outside',
    a: {
      lang: 'en',
      text: `Sandrine Lequellec, president of the Calais association Les Amarres Solidaires, said after the eviction: "Chaque nuit, des enfants dorment dehors, sous la pluie, et personne ne bouge."`,
    },
    b: {
      lang: 'fr',
      text: `«\u202fChaque nuit, des enfants dorment dehors, sous la pluie, et personne ne bouge\u202f», a dénoncé Sandrine Lequellec, présidente de l'association calaisienne Les Amarres Solidaires, après l'évacuation.`,
    },
    kind: 'quote',
    relation: 'agree',
    note: `Lequellec on children sleeping outside, quoted in French with the same words in both.`,
  },
  {
    id: 'fr-h10-quote-ackerley-altered',
    a: {
      lang: 'en',
      text: `Fiona Ackerley, a director at the UK Border Force, said on Thursday: "Every boat we stop on the beach is a life we may have saved."`,
    },
    b: {
      lang: 'fr',
      text: `«\u202fEvery boat we stop on the beach is a life we have saved\u202f», a affirmé jeudi Fiona Ackerley, directrice au sein de la Border Force britannique.`,
    },
    kind: 'quote',
    relation: 'conflict',
    note: `Ackerley (Border Force) on stopped boats: "a life we may have saved" against "a life we have saved".`,
  },
  {
    id: 'fr-h10-apart-quote-lequellec-other-matter',
    a: {
      lang: 'en',
      text: `On the closure of the day centre in Calais, Sandrine Lequellec said: "On retire aux exilés le seul endroit où ils pouvaient se laver."`,
    },
    b: {
      lang: 'fr',
      text: `Interrogée sur les amendes infligées à des bénévoles, Sandrine Lequellec a déclaré\u00a0: «\u202fLa solidarité n'est pas un délit.\u202f»`,
    },
    kind: 'quote',
    relation: 'apart',
    note: `Same speaker, Lequellec, but on the day centre's closure in one and on fines for volunteers in the other.`,
  },
];
