import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.ts';
import { findPhrase, foldText } from '../../src/data/phrase.ts';
import { encodeTerm, pageTargets, textDirective, textDirectivesOf } from '../../src/data/text-fragment.ts';

describe('findPhrase', () => {
  it('finds whole words only, ignoring case', () => {
    expect(findPhrase('the wartime war', 'war')).toBe(12);
    expect(findPhrase('Peace talks', 'peace TALKS')).toBe(0);
    expect(findPhrase('peace talkshow', 'peace talks')).toBe(-1);
    expect(findPhrase('Kelly said, quote, "a messenger', '"a messenger')).toBe(19);
  });

  it('starts looking where it is told', () => {
    expect(findPhrase('no, no', 'no', 1)).toBe(4);
  });
});

describe('encodeTerm', () => {
  it('percent-encodes the text directive syntax characters -, & and , as well as spaces and non-ASCII', () => {
    expect(encodeTerm('cease-fire, food & fuel')).toBe('cease%2Dfire%2C%20food%20%26%20fuel');
    expect(encodeTerm('António’s')).toBe('Ant%C3%B3nio%E2%80%99s');
  });
});

describe('textDirective', () => {
  const target = (blocks: string[], earlier = '', before = '') => textDirective({ blocks, before, earlier: foldText(earlier) });

  it('names a short quote in full', () => {
    expect(target(['a messenger of peace.'], 'Well, he said he came as, quote, "')).toBe('text=a%20messenger%20of%20peace.');
  });

  it('gives a long quote as its first and last four words', () => {
    expect(target(['one two three four five six seven eight nine ten eleven twelve'])).toBe('text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('lengthens the start while it also occurs earlier on the page (whole words, any case)', () => {
    const earlier = 'Headline: One two three four, and more.';
    expect(target(['one two three four five six seven eight nine ten eleven twelve'], earlier)).toBe(
      'text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve',
    );
  });

  it('lengthens the end while it also occurs inside the target after the start', () => {
    // "we are ready now" first follows the start at word 5, so the end becomes "later we are ready now".
    expect(target(['alpha beta gamma delta we are ready now and then later we are ready now'])).toBe(
      'text=alpha%20beta%20gamma%20delta,later%20we%20are%20ready%20now',
    );
  });

  it('adds a prefix when the whole of a short target occurs earlier', () => {
    expect(target(['Thank you.'], 'KELLY: Thank you. MAYNES:', 'MAYNES:')).toBe('text=MAYNES%3A-,Thank%20you.');
    // "so we will" occurs earlier too, so one word before it is not enough; "Oh so we will" does not.
    expect(target(['we will'], 'so we will, and we will. Oh so', 'Oh so')).toBe('text=Oh%20so-,we%20will');
  });

  it('gives up on a prefix when even all the words before it in its block occur earlier, leaving the element id to decide', () => {
    expect(target(['we will'], 'and so we will, and so we will. And so', 'And so')).toBe('text=we%20will');
  });

  it('leaves out a prefix when nothing earlier matches', () => {
    expect(target(['peace talks'], 'peace talkshow', 'about')).toBe('text=peace%20talks');
  });

  it('takes the start from the first block and the end from the last one', () => {
    expect(target(['Yes.', 'It flooded twice this year, they said.'])).toBe('text=Yes.,this%20year%2C%20they%20said.');
  });

  it('has no directive for a target with no words', () => {
    expect(target(['', '  '])).toBeNull();
  });
});

describe('textDirectivesOf an annotated transcript', () => {
  const lines = ['SMITH: Hello there.', 'ANN JONES, HOST: Hello there.', 'SMITH: Goodbye, and as I said, "we will win this fight in the end, whatever they say about it."', 'More words here.'];
  const annotation = annotate({ kind: 'transcript', paragraphs: lines.map((text) => ({ text })) });
  const directives = textDirectivesOf(annotation, ['Ann Jones says: Hello there.']);
  const [first, second, third] = annotation.turns;

  it('gives every turn and quote a directive', () => {
    expect([...directives.keys()].sort()).toEqual([...annotation.turns.map((t) => t.id), ...annotation.quotes.map((q) => q.id)].sort());
  });

  it('uses the printed label as a prefix when a turn opens with words said before (here in the headline)', () => {
    expect(directives.get(first!.id)).toBe('text=SMITH%3A-,Hello%20there.');
    // "ANN JONES, HOST:" is printed before the second; its last word is enough.
    expect(directives.get(second!.id)).toBe('text=HOST%3A-,Hello%20there.');
  });

  it('spans a turn of two paragraphs from its first words to its last', () => {
    expect(directives.get(third!.id)).toBe('text=Goodbye%2C%20and%20as%20I,More%20words%20here.');
  });

  it('gives a twelve-word quote as its first and last four words', () => {
    expect(directives.get(annotation.quotes[0]!.id)).toBe('text=we%20will%20win%20this,they%20say%20about%20it.');
  });
});

describe('pageTargets', () => {
  it('gives each target everything shown before it, folded as if the page text were folded whole', () => {
    const heading = ['  The  TITLE\n', '', 'A summary,\twith tabs '];
    const paragraphs = [
      { label: 'KELLY:', text: 'We begin  this hour.' },
      { label: null, text: '\n' },
      { label: null, text: 'Σοφία said ΟΔΟΣ “words”.' },
      { label: 'MAYNES:', text: 'Yeah.   Well —' },
    ];
    const shown = (p: { label: string | null; text: string }) => (p.label ? `${p.label} ${p.text}` : p.text);
    const raw = (i: number) => heading.map((h) => `${h}\n`).join('') + paragraphs.slice(0, i).map((p) => `${shown(p)}\n`).join('');
    const targets = pageTargets(heading, paragraphs);
    for (const i of [0, 2, 3]) {
      expect(targets.turn([i])!.earlier, `before the turn at ${i}`).toBe(foldText(raw(i) + (paragraphs[i]!.label ?? '')));
      expect(targets.quote(i, 'said  ', 'x').earlier, `before a quote in ${i}`).toBe(foldText(`${raw(i)}${paragraphs[i]!.label ?? ''} said  `));
    }
  });
});
