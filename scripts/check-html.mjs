#!/usr/bin/env node
/**
 * Checks the HTML report in a real browser (Debian's headless Chromium):
 *
 * 1. the seeds' report, `node dist/cli.js seeds --format html --out out/html/seeds.html`, renders:
 *    Chromium takes a 1440×900 screenshot of it, a PNG over 10 kB (this also checks that
 *    Chromium is installed and works);
 * 2. a report made from hostile sources (script tags, event handlers, javascript: links, broken
 *    markup, in the text and in the metadata) renders inert: in the DOM Chromium builds, the only
 *    script is the page's own, no element has an event handler attribute, no link or source is a
 *    javascript: URL, no element came from the sources' markup, and the hostile text shows as text.
 *
 * Without Chromium (`apt-get install -y chromium`; or set CHROMIUM to its path) it says so and
 * exits 0, or 1 when CI=true. Builds dist/ first when dist/cli.js is missing or older than src/.
 *
 *   npm run check:html
 */
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const outDir = join(root, 'out', 'html');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

if (!existsSync(chromium)) {
  console.error(`check-html: no Chromium at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM to its path.`);
  console.error(inCi ? 'check-html: CI=true, so this is a failure.' : 'check-html: skipped (not in CI).');
  process.exit(inCi ? 1 : 0);
}

buildIfStale();
mkdirSync(outDir, { recursive: true });

// 1. The seeds' report, and a screenshot of it.
const seedsHtml = join(outDir, 'seeds.html');
const seedsPng = join(outDir, 'seeds.png');
runCli(['seeds', '--format', 'html', '--out', relative(root, seedsHtml)], 'the seeds');
rmSync(seedsPng, { force: true });
browse([`--screenshot=${seedsPng}`, '--window-size=1440,900'], seedsHtml);
const png = existsSync(seedsPng) ? readFileSync(seedsPng) : Buffer.alloc(0);
check(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `Chromium wrote a PNG screenshot of the seeds' report (${relative(root, seedsPng)})`);
check(png.length > 10_000, `the screenshot is over 10 kB (${png.length} bytes)`);
check(png.length >= 24 && png.readUInt32BE(16) === 1440 && png.readUInt32BE(20) === 900, 'the screenshot is 1440×900');

// 2. A report of hostile sources, and the DOM Chromium makes of it.
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(1)">';
const LINK = '<a href="javascript:alert(1)">x</a>';
const BROKEN = '<b><i>unclosed';
const hostileDir = mkdtempSync(join(tmpdir(), 'claimdiff-hostile-'));
const hostileHtml = join(outDir, 'hostile.html');
try {
  writeFileSync(
    join(hostileDir, 'a.txt'),
    `Police fired tear gas at about 500 migrants at the bridge on Friday. ${SCRIPT}\n` +
      `The mayor said the crowd ${IMG} was peaceful, and ${LINK} everyone went home.\n` +
      `${SCRIPT} ${IMG} ${LINK} ${BROKEN}\n` +
      `President Trump said "They are not coming into this country ${BROKEN}," on Friday.\n`,
  );
  writeFileSync(
    join(hostileDir, 'b.json'),
    JSON.stringify({
      id: 'b',
      title: SCRIPT,
      url: 'javascript:alert(1)',
      publisher: IMG,
      text:
        `Police used pepper spray on about 800 migrants at the bridge on Friday, officials said. ${LINK}\n` +
        `President Trump said "They are not coming into this country ${SCRIPT}," on Friday. ${BROKEN}\n`,
    }),
  );
  writeFileSync(join(hostileDir, 'c.md'), `# ${LINK}\n\nPolice fired rubber bullets at about 600 migrants at the bridge on Friday. ${IMG}\n`);
  runCli([hostileDir, '--format', 'html', '--out', relative(root, hostileHtml)], 'the hostile sources');
} finally {
  rmSync(hostileDir, { recursive: true, force: true });
}
const dom = browse(['--dump-dom'], hostileHtml);
browse([`--screenshot=${join(outDir, 'hostile.png')}`, '--window-size=1440,900'], hostileHtml);
checkInert(dom);

if (failures.length > 0) {
  console.error(`\ncheck-html: ${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log(`\ncheck-html: all checks passed; pages and screenshots in ${relative(root, outDir)}/.`);

/** The checks on the hostile page's DOM, as Chromium serialises it (text escaped, attributes double-quoted). */
function checkInert(html) {
  check(html.length > 1000 && /<\/html>\s*$/u.test(html), `Chromium rendered the hostile report (${html.length} characters of DOM)`);
  const elements = tags(html);
  const scripts = elements.filter((e) => e.name === 'script');
  check(scripts.length === 1, `one <script> element, the page's own (found ${scripts.length})`);
  const own = scripts[0];
  check(own !== undefined && own.attributes.length === 0 && html.slice(own.end, html.indexOf('</script>', own.end)).includes("querySelectorAll('input[data-filter]')"), 'that script is the inline filter script, with no src');
  const handlers = elements.flatMap((e) => e.attributes.filter((a) => a.name.startsWith('on')).map((a) => `<${e.name} ${a.name}>`));
  check(!handlers.some((h) => h.includes('onerror')), `no element with an onerror attribute${handlers.length > 0 ? ` (found ${handlers.join(', ')})` : ''}`);
  check(handlers.length === 0, 'no element with any on* event handler attribute');
  const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping']);
  const scriptUrls = elements.flatMap((e) =>
    e.attributes.filter((a) => URL_ATTRIBUTES.has(a.name) && /^javascript:/iu.test(a.value.replace(/[\s\p{Cc}]/gu, ''))).map((a) => `<${e.name} ${a.name}="${a.value}">`),
  );
  check(scriptUrls.length === 0, `no javascript: URL in href, src or action${scriptUrls.length > 0 ? ` (found ${scriptUrls.join(', ')})` : ''}`);
  const foreign = elements.filter((e) => ['img', 'iframe', 'object', 'embed', 'b', 'i'].includes(e.name)).map((e) => `<${e.name}>`);
  check(foreign.length === 0, `no element from the sources' markup (img, iframe, object, embed, b, i)${foreign.length > 0 ? `: found ${foreign.join(', ')}` : ''}`);
  for (const text of [SCRIPT, IMG, LINK, BROKEN]) {
    check(html.includes(text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')), `the source's ${text} shows as text`);
  }
}

/**
 * The start tags of serialised HTML, with their attributes. In a serialisation `<` in text is
 * always `&lt;`, so every `<` followed by a letter starts a tag. Each pattern's alternatives start
 * with different characters, so matching is linear in the length of the page.
 */
function tags(html) {
  const out = [];
  for (const m of html.matchAll(/<([a-z][\w:-]*)((?:[\s/](?:[^"'>]|"[^"]*"|'[^']*')*)?)>/giu)) {
    const attributes = [];
    for (const a of m[2].matchAll(/([^\s"'/=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) {
      attributes.push({ name: a[1].toLowerCase(), value: decode(a[2] ?? a[3] ?? a[4] ?? '') });
    }
    out.push({ name: m[1].toLowerCase(), attributes, end: m.index + m[0].length });
  }
  return out;
}

function decode(value) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return value.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,5});/giu, (whole, ref) => {
    if (!ref.startsWith('#')) return named[ref.toLowerCase()] ?? whole;
    const code = /^#x/iu.test(ref) ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Runs Chromium on a file with a fresh profile; returns what it printed on stdout. */
function browse(args, file) {
  const profile = mkdtempSync(join(tmpdir(), 'claimdiff-chromium-'));
  try {
    const r = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        ...args,
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.error || r.status !== 0) {
      console.error(`check-html: ${chromium} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr}`);
      failures.push(`Chromium ran on ${relative(root, file)}`);
    }
    return r.stdout ?? '';
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs the built CLI; it must succeed and print nothing on stdout when given --out. */
function runCli(args, what) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  check(r.status === 0 && r.stdout === '', `node dist/cli.js ${args.join(' ')}: exit 0, nothing on stdout (${what})`);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
}

/** Builds dist/ when dist/cli.js is missing or older than any source file. */
function buildIfStale() {
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((n, e) => Math.max(n, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
  console.log('check-html: dist/cli.js is missing or older than src/: building it (npx tsup)');
  execFileSync('npx', ['tsup'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
