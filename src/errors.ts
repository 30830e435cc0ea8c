/**
 * The error family. Caller mistakes throw at once; content problems become report messages.
 * Guards check `name`, not `instanceof`, so they work when the ESM and CJS builds are both loaded.
 */

/** Codes of every error claimdiff throws. */
export type ClaimdiffErrorCode =
  | 'E_SOURCES_NOT_ARRAY'
  | 'E_SOURCES_EMPTY'
  | 'E_SOURCE_INVALID'
  | 'E_DUPLICATE_ID'
  | 'E_OPTIONS_INVALID';

/** One problem found in the input: where it is, what it is, and what to do. */
export interface Issue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * The base class of every error claimdiff throws.
 * @example
 * try { compareClaims([]) } catch (e) { if (isClaimdiffError(e)) console.error(e.code, e.issues) }
 */
export class ClaimdiffError extends Error {
  override readonly name: string = 'ClaimdiffError';
  readonly code: ClaimdiffErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: ClaimdiffErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/** Thrown when the `sources` argument or one of its documents is malformed. */
export class InputError extends ClaimdiffError {
  override readonly name = 'ClaimdiffInputError';
}

/** Thrown when options are unknown or out of range; lists every problem at once. */
export class OptionsError extends ClaimdiffError {
  override readonly name = 'ClaimdiffOptionsError';
}

const NAMES = new Set(['ClaimdiffError', 'ClaimdiffInputError', 'ClaimdiffOptionsError']);

/**
 * True for any error thrown by claimdiff, from either build.
 * @example
 * if (isClaimdiffError(err)) process.exitCode = 2;
 */
export function isClaimdiffError(value: unknown): value is ClaimdiffError {
  return value instanceof Error && NAMES.has(value.name) && typeof (value as { code?: unknown }).code === 'string';
}

/** Builds the one error that lists every issue found. */
export function issuesError<T extends ClaimdiffError>(
  Kind: new (code: ClaimdiffErrorCode, message: string, issues: readonly Issue[]) => T,
  code: ClaimdiffErrorCode,
  issues: readonly Issue[],
): T {
  const lines = issues.map((i) => `- ${i.path}: ${i.message}`);
  return new Kind(code, `${issues.length === 1 ? 'One problem' : `${issues.length} problems`} with the input:\n${lines.join('\n')}`, issues);
}
