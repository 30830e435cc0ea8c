import countryNames from 'i18n-iso-countries/langs/de.json';
import type { LanguageData } from '../types';
import { demonyms } from './demonyms';
import { grammar } from './grammar';
import { numbers } from './numbers';
import { generalTerms } from './terms-general';
import { securityMigrationTerms } from './terms-security-migration';

/** The tables that switch on 'de'. */
export const de: LanguageData = {
  code: 'de',
  stemmer: 'german',
  compounds: true,
  headLast: true,
  verbSecond: true,
  capitalisesNouns: true,
  terms: [securityMigrationTerms, generalTerms],
  numbers,
  grammar,
  demonyms,
  countryNames,
};
