/**
 * Cross-language alignment on NTREX-128 (../shared/dev/ntrex): each English article beside its
 * professional translation into sv, de, es and fr, one sentence per line in every language. A
 * claim pair aligned across the two is right when both claims stand on the same line.
 *
 *   npm run bench:ntrex            # all four languages
 *   npm run bench:ntrex -- sv,de   # a choice
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../src/index';

const dir = process.env['CLAIMDIFF_NTREX'] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'dev', 'ntrex');
if (!existsSync(join(dir, 'en'))) {
  console.log(`no NTREX texts at ${dir}: set CLAIMDIFF_NTREX to their folder`);
  process.exit(0);
}
const langs = (process.argv[2] ?? 'sv,de,es,fr').split(',');
for (const lang of langs) {
  let right = 0;
  let wrong = 0;
  let both = 0;
  let aligned = 0;
  for (const f of readdirSync(join(dir, 'en')).sort()) {
    const report = compareClaims([
      { id: 'en', text: readFileSync(join(dir, 'en', f), 'utf8'), language: 'en' },
      { id: lang, text: readFileSync(join(dir, lang, f), 'utf8'), language: lang },
    ]);
    const byId = new Map(report.claims.map((c) => [c.id, c]));
    const alignedLines = new Set<number>();
    for (const al of report.alignments) {
      const ids = al.positions.flatMap((p) => p.claimIds);
      for (const x of ids) {
        for (const y of ids) {
          const a = byId.get(x)!;
          const b = byId.get(y)!;
          if (a.documentId !== 'en' || b.documentId === 'en') continue;
          if (a.span.start.line === b.span.start.line) {
            right++;
            alignedLines.add(a.span.start.line);
          } else wrong++;
        }
      }
    }
    const enLines = new Set(report.claims.filter((c) => c.documentId === 'en').map((c) => c.span.start.line));
    const otherLines = new Set(report.claims.filter((c) => c.documentId !== 'en').map((c) => c.span.start.line));
    for (const line of enLines) {
      if (!otherLines.has(line)) continue;
      both++;
      if (alignedLines.has(line)) aligned++;
    }
  }
  const pct = (x: number, y: number) => (y === 0 ? 0 : (100 * x) / y).toFixed(1);
  console.log(`en–${lang}: aligned pairs that are translations of each other ${pct(right, right + wrong)}% (${right}/${right + wrong}); lines with claims on both sides aligned ${pct(aligned, both)}% (${aligned}/${both})`);
}
