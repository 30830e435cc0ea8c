/** Option defaults and validation: unknown or malformed options throw one error listing them all. */
import { OptionsError, issuesError, type Issue } from './errors';
import type { ClaimKind, LanguageCode } from './types';

export interface ResolvedOptions {
  readonly kinds: ReadonlySet<ClaimKind>;
  readonly defaultLanguage: LanguageCode;
  readonly minSources: number;
  readonly publishedAt?: string;
}

const KINDS: readonly ClaimKind[] = ['quantity', 'event', 'quote'];
const LANGUAGES: readonly LanguageCode[] = ['en', 'sv', 'de', 'es', 'fr'];
const KNOWN = new Set(['kinds', 'defaultLanguage', 'minSources', 'publishedAt']);

/** Checks options and fills in defaults. Throws an `OptionsError` that lists every problem. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return { kinds: new Set(KINDS), defaultLanguage: 'en', minSources: 2 };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('`options` must be an object such as { minSources: 2 }, or left out');
  }
  const o = options as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) {
      issues.push({ path: `options.${key}`, code: 'unknown_option', message: `unknown option; the options are ${[...KNOWN].join(', ')}` });
    }
  }
  const kinds = o['kinds'];
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((k) => KINDS.includes(k as ClaimKind)))) {
    issues.push({ path: 'options.kinds', code: 'invalid_kinds', message: `must be a non-empty array of ${KINDS.join(', ')}` });
  }
  const lang = o['defaultLanguage'];
  if (lang !== undefined && !LANGUAGES.includes(lang as LanguageCode)) {
    issues.push({ path: 'options.defaultLanguage', code: 'invalid_language', message: `must be one of ${LANGUAGES.join(', ')}` });
  }
  const min = o['minSources'];
  if (min !== undefined && (typeof min !== 'number' || !Number.isInteger(min) || min < 1)) {
    issues.push({ path: 'options.minSources', code: 'invalid_min_sources', message: 'must be a whole number of at least 1' });
  }
  const published = o['publishedAt'];
  if (published !== undefined && (typeof published !== 'string' || Number.isNaN(Date.parse(published)))) {
    issues.push({ path: 'options.publishedAt', code: 'invalid_date', message: 'must be an ISO 8601 date such as 2018-10-19' });
  }
  if (issues.length > 0) throw issuesError(OptionsError, 'E_OPTIONS_INVALID', issues);
  return {
    kinds: new Set((kinds as ClaimKind[] | undefined) ?? KINDS),
    defaultLanguage: (lang as LanguageCode | undefined) ?? 'en',
    minSources: (min as number | undefined) ?? 2,
    ...(typeof published === 'string' ? { publishedAt: published } : {}),
  };
}
