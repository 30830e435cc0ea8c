export { compareClaims, extractClaims } from './compare-claims';
export { ClaimdiffError, InputError, OptionsError, isClaimdiffError } from './errors';
export type { ClaimdiffErrorCode, Issue } from './errors';
export { registerLanguage, supportedLanguages } from './lexicon/registry';
export type { LanguageData } from './lexicon/types';
export { renderText } from './pipeline/report/text';
export type * from './types';
