/** The claim index gives the report compareClaims() gives for the same documents, in the same order. */
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../bench/fixtures';
import { createClaimIndex } from '../src/claim-index';
import { compareClaims } from '../src/compare-claims';
import type { ClaimdiffError } from '../src/errors';

const sources = fixtureCorpus(300);

function thrown(f: () => unknown): ClaimdiffError {
  try {
    f();
  } catch (err) {
    return err as ClaimdiffError;
  }
  throw new Error('expected an error');
}

describe('createClaimIndex', () => {
  it('reports what compareClaims reports, claim ids included', () => {
    const serial = compareClaims(sources);
    const index = createClaimIndex();
    for (const s of sources) index.add(s);
    expect(index.size).toBe(sources.length);
    const report = index.report();
    expect(report).toEqual(serial);
    expect(JSON.stringify(report)).toBe(JSON.stringify(serial));
    // The corpus exercises what the comparison should cover.
    expect(serial.stats.documents).toBeGreaterThan(250);
    expect(serial.alignments.some((a) => a.verdict === 'conflict')).toBe(true);
    expect([...new Set(serial.messages.map((m) => m.ruleId))]).toEqual(expect.arrayContaining(['ingest/empty-text', 'ingest/unsupported-language', 'extract/no-claims']));
  });

  it('reports again as documents keep coming, each time as compareClaims would', () => {
    const options = { minSources: 2, kinds: ['quantity', 'quote'] } as const;
    const index = createClaimIndex(options);
    const head = sources.slice(0, 40);
    for (const s of head) index.add(s);
    expect(index.report()).toEqual(compareClaims(head, options));
    const more = sources.slice(0, 90);
    for (const s of more.slice(40)) index.add(s);
    expect(index.report()).toEqual(compareClaims(more, options));
    expect(index.report()).toEqual(index.report());
  });

  it('throws the errors compareClaims throws', () => {
    const index = createClaimIndex();
    const empty = thrown(() => index.report());
    expect(empty.code).toBe(thrown(() => compareClaims([])).code);
    const [a, b] = sources;
    index.add(a!);
    index.add(b!);
    const dup = thrown(() => index.add({ id: a!.id, text: 'Another text.' }));
    const expected = thrown(() => compareClaims([a!, b!, { id: a!.id, text: 'Another text.' }]));
    expect([dup.name, dup.code, dup.message, dup.issues]).toEqual([expected.name, expected.code, expected.message, expected.issues]);
    const bad = { id: a!.id, text: 3, publishedAt: 'soon' } as unknown as (typeof sources)[number];
    const invalid = thrown(() => index.add(bad));
    const expectedInvalid = thrown(() => compareClaims([a!, b!, bad]));
    expect([invalid.code, invalid.message, invalid.issues]).toEqual([expectedInvalid.code, expectedInvalid.message, expectedInvalid.issues]);
    expect(index.size).toBe(2);
    expect(thrown(() => createClaimIndex({ minSources: 0 })).code).toBe('E_OPTIONS_INVALID');
  });
});
