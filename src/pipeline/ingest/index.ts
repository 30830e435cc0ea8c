/**
 * Ingest: checks the caller's documents, keeps their metadata and assigns each a language.
 * Shape mistakes throw (one error listing every problem); an empty article becomes a message.
 */
import { InputError, issuesError, type Issue } from '../../errors';
import type { ResolvedOptions } from '../../options';
import type { Message, SourceDocument } from '../../types';
import { detectLanguage } from './language';

/** A document that passed validation, with its language settled. */
export interface IngestedDocument {
  readonly source: SourceDocument;
  readonly id: string;
  readonly text: string;
  readonly language: string;
  readonly languageSource: 'caller' | 'detected' | 'default';
}

export interface IngestResult {
  readonly documents: IngestedDocument[];
  readonly messages: Message[];
}

const META = ['title', 'url', 'publisher', 'publishedAt', 'language'] as const;

/** Validates `sources` and returns the documents that can be processed. */
export function ingest(sources: unknown, options: ResolvedOptions): IngestResult {
  if (!Array.isArray(sources)) {
    const got = sources === null ? 'null' : typeof sources;
    throw new TypeError(`\`sources\` must be an array of { id, text } documents; got ${got}`);
  }
  if (sources.length === 0) {
    throw new InputError('E_SOURCES_EMPTY', '`sources` is empty: pass at least one document { id, text }');
  }
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  sources.forEach((s: unknown, i) => checkSource(s, i, issues, seen));
  if (issues.length > 0) {
    const dup = issues.every((x) => x.code === 'duplicate_id');
    throw issuesError(InputError, dup ? 'E_DUPLICATE_ID' : 'E_SOURCE_INVALID', issues);
  }
  const documents: IngestedDocument[] = [];
  const messages: Message[] = [];
  for (const source of sources as SourceDocument[]) {
    if (source.text.trim().length === 0) {
      messages.push({
        severity: 'warning',
        ruleId: 'ingest/empty-text',
        documentId: source.id,
        reason: `document "${source.id}" has no text: pass the article's text, or drop it`,
      });
      continue;
    }
    documents.push(withLanguage(copy(source), options, messages));
  }
  return { documents, messages };
}

function checkSource(s: unknown, i: number, issues: Issue[], seen: Map<string, number>): void {
  const path = `sources[${i}]`;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) {
    issues.push({ path, code: 'not_object', message: 'must be an object { id, text }' });
    return;
  }
  const o = s as Record<string, unknown>;
  const id = o['id'];
  if (typeof id !== 'string' || id.trim() === '') {
    issues.push({ path: `${path}.id`, code: 'invalid_id', message: 'must be a non-empty string that names the document' });
  } else if (seen.has(id)) {
    issues.push({ path: `${path}.id`, code: 'duplicate_id', message: `"${id}" is also the id of sources[${seen.get(id)}]: give each document its own id` });
  } else {
    seen.set(id, i);
  }
  if (typeof o['text'] !== 'string') {
    issues.push({ path: `${path}.text`, code: 'invalid_text', message: `must be a string with the article's text; got ${o['text'] === null ? 'null' : typeof o['text']}` });
  }
  for (const key of META) {
    if (o[key] !== undefined && typeof o[key] !== 'string') {
      issues.push({ path: `${path}.${key}`, code: 'invalid_metadata', message: 'must be a string when given' });
    }
  }
  if (typeof o['publishedAt'] === 'string' && Number.isNaN(Date.parse(o['publishedAt']))) {
    issues.push({ path: `${path}.publishedAt`, code: 'invalid_date', message: 'must be an ISO 8601 date such as 2018-10-19' });
  }
}

/** Own copies of the known fields only: keys such as `__proto__` on the input change nothing. */
function copy(s: SourceDocument): SourceDocument {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  out['id'] = s.id;
  out['text'] = s.text;
  for (const key of META) {
    const v = Object.prototype.hasOwnProperty.call(s, key) ? s[key] : undefined;
    if (typeof v === 'string') out[key] = v;
  }
  return { ...out } as unknown as SourceDocument;
}

function withLanguage(source: SourceDocument, options: ResolvedOptions, messages: Message[]): IngestedDocument {
  const base = { source, id: source.id, text: source.text };
  if (source.language) return { ...base, language: source.language.toLowerCase().slice(0, 2), languageSource: 'caller' };
  const detected = detectLanguage(source.text);
  if (detected) return { ...base, language: detected, languageSource: 'detected' };
  messages.push({
    severity: 'info',
    ruleId: 'ingest/language-undetected',
    documentId: source.id,
    reason: `could not tell the language of "${source.id}"; read it as ${options.defaultLanguage}. Pass \`language\` to be sure`,
  });
  return { ...base, language: options.defaultLanguage, languageSource: 'default' };
}
