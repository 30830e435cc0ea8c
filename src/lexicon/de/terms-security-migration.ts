import type { TermTable } from '../types';
export const securityMigrationTerms: TermTable = {};
