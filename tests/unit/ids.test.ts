import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.ts';
import { foldDiacritics, IdAllocator, slugify } from '../../src/annotate/ids.ts';

describe('slugify', () => {
  it('folds diacritics and drops punctuation and apostrophes', () => {
    expect(slugify('António Guterres’s “visit” to Kyiv!')).toBe('antonio-guterress-visit-to-kyiv');
    expect(foldDiacritics('Karaçelik Dujarric Stéphane')).toBe('Karacelik Dujarric Stephane');
  });

  it('cuts at a word end within the length limit', () => {
    expect(slugify('one two three four', { maxLength: 12 })).toBe('one-two');
    expect(slugify('supercalifragilistic', { maxLength: 5 })).toBe('super');
    expect(slugify('a b c d e f g', { maxWords: 3 })).toBe('a-b-c');
  });
});

describe('IdAllocator', () => {
  it('suffixes repeats in order and falls back when a text has no words', () => {
    const ids = new IdAllocator();
    expect([ids.allocate('p', 'Thank you.'), ids.allocate('p', 'Thank you!'), ids.allocate('p', '…'), ids.allocate('p', '—')]).toEqual([
      'p-thank-you',
      'p-thank-you-2',
      'p-x',
      'p-x-2',
    ]);
  });
});

describe('paragraph ids are stable under edits elsewhere', () => {
  const texts = ['Opening of the story.', 'A middle paragraph.', 'Thank you.', 'The end of it.'];
  const idsOf = (paragraphs: string[]) => annotate({ kind: 'article', paragraphs: paragraphs.map((text) => ({ text })) }).paragraphs.map((p) => p.id);
  const before = new Map(texts.map((text, i) => [text, idsOf(texts)[i]]));

  it('inserting a paragraph renames no other', () => {
    const edited = [...texts.slice(0, 2), 'An inserted correction.', ...texts.slice(2)];
    const after = idsOf(edited);
    for (const text of texts) expect(after[edited.indexOf(text)]).toBe(before.get(text));
  });

  it('deleting or editing a paragraph renames no other', () => {
    const deleted = texts.filter((t) => t !== 'A middle paragraph.');
    idsOf(deleted).forEach((id, i) => expect(id).toBe(before.get(deleted[i]!)));
    const edited = texts.map((t) => (t === 'A middle paragraph.' ? 'A corrected middle paragraph.' : t));
    idsOf(edited).forEach((id, i) => {
      if (edited[i] !== 'A corrected middle paragraph.') expect(id).toBe(before.get(edited[i]!));
    });
  });
});

describe('turn and paragraph ids in a transcript are stable under edits to other turns', () => {
  const transcript = ['Opening words from the host.', 'SMITH: First answer.', 'JONES: A question?', 'SMITH: Second answer.', 'It continues here.', 'JONES: Thank you.'];
  const annotateLines = (lines: string[]) => annotate({ kind: 'transcript', paragraphs: lines.map((text) => ({ text })) });
  const idsByText = (lines: string[]) => {
    const annotation = annotateLines(lines);
    const turnIdOf = new Map(annotation.paragraphs.map((p) => [p.id, p.turn]));
    return new Map(annotation.paragraphs.map((p, i) => [lines[annotation.paragraphs[i]!.source.index]!, { paragraph: p.id, turn: turnIdOf.get(p.id) }]));
  };
  const before = idsByText(transcript);

  it.each([
    ['inserting a turn', [...transcript.slice(0, 3), 'BROWN: An interjection.', ...transcript.slice(3)]],
    ['deleting a turn', transcript.filter((line) => line !== 'JONES: A question?')],
    ['editing a turn', transcript.map((line) => (line === 'JONES: A question?' ? 'JONES: A better question?' : line))],
  ])('%s', (_, edited) => {
    const after = idsByText(edited);
    for (const [text, ids] of before) {
      if (!edited.includes(text)) continue;
      expect(after.get(text)?.paragraph, text).toBe(ids.paragraph);
      expect(after.get(text)?.turn, text).toBe(ids.turn);
    }
  });
});
