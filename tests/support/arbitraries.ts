/**
 * fast-check arbitraries for the robustness tests: Unicode text biased to the cases that break
 * text tools, mixes of real news sentences in the five supported languages, and document sets.
 *
 * Sentence data: the sentences below are copied so the tests run without ../shared.
 * - `seeds/…`: the project's own seed articles (this repository, `seeds/`).
 * - `ntrex/…`: NTREX-128 (Federmann, Kocmi and Xin 2022), CC BY-SA 4.0; copied from
 *   `../shared/dev/ntrex/<lang>/<file>.txt`. Cite as: NTREX-128, Federmann, Kocmi and Xin 2022.
 * Sentences are copied exactly (no-break spaces kept as `\u00a0`), except two seed sentences cut
 * at a clause boundary to keep them short.
 */
import fc from 'fast-check';
import type { LanguageCode, SourceDocument } from '../../src/index';

export const LANGUAGES: readonly LanguageCode[] = ['en', 'sv', 'de', 'es', 'fr'];

/** A real sentence, its language and where it was copied from. */
export interface RealSentence {
  readonly lang: LanguageCode;
  readonly src: string;
  readonly text: string;
}

const S = (lang: LanguageCode, src: string, text: string): RealSentence => ({ lang, src, text });

/** About 80 short real sentences across en, sv, de, es and fr (see the file comment for sources). */
export const SENTENCES: readonly RealSentence[] = [
  // English: seed articles
  S('en', 'seeds/000_f9c875f9ed25f209.txt', 'Several police and an undetermined number of migrants were injured.'),
  S('en', 'seeds/000_f9c875f9ed25f209.txt', 'Four Mexican police officers were injured in the standoff at the Mexican border, Pompeo said Friday.'),
  S('en', 'seeds/000_f9c875f9ed25f209.txt', '“This is an organized effort to come through and violate the sovereignty of Mexico,” Pompeo said.'),
  S('en', 'seeds/000_f9c875f9ed25f209.txt', 'Hundreds of Mexican Federal Police sealed the border as drones and helicopters hovered above the crowd.'),
  S('en', 'seeds/001_270abaaddb37991c.txt', 'Here, police unleashed pepper spray on those trying to get through.'),
  S('en', 'seeds/001_270abaaddb37991c.txt', 'Smoke canisters erupted all around as police forcibly tried to push them back over the border.'),
  S('en', 'seeds/002_081a25efc2fe430a.txt', 'The caravan of nearly 3,000 people left San Pedro Sula in Honduras late last week.'),
  S('en', 'seeds/002_081a25efc2fe430a.txt', 'He said the caravan is "not organic" and is being underwritten by political opponents of the Honduran leadership.'),
  S('en', 'seeds/004_7bbc92c6d2a1935a.txt', 'Border guards used tear gas on a group of around 500 migrants who were attempting to storm the border in Tijuana, Mexico.'),
  S('en', 'seeds/004_7bbc92c6d2a1935a.txt', 'The migrant group has travelled more than 4,000km (2,500 miles) from Central America.'),
  S('en', 'seeds/004_7bbc92c6d2a1935a.txt', 'Mexico has already turned back 11,000 Central American migrants since 19 October, its Interior Ministry said.'),
  // English: NTREX-128
  S('en', 'ntrex/en/reuters.218865.txt', 'At least 384 people have been killed by a powerful earthquake and tsunami that hit the Indonesian city of Palu on Friday, officials said, with the death toll expected to rise.'),
  S('en', 'ntrex/en/reuters.218865.txt', 'In Palu, more than 16,000 people were evacuated after the disaster struck.'),
  S('en', 'ntrex/en/reuters.218865.txt', 'In 1938, a tsunami killed more than 200 people and destroyed hundreds of houses in Donggala.'),
  S('en', 'ntrex/en/cbsnews.248384.txt', 'CBS had 3.1 million, NBC had 2.94 million, MSNBC had 2.89 million and CNN had 2.52 million, Nielsen said.'),
  S('en', 'ntrex/en/cbsnews.248384.txt', '"I\'m standing right here in front of you," one woman said.'),
  S('en', 'ntrex/en/dailymail.co.uk.298732.txt', 'Police have urged people in the area who saw or heard anything to come forward.'),
  S('en', 'ntrex/en/dailymail.co.uk.298732.txt', 'At 2pm two police vans were inside the cordon with another van just outside.'),
  S('en', 'ntrex/en/newsweek.51339.txt', 'Palin faces three Class A misdemeanours, meaning he could be imprisoned for up to a year and fined $250,000.'),
  S('en', 'ntrex/en/rt.com.91334.txt', 'He is alleged to have then paid her $375,000 to keep quiet about the incident, Der Spiegel reported on Friday.'),
  S('en', 'ntrex/en/rt.com.91350.txt', 'It is said to have reached staggering €3.1billion ($3.6bn) - up from initial €2.2 billion.'),
  S('en', 'ntrex/en/newsweek.51338.txt', 'The latest National Hurricane Center models predict 2 to 4 inches of rainfall, with isolated amounts up to 6 inches in the Mogollon Rim of Arizona.'),
  S('en', 'ntrex/en/bbc.381692.txt', 'Lt Col Vann was killed by a German sniper on 4 October 1918 - just over a month before the war ended.'),
  // Swedish: seed article
  S('sv', 'seeds/003_a3b195a945d74b47.txt', 'Gruppen är bara en liten del av de uppemot 4 000 migranter som i en karavan är på väg från Honduras mot Mexiko för att antingen söka jobb där, eller fortsätta norrut mot USA.'),
  S('sv', 'seeds/003_a3b195a945d74b47.txt', 'Enligt myndigheterna tog de sig dock inte förbi poliserna.'),
  S('sv', 'seeds/003_a3b195a945d74b47.txt', 'Efter påtryckningar från USA att stoppa migranterna svarade Mexiko med att placera ut hundratals poliser vid gränsen.'),
  S('sv', 'seeds/003_a3b195a945d74b47.txt', '– Vi ska ta oss in! Vi ska ta oss in tillsammans! skrek en ung man i karavanen.'),
  // Swedish: NTREX-128
  S('sv', 'ntrex/sv/reuters.218865.txt', 'Minst 384 människor har dödats i en kraftfull jordbävning och tsunami som drabbade staden Palu i Indonesien i fredags.'),
  S('sv', 'ntrex/sv/reuters.218865.txt', 'Fler än 16 000 människor evakuerades från Palu efter katastrofen.'),
  S('sv', 'ntrex/sv/reuters.218865.txt', '1938 dödades fler än 200 personer av en tsunami som förstörde hundratals hus i Donggala.'),
  S('sv', 'ntrex/sv/reuters.218865.txt', 'Dussintals byar förstördes och runt 300 personer dödades.'),
  S('sv', 'ntrex/sv/cbsnews.248384.txt', 'ABC hade näst flest med 3,26 miljoner tittare.'),
  S('sv', 'ntrex/sv/cbsnews.248384.txt', '”Jag står ju rakt framför dig”, sa en kvinna.'),
  S('sv', 'ntrex/sv/dailymail.co.uk.298732.txt', 'Polisen har bett personer i området som såg eller hörde något att träda fram.'),
  S('sv', 'ntrex/sv/dailymail.co.uk.298732.txt', 'Klockan 14:00 stod det två polisbilar innanför avspärrningen och en annan precis utanför.'),
  S('sv', 'ntrex/sv/newsweek.51339.txt', 'Hans mor, Sarah Palin, ringde polisen för att anmäla det påstådda brottet.'),
  S('sv', 'ntrex/sv/newsweek.51339.txt', 'Han har också anklagats för ett fall av mindre allvarligt brott enligt klass B, vilket straffas med en dag i fängelse och 2 000 dollar i böter.'),
  S('sv', 'ntrex/sv/rt.com.91350.txt', 'Den sägs ha uppgått till svindlande 3,1 miljarder euro (3,6 miljarder dollar) - jämfört med 2,2 miljarder euro i startskedet.'),
  S('sv', 'ntrex/sv/newsweek.51338.txt', 'National Hurricane Centers senaste modeller förutspår 5–10 cm regn, med isolerade mängder på upp till 15 cm i Mogollon Rim i Arizona.'),
  S('sv', 'ntrex/sv/scotsman.133744.txt', 'Sammanlagt 68 procent av elever som studerade främmande språk fick A i slutprovet Higher Grade.'),
  // German: NTREX-128
  S('de', 'ntrex/de/reuters.218865.txt', 'Mindestens 384 Personen wurden durch ein starkes Erdbeben und einen Tsunami getötet, der am Freitag auf die indonesische Stadt Palu traf, so die Behörden.'),
  S('de', 'ntrex/de/reuters.218865.txt', 'In Palu wurden über 16.000 Personen nach der Katastrophe evakuiert.'),
  S('de', 'ntrex/de/reuters.218865.txt', 'Im Jahr 1938 wurden über 200 Menschen durch einen Tsunami getötet, der hunderte Häuser in Donggala zerstörte.'),
  S('de', 'ntrex/de/reuters.218865.txt', 'Über 1.100 Menschen wurden getötet.'),
  S('de', 'ntrex/de/cbsnews.248384.txt', 'ABC kam mit 3,26\u00a0Millionen Zuschauern an zweiter Stelle.'),
  S('de', 'ntrex/de/cbsnews.248384.txt', '„Ich stehe hier direkt vor Ihnen“, sagte eine Frau.'),
  S('de', 'ntrex/de/dailymail.co.uk.298732.txt', 'Die Polizei fordert die Anwohner auf, sich zu melden, falls sie etwas gesehen oder gehört haben.'),
  S('de', 'ntrex/de/dailymail.co.uk.298732.txt', 'Ein 32-jähriger Mann wurde wegen Mordverdachts festgenommen.'),
  S('de', 'ntrex/de/dailymail.co.uk.298732.txt', 'Um 14:00\u00a0Uhr befanden sich zwei Polizeifahrzeuge innerhalb der Absperrung und ein weiteres Fahrzeug vor der Absperrung.'),
  S('de', 'ntrex/de/newsweek.51339.txt', 'Seine Mutter, Sarah Palin, rief die Polizei, um den angeblichen Angriff zu melden.'),
  S('de', 'ntrex/de/rt.com.91334.txt', 'Angeblich zahlte er ihr anschließend 375.000 Dollar, um sich ihr Schweigen zu dem Vorfall zu erkaufen, so Der Spiegel am Freitag.'),
  S('de', 'ntrex/de/rt.com.91350.txt', 'Anscheinend stiegen die Kosten auf atemberaubende 3,1 Milliarden €, im Vergleich zu den ursprünglich vorgesehenen 2,2 Milliarden €.'),
  S('de', 'ntrex/de/newsweek.51338.txt', 'Anschließend wird der Hurrikan mit 19\u00a0Kilometern pro Stunde nach Norden ziehen.'),
  S('de', 'ntrex/de/scotsman.133744.txt', 'Insgesamt 68\u00a0Prozent der Schüler, die Fremdsprachen lernten, erzielten bei den höheren Prüfungen die Note\u00a0A.'),
  S('de', 'ntrex/de/cbsnews.248384.txt', 'Kavanaugh sagte in einer leidenschaftlichen Aussage, er sei 100%ig sicher, dass dies nicht geschehen sei.'),
  // Spanish: NTREX-128
  S('es', 'ntrex/es/reuters.218865.txt', 'Al menos 384 personas han muerto a causa de un potente terremoto y tsunami que azotó la ciudad indonesia de Palu el pasado viernes, dijeron las autoridades.'),
  S('es', 'ntrex/es/reuters.218865.txt', 'Se prevé que el número de muertos aumentará.'),
  S('es', 'ntrex/es/cbsnews.248384.txt', 'ABC ocupó el segundo lugar, con 3,26\u00a0millones de espectadores.'),
  S('es', 'ntrex/es/cbsnews.248384.txt', 'La CBS tuvo 3,1\u00a0millones, la NBC tuvo 2,94\u00a0millones, MSNBC tuvo 2,89\u00a0millones y la CNN tuvo 2,52\u00a0millones, comentó Nielsen.'),
  S('es', 'ntrex/es/cbsnews.248384.txt', '“Mirándome a la cara”, dijo una mujer.'),
  S('es', 'ntrex/es/cbsnews.248384.txt', '“¿Crees que está contando la verdad al país?”'),
  S('es', 'ntrex/es/dailymail.co.uk.298732.txt', 'La policía ha instado a las personas de la zona que hayan visto u oído algo a que acudan a la policía.'),
  S('es', 'ntrex/es/dailymail.co.uk.298732.txt', 'A las dos de la tarde, había dos furgonetas de policía dentro del cordón y una más fuera.'),
  S('es', 'ntrex/es/newsweek.51339.txt', 'Palin se enfrenta a tres delitos menores de Clase A, lo que significa que podría pasar hasta un año en prisión y recibir una multa de 250.000 dolares.'),
  S('es', 'ntrex/es/newsweek.51339.txt', 'Su madre, Sarah Palin, llamó a la policía para denunciar el presunto ataque.'),
  S('es', 'ntrex/es/newsweek.51318.txt', 'El grupo estima que los fondos garantizados han influido de manera directa en casi 649 millones de personas en todo el mundo.'),
  S('es', 'ntrex/es/newsweek.51338.txt', 'En\u00a01967, el huracán Katrina se acercó a casi 65\u00a0kilómetros de la frontera de Arizona”.'),
  S('es', 'ntrex/es/bbc.381692.txt', 'Al teniente coronel Vann lo mató un francotirador alemán el 4 de octubre de 1918, solo un mes después de que la guerra terminara.'),
  S('es', 'ntrex/es/bbc.381646.txt', 'A sus 24 años, nos contó que no se dio cuenta hasta que llegó a secundaria de que "no todos eran como yo".'),
  S('es', 'ntrex/es/newsweek.51318.txt', '¿Qué es el "Global Citizen Festival"?'),
  // French: NTREX-128
  S('fr', 'ntrex/fr/reuters.218865.txt', 'À Palu, plus de 16\u00a0000\u00a0personnes ont été évacuées suite à la catastrophe.'),
  S('fr', 'ntrex/fr/reuters.218865.txt', 'En 1938, un tsunami a fait plus de 200\u00a0morts et détruit des centaines de résidences à Donggala.'),
  S('fr', 'ntrex/fr/reuters.218865.txt', 'Plus de 1\u00a0100 personnes ont été tuées.'),
  S('fr', 'ntrex/fr/reuters.218865.txt', '2009\u00a0: Un séisme d’une magnitude de\u00a07,6 a secoué la ville de Padang, capitale de la province de Sumatra Ouest.'),
  S('fr', 'ntrex/fr/cbsnews.248384.txt', 'ABC occupait la deuxième place avec une audience atteignant les 3,26 millions.'),
  S('fr', 'ntrex/fr/cbsnews.248384.txt', 'Suivaient CBS (3,1\u00a0millions), NBC (2,94\u00a0millions), MSNBC (2,89\u00a0millions) et CNN (2,52\u00a0millions), toujours d’après Nielsen.'),
  S('fr', 'ntrex/fr/cbsnews.248384.txt', '«\u00a0Ne regardez pas ailleurs, regardez-moi\u00a0», lance l’une des femmes.'),
  S('fr', 'ntrex/fr/dailymail.co.uk.298732.txt', 'La police exhorte les habitants du quartier qui auraient vu ou entendu quelque chose à livrer leur témoignage.'),
  S('fr', 'ntrex/fr/dailymail.co.uk.298732.txt', 'À 14\u00a0h, deux\u00a0fourgons de police étaient postés à l’intérieur du cordon, et un autre à l’extérieur.'),
  S('fr', 'ntrex/fr/newsweek.51339.txt', 'Sa mère, Sarah Palin, a contacté la police pour signaler cette agression présumée.'),
  S('fr', 'ntrex/fr/newsweek.51339.txt', 'Il a également été accusé d’avoir commis une infraction mineure de classe\u00a0B, sanctionnée d’une journée de prison et d’une amende de 2\u00a0000\u00a0dollars.'),
  S('fr', 'ntrex/fr/bbc.381646.txt', '«\u00a0Je ne pouvais pas lui dire\u00a0: «\u00a0Papa, tu ne seras plus là pour être dans la première rangée\u00a0», a-t-il dit.'),
  S('fr', 'ntrex/fr/bbc.381646.txt', 'Son fils porte le même nom que son père Robert, décédé en\u00a02011 à l’âge de 40\u00a0ans des suites d’un cancer du cerveau.'),
  S('fr', 'ntrex/fr/cbsnews.248384.txt', 'Kavanaugh, dans une tirade passionnée, a affirmé être également certain à 100\u00a0% que cela n’était jamais arrivé.'),
  S('fr', 'ntrex/fr/newsweek.51318.txt', 'Le groupe estime que les fonds garantis ont eu jusqu’à présent un impact direct sur près de 649\u00a0millions de personnes à travers le monde.'),
];

/** The real sentences of one language. */
export const sentencesOf = (lang: LanguageCode): readonly string[] => SENTENCES.filter((s) => s.lang === lang).map((s) => s.text);

// ---------------------------------------------------------------------------------------------
// Hard pieces of text
// ---------------------------------------------------------------------------------------------

/** Every quote mark the extractors have to know. */
export const QUOTE_MARKS = ['“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '"', "'"] as const;
/** Hyphen-minus, en dash, em dash, hyphen. */
export const DASHES = ['-', '–', '—', '‐'] as const;

const codePoint = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/** Astral characters (outside the BMP: two UTF-16 code units) and emoji sequences. */
export const astral: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('😀', '🎉', '👍🏽', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇸🇪', '🇲🇽', '#️⃣', '𝐏𝐨𝐥𝐢𝐜𝐞', '𝟑𝟎𝟎𝟎', '𠜎𠜱', '🚓', '💨'),
  codePoint(0x1_0000, 0x10_ffff),
);

/** Combining marks, alone or on a base character. */
export const combining: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', 'e', 'a', 'A', 'n', '3', ' ', '"', '.'), fc.array(fc.oneof(codePoint(0x300, 0x36f), fc.constantFrom('\u20dd', '\u0489', '\u1ab0', '\u0951')), { minLength: 1, maxLength: 4 }))
  .map(([base, marks]) => base + marks.join(''));

/** Right-to-left text and bidirectional controls. */
export const rtl: fc.Arbitrary<string> = fc.constantFrom(
  'مرحبا بالعالم',
  'قالت الشرطة إن ٣٠٠٠ مهاجر',
  'שלום עולם',
  'המשטרה ירתה גז מדמיע',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u202b',
  '\u202c',
  '\u2066',
  '\u2069',
  '٣٠٠٠',
  '۱۲۳',
);

/** C0 and C1 control characters (not the ones used as line breaks on purpose elsewhere). */
export const control: fc.Arbitrary<string> = fc.oneof(codePoint(0, 0x1f), codePoint(0x7f, 0x9f));

/** One half of a surrogate pair with no other half: not valid UTF-16. */
export const loneSurrogate: fc.Arbitrary<string> = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Zero-width and invisible characters. */
export const zeroWidth: fc.Arbitrary<string> = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e');

export const quoteMark: fc.Arbitrary<string> = fc.constantFrom(...QUOTE_MARKS);
export const dash: fc.Arbitrary<string> = fc.constantFrom(...DASHES);

/** Digits in groups separated by spaces, commas, points, no-break spaces: "3 000", "1,2,3", "4.000.000". */
export const spacedDigits: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ',', '.', '\u00a0', '\u202f', ', ', "'", ' , '))
    .map(([groups, sep]) => groups.map((g, i) => (i === 0 ? String(g) : String(g).padStart(3, '0'))).join(sep)),
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }).map((ds) => ds.join(' ')),
  fc.constantFrom('1e308', '9007199254740993', '99999999999999999999999999', '-0', '0.5', '½', '3½', '１２３', '١٢٣', 'Ⅻ', '10^6', '1,000.5', '1.000,5', '2–4', '3-5', '+7', '−12', '%', '5 %', '4,000km', '$3.6bn', '€2.2'),
);

/** Capitalised words and names: the stuff entities and attributions are made of. */
export const capitalised: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Police', 'Pompeo', 'Mike Pompeo', 'Mexico', 'Honduras', 'Trump', 'The', 'A', 'He', 'She', 'They', 'Die Polizei', 'La', 'Mr.', 'Dr.', 'Lt. Col.', 'U.S.', 'St.', 'CNN', 'UNHCR', 'Ciudad Hidalgo', 'San Pedro Sula', 'Friday', 'Fredag', 'Polisen', 'Tecún Umán', 'Île-de-France', 'ÅÄÖ', 'İstanbul'),
  fc
    .tuple(codePoint(0x41, 0x5a), fc.array(codePoint(0x61, 0x7a), { minLength: 0, maxLength: 8 }))
    .map(([first, rest]) => first + rest.join('')),
);

/** Line breaks of every kind. */
export const newline: fc.Arbitrary<string> = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\n \n');

export const whitespace: fc.Arbitrary<string> = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\u202f');

export const punctuation: fc.Arbitrary<string> = fc.constantFrom('.', '.', '!', '?', '…', ',', ',', ';', ':', '(', ')', '[', ']', '...', '?!', '¿', '¡', '/', '&', '%', '$', '€', '£', '#', '@', '*', '•', '·', '。', '؟');

/** Words the extractors react to, in all five languages. */
export const claimWord: fc.Arbitrary<string> = fc.constantFrom(
  'police', 'fired', 'threw', 'used', 'tear gas', 'pepper spray', 'migrants', 'people', 'said', 'told', 'killed', 'injured', 'nearly', 'about', 'more than', 'at least', 'up to',
  'percent', 'km', 'miles', 'dollars', 'not', 'did not', 'never', 'on Friday', 'according to', 'in', 'the', 'of', 'caravan', 'border', 'shots', 'threatened', 'will', 'would',
  'polisen', 'migranter', 'uppemot', 'sa', 'inte', 'Polizei', 'Migranten', 'sagte', 'nicht', 'policía', 'migrantes', 'dijo', 'no', 'police', 'personnes', 'a déclaré', 'pas',
);

/** A piece of a real sentence, cut at any code unit. */
export const fragment: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SENTENCES.map((s) => s.text)), fc.nat(), fc.nat())
  .map(([s, a, b]) => {
    const x = a % (s.length + 1);
    const y = b % (s.length + 1);
    return s.slice(Math.min(x, y), Math.max(x, y));
  });

/** Short arbitrary strings of any code point, and of any grapheme. */
export const anyUnicode: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));

/** One piece of hard text; pieces are concatenated without separators (spaces are pieces too). */
export const hardPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: claimWord, weight: 6 },
  { arbitrary: whitespace, weight: 6 },
  { arbitrary: punctuation, weight: 3 },
  { arbitrary: capitalised, weight: 3 },
  { arbitrary: spacedDigits, weight: 3 },
  { arbitrary: quoteMark, weight: 3 },
  { arbitrary: dash, weight: 2 },
  { arbitrary: newline, weight: 2 },
  { arbitrary: fragment, weight: 2 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: combining, weight: 1 },
  { arbitrary: rtl, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: zeroWidth, weight: 1 },
  { arbitrary: anyUnicode, weight: 1 },
);

/** Text made of hard pieces. */
export const hardText = (maxPieces = 40): fc.Arbitrary<string> => fc.array(hardPiece, { maxLength: maxPieces }).map((ps) => ps.join(''));

// ---------------------------------------------------------------------------------------------
// Real sentences, claim sentences and their mixes
// ---------------------------------------------------------------------------------------------

const separator: fc.Arbitrary<string> = fc.oneof({ arbitrary: fc.constant(' '), weight: 4 }, { arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n'), weight: 3 }, { arbitrary: fc.constantFrom('', '  ', '\t', '\u00a0', '\u2029'), weight: 1 });

/** A real sentence, of one language or of any. */
export const realSentence = (lang?: LanguageCode): fc.Arbitrary<string> => fc.constantFrom(...(lang ? sentencesOf(lang) : SENTENCES.map((s) => s.text)));

const formatNumber = (n: number, lang: LanguageCode, style: number): string => {
  if (style === 0 || n < 1000) return String(n);
  const group = lang === 'en' ? ',' : lang === 'de' || lang === 'es' ? '.' : style === 1 ? ' ' : '\u00a0';
  return n.toLocaleString('en').replace(/,/gu, group);
};

const HEDGES: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['', 'nearly ', 'about ', 'more than ', 'at least ', 'up to ', 'around ', 'fewer than '],
  sv: ['', 'uppemot ', 'cirka ', 'fler än ', 'minst ', 'nästan '],
  de: ['', 'fast ', 'etwa ', 'mehr als ', 'mindestens ', 'bis zu '],
  es: ['', 'casi ', 'unos ', 'más de ', 'al menos ', 'hasta '],
  fr: ['', 'près de ', 'environ ', 'plus de ', 'au moins ', "jusqu'à "],
};

type Template = (n: string, hedge: string, name: string) => string;
const TEMPLATES: Readonly<Record<LanguageCode, readonly Template[]>> = {
  en: [
    (n, h) => `Police fired tear gas at ${h}${n} migrants on Friday.`,
    (n, h) => `Police used pepper spray on ${h}${n} migrants at the border.`,
    (n, h, who) => `The caravan of ${h}${n} people left Honduras, ${who} said.`,
    (n, h) => `At least ${n} people were killed, officials said.` + (h ? ` ${h}${n} were injured.` : ''),
    (n) => `Police fired ${n} shots.`,
    (_n, _h, who) => `Police did not use tear gas, ${who} said.`,
    (_n, _h, who) => `“This is an organized effort to violate the sovereignty of Mexico,” ${who} said.`,
    (n, h) => `Mexico sent ${h}${n} federal police to the southern border.`,
  ],
  sv: [
    (n, h) => `Polisen använde tårgas mot ${h}${n} migranter i fredags.`,
    (n, h) => `Karavanen med ${h}${n} migranter lämnade Honduras.`,
    (_n, _h, who) => `Polisen använde inte pepparspray, sa ${who}.`,
    (_n, _h, who) => `”Det här är en organiserad insats”, sa ${who}.`,
  ],
  de: [
    (n, h) => `Die Polizei setzte Tränengas gegen ${h}${n} Migranten ein.`,
    (n, h) => `Die Karawane mit ${h}${n} Migranten verließ Honduras.`,
    (_n, _h, who) => `„Das ist eine organisierte Aktion“, sagte ${who}.`,
  ],
  es: [
    (n, h) => `La policía lanzó gases lacrimógenos contra ${h}${n} migrantes el viernes.`,
    (n, h) => `La caravana de ${h}${n} personas salió de Honduras.`,
    (_n, _h, who) => `“Es un esfuerzo organizado”, dijo ${who}.`,
  ],
  fr: [
    (n, h) => `La police a tiré des gaz lacrymogènes sur ${h}${n} migrants vendredi.`,
    (n, h) => `La caravane de ${h}${n} personnes a quitté le Honduras.`,
    (_n, _h, who) => `« C'est un effort organisé », a déclaré ${who}.`,
  ],
};

const NAMES = ['Pompeo', 'Mike Pompeo', 'Trump', 'Videgaray', 'the ministry', 'a witness'];

/**
 * A sentence built to yield claims (quantities, events, quotes) with random numbers and hedges,
 * so that documents built from them align, agree and conflict.
 */
export const claimSentence = (lang: LanguageCode): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...TEMPLATES[lang]),
      fc.oneof(fc.constantFrom(500, 3000, 4000, 5000), fc.integer({ min: 1, max: 100_000 })),
      fc.constantFrom(...HEDGES[lang]),
      fc.constantFrom(...NAMES),
      fc.nat(2),
    )
    .map(([t, n, h, who, style]) => t(formatNumber(n, lang, style), h, who));

/** Real and claim sentences of one language joined by spaces and line breaks. */
export const realMix = (lang?: LanguageCode, maxSentences = 5): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(realSentence(lang), claimSentence(lang ?? 'en')), separator), { minLength: 1, maxLength: maxSentences })
    .map((ps) => ps.map(([s, sep]) => s + sep).join(''));

/** A real sentence with a hard piece inserted at any code unit. */
export const mutatedSentence = (lang?: LanguageCode): fc.Arbitrary<string> =>
  fc.tuple(fc.oneof(realSentence(lang), claimSentence(lang ?? 'en')), fc.nat(), hardPiece).map(([s, at, piece]) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + piece + s.slice(i);
  });

/** Real sentences, mutated sentences and hard pieces, interleaved. */
export const mixedText = (lang?: LanguageCode, maxParts = 10): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.tuple(realSentence(lang), separator).map(([s, sep]) => s + sep), weight: 3 },
        { arbitrary: mutatedSentence(lang), weight: 2 },
        { arbitrary: hardPiece, weight: 3 },
      ),
      { maxLength: maxParts },
    )
    .map((ps) => ps.join(''));

/** Any text the tests throw at claimdiff: hard, real, or both. */
export const anyText = (lang?: LanguageCode): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: hardText(), weight: 3 },
    { arbitrary: realMix(lang), weight: 2 },
    { arbitrary: mixedText(lang), weight: 3 },
    { arbitrary: mutatedSentence(lang), weight: 2 },
  );

// ---------------------------------------------------------------------------------------------
// Documents and document sets
// ---------------------------------------------------------------------------------------------

/** Document ids: plain, unicode, and names that collide with Object.prototype. */
export const documentId: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', 'voa', 'svd', 'doc-1', 'doc-10', 'doc-2', '0', '1'), weight: 4 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ' x ', 'ü', '🎉', 'a b', 'a\nb', 'ａ', '\u200bid'), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''), weight: 1 },
);

/** The `language` field: the right code, another supported one, an unsupported one, odd spellings. */
const languageField = (lang: LanguageCode): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constant(lang), weight: 6 },
    { arbitrary: fc.constantFrom(...LANGUAGES), weight: 2 },
    { arbitrary: fc.constantFrom('EN', 'en-GB', 'sv-SE', 'De', 'ja', 'zh-Hant', 'xx', 'e', 'und', ''), weight: 1 },
  );

const publishedAt: fc.Arbitrary<string> = fc.constantFrom('2018-10-19', '2018-10-20T08:00:00Z', '2018-11-25', '2019-01-01T00:00:00+14:00');

/** The text of one document in `lang`: mostly real sentences, sometimes hard text. */
export const documentText = (lang: LanguageCode, maxSentences = 4): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: realMix(lang, maxSentences), weight: 4 },
    { arbitrary: fc.array(claimSentence(lang), { minLength: 1, maxLength: maxSentences }).map((ss) => ss.join(' ')), weight: 3 },
    { arbitrary: mixedText(lang, 2 * maxSentences), weight: 2 },
    { arbitrary: hardText(20), weight: 1 },
  );

/** One document in a random language, with an optional `language` and `publishedAt`. */
export const sourceDocument = (maxSentences = 3): fc.Arbitrary<SourceDocument> =>
  fc.constantFrom(...LANGUAGES).chain((lang) =>
    fc.record(
      { id: documentId, text: documentText(lang, maxSentences), language: languageField(lang), publishedAt },
      { requiredKeys: ['id', 'text'] },
    ),
  );

/** 1–6 documents with unique ids, in mixed languages. */
export const documentSet = (constraints: { minLength?: number; maxLength?: number; maxSentences?: number } = {}): fc.Arbitrary<SourceDocument[]> =>
  fc.uniqueArray(sourceDocument(constraints.maxSentences ?? 3), {
    minLength: constraints.minLength ?? 1,
    maxLength: constraints.maxLength ?? 6,
    selector: (d) => d.id,
  });

/** A document set and the same documents in another order (shrinks towards fewer documents and the same order). */
export const documentSetAndPermutation = (constraints: { minLength?: number; maxLength?: number; maxSentences?: number } = {}): fc.Arbitrary<[SourceDocument[], SourceDocument[]]> =>
  fc.tuple(documentSet(constraints), fc.array(fc.nat(), { minLength: constraints.maxLength ?? 6, maxLength: constraints.maxLength ?? 6 })).map(([docs, keys]): [SourceDocument[], SourceDocument[]] => {
    const order = docs.map((_, i) => i).sort((i, j) => keys[i]! - keys[j]! || j - i);
    return [docs, order.map((i) => docs[i]!)];
  });

/** Two documents in the same or different languages, built to share claims (for symmetry). */
export const documentPair: fc.Arbitrary<[SourceDocument, SourceDocument]> = fc
  .tuple(fc.constantFrom(...LANGUAGES), fc.constantFrom(...LANGUAGES))
  .chain(([la, lb]) =>
    fc.tuple(
      fc.record({ id: fc.constant('A'), text: fc.oneof(documentText(la, 4), fc.array(claimSentence(la), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))), language: fc.constant(la) }, { requiredKeys: ['id', 'text'] }),
      fc.record({ id: fc.constant('B'), text: fc.oneof(documentText(lb, 4), fc.array(claimSentence(lb), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))), language: fc.constant(lb) }, { requiredKeys: ['id', 'text'] }),
    ),
  );
