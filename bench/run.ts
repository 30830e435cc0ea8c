/**
 * claimdiff's benchmark: `npm run bench` (sizes 10, 100, 1000, 10000 documents) or
 * `npm run bench -- --sizes 10,100,1000`. Never part of `npm test`.
 *
 * Each size runs in a child process of its own, so that peak memory and warm-up belong to it.
 * In a child, in order:
 * 1. the corpus (see `bench/corpus.ts`), then a warm-up of claimdiff and wink-nlp on 25
 *    documents of stories the corpus does not hold, not timed;
 * 2. claimdiff, stage by stage, the composition `compareClaims()` runs: read (ingest, segment,
 *    extract), align + compare, report; memory sampled after every document and every stage
 *    (`process.memoryUsage()`), and the kernel's high-water mark (`resourceUsage().maxRSS`);
 * 3. the baseline: wink-nlp reading the same corpus with the annotations claimdiff asks of it
 *    (sbd, negation, pos; readDoc per paragraph; token values, pos, lemmas; sentence spans), in
 *    every language, and nothing else;
 * 4. sentence segmentation against the extractors' shared context and quantity extraction, the
 *    stage functions called directly;
 * 5. alignment cost per claim on the first stories all in English against the same stories in
 *    mixed languages;
 * 6. reading on worker threads: 1 worker against 2 (both pools started and warmed first, then
 *    read in turns, twice below 10,000 documents, the best of each kept), results checked against
 *    the serial run (unless a file under src/ changed meanwhile), next to how much a second
 *    thread speeds up pure computation on the machine at that moment; and
 *    `compareClaimsParallel()` end to end, cold workers included (100 and 1,000 documents).
 * Wall-clock and CPU time are both printed: on a shared machine the first stretches, the second
 * much less.
 */
import { fork } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, totalmem, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readDocument, assemble, type DocumentResult } from '../src/claim-index';
import { compareClaims } from '../src/compare-claims';
import { resolveOptions } from '../src/options';
import { compareClaimsParallel, startPool, type ExtractionPool } from '../src/parallel';
import { align } from '../src/pipeline/align/index';
import { documentContext } from '../src/pipeline/extract/context';
import { extractQuantities } from '../src/pipeline/extract/quantity';
import { findQuotes } from '../src/pipeline/extract/quote';
import { baseBuilder } from '../src/pipeline/extract/shared';
import { ingest, type IngestedDocument } from '../src/pipeline/ingest/index';
import { detectLanguage } from '../src/pipeline/ingest/language';
import { buildReport } from '../src/pipeline/report/index';
import { segment } from '../src/pipeline/segment/index';
import type { Claim, SourceDocument } from '../src/types';
import { buildCorpus } from './corpus';

/** What a child reports for one size. */
interface SizeResult {
  docs: number;
  stories: number;
  bytes: number;
  from: string;
  claims: number;
  alignments: number;
  read: number;
  alignCompare: number;
  report: number;
  /** CPU time of the same stages (user + system, all threads), which other load on the machine does not inflate. */
  cpu: { read: number; alignCompare: number; report: number; wink: number };
  wink: number;
  rssPeak: number;
  heapPeak: number;
  maxRss: number;
  /** Heap still in use after the report, after a full GC: the run's claims, report and tables. */
  retained: number;
  pairsExamined: number;
  pairsPossible: number;
  sameAsCompareClaims: boolean | undefined;
  segmentation: number;
  context: number;
  quantity: number;
  alignDocs: number;
  sameLang: { claims: number; ms: number; pairs: number };
  crossLang: { claims: number; ms: number; pairs: number };
  workers: { start1: number; one: number; cpu1: number; start2: number; two: number; cpu2: number; identical: boolean | undefined; capacity: number; processes: number } | undefined;
  endToEnd: { serial: number; parallel: number; identical: boolean | undefined } | undefined;
  load: [number, number];
  /** True when a file under src/ changed while this size ran: results were then not compared. */
  sourceChanged: boolean;
}

const MB = 1e6;
const now = (): number => performance.now();
const secs = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

// ───────────────────────────── child: one size ─────────────────────────────

async function runSize(n: number): Promise<SizeResult> {
  const load0 = loadavg()[0]!;
  const stamp = sourceStamp();
  const corpus = buildCorpus(n, detectLanguage);
  const opts = resolveOptions(undefined);
  log(`\n## ${n} documents: ${corpus.stories} stories, ${(corpus.bytes / MB).toFixed(2)} MB (${corpus.from})`);
  warmUp(opts);
  gc();

  // 2. claimdiff, stage by stage.
  const mem = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > mem.rss) mem.rss = m.rss;
    if (m.heapUsed > mem.heap) mem.heap = m.heapUsed;
  };
  sample();
  const [[results, documents, messages], read] = timed(() => {
    const { documents, messages } = ingest(corpus.documents, opts);
    const results: DocumentResult[] = [];
    for (const d of documents) {
      results.push(readDocument(d, opts));
      sample();
    }
    return [results, documents, messages] as const;
  });
  const [parts, alignCompare] = timed(() => assemble(messages, results, opts));
  sample();
  const [report, reportMs] = timed(() => buildReport(parts));
  sample();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const retained = process.memoryUsage().heapUsed;
  log(`claimdiff: read ${secs(read.wall)} s (CPU ${secs(read.cpu)} s), align+compare ${secs(alignCompare.wall)} s (CPU ${secs(alignCompare.cpu)} s), report ${secs(reportMs.wall)} s; ${report.stats.claims} claims, ${report.stats.alignments} alignments`);
  let sameAsCompareClaims: boolean | undefined;
  if (n <= 100) sameAsCompareClaims = JSON.stringify(compareClaims(corpus.documents)) === JSON.stringify(report);

  // 3. The baseline: wink-nlp reading the same corpus.
  const [, wink] = timed(() => winkRead(corpus.documents));
  log(`wink-nlp reading: ${secs(wink.wall)} s (CPU ${secs(wink.cpu)} s)`);

  // 4. Segmentation against context and quantity extraction.
  const split = extractionSplit(documents);
  log(`segment ${secs(split.segmentation)} s, context ${secs(split.context)} s, quantities ${secs(split.quantity)} s`);

  // 5. Alignment cost, same language against mixed languages, on the same stories.
  const alignDocs = Math.min(n, 500);
  const english = buildCorpus(alignDocs, detectLanguage, { englishOnly: true });
  const [crossLang, sameLang] = alignCosts(results.slice(0, alignDocs), ingest(english.documents, opts).documents.map((d) => readDocument(d, opts)));
  const perPair = (c: AlignCost) => ((c.ms / Math.max(1, c.pairs)) * 1000).toFixed(2);
  log(
    `align per claim: English ${((sameLang.ms / sameLang.claims) * 1000).toFixed(1)} µs (${sameLang.claims} claims, ${(sameLang.pairs / sameLang.claims).toFixed(1)} pairs each, ${perPair(sameLang)} µs a pair), ` +
      `mixed ${((crossLang.ms / crossLang.claims) * 1000).toFixed(1)} µs (${crossLang.claims} claims, ${(crossLang.pairs / crossLang.claims).toFixed(1)} pairs each, ${perPair(crossLang)} µs a pair)`,
  );

  // 6. Worker threads.
  let workers: SizeResult['workers'];
  let endToEnd: SizeResult['endToEnd'];
  if (n >= 100) {
    // Both pools started and warmed, then read in turns (1, 2, 1, 2 workers), the best of each
    // kept: on a shared machine the others' load comes and goes.
    const rounds = n >= 10_000 ? 1 : 2;
    const [one, two] = await Promise.all([startWarm(1), startWarm(2)]);
    try {
      const runs: { one: Took[]; two: Took[]; capacity: number[]; processes: number[]; identical: boolean } = { one: [], two: [], capacity: [], processes: [], identical: true };
      for (let r = 0; r < rounds; r++) {
        runs.capacity.push(await machineCapacity());
        runs.processes.push(await twoProcessSpeedUp(Math.min(n, 1000)));
        for (const [pool, into] of [[one.pool, runs.one], [two.pool, runs.two]] as const) {
          gc();
          const [got, took] = await timedAsync(() => pool.read(documents));
          into.push(took);
          runs.identical &&= got.length === results.length && got.every((x, i) => JSON.stringify(x) === JSON.stringify(results[i]));
        }
      }
      const best = (xs: Took[]) => xs.reduce((a, b) => (b.wall < a.wall ? b : a));
      const b1 = best(runs.one);
      const b2 = best(runs.two);
      const identical = sourceStamp() === stamp ? runs.identical : undefined;
      workers = { start1: one.start, one: b1.wall, cpu1: b1.cpu, start2: two.start, two: b2.wall, cpu2: b2.cpu, identical, capacity: Math.max(...runs.capacity), processes: Math.max(...runs.processes) };
      log(`machine: pure computation on 2 threads runs ×${runs.capacity.map((c) => c.toFixed(2)).join(', ×')} as fast as on 1 (2.00 on an idle 2-core machine); reading in 2 processes at once ×${runs.processes.map((c) => c.toFixed(2)).join(', ×')} as fast as in 1`);
      log(`reading on workers: 1 → ${runs.one.map((x) => `${secs(x.wall)} s (CPU ${secs(x.cpu)} s)`).join(', ')}; 2 → ${runs.two.map((x) => `${secs(x.wall)} s (CPU ${secs(x.cpu)} s)`).join(', ')}: best ×${(b1.wall / b2.wall).toFixed(2)}; start ${secs(one.start)} / ${secs(two.start)} s; identical to serial: ${identical ?? 'not checked, src/ changed during the run'}`);
    } finally {
      await Promise.all([one.pool.close(), two.pool.close()]);
    }
  }
  if (n >= 100 && n <= 1000) {
    const [serial, serialMs] = timed(() => compareClaims(corpus.documents));
    const t = now();
    const parallel = await compareClaimsParallel(corpus.documents, { concurrency: 2 });
    const parallelMs = now() - t;
    const identical = sourceStamp() === stamp ? JSON.stringify(serial) === JSON.stringify(parallel) : undefined;
    endToEnd = { serial: serialMs.wall, parallel: parallelMs, identical };
    log(`end to end: compareClaims ${secs(serialMs.wall)} s, compareClaimsParallel(2) ${secs(parallelMs)} s; identical ${identical ?? 'not checked'}`);
  }

  return {
    docs: n,
    stories: corpus.stories,
    bytes: corpus.bytes,
    from: corpus.from,
    claims: report.stats.claims,
    alignments: report.stats.alignments,
    read: read.wall,
    alignCompare: alignCompare.wall,
    report: reportMs.wall,
    cpu: { read: read.cpu, alignCompare: alignCompare.cpu, report: reportMs.cpu, wink: wink.cpu },
    wink: wink.wall,
    rssPeak: mem.rss,
    heapPeak: mem.heap,
    maxRss,
    retained,
    pairsExamined: report.stats.pairsExamined,
    pairsPossible: report.stats.pairsPossible,
    sameAsCompareClaims,
    ...split,
    alignDocs,
    sameLang,
    crossLang,
    workers,
    endToEnd,
    load: [load0, loadavg()[0]!],
    sourceChanged: sourceStamp() !== stamp,
  };
}

interface Took {
  wall: number;
  cpu: number;
}

/** Runs f; returns its value with the wall-clock and CPU milliseconds it took. */
function timed<T>(f: () => T): [T, Took] {
  const cpu = process.cpuUsage();
  const t = now();
  const value = f();
  const wall = now() - t;
  const used = process.cpuUsage(cpu);
  return [value, { wall, cpu: (used.user + used.system) / 1000 }];
}

/** The newest modification time under src/: others may edit the pipeline while this runs. */
function sourceStamp(): number {
  const walk = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  return walk(fileURLToPath(new URL('../src/', import.meta.url)));
}

/** Stories far from those measured: 25 documents in every language, to warm up on. */
const warmUpDocuments = (): SourceDocument[] => buildCorpus(25, detectLanguage, { firstStory: 100_000 }).documents;

/** 25 documents in every language, read (and aligned) by claimdiff and read by wink before timing. */
function warmUp(opts: ReturnType<typeof resolveOptions>): void {
  const sample = warmUpDocuments();
  const read = ingest(sample, opts).documents.map((d) => readDocument(d, opts));
  alignCosts(read, read);
  winkRead(sample);
  extractionSplit(ingest(sample, opts).documents);
}

const its = winkNLP(model, ['sbd', 'negation', 'pos']);

/** wink-nlp reading, as claimdiff's English segmenter asks it to, and nothing else. */
function winkRead(documents: readonly SourceDocument[]): void {
  for (const d of documents) {
    for (const line of d.text.split('\n')) {
      const para = line.trim();
      if (para.length === 0) continue;
      const doc = its.readDoc(para);
      doc.tokens().out();
      doc.tokens().out(its.its.pos);
      doc.tokens().out(its.its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]);
      doc.sentences().out(its.its.span);
    }
  }
}

/** Sentence segmentation, the extractors' shared context, and quantity extraction, timed apart. */
function extractionSplit(documents: readonly IngestedDocument[]): { segmentation: number; context: number; quantity: number } {
  let segmentation = 0;
  let context = 0;
  let quantity = 0;
  for (const doc of documents) {
    let t = now();
    const seg = segment(doc);
    segmentation += now() - t;
    t = now();
    const ctx = documentContext(seg, doc.source.publishedAt);
    const base = baseBuilder(ctx, findQuotes(ctx));
    context += now() - t;
    t = now();
    extractQuantities(ctx, base);
    quantity += now() - t;
  }
  return { segmentation, context, quantity };
}

/** align() on the claims of these documents: the fastest of five runs. */
type AlignCost = { claims: number; ms: number; pairs: number };

/**
 * The best of several alignments of each claim set, taken in turn (a, b, a, b, …) so that neither
 * set runs in a warmer or a more crowded heap than the other.
 */
function alignCosts(a: readonly DocumentResult[], b: readonly DocumentResult[]): [AlignCost, AlignCost] {
  // With the documents' names, as the library aligns them: without, every document is a story
  // of its own and no pair is scored.
  const sets = [a, b].map((results) => ({
    claims: results.flatMap((r) => r.claims).map((c, i) => ({ ...c, id: `c${i + 1}` }) as Claim),
    documents: results.map((r) => ({ id: r.info.id, names: r.names })),
  }));
  const out = sets.map((set) => ({ claims: set.claims.length, ms: Infinity, pairs: 0 }));
  for (let k = 0; k < 7; k++) {
    sets.forEach((set, j) => {
      const t = now();
      out[j]!.pairs = align(set.claims, set.documents).pairsExamined;
      out[j]!.ms = Math.min(out[j]!.ms, now() - t);
    });
  }
  return [out[0]!, out[1]!];
}

/** A pool of `size` workers, started (timed) and warmed up: each has read a sample in every language. */
async function startWarm(size: number): Promise<{ pool: ExtractionPool; start: number }> {
  const t = now();
  const pool = await startPool(size);
  const start = now() - t;
  await pool.warm(ingest(warmUpDocuments(), resolveOptions(undefined)).documents);
  return { pool, start };
}

async function timedAsync<T>(f: () => Promise<T>): Promise<[T, Took]> {
  const cpu = process.cpuUsage();
  const t = now();
  const value = await f();
  const wall = now() - t;
  const used = process.cpuUsage(cpu);
  return [value, { wall, cpu: (used.user + used.system) / 1000 }];
}

/**
 * How much faster the machine runs a pure computation split over 2 threads than on 1, now: 2 on
 * an idle machine with 2 free cores, less when other processes hold the cores. The speed-up of
 * reading on 2 workers can only be judged against it.
 */
async function machineCapacity(): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) % 1000003; parentPort.postMessage(x); });`;
  const run = async (threads: number, work: number): Promise<number> => {
    const ws = Array.from({ length: threads }, () => new Worker(code, { eval: true }));
    const ask = (w: Worker, n: number) => new Promise((resolve) => (w.once('message', resolve), w.postMessage(n)));
    await Promise.all(ws.map((w) => ask(w, 1e6)));
    const t = now();
    await Promise.all(ws.map((w) => ask(w, work / threads)));
    const ms = now() - t;
    await Promise.all(ws.map((w) => w.terminate()));
    return ms;
  };
  let best = 0;
  for (let k = 0; k < 2; k++) best = Math.max(best, (await run(1, 2e8)) / (await run(2, 2e8)));
  return best;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

// ───────────────────────────── parent: every size, then the tables ─────────────────────────────

function parseSizes(argv: readonly string[]): number[] {
  const i = argv.indexOf('--sizes');
  const arg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
  const sizes = (arg ?? '10,100,1000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes takes whole numbers such as 10,100,1000; got ${arg}`);
  return sizes;
}

/**
 * A process that reads part `part` of `parts` of the first `n` documents: it builds the corpus
 * and warms up, says it is ready, reads when told to go, and reports how long reading took.
 */
async function readPart(n: number, part: number, parts: number): Promise<void> {
  const opts = resolveOptions(undefined);
  const documents = ingest(buildCorpus(n, detectLanguage).documents, opts).documents;
  const size = Math.ceil(documents.length / parts);
  const mine = documents.slice(part * size, (part + 1) * size);
  warmUp(opts);
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.send?.('ready');
  });
  const [, took] = timed(() => mine.forEach((d) => readDocument(d, opts)));
  process.send?.(took.wall);
  process.disconnect?.();
}

/**
 * What the machine allows this workload now: reading `n` documents in one process, against two
 * processes reading half each at the same time (started together once both are warm). No memory
 * or lock is shared between processes, so this is the ceiling for 2 workers.
 */
async function twoProcessSpeedUp(n: number): Promise<number> {
  const start = (part: number, parts: number) => {
    const child = fork(fileURLToPath(import.meta.url), ['--read-part', String(n), String(part), String(parts)], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`a reading process stopped (exit code ${code})`)));
    });
    const done = ready.then(
      () =>
        new Promise<number>((resolve, reject) => {
          child.once('message', (ms: number) => resolve(ms));
          child.once('exit', (code) => reject(new Error(`a reading process stopped (exit code ${code})`)));
        }),
    );
    return { go: () => child.send('go'), ready, done };
  };
  const alone = start(0, 1);
  await alone.ready;
  alone.go();
  const one = await alone.done;
  const pair = [start(0, 2), start(1, 2)];
  await Promise.all(pair.map((p) => p.ready));
  pair.forEach((p) => p.go());
  const two = Math.max(...(await Promise.all(pair.map((p) => p.done))));
  return one / two;
}

function runChild(n: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', String(n)], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: SizeResult | undefined;
    child.on('message', (m: SizeResult) => (result = m));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`the benchmark of ${n} documents stopped (exit code ${code})`))));
  });
}

const fmt = (x: number, digits = 1): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toPrecision(2)}%`);

function tables(results: readonly SizeResult[]): string {
  const lines: string[] = [];
  lines.push('| documents | stories | MB | claims | alignments (per story) | read (ingest+segment+extract) | align+compare | report | total (CPU) | MB/s (on CPU time) | docs/s (on CPU time) | wink-nlp reading MB/s (on CPU time) | claimdiff ÷ wink (on CPU time) | peak RSS (sampled / max) | peak heapUsed (retained after GC) | pairs examined / all pairs |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const total = r.read + r.alignCompare + r.report;
    const cpu = r.cpu.read + r.cpu.alignCompare + r.cpu.report;
    const mbs = r.bytes / MB / (total / 1000);
    const mbsCpu = r.bytes / MB / (cpu / 1000);
    const wink = r.bytes / MB / (r.wink / 1000);
    const winkCpu = r.bytes / MB / (r.cpu.wink / 1000);
    lines.push(
      `| ${fmt(r.docs, 0)} | ${fmt(r.stories, 0)} | ${fmt(r.bytes / MB, 2)} | ${fmt(r.claims, 0)} | ${fmt(r.alignments, 0)} (${fmt(r.alignments / r.stories, 1)}) | ${secs(r.read)} s | ${secs(r.alignCompare)} s | ${secs(r.report)} s | ${secs(total)} s (${secs(cpu)} s) | ${fmt(mbs, 3)} (${fmt(mbsCpu, 3)}) | ${fmt(r.docs / (total / 1000), 0)} (${fmt(r.docs / (cpu / 1000), 0)}) | ${fmt(wink, 2)} (${fmt(winkCpu, 2)}) | ${fmt(mbs / wink, 3)} (${fmt(mbsCpu / winkCpu, 3)}) | ${fmt(r.rssPeak / MB, 0)} / ${fmt(r.maxRss / MB, 0)} MB | ${fmt(r.heapPeak / MB, 0)} MB (${fmt(r.retained / MB, 0)} MB) | ${fmt(r.pairsExamined, 0)} / ${fmt(r.pairsPossible, 0)} (${pct(r.pairsExamined, r.pairsPossible)}) |`,
    );
  }
  lines.push('');
  lines.push('| documents | segmentation | quantity extraction | quantity ÷ segmentation | shared context (mentions, dates, frame) | align µs/claim, English | align µs/claim, mixed languages | mixed ÷ English | read on 1 worker | on 2 workers | speed-up | machine ×: 2 threads of pure computation / 2 processes reading | compareClaims | compareClaimsParallel (2), cold workers |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const en = (r.sameLang.ms / Math.max(1, r.sameLang.claims)) * 1000;
    const mixed = (r.crossLang.ms / Math.max(1, r.crossLang.claims)) * 1000;
    const w = r.workers;
    const e = r.endToEnd;
    lines.push(
      `| ${fmt(r.docs, 0)} | ${secs(r.segmentation)} s | ${secs(r.quantity)} s | ${fmt(r.quantity / r.segmentation, 2)} | ${secs(r.context)} s | ${fmt(en, 1)} (${fmt(r.sameLang.claims, 0)} claims) | ${fmt(mixed, 1)} (${fmt(r.crossLang.claims, 0)} claims) | ${fmt(mixed / en, 2)} | ${w ? `${secs(w.one)} s` : '–'} | ${w ? `${secs(w.two)} s` : '–'} | ${w ? `×${fmt(w.one / w.two, 2)}` : '–'} | ${w ? `×${fmt(w.capacity, 2)} / ×${fmt(w.processes, 2)}` : '–'} | ${e ? `${secs(e.serial)} s` : '–'} | ${e ? `${secs(e.parallel)} s` : '–'} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const part = argv.indexOf('--read-part');
  if (part >= 0) {
    await readPart(Number(argv[part + 1]), Number(argv[part + 2]), Number(argv[part + 3]));
    return;
  }
  const child = argv.indexOf('--child');
  if (child >= 0) {
    const result = await runSize(Number(argv[child + 1]));
    process.send?.(result);
    return;
  }
  const sizes = parseSizes(argv);
  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores (availableParallelism ${availableParallelism()}), ${fmt(totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}, ${process.platform} ${process.arch}`;
  log(`claimdiff benchmark, sizes ${sizes.join(', ')}\nmachine: ${machine}`);
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await runChild(n));
  const out = [
    '',
    `Machine: ${machine}. Load average (1 min) at start/end of each size: ${results.map((r) => `${r.docs}: ${r.load.map((x) => x.toFixed(1)).join('/')}`).join(', ')}.`,
    `Corpus: ${results[0]?.from ?? ''}; about 5 documents a story; MB = 10^6 bytes of UTF-8.`,
    `Checks: serial stages = compareClaims() (≤ 100 docs): ${results.map((r) => `${r.docs}: ${r.sameAsCompareClaims ?? '–'}`).join(', ')}; worker results = serial: ${results.map((r) => `${r.docs}: ${r.workers?.identical ?? '–'}`).join(', ')}; compareClaimsParallel = compareClaims: ${results.map((r) => `${r.docs}: ${r.endToEnd?.identical ?? '–'}`).join(', ')}.`,
    `Worker start-up (spawn + load the pipeline, before warm-up): ${results.filter((r) => r.workers).map((r) => `${r.docs}: ${secs(r.workers!.start1)} s / ${secs(r.workers!.start2)} s`).join(', ') || '–'}.`,
    'Figures in parentheses are on CPU time (user + system, all threads): other load on the machine stretches wall-clock time, much less CPU time. "machine ×" is what a second thread or process gains at that moment: a pure computation on 2 threads, and claimdiff reading half the documents in each of 2 processes that share nothing (2.00 on an idle 2-core machine); the workers\' speed-up is bounded by them.',
    '',
    tables(results),
    '',
  ];
  process.stdout.write(out.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
