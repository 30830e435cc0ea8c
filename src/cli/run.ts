/** One run of the command line: arguments in, exit code out. Only the report goes to stdout. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isClaimdiffError } from '../errors';
import type { CompareOptions, SourceDocument } from '../types';
import { USAGE, UsageError, parseArgs, type Args } from './args';
import { ReadError, readInputs } from './read-inputs';

/** Where a run reads and writes; `process` in the real command. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; readonly isTTY?: boolean };
  readonly readStdin: () => Promise<Buffer>;
  readonly version: () => string;
}

/** Exit codes: 0 done, 1 an input could not be read (or the output written), 2 a usage mistake. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Inputs larger than this, in UTF-16 code units, get a progress line on a terminal. */
const PROGRESS_FROM = 1_000_000;

/**
 * Runs the command line.
 * @example
 * process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, readStdin, version });
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const warn = (s: string): void => void io.stderr.write(`claimdiff: ${s}\n`);
  let args: Args | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`claimdiff: ${e.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args === 'help') {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (args === 'version') {
    io.stdout.write(`${io.version()}\n`);
    return EXIT.ok;
  }
  let documents: SourceDocument[];
  try {
    const stdin = args.inputs.includes('-') ? await io.readStdin() : Buffer.alloc(0);
    const inputs = readInputs(args.inputs, { stdin: () => stdin, ...(args.lang !== undefined ? { language: args.lang } : {}) });
    for (const w of inputs.warnings) warn(w);
    if (args.out !== undefined && inputs.files.includes(resolve(args.out))) {
      io.stderr.write(`claimdiff: --out ${args.out} is one of the inputs: write the report to another file\n\n${USAGE}`);
      return EXIT.usage;
    }
    documents = inputs.documents;
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    warn(e.message);
    return EXIT.input;
  }
  if (documents.length === 0) {
    warn('no input has any text: nothing to compare');
    return EXIT.input;
  }
  return report(args, documents, io, warn);
}

async function report(args: Args, documents: readonly SourceDocument[], io: CliIo, warn: (s: string) => void): Promise<number> {
  // Loaded only now: the language models take a second to load, which --help and a typo need not wait for.
  const [{ compareClaims }, { onlyConflicts, render }] = await Promise.all([import('../compare-claims'), import('./render')]);
  const options: CompareOptions = {
    ...(args.minSources !== undefined ? { minSources: args.minSources } : {}),
    ...(args.published !== undefined ? { publishedAt: args.published } : {}),
  };
  const size = documents.reduce((n, d) => n + d.text.length, 0);
  const progress = io.stderr.isTTY === true && size > PROGRESS_FROM;
  const started = Date.now();
  if (progress) io.stderr.write(`claimdiff: comparing ${documents.length} documents (${(size / 1e6).toFixed(1)} M characters)…`);
  let output: string;
  try {
    const full = compareClaims(documents, options);
    output = render(args.onlyConflicts ? onlyConflicts(full) : full, documents, args.format, args.onlyConflicts);
  } catch (e) {
    if (progress) io.stderr.write('\n');
    // The CLI checks what it passes, so this is a document the library refused: say which and why.
    if (!isClaimdiffError(e)) throw e;
    warn(e.message);
    return EXIT.input;
  }
  if (progress) io.stderr.write(`\r\u001b[Kclaimdiff: compared ${documents.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (args.out === undefined) {
    io.stdout.write(output);
    return EXIT.ok;
  }
  try {
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    writeFileSync(args.out, output);
  } catch (e) {
    warn(`cannot write the report to ${args.out}: ${(e as Error).message}`);
    return EXIT.input;
  }
  return EXIT.ok;
}
