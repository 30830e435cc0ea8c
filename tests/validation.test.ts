/** Bad input: a clear error naming the problem, or a message in the report where the rest can go on. */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, isClaimdiffError } from '../src/index';

const good = { id: 'a', text: 'Police fired tear gas at about 500 migrants on Friday.' };

describe('input validation', () => {
  it('rejects an empty array with an error saying what to pass', () => {
    expect(() => compareClaims([])).toThrow(/`sources` is empty/u);
    try {
      compareClaims([]);
    } catch (e) {
      expect(isClaimdiffError(e)).toBe(true);
      expect((e as { code: string }).code).toBe('E_SOURCES_EMPTY');
    }
  });

  it('rejects a non-array with a TypeError naming the argument', () => {
    expect(() => compareClaims('some text' as never)).toThrow(TypeError);
    expect(() => compareClaims('some text' as never)).toThrow(/`sources` must be an array/u);
    expect(() => compareClaims(null as never)).toThrow(/got null/u);
  });

  it('lists every malformed source at once', () => {
    const bad = [good, { id: 'b', text: 42 }, { text: 'no id' }, 'not an object'];
    try {
      compareClaims(bad as never);
      expect.unreachable();
    } catch (e) {
      expect(isClaimdiffError(e)).toBe(true);
      const issues = (e as { issues: { path: string }[] }).issues.map((i) => i.path);
      expect(issues).toEqual(['sources[1].text', 'sources[2].id', 'sources[3]']);
      expect((e as Error).message).toMatch(/sources\[1\]\.text: must be a string/u);
    }
  });

  it('rejects duplicate ids, naming both places', () => {
    expect(() => compareClaims([good, { ...good }])).toThrow(/"a" is also the id of sources\[0\]/u);
  });

  it('turns an empty text into a message and carries on with the rest', () => {
    const report = compareClaims([good, { id: 'empty', text: '   \n ' }]);
    expect(report.documents.map((d) => d.id)).toEqual(['a']);
    expect(report.messages).toContainEqual(expect.objectContaining({ documentId: 'empty', ruleId: 'ingest/empty-text', severity: 'warning' }));
  });

  it('rejects unknown and malformed options in one error', () => {
    try {
      compareClaims([good], { minSoruces: 2, kinds: ['nope'] } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('E_OPTIONS_INVALID');
      expect((e as Error).message).toMatch(/options\.minSoruces: unknown option/u);
      expect((e as Error).message).toMatch(/options\.kinds/u);
    }
  });

  it('reports a document in a language without tables and still reads the others', () => {
    const report = compareClaims([good, { id: 'fi', text: 'Poliisi käytti kyynelkaasua noin 500 siirtolaista vastaan perjantaina rajalla.', language: 'fi' }]);
    expect(report.messages).toContainEqual(expect.objectContaining({ documentId: 'fi', ruleId: 'ingest/unsupported-language' }));
    expect(report.documents).toHaveLength(2);
  });

  it('ignores __proto__ and constructor keys on a source', () => {
    const src = JSON.parse('{"id":"x","text":"Police fired tear gas.","__proto__":{"polluted":true},"constructor":{"x":1}}') as never;
    const report = compareClaims([src]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(report.documents[0]!.id).toBe('x');
  });

  it('extractClaims returns one document\'s claims', () => {
    const claims = extractClaims(good);
    expect(claims.some((c) => c.kind === 'quantity')).toBe(true);
  });
});
