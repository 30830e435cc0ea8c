/**
 * Direct-quote test cases: short news texts in the five supported languages, each with the
 * direct quotes it contains and who said them. All people, companies and many places are invented.
 *
 * Conventions:
 * - `text` holds one or more paragraphs separated by '\n'; a headline, when there is one, is the
 *   first paragraph.
 * - `quotes` lists every direct quote in the order it appears in `text`; an empty list means the
 *   text has quote marks but no direct quote (scare quotes, titles, nicknames, terms).
 * - `words` is the text between the quote marks, trimmed of surrounding white space (French
 *   guillemets carry spaces inside them), with the punctuation that stands inside the marks
 *   ('We are ready,' keeps its comma; ”Vi är redo”, keeps none).
 * - Dash quotes (Swedish '– …', '-…', '— …'; Spanish '—…'): `words` runs from the first character
 *   after the dash to the end of the spoken words, keeping a closing '!' or '?' and a final
 *   full stop at the end of a paragraph, but not the comma or dash that separates the words from
 *   the attribution. Spoken words that go on after the attribution ('…, säger hon. Vi har …') are
 *   a second quote.
 * - A quote split by its attribution ('“We are ready,” she said, “to do more.”') is two quotes
 *   with the same speaker.
 * - A quote that runs on into the next paragraph (no closing mark at the end of the paragraph,
 *   an opening mark at the start of the next) is one quote; its parts are joined with a single
 *   space.
 * - A quote nested in a quote is part of the outer quote and not listed on its own.
 * - `speaker` is the person's name as the article gives it in full at its first mention, without
 *   titles or roles ('Sarah J. Mills' for 'Gov. Sarah J. Mills'). For a pronoun or a role noun
 *   ('she said', 'the minister said', 'sade han') it is the nearest fitting named person before
 *   it; for a headline quote, the person the article names as having said it. An organisation
 *   named by its proper name ('Halvorsen Shipping said in a statement') is the speaker as named.
 *   The speaker is null when the article names nobody ('one resident said', 'en ung man').
 */

export interface QuoteCase {
  lang: 'en' | 'sv' | 'de' | 'es' | 'fr';
  text: string;
  quotes: readonly { words: string; speaker: string | null }[];
  note: string;
}

export const quoteCases: readonly QuoteCase[] = [
  // ─── English ──────────────────────────────────────────────────────────────────────────────
  {
    lang: 'en',
    text: `Finance Minister Rafael Ortiz presented the 2025 budget to parliament on Tuesday, promising a deficit of no more than 2.8% of GDP. Ortiz said: “We are not raising income taxes, and we are not cutting pensions.”`,
    quotes: [
      {
        words: `We are not raising income taxes, and we are not cutting pensions.`,
        speaker: 'Rafael Ortiz',
      },
    ],
    note: 'speaker before the quote with a colon; surname refers back to the titled full name',
  },
  {
    lang: 'en',
    text: `Health Minister Priya Raman announced on Monday that 1,200 new nurses would be hired by the end of the year.\n“This is the largest recruitment drive in a decade,” the minister said.`,
    quotes: [{ words: `This is the largest recruitment drive in a decade,`, speaker: 'Priya Raman' }],
    note: 'speaker after the quote as a role noun ("the minister") resolved to the named minister',
  },
  {
    lang: 'en',
    text: `"We have never seen water levels like this," said John Carver, a spokesman for the regional flood authority. The river rose 2.3 metres overnight, and 400 homes were evacuated.`,
    quotes: [{ words: `We have never seen water levels like this,`, speaker: 'John Carver' }],
    note: 'inverted attribution ("said John Carver, a spokesman"), straight quotes',
  },
  {
    lang: 'en',
    text: `Senator Ellen Marsh said her party would back the infrastructure bill if the spending caps stayed in place.\n“We are ready,” she said, “to do more.”`,
    quotes: [
      { words: `We are ready,`, speaker: 'Ellen Marsh' },
      { words: `to do more.`, speaker: 'Ellen Marsh' },
    ],
    note: 'quote split by its attribution: two quotes, one speaker; pronoun speaker',
  },
  {
    lang: 'en',
    text: `Judge Helen Cartwright on Thursday rejected a motion filed by defense attorney Mark Delaney to delay the fraud trial by three months. “This court will not be rushed, and it will not be stalled,” she said.`,
    quotes: [
      {
        words: `This court will not be rushed, and it will not be stalled,`,
        speaker: 'Helen Cartwright',
      },
    ],
    note: '"she" skips the nearer man (Mark Delaney) and goes to the nearest woman',
  },
  {
    lang: 'en',
    text: `Coach Tom Reilly watched from the sideline as goalkeeper Anna Sorensen saved two penalties in the shootout. “She won us the game tonight,” he told reporters after the match.`,
    quotes: [{ words: `She won us the game tonight,`, speaker: 'Tom Reilly' }],
    note: '"he told reporters": "he" skips the nearer woman; "She" inside the quote is not the speaker',
  },
  {
    lang: 'en',
    text: `According to Mayor Linda Park, repairs to the Elm Street bridge “will take at least six months” and cost about $4 million.`,
    quotes: [{ words: `will take at least six months`, speaker: 'Linda Park' }],
    note: '"according to" with a short fragment quoted inside the sentence',
  },
  {
    lang: 'en',
    text: `The Caldwell paper mill will close in March with the loss of 340 jobs, according to Tessa Grant, the union's regional secretary. "People are devastated. Some of them have worked there for 30 years," she said.`,
    quotes: [
      {
        words: `People are devastated. Some of them have worked there for 30 years,`,
        speaker: 'Tessa Grant',
      },
    ],
    note: '"according to" with a paraphrase (not a quote), then a multi-sentence quote with a pronoun',
  },
  {
    lang: 'en',
    text: `Rep. Carlos Medina wrote on Twitter: “The people of this district deserve answers, not excuses.” His office did not respond to a request for comment.`,
    quotes: [
      { words: `The people of this district deserve answers, not excuses.`, speaker: 'Carlos Medina' },
    ],
    note: '"wrote on Twitter" before the quote; abbreviated title "Rep."',
  },
  {
    lang: 'en',
    text: `“We are deeply saddened by the loss of three of our colleagues,” Nordvik Air chief executive Lars Holmberg said in a statement. The company grounded its fleet of 14 turboprop aircraft pending an inspection.`,
    quotes: [
      {
        words: `We are deeply saddened by the loss of three of our colleagues,`,
        speaker: 'Lars Holmberg',
      },
    ],
    note: '"said in a statement" after the quote; company name and role before the person',
  },
  {
    lang: 'en',
    text: `Halvorsen Shipping said in a statement that none of the 22 crew members had been injured. "The vessel is stable and is being towed to port," the company said.`,
    quotes: [{ words: `The vessel is stable and is being towed to port,`, speaker: 'Halvorsen Shipping' }],
    note: 'an organisation as speaker; "the company" refers back to it',
  },
  {
    lang: 'en',
    text: `“We lost everything. The water came so fast that we only had time to grab the children. Now we have nothing left,” said Maria Okafor, 41, who lives near the river in the town of Dunmore.`,
    quotes: [
      {
        words: `We lost everything. The water came so fast that we only had time to grab the children. Now we have nothing left,`,
        speaker: 'Maria Okafor',
      },
    ],
    note: 'multi-sentence quote, inverted attribution with age',
  },
  {
    lang: 'en',
    text: `Dana Whitfield, the county’s budget director, said the shortfall had grown to $38 million.\n“The numbers are worse than we expected. We will have to cut services,” Whitfield said. “Libraries, parks and road maintenance are all on the table.\n“There is simply no other way to close the gap this year.”`,
    quotes: [
      {
        words: `The numbers are worse than we expected. We will have to cut services,`,
        speaker: 'Dana Whitfield',
      },
      {
        words: `Libraries, parks and road maintenance are all on the table. There is simply no other way to close the gap this year.`,
        speaker: 'Dana Whitfield',
      },
    ],
    note: 'quote continued into the next paragraph (no closing mark, reopened): one quote',
  },
  {
    lang: 'en',
    text: `Minister: ‘We will not give in to blackmail’\nEnergy Minister Sofia Brandt said on Wednesday that the government would not reopen negotiations with the striking refinery workers. “We will not give in to blackmail,” Brandt told parliament.`,
    quotes: [
      { words: `We will not give in to blackmail`, speaker: 'Sofia Brandt' },
      { words: `We will not give in to blackmail,`, speaker: 'Sofia Brandt' },
    ],
    note: 'headline quote in single curly quotes after "Minister:"; speaker named in the body',
  },
  {
    lang: 'en',
    text: `Senator Maria Alvarez urged the government to condemn the attack “in the strongest terms” and to review its arms exports to the region.`,
    quotes: [{ words: `in the strongest terms`, speaker: 'Maria Alvarez' }],
    note: 'short fragment quoted inside the sentence',
  },
  {
    lang: 'en',
    text: `Lawmakers debated the so-called "bathroom bill" for more than six hours on Wednesday before the vote was postponed until next month.`,
    quotes: [],
    note: 'negative: scare quotes after "so-called"',
  },
  {
    lang: 'en',
    text: `Her memoir, “A Long Way Home,” spent 12 weeks on the bestseller list last year, and a film adaptation is planned for 2026.`,
    quotes: [],
    note: 'negative: book title in quotes, with a comma inside the marks',
  },
  {
    lang: 'en',
    text: `Former boxer Jimmy "The Hammer" Doyle appeared on the talk show "Late Night Live" on Friday to promote his new gym in Leeds.`,
    quotes: [],
    note: 'negative: nickname and TV programme title',
  },
  {
    lang: 'en',
    text: `“It looked like a war zone,” one resident said, pointing at the collapsed roof of the school gymnasium. At least 15 people were injured when the storm hit on Sunday night.`,
    quotes: [{ words: `It looked like a war zone,`, speaker: null }],
    note: 'unnamed speaker ("one resident")',
  },
  {
    lang: 'en',
    text: `A senior official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said: "There is no deal yet, and there may not be one this week."`,
    quotes: [
      { words: `There is no deal yet, and there may not be one this week.`, speaker: null },
    ],
    note: 'anonymous official: no speaker',
  },
  {
    lang: 'en',
    text: `“Who is going to pay for all this?” asked Ray Nolan, a dairy farmer whose fields have been under water since February.`,
    quotes: [{ words: `Who is going to pay for all this?`, speaker: 'Ray Nolan' }],
    note: 'question quote, inverted "asked"',
  },
  {
    lang: 'en',
    text: `Prosecutor Janet Ruiz told the jury the defendant had planned the robbery for weeks. "This was not a moment of panic. This was a plan," Ruiz said.\nDefense lawyer Owen Fitzgerald countered that his client had been coerced. "He was terrified of these men," Fitzgerald said.`,
    quotes: [
      { words: `This was not a moment of panic. This was a plan,`, speaker: 'Janet Ruiz' },
      { words: `He was terrified of these men,`, speaker: 'Owen Fitzgerald' },
    ],
    note: 'two speakers in turn, each by surname after the quote',
  },
  {
    lang: 'en',
    text: `Labour councillor Helen Briggs said the closure of the library was ‘a disgrace’.\n‘We’re not going anywhere,’ she said. ‘If they want to close it, they’ll have to carry us out.’`,
    quotes: [
      { words: `a disgrace`, speaker: 'Helen Briggs' },
      { words: `We’re not going anywhere,`, speaker: 'Helen Briggs' },
      { words: `If they want to close it, they’ll have to carry us out.`, speaker: 'Helen Briggs' },
    ],
    note: 'British single curly quotes with apostrophes (’) inside the quotes',
  },
  {
    lang: 'en',
    text: `Coach: 'We didn't deserve to lose'\nRiverside coach Paul Mendes said his team had been unlucky in Saturday's 2-1 defeat at home. 'We didn't deserve to lose. We created more chances,' Mendes said.`,
    quotes: [
      { words: `We didn't deserve to lose`, speaker: 'Paul Mendes' },
      { words: `We didn't deserve to lose. We created more chances,`, speaker: 'Paul Mendes' },
    ],
    note: "headline and body with straight single quotes and straight apostrophes (didn't, Saturday's)",
  },
  {
    lang: 'en',
    text: `Gov. Sarah J. Mills declared a state of emergency in 11 counties on Friday as wildfires spread across more than 40,000 acres. "Leave now. Do not wait for an evacuation order," Mills said at a news conference.`,
    quotes: [
      { words: `Leave now. Do not wait for an evacuation order,`, speaker: 'Sarah J. Mills' },
    ],
    note: 'abbreviated title and middle initial; surname after the quote',
  },
  {
    lang: 'en',
    text: `“The officer looked at me and said, ‘You can’t stay here,’ and then he walked away,” said Amira Haddad, who has lived in the shelter since October.`,
    quotes: [
      {
        words: `The officer looked at me and said, ‘You can’t stay here,’ and then he walked away,`,
        speaker: 'Amira Haddad',
      },
    ],
    note: 'nested single quote inside a double quote: one quote, by the outer speaker',
  },
  {
    lang: 'en',
    text: `The airport will remain closed until at least Thursday, according to the operator, Westbay Airports. "Safety is our first priority," Westbay Airports said in a statement.`,
    quotes: [{ words: `Safety is our first priority,`, speaker: 'Westbay Airports' }],
    note: 'organisation speaker, "said in a statement"',
  },
  {
    lang: 'en',
    text: `Economist Rachel Nguyen told Reuters that inflation was likely to peak at 6.4% in the spring. "We are not out of the woods yet," she said.`,
    quotes: [{ words: `We are not out of the woods yet,`, speaker: 'Rachel Nguyen' }],
    note: 'pronoun after quote; the speaker was introduced with "told Reuters"',
  },
  {
    lang: 'en',
    text: `“The vaccine is safe, and it works,” said Dr. Amy Chen, director of the city’s public health department. About 62% of adults have received at least one dose.`,
    quotes: [{ words: `The vaccine is safe, and it works,`, speaker: 'Amy Chen' }],
    note: 'inverted attribution with "Dr." title',
  },
  {
    lang: 'en',
    text: `Police Chief Daniel Osei said two suspects had been arrested after the shooting. “We believe there is no further threat to the public,” Osei said, adding: “But we ask people to stay away from the area tonight.”`,
    quotes: [
      { words: `We believe there is no further threat to the public,`, speaker: 'Daniel Osei' },
      { words: `But we ask people to stay away from the area tonight.`, speaker: 'Daniel Osei' },
    ],
    note: '"adding:" introduces a second quote from the same speaker',
  },
  {
    lang: 'en',
    text: `For Grace Mwangi, the new clinic is a lifeline. "Before, I had to walk three hours to see a nurse," says Mwangi, a mother of four. "Now it takes me 20 minutes."`,
    quotes: [
      { words: `Before, I had to walk three hours to see a nurse,`, speaker: 'Grace Mwangi' },
      { words: `Now it takes me 20 minutes.`, speaker: 'Grace Mwangi' },
    ],
    note: 'present-tense "says"; a follow-on quote without its own attribution',
  },
  {
    lang: 'en',
    text: `The director Tomas Varga said his new film, “The Quiet Border,” was inspired by his grandfather’s stories. “I wanted to make something honest,” Varga said.`,
    quotes: [{ words: `I wanted to make something honest,`, speaker: 'Tomas Varga' }],
    note: 'film title in quotes is not a quote; the later quote is',
  },
  {
    lang: 'en',
    text: `The app promises to "gamify" saving money, but consumer groups say its fees are higher than those of an ordinary bank account.`,
    quotes: [],
    note: 'negative: scare quotes around one word',
  },
  {
    lang: 'en',
    text: `Appearing on the BBC programme ‘Sunday Politics’, Transport Secretary Neil Hargreaves said: ‘We will deliver the rail line on time and on budget.’`,
    quotes: [
      { words: `We will deliver the rail line on time and on budget.`, speaker: 'Neil Hargreaves' },
    ],
    note: 'programme title in single quotes is not a quote; British punctuation outside the title',
  },
  {
    lang: 'en',
    text: `Striker Luca Bianchi scored twice as Harbor City beat Northfield 3-0 on Sunday. "It's been a difficult season for me, so this means a lot," Bianchi told reporters.`,
    quotes: [
      { words: `It's been a difficult season for me, so this means a lot,`, speaker: 'Luca Bianchi' },
    ],
    note: 'sport; "told reporters" after the quote',
  },
  {
    lang: 'en',
    text: `In a 42-page ruling, U.S. District Judge Margaret Hollis wrote that the law "plainly violates" the right to free speech. "The state may not punish a citizen for criticizing a public official," Hollis wrote.`,
    quotes: [
      { words: `plainly violates`, speaker: 'Margaret Hollis' },
      {
        words: `The state may not punish a citizen for criticizing a public official,`,
        speaker: 'Margaret Hollis',
      },
    ],
    note: 'court ruling: a fragment, then a full quote with "wrote"',
  },
  {
    lang: 'en',
    text: `Conservative candidate Peter Lindqvist conceded defeat shortly after midnight. “The voters have spoken, and I respect their decision,” he told supporters in Aberdeen. “We will be back.”`,
    quotes: [
      { words: `The voters have spoken, and I respect their decision,`, speaker: 'Peter Lindqvist' },
      { words: `We will be back.`, speaker: 'Peter Lindqvist' },
    ],
    note: 'election night; a second quote continues without attribution',
  },
  {
    lang: 'en',
    text: `‘A day of shame’: opposition condemns pension vote\nOpposition leader Karen Holt called Thursday’s vote “a day of shame for this parliament.” The reform raises the retirement age to 67 by 2032.`,
    quotes: [
      { words: `A day of shame`, speaker: 'Karen Holt' },
      { words: `a day of shame for this parliament.`, speaker: 'Karen Holt' },
    ],
    note: 'headline opening with a quoted fragment; the body says who said it',
  },
  {
    lang: 'en',
    text: `Central bank governor Ingrid Solberg warned that interest rates could rise again this year. "We will do whatever it takes to bring inflation back to 2 percent," Solberg insisted on Thursday.`,
    quotes: [
      {
        words: `We will do whatever it takes to bring inflation back to 2 percent,`,
        speaker: 'Ingrid Solberg',
      },
    ],
    note: 'economy; lower-case role before the name; "insisted"',
  },
  {
    lang: 'en',
    text: `"Nobody will be left behind," said Housing Minister Abdul Rahman, who visited the flooded camp on Saturday with aid for 3,000 families.`,
    quotes: [{ words: `Nobody will be left behind,`, speaker: 'Abdul Rahman' }],
    note: 'inverted attribution with a title between the verb and the name',
  },
  {
    lang: 'en',
    text: `Fire Chief Brenda Collins described the scene when crews arrived shortly after 2 a.m.\n"The whole second floor was already burning. We could hear people calling for help from the windows.\n"My firefighters went in without hesitation, and because of that, nine people are alive tonight," Collins said.`,
    quotes: [
      {
        words: `The whole second floor was already burning. We could hear people calling for help from the windows. My firefighters went in without hesitation, and because of that, nine people are alive tonight,`,
        speaker: 'Brenda Collins',
      },
    ],
    note: 'straight quotes continued into the next paragraph; attribution only at the end',
  },
  {
    lang: 'en',
    text: `The school’s principal, Kevin O’Brien, posted on Facebook late Tuesday: “Classes are cancelled tomorrow. Please keep the families affected in your thoughts.”`,
    quotes: [
      {
        words: `Classes are cancelled tomorrow. Please keep the families affected in your thoughts.`,
        speaker: 'Kevin O’Brien',
      },
    ],
    note: 'name with an apostrophe; "posted on Facebook"',
  },
  {
    lang: 'en',
    text: `Nurse Joanna Price has worked at St. Mary’s hospital for 19 years.\nA spokesman for the hospital said staffing levels met national guidelines.\n“That is simply not true. Some nights there are two of us for 30 patients,” Price said.`,
    quotes: [
      {
        words: `That is simply not true. Some nights there are two of us for 30 patients,`,
        speaker: 'Joanna Price',
      },
    ],
    note: 'surname refers back two paragraphs; the spokesman is only paraphrased',
  },
  {
    lang: 'en',
    text: `“This outbreak is under control, but it is not over,” Dr. Fatima Sall, an epidemiologist at the regional health institute, said on Monday. Health officials have recorded 317 cases since January.`,
    quotes: [{ words: `This outbreak is under control, but it is not over,`, speaker: 'Fatima Sall' }],
    note: 'health; speaker with title and apposition between quote and verb',
  },
  {
    lang: 'en',
    text: `The company calls its drivers "partners" rather than employees, a distinction now before the Supreme Court.`,
    quotes: [],
    note: 'negative: a term in quotes',
  },
  {
    lang: 'en',
    text: `The band closed the festival with “Northern Skies,” the single that topped the charts in 2019, before an audience of 45,000.`,
    quotes: [],
    note: 'negative: song title',
  },
  {
    lang: 'en',
    text: `"We came here with nothing," explained Yusuf Demir, 34, who arrived in the city in 2016. "Now I employ 12 people."`,
    quotes: [
      { words: `We came here with nothing,`, speaker: 'Yusuf Demir' },
      { words: `Now I employ 12 people.`, speaker: 'Yusuf Demir' },
    ],
    note: '"explained" inverted; a follow-on quote',
  },
  {
    lang: 'en',
    text: `Mayor Grace Odhiambo said the city "will rebuild every single home" destroyed by the flooding, at a cost of up to $120 million.`,
    quotes: [{ words: `will rebuild every single home`, speaker: 'Grace Odhiambo' }],
    note: 'fragment quoted in indirect speech',
  },
  {
    lang: 'en',
    text: `Reyes: “This budget fails working families”\nOpposition leader Miguel Reyes attacked the government’s spending plans on Wednesday, saying they would leave 200,000 more children in poverty. “This budget fails working families,” Reyes said.`,
    quotes: [
      { words: `This budget fails working families`, speaker: 'Miguel Reyes' },
      { words: `This budget fails working families,`, speaker: 'Miguel Reyes' },
    ],
    note: 'headline "Surname: quote"; full name in the body',
  },
  {
    lang: 'en',
    text: `The company’s chief executive, Maria Lund, acknowledged that mistakes had been made during the software rollout. "We moved too fast, and our customers paid the price," she said.`,
    quotes: [{ words: `We moved too fast, and our customers paid the price,`, speaker: 'Maria Lund' }],
    note: 'name in apposition after the role; pronoun attribution',
  },
  {
    lang: 'en',
    text: `Asked whether she would resign over the exam scandal, Education Minister Julia Novak replied: “Absolutely not.”`,
    quotes: [{ words: `Absolutely not.`, speaker: 'Julia Novak' }],
    note: '"replied:" before a short quote',
  },
  {
    lang: 'en',
    text: `Several hundred people gathered outside the courthouse. "Justice for Leo!" the crowd chanted as the verdict was read.\nThe boy’s mother, Rosa Jimenez, thanked the jury. “Today my son finally has a voice,” she said.`,
    quotes: [
      { words: `Justice for Leo!`, speaker: null },
      { words: `Today my son finally has a voice,`, speaker: 'Rosa Jimenez' },
    ],
    note: 'chant by an unnamed crowd, then a named speaker with pronoun',
  },
  {
    lang: 'en',
    text: `"We're seeing prices rise across the board - food, rent, energy," Hannah Berg, chief economist at Coastal Bank, told the Financial Times on Monday.`,
    quotes: [
      {
        words: `We're seeing prices rise across the board - food, rent, energy,`,
        speaker: 'Hannah Berg',
      },
    ],
    note: 'speaker named after the quote with "told" a newspaper; hyphen inside the quote',
  },
  // ─── Swedish ──────────────────────────────────────────────────────────────────────────────
  {
    lang: 'sv',
    text: `Hundratals personer samlades utanför ambassaden på lördagskvällen.\n– Vi ska ta oss in! skrek en ung man.`,
    quotes: [{ words: `Vi ska ta oss in!`, speaker: null }],
    note: 'dash quote with "!" and an unnamed speaker',
  },
  {
    lang: 'sv',
    text: `Polisens insatschef Mats Hedlund räknar med att omkring 4 000 personer deltar i demonstrationen.\n-Vi har aldrig haft en så stor grupp, sade han.`,
    quotes: [{ words: `Vi har aldrig haft en så stor grupp`, speaker: 'Mats Hedlund' }],
    note: 'hyphen without a space as the quote dash; "sade han"',
  },
  {
    lang: 'sv',
    text: `”Vi är redo att ta ansvar”, sade Karin Holm, Sveriges utrikesminister, vid en presskonferens i Stockholm på onsdagen.`,
    quotes: [{ words: `Vi är redo att ta ansvar`, speaker: 'Karin Holm' }],
    note: 'Swedish ”…” quote with the comma outside; inverted "sade Karin Holm"',
  },
  {
    lang: 'sv',
    text: `– Vi är mycket oroliga för utvecklingen. Det har aldrig varit så här många fall på en vecka.\nDet säger Lena Ek, smittskyddsläkare i Region Gävleborg.`,
    quotes: [
      {
        words: `Vi är mycket oroliga för utvecklingen. Det har aldrig varit så här många fall på en vecka.`,
        speaker: 'Lena Ek',
      },
    ],
    note: 'dash quote as its own paragraph, attributed in the next by "Det säger …"',
  },
  {
    lang: 'sv',
    text: `Djurgården vann semifinalen med 3–1 efter två mål av lagkaptenen Johanna Lind.\n– Det är helt fantastiskt, säger hon. Vi hade aldrig trott att vi skulle gå till final.`,
    quotes: [
      { words: `Det är helt fantastiskt`, speaker: 'Johanna Lind' },
      { words: `Vi hade aldrig trott att vi skulle gå till final.`, speaker: 'Johanna Lind' },
    ],
    note: 'dash quote that goes on after the attribution: two quotes; definite-form title',
  },
  {
    lang: 'sv',
    text: `Ebba Lindqvist driver en frisersalong i centrala Umeå. Hon har fått höja priserna två gånger i år.\n– Jag har inget val. Elräkningen har fördubblats, säger hon till TT.`,
    quotes: [
      { words: `Jag har inget val. Elräkningen har fördubblats`, speaker: 'Ebba Lindqvist' },
    ],
    note: '"säger hon till TT"; name given earlier',
  },
  {
    lang: 'sv',
    text: `Enligt statsminister Erik Sandberg är läget ”allvarligt men hanterbart”.`,
    quotes: [{ words: `allvarligt men hanterbart`, speaker: 'Erik Sandberg' }],
    note: '"enligt" with a quoted fragment',
  },
  {
    lang: 'sv',
    text: `Oppositionsledaren Maria Forsberg skriver på X att regeringen ”har tappat kontrollen över ekonomin”.`,
    quotes: [{ words: `har tappat kontrollen över ekonomin`, speaker: 'Maria Forsberg' }],
    note: '"skriver på X" with a fragment',
  },
  {
    lang: 'sv',
    text: `Nordbanken har drabbats av ett omfattande it-haveri som slog ut kortbetalningar för 1,2 miljoner kunder.\n”Vi beklagar djupt det inträffade och arbetar för att lösa problemet så snart som möjligt”, skriver Nordbanken i ett pressmeddelande.`,
    quotes: [
      {
        words: `Vi beklagar djupt det inträffade och arbetar för att lösa problemet så snart som möjligt`,
        speaker: 'Nordbanken',
      },
    ],
    note: 'organisation as speaker; "skriver … i ett pressmeddelande"',
  },
  {
    lang: 'sv',
    text: `Branden i industrilokalen i Norrköping bröt ut strax efter midnatt.\n– Branden är under kontroll men vi kommer att vara kvar på platsen under natten, uppger räddningsledaren Tomas Berg.`,
    quotes: [
      {
        words: `Branden är under kontroll men vi kommer att vara kvar på platsen under natten`,
        speaker: 'Tomas Berg',
      },
    ],
    note: '"uppger" with a definite-form title before the name',
  },
  {
    lang: 'sv',
    text: `Ministern: ”Vi backar inte”\nFinansminister Anders Wikström (S) står fast vid förslaget om sänkt skatt för pensionärer.\n– Vi backar inte. Det här är en fråga om rättvisa, säger Anders Wikström till Ekot.`,
    quotes: [
      { words: `Vi backar inte`, speaker: 'Anders Wikström' },
      { words: `Vi backar inte. Det här är en fråga om rättvisa`, speaker: 'Anders Wikström' },
    ],
    note: 'headline quote after "Ministern:"; party letter after the name',
  },
  {
    lang: 'sv',
    text: `Den så kallade ”gängskatten” har blivit ett stort problem för företagare i förorterna, visar en ny rapport från Brottsförebyggande rådet.`,
    quotes: [],
    note: 'negative: scare quotes after "så kallade"',
  },
  {
    lang: 'sv',
    text: `I SVT:s ”Uppdrag granskning” i kväll avslöjas hur bolaget undanhöll uppgifter om 300 skadade arbetare.`,
    quotes: [],
    note: 'negative: TV programme title',
  },
  {
    lang: 'sv',
    text: `Lars ”Lasse” Karlsson, 67, har drivit korvkiosken vid torget i Hudiksvall i över 40 år. Nu går han i pension.`,
    quotes: [],
    note: 'negative: nickname in quotes',
  },
  {
    lang: 'sv',
    text: `Hennes debutroman ”Sista sommaren i Norrland” har sålts i över 100 000 exemplar och ska nu bli tv-serie.`,
    quotes: [],
    note: 'negative: book title',
  },
  {
    lang: 'sv',
    text: `Tre lägenheter totalförstördes när branden spred sig genom huset i Rinkeby.\n— Det var som ett krig, säger Ahmed Yusuf som bor i huset intill.`,
    quotes: [{ words: `Det var som ett krig`, speaker: 'Ahmed Yusuf' }],
    note: 'em dash as the quote dash',
  },
  {
    lang: 'sv',
    text: `– Jag trodde att jag skulle dö, sa Sara Nilsson när hon vittnade i Göteborgs tingsrätt på tisdagen.`,
    quotes: [{ words: `Jag trodde att jag skulle dö`, speaker: 'Sara Nilsson' }],
    note: 'court; "sa" as speech verb',
  },
  {
    lang: 'sv',
    text: `Räddningstjänsten i Jämtland har kämpat mot skogsbränderna i snart två veckor. Räddningschefen Peter Holm är trött.\n”Vi är beredda”, säger han, ”men vi behöver mer resurser”.`,
    quotes: [
      { words: `Vi är beredda`, speaker: 'Peter Holm' },
      { words: `men vi behöver mer resurser`, speaker: 'Peter Holm' },
    ],
    note: '”…” quote split by its attribution: two quotes',
  },
  {
    lang: 'sv',
    text: `Malin Åberg är rektor på Västerskolan i Borås.\n– Vi har elever som inte har ätit frukost när de kommer hit.\n– Det är en ny situation för oss, säger hon.`,
    quotes: [
      { words: `Vi har elever som inte har ätit frukost när de kommer hit.`, speaker: 'Malin Åberg' },
      { words: `Det är en ny situation för oss`, speaker: 'Malin Åberg' },
    ],
    note: 'two dash paragraphs, the first without attribution, by the person presented before',
  },
  {
    lang: 'sv',
    text: `Kommunstyrelsens ordförande Jonas Ek (M) försvarar nedskärningarna.\n– Vi måste ha en budget i balans, säger han.\nOppositionsrådet Fatima Hassan (S) är kritisk.\n– Det här drabbar de barn som har det svårast, säger hon.`,
    quotes: [
      { words: `Vi måste ha en budget i balans`, speaker: 'Jonas Ek' },
      { words: `Det här drabbar de barn som har det svårast`, speaker: 'Fatima Hassan' },
    ],
    note: 'two speakers in turn, each resolved from a pronoun',
  },
  {
    lang: 'sv',
    text: `Älven svämmade över på söndagen och ett tjugotal hus i Gävle fick evakueras.\n– Vattnet steg en halv meter på en timme, berättar Kjell Andersson, som har bott vid älven i hela sitt liv.`,
    quotes: [{ words: `Vattnet steg en halv meter på en timme`, speaker: 'Kjell Andersson' }],
    note: '"berättar" with a relative clause after the name',
  },
  {
    lang: 'sv',
    text: `Idrottsministern Lina Sjöberg skrev på Facebook på söndagen: ”Ett historiskt guld. Hela Sverige är stolt över er!”`,
    quotes: [{ words: `Ett historiskt guld. Hela Sverige är stolt över er!`, speaker: 'Lina Sjöberg' }],
    note: '"skrev på Facebook" with a colon before the quote',
  },
  {
    lang: 'sv',
    text: `Ett flerfamiljshus i Västerås utrymdes under natten till fredagen.\n– Det luktade rök överallt, säger en kvinna som bor i grannhuset.`,
    quotes: [{ words: `Det luktade rök överallt`, speaker: null }],
    note: 'unnamed speaker ("en kvinna")',
  },
  {
    lang: 'sv',
    text: `En man i 30-årsåldern hittades död i en lägenhet i Malmö på måndagsmorgonen.\n– Vi utreder händelsen som mord, säger polisens presstalesperson Ulrika Strand.`,
    quotes: [{ words: `Vi utreder händelsen som mord`, speaker: 'Ulrika Strand' }],
    note: 'genitive + title before the name',
  },
  {
    lang: 'sv',
    text: `-Vi välkomnar beslutet, skriver Anna Dahl, generalsekreterare för Röda Korset, i ett mejl till DN.`,
    quotes: [{ words: `Vi välkomnar beslutet`, speaker: 'Anna Dahl' }],
    note: 'hyphen dash, "skriver" with a role apposition',
  },
  {
    lang: 'sv',
    text: `”Det är inte acceptabelt. Patienterna får vänta i upp till tolv timmar på akuten”, säger Karin Ström, ordförande för Vårdförbundet i Skåne.`,
    quotes: [
      {
        words: `Det är inte acceptabelt. Patienterna får vänta i upp till tolv timmar på akuten`,
        speaker: 'Karin Ström',
      },
    ],
    note: 'multi-sentence ”…” quote',
  },
  {
    lang: 'sv',
    text: `Bergman: ”Sverige står inte ensamt”\nStatsminister Ulf Bergman (M) talade på tisdagen inför riksdagen om säkerhetsläget.\n– Sverige står inte ensamt. Vi har starka partner, sade Ulf Bergman.`,
    quotes: [
      { words: `Sverige står inte ensamt`, speaker: 'Ulf Bergman' },
      { words: `Sverige står inte ensamt. Vi har starka partner`, speaker: 'Ulf Bergman' },
    ],
    note: 'headline "Efternamn: ”…”"; full name in the body',
  },
  {
    lang: 'sv',
    text: `Utrikesminister Karin Holm kallade attacken ”ett brott mot folkrätten” och kallade upp landets ambassadör.`,
    quotes: [{ words: `ett brott mot folkrätten`, speaker: 'Karin Holm' }],
    note: 'fragment quote inside a sentence',
  },
  {
    lang: 'sv',
    text: `Bageriet har förlorat tre stora kunder sedan i höstas.\n”Vi har gjort allt vi kan. Nu är det upp till politikerna.\n”Om ingenting händer kommer vi att stänga i vår”, säger Helena Roos, vd för Norrlands Bageri.`,
    quotes: [
      {
        words: `Vi har gjort allt vi kan. Nu är det upp till politikerna. Om ingenting händer kommer vi att stänga i vår`,
        speaker: 'Helena Roos',
      },
    ],
    note: '”…” quote continued into the next paragraph: one quote',
  },
  {
    lang: 'sv',
    text: `Skördarna har slagits ut av torkan i Västergötland.\n– Vem ska betala för det här? frågar Bengt Olsson, lantbrukare utanför Skara.`,
    quotes: [{ words: `Vem ska betala för det här?`, speaker: 'Bengt Olsson' }],
    note: 'dash question, "frågar"',
  },
  {
    lang: 'sv',
    text: `Enligt Johan Wall, presschef på Trafikverket, kommer tågtrafiken mellan Stockholm och Uppsala vara igång igen på måndag.\n– Vi jobbar dygnet runt med att laga spåren, säger han.`,
    quotes: [{ words: `Vi jobbar dygnet runt med att laga spåren`, speaker: 'Johan Wall' }],
    note: '"enligt" with a paraphrase, then a dash quote with pronoun',
  },
  {
    lang: 'sv',
    text: `Partiet vill införa ett ”medborgarskapsprov” redan nästa år, men kritikerna kallar förslaget symbolpolitik.`,
    quotes: [],
    note: 'negative: a term in quotes',
  },
  {
    lang: 'sv',
    text: `– Jag kommer inte att avgå, sade justitieminister Gunnar Lund (KD) i Sveriges Radios Ekot på onsdagen.`,
    quotes: [{ words: `Jag kommer inte att avgå`, speaker: 'Gunnar Lund' }],
    note: 'title in lower case between verb and name; party letters',
  },
  {
    lang: 'sv',
    text: `Åklagaren Sofia Berg yrkade på fängelse i sex år för den 24-årige mannen. Hans försvarare Per Lindgren begärde frikännande.\n”Bevisningen är mycket stark”, sade hon under slutpläderingen.`,
    quotes: [{ words: `Bevisningen är mycket stark`, speaker: 'Sofia Berg' }],
    note: '"hon" skips the nearer man and goes to the nearest woman',
  },
  {
    lang: 'sv',
    text: `Brandmannen: ”Det var som ett inferno”\n– Det var som ett inferno, säger brandmannen Jesper Ek, som var en av de första på plats vid branden i Sundsvall.`,
    quotes: [
      { words: `Det var som ett inferno`, speaker: 'Jesper Ek' },
      { words: `Det var som ett inferno`, speaker: 'Jesper Ek' },
    ],
    note: 'headline quote after a role noun; named in the body',
  },
  {
    lang: 'sv',
    text: `Elin Svensson vann Vasaloppet på ny rekordtid.\n– Det är den största segern i min karriär, säger Elin Svensson till Expressen efter loppet.`,
    quotes: [{ words: `Det är den största segern i min karriär`, speaker: 'Elin Svensson' }],
    note: 'sport; "säger … till Expressen"',
  },
  {
    lang: 'sv',
    text: `Hushållens konsumtion minskade med 2,4 procent under tredje kvartalet.\n– Vi har sett en kraftig nedgång sedan i våras, säger Mikael Ström, ekonom på Handelsbanken. Hushållen har fått det betydligt tuffare och det syns i butikerna.`,
    quotes: [
      { words: `Vi har sett en kraftig nedgång sedan i våras`, speaker: 'Mikael Ström' },
      {
        words: `Hushållen har fått det betydligt tuffare och det syns i butikerna.`,
        speaker: 'Mikael Ström',
      },
    ],
    note: 'dash quote going on after the attribution with a role apposition',
  },
  {
    lang: 'sv',
    text: `Filmen ”Kärlek i Kiruna” hade premiär på fredagen och sågs av 40 000 personer under första helgen.`,
    quotes: [],
    note: 'negative: film title',
  },
  {
    lang: 'sv',
    text: `Vårdförbundet varslar om strejk från den 1 mars. ”Vi har inget annat val”, säger förbundets ordförande Annika Wallin till TT. Hon menar att arbetsgivarna ”inte har tagit frågan på allvar”.`,
    quotes: [
      { words: `Vi har inget annat val`, speaker: 'Annika Wallin' },
      { words: `inte har tagit frågan på allvar`, speaker: 'Annika Wallin' },
    ],
    note: 'full quote then a fragment introduced by "Hon menar att"',
  },
  {
    lang: 'sv',
    text: `Valet blev en storseger för Centerpartiet i kommunen.\n– Det här är väljarnas dom över sex år av misskötsel, sa partiets toppkandidat Sanna Björk på valvakan. Nu börjar arbetet.`,
    quotes: [
      { words: `Det här är väljarnas dom över sex år av misskötsel`, speaker: 'Sanna Björk' },
      { words: `Nu börjar arbetet.`, speaker: 'Sanna Björk' },
    ],
    note: 'election; a role phrase before the name; the quote goes on after the attribution',
  },
  {
    lang: 'sv',
    text: `”Ni har svikit oss!” ropade en demonstrant när ministern lämnade mötet i Luleå.`,
    quotes: [{ words: `Ni har svikit oss!`, speaker: null }],
    note: '”…” quote with "!" and no comma; unnamed speaker',
  },
  // ─── German ───────────────────────────────────────────────────────────────────────────────
  {
    lang: 'de',
    text: `„Wir sind bereit“, sagte Innenministerin Katrin Vogel am Dienstag in Berlin, „aber nicht um jeden Preis.“`,
    quotes: [
      { words: `Wir sind bereit`, speaker: 'Katrin Vogel' },
      { words: `aber nicht um jeden Preis.`, speaker: 'Katrin Vogel' },
    ],
    note: '„…“ quote split by its attribution: two quotes; title before the name',
  },
  {
    lang: 'de',
    text: `Nach dem Unwetter im Ahrtal waren mehr als 2000 Helfer im Einsatz. Bürgermeister Thomas Albrecht sagte: „Die Stadt wird jeden Euro in den Wiederaufbau stecken.“`,
    quotes: [
      { words: `Die Stadt wird jeden Euro in den Wiederaufbau stecken.`, speaker: 'Thomas Albrecht' },
    ],
    note: 'speaker before the quote with a colon',
  },
  {
    lang: 'de',
    text: `Brandt: „Wir lassen niemanden zurück“\nNach dem Hochwasser in Sachsen hat Umweltministerin Julia Brandt schnelle Hilfe versprochen. „Wir lassen niemanden zurück“, sagte die Ministerin bei einem Besuch in Grimma.`,
    quotes: [
      { words: `Wir lassen niemanden zurück`, speaker: 'Julia Brandt' },
      { words: `Wir lassen niemanden zurück`, speaker: 'Julia Brandt' },
    ],
    note: 'headline quote; "die Ministerin" resolved to the named minister',
  },
  {
    lang: 'de',
    text: `Laut Polizeisprecher Markus Kühn wurden bei der Razzia in Hamburg 14 Personen festgenommen. „Die Ermittlungen dauern an“, sagte Kühn.`,
    quotes: [{ words: `Die Ermittlungen dauern an`, speaker: 'Markus Kühn' }],
    note: '"laut" with a paraphrase, then a quote by surname',
  },
  {
    lang: 'de',
    text: `»Das ist ein schwarzer Tag für die Pressefreiheit«, sagte Anna Schuster, Vorsitzende des Journalistenverbands, nach dem Urteil.`,
    quotes: [{ words: `Das ist ein schwarzer Tag für die Pressefreiheit`, speaker: 'Anna Schuster' }],
    note: 'German »…« guillemets',
  },
  {
    lang: 'de',
    text: `„Die Inflation wird im nächsten Jahr deutlich sinken“, so Bundesbank-Präsident Stefan Maier.`,
    quotes: [{ words: `Die Inflation wird im nächsten Jahr deutlich sinken`, speaker: 'Stefan Maier' }],
    note: 'attribution with "so" instead of a verb; hyphenated title',
  },
  {
    lang: 'de',
    text: `In der ARD-Sendung „Hart aber fair“ diskutierten am Montagabend fünf Gäste über die Rentenreform.`,
    quotes: [],
    note: 'negative: TV programme title',
  },
  {
    lang: 'de',
    text: `Die sogenannte „Schuldenbremse“ steht seit Monaten in der Kritik.`,
    quotes: [],
    note: 'negative: scare quotes after "sogenannte"',
  },
  {
    lang: 'de',
    text: `Trainerin Sabine Roth war nach dem 0:2 gegen Freiburg enttäuscht. „Wir haben heute einfach keine Lösungen gefunden“, sagte sie nach dem Spiel.`,
    quotes: [{ words: `Wir haben heute einfach keine Lösungen gefunden`, speaker: 'Sabine Roth' }],
    note: 'sport; pronoun "sie"',
  },
  {
    lang: 'de',
    text: `Der Verband forderte die Regierung auf, die Pläne „unverzüglich zu stoppen“, erklärte Geschäftsführer Jens Hartmann.`,
    quotes: [{ words: `unverzüglich zu stoppen`, speaker: 'Jens Hartmann' }],
    note: 'fragment quote; speaker named after the sentence',
  },
  {
    lang: 'de',
    text: `Oppositionsführer Felix Kramer schrieb auf X: „Das ist ein Skandal. Die Regierung muss sofort handeln.“`,
    quotes: [
      { words: `Das ist ein Skandal. Die Regierung muss sofort handeln.`, speaker: 'Felix Kramer' },
    ],
    note: '"schrieb auf X" with a multi-sentence quote',
  },
  // ─── Spanish ──────────────────────────────────────────────────────────────────────────────
  {
    lang: 'es',
    text: `El alcalde de Villanueva, Jorge Salinas, recorrió el jueves las calles inundadas.\n—No vamos a parar —dijo el alcalde—. Vamos a reconstruir cada casa.`,
    quotes: [
      { words: `No vamos a parar`, speaker: 'Jorge Salinas' },
      { words: `Vamos a reconstruir cada casa.`, speaker: 'Jorge Salinas' },
    ],
    note: 'em-dash interview style; the quote goes on after the attribution',
  },
  {
    lang: 'es',
    text: `Los vecinos de San Roque llevan tres semanas sin agua potable.\n—Aquí nadie nos escucha —dijo una vecina de 62 años.`,
    quotes: [{ words: `Aquí nadie nos escucha`, speaker: null }],
    note: 'em-dash quote, unnamed speaker',
  },
  {
    lang: 'es',
    text: `«Estamos preparados para cualquier escenario», afirmó la ministra de Economía, Lucía Ferrer, en rueda de prensa.`,
    quotes: [{ words: `Estamos preparados para cualquier escenario`, speaker: 'Lucía Ferrer' }],
    note: '«…» quote; role and name in apposition after the verb',
  },
  {
    lang: 'es',
    text: `Según el portavoz de Protección Civil, Andrés Molina, el incendio ha arrasado más de 3.000 hectáreas. “La situación sigue siendo muy complicada”, explicó Molina.`,
    quotes: [{ words: `La situación sigue siendo muy complicada`, speaker: 'Andrés Molina' }],
    note: '"según" with a paraphrase, then a “…” quote by surname',
  },
  {
    lang: 'es',
    text: `«No vamos a subir los impuestos», aseguró el presidente del Gobierno, Manuel Ortega, «pero tampoco vamos a gastar lo que no tenemos».`,
    quotes: [
      { words: `No vamos a subir los impuestos`, speaker: 'Manuel Ortega' },
      { words: `pero tampoco vamos a gastar lo que no tenemos`, speaker: 'Manuel Ortega' },
    ],
    note: '«…» quote split by its attribution',
  },
  {
    lang: 'es',
    text: `La jueza Elena Castro rechazó el recurso presentado por el abogado Pablo Reyes. “La ley es clara y no admite excepciones”, escribió la magistrada en su resolución.`,
    quotes: [{ words: `La ley es clara y no admite excepciones`, speaker: 'Elena Castro' }],
    note: 'role noun "la magistrada" skips the nearer man',
  },
  {
    lang: 'es',
    text: `La llamada “ley mordaza” sigue en vigor pese a las promesas del Gobierno.`,
    quotes: [],
    note: 'negative: scare quotes after "la llamada"',
  },
  {
    lang: 'es',
    text: `El programa «Salvados» emitió el domingo un reportaje sobre las residencias de mayores.`,
    quotes: [],
    note: 'negative: TV programme title',
  },
  {
    lang: 'es',
    text: `La alcaldesa de Castellón, Rosa Martí, escribió en X: «Gracias a todos los voluntarios. Sois increíbles».`,
    quotes: [
      { words: `Gracias a todos los voluntarios. Sois increíbles`, speaker: 'Rosa Martí' },
    ],
    note: '"escribió en X" with a colon; full stop outside the guillemets',
  },
  {
    lang: 'es',
    text: `El temporal destrozó decenas de negocios en el paseo marítimo.\n—¿Quién va a pagar todo esto? —preguntó Mario Gil, propietario de un bar.`,
    quotes: [{ words: `¿Quién va a pagar todo esto?`, speaker: 'Mario Gil' }],
    note: 'em-dash question with "preguntó"',
  },
  // ─── French ───────────────────────────────────────────────────────────────────────────────
  {
    lang: 'fr',
    text: `« Nous sommes prêts à discuter », a déclaré le ministre du Travail, Olivier Garnier, mardi matin sur France Inter.`,
    quotes: [{ words: `Nous sommes prêts à discuter`, speaker: 'Olivier Garnier' }],
    note: '« … » with ordinary spaces; "a déclaré" with role and name in apposition',
  },
  {
    lang: 'fr',
    text: `La maire de Lille, Claire Dubois, a annoncé la fermeture de trois écoles. «\u00a0C’est une décision difficile\u00a0», a-t-elle expliqué. «\u00a0Mais nous n’avons pas le choix.\u00a0»`,
    quotes: [
      { words: `C’est une décision difficile`, speaker: 'Claire Dubois' },
      { words: `Mais nous n’avons pas le choix.`, speaker: 'Claire Dubois' },
    ],
    note: 'guillemets with no-break spaces; "a-t-elle expliqué" inversion; follow-on quote',
  },
  {
    lang: 'fr',
    text: `Pour Jean-Marc Lefèvre, économiste à la Banque de France, la croissance restera faible. « Nous ne prévoyons pas de reprise avant 2026 », estime-t-il.`,
    quotes: [
      { words: `Nous ne prévoyons pas de reprise avant 2026`, speaker: 'Jean-Marc Lefèvre' },
    ],
    note: '"estime-t-il" inversion; hyphenated first name',
  },
  {
    lang: 'fr',
    text: `Moreau : « Il n’y aura pas de recul »\nLe Premier ministre Antoine Moreau a défendu mercredi la réforme des retraites devant l’Assemblée nationale. « Il n’y aura pas de recul », a-t-il martelé.`,
    quotes: [
      { words: `Il n’y aura pas de recul`, speaker: 'Antoine Moreau' },
      { words: `Il n’y aura pas de recul`, speaker: 'Antoine Moreau' },
    ],
    note: 'headline "Nom : « … »"; body quote with "a-t-il martelé"',
  },
  {
    lang: 'fr',
    text: `Le gouvernement présentera jeudi son plan dit « zéro chômeur », qui doit concerner 50 000 personnes.`,
    quotes: [],
    note: 'negative: scare quotes after "dit"',
  },
  {
    lang: 'fr',
    text: `Interrogée par l’AFP, la porte-parole de la préfecture, Sophie Martin-Garnier, a indiqué : « Aucune victime n’est à déplorer. »`,
    quotes: [{ words: `Aucune victime n’est à déplorer.`, speaker: 'Sophie Martin-Garnier' }],
    note: 'speaker before the quote with a spaced colon; hyphenated surname',
  },
  {
    lang: 'fr',
    text: `L’entraîneur Didier Lambert n’a pas caché sa déception après la défaite 1-0 à Nantes. “On a manqué de réalisme. C’est frustrant”, a reconnu Lambert.`,
    quotes: [{ words: `On a manqué de réalisme. C’est frustrant`, speaker: 'Didier Lambert' }],
    note: 'French text with English-style curly quotes',
  },
  {
    lang: 'fr',
    text: `Dans le quartier dévasté par l’explosion, les habitants déblaient les gravats. « On a tout perdu », témoigne une habitante, en larmes.`,
    quotes: [{ words: `On a tout perdu`, speaker: null }],
    note: 'unnamed speaker ("une habitante")',
  },
  {
    lang: 'fr',
    text: `« Mon client conteste fermement ces accusations », a déclaré son avocat, Me Julien Roux, à la sortie de l’audience.`,
    quotes: [{ words: `Mon client conteste fermement ces accusations`, speaker: 'Julien Roux' }],
    note: 'court; lawyer title "Me" before the name',
  },
  {
    lang: 'fr',
    text: `Le président de l’association, Karim Benali, a dénoncé une décision « injuste et brutale ».`,
    quotes: [{ words: `injuste et brutale`, speaker: 'Karim Benali' }],
    note: 'fragment quote inside the sentence',
  },
  {
    lang: 'fr',
    text: `Son dernier roman, « Les Heures blanches », a reçu le prix des lecteurs en novembre.`,
    quotes: [],
    note: 'negative: book title in guillemets',
  },
];
