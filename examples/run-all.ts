/**
 * `npm run examples`: the seeds comparison first (its arguments are passed on: the path of the
 * JSON report), then the quick start, the folder-to-brief script and the custom extractor.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const runs: [string, string[]][] = [
  ['compare-seeds.ts', process.argv.slice(2)],
  ['quick-start.ts', []],
  ['folder-to-brief.ts', []],
  ['custom-extractor.ts', []],
];
for (const [file, args] of runs) {
  if (file !== 'compare-seeds.ts') console.log(`\n===== examples/${file} =====\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
