/**
 * In the browser: copy buttons for the citations a page shows (the article's own; on the citations page, every
 * turn's and quote's), and on an article page a "Cite" button on each turn and in the list of quotes that opens
 * its citation, built from the page (speaker line, quote, the article's citation), with a link to the exact words.
 * An enhancement: with no script, the article's citation and the citations page are plain text and links.
 */
import { quoteCitation, turnCitation, type Citation } from '../data/citation.ts';
import { pageDirectives } from './page-targets.ts';

const FEEDBACK_MS = 2000;

/** Whitespace as a reader sees it: runs collapsed, ends trimmed. */
const shownText = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

export function enhanceCitations(doc: Document): void {
  const section = doc.getElementById('cite');
  if (!section) return;
  const status = doc.getElementById('cite-status');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  // With no configured site the links are paths: show them, and so copy them, with this page's origin.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a.cite-url')) link.textContent = link.href;

  /** A button that copies the citation element's text, says so, and selects the text where copying is refused. */
  function copyButton(citation: HTMLElement): HTMLButtonElement {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-citation';
    button.textContent = 'Copy citation';
    // The description reads out the citation the button copies.
    button.setAttribute('aria-describedby', citation.id);
    button.addEventListener('click', async () => {
      const words = shownText(citation);
      try {
        await navigator.clipboard.writeText(words);
      } catch {
        doc.getSelection()?.selectAllChildren(citation);
        say('Copying is not allowed here; the citation is selected: copy it with your browser.');
        return;
      }
      button.textContent = 'Copied';
      say(`Citation copied: ${words}`);
      setTimeout(() => {
        button.textContent = 'Copy citation';
        say('');
      }, FEEDBACK_MS);
    });
    return button;
  }

  for (const citation of section.querySelectorAll<HTMLElement>('.citation')) {
    citation.id ||= `citation-${citation.parentElement!.id}`;
    citation.after(' ', copyButton(citation));
  }

  const source = doc.querySelector('#cite-article .cite-source')?.textContent;
  const page = doc.querySelector<HTMLAnchorElement>('#cite-article a.cite-url')?.href;
  if (!source || !page || !doc.querySelector('.story')) return;
  let directives: ReturnType<typeof pageDirectives> | undefined;

  /** A panel with the citation of one turn or quote, its copy button and its link to the words. */
  function citePanel(id: string, citation: Citation, directive: string | null, what: string): HTMLElement {
    const panel = doc.createElement('div');
    panel.className = 'cite-panel';
    panel.id = `cite-panel-${id}`;
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', `Citation of ${what}`);
    const text = doc.createElement('p');
    text.className = 'citation';
    text.id = `citation-${id}`;
    const link = doc.createElement('a');
    link.className = 'cite-url';
    link.href = citation.url;
    link.textContent = citation.url;
    text.append(`${citation.text} `, link);
    const words = doc.createElement('a');
    words.className = 'cite-words';
    words.href = directive ? `${citation.url}:~:${directive}` : citation.url;
    words.textContent = 'Link to the words';
    panel.append(text, copyButton(text), ' ', words);
    return panel;
  }

  /** A "Cite" button that opens and closes the panel `build` makes, placed by `insert`. */
  function citeButton(name: string, build: () => HTMLElement, insert: (panel: HTMLElement) => void): HTMLButtonElement {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'cite-button';
    button.textContent = 'Cite';
    button.setAttribute('aria-label', name);
    button.setAttribute('aria-expanded', 'false');
    let panel: HTMLElement | undefined;
    button.addEventListener('click', () => {
      if (!panel) {
        panel = build();
        insert(panel);
        button.setAttribute('aria-controls', panel.id);
      }
      const open = button.getAttribute('aria-expanded') !== 'true';
      panel.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
    return button;
  }

  const url = (id: string) => new URL(`#${id}`, page).href;
  for (const turn of doc.querySelectorAll<HTMLElement>('.story section.turn[id]')) {
    const line = turn.querySelector<HTMLElement>(':scope > p.speaker');
    if (!line) continue;
    const speaker = shownText(line.firstElementChild ?? line);
    const build = () => citePanel(turn.id, turnCitation(source, speaker, url(turn.id)), (directives ??= pageDirectives(doc)).turn(turn), `this turn by ${speaker}`);
    line.append(citeButton(`Cite this turn by ${speaker}`, build, (panel) => line.after(panel)));
  }
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.quote-list li > a[href^="#q-"]')) {
    const quote = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!quote) continue;
    const build = () =>
      citePanel(quote.id, quoteCitation(source, { text: quote.textContent ?? '', speakerName: quote.getAttribute('data-speaker-name') || null }, url(quote.id)), (directives ??= pageDirectives(doc)).quote(quote), 'this quote');
    link.after(' ', citeButton('Cite this quote', build, (panel) => link.parentElement!.append(panel)));
  }
}
