/**
 * Many stories at once: documents are grouped by the names they share before claims are
 * compared, so the same figure in two unrelated stories is never aligned, and every alignment
 * names its story.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, renderHtml, renderMarkdown, renderText, type SourceDocument } from '../src/index';

/** Thirty short reports of one story, in its own town with its own people, said a little differently. */
function story(town: string, person: string, place: string, n: number): SourceDocument[] {
  const verbs = ['gathered', 'rallied', 'protested'];
  return Array.from({ length: n }, (_, i) => ({
    id: `${town.toLowerCase()}-${String(i).padStart(2, '0')}`,
    text: `Police in ${town} said 300 people ${verbs[i % verbs.length]} outside the ${place} on Friday, ${person} told reporters.`,
  }));
}

describe('stories', () => {
  const docs = [...story('Tarnow', 'Mayor Jana Roth', 'town hall', 30), ...story('Kelso', 'Governor Ian Hart', 'stadium', 30)];
  const report = compareClaims(docs);

  it('groups the documents of each town into its own story, named by its names', () => {
    expect(report.stories).toHaveLength(2);
    const [a, b] = report.stories;
    expect(a!.documentIds.every((d) => d.startsWith('kelso-'))).toBe(true);
    expect(b!.documentIds.every((d) => d.startsWith('tarnow-'))).toBe(true);
    expect(a!.label).toContain('kelso');
    expect(b!.label).toContain('tarnow');
  });

  it('never aligns the same figure across the two stories', () => {
    const storyOf = new Map(report.stories.flatMap((s) => s.documentIds.map((d) => [d, s.id] as const)));
    expect(report.alignments.length).toBeGreaterThan(0);
    for (const al of report.alignments) {
      const stories = new Set(al.positions.flatMap((p) => p.documentIds).map((d) => storyOf.get(d)));
      expect([...stories]).toEqual([al.story]);
    }
    // Each story's "300 people" is one agreement of its 30 documents.
    const counts = report.alignments.filter((a) => a.kind === 'quantity');
    expect(counts.map((a) => a.positions.flatMap((p) => p.documentIds).length).sort()).toEqual([30, 30]);
  });

  it('names the stories in the text summary and each alignment\'s story in the brief and the HTML page', () => {
    expect(renderText(report).split('\n')[1]).toMatch(/^2 stories: s1 .*kelso.* \(30\); s2 .*tarnow.* \(30\)$/u);
    expect(renderMarkdown(report)).toMatch(/Agreement across 30 sources\. Story s\d: [^\n]*tarnow/u);
    expect(renderHtml(report, docs)).toMatch(/<span class="types">story s\d: [^<]*kelso[^<]*<\/span><\/h3>/u);
  });

  it('keeps a few documents in one story even when they share no names', () => {
    const small = compareClaims(docs.slice(0, 3).concat(docs.slice(30, 33)));
    expect(small.stories).toHaveLength(1);
    expect(small.alignments.some((a) => a.kind === 'quantity' && new Set(a.positions.flatMap((p) => p.documentIds).map((d) => d.split('-')[0])).size === 2)).toBe(true);
  });

  it('keeps the same town story told two months later apart: its claims could not align across the gap', () => {
    const dated = (d: SourceDocument[], day: string) => d.map((x) => ({ ...x, id: `${day}-${x.id}`, publishedAt: day }));
    const later = compareClaims([...dated(docs.slice(0, 20), '2019-03-01'), ...dated(docs.slice(0, 20), '2019-05-02'), ...dated(docs.slice(30, 50), '2019-03-01')]);
    expect(later.stories).toHaveLength(3);
    expect(later.stories.map((s) => new Set(s.documentIds.map((d) => d.slice(0, 10))).size)).toEqual([1, 1, 1]);
  });

  it('puts a report that shares only its town\'s name with the story into that story', () => {
    const sv = { id: 'tarnow-sv', text: 'Polisen i Tarnow uppger att 300 personer samlades utanför rådhuset på fredagen.' };
    const withSv = compareClaims([...docs, sv]);
    expect(withSv.stories).toHaveLength(2);
    expect(withSv.stories.find((s) => s.documentIds.includes('tarnow-sv'))!.documentIds).toContain('tarnow-00');
  });
});
