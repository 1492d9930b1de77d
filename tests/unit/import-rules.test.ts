/** The importer's rules one at a time: what counts as page furniture or framing, dates, bylines, names, metadata, speaker labels. */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/annotate/registry.ts';
import { chromeReason, isFramingNote } from '../../src/import/chrome.ts';
import { findDate, isUpdateDate } from '../../src/import/dates.ts';
import { storyElement } from '../../src/import/html-blocks.ts';
import { readHtmlMeta, withoutSiteName } from '../../src/import/html-meta.ts';
import { importPage } from '../../src/import/import-page.ts';
import { bylineOf } from '../../src/import/page-facts.ts';
import { renderMarkdown } from '../helpers/render.ts';

describe('page furniture dropped wherever it stands', () => {
  it.each([
    ['Your donation today will allow us to continue this work on your behalf.', /appeal/],
    ['Support independent journalism. Donate now.', /appeal/],
    ['Sign up for our morning newsletter and get the news you need.', /appeal/],
    ['We use cookies to personalise content. By continuing you accept our cookie policy.', /cookie/],
    ['ADVERTISEMENT', /advertisement/],
    ['Story continues below advertisement', /advertisement/],
    ['Read more: Port strike enters third week', /related/],
    ['Photograph: Colm Byrne/The Northern Ledger', /photo/],
    ['Share · Tweet · Email', /sharing/],
  ])('%j is furniture', (text, reason) => {
    expect(chromeReason(text)).toMatch(reason);
  });

  it.each([
    '“Your donation will keep the shelter open,” the charity’s director said.',
    'KELLY: Support for this program comes from listeners like you.',
    'Members of the co-op said the vote left them with no choice but to sell.',
    'Factors that contribute to flooding include paved yards and blocked drains.',
    'Readers who watch the estuary closely say the tides have changed.',
    'Read the rest of the letter, which the council published on Monday, and you will find no mention of costs.',
  ])('%j is story text', (text) => {
    expect(chromeReason(text)).toBeNull();
  });
});

describe('framing: republisher intros, disclaimers and credits, kept but set apart', () => {
  it.each([
    'The full text of the article is available below and here via the journal’s website.',
    'This article was originally published by Grist.',
    'This story is republished from The Conversation under a Creative Commons license.',
    'The views expressed in this article are the author’s own and do not necessarily reflect those of the Herald.',
    'Transcript provided by NPR, Copyright NPR.',
    'Reporting by Ana López; Editing by Mark Holt',
    'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
  ])('%j is framing', (text) => {
    expect(isFramingNote(text)).toBe(true);
  });

  it.each([
    'The report is available to councillors only, officials said.',
    'The text of the treaty was published in full on Tuesday.',
    'His views on the barrier have not changed.',
  ])('%j is story text', (text) => {
    expect(isFramingNote(text)).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    ['Published April 26, 2022 at 4:13 PM EDT', '2022-04-26'],
    ['Tue 5 Mar 2024 09.30 GMT', '2024-03-05'],
    ['2022-04-26T16:13:00-04:00', '2022-04-26'],
    ['Sept. 5, 2021', '2021-09-05'],
    ['1st of May, 2023', '2023-05-01'],
    ['February 30, 2024', null],
    ['LONDON, March 3 (Reuters)', null],
    ['© 2024 Connecticut Public', null],
    ['4/5/2022', null],
  ])('%j gives %j', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('tells an update date from a publication date by the word before the date', () => {
    expect(isUpdateDate('Updated 6 March 2024')).toBe(true);
    expect(isUpdateDate('March 3, 2024 10:15 AM GMT Updated 2 hours ago')).toBe(false);
  });
});

describe('bylines and site names', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Ana López and Tom Reyes, Reuters', 'Ana López and Tom Reyes'],
    ['By Priya Raman | Published 3 March 2024', 'Priya Raman'],
    ['by the way, the vote is tonight', null],
    ['Bylines matter', null],
  ])('%j is the byline %j', (text, byline) => {
    expect(bylineOf(text)).toBe(byline);
  });

  it.each([
    ['Harbour council approves barrier | The Northern Ledger', 'The Northern Ledger', 'Harbour council approves barrier'],
    ['Storm Barrier Vote - CNN.com Transcripts', 'CNN', 'Storm Barrier Vote'],
    ['Why beaches vanish – Harbourside Herald', 'Harbourside Herald', 'Why beaches vanish'],
    ['Sense and Sensibility - a review', 'The Northern Ledger', 'Sense and Sensibility - a review'],
    ['CNNfiction - a novel', 'CNN', 'CNNfiction - a novel'],
  ])('%j without the site name %j is %j', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });

  it('reads JSON-LD inside @graph, with several authors and a publisher object', () => {
    const tree = fromHtml(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
      {"@type":["NewsArticle"],"headline":"Barrier vote","datePublished":"2024-03-05","author":[{"name":"Ana López"},{"name":"Tom Reyes"}],"publisher":{"name":"The Ledger"}}]}</script>
      <meta property="og:title" content="Other title"></head><body><article><p>Text</p></article></body></html>`);
    const meta = readHtmlMeta(tree, storyElement(tree));
    expect([meta.title?.value, meta.published?.value, meta.byline?.value, meta.site?.value]).toEqual(['Barrier vote', '2024-03-05', 'Ana López and Tom Reyes', 'The Ledger']);
  });
});

describe('speaker labels', () => {
  // Kelly is known by her alias; Maynes only by his full name, which the page states in "NPR's Charles Maynes".
  const REGISTRY = `- id: mary-louise-kelly
  name: Mary Louise Kelly
  type: person
  aliases: [Kelly]
- id: charles-maynes
  name: Charles Maynes
  type: person
`;
  const registry = parseRegistry(REGISTRY, 'entities.yaml');
  const page = [
    'Listen Live',
    '',
    'Dockworkers extend strike into a third week at the port',
    '',
    'We begin with the port, where the strike has entered its third week and the queue of ships now stretches for miles offshore.',
    '',
    "NPR's Charles Maynes is there.",
    '',
    'KELLY: Charles, what are you seeing?',
    '',
    'MAYNES: Ships, mostly. The queue has doubled since Friday, and the union says nobody is going back until the pay offer changes.',
    '',
    'ODUYA: We are not moving.',
  ].join('\n');
  const imported = importPage(page, { name: 'strike.txt', registry });

  it('maps a surname label to the registry person the page names in full, and leaves labels the registry already knows', () => {
    expect(imported.frontmatter.kind).toBe('transcript');
    expect(imported.frontmatter.speakers).toEqual({ MAYNES: 'charles-maynes' });
    expect(imported.markdown).toContain('speakers:\n  MAYNES: charles-maynes\n---');
  });

  it('reports a label nobody can place, and the unlabeled opening that needs a host', () => {
    // The page states no publisher ("NPR's" names a reporter's employer, not who published this page) and no date.
    expect(imported.report.attention).toEqual([
      expect.stringMatching(/^publisher: /),
      expect.stringMatching(/^published: /),
      'speakers: label ODUYA (line 13) names no one the page or content/entities.yaml identifies: map `ODUYA: <registry id>` under speakers',
      'host: the 2 paragraphs before the first speaker label (line 5) have no speaker: set `host:` to the registry id of whoever speaks them',
    ]);
  });

  it('renders with the mapped speaker, and the annotator warns only about the label the report listed', async () => {
    const { annotation, messages } = await renderMarkdown(imported.markdown, REGISTRY);
    expect(annotation.paragraphs.map((p) => p.speaker)).toEqual([null, null, 'mary-louise-kelly', 'charles-maynes', null]);
    expect(messages.map((m) => m.ruleId)).toEqual(['unknown-speaker']);
  });

  it('calls a page with a single label an article: a dateline such as "NEW DELHI:" is not a speaker', () => {
    const article = importPage(
      'NEW DELHI: The government on Tuesday announced a new plan for the city’s water supply, officials said after a long meeting.\n\nThe plan will take five years.',
      { name: 'x.txt', registry },
    );
    expect(article.frontmatter.kind).toBe('article');
  });
});

describe('the edges of the story', () => {
  const registry = parseRegistry('', 'entities.yaml');

  it('takes a question above the story as the headline, and a full-stop standfirst into the story', () => {
    const page = [
      'Home',
      'High Street',
      '',
      'Is this the end of the high street?',
      '',
      'Half the shops on Mill Lane have closed since January, and the ones that remain are cutting their hours.',
      '',
      'Rents on the street have doubled in five years while footfall has halved, according to the traders’ association.',
    ].join('\n');
    const imported = importPage(page, { name: 'x.txt', registry });
    expect(imported.frontmatter.title).toBe('Is this the end of the high street?');
    expect(imported.paragraphs.map((p) => p.line)).toEqual([6, 8]);
  });

  it('reads a transcript pasted into <pre> one line per paragraph', () => {
    const html = `<html><body><pre>ANA RUIZ, HOST: Welcome back. Today we talk about the river, the floods of last winter and what the town plans to do next.

TOM BELL: Thanks for having me.

RUIZ: Let us start with the barrier.</pre></body></html>`;
    const imported = importPage(html, { name: 'x.html', registry });
    expect(imported.paragraphs.map((p) => p.text)).toEqual([
      'ANA RUIZ, HOST: Welcome back. Today we talk about the river, the floods of last winter and what the town plans to do next.',
      'TOM BELL: Thanks for having me.',
      'RUIZ: Let us start with the barrier.',
    ]);
    expect(imported.frontmatter.kind).toBe('transcript');
  });
});
