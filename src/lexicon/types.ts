/**
 * The shapes of claimdiff's language data. Everything a language needs lives in tables of these
 * shapes under `src/lexicon/<lang>/`; the extractors read only these tables, so adding a language
 * means adding tables, not editing code.
 */

/** What kind of thing a concept names; decides which role a mention can fill in a claim. */
export type ConceptType =
  | 'actor' // people, groups, forces, officials: can be the agent or patient of an event
  | 'action' // what someone does: verbs and their nominalisations
  | 'instrument' // what an action is done with: weapons, crowd-control agents, vehicles, documents
  | 'thing' // other objects and notions: fence, bridge, caravan, visa, jobs, aid
  | 'place' // kinds of place: border, river, camp, capital (not names of places)
  | 'org' // institutions and international bodies: UN, UNHCR, EU, Red Cross
  | 'country' // countries, keyed by ISO 3166-1 alpha-2 code in upper case ('MX', 'US', 'SE')
  | 'quality'; // properties that matter for comparison: illegal, violent, peaceful, dead, injured

/** A language-independent concept. Ids are snake_case English ('riot_police', 'tear_gas'). */
export interface ConceptDef {
  readonly id: string;
  readonly type: ConceptType;
  /** A broader concept this one is a kind of: 'riot_police' → 'police', 'migrant' → 'person'. */
  readonly broader?: string;
  /**
   * For instruments and actions: a class whose members are alternatives to each other, so two
   * sources naming different members for the same act disagree ('tear_gas' and 'pepper_spray'
   * are both in 'chemical_irritant'; 'rubber_bullets' is in 'impact_projectile').
   */
  readonly group?: string;
  /**
   * For gear a force wears: the kind of force it marks ('riot_gear' → 'riot_police'), so that
   * "police, in full riot gear," is riot police and the gear is not an instrument of the act.
   */
  readonly marks?: string;
  /** For actions and qualities: the concept that states the opposite ('allow' ↔ 'block'). */
  readonly antonym?: string;
  /**
   * For things a figure counts: the kind of actor each one stands for, when news counts the same
   * thing either way ('job' → 'worker': "cut 340 jobs", "varslar 340 anställda").
   */
  readonly counts?: string;
}

/**
 * One language's words for concepts: concept id → terms. A term is a lemma or a multi-word
 * phrase in lower case ('tear gas', 'pepper spray', 'kravallpolis'); matching is by Snowball stem,
 * word by word, so inflected forms ('migranterna', 'poliser', 'threw') need no entry of their own
 * unless the stem differs (irregular verbs: list 'threw' and 'thrown' beside 'throw'). A term
 * written with a leading '=' matches only as written, for words whose stem another word shares
 * ('=empleo', a job, is not 'empleó', used).
 */
export type TermTable = Readonly<Record<string, readonly string[]>>;

/** How a hedge bounds the number it goes with. */
export type Bound =
  | 'exact'
  | 'approximate'
  | 'atLeast'
  | 'moreThan'
  | 'atMost'
  | 'lessThan'
  | 'range'
  | 'vague';

/** A hedge phrase and where it stands relative to the number ('nearly 3,000'; '3,000 or more'). */
export interface HedgeDef {
  readonly phrase: string;
  readonly bound: Bound;
  readonly position: 'before' | 'after';
  /** True for hedges that mean "a little below" ('nearly', 'nästan'): read as [0.9 × n, n]. */
  readonly below?: boolean;
}

/** A vague amount as an interval: 'hundreds' → [200, 999]. */
export interface VagueDef {
  readonly phrase: string;
  readonly low: number;
  readonly high: number;
}

/** A unit as written in one language, mapped to a unit id of `src/lexicon/units.ts`. */
export interface UnitTerm {
  readonly phrase: string;
  readonly unit: string;
  /** Symbols such as '$' and '€' stand before the number; most words stand after it. */
  readonly position: 'before' | 'after';
}

/** One language's number grammar. */
export interface NumberLexicon {
  /** The decimal mark: '.' in English, ',' in Swedish, German, Spanish and French. */
  readonly decimalMark: '.' | ',';
  /** Characters that group thousands: ',' in English; ' ', '\u00a0', '\u202f' (and '.' in de/es). */
  readonly groupMarks: readonly string[];
  /** Number words: 'one' → 1, 'dozen' → 12, 'tjugo' → 20, 'hundred' → 100. */
  readonly words: Readonly<Record<string, number>>;
  /** Words that multiply a preceding number: 'thousand' → 1e3, 'million' → 1e6, 'miljoner' → 1e6. */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Vague amounts: 'hundreds', 'several hundred', 'thousands', 'tens of thousands', 'hundratals'. */
  readonly vague: readonly VagueDef[];
  /** Hedges: 'nearly', 'about', 'at least', 'more than', 'up to', 'uppemot', 'or more'. */
  readonly hedges: readonly HedgeDef[];
  /** Words that join the ends of a range: [['between', 'and'], ['from', 'to']], [['mellan', 'och']]. */
  readonly rangeWords: readonly (readonly [string, string])[];
  /** Units as written: 'km', 'kilometres', 'miles', 'percent', '%', 'kronor', '$', 'dollars'. */
  readonly units: readonly UnitTerm[];
  /** Words for increase/decrease next to a number: 'rose', 'fell', 'cut', 'ökade', 'minskade'. */
  readonly change: { readonly increase: readonly string[]; readonly decrease: readonly string[] };
}

/** One language's function words and phrases that the extractors key on. All in lower case. */
export interface GrammarLexicon {
  /** Words that negate a verb: 'not', "n't", 'never', 'no'; 'inte', 'ej', 'aldrig', 'inga'. */
  readonly negations: readonly string[];
  /** Verbs that attribute speech, in every inflected form used in news: 'said', 'says', 'told'. */
  readonly speechVerbs: readonly string[];
  /** Phrases that attribute a claim to a source before it: 'according to', 'enligt', 'según'. */
  readonly accordingTo: readonly string[];
  /** Personal pronouns that can stand for a speaker, by kind. */
  readonly pronouns: {
    readonly male: readonly string[];
    readonly female: readonly string[];
    readonly plural: readonly string[];
  };
  /** Prepositions that introduce a place name: 'in', 'at', 'near', 'from'; 'i', 'vid', 'från'. */
  readonly placePrepositions: readonly string[];
  /** Words that mark a claim's modality (verb forms, as written). */
  readonly modality: {
    readonly threatened: readonly string[];
    readonly planned: readonly string[];
    readonly denied: readonly string[];
    readonly hypothetical: readonly string[];
    /**
     * A `hypothetical` word that is also a preposition, and the words after which it is the
     * preposition: Swedish 'om' in "norr om staden", "förslaget om" (while "om Mexiko inte
     * stoppar" is a condition).
     */
    readonly alsoPreposition?: { readonly word: string; readonly after: readonly string[] };
  };
  /** Phrases that open a dateline with the publication date: 'posted on', 'published', 'publicerad'. */
  readonly datelines: readonly string[];
  /** Titles and roles stripped from a person's name: 'president', 'secretary of state', 'utrikesminister'. */
  readonly titles: readonly string[];
  /** The word that introduces the agent of a passive: 'by', 'av', 'von', 'por', 'par'. */
  readonly passiveAgent?: readonly string[];
  /** A verb ending that makes it passive on its own: 's' in Swedish ("skingrades"). */
  readonly passiveSuffix?: string;
  /** Auxiliaries that make the verb after them passive: 'was', 'were', 'been'; 'wurde', 'fue'. */
  readonly passiveAuxiliaries?: readonly string[];
  /**
   * Single words that open a new clause ('while', 'whereas', 'before'; 'medan', 'innan'): the
   * patient of a verb is not looked for past one.
   */
  readonly clauseOpeners?: readonly string[];
  /**
   * Infinitive markers ('to'; 'att'; 'zu'; 'para'; 'pour'): a verb after one shares the subject of
   * the verb before it ("police rushed forward to stop them").
   */
  readonly infinitiveMarkers?: readonly string[];
  /**
   * Auxiliaries of a perfect that sends the participle to the end of the clause ('hat', 'haben',
   * 'ist' in German): the subject stands before the auxiliary, the object between it and the verb.
   */
  readonly perfectAuxiliaries?: readonly string[];
  /**
   * Words that join two verbs of one subject ('und', 'oder'): after a participle that ends its
   * clause ("hat die Kontrollen beendet und die EU-Kommission unterrichtet") they end the clause;
   * nor does a description of a name run past one ("i Klintarp, och polisen").
   */
  readonly coordinators?: readonly string[];
  /**
   * Words after a noun of an act that introduce whom it was done to, where a verb-second language
   * would else read the noun after it as the doer: 'av' ("gripandet av lastbilschauffören"),
   * 'von'/'des' ("die Festnahme des Mannes").
   */
  readonly actObjectMarkers?: readonly string[];
  /**
   * Endings that make a word of an act a noun where there are no part-of-speech tags: 'ningen',
   * 'andet' (Swedish). German nouns are known by their capital.
   */
  readonly actNounEndings?: readonly string[];
  /**
   * Titles of an office whose "de" names its field, not a place: 'consejera' ("la consejera de
   * Bienestar Social"), 'ministre' ("le ministre de l'Intérieur"). Lower case.
   */
  readonly fieldTitles?: readonly string[];
  /**
   * Object pronouns that, standing before a verb, are its subject ("hindra dem att ta sig över",
   * "stopped them from crossing"): the agent is not looked for further back. Not for languages
   * whose object clitics precede the verb (Spanish and French).
   */
  readonly objectPronouns?: readonly string[];
  /**
   * How many words may stand inside a particle verb ("tog sig på fredagen igenom": 2, the
   * default). German sends the particle to the end of the clause ("nahm am Samstag am
   * Grenzübergang einen Schleuser fest"), so its tables allow a whole clause.
   */
  readonly particleGap?: number;
  /**
   * Pieces of words without which a sentence holds no date the library uses: month names, words
   * such as 'yesterday' and 'tonight', units of time ("two days ago"). Matched anywhere in a word,
   * case-insensitively; a sentence with none of them and no digit is not given to the date parser,
   * so the list must hold every piece the parser's own words start with (weekdays too). Without
   * this list every sentence is parsed.
   */
  readonly dateWords?: readonly string[];
  /**
   * Date phrases the date parser (chrono-node) does not know, each with a form it does know of the
   * same meaning and no longer than the phrase: Swedish `['i går', 'igår']`. The span stays the
   * phrase as written.
   */
  readonly dateRewrites?: readonly (readonly [string, string])[];
  /**
   * Prepositions that place one place inside another ("Linlo in Mexico": 'in'; 'i'; 'en'): a
   * name before one and a country is a place. Not 'to' or 'from' ("deported Pablo Ríos to
   * Venezuela"). Without the list, `placePrepositions` are used.
   */
  readonly locativePrepositions?: readonly string[];
  /**
   * Words that link a place noun to its name ("the port town of Puerto Lavera": 'of'): a name
   * after a place noun, directly ("staden Hallbro") or after one of these, is a place.
   */
  readonly placeNounLinks?: readonly string[];
  /**
   * Prepositions of a verb-second language: an actor right after one, before the verb ("Am
   * Frankfurter Flughafen setzte die Polizei …", "Enligt vittnen sköt polisen …"), is not the
   * subject, which then follows the verb. Not the words that join a noun to a noun ('von', 'av':
   * "Hunderte von Migranten").
   */
  readonly prepositions?: readonly string[];
  /**
   * The ending of a genitive written onto the noun ('s' in Swedish: "regeringens förslag"): a
   * noun in the genitive before another word owns that word; it is not a participant itself.
   */
  readonly genitiveSuffix?: string;
  /**
   * The genitive ending a name takes ('s': Swedish "Anderssons", German "Kavanaughs"): such a
   * name where the document also names it bare is the same name.
   */
  readonly nameGenitiveSuffix?: string;
  /** The ending of a gerund the tagger may call a verb where it ends a noun phrase ('ing': "border crossing"). */
  readonly gerundSuffix?: string;
  /**
   * For a tagged language, the plural ending the tagger may call a verb ('s': "valid work permits
   * during" ends a term for a thing).
   */
  readonly pluralSuffix?: string;
  /**
   * Relative pronouns that open a clause about the noun before them ('who', 'som', 'que', 'qui'):
   * a verb after one says something of the counted, not what the figure is said of.
   */
  readonly relativePronouns?: readonly string[];
  /** Words that open the clause a verb of denying governs ('that', 'att', 'dass', 'que'). */
  readonly complementizers?: readonly string[];
  /** Words of contrast that end a denied clause ('but', 'men', 'aber', 'pero', 'mais'). */
  readonly contrasts?: readonly string[];
  /** Passive auxiliaries that also make a future ('werden'): after a verb they say nothing sure. */
  readonly futureAuxiliaries?: readonly string[];
  /**
   * Where adjectives are written in lower case, the endings of a capitalised adjective made from a
   * town's name, each with what the name ends in instead ('Münchner' → 'München': ['ner', 'en']).
   */
  readonly townAdjectiveEndings?: readonly (readonly [string, string])[];
  /**
   * Phrases that say what a bare figure later in the sentence counts ('the number of', 'antalet',
   * 'die Zahl der'): "The number of foreign workers … reached a record 2.94 million".
   */
  readonly numberOf?: readonly string[];
  /**
   * Verb prefixes of compounding languages ('för', 'be'; 'ver', 'zer'): "försökte" is not a kind of
   * "sökte", so a word that is such a prefix plus a verb is not matched by its verb head.
   */
  readonly verbPrefixes?: readonly string[];
  /**
   * Verbs of reported speech ('sei', 'hätten'): after a split verb of denying ("weist den Vorwurf
   * zurück, … sei … abgedreht worden") they mark the clause it denies.
   */
  readonly subjunctives?: readonly string[];
  /**
   * How an adjective or participle before its noun ends, in a language without tags or noun
   * capitals ('misstänkta offer': 'a'): of two words for things after a figure, one so ending
   * describes the next, which is counted.
   */
  readonly adjectiveEndings?: readonly string[];
  /** Words after which a capitalised word is not a name (sentence openers are handled in code). */
  readonly stopwords: readonly string[];
}

/** Country names from i18n-iso-countries: ISO code → the names it knows in one language. */
export interface CountryNames {
  readonly countries: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * Everything claimdiff knows about one language. Register one of these with `registerLanguage()`
 * and the language is switched on: no extractor names a language.
 */
export interface LanguageData {
  /** ISO 639-1 code. */
  readonly code: string;
  /** The Snowball algorithm used for stems ('english', 'swedish', …). */
  readonly stemmer: string;
  /** True where compounds carry concepts ('kravallpolis'): an unknown word is matched by its head. */
  readonly compounds: boolean;
  /** True where the finite verb stands second and the subject may follow it (Swedish, German). */
  readonly verbSecond?: boolean;
  /**
   * True where a noun phrase ends in its head ("farm workers", "misstänkta offer"): of two words
   * for things in a row after a figure, the last is what is counted. Spanish and French put the
   * head first ("ouvriers agricoles").
   */
  readonly headLast?: boolean;
  /** True where every noun is capitalised (German): a lone capitalised word is not a name by itself. */
  readonly capitalisesNouns?: boolean;
  /** Elided articles split off the word they stand before ("l'aide" → "l'" + "aide"). */
  readonly elisions?: readonly string[];
  /** Concept terms, in several tables that are merged. */
  readonly terms: readonly TermTable[];
  readonly numbers: NumberLexicon;
  readonly grammar: GrammarLexicon;
  /** ISO 3166-1 alpha-2 code → demonyms ('mexican', 'mexikansk'). */
  readonly demonyms: Readonly<Record<string, readonly string[]>>;
  readonly countryNames: CountryNames;
}
