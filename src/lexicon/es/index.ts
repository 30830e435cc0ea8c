import countryNames from 'i18n-iso-countries/langs/es.json';
import type { LanguageData } from '../types';
import { demonyms } from './demonyms';
import { grammar } from './grammar';
import { numbers } from './numbers';
import { generalTerms } from './terms-general';
import { securityMigrationTerms } from './terms-security-migration';

/** The tables that switch on 'es'. */
export const es: LanguageData = {
  code: 'es',
  stemmer: 'spanish',
  compounds: false,
  terms: [securityMigrationTerms, generalTerms],
  numbers,
  grammar,
  demonyms,
  countryNames,
};
