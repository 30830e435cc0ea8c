/** The command line: `claimdiff [files | folders | -] [--format text|json] [--out FILE]`. */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { compareClaims } from './compare-claims';
import { isClaimdiffError } from './errors';
import { renderText } from './pipeline/report/text';
import type { SourceDocument } from './types';

const USAGE = `usage: claimdiff [options] <file|folder|->...

Compares the claims of several news articles (.txt files, or stdin with -).

options:
  --format text|json   what to print (default text)
  --out FILE           write the report to FILE instead of stdout
  --lang CODE          language of every input (en, sv, de, es, fr); detected by default
  --published DATE     publication date for inputs that give none (ISO 8601)
  --min-sources N      keep alignments spanning at least N documents (default 2)
  --only conflicts     report only conflicts
  -h, --help           this help
  -v, --version        the version
`;

interface Args {
  format: 'text' | 'json';
  out?: string;
  lang?: string;
  published?: string;
  minSources?: number;
  onlyConflicts: boolean;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const a: Args = { format: 'text', onlyConflicts: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
      a.format = f;
    } else if (arg === '--out') a.out = value();
    else if (arg === '--lang') a.lang = value();
    else if (arg === '--published') a.published = value();
    else if (arg === '--min-sources') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--min-sources must be a whole number of at least 1');
      a.minSources = n;
    } else if (arg === '--only') {
      if (value() !== 'conflicts') throw new UsageError('--only takes "conflicts"');
      a.onlyConflicts = true;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else a.inputs.push(arg);
  }
  if (a.inputs.length === 0) throw new UsageError('no input: name files or folders of articles, or - for stdin');
  return a;
}

class ReadError extends Error {}

function readInputs(inputs: readonly string[], lang: string | undefined): SourceDocument[] {
  const docs: SourceDocument[] = [];
  const add = (id: string, text: string) => docs.push({ id, text, ...(lang ? { language: lang } : {}) });
  for (const input of inputs) {
    if (input === '-') {
      add('stdin', readFileSync(0, 'utf8'));
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new ReadError(`cannot read ${input}: no such file or folder`);
    }
    const files = st.isDirectory()
      ? readdirSync(input).filter((f) => extname(f) === '.txt').sort().map((f) => join(input, f))
      : [input];
    for (const f of files) {
      const buf = readFileSync(f);
      if (buf.includes(0)) throw new ReadError(`${f} looks binary (it has NUL bytes): pass a text file`);
      add(basename(f, extname(f)), buf.toString('utf8'));
    }
  }
  return docs;
}

function main(): number {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`claimdiff: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`${process.env['CLAIMDIFF_VERSION'] ?? '0.1.0'}\n`);
    return 0;
  }
  let docs;
  try {
    docs = readInputs(args.inputs, args.lang);
  } catch (e) {
    process.stderr.write(`claimdiff: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    let report = compareClaims(docs, {
      ...(args.minSources ? { minSources: args.minSources } : {}),
      ...(args.published ? { publishedAt: args.published } : {}),
    });
    if (args.onlyConflicts) report = { ...report, alignments: report.alignments.filter((a) => a.verdict !== 'agree') };
    const out = args.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${renderText(report)}\n`;
    if (args.out) writeFileSync(args.out, out);
    else process.stdout.write(out);
    return 0;
  } catch (e) {
    if (isClaimdiffError(e) || e instanceof TypeError) {
      process.stderr.write(`claimdiff: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
