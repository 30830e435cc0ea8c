/**
 * Documents from a `.json` file: one `{ id, text, title?, url?, publisher?, publishedAt?, language? }`
 * or an array of them. Only those fields are copied, each read as an own property, so keys such
 * as `__proto__` or `constructor` in the file change nothing.
 */
import type { SourceDocument } from '../types';

const META = ['title', 'url', 'publisher', 'publishedAt', 'language'] as const;

/** A file that could not be read as documents; the message names the file and says what to do. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
}

/**
 * The documents of a JSON file's text. Throws a `ReadError` listing every problem (path, what is wrong).
 * @example
 * jsonDocuments('{"id":"a","text":"Police fired tear gas."}', 'a.json'); // [{ id: 'a', text: '…' }]
 */
export function jsonDocuments(source: string, file: string): SourceDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    throw new ReadError(`${file} is not valid JSON (${(e as Error).message}): fix it, or rename it if it is not a list of documents`);
  }
  const many = Array.isArray(data);
  const items: unknown[] = many ? (data as unknown[]) : [data];
  const problems: string[] = [];
  const docs: SourceDocument[] = [];
  items.forEach((item, i) => {
    const where = many ? `${file}[${i}]` : file;
    const doc = documentOf(item, where, problems);
    if (doc) docs.push(doc);
  });
  if (problems.length > 0) {
    const list = problems.map((p) => `  - ${p}`).join('\n');
    throw new ReadError(`${file} does not hold documents { id, text, title?, url?, publisher?, publishedAt?, language? }:\n${list}`);
  }
  return docs;
}

function documentOf(item: unknown, where: string, problems: string[]): SourceDocument | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(`${where}: must be an object { id, text }`);
    return undefined;
  }
  const own = (key: string): unknown => (Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined);
  const id = own('id');
  const text = own('text');
  const before = problems.length;
  if (typeof id !== 'string' || id.trim() === '') problems.push(`${where}.id: must be a non-empty string`);
  if (typeof text !== 'string') problems.push(`${where}.text: must be a string with the article's text`);
  const meta: Partial<Record<(typeof META)[number], string>> = {};
  for (const key of META) {
    const v = own(key);
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') problems.push(`${where}.${key}: must be a string when given`);
    else meta[key] = v;
  }
  if (meta.publishedAt !== undefined && Number.isNaN(Date.parse(meta.publishedAt))) {
    problems.push(`${where}.publishedAt: must be an ISO 8601 date such as 2018-10-19`);
  }
  if (problems.length > before) return undefined;
  return { ...meta, id: id as string, text: text as string };
}
