/** What every claim kind shares: provenance, attribution, frame and the concepts used to align it. */
import type { Attribution, Modality, Polarity, QuantityClaim } from '../../types';
import type { DocContext } from './context';
import type { SentenceMentions } from './mentions';
import { toAttribution, type FoundQuote } from './quote';
import { nameKey } from './attribution';
import { sentenceFrame } from './frame';

/** The fields common to every claim kind. */
export type ClaimBaseFields = Omit<QuantityClaim, 'kind' | 'bound' | 'dimension'>;

export interface BaseExtras {
  /** A concept to leave out of the claim's context (the counted thing itself). */
  readonly exclude?: string | undefined;
  readonly polarity?: Polarity;
  readonly modality?: Modality;
  /** Concepts the claim itself names, put first. */
  readonly own?: readonly string[];
}

export type ClaimBaseBuilder = (start: number, end: number, sentence: number, extras?: BaseExtras) => ClaimBaseFields;

/** Concept ids and entity keys of a sentence, for alignment ("migrant", "cty:MX", "ent:ramirez"). */
export function contextConcepts(m: SentenceMentions, exclude?: string): string[] {
  const out = new Set<string>();
  for (const c of m.concepts) for (const id of c.concepts) if (id !== exclude) out.add(id);
  for (const e of m.entities) out.add(entityKey(e.type, e.key));
  return [...out];
}

export function entityKey(type: string, key: string): string {
  if (type === 'country') return `cty:${key}`;
  if (type === 'org') return `org:${key}`;
  return `ent:${type === 'person' || type === 'name' ? nameKey(key) : key}`;
}

/** The quote (in text order) whose words hold [start, end), by binary search. */
function quoteAround(quotes: readonly FoundQuote[], start: number, end: number): FoundQuote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.innerStart <= start) lo = mid + 1;
    else hi = mid;
  }
  // Quotes do not nest in the list, so the last one opening at or before start is the only candidate.
  const q = quotes[lo - 1];
  return q && end <= q.span.innerEnd ? q : undefined;
}

/** Builds the common fields of claims in one document. */
export function baseBuilder(ctx: DocContext, quotes: readonly FoundQuote[]): ClaimBaseBuilder {
  const text = ctx.seg.doc.text;
  const speakers = new Map<number, { attribution?: Attribution; reported: boolean }>();
  const sentenceAttribution = (i: number): { attribution?: Attribution; reported: boolean } => {
    let hit = speakers.get(i);
    if (!hit) {
      const sp = ctx.sentenceSpeaker(i);
      hit = sp.speaker ? { attribution: toAttribution(ctx, sp.speaker), reported: true } : { reported: sp.reported };
      speakers.set(i, hit);
    }
    return hit;
  };
  const sentences = ctx.seg.sentences;
  return (start, end, i, extras = {}) => {
    const s = sentences[i]!;
    // A quote may run over several sentences: the claim's sentence span covers them all.
    let last = i;
    while (last + 1 < sentences.length && sentences[last]!.end < end) last++;
    const sentenceEnd = Math.max(s.end, sentences[last]!.end);
    const sentenceStart = Math.min(s.start, start);
    const inQuote = quoteAround(quotes, start, end);
    const said = inQuote ? undefined : sentenceAttribution(i);
    const attribution = inQuote ? (inQuote.speaker ? toAttribution(ctx, inQuote.speaker) : undefined) : said?.attribution;
    const context = contextConcepts(ctx.mentions[i]!, extras.exclude);
    const concepts = [...new Set([...(extras.own ?? []), ...context])];
    return {
      id: '',
      documentId: ctx.seg.doc.id,
      span: ctx.span(start, end),
      text: text.slice(start, end),
      sentence: ctx.span(sentenceStart, sentenceEnd),
      sentenceText: text.slice(sentenceStart, sentenceEnd),
      language: s.language,
      polarity: extras.polarity ?? 'positive',
      modality: extras.modality ?? (attribution || inQuote || said?.reported ? 'reported' : 'asserted'),
      ...(attribution ? { attribution } : {}),
      frame: sentenceFrame(ctx.frame, ctx.dates[i] ?? [], ctx.mentions[i]!, s),
      concepts,
    };
  };
}
