import countryNames from 'i18n-iso-countries/langs/fr.json';
import type { LanguageData } from '../types';
import { demonyms } from './demonyms';
import { grammar } from './grammar';
import { numbers } from './numbers';
import { generalTerms } from './terms-general';
import { securityMigrationTerms } from './terms-security-migration';

/** The tables that switch on 'fr'. */
export const fr: LanguageData = {
  code: 'fr',
  stemmer: 'french',
  compounds: false,
  elisions: ['l', 'd', 'j', 'qu', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu'],
  terms: [securityMigrationTerms, generalTerms],
  numbers,
  grammar,
  demonyms,
  countryNames,
};
