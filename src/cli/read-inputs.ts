/**
 * The command line's inputs as documents: files by extension, folders (their files with a known
 * extension, sorted, not descending into subfolders), and `-` for stdin.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { SourceDocument } from '../types';
import { htmlToText } from './html-text';
import { ReadError, jsonDocuments } from './json-documents';

export { ReadError } from './json-documents';

/** The extensions a folder is searched for, and how each is read. */
export const EXTENSIONS: Readonly<Record<string, 'text' | 'html' | 'json'>> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** What `readInputs()` found: the documents, and warnings for stderr (skipped files, renamed ids). */
export interface Inputs {
  readonly documents: SourceDocument[];
  readonly warnings: string[];
  /** Resolved paths of the files read, so the report is never written over one of them. */
  readonly files: string[];
}

/**
 * Reads every input. Throws a `ReadError` naming the file when one cannot be read: a missing path,
 * an unreadable or binary file, text that is not UTF-8, JSON that holds no documents. Empty files
 * are skipped with a warning.
 * @example
 * const { documents, warnings } = readInputs(['seeds/', 'extra.html'], { stdin: () => Buffer.alloc(0) });
 */
export function readInputs(inputs: readonly string[], io: { readonly stdin: () => Buffer; readonly language?: string }): Inputs {
  const documents: SourceDocument[] = [];
  const warnings: string[] = [];
  const files: string[] = [];
  const ids = new Set<string>();
  const add = (doc: SourceDocument, fallbackId: string, label: string): void => {
    if (doc.text.trim() === '') {
      warnings.push(`${label} is empty: skipped`);
      return;
    }
    const id = uniqueId(ids, doc.id, fallbackId);
    if (id !== doc.id) warnings.push(`${label}: another document is already called "${doc.id}", so this one is called "${id}"`);
    documents.push({ ...doc, id, ...(io.language !== undefined && doc.language === undefined ? { language: io.language } : {}) });
  };
  for (const input of inputs) {
    if (input === '-') {
      add({ id: 'stdin', text: decode(io.stdin(), 'stdin') }, 'stdin', 'stdin');
      continue;
    }
    for (const file of filesOf(input, warnings)) {
      const path = resolve(file);
      if (files.includes(path)) continue;
      files.push(path);
      const docs = readFile(file);
      if (docs.length === 0) warnings.push(`${file} holds no documents: skipped`);
      const many = docs.length > 1 || extname(file).toLowerCase() === '.json';
      for (const doc of docs) add(doc, file, many ? `${file} (document "${doc.id}")` : file);
    }
  }
  return { documents, warnings, files };
}

/** The files an input names: itself, or a folder's files with a known extension, sorted. */
function filesOf(input: string, warnings: string[]): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(input).isDirectory();
  } catch (e) {
    throw new ReadError(`cannot read ${input}: ${reason(e)}`);
  }
  if (!isFolder) return [input];
  let names: string[];
  try {
    names = readdirSync(input, { withFileTypes: true })
      .filter((d) => (d.isFile() || d.isSymbolicLink()) && !d.name.startsWith('.') && Object.hasOwn(EXTENSIONS, extname(d.name).toLowerCase()))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    throw new ReadError(`cannot read the folder ${input}: ${reason(e)}`);
  }
  if (names.length === 0) warnings.push(`${input} has no ${Object.keys(EXTENSIONS).join(', ')} files: nothing read from it`);
  return names.map((n) => join(input, n));
}

/** One file's documents; a file with an unknown extension is read as plain text. */
function readFile(file: string): SourceDocument[] {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new ReadError(`cannot read ${file}: ${reason(e)}`);
  }
  const ext = extname(file).toLowerCase();
  const id = basename(file, extname(file));
  const kind = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : 'text';
  if (kind === 'json') {
    return jsonDocuments(decode(buf, file).replace(/^\uFEFF/u, ''), file);
  }
  const text = decode(buf, file);
  if (kind === 'text') return [{ id, text }];
  const page = htmlToText(text);
  return [{ id, text: page.text, ...(page.title !== undefined ? { title: page.title } : {}) }];
}

/** A file's bytes as UTF-8 text. A byte-order mark is kept, so offsets count it as the file does. */
function decode(buf: Buffer, file: string): string {
  if (buf.includes(0)) throw new ReadError(`${file} looks binary (it has NUL bytes): pass a UTF-8 text, Markdown, HTML or JSON file`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new ReadError(`${file} is not UTF-8 text: convert it first (for example: iconv -f latin1 -t utf-8)`);
  }
}

/** The preferred id, else the fallback (a file's path), else the fallback numbered. */
function uniqueId(taken: Set<string>, preferred: string, fallback: string): string {
  let id = taken.has(preferred) ? fallback : preferred;
  for (let n = 2; taken.has(id); n++) id = `${fallback}#${n}`;
  taken.add(id);
  return id;
}

function reason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'the file is too large (over 2 GB)';
  return e instanceof Error ? e.message : String(e);
}
