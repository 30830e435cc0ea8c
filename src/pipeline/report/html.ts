/**
 * A self-contained HTML page of a report: the sources side by side with every claim marked at
 * its span, the conflicts and agreements linked into the texts, filters, and the coverage matrix.
 * Nothing is fetched; every piece of article text and metadata is escaped.
 */
import type { Alignment, Claim, Report } from '../../types';
import { coverageMatrix, type CoverageCell } from './coverage';
import { sentencePieces } from './markdown';

/** A source as the page needs it: the text the claim offsets index into, and its metadata. */
interface HtmlSource {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
}

/** What the page shows of one document; `key` is a safe index used in attributes and the script. */
interface Column {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly text?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly publishedAt?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
const CELL: Readonly<Record<CoverageCell, [string, string]>> = {
  states: ['✔', 'states it (majority position)'],
  conflicts: ['✖', 'states a conflicting minority position'],
  silent: ['—', 'says nothing'],
};

/**
 * Renders a report as one HTML page that needs no network. Pass the same sources the report was
 * made from: their texts are shown with the claims marked.
 * @example
 * writeFileSync('report.html', renderHtml(compareClaims(sources), sources));
 */
export function renderHtml(report: Report, sources: readonly HtmlSource[]): string {
  const columns = columnsOf(report, sources);
  const keys = new Map(columns.map((c) => [c.id, c.key]));
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const conflicting = report.alignments.filter((a) => a.verdict !== 'agree');
  const agreeing = report.alignments.filter((a) => a.verdict === 'agree');
  const { documents, claims: n, alignments, conflicts, agreements } = report.stats;
  const verdicts = [...new Set(['conflict', 'agree', ...report.alignments.map((a) => a.verdict)])];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimdiff: ${documents} sources compared</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>What the sources say</h1>
<p>${documents} documents, ${n} claims, ${alignments} alignments: ${conflicts} conflicts, ${agreements} agreements.</p>
<form class="filters">
<fieldset><legend>Verdicts</legend>${verdicts.map((v) => checkbox('verdict', v, v === 'agree' ? 'agreements' : `${v}s`)).join('')}</fieldset>
<fieldset><legend>Sources</legend>${columns.map((c) => checkbox('doc', c.key, c.name)).join('')}</fieldset>
</form>
</header>
<div class="layout">
<aside class="findings">
<h2>Conflicts (${conflicting.length})</h2>
<ol>${conflicting.map((a) => finding(a, claims, columns, keys, storyOf(report, a))).join('\n')}</ol>
<h2>Agreements (${agreeing.length})</h2>
<ol>${agreeing.map((a) => finding(a, claims, columns, keys, storyOf(report, a))).join('\n')}</ol>
</aside>
<main class="sources">
${columns.map((c) => column(c, report)).join('\n')}
</main>
</div>
${matrix(report, columns, keys)}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The documents of the report, with the caller's text and metadata (which win over the report's). */
function columnsOf(report: Report, sources: readonly HtmlSource[]): Column[] {
  const given = new Map(sources.map((s) => [s.id, s]));
  return report.documents.map((d, i) => {
    const s = given.get(d.id);
    const col: { -readonly [K in keyof Column]: Column[K] } = { key: String(i), id: d.id, name: s?.title ?? d.title ?? d.id };
    if (s) col.text = s.text;
    const url = s?.url ?? d.url;
    if (url !== undefined) col.url = url;
    if (d.publisher !== undefined) col.publisher = d.publisher;
    if (d.publishedAt !== undefined) col.publishedAt = d.publishedAt;
    return col;
  });
}

function checkbox(filter: string, value: string, label: string): string {
  return `<label><input type="checkbox" checked data-filter="${filter}" value="${esc(value)}"> ${esc(label)}</label>`;
}

/** "story s2: tarnow · roth" when the report holds more than one story. */
function storyOf(report: Report, a: Alignment): string | undefined {
  const stories = report.stories ?? [];
  const st = stories.length > 1 ? stories.find((x) => x.id === a.story) : undefined;
  return st ? `story ${st.id}: ${st.label || 'no shared names'}` : undefined;
}

function finding(a: Alignment, claims: ReadonlyMap<string, Claim>, columns: readonly Column[], keys: ReadonlyMap<string, string>, story?: string): string {
  const names = new Map(columns.map((c) => [c.id, c.name]));
  const docs = docKeys(a, keys);
  const types = a.conflictTypes.length > 0 ? ` <span class="types">${esc(a.conflictTypes.join(', '))}</span>` : '';
  const positions = a.positions.map((p) => {
    const items = p.claimIds
      .map((id) => claims.get(id))
      .filter((c): c is Claim => c !== undefined)
      .map((c) => `<li><a href="#${esc(c.id)}">${esc(names.get(c.documentId) ?? c.documentId)}</a>: “${sentence(c)}”</li>`);
    return `<li><span class="label">${esc(p.label)}</span><ul>${items.join('')}</ul></li>`;
  });
  return `<li class="finding" id="alignment-${esc(a.id)}" data-verdict="${esc(a.verdict)}" data-docs="${docs}">
<h3><span class="badge ${esc(a.verdict)}">${esc(a.verdict)}</span> ${esc(a.id)} · ${esc(a.topic)}${types}${story ? ` <span class="types">${esc(story)}</span>` : ''}</h3>
<ul class="positions">${positions.join('')}</ul>
<p class="why">${esc(a.explanation)}</p>
</li>`;
}

/** A claim's sentence with its own words in bold. */
const sentence = (c: Claim): string =>
  sentencePieces([c])
    .map((p) => (p.bold ? `<strong>${esc(p.text)}</strong>` : esc(p.text)))
    .join('');

function column(c: Column, report: Report): string {
  const meta = [`<span class="id">${esc(c.id)}</span>`];
  if (c.publisher !== undefined) meta.push(esc(c.publisher));
  if (c.publishedAt !== undefined) meta.push(esc(c.publishedAt));
  if (c.url !== undefined) meta.push(isWebUrl(c.url) ? `<a href="${esc(c.url)}" rel="noopener noreferrer">${esc(c.url)}</a>` : `<span class="url">${esc(c.url)}</span>`);
  const body =
    c.text === undefined
      ? '<p class="missing">No text was given for this source.</p>'
      : `<div class="text" id="text-${c.key}">${highlight(c.text, report.claims.filter((x) => x.documentId === c.id), stateOf(report))}</div>`;
  return `<section class="column" data-doc="${c.key}">
<h2>${esc(c.name)}</h2>
<p class="meta">${meta.join(' · ')}</p>
${body}
</section>`;
}

/** How each claim stands: in a conflict, in an agreement, or alone; with its alignment's id. */
function stateOf(report: Report): (c: Claim) => { cls: string; title: string } {
  const where = new Map<string, Alignment>();
  for (const a of report.alignments) for (const p of a.positions) for (const id of p.claimIds) if (!where.has(id)) where.set(id, a);
  return (c) => {
    const a = where.get(c.id);
    const state = a === undefined ? 'single' : a.verdict === 'agree' ? 'agree' : 'conflict';
    return { cls: `claim ${c.kind} ${state}`, title: `${c.id} · ${c.kind}${a ? ` · ${a.id} ${a.verdict}` : ' · one source only'}` };
  };
}

/**
 * The text with a `<mark>` around every claim. Spans that cross are split: the mark closes and
 * reopens as a continuation piece (which carries no `id`), so the marks always nest and the text
 * between the tags is exactly the source text.
 */
function highlight(text: string, claims: readonly Claim[], state: (c: Claim) => { cls: string; title: string }): string {
  interface Run { readonly c: Claim; readonly s: number; readonly e: number }
  const runs: Run[] = claims
    .map((c) => ({ c, s: snap(text, c.span.start.offset), e: snap(text, c.span.end.offset) }))
    .filter((r) => r.s <= r.e)
    .sort((x, y) => x.s - y.s || y.e - x.e);
  const cuts = [...new Set([0, text.length, ...runs.flatMap((r) => [r.s, r.e])])].sort((x, y) => x - y);
  const begun = new Set<string>();
  const open = (r: Run): string => {
    const { cls, title } = state(r.c);
    const first = !begun.has(r.c.id);
    begun.add(r.c.id);
    return `<mark${first ? ` id="${esc(r.c.id)}"` : ''} class="${esc(cls)}${first ? '' : ' cont'}" data-claim="${esc(r.c.id)}" title="${esc(title)}">`;
  };
  let stack: Run[] = [];
  let next = 0;
  let out = '';
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    // Close every mark from the lowest one that ends here up; those that go on are reopened.
    const low = stack.findIndex((r) => r.e <= at);
    const reopen = low < 0 ? [] : stack.slice(low).filter((r) => r.e > at);
    if (low >= 0) {
      out += '</mark>'.repeat(stack.length - low);
      stack = stack.slice(0, low);
    }
    const starting: Run[] = [];
    while (runs[next] !== undefined && runs[next]!.s === at) starting.push(runs[next++]!);
    for (const r of starting) if (r.e === at) out += `${open(r)}</mark>`;
    // Longest first, so a mark that outlives another encloses it and need not be split.
    for (const r of [...reopen, ...starting.filter((x) => x.e > at)].sort((x, y) => y.e - x.e)) {
      out += open(r);
      stack.push(r);
    }
    const to = cuts[i + 1];
    if (to !== undefined) out += esc(text.slice(at, to));
  }
  return out + '</mark>'.repeat(stack.length);
}

/** An offset clamped into the text and moved off the middle of a surrogate pair, which a tag would break. */
function snap(text: string, offset: number): number {
  const o = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  const hi = text.charCodeAt(o - 1);
  const lo = text.charCodeAt(o);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? o - 1 : o;
}

function matrix(report: Report, columns: readonly Column[], keys: ReadonlyMap<string, string>): string {
  const { documents, rows } = coverageMatrix(report);
  const byId = new Map(columns.map((c) => [c.id, c]));
  const verdicts = new Map(report.alignments.map((a) => [a.id, a]));
  const head = documents.map((d) => `<th data-doc="${keys.get(d) ?? ''}" title="${esc(d)}">${esc(byId.get(d)?.name ?? d)}</th>`).join('');
  const body = rows.map((r) => {
    const a = verdicts.get(r.alignmentId);
    const cells = r.cells.map((cell, i) => `<td data-doc="${keys.get(documents[i] ?? '') ?? ''}" class="${cell}" title="${CELL[cell][1]}">${CELL[cell][0]}</td>`).join('');
    return `<tr data-verdict="${esc(a?.verdict ?? '')}" data-docs="${a ? docKeys(a, keys) : ''}"><th><a href="#alignment-${esc(r.alignmentId)}">${esc(r.alignmentId)}</a></th><td>${esc(r.topic)}</td>${cells}</tr>`;
  });
  return `<section class="matrix">
<h2>Coverage</h2>
<p>✔ states it (the majority position), ✖ states a conflicting minority position, — says nothing.</p>
<table><thead><tr><th>Alignment</th><th>Topic</th>${head}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>
</section>`;
}

/** The column keys of an alignment's documents, space-separated, for the filter script. */
const docKeys = (a: Alignment, keys: ReadonlyMap<string, string>): string =>
  [...new Set(a.positions.flatMap((p) => p.documentIds))]
    .map((d) => keys.get(d))
    .filter((k) => k !== undefined)
    .join(' ');

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and for quoted attribute values alike. */
const esc = (s: string): string => s.replace(/[&<>"']/gu, (ch) => ENTITIES[ch] ?? ch);
/** Only web links become links: `javascript:` and other schemes are shown as text. */
const isWebUrl = (url: string): boolean => /^https?:\/\/[^\s"'<>\\]/iu.test(url);

const STYLE = `
:root { color-scheme: light; --conflict: #fbd0cc; --agree: #cfeccf; --single: #e8e8e8; --quantity: #1d4ed8; font: 15px/1.5 system-ui, sans-serif; }
body { margin: 0; color: #1a1a1a; background: #fafafa; }
header { padding: 0.5rem 1rem; border-bottom: 1px solid #ddd; background: #fff; }
h1 { font-size: 1.3rem; margin: 0.2rem 0; }
h2 { font-size: 1.05rem; margin: 0.5rem 0; }
h3 { font-size: 0.95rem; margin: 0 0 0.3rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem; }
fieldset { border: 1px solid #ddd; padding: 0.2rem 0.6rem; display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; }
.layout { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; height: calc(100vh - 9rem); min-height: 24rem; }
.findings { overflow-y: auto; padding: 0 1rem; border-right: 1px solid #ddd; background: #fff; }
.findings ol { padding-left: 0; list-style: none; }
.finding { border-bottom: 1px solid #eee; padding: 0.5rem 0; font-size: 0.9rem; }
.positions { padding-left: 1rem; }
.positions ul { padding-left: 1rem; }
.label { font-weight: 600; }
.why { color: #555; font-size: 0.85rem; }
.types { color: #555; font-weight: normal; }
.badge { border-radius: 3px; padding: 0 0.3rem; font-size: 0.75rem; text-transform: uppercase; }
.badge.conflict, .badge.mixed { background: var(--conflict); }
.badge.agree { background: var(--agree); }
.sources { display: flex; gap: 1px; overflow-x: auto; background: #ddd; }
.column { flex: 1 0 20rem; overflow-y: auto; padding: 0 1rem; background: #fff; }
.meta { color: #555; font-size: 0.8rem; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
.missing { color: #a00; }
mark { background: transparent; color: inherit; border-bottom: 2px solid #bbb; }
mark.single { background: var(--single); }
mark.agree { background: var(--agree); }
mark.conflict { background: var(--conflict); }
mark.quantity { border-bottom-color: var(--quantity); }
mark.quote { font-style: italic; }
mark:target { outline: 2px solid #000; }
.finding:target { background: #fff8d6; }
.matrix { padding: 0 1rem 2rem; overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; }
td.states, td.conflicts, td.silent { text-align: center; }
td.states { color: #176317; } td.conflicts { color: #b00; } td.silent { color: #999; }
.off { display: none !important; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; height: auto; } .column { max-height: 70vh; } }
`;

/** Filters: a list item or matrix row shows while its verdict and at least one of its sources are checked. */
const SCRIPT = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  function checked(kind) {
    return boxes.filter(function (b) { return b.dataset.filter === kind && b.checked; }).map(function (b) { return b.value; });
  }
  function apply() {
    var verdicts = checked('verdict'), docs = checked('doc');
    document.querySelectorAll('[data-doc]').forEach(function (el) {
      el.classList.toggle('off', docs.indexOf(el.dataset.doc) < 0);
    });
    document.querySelectorAll('[data-verdict]').forEach(function (el) {
      var own = el.dataset.docs ? el.dataset.docs.split(' ') : [];
      var shown = verdicts.indexOf(el.dataset.verdict) >= 0 && own.some(function (d) { return docs.indexOf(d) >= 0; });
      el.classList.toggle('off', !shown);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;
