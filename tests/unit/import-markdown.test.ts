/** The importer escapes page text so markdown shows it exactly as the page printed it, and writes files the content reader accepts. */
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleFileText } from '../../src/import/article-file.ts';
import { escapeParagraph } from '../../src/import/markdown-text.ts';
import { parseArticleSource } from '../../src/content/source.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** What a reader sees of one markdown paragraph: its text, and whether it stayed one paragraph of text (GFM may link a bare URL, text unchanged). */
function shown(source: string) {
  const tree = markdown.parse(source);
  const only = tree.children[0];
  return { text: toString(tree), plainParagraph: tree.children.length === 1 && only?.type === 'paragraph' && only.children.every((c) => c.type === 'text' || c.type === 'link') };
}

describe('escapeParagraph', () => {
  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['> not a quote block', '\\> not a quote block'],
    ['- not a list', '\\- not a list'],
    ['2022. A year', '2022\\. A year'],
    ['---', '\\---'],
    ['a *starred* and _underlined_ word', 'a \\*starred\\* and \\_underlined\\_ word'],
    ['[German Chancellor Olaf] Scholz', '[German Chancellor Olaf] Scholz'],
    ['[text](http://example.com)', '[text\\](http\\://example.com)'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<!-- framing -->', '\\<!-- framing -->'],
    ['AT&T and &amp; and &#169;', 'AT&T and \\&amp; and \\&#169;'],
    ['KELLY: plain speech, 50% of it', 'KELLY: plain speech, 50% of it'],
    ['see https://example.com/a_b', 'see https\\://example.com/a\\_b'],
  ])('%j is written as %j', (text, expected) => {
    expect(escapeParagraph(text)).toBe(expected);
    expect(shown(expected)).toEqual({ text, plainParagraph: true });
  });

  // Characters markdown and GFM give meaning to, mixed with words and spaces; a paragraph has no line breaks and no edge spaces.
  const piece = fc.oneof(
    fc.constantFrom('*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '!', '#', '-', '+', '=', '|', '&', ';', ':', '\\', '.', '1.', '2)', 'http://x.example', 'www.x.example', 'a@b.example', '&amp;', '&#35;', '<b>', '</i>', '<!--'),
    fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
    fc.constantFrom(' ', ' ', '\u00a0', '“', '”', '’'),
  );
  const paragraph = fc
    .array(piece, { minLength: 1, maxLength: 30 })
    .map((pieces) => pieces.join(''))
    .filter((text) => text.trim() === text && text !== '');

  it('keeps any paragraph text exactly as written, as one plain paragraph', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        expect(shown(escapeParagraph(text))).toEqual({ text, plainParagraph: true });
      }),
      { numRuns: 600 },
    );
  });
});

describe('articleFileText', () => {
  const paragraphs = [
    { text: 'The full text is available below.', line: 1, framing: true },
    { text: 'Story text: "a quote."', line: 3, framing: false },
    { text: 'The views expressed are not necessarily ours.', line: 5, framing: true },
  ];

  it('writes a file the content reader accepts when every required field was found, framing between markers', () => {
    const text = articleFileText(
      { title: 'Putin: "no" to talks, #1 story', kind: 'article', publisher: 'Foreign Policy', published: '2022-04-28', republishedBy: 'Kyiv Post' },
      paragraphs,
    );
    const source = parseArticleSource(text, 'x.md');
    expect(source.frontmatter).toEqual({ title: 'Putin: "no" to talks, #1 story', kind: 'article', publisher: 'Foreign Policy', published: '2022-04-28', republishedBy: 'Kyiv Post' });
    expect(source.body.trim().split('\n\n')).toEqual([
      '<!-- framing -->',
      'The full text is available below.',
      '<!-- /framing -->',
      'Story text: "a quote."',
      '<!-- framing -->',
      'The views expressed are not necessarily ours.',
      '<!-- /framing -->',
    ]);
  });

  it('writes a missing required field as an empty FIXME value that the content reader refuses, naming the field', () => {
    const text = articleFileText({ title: 'A headline', kind: 'transcript', publisher: undefined, published: '2024-01-02' }, paragraphs);
    expect(text).toMatch(/^publisher: '' {2}# FIXME: not found on the page; write who published it, e\.g\. NPR$/m);
    expect(() => parseArticleSource(text, 'content/articles/x.md')).toThrow(/^content\/articles\/x\.md:4: publisher: found ""; expected the publisher/);
  });
});
