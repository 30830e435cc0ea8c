/** A plain-text summary of a report: conflicts first, each side with its sentences and sources. */
import type { Alignment, Claim, Report } from '../../types';

/**
 * Renders a report as text for a terminal.
 * @example
 * console.log(renderText(compareClaims(sources)));
 */
/** Stories named in the summary line. */
const MAX_STORIES = 10;

export function renderText(report: Report, options: { readonly maxAgreements?: number } = {}): string {
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const lines: string[] = [];
  const { documents, claims: n, alignments, conflicts, agreements } = report.stats;
  lines.push(`${documents} documents, ${n} claims, ${alignments} alignments: ${conflicts} conflicts, ${agreements} agreements`);
  const stories = report.stories ?? [];
  if (stories.length > 1) {
    lines.push(`${stories.length} stories: ${stories.slice(0, MAX_STORIES).map((st) => `${st.id} ${st.label || '(no shared names)'} (${st.documentIds.length})`).join('; ')}${stories.length > MAX_STORIES ? '; …' : ''}`);
  }
  const conflicting = report.alignments.filter((a) => a.verdict !== 'agree');
  const agreeing = report.alignments.filter((a) => a.verdict === 'agree');
  if (conflicting.length > 0) lines.push('', 'CONFLICTS');
  for (const a of conflicting) lines.push(...alignmentLines(a, claims));
  if (agreeing.length > 0) lines.push('', 'AGREEMENTS');
  for (const a of agreeing.slice(0, options.maxAgreements ?? agreeing.length)) lines.push(...alignmentLines(a, claims));
  if (agreeing.length > (options.maxAgreements ?? agreeing.length)) lines.push(`  … and ${agreeing.length - options.maxAgreements!} more agreements`);
  if (report.messages.length > 0) {
    lines.push('', 'MESSAGES');
    for (const m of report.messages) lines.push(`  ${m.severity}: ${m.reason} [${m.ruleId}]`);
  }
  return lines.join('\n');
}

function alignmentLines(a: Alignment, claims: ReadonlyMap<string, Claim>): string[] {
  const out = ['', `[${a.id}] ${a.verdict.toUpperCase()}${a.conflictTypes.length > 0 ? ` (${a.conflictTypes.join(', ')})` : ''}: ${a.topic}`];
  for (const p of a.positions) {
    out.push(`  ${p.label}`);
    for (const id of p.claimIds) {
      const c = claims.get(id);
      if (!c) continue;
      out.push(`    ${c.documentId} (line ${c.span.start.line}): ${oneLine(c.sentenceText)}`);
    }
  }
  out.push(`  why: ${a.explanation}`);
  return out;
}

const oneLine = (s: string): string => {
  const flat = s.replace(/\s+/gu, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 217)}…` : flat;
};
