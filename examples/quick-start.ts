/**
 * The shortest useful run: two short reports of one (invented) event, one in English and one in
 * Swedish, compared without translation. Prints the conflicts (how many protesters; tear gas or
 * pepper spray) and the agreements, each with the sentences it rests on.
 *
 *   npx tsx examples/quick-start.ts
 */
import { compareClaims, renderText, type SourceDocument } from '../src/index';

const sources: SourceDocument[] = [
  {
    id: 'norrvik-daily',
    title: 'Dock strike shuts Norrvik ferry port',
    publishedAt: '2026-03-04',
    text: `Dock strike shuts Norrvik ferry port

About 2,000 protesters blocked the ferry terminal in Norrvik on Tuesday.
In the afternoon police fired tear gas at the crowd.
Three officers and 12 protesters were injured, a police spokesman said.
"We will stay here until the company talks to us," union leader Maria Holm said.
The company said the blockade cost it more than $4 million.`,
  },
  {
    id: 'norrviks-tidning',
    title: 'Hamnstrejk stänger färjeläget i Norrvik',
    publishedAt: '2026-03-04',
    text: `Hamnstrejk stänger färjeläget i Norrvik

Omkring 3 500 demonstranter blockerade färjeterminalen i Norrvik på tisdagen.
På eftermiddagen använde polisen pepparsprej mot folkmassan.
Tre poliser och tolv demonstranter skadades, enligt polisen.
”Vi stannar här tills bolaget pratar med oss”, sade fackets ordförande Maria Holm.
Enligt bolaget kostade blockaden mer än 4 miljoner dollar.`,
  },
];

const report = compareClaims(sources);
console.log(renderText(report));
