/**
 * Languages: per document and per paragraph, the caller's language first; and a language
 * switched on by its tables alone.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, registerLanguage, supportedLanguages, type QuantityClaim } from '../src/index';
import { sv } from '../src/lexicon/sv/index';
import { findDates } from '../src/pipeline/extract/frame';
import type { Sentence } from '../src/pipeline/segment/index';

describe('languages', () => {
  it('detects the language of each document, and lets the caller decide', () => {
    const report = compareClaims([
      { id: 'en', text: 'Police fired tear gas at hundreds of migrants who tried to cross the bridge on Friday.' },
      { id: 'sv', text: 'Polisen avfyrade tårgas mot hundratals migranter som försökte ta sig över bron på fredagen.' },
      { id: 'fixed', text: 'Police fired tear gas at the crowd.', language: 'en' },
    ]);
    expect(report.documents.map((d) => [d.id, d.language, d.languageSource])).toEqual([
      ['en', 'en', 'detected'],
      ['sv', 'sv', 'detected'],
      ['fixed', 'en', 'caller'],
    ]);
  });

  it('reads a mixed-language document paragraph by paragraph', () => {
    const text = [
      'Nearly 3,000 migrants left the border town of Corvado on Sunday morning, local officials said, as police watched from the bridge.',
      'Enligt lokala myndigheter lämnade uppemot 4 000 migranter gränsstaden Corvado på söndagsmorgonen medan polisen såg på från bron.',
    ].join('\n');
    const claims = extractClaims({ id: 'mixed', text }, { kinds: ['quantity'] }) as QuantityClaim[];
    expect(claims.map((c) => [c.language, c.value, c.bound])).toEqual([
      ['en', 3000, 'approximate'],
      ['sv', 4000, 'atMost'],
    ]);
  });

  it('switches a language on from its tables alone', () => {
    expect(supportedLanguages()).not.toContain('no');
    // Norwegian Bokmål is close enough to Swedish for this test: the same tables under another
    // code and another stemmer, and no code anywhere that names the language.
    registerLanguage({ ...sv, code: 'no', stemmer: 'norwegian' });
    expect(supportedLanguages()).toContain('no');
    const claims = extractClaims({ id: 'nb', text: 'Polisen avfyrade tårgas mot uppemot 4 000 migranter vid gränsen.', language: 'no' });
    expect(claims.map((c) => c.kind).sort()).toEqual(['event', 'quantity']);
    const q = claims.find((c) => c.kind === 'quantity') as QuantityClaim;
    expect(q).toMatchObject({ value: 4000, bound: 'atMost', language: 'no' });
  });

  it('reads dates at word edges in every language, not inside words', () => {
    // chrono-node's word boundaries are ASCII: "från" held a Friday ("fr"), "so" a Sunday,
    // "dans un hôpital" a time "in one h".
    const dates = (language: string, text: string) =>
      findDates({ text, start: 0, language } as Sentence, new Date('2018-11-22T12:00:00Z')).map((d) => text.slice(d.start, d.end));
    expect(dates('sv', 'Migranterna kom från Honduras i går.')).toEqual(['i går']);
    expect(dates('sv', 'De flesta kom från Honduras.')).toEqual([]);
    expect(dates('sv', 'Polisen grep i morse en man som i går kväll hade hotat personalen.')).toEqual(['i morse', 'i går']);
    expect(dates('de', 'Die Lage sei so ernst wie nie, sagte er am Montag.')).toEqual(['am Montag']);
    expect(dates('fr', 'Des photos de ses blessures avaient été prises dans un hôpital.')).toEqual([]);
    expect(dates('fr', 'La police est intervenue le 25 novembre à Tijuana.')).toEqual(['25 novembre']);
    // A figure alone is no date: chrono is not asked.
    expect(dates('en', 'Nearly 3,000 people crossed the bridge.')).toEqual([]);
    expect(dates('en', 'The bridge was closed at 10:30 and reopened at 2 p.m.')).toHaveLength(2);
  });
});
