/**
 * The command line, run as a child process against the built `dist/cli.js` (built here first when
 * it is missing or older than the sources): every format on the seeds, read errors and their exit
 * codes, `--only conflicts`, `--out`, JSON and HTML inputs, stdin.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../src/cli/html-text';
import type { Report } from '../src/types';
import { root } from './support/seeds';

const cliPath = join(root, 'dist', 'cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI in the project folder; `input` goes to stdin. */
function cli(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [cliPath, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      done({ status, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** The newest modification time of the files a build reads. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

let tmp: string;
const seedRuns = new Map<string, Run>();

beforeAll(async () => {
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (!existsSync(cliPath) || statSync(cliPath).mtimeMs < sources) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
  tmp = mkdtempSync(join(tmpdir(), 'claimdiff-cli-'));
  // The seeds in every format, side by side: each run takes a few seconds.
  const formats = ['text', 'json', 'md', 'html', 'claimreview'];
  const runs = await Promise.all(formats.map((f) => cli(['seeds', '--format', f])));
  formats.forEach((f, i) => seedRuns.set(f, runs[i]!));
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder under the test's temporary folder, holding the given files. */
function folder(name: string, files: Readonly<Record<string, string | Buffer>>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const seed = (n: number): string => {
  const file = readdirSync(join(root, 'seeds')).sort()[n]!;
  return readFileSync(join(root, 'seeds', file), 'utf8');
};

describe('formats on the seeds', () => {
  it('text: the summary, conflicts first, and nothing on stderr', () => {
    const r = seedRuns.get('text')!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^5 documents, \d+ claims/u);
    expect(r.stdout).toContain('CONFLICTS');
    expect(r.stderr).toBe('');
  });

  it('json: the report, with claims', () => {
    const r = seedRuns.get('json')!;
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.documents.map((d) => d.id)).toEqual(readdirSync(join(root, 'seeds')).sort().map((f) => f.replace(/\.txt$/u, '')));
    expect(report.claims.length).toBeGreaterThan(0);
  });

  it('md: a brief that starts with a heading and has the conflicts', () => {
    const r = seedRuns.get('md')!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^#{1,6} /u);
    expect(r.stdout).toContain('Conflicts');
  });

  it('html: a page', () => {
    const r = seedRuns.get('html')!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.toLowerCase()).toContain('<!doctype html>');
    expect(r.stdout).toContain('</html>');
  });

  it('claimreview: a JSON array of ClaimReview objects', () => {
    const r = seedRuns.get('claimreview')!;
    expect(r.status, r.stderr).toBe(0);
    const reviews = JSON.parse(r.stdout) as { '@type': string }[];
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((x) => x['@type'] === 'ClaimReview')).toBe(true);
  });
});

describe('inputs that cannot be read', () => {
  it('a missing path: exit 1, naming it', async () => {
    const r = await cli(['seeds', 'no/such/article.txt']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('no/such/article.txt');
    expect(r.stdout).toBe('');
  });

  it('an empty file is skipped with a warning; the rest go on', async () => {
    const dir = folder('empty', { 'a.txt': seed(0), 'b.txt': seed(1), 'empty.txt': '' });
    const r = await cli([dir, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(join(dir, 'empty.txt'));
    expect(r.stderr).toContain('empty');
    expect((JSON.parse(r.stdout) as Report).documents.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('only empty files: exit 1', async () => {
    const dir = folder('only-empty', { 'empty.txt': '', 'blank.md': ' \n\t\n' });
    const r = await cli([dir]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr).toContain('nothing to compare');
    expect(r.stdout).toBe('');
  });

  it('a binary file: exit 1, naming it', async () => {
    const dir = folder('binary', { 'a.txt': seed(0), 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) });
    const r = await cli([dir]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('image.txt');
    expect(r.stderr).toContain('binary');
    expect(r.stdout).toBe('');
  });

  it('text that is not UTF-8: exit 1', async () => {
    const dir = folder('latin1', { 'a.txt': Buffer.from('Polisen anv\xe4nde t\xe5rgas.', 'latin1') });
    const r = await cli([join(dir, 'a.txt')]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('UTF-8');
  });
});

describe('usage mistakes: exit 2 with the usage', () => {
  it.each([
    ['an unknown flag', ['seeds', '--colour']],
    ['a missing value', ['seeds', '--format']],
    ['a bad format', ['seeds', '--format', 'pdf']],
    ['a bad --min-sources', ['seeds', '--min-sources', '0']],
    ['a bad --only', ['seeds', '--only', 'agreements']],
    ['an unsupported --lang', ['seeds', '--lang', 'xx']],
    ['a bad --published', ['seeds', '--published', 'last friday']],
    ['no input', []],
  ])('%s', async (_name, args) => {
    const r = await cli(args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('usage: claimdiff');
    expect(r.stdout).toBe('');
  });

  it('--out naming an input', async () => {
    const dir = folder('out-is-input', { 'a.txt': seed(0), 'b.txt': seed(1) });
    const r = await cli([dir, '--out', join(dir, 'a.txt')]);
    expect(r.status, r.stderr).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(seed(0));
  });
});

describe('options', () => {
  it('--help and --version print to stdout', async () => {
    const help = await cli(['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('usage: claimdiff');
    const version = await cli(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('--only conflicts keeps only conflicts, and the claims they rest on', async () => {
    const r = await cli(['seeds', '--only', 'conflicts', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.alignments.length).toBeGreaterThan(0);
    expect(report.alignments.every((a) => a.verdict !== 'agree')).toBe(true);
    expect(report.stats.alignments).toBe(report.alignments.length);
    const used = new Set(report.alignments.flatMap((a) => a.positions.flatMap((p) => p.claimIds)));
    expect(report.claims.every((c) => used.has(c.id))).toBe(true);
    const md = await cli(['seeds', '--only=conflicts', '--format=md']);
    expect(md.stdout).toContain('## Conflicts');
    expect(md.stdout).not.toContain('## Agreements');
  });

  it('--out writes the file, making its folder, and prints nothing', async () => {
    const out = join(tmp, 'new', 'folder', 'report.json');
    const r = await cli(['seeds', '--format', 'json', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).claims.length).toBeGreaterThan(0);
  });

  it('- reads stdin as one document called "stdin"; --lang and --published apply to it', async () => {
    const r = await cli(['-', 'seeds/000_f9c875f9ed25f209.txt', '--format', 'json', '--lang', 'SV', '--published', '2018-10-19'], seed(3));
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.documents[0]).toMatchObject({ id: 'stdin', language: 'sv', languageSource: 'caller' });
  });
});

describe('JSON and HTML inputs', () => {
  it('.json documents: known fields only, so __proto__ and constructor change nothing', async () => {
    const file = join(folder('json', {}), 'docs.json');
    writeFileSync(
      file,
      `[{"id":"a","text":${JSON.stringify(seed(0))},"publisher":"AP","__proto__":{"title":"polluted","language":"sv"},"constructor":{"prototype":{"polluted":true}}},` +
        `{"id":"b","text":${JSON.stringify(seed(2))},"url":"https://example.com/b","extra":1}]`,
    );
    const r = await cli([file, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(report.documents[0]).toMatchObject({ publisher: 'AP', language: 'en', languageSource: 'detected' });
    expect(report.documents[0]).not.toHaveProperty('title');
    expect(report.documents[1]).toMatchObject({ url: 'https://example.com/b' });
  });

  it('.json text inherited through __proto__ is not text: exit 1, naming the path', async () => {
    const file = join(folder('json-proto', {}), 'doc.json');
    writeFileSync(file, '{"id":"a","__proto__":{"text":"Police fired tear gas."}}');
    const r = await cli([file]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${file}.text`);
  });

  it('.html: the text is the page with its markup blanked, and every span indexes into it', async () => {
    const html =
      '<!DOCTYPE html>\n<html><head><title>Tear gas &amp; pepper spray</title>\n<style>p { color: red }</style>' +
      '<script>var s = "<p>Police fired 9,999 rubber bullets.</p>";</script></head>\n<body><!-- nav --><h1>Clashes at the bridge</h1>' +
      '<p>Police fired <b>tear gas</b> at about 500 migrants at the bridge on Friday.</p><p data-x=">">Officials said nearly 3,000 people were in the caravan.</p>\n</body></html>\n';
    const dir = folder('html', { 'page.html': html, 'other.txt': 'Police used pepper spray on about 800 migrants at the bridge on Friday. About 4,000 people were in the caravan.' });
    const r = await cli([dir, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const page = report.documents.find((d) => d.id === 'page')!;
    const extracted = htmlToText(html).text;
    expect(page.title).toBe('Tear gas & pepper spray');
    expect(page.length).toBe(html.length);
    expect(extracted).toHaveLength(html.length);
    const claims = report.claims.filter((c) => c.documentId === 'page');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(extracted.slice(c.span.start.offset, c.span.end.offset)).toBe(c.text);
      expect(extracted.slice(c.sentence.start.offset, c.sentence.end.offset)).toBe(c.sentenceText);
    }
    expect(claims.some((c) => c.kind === 'quantity' && c.value === 500)).toBe(true);
    expect(report.claims.some((c) => c.text.includes('9,999') || c.text.includes('<'))).toBe(false);
  });
});

describe('htmlToText', () => {
  it.each([
    ['tags become spaces; a block tag ends in a line break', '<p>a <b>b</b></p>', '  \na    b       \n'],
    ['comments, and the abrupt ones', 'a<!-- x -->b<!-->c<!--->d', 'a          b     c      d'],
    ['script content goes with it', 'a<script>if (a<b) x("</p>")</script>b', `a${' '.repeat(35)}b`],
    ['an unclosed script runs to the end', 'a<script>x', 'a         '],
    ['quoted > in attributes', '<a title=">" href=\'>\'>x</a>', `${' '.repeat(22)}x    `],
    ['< that is not a tag is text', '3 < 4 and a <= b, x <- y', '3 < 4 and a <= b, x <- y'],
    ['entities stay as written', 'AT&amp;T &nbsp;', 'AT&amp;T &nbsp;'],
    ['a tag the file ends inside', 'a <b class="x', 'a            '],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('keeps the length of any input, and is fast on hostile markup', () => {
    const hostile = ['<!--'.repeat(20_000), '<a b="'.repeat(20_000), '</'.repeat(50_000), '<script>'.repeat(20_000), `<title>${'<'.repeat(50_000)}`];
    for (const html of hostile) expect(htmlToText(html).text).toHaveLength(html.length);
  });
});
