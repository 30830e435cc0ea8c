/** compareClaimsParallel() gives the report compareClaims() gives, from worker threads. */
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../bench/fixtures';
import { compareClaims } from '../src/compare-claims';
import { compareClaimsParallel } from '../src/parallel';

const sources = fixtureCorpus(300);

describe('compareClaimsParallel', () => {
  it('reports what compareClaims reports, on 2 workers', async () => {
    const serial = compareClaims(sources);
    const parallel = await compareClaimsParallel(sources, { concurrency: 2 });
    expect(parallel).toEqual(serial);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(serial.stats.documents).toBeGreaterThan(250);
  });

  it('passes the options on to the workers', async () => {
    const options = { kinds: ['event'], minSources: 3, defaultLanguage: 'sv', publishedAt: '2019-01-15' } as const;
    const some = sources.slice(0, 30);
    expect(await compareClaimsParallel(some, { ...options, concurrency: 1 })).toEqual(compareClaims(some, options));
  });

  it('rejects as compareClaims throws', async () => {
    await expect(compareClaimsParallel([], { concurrency: 2 })).rejects.toMatchObject({ code: 'E_SOURCES_EMPTY' });
    const dup = [sources[0]!, sources[0]!];
    await expect(compareClaimsParallel(dup)).rejects.toMatchObject({ code: 'E_DUPLICATE_ID' });
    await expect(compareClaimsParallel(sources, { concurrency: 0 })).rejects.toMatchObject({ code: 'E_OPTIONS_INVALID', issues: [{ path: 'options.concurrency' }] });
    await expect(compareClaimsParallel(sources, { concurrency: 1.5, minSources: 0 })).rejects.toMatchObject({
      code: 'E_OPTIONS_INVALID',
      issues: [{ path: 'options.minSources' }, { path: 'options.concurrency' }],
    });
  });
});
