import countryNames from 'i18n-iso-countries/langs/sv.json';
import type { LanguageData } from '../types';
import { demonyms } from './demonyms';
import { grammar } from './grammar';
import { numbers } from './numbers';
import { generalTerms } from './terms-general';
import { securityMigrationTerms } from './terms-security-migration';

/** The tables that switch on 'sv'. */
export const sv: LanguageData = {
  code: 'sv',
  stemmer: 'swedish',
  compounds: true,
  headLast: true,
  verbSecond: true,
  terms: [securityMigrationTerms, generalTerms],
  numbers,
  grammar,
  demonyms,
  countryNames,
};
