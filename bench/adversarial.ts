/**
 * Adversarial timing: extractClaims + compareClaims on 1 MB of ordinary article text (real
 * sentences, repeated) and on 1 MB of inputs built to hit worst cases: long runs of digits, of
 * digits separated by spaces, of spaces, of quote marks, of dashes, of capitalised words, of
 * "( ( (", of digits separated by commas. Prints each time and its ratio to the ordinary text's
 * time; the goal is at most 3×.
 *
 *     npx tsx bench/adversarial.ts                # 1 MB, at most 20 s per adversarial input
 *     BENCH_BUDGET_S=600 npx tsx bench/adversarial.ts
 *     npx tsx bench/adversarial.ts --size 100000 --only quotes,dashes
 *
 * Each input runs in a child process at doubling sizes (512 B, 1 kB, 2 kB, … 1 MB) until the size is
 * reached or its time budget is spent; a child still running then is killed. When 1 MB was not
 * reached, its time is extrapolated from the last two sizes measured (t ∝ size^k, k printed), so
 * a super-linear input shows up in seconds instead of hanging the benchmark for hours.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compareClaims, extractClaims } from '../src/index';
import { QUOTE_MARKS, DASHES, sentencesOf } from '../tests/support/arbitraries';

const GOAL = 3;
const START = 512;
/** At least this long for the ordinary text, so that its time is measured, not extrapolated. */
const BASE_BUDGET_MS = 240_000;
/** Time a child may take to load claimdiff before its budget starts. */
const STARTUP_MS = 120_000;

/** `size` characters of piece(0) + piece(1) + … */
function fill(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, size);
}

const english = sentencesOf('en');
/** "Aaa", "Bbb", … "Zzz", "Aab", …: capitalised words that are no known name. */
const capWord = (i: number): string => {
  const a = String.fromCharCode(65 + (i % 26));
  const b = String.fromCharCode(97 + (Math.floor(i / 26) % 26));
  const c = String.fromCharCode(97 + (Math.floor(i / 676) % 26));
  return `${a}${b}${c}`;
};

/** The inputs, by name: each builds `size` characters of text. */
const INPUTS: Record<string, { what: string; text: (size: number) => string }> = {
  ordinary: { what: 'real English news sentences, 4 to a paragraph', text: (n) => fill(n, (i) => english[i % english.length]! + (i % 4 === 3 ? '\n\n' : ' ')) },
  digits: { what: 'one run of digits "0123456789…"', text: (n) => fill(n, (i) => String(i % 10)) },
  'spaced-digits': { what: 'digits separated by spaces "1 2 3 …"', text: (n) => fill(n, (i) => `${(i % 9) + 1} `) },
  spaces: { what: 'a run of spaces inside a sentence "Police    …    fired 3 shots."', text: (n) => `Police${' '.repeat(Math.max(0, n - 21))}fired 3 shots.`.slice(0, n) },
  quotes: { what: 'quote marks “”‘’«»„‚‹›"\' in turn', text: (n) => fill(n, (i) => QUOTE_MARKS[(i * 5 + (i >> 2)) % QUOTE_MARKS.length]!) },
  dashes: { what: 'dashes -–—‐ in turn', text: (n) => fill(n, (i) => DASHES[i % DASHES.length]!) },
  'capitalised-words': { what: 'capitalised words "Aaa Baa Caa …"', text: (n) => fill(n, (i) => `${capWord(i)} `) },
  parens: { what: '"( ( ( ( …"', text: (n) => fill(n, () => '( ') },
  'comma-digits': { what: 'digits separated by commas "1,2,3,…"', text: (n) => fill(n, (i) => `${(i % 9) + 1},`) },
};

/** A short article the adversarial document is compared with. */
const REFERENCE = 'The caravan of nearly 3,000 people left San Pedro Sula in Honduras. Police fired tear gas at the migrants on Friday, officials said.';

interface Step {
  size: number;
  ms: number;
  claims: number;
}

// ---------------------------------------------------------------------------------------------
// Child: time one input at the sizes given, printing one JSON line per size as soon as it is done
// ---------------------------------------------------------------------------------------------

function child(name: string, sizes: number[]): void {
  const input = INPUTS[name]!;
  compareClaims([{ id: 'warm', text: REFERENCE }]);
  process.stdout.write('ready\n');
  for (const size of sizes) {
    const text = input.text(size);
    const t0 = performance.now();
    const claims = extractClaims({ id: 'x', text });
    const report = compareClaims([{ id: 'x', text }, { id: 'ref', text: REFERENCE }]);
    const ms = performance.now() - t0;
    if (!report.documents.some((d) => d.id === 'ref')) throw new Error('the reference document was lost');
    process.stdout.write(`${JSON.stringify({ size, ms, claims: claims.length } satisfies Step)}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: run each input in a child with a time budget, extrapolate, print the table
// ---------------------------------------------------------------------------------------------

function sizesUpTo(target: number): number[] {
  const sizes: number[] = [];
  for (let s = Math.min(START, target); s < target; s *= 2) sizes.push(s);
  sizes.push(target);
  return sizes;
}

function runChild(name: string, sizes: number[], budgetMs: number): Promise<{ steps: Step[]; killed: boolean; error?: string }> {
  return new Promise((resolve) => {
    const script = fileURLToPath(import.meta.url);
    const p = spawn(process.execPath, [...process.execArgv, script, '--child', name, sizes.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const steps: Step[] = [];
    let out = '';
    let err = '';
    let killed = false;
    const kill = () => {
      killed = true;
      p.kill('SIGKILL');
    };
    // The budget starts once the child has loaded claimdiff and warmed it up.
    let timer = setTimeout(kill, STARTUP_MS);
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line === 'ready') {
          clearTimeout(timer);
          timer = setTimeout(kill, budgetMs);
        } else {
          steps.push(JSON.parse(line) as Step);
        }
      }
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => {
      clearTimeout(timer);
      const error = !killed && code !== 0 ? err.trim().split('\n').slice(-3).join(' ') : undefined;
      resolve(error ? { steps, killed, error } : { steps, killed });
    });
  });
}

interface Estimate {
  ms: number;
  measured: boolean;
  /** Extrapolated from one size with k = 1: the real time is likely longer. */
  lowerBound?: boolean;
  exponent?: number;
  reached: number;
}

/** The time at `target`: measured, or extrapolated from the last two steps. */
function estimate(steps: Step[], target: number): Estimate | undefined {
  const last = steps.at(-1);
  if (!last) return undefined;
  const prev = steps.at(-2);
  const exponent = prev && prev.ms > 0 && last.ms > 0 ? Math.max(1, Math.log(last.ms / prev.ms) / Math.log(last.size / prev.size)) : undefined;
  if (last.size >= target) return { ms: last.ms, measured: true, reached: last.size, ...(exponent !== undefined ? { exponent } : {}) };
  // One size only: assume linear growth, which makes the estimate a lower bound.
  const k = exponent ?? 1;
  return { ms: last.ms * (target / last.size) ** k, measured: false, lowerBound: exponent === undefined, reached: last.size, exponent: k };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  if (s >= 365 * 86_400) return `${(s / (365 * 86_400)).toPrecision(2)} years`;
  if (s >= 86_400) return `${(s / 86_400).toFixed(1)} days`;
  if (s >= 3600) return `${(s / 3600).toFixed(1)} h`;
  if (s >= 100) return `${(s / 60).toFixed(1)} min`;
  return s >= 1 ? `${s.toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}
const kb = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000} MB` : n >= 1000 ? `${Math.round(n / 1000)} kB` : `${n} B`);
const times = (r: number): string => (r >= 1e6 ? `${r.toExponential(1)}×` : r >= 100 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const target = Number(arg('--size') ?? 1_000_000);
  const budgetMs = Number(process.env.BENCH_BUDGET_S ?? arg('--budget') ?? 20) * 1000;
  const only = arg('--only')?.split(',');
  const names = Object.keys(INPUTS).filter((n) => n === 'ordinary' || !only || only.includes(n));
  const sizes = sizesUpTo(target);

  console.log(`claimdiff adversarial benchmark: extractClaims + compareClaims on ${kb(target)} per input; budget ${budgetMs / 1000} s per input; goal ≤ ${GOAL}× ordinary text`);
  console.log('(≈: extrapolated from the two largest sizes finished in the budget, time ∝ size^k; ≥: from one size, as if linear)\n');

  const rows: { name: string; e?: Estimate; note: string; crashed: boolean }[] = [];
  let base: number | undefined;
  for (const name of names) {
    // The ordinary text is the yardstick: give it time to reach the full size.
    const { steps, killed, error } = await runChild(name, sizes, name === 'ordinary' ? Math.max(budgetMs, BASE_BUDGET_MS) : budgetMs);
    const e = estimate(steps, target);
    if (name === 'ordinary') base = e?.ms;
    const ratio = e && base ? e.ms / base : undefined;
    const time = e ? `${e.measured ? '' : e.lowerBound ? '≥ ' : '≈ '}${seconds(e.ms)}` : error ? 'crashed' : `> ${seconds(budgetMs)}`;
    const ok = error ? 'CRASH' : ratio === undefined ? '' : ratio <= GOAL ? 'ok' : 'SLOW';
    const note = error ? `error: ${error}` : !e ? `killed: ${kb(sizes[0]!)} did not finish` : !e.measured ? `${killed ? 'killed' : 'stopped'} after ${kb(e.reached)} (${seconds(steps.at(-1)!.ms)})` : `${steps.at(-1)!.claims} claims`;
    rows.push({ name, ...(e ? { e } : {}), note, crashed: error !== undefined });
    console.log(
      [
        name.padEnd(18),
        time.padStart(10),
        (ratio === undefined ? '' : times(ratio)).padStart(9),
        (e?.exponent === undefined ? '' : `k${e.lowerBound ? '≥' : '='}${e.exponent.toFixed(1)}`).padStart(6),
        ok.padEnd(4),
        note,
      ].join('  '),
    );
  }
  const slow = rows.filter((r) => r.name !== 'ordinary' && !r.crashed && r.e && base && r.e.ms / base > GOAL).map((r) => r.name);
  const failed = rows.filter((r) => !r.e || r.crashed).map((r) => r.name);
  console.log(`\n${slow.length === 0 && failed.length === 0 ? `all inputs within ${GOAL}× of ordinary text` : `over ${GOAL}×: ${[...slow, ...failed].join(', ') || 'none'}`}`);
  for (const name of names) console.log(`  ${name.padEnd(18)} ${INPUTS[name]!.what}`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3]!, process.argv[4]!.split(',').map(Number));
} else {
  await main();
}
