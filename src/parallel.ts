/**
 * Parallel use: `compareClaimsParallel()` reads documents (segment and extract, most of a run's
 * time) on worker threads and gives the report `compareClaims()` gives, identical to the last
 * claim id. Ingest (checks and language detection) runs on the calling thread while the workers
 * start, so input errors reject exactly as `compareClaims()` throws them; alignment, comparison
 * and the report run on the calling thread once every document is read. The calling thread's
 * event loop stays free while the workers read.
 *
 * Where the worker comes from: the worker is `parallel-worker` beside this module, with this
 * module's own extension. From the built package that is `dist/parallel-worker.js` (ESM) or
 * `dist/parallel-worker.cjs` (CommonJS), plain JavaScript. From the TypeScript sources (under tsx
 * or Vitest) it is `src/parallel-worker.ts`, which a small bootstrap script imports after
 * registering tsx's loader (`tsx/esm/api`): tsx is a development dependency, needed only then.
 *
 * Languages added with `registerLanguage()` live in the thread that registered them: when the
 * calling thread knows languages the workers do not, documents are read on the calling thread.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readDocument, reportOf, type DocumentResult } from './claim-index';
import { OptionsError, issuesError, type Issue } from './errors';
import { supportedLanguages } from './lexicon/registry';
import { resolveOptions, type ResolvedOptions } from './options';
import { ingest, type IngestedDocument } from './pipeline/ingest/index';
import type { FromWorker, ToWorker, WorkerInput } from './parallel-worker';
import type { CompareOptions, Report, SourceDocument } from './types';

/** Options of `compareClaimsParallel()`: those of `compareClaims()`, and how many threads. */
export interface ParallelOptions extends CompareOptions {
  /** Worker threads to read documents on; `os.availableParallelism()` by default. */
  readonly concurrency?: number;
}

/**
 * `compareClaims()` with documents read on worker threads: the same report, sooner on several
 * free cores for many documents. Each call starts its workers, which load the pipeline (about a
 * second), so for a handful of articles `compareClaims()` is faster.
 * @example
 * const report = await compareClaimsParallel(sources, { concurrency: 4 });
 */
export async function compareClaimsParallel(sources: readonly SourceDocument[], options?: ParallelOptions): Promise<Report> {
  const { opts, concurrency } = parallelOptions(options);
  // The workers load the pipeline while this thread checks the input and detects languages.
  const wanted = Array.isArray(sources) ? Math.min(concurrency, sources.length) : 0;
  const starting = wanted > 0 ? startPool(wanted, opts) : undefined;
  const dismiss = () => void starting?.then((p) => p.close(), () => undefined);
  let ingested: ReturnType<typeof ingest>;
  try {
    ingested = ingest(sources, opts);
  } catch (err) {
    dismiss();
    throw err;
  }
  const { documents, messages } = ingested;
  if (!starting || documents.length === 0) {
    dismiss();
    return reportOf(messages, [], opts);
  }
  const pool = await starting;
  try {
    const results = pool.languagesMatch ? await pool.read(documents) : documents.map((d) => readDocument(d, opts));
    return reportOf(messages, results, opts);
  } finally {
    await pool.close();
  }
}

/** Checks the options, `concurrency` with the rest: one error lists every problem. */
function parallelOptions(options: unknown): { opts: ResolvedOptions; concurrency: number } {
  if (options === null || typeof options !== 'object' || Array.isArray(options) || !('concurrency' in options)) {
    return { opts: resolveOptions(options), concurrency: defaultConcurrency() };
  }
  const { concurrency, ...rest } = options as ParallelOptions;
  const issues: Issue[] = [];
  if (concurrency !== undefined && (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1)) {
    issues.push({ path: 'options.concurrency', code: 'invalid_concurrency', message: 'must be a whole number of at least 1' });
  }
  let opts: ResolvedOptions | undefined;
  try {
    opts = resolveOptions(rest);
  } catch (err) {
    if (!(err instanceof OptionsError) || issues.length === 0) throw err;
    issues.unshift(...err.issues);
  }
  if (issues.length > 0 || !opts) throw issuesError(OptionsError, 'E_OPTIONS_INVALID', issues);
  return { opts, concurrency: concurrency ?? defaultConcurrency() };
}

const defaultConcurrency = (): number => Math.max(1, availableParallelism());

/** The resolved options as plain data for a worker. */
function plainOptions(opts: ResolvedOptions): CompareOptions {
  return {
    kinds: [...opts.kinds],
    defaultLanguage: opts.defaultLanguage,
    minSources: opts.minSources,
    ...(opts.publishedAt !== undefined ? { publishedAt: opts.publishedAt } : {}),
  };
}

/** Worker threads that read ingested documents. Internal: the benchmark drives it directly. */
export interface ExtractionPool {
  readonly size: number;
  /** False when the calling thread knows languages the workers do not (`registerLanguage()`). */
  readonly languagesMatch: boolean;
  /** Reads the documents across the workers; results in the documents' order. */
  read(documents: readonly IngestedDocument[]): Promise<DocumentResult[]>;
  /** Has every worker read these documents (to load models and compile tables before timing). */
  warm(documents: readonly IngestedDocument[]): Promise<void>;
  close(): Promise<void>;
}

/** Starts `size` workers and waits until each has loaded the pipeline. */
export async function startPool(size: number, options: ResolvedOptions | CompareOptions = {}): Promise<ExtractionPool> {
  const input: WorkerInput = { options: isResolved(options) ? plainOptions(options) : options };
  const workers = Array.from({ length: size }, () => new PoolWorker(input));
  let languages: readonly (readonly string[])[];
  try {
    languages = await Promise.all(workers.map((w) => w.ready));
  } catch (err) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  const mine = supportedLanguages();
  const languagesMatch = languages.every((l) => mine.every((code) => l.includes(code)));
  return {
    size,
    languagesMatch,
    async read(documents) {
      const out: DocumentResult[] = new Array<DocumentResult>(documents.length);
      // Small batches handed out as workers free up, two in flight per worker so none waits
      // between batches; small enough that the last ones end together.
      const batch = Math.max(1, Math.min(16, Math.ceil(documents.length / (size * 32))));
      let next = 0;
      const lane = async (w: PoolWorker): Promise<void> => {
        while (next < documents.length) {
          const from = next;
          next = Math.min(documents.length, next + batch);
          const results = await w.run(documents.slice(from, next));
          results.forEach((r, k) => (out[from + k] = r));
        }
      };
      await Promise.all(workers.flatMap((w) => [lane(w), lane(w)]));
      return out;
    },
    async warm(documents) {
      await Promise.all(workers.map((w) => w.run(documents)));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

const isResolved = (o: ResolvedOptions | CompareOptions): o is ResolvedOptions => o.kinds instanceof Set;

/** Young generation of each worker's heap, in MB (V8's default is 16 to 32 on 64-bit). */
const YOUNG_GENERATION_MB = 96;

/** One worker thread and the batches it has been sent. */
class PoolWorker {
  readonly ready: Promise<readonly string[]>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: readonly DocumentResult[]) => void; reject: (e: Error) => void }>();
  private batches = 0;
  private failure: Error | undefined;

  constructor(input: WorkerInput) {
    const { entry, eval: isCode } = workerEntry();
    // A young generation larger than V8's default: reading allocates many short-lived objects,
    // and fewer scavenges leave more of the core to reading.
    this.worker = new Worker(entry, { workerData: input, eval: isCode, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.ready = new Promise((resolve, reject) => {
      const onReady = (m: FromWorker) => {
        if (m.type !== 'ready') return;
        this.worker.off('message', onReady);
        this.worker.off('error', reject);
        resolve(m.languages);
      };
      this.worker.on('message', onReady);
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`a claimdiff worker thread stopped before it was ready (exit code ${code})`)));
    });
    this.worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') return;
      const p = this.pending.get(m.batch);
      if (!p) return;
      this.pending.delete(m.batch);
      if (m.type === 'done') p.resolve(m.results);
      else p.reject(Object.assign(new Error(m.error.message), { name: m.error.name, stack: m.error.stack }));
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`a claimdiff worker thread stopped (exit code ${code})`)));
  }

  run(documents: readonly IngestedDocument[]): Promise<readonly DocumentResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    const batch = ++this.batches;
    return new Promise((resolve, reject) => {
      this.pending.set(batch, { resolve, reject });
      const m: ToWorker = { type: 'batch', batch, documents };
      this.worker.postMessage(m);
    });
  }

  async terminate(): Promise<void> {
    this.failure ??= new Error('the claimdiff worker pool was closed');
    await this.worker.terminate();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

/**
 * The worker's file beside this module, and how to start it (see the top of this file). Node 20
 * does not apply `--import` loaders to a worker's entry file, so from the sources the worker is a
 * small script that registers tsx's loader and then imports the TypeScript worker.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url);
  const ext = /\.[cm]?[jt]s$/u.exec(here.pathname)?.[0] ?? '.js';
  const url = new URL(`./parallel-worker${ext}`, here);
  if (!ext.endsWith('ts')) return { entry: url, eval: false };
  const code = `import(${JSON.stringify(tsxApi(here))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return { entry: code, eval: true };
}

/** The ES module of tsx's `tsx/esm/api` (its CommonJS build cannot register from a worker). */
function tsxApi(from: URL): string {
  const req = createRequire(from);
  const manifest = req.resolve('tsx/package.json');
  const pkg = req(manifest) as { exports?: Record<string, string | { import?: { default?: string } }> };
  const api = pkg.exports?.['./esm/api'];
  const file = typeof api === 'object' ? api.import?.default : undefined;
  if (!file) throw new Error('claimdiff: running the TypeScript sources on worker threads needs tsx (tsx/esm/api)');
  return new URL(file, pathToFileURL(manifest)).href;
}
