/** Provenance is exact: every claim's text is the document's text at its span, with line and column right. */
import { describe, expect, it } from 'vitest';
import { compareClaims, type Report, type SourceDocument, type Span } from '../src/index';
import { seedSources } from './support/seeds';

/** Checks every span of a report against the documents; used by every test that builds a report. */
export function expectValidSpans(report: Report, sources: readonly SourceDocument[]): void {
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const check = (text: string, span: Span) => {
    for (const p of [span.start, span.end]) {
      const before = text.slice(0, p.offset);
      const line = before.split('\n').length;
      const column = p.offset - (before.lastIndexOf('\n') + 1) + 1;
      expect({ line: p.line, column: p.column }).toEqual({ line, column });
    }
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
  };
  for (const c of report.claims) {
    const text = texts.get(c.documentId)!;
    expect(c.text).toBe(text.slice(c.span.start.offset, c.span.end.offset));
    expect(c.sentenceText).toBe(text.slice(c.sentence.start.offset, c.sentence.end.offset));
    check(text, c.span);
    check(text, c.sentence);
    expect(c.span.start.offset).toBeGreaterThanOrEqual(c.sentence.start.offset);
    if (c.attribution) check(text, c.attribution.span);
  }
}

describe('spans', () => {
  it('are exact for every claim of the seeds', () => {
    const sources = seedSources();
    const report = compareClaims(sources);
    expect(report.claims.length).toBeGreaterThan(50);
    expectValidSpans(report, sources);
  });

  it('count UTF-16 code units across astral characters, CRLF and no-break spaces', () => {
    const sources = [
      { id: 'a', text: '🎉 Headline without a full stop\r\nPolice fired tear gas at nearly 3,000 migrants on Friday, officials said.' },
      { id: 'b', text: 'Polisen använde pepparspray mot uppemot 4\u00a0000 migranter i fredags.' },
    ];
    const report = compareClaims(sources);
    expect(report.claims.length).toBeGreaterThan(0);
    expectValidSpans(report, sources);
  });

  it('survive JSON round trips unchanged', () => {
    const report = compareClaims(seedSources());
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
