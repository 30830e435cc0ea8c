/** The public export list: what users can import, and nothing internal. */
import { expect, it } from 'vitest';
import * as api from '../src/index';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['ClaimdiffError', 'InputError', 'OptionsError', 'compareClaims', 'compareClaimsParallel', 'coverageMatrix', 'createClaimIndex', 'extractClaims', 'isClaimdiffError', 'registerLanguage', 'renderClaimReview', 'renderHtml', 'renderMarkdown', 'renderText', 'supportedLanguages'].sort(),
  );
});
