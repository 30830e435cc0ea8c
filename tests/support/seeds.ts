import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/index';
import type { Gold } from './score';

export const root = join(__dirname, '..', '..');

/** The seed articles, ids being the file names without `.txt`. */
export function seedSources(): SourceDocument[] {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/u, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

export function seedGold(): Gold {
  return JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seeds', 'seeds.gold.json'), 'utf8')) as Gold;
}
