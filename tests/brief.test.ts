/**
 * The seeds' Markdown brief as a golden file: tests/fixtures/seeds/brief.md was read line by line
 * when it was written (conflicts first, each side's sources and sentences, the coverage matrix).
 * `UPDATE_GOLDEN=1 npx vitest run tests/brief.test.ts` rewrites it; read the diff before committing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compareClaims, renderMarkdown } from '../src/index';
import { root, seedSources } from './support/seeds';

const golden = join(root, 'tests', 'fixtures', 'seeds', 'brief.md');

it('renders the seeds brief as reviewed', () => {
  const sources = seedSources();
  const brief = renderMarkdown(compareClaims(sources), sources);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, brief);
  expect(brief).toBe(readFileSync(golden, 'utf8'));
  // What a reader must find at the top: the two conflicts the seeds were chosen for.
  const conflicts = brief.slice(0, brief.indexOf('## Agreements'));
  expect(conflicts).toMatch(/tear gas/u);
  expect(conflicts).toMatch(/pepper spray/u);
  expect(conflicts).toMatch(/uppemot 4 000/u);
  expect(conflicts).toMatch(/nearly 3,000/u);
});
