import countryNames from 'i18n-iso-countries/langs/en.json';
import type { LanguageData } from '../types';
import { demonyms } from './demonyms';
import { grammar } from './grammar';
import { numbers } from './numbers';
import { generalTerms } from './terms-general';
import { securityMigrationTerms } from './terms-security-migration';

/** The tables that switch on 'en'. */
export const en: LanguageData = {
  code: 'en',
  stemmer: 'english',
  compounds: false,
  headLast: true,
  terms: [securityMigrationTerms, generalTerms],
  numbers,
  grammar,
  demonyms,
  countryNames,
};
