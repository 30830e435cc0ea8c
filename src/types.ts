/**
 * Every public type of claimdiff. A report is plain data: it survives
 * `JSON.parse(JSON.stringify(report))` unchanged.
 */
import type { Bound } from './lexicon/types';

export type { Bound } from './lexicon/types';

/** A language claimdiff has tables for. Other languages are segmented but yield no claims. */
export type LanguageCode = 'en' | 'sv' | 'de' | 'es' | 'fr';

/**
 * One article to compare.
 * @example
 * const source: SourceDocument = { id: 'voa', text: 'The march of nearly 3,000 people…', language: 'en' };
 */
export interface SourceDocument {
  /** A unique id; reports refer to the document by it. */
  readonly id: string;
  /** The article's plain text. Offsets in the report index into this string. */
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly publisher?: string;
  /** When the article was published (ISO 8601 date or date-time); resolves "on Friday". */
  readonly publishedAt?: string;
  /** ISO 639-1 code; when given it wins over detection. */
  readonly language?: string;
}

/** A place in a document: line and column from 1, offset from 0 in UTF-16 code units. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A half-open range of a document: `text.slice(start.offset, end.offset)`. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** Whether a claim is asserted as true or negated ("police did not use tear gas"). */
export type Polarity = 'positive' | 'negative';

/** How a claim is put forward. */
export type Modality = 'asserted' | 'reported' | 'threatened' | 'planned' | 'denied' | 'hypothetical';

/** Who the article says a claim comes from ("Ramirez said", "according to CNN"). */
export interface Attribution {
  /** The source as the article names it, titles stripped ("Ana Ramirez"). */
  readonly name: string;
  /** The words as written, with titles ("Foreign Minister Ana Ramirez"). */
  readonly text: string;
  readonly span: Span;
  /** A key that matches other mentions of the same source across articles ("ramirez"). */
  readonly key: string;
  /** True when the article referred to the speaker by a pronoun that was resolved. */
  readonly resolvedFromPronoun?: boolean;
}

/** The date and place a claim is about, as far as the article says. */
export interface EventFrame {
  /** ISO date (YYYY-MM-DD) of the event, when known. */
  readonly date?: string;
  /** Where the date came from. */
  readonly dateSource?: 'sentence' | 'dateline' | 'publishedAt' | 'document';
  /** The day of the week (0 = Sunday … 6 = Saturday) the sentence names without a day and month ("on Monday"). */
  readonly weekday?: number;
  /** Named places, most specific first, folded for matching ("santa rosa"). */
  readonly places: readonly string[];
  /** Other names given, which another language may mark as places. */
  readonly names?: readonly string[];
  /**
   * Places of `places` the sentence names as the wider area of another ("Coahuila" in "Piedras
   * Negras (Coahuila)"): two towns in one area are still two places.
   */
  readonly within?: readonly string[];
  /** For a sentence's own frame: the frame of its document. */
  readonly document?: { readonly places: readonly string[]; readonly names?: readonly string[] };
}

interface ClaimBase {
  /** Unique within a report ("c12"). */
  readonly id: string;
  readonly documentId: string;
  /** The words the claim rests on. */
  readonly span: Span;
  /** `document.text.slice(span.start.offset, span.end.offset)`. */
  readonly text: string;
  /** The sentence the claim comes from. */
  readonly sentence: Span;
  readonly sentenceText: string;
  readonly language: string;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly attribution?: Attribution;
  readonly frame: EventFrame;
  /** Language-independent concept ids the claim mentions, used to align it. */
  readonly concepts: readonly string[];
}

/** What a quantity counts: "people" in "nearly 3,000 people", mapped to a concept. */
export interface Counted {
  /** The head word as written ("people", "migranter"). */
  readonly text: string;
  /** Its concept id ("person", "migrant"), when the lexicon knows it. */
  readonly concept?: string;
  /** Concepts of the surrounding phrase ("convoy"), which tell one count from another. */
  readonly context: readonly string[];
  /** ISO code of the country the counted come from, when a demonym says so ("52 Albanian nationals": "AL"). */
  readonly origin?: string;
}

/** A number the article states, with its hedge, unit and what it counts. */
export interface QuantityClaim extends ClaimBase {
  readonly kind: 'quantity';
  /** The point value (the midpoint of a range; undefined for a vague amount). */
  readonly value?: number;
  /** The interval the words allow; undefined ends are open. */
  readonly low?: number;
  readonly high?: number;
  readonly bound: Bound;
  /** A unit id ("km", "pct", "USD"); undefined for a plain count. */
  readonly unit?: string;
  /** The unit's dimension ("length", "money", "count"). */
  readonly dimension: string;
  /** Value, low and high in the dimension's base unit (metres for length). */
  readonly base?: { readonly value?: number; readonly low?: number; readonly high?: number };
  readonly change?: 'increase' | 'decrease';
  readonly counted?: Counted;
  /** The act the number is said of, when one stands near it ("sent" in "sent 500 police"). */
  readonly predicate?: { readonly text: string; readonly concepts: readonly string[] };
  /** The hedge as written ("nearly", "uppemot"). */
  readonly hedge?: string;
}

/** A mention of a participant in an event, with its concept when known. */
export interface Participant {
  readonly text: string;
  readonly span: Span;
  /** Concept id ("police", "migrant") or a person/place key ("ramirez"). */
  readonly concept: string;
}

/** Who did what to whom, with what, where and when. */
export interface EventClaim extends ClaimBase {
  readonly kind: 'event';
  /** The action's concept id ("act_use_force") and the verb as written ("threw"). */
  readonly action: { readonly concept: string; readonly text: string; readonly span: Span };
  readonly agent?: Participant;
  readonly patient?: Participant;
  readonly instruments: readonly Participant[];
  /** Where it happened, when the clause names the place ("in Santa Rosa"). */
  readonly place?: Participant;
  /** Named places, people and organisations the claim mentions. */
  readonly entities: readonly Participant[];
}

/** Words the article puts in someone's mouth. */
export interface QuoteClaim extends ClaimBase {
  readonly kind: 'quote';
  /** The quoted words without the quote marks. */
  readonly quote: string;
  /** True for a fragment inside a sentence ("in the strongest terms"). */
  readonly fragment: boolean;
}

/** One thing an article claims. Switch on `kind`. */
export type Claim = QuantityClaim | EventClaim | QuoteClaim;
export type ClaimKind = Claim['kind'];

/** How the sources stand on one aligned thing. */
export type Verdict = 'agree' | 'conflict' | 'mixed';

/** Why a conflict is a conflict. */
export type ConflictType =
  | 'value'
  | 'instrument'
  | 'agent'
  | 'negation'
  | 'antonym'
  | 'quote-altered'
  | 'misattributed';

/** A side in an alignment: claims that agree with each other. */
export interface Position {
  /** What this side says, in words ("about 3,000", "pepper spray"). */
  readonly label: string;
  readonly claimIds: readonly string[];
  readonly documentIds: readonly string[];
}

/** Claims from several documents about the same thing, and how they stand. */
export interface Alignment {
  readonly id: string;
  /** What the claims are about, in words ("people in the convoy"). */
  readonly topic: string;
  readonly kind: ClaimKind;
  readonly verdict: Verdict;
  readonly conflictTypes: readonly ConflictType[];
  /** Claims in one position agree; claims in different positions conflict. */
  readonly positions: readonly Position[];
  /** Why the verdict is what it is, for a person to read. */
  readonly explanation: string;
  /** How much the claims have in common, 0 to 1. */
  readonly score: number;
  /** The id of the story its documents belong to (see `Report.stories`). */
  readonly story: string;
}

/**
 * Documents that tell one story. Many documents at once (more than 50) are grouped by the names
 * they share before claims are compared; fewer are always one story.
 */
export interface Story {
  /** "s1", "s2", … */
  readonly id: string;
  /** The names most of its documents mention ("puerto alvar · mendes"); empty when none. */
  readonly label: string;
  readonly documentIds: readonly string[];
}

/** A problem with the input that did not stop the rest. */
export interface Message {
  readonly severity: 'error' | 'warning' | 'info';
  readonly reason: string;
  readonly ruleId: string;
  readonly documentId?: string;
  readonly span?: Span;
}

/** A document as the report describes it. */
export interface DocumentInfo {
  readonly id: string;
  readonly language: string;
  /** How the language was found. */
  readonly languageSource: 'caller' | 'detected' | 'default';
  readonly title?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly publishedAt?: string;
  readonly length: number;
  readonly sentences: number;
  readonly frame: EventFrame;
}

/** Counts that describe a run. */
export interface ReportStats {
  readonly documents: number;
  readonly sentences: number;
  readonly claims: number;
  readonly claimsByKind: Readonly<Record<ClaimKind, number>>;
  readonly alignments: number;
  readonly conflicts: number;
  readonly agreements: number;
  /** Claim pairs alignment compared, and the all-pairs count it avoided. */
  readonly pairsExamined: number;
  readonly pairsPossible: number;
}

/** What `compareClaims()` returns. */
export interface Report {
  readonly schemaVersion: 1;
  readonly documents: readonly DocumentInfo[];
  readonly claims: readonly Claim[];
  readonly alignments: readonly Alignment[];
  /** The stories the documents were grouped into; alignments name theirs. */
  readonly stories: readonly Story[];
  readonly messages: readonly Message[];
  readonly stats: ReportStats;
}

/** Options for `compareClaims()` and `extractClaims()`. */
export interface CompareOptions {
  /** Claim kinds to extract; all by default. */
  readonly kinds?: readonly ClaimKind[];
  /** The language of documents that give none and cannot be detected; 'en' by default. */
  readonly defaultLanguage?: LanguageCode;
  /** Keep alignments that have at least this many documents; 2 by default. */
  readonly minSources?: number;
  /** Publication date for documents that give none (ISO 8601). */
  readonly publishedAt?: string;
}
