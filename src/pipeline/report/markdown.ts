/**
 * A Markdown brief of a report: conflicts, agreements, claims only one source makes, then the
 * coverage matrix. Article text is escaped, so a sentence can never turn into markup.
 */
import type { Alignment, Claim, ClaimKind, Report } from '../../types';
import { coverageMatrix, type CoverageCell } from './coverage';

/** Metadata the caller may pass to name the sources better than the report does. */
interface SourceMeta {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
}

/** Claims only one source makes, listed per document. */
const MAX_SINGLE = 10;
/** Quantities and quotes are what a reader checks first; events are the bulk. */
const KIND_RANK: Readonly<Record<ClaimKind, number>> = { quantity: 0, quote: 1, event: 2 };
const CELL: Readonly<Record<CoverageCell, string>> = { states: '✔', conflicts: '✖', silent: '—' };

/**
 * Renders a report as a Markdown brief. `sources` adds titles and links; ids are used otherwise.
 * @example
 * writeFileSync('brief.md', renderMarkdown(compareClaims(sources), sources));
 */
export function renderMarkdown(report: Report, sources: readonly SourceMeta[] = []): string {
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const names = sourceNames(report, sources);
  const stories = new Map((report.stories ?? []).map((st) => [st.id, st]));
  const storyLine = (a: Alignment) => (stories.size > 1 && stories.get(a.story) ? `Story ${stories.get(a.story)!.id}: ${stories.get(a.story)!.label || 'no shared names'}.` : undefined);
  const conflicting = report.alignments.filter((a) => a.verdict !== 'agree');
  const agreeing = report.alignments.filter((a) => a.verdict === 'agree');
  const out: string[] = [`## Conflicts (${conflicting.length})`, ''];
  if (conflicting.length === 0) out.push('The sources contradict each other on none of the aligned claims.', '');
  for (const a of conflicting) out.push(...alignmentBlock(a, claims, names, storyLine(a)));
  out.push(`## Agreements (${agreeing.length})`, '');
  if (agreeing.length === 0) out.push('No claim is made alike by two sources.', '');
  for (const a of agreeing) out.push(...alignmentBlock(a, claims, names, storyLine(a)));
  out.push(...singleSourceBlock(report, names));
  out.push(...coverageBlock(report, names));
  out.push(...sourcesBlock(report, sources));
  return `${out.join('\n').trimEnd()}\n`;
}

function alignmentBlock(a: Alignment, claims: ReadonlyMap<string, Claim>, names: ReadonlyMap<string, string>, story?: string): string[] {
  const docs = new Set(a.positions.flatMap((p) => p.documentIds));
  const types = a.conflictTypes.length > 0 ? ` (${a.conflictTypes.join(', ')})` : '';
  const what = a.verdict === 'agree' ? 'Agreement' : a.verdict === 'mixed' ? `Mixed${types}` : `Conflict${types}`;
  const out = [`### ${md(a.id)} · ${md(oneLine(a.topic))}`, '', `${what} across ${docs.size} sources.${story ? ` ${md(story)}` : ''}`, ''];
  for (const p of a.positions) {
    out.push(`- *${md(oneLine(p.label) || 'unlabelled')}*: ${p.documentIds.map((d) => md(names.get(d) ?? d)).join(', ')}`);
    const own = p.claimIds.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    for (const group of bySentence(own)) {
      const first = group[0]!;
      out.push(`  - ${md(names.get(first.documentId) ?? first.documentId)}, line ${first.sentence.start.line}: “${boldSentence(group)}”`);
    }
  }
  out.push('', `Why: ${md(oneLine(a.explanation))}`, '');
  return out;
}

/** Claims in no alignment, per document: quantities and quotes first, at most `MAX_SINGLE` each. */
function singleSourceBlock(report: Report, names: ReadonlyMap<string, string>): string[] {
  const aligned = new Set(report.alignments.flatMap((a) => a.positions.flatMap((p) => p.claimIds)));
  const alone = report.claims.filter((c) => !aligned.has(c.id));
  const out = [`## Claims only one source makes (${alone.length})`, ''];
  if (alone.length === 0) out.push('Every claim found is made by more than one source.', '');
  for (const d of report.documents) {
    const own = alone
      .filter((c) => c.documentId === d.id)
      .sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.span.start.offset - y.span.start.offset);
    if (own.length === 0) continue;
    out.push(`### ${md(names.get(d.id) ?? d.id)}`, '');
    for (const c of own.slice(0, MAX_SINGLE)) out.push(`- ${c.kind}, line ${c.sentence.start.line}: “${boldSentence([c])}”`);
    if (own.length > MAX_SINGLE) out.push(`- … and ${own.length - MAX_SINGLE} more`);
    out.push('');
  }
  return out;
}

function coverageBlock(report: Report, names: ReadonlyMap<string, string>): string[] {
  const { documents, rows } = coverageMatrix(report);
  const out = ['## Coverage', ''];
  if (rows.length === 0) return [...out, 'No alignments.', ''];
  out.push('✔ states it (the majority position), ✖ states a conflicting minority position, — says nothing.', '');
  out.push(`| Alignment | Topic | ${documents.map((d) => cell(names.get(d) ?? d)).join(' | ')} |`);
  out.push(`| --- | --- | ${documents.map(() => ':-:').join(' | ')} |`);
  for (const r of rows) out.push(`| ${cell(r.alignmentId)} | ${cell(r.topic)} | ${r.cells.map((c) => CELL[c]).join(' | ')} |`);
  out.push('');
  return out;
}

function sourcesBlock(report: Report, sources: readonly SourceMeta[]): string[] {
  const meta = new Map(sources.map((s) => [s.id, s]));
  const { documents, claims, alignments, conflicts, agreements } = report.stats;
  const out = ['## Sources', '', `${documents} documents, ${claims} claims, ${alignments} alignments: ${conflicts} conflicts, ${agreements} agreements.`, ''];
  for (const d of report.documents) {
    const title = meta.get(d.id)?.title ?? d.title;
    const url = meta.get(d.id)?.url ?? d.url;
    const link = url === undefined ? '' : isWebUrl(url) ? ` <${linkTarget(url)}>` : ` (${md(oneLine(url))})`;
    out.push(`- ${md(d.id)}${title === undefined ? '' : `: ${md(oneLine(title))}`}${link}`);
  }
  return [...out, ''];
}

/** A display name per document id: the caller's title, the report's title, else the id. */
function sourceNames(report: Report, sources: readonly SourceMeta[]): Map<string, string> {
  const meta = new Map(sources.map((s) => [s.id, s]));
  return new Map(report.documents.map((d) => [d.id, oneLine(meta.get(d.id)?.title ?? d.title ?? d.id) || d.id]));
}

/** Claims grouped by the sentence they come from, so a sentence is quoted once. */
function bySentence(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.documentId}\u0000${c.sentence.start.offset}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/** The claims' sentence, escaped, on one line, with the words of every claim in bold. */
function boldSentence(claims: readonly Claim[]): string {
  const pieces = sentencePieces(claims).map((p) => ({ ...p, text: p.text.replace(/\s+/gu, ' ') }));
  return pieces
    .map((p, i) => (p.bold ? bold(p.text, Array.from(pieces[i - 1]?.text ?? '').pop() ?? '', Array.from(pieces[i + 1]?.text ?? '')[0] ?? '') : md(p.text)))
    .join('')
    .trim();
}

/**
 * The sentence of some claims (all from one sentence), cut into pieces that are the claims' own
 * words (`bold`) and the words between; joined, the pieces are exactly `sentenceText`.
 * @example
 * sentencePieces([claim]); // [{ text: 'Police fired ', bold: false }, { text: 'tear gas', bold: true }, …]
 */
export function sentencePieces(claims: readonly Claim[]): { text: string; bold: boolean }[] {
  const sentence = claims[0]?.sentenceText ?? '';
  const ranges = claims
    .map((c) => rangeIn(sentence, c))
    .filter((r): r is [number, number] => r !== undefined)
    .sort((x, y) => x[0] - y[0]);
  // Overlapping claims (an event and the quantity inside it) are bolded as one run.
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: { text: string; bold: boolean }[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: sentence.slice(at, s), bold: false });
    out.push({ text: sentence.slice(s, e), bold: true });
    at = e;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), bold: false });
  return out;
}

/** Where a claim's words stand in its sentence: by offsets, else by search. */
function rangeIn(sentence: string, c: Claim): [number, number] | undefined {
  const s = c.span.start.offset - c.sentence.start.offset;
  const e = c.span.end.offset - c.sentence.start.offset;
  if (s >= 0 && e > s && sentence.slice(s, e) === c.text) return [s, e];
  const i = c.text === '' ? -1 : sentence.indexOf(c.text);
  return i < 0 ? undefined : [i, i + c.text.length];
}

/**
 * Bold that renders: CommonMark only opens `**` before whitespace-free text, and before
 * punctuation only when whitespace or punctuation comes first (", thousands" after "fell" would
 * stay literal). So edge whitespace always moves outside, and edge punctuation too when needed.
 */
function bold(s: string, before: string, after: string): string {
  const cps = Array.from(s);
  let i = 0;
  let j = cps.length;
  const loose = (ch: string): boolean => ch === '' || isSpace(ch) || isPunct(ch);
  const lead = !loose(before) && isPunct(cps[0] ?? '') ? (ch: string) => isSpace(ch) || isPunct(ch) : isSpace;
  const trail = !loose(after) && isPunct(cps[j - 1] ?? '') ? (ch: string) => isSpace(ch) || isPunct(ch) : isSpace;
  while (i < j && lead(cps[i]!)) i++;
  while (j > i && trail(cps[j - 1]!)) j--;
  if (i === j) return md(s);
  return `${md(cps.slice(0, i).join(''))}**${md(cps.slice(i, j).join(''))}**${md(cps.slice(j).join(''))}`;
}

const isSpace = (ch: string): boolean => /^\s$/u.test(ch);
const isPunct = (ch: string): boolean => /^[\p{P}\p{S}]$/u.test(ch);
/** Escapes the characters Markdown reads as markup (and raw HTML) in article text. */
const md = (s: string): string => s.replace(/[\\*_`[\]<>]/gu, '\\$&');
/** A table cell: escaped, on one line, with pipes escaped too. */
const cell = (s: string): string => md(oneLine(s)).replace(/\|/gu, '\\|');
const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const isWebUrl = (url: string): boolean => /^https?:\/\//iu.test(url);
/** An autolink target: characters that would end or break it are percent-encoded. */
const linkTarget = (url: string): string => url.replace(/[\s<>]/gu, (ch) => encodeURIComponent(ch));
