/**
 * The report renderers (Markdown, HTML, ClaimReview), the coverage matrix they share, and the
 * JSON Schema of the report: on the seed articles and on sources written to break out of markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareClaims } from '../src/compare-claims';
import { renderClaimReview } from '../src/pipeline/report/claimreview';
import { coverageMatrix } from '../src/pipeline/report/coverage';
import { renderHtml } from '../src/pipeline/report/html';
import { renderMarkdown } from '../src/pipeline/report/markdown';
import type { Alignment, QuoteClaim, Report, SourceDocument } from '../src/types';
import { root, seedSources } from './support/seeds';

const hostileSources: SourceDocument[] = [
  {
    id: 'evil"<b>&\'',
    title: '<img src=x onerror=alert(1)>',
    url: 'javascript:alert(1)',
    publisher: '<script>alert(1)</script>',
    text:
      'Police fired tear gas at about 500 migrants at the bridge on Friday. <script>alert(1)</script>\n' +
      'The mayor said "quotes" & \'apostrophes\' were <img src=x onerror=alert(1)> everywhere.\n' +
      'President Trump said "They are not coming into this country <script>alert(1)</script>," on Friday.',
  },
  {
    id: 'plain',
    url: 'https://example.com/a?x=1&y="2"',
    text:
      'Police used pepper spray on about 800 migrants at the bridge on Friday, officials said.\n' +
      'President Trump said "They are not coming into this country <script>alert(1)</script>," on Friday. <img src=x onerror=alert(1)>',
  },
];

let seeds: SourceDocument[];
let seedReport: Report;
let hostileReport: Report;

beforeAll(() => {
  seeds = seedSources();
  seedReport = compareClaims(seeds);
  hostileReport = compareClaims(hostileSources);
});

const unescapeHtml = (s: string): string =>
  s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');

/** The inside of each source column's text, in document order. */
const columnTexts = (html: string): string[] => [...html.matchAll(/<div class="text" id="text-\d+">(.*?)<\/div>/gsu)].map((m) => m[1]!);

/** Tags in order: every `<mark>` closes, and closes the innermost one open. */
function marksNest(fragment: string): boolean {
  let depth = 0;
  for (const m of fragment.matchAll(/<(\/?)([a-z]+)(?:\s[^<>]*)?>/gu)) {
    if (m[2] !== 'mark') return false;
    depth += m[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Without the whitespace, punctuation and symbols at either end. */
function trimEdges(s: string): string {
  const cps = Array.from(s);
  const edge = (ch: string | undefined): boolean => ch !== undefined && /^[\s\p{P}\p{S}]$/u.test(ch);
  while (edge(cps[0])) cps.shift();
  while (edge(cps.at(-1))) cps.pop();
  return cps.join('');
}

const mdEscape = (s: string): string => s.replace(/[\\*_`[\]<>]/gu, '\\$&');

describe('coverageMatrix', () => {
  it('has a row per alignment and a cell per document', () => {
    const m = coverageMatrix(seedReport);
    expect(m.documents).toEqual(seedReport.documents.map((d) => d.id));
    expect(m.rows.map((r) => r.alignmentId)).toEqual(seedReport.alignments.map((a) => a.id));
    for (const r of m.rows) expect(r.cells).toHaveLength(m.documents.length);
  });

  it('marks the majority position as stating it, other positions as conflicting, the rest silent', () => {
    const m = coverageMatrix(seedReport);
    seedReport.alignments.forEach((a, i) => {
      const size = (p: (typeof a.positions)[number]): number => new Set(p.documentIds).size;
      const top = a.positions.reduce((best, p) => (size(p) > size(best) ? p : best));
      const expected = m.documents.map((d) =>
        top.documentIds.includes(d) ? 'states' : a.positions.some((p) => p.documentIds.includes(d)) ? 'conflicts' : 'silent',
      );
      expect(m.rows[i]!.cells).toEqual(expected);
      if (a.verdict === 'agree') expect(m.rows[i]!.cells).not.toContain('conflicts');
    });
    expect(m.rows.some((r) => r.cells.includes('conflicts'))).toBe(true);
  });

  it('gives ✔ to the position spanning the most documents, whatever its place', () => {
    const report = syntheticReport('abcdef', [], [
      { label: 'x', claimIds: [], documentIds: ['d1'] },
      { label: 'y', claimIds: [], documentIds: ['d2', 'd3'] },
    ], ['d1', 'd2', 'd3', 'd4']);
    expect(coverageMatrix(report).rows[0]?.cells).toEqual(['conflicts', 'states', 'states', 'silent']);
  });
});

describe('renderMarkdown', () => {
  it('leads with conflicts, then agreements, single-source claims and the coverage table', () => {
    const md = renderMarkdown(seedReport, seeds);
    expect(md.startsWith('## Conflicts')).toBe(true);
    const order = ['## Conflicts', '## Agreements', '## Claims only one source makes', '## Coverage'].map((h) => md.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(md).toContain('| Alignment | Topic |');
    const rows = md.split('\n').filter((l) => /^\| a\d+ \|/u.test(l));
    expect(rows).toHaveLength(seedReport.alignments.length);
    for (const r of rows) expect(r.split(' | ').length).toBe(seedReport.documents.length + 2);
  });

  it('bolds each conflicting claim inside its sentence, and gives the explanation', () => {
    const md = renderMarkdown(seedReport, seeds);
    const claims = new Map(seedReport.claims.map((c) => [c.id, c]));
    const conflicts = seedReport.alignments.filter((a) => a.verdict === 'conflict');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const a of conflicts) {
      expect(md).toContain(`Why: ${mdEscape(a.explanation.replace(/\s+/gu, ' ').trim())}`);
      for (const id of a.positions.flatMap((p) => p.claimIds)) {
        // Edge punctuation may move outside the bold; the words stay inside.
        const words = trimEdges(claims.get(id)!.text.replace(/\s+/gu, ' '));
        if (words !== '') expect(md).toContain(mdEscape(words));
      }
    }
    const quantity = conflicts.find((a) => a.kind === 'quantity');
    const figure = quantity && claims.get(quantity.positions[0]!.claimIds[0]!);
    if (figure) expect(md).toMatch(new RegExp(`\\*\\*[^*]*${figure.text.trim().replace(/^\p{P}+\s*/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[^*]*\\*\\*`, 'u'));
  });

  it('lists at most ten single-source claims per document, with "… and N more"', () => {
    const md = renderMarkdown(seedReport, seeds);
    const section = md.slice(md.indexOf('## Claims only one source makes'), md.indexOf('## Coverage'));
    const aligned = new Set(seedReport.alignments.flatMap((a) => a.positions.flatMap((p) => p.claimIds)));
    for (const part of section.split(/^### /mu).slice(1)) {
      const items = part.split('\n').filter((l) => l.startsWith('- '));
      const more = items.at(-1)?.match(/^- … and (\d+) more$/u);
      const listed = items.length - (more ? 1 : 0);
      expect(listed).toBeLessThanOrEqual(10);
      const doc = seedReport.documents.find((d) => part.startsWith(mdEscape(d.id)))!;
      const alone = seedReport.claims.filter((c) => c.documentId === doc.id && !aligned.has(c.id)).length;
      expect(listed + Number(more?.[1] ?? 0)).toBe(alone);
    }
  });

  it('escapes markup in article text, titles and ids', () => {
    const md = renderMarkdown(hostileReport, hostileSources);
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|b)\b/u);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/\]\(javascript:|<javascript:/iu);
    expect(md).toContain('<https://example.com/a?x=1&y="2">');
  });
});

describe('renderHtml', () => {
  let seedHtml: string;
  let hostileHtml: string;
  beforeAll(() => {
    seedHtml = renderHtml(seedReport, seeds);
    hostileHtml = renderHtml(hostileReport, hostileSources);
  });

  it('is one self-contained page with a strict Content-Security-Policy', () => {
    for (const html of [seedHtml, hostileHtml]) {
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
      expect(html).not.toMatch(/<link\b|\bsrc=["']|@import|url\(/iu);
      expect(html.match(/<script\b/gu)).toHaveLength(1);
      expect(html.match(/<style\b/gu)).toHaveLength(1);
    }
  });

  it('has a script that parses', () => {
    const body = seedHtml.slice(seedHtml.indexOf('<script>') + '<script>'.length, seedHtml.lastIndexOf('</script>'));
    expect(() => new Function(body)).not.toThrow();
  });

  it('escapes hostile text: no live script, no handler attribute, no javascript: link', () => {
    expect(hostileHtml).not.toMatch(/<script>alert/iu);
    expect(hostileHtml).not.toMatch(/<img\b/iu);
    expect(hostileHtml).not.toMatch(/<[^<>]*\bonerror=/iu);
    expect(hostileHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostileHtml).not.toMatch(/href=["']?javascript:/iu);
    expect(hostileHtml).toContain('javascript:alert(1)');
    for (const m of hostileHtml.matchAll(/\bhref="([^"]*)"/gu)) expect(m[1]).toMatch(/^(?:#|https?:\/\/)/u);
    expect(hostileHtml).toContain('&quot;quotes&quot; &amp; &#39;apostrophes&#39;');
    // Every attribute value is quoted and holds no raw quote or angle bracket.
    for (const tag of hostileHtml.matchAll(/<[a-z][^<>]*>/giu)) expect(tag[0]).toMatch(/^<[a-z\d]+(?:\s+[a-z-]+(?:="[^"<>]*")?)*>$/iu);
  });

  it('gives back exactly each source text from its column', () => {
    for (const [sources, html] of [[seeds, seedHtml], [hostileSources, hostileHtml]] as const) {
      const texts = columnTexts(html);
      expect(texts).toHaveLength(sources.length);
      texts.forEach((t, i) => {
        expect(marksNest(t)).toBe(true);
        expect(unescapeHtml(t.replace(/<[^<>]*>/gu, ''))).toBe(sources[i]!.text);
      });
    }
  });

  it('marks every claim once by id, with its kind, and links the findings to the marks', () => {
    for (const [report, html] of [[seedReport, seedHtml], [hostileReport, hostileHtml]] as const) {
      for (const c of report.claims) {
        expect(html.match(new RegExp(`<mark id="${c.id}" class="claim ${c.kind}\\b`, 'gu'))).toHaveLength(1);
      }
      for (const a of report.alignments) for (const id of a.positions.flatMap((p) => p.claimIds)) expect(html).toContain(`<a href="#${id}">`);
    }
  });

  it('puts the marks at the claim spans', () => {
    const text = columnTexts(seedHtml)[0]!;
    const doc = seeds[0]!;
    for (const c of seedReport.claims.filter((x) => x.documentId === doc.id)) {
      const at = text.indexOf(`<mark id="${c.id}"`);
      const before = unescapeHtml(text.slice(0, at).replace(/<[^<>]*>/gu, ''));
      expect(before.length).toBe(c.span.start.offset);
    }
  });

  it('nests or splits crossing, nested, empty and surrogate-splitting spans without losing text', () => {
    const text = 'ab😀cd efgh ijkl';
    const claims = [
      quote('q1', 'd1', text, 0, 9),
      quote('q2', 'd1', text, 5, 14),
      quote('q3', 'd1', text, 6, 8),
      quote('q4', 'd1', text, 11, 11),
      quote('q5', 'd1', text, 3, 16),
      quote('q6', 'd1', text, 0, 9),
    ];
    const report = syntheticReport(text, claims, [{ label: 'x', claimIds: ['q1', 'q2'], documentIds: ['d1'] }], ['d1']);
    const html = renderHtml(report, [{ id: 'd1', text }]);
    const [col] = columnTexts(html);
    expect(marksNest(col!)).toBe(true);
    expect(unescapeHtml(col!.replace(/<[^<>]*>/gu, ''))).toBe(text);
    // No tag between the halves of a surrogate pair: the page survives UTF-8 encoding.
    expect(Buffer.from(html, 'utf8').toString('utf8')).toBe(html);
    for (const c of claims) expect(col!.match(new RegExp(`<mark id="${c.id}"`, 'gu'))).toHaveLength(1);
    // Every mark piece of a claim, joined, is the claim's text.
    for (const c of claims.filter((x) => x.id !== 'q5')) expect(pieces(col!, c.id)).toBe(c.text);
  });

  it('renders a column with no text given as a note, not a crash', () => {
    const html = renderHtml(hostileReport, [hostileSources[1]!]);
    expect(html).toContain('No text was given for this source.');
    expect(columnTexts(html)).toHaveLength(1);
  });

  it('has verdict and source filters, and the coverage table', () => {
    expect(seedHtml).toContain('data-filter="verdict" value="conflict"');
    expect(seedHtml).toContain('data-filter="verdict" value="agree"');
    expect(seedHtml.match(/data-filter="doc"/gu)).toHaveLength(seeds.length);
    expect(seedHtml.match(/<section class="column" data-doc="\d+">/gu)).toHaveLength(seeds.length);
    expect(seedHtml.match(/<tr data-verdict=/gu)).toHaveLength(seedReport.alignments.length);
    expect(seedHtml.indexOf('<h2>Conflicts')).toBeLessThan(seedHtml.indexOf('<h2>Agreements'));
  });
});

describe('renderClaimReview', () => {
  it('gives one ClaimReview per alignment with the required fields', () => {
    for (const [report, sources] of [[seedReport, seeds], [hostileReport, hostileSources]] as const) {
      const reviews = renderClaimReview(report, sources) as Record<string, unknown>[];
      expect(reviews).toHaveLength(report.alignments.length);
      reviews.forEach((r, i) => {
        const a = report.alignments[i]!;
        expect(r).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: a.topic,
          reviewRating: { '@type': 'Rating', alternateName: a.verdict === 'agree' ? 'Sources agree' : 'Sources conflict', ratingExplanation: a.explanation },
          itemReviewed: { '@type': 'Claim' },
        });
        const appearance = (r['itemReviewed'] as { appearance: Record<string, unknown>[] }).appearance;
        expect(appearance).toHaveLength(a.positions.flatMap((p) => p.claimIds).length);
        for (const ap of appearance) {
          expect(ap['@type']).toBe('CreativeWork');
          expect(typeof ap['text']).toBe('string');
          expect(report.documents.map((d) => d.id)).toContain(ap['identifier']);
          if ('url' in ap) expect(ap['url']).toMatch(/^https?:\/\//u);
        }
      });
      expect(JSON.parse(JSON.stringify(reviews))).toEqual(reviews);
    }
  });

  it('fills url, publisher and date from the sources, and drops non-web urls', () => {
    const reviews = renderClaimReview(hostileReport, [
      { id: hostileSources[0]!.id, url: 'javascript:alert(1)', publisher: 'Evil Daily', publishedAt: '2018-10-19' },
      { id: 'plain', url: 'https://example.com/a', publisher: 'Plain News' },
    ]);
    const all = reviews.flatMap((r) => (r as { itemReviewed: { appearance: Record<string, unknown>[] } }).itemReviewed.appearance);
    const evil = all.find((ap) => ap['identifier'] === hostileSources[0]!.id)!;
    expect(evil).not.toHaveProperty('url');
    expect(evil).toMatchObject({ publisher: { '@type': 'Organization', name: 'Evil Daily' }, datePublished: '2018-10-19' });
    expect(all.find((ap) => ap['identifier'] === 'plain')).toMatchObject({ url: 'https://example.com/a', publisher: { name: 'Plain News' } });
  });
});

describe('report.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(root, 'report.schema.json'), 'utf8')) as Schema;
  const valid = (v: unknown): string[] => check(schema, v, schema, '$');
  const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(seedReport)) as Record<string, unknown>;

  it('is draft 2020-12 and uses only the keywords the checker knows, with every $ref resolving', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((schema['properties'] as Schema)['schemaVersion']).toEqual({ const: 1 });
    walk(schema, (s) => {
      for (const k of Object.keys(s)) expect(KNOWN).toContain(k);
      if (typeof s['$ref'] === 'string') expect(() => resolve(schema, s['$ref'] as string)).not.toThrow();
    });
    const oneOf = (resolve(schema, '#/$defs/Claim')['oneOf'] as Schema[]).map((s) => resolve(schema, s['$ref'] as string));
    expect(oneOf.map((s) => (s['properties'] as Record<string, Schema>)['kind'])).toEqual([{ const: 'quantity' }, { const: 'event' }, { const: 'quote' }]);
  });

  it('accepts the reports compareClaims makes', () => {
    expect(valid(JSON.parse(JSON.stringify(seedReport)))).toEqual([]);
    expect(valid(JSON.parse(JSON.stringify(hostileReport)))).toEqual([]);
    expect(valid(JSON.parse(JSON.stringify(compareClaims([{ id: 'x', text: '' }, { id: 'y', text: 'Nothing here.' }]))))).toEqual([]);
  });

  it.each([
    ['no stats', (r: Record<string, unknown>) => delete r['stats']],
    ['schemaVersion 2', (r: Record<string, unknown>) => (r['schemaVersion'] = 2)],
    ['a wrong verdict', (r: Record<string, unknown>) => ((r['alignments'] as Record<string, unknown>[])[0]!['verdict'] = 'maybe')],
    ['an alignment without positions', (r: Record<string, unknown>) => delete (r['alignments'] as Record<string, unknown>[])[0]!['positions']],
    ['a claim of an unknown kind', (r: Record<string, unknown>) => ((r['claims'] as Record<string, unknown>[])[0]!['kind'] = 'opinion')],
    ['a claim without a span', (r: Record<string, unknown>) => delete (r['claims'] as Record<string, unknown>[])[0]!['span']],
    ['a quantity without its bound', (r: Record<string, unknown>) => delete (r['claims'] as Record<string, unknown>[]).find((c) => c['kind'] === 'quantity')!['bound']],
    ['a quote with an event field only', (r: Record<string, unknown>) => ((r['claims'] as Record<string, unknown>[]).find((c) => c['kind'] === 'quote')!['kind'] = 'event')],
    ['a string offset', (r: Record<string, unknown>) => (((r['claims'] as Record<string, Record<string, Record<string, unknown>>>[])[0]!['span']!['start']!)['offset'] = '3')],
    ['an unknown top-level field', (r: Record<string, unknown>) => (r['extra'] = true)],
  ])('rejects a report with %s', (_, spoil) => {
    const r = copy();
    spoil(r);
    expect(valid(r).length).toBeGreaterThan(0);
  });
});

// ---- a tiny JSON Schema checker: $ref, type, const, enum, oneOf, properties, required,
// additionalProperties: false, items, minimum, maximum; annotations are ignored.

type Schema = Record<string, unknown>;
const KNOWN = ['$schema', '$defs', '$ref', 'title', 'description', 'type', 'const', 'enum', 'oneOf', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'maximum'];

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local refs: ${ref}`);
  let at: unknown = root;
  for (const part of ref.slice(2).split('/')) at = (at as Schema)[part];
  if (typeof at !== 'object' || at === null) throw new Error(`unresolved ${ref}`);
  return at as Schema;
}

function walk(s: Schema, visit: (s: Schema) => void): void {
  visit(s);
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === '$defs') for (const sub of Object.values(v as Record<string, Schema>)) walk(sub, visit);
    else if (k === 'items') walk(v as Schema, visit);
    else if (k === 'oneOf') for (const sub of v as Schema[]) walk(sub, visit);
  }
}

function typeOk(v: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'null':
      return v === null;
    default:
      return typeof v === type;
  }
}

function check(s: Schema, v: unknown, root: Schema, path: string): string[] {
  if (typeof s['$ref'] === 'string') return check(resolve(root, s['$ref']), v, root, path);
  const errors: string[] = [];
  if ('const' in s && v !== s['const']) errors.push(`${path}: must be ${JSON.stringify(s['const'])}`);
  if (Array.isArray(s['enum']) && !s['enum'].includes(v)) errors.push(`${path}: must be one of ${JSON.stringify(s['enum'])}`);
  if (typeof s['type'] === 'string' && !typeOk(v, s['type'])) return [...errors, `${path}: must be ${s['type']}`];
  if (Array.isArray(s['oneOf'])) {
    const matches = (s['oneOf'] as Schema[]).filter((sub) => check(sub, v, root, path).length === 0).length;
    if (matches !== 1) errors.push(`${path}: matches ${matches} of oneOf`);
  }
  if (typeof v === 'number') {
    if (typeof s['minimum'] === 'number' && v < s['minimum']) errors.push(`${path}: below ${s['minimum']}`);
    if (typeof s['maximum'] === 'number' && v > s['maximum']) errors.push(`${path}: above ${s['maximum']}`);
  }
  if (typeOk(v, 'object')) {
    const o = v as Record<string, unknown>;
    const props = (s['properties'] ?? {}) as Record<string, Schema>;
    for (const r of (s['required'] ?? []) as string[]) if (!(r in o)) errors.push(`${path}.${r}: required`);
    for (const [k, sub] of Object.entries(o)) {
      const p = props[k];
      if (p) errors.push(...check(p, sub, root, `${path}.${k}`));
      else if (s['additionalProperties'] === false) errors.push(`${path}.${k}: not allowed`);
    }
  }
  if (Array.isArray(v) && typeof s['items'] === 'object') v.forEach((x, i) => errors.push(...check(s['items'] as Schema, x, root, `${path}[${i}]`)));
  return errors;
}

// ---- synthetic reports, for span layouts the extractors do not produce on demand

const point = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1, offset };
};

function quote(id: string, documentId: string, text: string, start: number, end: number): QuoteClaim {
  const span = { start: point(text, start), end: point(text, end) };
  return {
    id,
    documentId,
    kind: 'quote',
    span,
    text: text.slice(start, end),
    sentence: { start: point(text, 0), end: point(text, text.length) },
    sentenceText: text,
    language: 'en',
    polarity: 'positive',
    modality: 'asserted',
    frame: { places: [] },
    concepts: [],
    quote: text.slice(start, end),
    fragment: true,
  };
}

function syntheticReport(text: string, claims: QuoteClaim[], positions: Alignment['positions'], docs: string[]): Report {
  const alignment: Alignment = { id: 'a1', topic: 't', kind: 'quote', verdict: positions.length > 1 ? 'conflict' : 'agree', conflictTypes: [], positions, explanation: 'e', score: 1, story: 's1' };
  return {
    schemaVersion: 1,
    documents: docs.map((id) => ({ id, language: 'en', languageSource: 'caller', length: text.length, sentences: 1, frame: { places: [] } })),
    stories: [{ id: 's1', label: '', documentIds: docs }],
    claims,
    alignments: [alignment],
    messages: [],
    stats: { documents: docs.length, sentences: docs.length, claims: claims.length, claimsByKind: { quantity: 0, event: 0, quote: claims.length }, alignments: 1, conflicts: 0, agreements: 1, pairsExamined: 0, pairsPossible: 0 },
  };
}

/** The text inside every mark piece of one claim, joined (nested marks' text included). */
function pieces(fragment: string, id: string): string {
  let out = '';
  const open: boolean[] = [];
  for (const m of fragment.matchAll(/<mark[^>]*data-claim="([^"]*)"[^>]*>|<\/mark>|([^<]+)/gu)) {
    if (m[0] === '</mark>') open.pop();
    else if (m[1] !== undefined) open.push(m[1] === id);
    else if (open.includes(true)) out += unescapeHtml(m[2]!);
  }
  return out;
}
