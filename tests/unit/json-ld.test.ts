import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/annotate/registry.ts';
import type { ArticleFrontmatter } from '../../src/content/schema.ts';
import { articleJsonLd, serializeJsonLd, type JsonLdNode } from '../../src/exports/json-ld.ts';
import { renderMarkdown } from '../helpers/render.ts';

const REGISTRY = `- id: ana-lopes
  name: Ana Lopes
  type: person
  aliases: [Lopes]
  wikidata: Q4750
- id: harbour-board
  name: Harbour Board
  type: organization
- id: sam-byline
  name: Sam Byline
  type: person
  wikidata: Q99
`;

// Four quotes: a named person, a named organisation, an unnamed source, and words with no cue (unattributed).
const BODY = `“We will rebuild the bridge </script><!-- by spring,” said Ana Lopes, the mayor of Riverton.

The Harbour Board said in a statement: “We start on Monday.”

“Nobody told us anything,” one resident said.

The weather was cold. The banner by the road read “we were here first, and we stay” in red paint.
`;

const site = new URL('https://news.example.org');
const registry = parseRegistry(REGISTRY, 'entities.yaml');
const frontmatter: ArticleFrontmatter = { title: 'Bridge </script> to reopen', kind: 'article', publisher: 'Example Times', published: '2024-03-05', byline: 'Ana Lopes' };

async function jsonLdOf(fm: ArticleFrontmatter) {
  const { annotation } = await renderMarkdown(`---\nkind: article\n---\n\n${BODY}`, REGISTRY);
  return { annotation, ld: articleJsonLd({ slug: 'bridge', frontmatter: fm, annotation }, registry, site) };
}

describe('articleJsonLd', () => {
  it('describes the page as a NewsArticle with headline, date, publisher, absolute url', async () => {
    const { ld } = await jsonLdOf(frontmatter);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Bridge </script> to reopen',
      datePublished: '2024-03-05',
      url: 'https://news.example.org/articles/bridge/',
      publisher: { '@type': 'Organization', name: 'Example Times' },
    });
  });

  it('names the byline as author, linked to the person the article refers to; an unknown byline only by name', async () => {
    expect((await jsonLdOf(frontmatter)).ld['author']).toEqual({
      '@type': 'Person',
      name: 'Ana Lopes',
      url: 'https://news.example.org/entities/ana-lopes/',
      sameAs: 'https://www.wikidata.org/wiki/Q4750',
    });
    // In the registry but not named in this article: no entity page to link to, Wikidata still known.
    expect((await jsonLdOf({ ...frontmatter, byline: 'Sam Byline' })).ld['author']).toEqual({ '@type': 'Person', name: 'Sam Byline', sameAs: 'https://www.wikidata.org/wiki/Q99' });
    expect((await jsonLdOf({ ...frontmatter, byline: 'By the newsroom' })).ld['author']).toEqual({ '@type': 'Person', name: 'By the newsroom' });
    expect((await jsonLdOf({ ...frontmatter, byline: undefined })).ld).not.toHaveProperty('author');
  });

  it('gives each quote as a Quotation: named speakers as creator and spokenByCharacter, unnamed sources by credit only, unattributed by no one', async () => {
    const { ld, annotation } = await jsonLdOf(frontmatter);
    const parts = ld['hasPart'] as JsonLdNode[];
    expect(parts.map((part) => part['@type'])).toEqual(['Quotation', 'Quotation', 'Quotation', 'Quotation']);
    expect(parts.map((part) => part['text'])).toEqual(annotation.quotes.map((quote) => quote.text));
    expect(parts.map((part) => part['url'])).toEqual(annotation.quotes.map((quote) => `https://news.example.org/articles/bridge/#${quote.id}`));
    const ana = { '@type': 'Person', name: 'Ana Lopes', url: 'https://news.example.org/entities/ana-lopes/', sameAs: 'https://www.wikidata.org/wiki/Q4750' };
    expect(parts[0]).toMatchObject({ creator: ana, spokenByCharacter: ana, creditText: 'Ana Lopes' });
    const board = { '@type': 'Organization', name: 'Harbour Board', url: 'https://news.example.org/entities/harbour-board/' };
    expect(parts[1]).toMatchObject({ creator: board, spokenByCharacter: board });
    expect(parts[2]).toMatchObject({ creditText: 'one resident' });
    expect(parts[2]).not.toHaveProperty('creator');
    expect(parts[2]).not.toHaveProperty('spokenByCharacter');
    expect(Object.keys(parts[3]!).sort()).toEqual(['@type', 'text', 'url']);
  });

  it('lists each named entity once as mentions, typed, with its page and its Wikidata item when known', async () => {
    const { ld } = await jsonLdOf(frontmatter);
    const mentions = ld['mentions'] as JsonLdNode[];
    expect(mentions).toContainEqual({ '@type': 'Person', name: 'Ana Lopes', url: 'https://news.example.org/entities/ana-lopes/', sameAs: 'https://www.wikidata.org/wiki/Q4750' });
    expect(mentions).toContainEqual({ '@type': 'Organization', name: 'Harbour Board', url: 'https://news.example.org/entities/harbour-board/' });
    // Not in the registry: found in the text, typed by its context ("of Riverton"), no Wikidata.
    expect(mentions).toContainEqual({ '@type': 'Place', name: 'Riverton', url: 'https://news.example.org/entities/riverton/' });
    const names = mentions.map((m) => m['name']);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element or open a comment, and parses back to the same value', async () => {
    const { ld } = await jsonLdOf(frontmatter);
    const json = serializeJsonLd({ ...ld, extra: 'a & b > c \u2028 d <!-- e' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('Bridge \\u003c/script\\u003e to reopen');
    expect(JSON.parse(json)).toEqual({ ...ld, extra: 'a & b > c \u2028 d <!-- e' });
  });
});
