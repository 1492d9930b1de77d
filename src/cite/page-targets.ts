/**
 * In the browser: the text fragment of a turn or quote of an article page, read from the page the same way the
 * build reads the annotation (`pageTargets`), so both give the same link to the words.
 */
import { pageTargets, textDirective, type ShownParagraph } from '../data/text-fragment.ts';

/** The printed label the annotator put first in a paragraph (`<span class="label">KELLY:</span>`), if any. */
const labelOf = (paragraph: Element) => {
  const first = paragraph.firstChild;
  return first instanceof HTMLElement && first.matches('.label') ? (first.textContent ?? '') : null;
};

/** Text after the label, as the annotation has it. */
const withoutLabel = (text: string, label: string | null) => (label ? text.slice(label.length).trimStart() : text);

/** Text directives (`text=…`) for the turns and quotes of an article page, by element; null when there are no words. */
export function pageDirectives(doc: Document) {
  const paragraphs = [...doc.querySelectorAll<HTMLElement>('.story p[id]')];
  const index = new Map(paragraphs.map((p, i) => [p, i] as const));
  const shown: ShownParagraph[] = paragraphs.map((p) => {
    const label = labelOf(p);
    return { label, text: withoutLabel(p.textContent ?? '', label) };
  });
  const heading = [doc.querySelector('h1')?.textContent ?? '', doc.querySelector('article > header > .summary')?.textContent ?? ''];
  const targets = pageTargets(heading, shown);
  return {
    turn(turn: HTMLElement): string | null {
      const own = [...turn.querySelectorAll<HTMLElement>(':scope > p[id]')].flatMap((p) => index.get(p) ?? []);
      const target = targets.turn(own);
      return target && textDirective(target);
    },
    quote(quote: HTMLElement): string | null {
      const paragraph = quote.closest<HTMLElement>('p[id]');
      const at = paragraph ? index.get(paragraph) : undefined;
      if (!paragraph || at === undefined) return null;
      const range = doc.createRange();
      range.setStart(paragraph, 0);
      range.setEndBefore(quote);
      return textDirective(targets.quote(at, withoutLabel(range.toString(), labelOf(paragraph)), quote.textContent ?? ''));
    },
  };
}
