/**
 * A folder of articles in, a Markdown brief out: conflicts, agreements, the claims only one
 * source makes, and the coverage matrix. Reads the folder's .txt and .md files (the command line,
 * `claimdiff FOLDER --format md`, also reads .html and .json).
 *
 *   npx tsx examples/folder-to-brief.ts [folder (default seeds/)] [brief (default out/brief.md)]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareClaims, renderMarkdown, type SourceDocument } from '../src/index';
// Not yet exported from the package: the Markdown renderer is reached by its module path here.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = process.argv[2] ?? join(root, 'seeds');
const out = process.argv[3] ?? join(root, 'out', 'brief.md');

const sources: SourceDocument[] = readdirSync(folder)
  .filter((f) => ['.txt', '.md'].includes(extname(f).toLowerCase()))
  .sort()
  .map((f) => ({ id: f.slice(0, -extname(f).length), text: readFileSync(join(folder, f), 'utf8') }))
  .filter((s) => s.text.trim() !== '');
if (sources.length === 0) {
  console.error(`${folder} has no .txt or .md articles with text`);
  process.exit(1);
}

const report = compareClaims(sources);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderMarkdown(report, sources));
const { documents, claims, conflicts, agreements } = report.stats;
console.log(`${relative(process.cwd(), out)}: ${documents} articles, ${claims} claims, ${conflicts} conflicts, ${agreements} agreements`);
