import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.ts';
import { decodeUtf8, parseArticleSource } from '../../src/content/source.ts';

const FILE = 'content/articles/example.md';
const valid = ['title: A headline', 'kind: transcript', 'publisher: NPR', 'published: 2022-04-26'];
const file = (fields: string[], body = '\nStory text.\n') => `---\n${fields.join('\n')}\n---\n${body}`;
const errorOf = (text: string) => {
  try {
    parseArticleSource(text, FILE);
  } catch (error) {
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
};

describe('parseArticleSource', () => {
  it('accepts the required fields and keeps the date as written', () => {
    const source = parseArticleSource(file(valid), FILE);
    expect(source.frontmatter).toEqual({ title: 'A headline', kind: 'transcript', publisher: 'NPR', published: '2022-04-26' });
    expect(source.body).toBe('\nStory text.\n');
    expect(source.bodyLine).toBe(7);
  });

  it.each([
    ['a missing title', valid.slice(1), 'title', 1, /title: missing/],
    ['an impossible date', [...valid.slice(0, 3), 'published: 2022-02-30'], 'published', 5, /found "2022-02-30"; expected a real calendar date/],
    ['a date in another format', [...valid.slice(0, 3), 'published: April 26, 2022'], 'published', 5, /expected a date written YYYY-MM-DD/],
    ['an unknown kind', [valid[0]!, 'kind: podcast', ...valid.slice(2)], 'kind', 3, /found "podcast"; expected transcript .* or article/],
    ['a misspelt field', [...valid, 'tilte: Oops'], 'tilte', 6, /unknown field; expected only title, kind/],
    ['a speakers map with a name instead of an id', [...valid, 'speakers:', '  KELLY: Mary Kelly'], 'speakers.KELLY', 6, /expected an id/],
    ['a javascript: url', [...valid, 'url: javascript:alert(1)'], 'url', 6, /expected an absolute http\(s\) URL/],
  ])('refuses %s, naming the file, line and field', (_, fields, field, line, detail) => {
    const error = errorOf(file(fields));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(detail);
    expect(error.message.startsWith(`${FILE}:${line}: ${field}: `)).toBe(true);
  });

  it('refuses an empty file, a file without frontmatter and unclosed frontmatter', () => {
    expect(errorOf('  \n').message).toMatch(/the file is empty/);
    expect(errorOf('Just a story.\n').message).toMatch(/:1: no frontmatter/);
    expect(errorOf('---\ntitle: x\n').message).toMatch(/never closed/);
  });

  it('reports broken YAML with its line in the file', () => {
    expect(errorOf(file([...valid, 'summary: [unclosed'])).message).toMatch(/^content\/articles\/example\.md:6: frontmatter is not valid YAML/);
  });
});

describe('decodeUtf8', () => {
  it('refuses bytes that are not UTF-8, saying where', () => {
    const latin1 = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait')]);
    expect(() => decodeUtf8(latin1, FILE)).toThrow(/example\.md:1: not valid UTF-8 \(first bad byte at offset 3\)/);
  });

  it('drops a byte-order mark', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), FILE)).toBe('A');
  });
});
