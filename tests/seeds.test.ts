/**
 * The seed articles against the hand-made gold: the thresholds of issue 2 and the two conflicts
 * the library was born for, checked by the project's own scorer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareClaims, type Report } from '../src/index';
import { score, type Score } from './support/score';
import { seedGold, seedSources } from './support/seeds';

let report: Report;
let result: Score;

beforeAll(() => {
  const sources = seedSources();
  report = compareClaims(sources);
  result = score(report, seedGold(), new Map(sources.map((s) => [s.id, s.text])));
});

const rowsOf = (group: string) => result.rows.filter((r) => r.group === group);

describe('the seeds against the gold', () => {
  it('aligns at least 60% of the expected pairs', () => {
    expect(result.aligned / result.pairs).toBeGreaterThanOrEqual(0.6);
  });

  it('gives at least half of the pairs the right verdict', () => {
    expect(result.right / result.pairs).toBeGreaterThanOrEqual(0.5);
  });

  it('reports "nearly 3,000 people" vs "uppemot 4 000 migranter" as a conflict', () => {
    const [row] = rowsOf('caravan-size');
    expect(row?.got.has('conflict')).toBe(true);
  });

  it('reports tear gas vs pepper spray at the bridge as a conflict', () => {
    const rows = rowsOf('crowd-control-agent').filter((r) => r.want === 'conflict');
    expect(rows.length).toBe(2);
    for (const r of rows) expect(r.got.has('conflict')).toBe(true);
  });

  it('holds every negative: look-alikes about different things or events stay apart', () => {
    for (const n of result.negRows) expect({ id: n.id, got: [...n.got] }).toEqual({ id: n.id, got: [] });
  });

  it('names both instruments and their sources in the conflict explanation', () => {
    const conflict = report.alignments.find((a) => a.verdict === 'conflict' && a.conflictTypes.includes('instrument'));
    expect(conflict?.explanation).toMatch(/tear gas/u);
    expect(conflict?.explanation).toMatch(/pepper spray/u);
    expect(conflict?.explanation).toMatch(/000_f9c875f9ed25f209/u);
    expect(conflict?.explanation).toMatch(/001_270abaaddb37991c|002_081a25efc2fe430a/u);
  });

  it('names the speakers of the quotes that agree', () => {
    const quotes = report.alignments.filter((a) => a.kind === 'quote');
    expect(quotes.map((q) => q.topic).join(' ')).toMatch(/Pompeo/u);
  });
});
