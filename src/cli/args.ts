/** The command line's arguments: options, inputs and the usage text. */
import { supportedLanguages } from '../lexicon/registry';

export const FORMATS = ['text', 'json', 'md', 'html', 'claimreview'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `usage: claimdiff [options] <file | folder | ->...

Compares the claims of several news articles: what each says, where they agree and where they
conflict, with the sentence and the exact span of every claim.

inputs:
  file.txt, file.md    the text as it is
  file.html, file.htm  the page's text: every tag, comment and <script>/<style>/<title> element
                       is replaced by spaces of the same length (a block tag such as <p> or <br>
                       by spaces and a line break) and entities such as &amp; are left as
                       written. So the text the report's spans index into is as long as the
                       file, and every offset in the report is an offset into the file too.
                       The <title> becomes the document's title.
  file.json            one document {"id", "text", "title", "url", "publisher", "publishedAt",
                       "language"} or an array of them; other keys are ignored
  folder               its .txt, .md, .html, .htm and .json files, sorted by name (not subfolders)
  -                    stdin, as one text document with the id "stdin"
  Files must be UTF-8. A document's id is its file name without the extension. Empty files are
  skipped with a warning.

options:
  --format FORMAT      text (default), json (the report), md (a Markdown brief),
                       html (a page with the sources side by side), claimreview (schema.org JSON-LD)
  --out FILE           write the report to FILE (its folder is created) instead of stdout
  --lang CODE          the language of inputs that give none (${supportedLanguages().join(', ')}); detected by default
  --published DATE     publication date of inputs that give none (ISO 8601, e.g. 2018-10-19)
  --min-sources N      keep alignments spanning at least N documents (default 2)
  --only conflicts     report only the conflicts, and the claims they rest on
  -h, --help           this help
  -v, --version        the version

exit codes: 0 done; 1 an input could not be read (or the report could not be written), or none
had any text; 2 a usage mistake. Only the report goes to stdout; warnings go to stderr.
`;

export interface Args {
  readonly format: Format;
  readonly out?: string;
  readonly lang?: string;
  readonly published?: string;
  readonly minSources?: number;
  readonly onlyConflicts: boolean;
  readonly inputs: readonly string[];
}

/** A mistake in the arguments: exit code 2, with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Reads the arguments. `--name value` and `--name=value` both work; `--` ends the options.
 * @example
 * parseArgs(['seeds', '--format', 'md']); // { format: 'md', onlyConflicts: false, inputs: ['seeds'] }
 */
export function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const a: { -readonly [K in keyof Args]: Args[K] } = { format: 'text', onlyConflicts: false, inputs: [] };
  const inputs: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if ((name === '-h' || name === '--help') && eq < 0) return 'help';
    if ((name === '-v' || name === '--version') && eq < 0) return 'version';
    if (name === '--format') a.format = format(value());
    else if (name === '--out') a.out = nonEmpty(name, value());
    else if (name === '--lang') a.lang = language(value());
    else if (name === '--published') a.published = date(value());
    else if (name === '--min-sources') a.minSources = minSources(value());
    else if (name === '--only') {
      const v = value();
      if (v !== 'conflicts') throw new UsageError(`--only takes "conflicts", not "${v}"`);
      a.onlyConflicts = true;
    } else throw new UsageError(`unknown option ${name}`);
  }
  if (inputs.length === 0) throw new UsageError('no input: name files or folders of articles, or - for stdin');
  if (inputs.filter((x) => x === '-').length > 1) throw new UsageError('- (stdin) can be given only once');
  a.inputs = inputs;
  return a;
}

function format(v: string): Format {
  const f = FORMATS.find((x) => x === v);
  if (f === undefined) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
  return f;
}

function nonEmpty(name: string, v: string): string {
  if (v === '') throw new UsageError(`${name} needs a value`);
  return v;
}

/** A supported language code; a region ("sv-SE") is dropped, case ignored. */
function language(v: string): string {
  const code = v.toLowerCase().split(/[-_]/u)[0] ?? '';
  const known = supportedLanguages();
  if (!known.includes(code)) throw new UsageError(`--lang must be one of ${known.join(', ')}, not "${v}"`);
  return code;
}

function date(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/u.test(v) || Number.isNaN(Date.parse(v))) {
    throw new UsageError(`--published must be an ISO 8601 date such as 2018-10-19, not "${v}"`);
  }
  return v;
}

function minSources(v: string): number {
  const n = /^\d+$/u.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--min-sources must be a whole number of at least 1, not "${v}"`);
  return n;
}
