/**
 * The worker thread of `compareClaimsParallel()`: reads the documents it is sent (segment and
 * extract) and posts back plain data (claims, messages, document info). It imports the same
 * module graph as the main thread: from `src/` it runs through tsx, from `dist/` as built.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument, type DocumentResult } from './claim-index';
import { supportedLanguages } from './lexicon/registry';
import { resolveOptions } from './options';
import type { IngestedDocument } from './pipeline/ingest/index';
import type { CompareOptions } from './types';

/** Main thread → worker. */
export type ToWorker = { readonly type: 'batch'; readonly batch: number; readonly documents: readonly IngestedDocument[] } | { readonly type: 'close' };

/** Worker → main thread. */
export type FromWorker =
  | { readonly type: 'ready'; readonly languages: readonly string[] }
  | { readonly type: 'done'; readonly batch: number; readonly results: readonly DocumentResult[] }
  | { readonly type: 'failed'; readonly batch: number; readonly error: { readonly name: string; readonly message: string; readonly stack?: string | undefined } };

/** What the worker is started with. */
export interface WorkerInput {
  readonly options?: CompareOptions | undefined;
}

const port = parentPort;
if (port) {
  const input = (workerData ?? {}) as WorkerInput;
  const opts = resolveOptions(input.options);
  const post = (m: FromWorker) => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    if (m.type === 'close') {
      port.close();
      return;
    }
    try {
      post({ type: 'done', batch: m.batch, results: m.documents.map((d) => readDocument(d, opts)) });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      post({ type: 'failed', batch: m.batch, error: { name: e.name, message: e.message, stack: e.stack } });
    }
  });
  post({ type: 'ready', languages: supportedLanguages() });
}
