#!/usr/bin/env node
/**
 * Long fuzzing run: the property tests with 100,000 cases each (FUZZ_RUNS may override it).
 *
 *     npm run fuzz
 *     FUZZ_RUNS=20000 FUZZ_SEED=42 npm run fuzz
 *
 * fast-check prints the seed and the shrunk counterexample of any failing property; replay it
 * with FUZZ_SEED=<seed>.
 */
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '100000' };
console.log(`fuzz: FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? ` FUZZ_SEED=${env.FUZZ_SEED}` : ''} vitest run tests/property.test.ts`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/property.test.ts', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
if (result.error) {
  console.error(result.error.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
