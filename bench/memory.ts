/**
 * Memory at scale: compareClaims() on the benchmark corpus of 10,000 documents inside a 2 GB heap
 * (`npm run bench:memory` sets --max-old-space-size=2000; the run dies with "heap out of memory"
 * if it needs more). Prints the time, the heap in use at the end (the report held) and the
 * process's peak resident memory (heap, code, the English model and buffers).
 *
 *     npm run bench:memory
 *     BENCH_DOCS=1000 npm run bench:memory
 */
import { compareClaims } from '../src/index';
import { detectLanguage } from '../src/pipeline/ingest/language';
import { buildCorpus } from './corpus';

const n = Number(process.env['BENCH_DOCS'] ?? 10_000);
const docs = buildCorpus(n, detectLanguage).documents;
const limit = (process.execArgv.find((a) => a.startsWith('--max-old-space-size=')) ?? 'none').replace('--max-old-space-size=', '');
const t = performance.now();
const report = compareClaims(docs);
const seconds = (performance.now() - t) / 1000;
const used = process.memoryUsage().heapUsed / 1e6;
const maxRss = process.resourceUsage().maxRSS / 1e3;
console.log(`${docs.length} documents, ${report.claims.length} claims in ${seconds.toFixed(1)} s inside a heap limit of ${limit} MB; ${used.toFixed(0)} MB of heap in use at the end, report held; peak resident memory of the process ${maxRss.toFixed(0)} MB`);
