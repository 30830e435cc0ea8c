/** The report in the format asked for, and the `--only conflicts` view of a report. */
import { renderClaimReview } from '../pipeline/report/claimreview';
import { renderHtml } from '../pipeline/report/html';
import { renderMarkdown } from '../pipeline/report/markdown';
import { renderText } from '../pipeline/report/text';
import type { Claim, Report, SourceDocument } from '../types';
import type { Format } from './args';

/**
 * The output for one format, ending in a line break.
 * @example
 * render(report, sources, 'md', false); // '## Conflicts (2)\n…'
 */
export function render(report: Report, sources: readonly SourceDocument[], format: Format, onlyConflicts: boolean): string {
  switch (format) {
    case 'text':
      return `${renderText(report)}\n`;
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md': {
      const md = renderMarkdown(report, sources);
      return onlyConflicts ? withoutSections(md, ['## Agreements', '## Claims only one source makes']) : md;
    }
    case 'html':
      return renderHtml(report, sources);
    case 'claimreview':
      return `${JSON.stringify(renderClaimReview(report, sources), null, 2)}\n`;
  }
}

/**
 * The report cut down to its conflicts (and mixed verdicts, which are conflicts to a reader) and
 * the claims they rest on, with the counts redone so they describe what is left.
 * @example
 * onlyConflicts(report).alignments.every((a) => a.verdict !== 'agree'); // true
 */
export function onlyConflicts(report: Report): Report {
  const alignments = report.alignments.filter((a) => a.verdict !== 'agree');
  const used = new Set(alignments.flatMap((a) => a.positions.flatMap((p) => p.claimIds)));
  const claims = report.claims.filter((c) => used.has(c.id));
  const claimsByKind: Record<Claim['kind'], number> = { quantity: 0, event: 0, quote: 0 };
  for (const c of claims) claimsByKind[c.kind]++;
  return {
    ...report,
    claims,
    alignments,
    stats: {
      ...report.stats,
      claims: claims.length,
      claimsByKind,
      alignments: alignments.length,
      conflicts: alignments.filter((a) => a.verdict === 'conflict').length,
      agreements: 0,
    },
  };
}

/**
 * Markdown without the `## ` sections that start with one of `headings`. In a conflicts-only
 * report they would mislead: "no agreements" and "claims only one source makes" are about the
 * claims left out, not about the sources. Article text never starts a line with `## `: the
 * renderer puts every sentence in a list item.
 */
function withoutSections(md: string, headings: readonly string[]): string {
  const out: string[] = [];
  let dropping = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) dropping = headings.some((h) => line.startsWith(h));
    if (!dropping) out.push(line);
  }
  return out.join('\n');
}
