/**
 * Working with claims yourself: `extractClaims()` reads one article without comparing it, and a
 * claim is plain data to filter and print. Here: every measured quantity (a number with a unit:
 * distances, money, percentages) in the seed articles, as a table with the hedge read as bounds
 * and the value in the unit's base (metres for lengths), so "more than 4,000km" and "2,500 miles"
 * can be set side by side.
 *
 *   npx tsx examples/custom-extractor.ts [folder (default seeds/)]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims, type QuantityClaim } from '../src/index';

const folder = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

const measured: QuantityClaim[] = [];
let counts = 0;
for (const file of readdirSync(folder).filter((f) => extname(f) === '.txt').sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  // Only quantities: the event and quote extractors need not run.
  for (const claim of extractClaims({ id: file.slice(0, -4), text }, { kinds: ['quantity'] })) {
    if (claim.kind !== 'quantity') continue;
    if (claim.unit === undefined) counts++;
    else measured.push(claim);
  }
}

const number = (n: number | undefined): string => (n === undefined ? '' : n.toLocaleString('en-GB', { maximumFractionDigits: 2 }));
const bounds = (c: QuantityClaim): string => (c.low === c.high ? number(c.value) : `${number(c.low)} to ${number(c.high) || '…'}`);
const rows = [
  ['source', 'line', 'as written', 'bound', 'value', 'unit', 'in base unit'],
  ...measured.map((c) => [
    c.documentId.slice(0, 12),
    String(c.span.start.line),
    c.text,
    c.bound,
    bounds(c),
    c.unit ?? '',
    c.base?.low === c.base?.high ? number(c.base?.value) : `${number(c.base?.low)} to ${number(c.base?.high) || '…'}`,
  ]),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => cell.padEnd(widths[j]!)).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\n${measured.length} measured quantities; ${counts} plain counts left out.`);
