/**
 * Quotes and who said them, on news-style texts in five languages (tests/data/quote-cases.ts):
 * the quoted words, the speaker, and scare quotes and titles left alone.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type QuoteClaim } from '../src/index';
import { quoteCases } from './data/quote-cases';

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const lastName = (s: string) => norm(s).split(' ').at(-1) ?? '';

function run() {
  let quotes = 0;
  let found = 0;
  let speakers = 0;
  let speakersRight = 0;
  let spurious = 0;
  const misses: string[] = [];
  for (const c of quoteCases) {
    const claims = extractClaims({ id: 't', text: c.text, language: c.lang }, { kinds: ['quote'] }) as QuoteClaim[];
    const used = new Set<QuoteClaim>();
    for (const q of c.quotes) {
      quotes++;
      const want = norm(q.words);
      const hit = claims.find((x) => !used.has(x) && (norm(x.quote) === want || (want.length > 12 && (norm(x.quote).includes(want) || want.includes(norm(x.quote))))));
      if (!hit) {
        if (want.split(' ').length >= 3) misses.push(`${c.lang} missing quote: ${q.words}`);
        continue;
      }
      used.add(hit);
      found++;
      if (q.speaker) {
        speakers++;
        const got = hit.attribution ? norm(hit.attribution.name) : '';
        if (got.split(' ').includes(lastName(q.speaker))) speakersRight++;
        else misses.push(`${c.lang} speaker of "${q.words.slice(0, 40)}": want ${q.speaker}, got ${hit.attribution?.name ?? 'none'}`);
      }
    }
    spurious += claims.filter((x) => !used.has(x)).length;
  }
  return { quotes, found, speakers, speakersRight, spurious, misses };
}

describe('quote cases', () => {
  const r = run();
  it('finds the quoted words and their speakers', () => {
    console.log(`quotes found ${r.found}/${r.quotes}, speakers right ${r.speakersRight}/${r.speakers}, spurious ${r.spurious}\n${r.misses.slice(0, 40).join('\n')}`);
    expect(r.found / r.quotes).toBeGreaterThanOrEqual(0.6);
    expect(r.speakersRight / r.speakers).toBeGreaterThanOrEqual(0.5);
  });
});

describe('quote extraction on real phrasing', () => {
  it('attributes an inverted attribution with a title to the named person', () => {
    const text = '“This is an organized effort to come through and violate the sovereignty of the country,” said U.S. Secretary of State Mike Pompeo.';
    const [q] = extractClaims({ id: 't', text, language: 'en' }, { kinds: ['quote'] }) as QuoteClaim[];
    expect(q?.quote).toBe('This is an organized effort to come through and violate the sovereignty of the country,');
    expect(q?.attribution?.name).toBe('Mike Pompeo');
  });

  it('reads a Swedish dash quote up to its attribution', () => {
    const text = '– Vi ska ta oss in! Vi ska ta oss in tillsammans! skrek en ung man i karavanen.';
    const [q] = extractClaims({ id: 't', text, language: 'sv' }, { kinds: ['quote'] }) as QuoteClaim[];
    expect(q?.quote).toBe('Vi ska ta oss in! Vi ska ta oss in tillsammans!');
  });

  it('leaves scare quotes alone', () => {
    const text = 'Trump calls it an "onslaught" of migrants and the talks "predictable."';
    expect(extractClaims({ id: 't', text, language: 'en' }, { kinds: ['quote'] })).toEqual([]);
  });
});

  it('reads British single quote marks, and leaves apostrophes and plural possessives alone', () => {
    const text = "'The migrants' rights are not for sale,' said Moira Kilbane of the UNHCR office. Rock 'n' roll came back in the '90s.";
    const quotes = extractClaims({ id: 't', text, language: 'en' }, { kinds: ['quote'] }) as QuoteClaim[];
    expect(quotes.map((q) => q.quote)).toEqual(["The migrants' rights are not for sale,"]);
    expect(quotes[0]?.attribution?.name).toBe('Moira Kilbane');
    // A straight quote inside a sentence closes after a word, before a space.
    const inner = extractClaims({ id: 't', text: "Police said 'we acted lawfully and within the law' on Monday.", language: 'en' }, { kinds: ['quote'] }) as QuoteClaim[];
    expect(inner.map((q) => q.quote)).toEqual(['we acted lawfully and within the law']);
  });

describe('quotes across sources', () => {
  const compare = (a: string, b: string) =>
    compareClaims([
      { id: 'wire', text: a, language: 'en' },
      { id: 'paper', text: b, language: 'en' },
    ]).alignments.filter((x) => x.kind === 'quote');

  it('agrees when one outlet quotes a fragment of the other', () => {
    const [al] = compare(
      '“If that doesn’t work out, we’re calling up the military, not the Guard,” the president said on Friday.',
      '“We’re calling up the military, not the guard,” the president said.',
    );
    expect(al?.verdict).toBe('agree');
    expect(al?.explanation).toMatch(/fragment/u);
  });

  it('flags an altered quote and names the words that differ', () => {
    const [al] = compare(
      '“We will not raise taxes on working families this year,” Finance Minister Anna Lind said.',
      '“We will raise taxes on working families this year,” Finance Minister Anna Lind said.',
    );
    expect(al?.verdict).toBe('conflict');
    expect(al?.conflictTypes).toContain('quote-altered');
    expect(al?.explanation).toMatch(/"not" \(wire\)/u);
  });

  it('flags the same words given to different speakers as misattributed, naming both', () => {
    const [al] = compare(
      '“This agreement is a betrayal of every worker in the region,” union leader Mark Ellis said.',
      '“This agreement is a betrayal of every worker in the region,” opposition leader Sara Holt said.',
    );
    expect(al?.verdict).toBe('conflict');
    expect(al?.conflictTypes).toContain('misattributed');
    expect(al?.explanation).toMatch(/Mark Ellis/u);
    expect(al?.explanation).toMatch(/Sara Holt/u);
  });

  it('credits the person who speaks for an organisation, not the organisation, and does not call it misattributed', () => {
    const report = compareClaims([
      { id: 'en', text: '"We are running out of tents," said Médecins Sans Frontières coordinator James Hollis.', language: 'en' },
      { id: 'fr', text: '« We are running out of tents », a déclaré James Hollis, coordinateur de Médecins sans frontières.', language: 'fr' },
    ]);
    const quotes = report.claims.filter((c) => c.kind === 'quote');
    expect(quotes.map((q) => q.attribution?.name)).toEqual(['James Hollis', 'James Hollis']);
    const spanish = compareClaims([
      { id: 'en', text: '"The Mediterranean has become a graveyard," said UNHCR spokeswoman Claire Benton.', language: 'en' },
      { id: 'es', text: '«The Mediterranean has become a graveyard», afirmó la portavoz de ACNUR Claire Benton.', language: 'es' },
    ]);
    const [al] = spanish.alignments.filter((x) => x.kind === 'quote');
    expect(al?.verdict).toBe('agree');
    // One outlet gives the words to the organisation, the other to its coordinator.
    const org = compareClaims([
      { id: 'en', text: '"We are running out of tents," Médecins Sans Frontières said on Monday.', language: 'en' },
      { id: 'fr', text: '« We are running out of tents », a déclaré James Hollis, coordinateur de Médecins sans frontières.', language: 'fr' },
    ]);
    const [byOrg] = org.alignments.filter((x) => x.kind === 'quote');
    expect(byOrg?.verdict).toBe('agree');
  });
  it('credits a quote to the person an apposition describes, not to a name inside the apposition', () => {
    const speaker = (text: string) => compareClaims([{ id: 'x', text, language: 'en' }]).claims.find((c) => c.kind === 'quote')?.attribution?.name;
    expect(speaker('Harriet Quennell, a spokeswoman for the UN refugee agency UNHCR in the Nordic and Baltic countries, said of the plans: "Protection is not a favour."')).toBe('Harriet Quennell');
    expect(speaker('Marie Dubreuil, president of the Calais association Les Amis du Port, said after the eviction: "Children sleep outside every night."')).toBe('Marie Dubreuil');
    expect(speaker('Tom Garvey, UNHCR\'s representative in Germany, said: "Protection is an obligation."')).toBe('Tom Garvey');
    // A name that opens the apposition is the speaker.
    expect(speaker('The mayor of Reiherwerda, Jörg Malzahn, told dpa on Monday: "We cannot house them any more."')).toBe('Jörg Malzahn');
  });
});
