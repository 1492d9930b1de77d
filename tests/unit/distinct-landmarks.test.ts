import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeDistinctLandmarks from '../../src/pipeline/distinct-landmarks.ts';

/** The aria-labels of the top-level asides after the plugin ran over `html`. */
function asideNames(html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  rehypeDistinctLandmarks()(tree);
  return tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'aside').map((node) => String(node.properties['ariaLabel']));
}

const note = (text: string) => `<aside aria-label="Note">${text}</aside>`;

describe('rehypeDistinctLandmarks', () => {
  it('leaves a lone named aside as it is', () => {
    expect(asideNames(`${note('a')}<p>story</p>`)).toEqual(['Note']);
  });

  it('names two alike asides by where they stand: before, within and after the story', () => {
    expect(asideNames(`${note('a')}<p>story</p>${note('b')}`)).toEqual(['Note, before the story', 'Note, after the story']);
    expect(asideNames(`${note('a')}<p>one</p>${note('b')}<p>two</p>`)).toEqual(['Note, before the story', 'Note, within the story']);
  });

  it('numbers them when two would get the same place', () => {
    expect(asideNames(`<p>one</p>${note('a')}<p>two</p>${note('b')}<p>three</p>${note('c')}`)).toEqual(['Note, 1 of 3', 'Note, 2 of 3', 'Note, 3 of 3']);
    expect(asideNames(`${note('a')}${note('b')}<p>story</p>`)).toEqual(['Note, 1 of 2', 'Note, 2 of 2']);
  });

  it('keeps asides of different names apart', () => {
    expect(asideNames(`<aside aria-label="Note">a</aside><p>story</p><aside aria-label="Credit">b</aside>`)).toEqual(['Note', 'Credit']);
  });
});
