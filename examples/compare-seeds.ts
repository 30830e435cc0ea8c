/**
 * The main job: compare the five seed articles about the 2018 migrant caravan (four English, one
 * Swedish), print conflicts first and then agreements, each with its sentences and sources, and
 * write the JSON report to the path given as the first argument.
 *
 *   npm run examples -- out/seeds.report.json
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareClaims, renderText, type SourceDocument } from '../src/index';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const sources: SourceDocument[] = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/u, ''), text: readFileSync(join(seeds, f), 'utf8') }));

const report = compareClaims(sources);
console.log(renderText(report));

const out = process.argv[2];
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport written to ${out}`);
}
