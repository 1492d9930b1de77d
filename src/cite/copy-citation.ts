/**
 * In the browser: "Copy citation" buttons for the citations the page already shows (see Citations.astro),
 * one by each citation and a "Cite" button on each turn's speaker line and in the list of quotes.
 * Builds nothing a reader cannot already select without a script.
 */

const FEEDBACK_MS = 2000;

/** Whitespace as a reader sees it: runs collapsed, ends trimmed. */
const shownText = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

export function enhanceCitations(doc: Document): void {
  const section = doc.getElementById('cite');
  const status = doc.getElementById('cite-status');
  if (!section) return;
  // With no configured site the permalinks are paths: show them, and so copy them, with this page's origin.
  for (const link of section.querySelectorAll<HTMLAnchorElement>('a.cite-url')) link.textContent = link.href;

  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  function copyButton(citation: HTMLElement, text: string, name: string, className: string): HTMLButtonElement {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = text;
    button.setAttribute('aria-label', name);
    // The name says what is copied; the description reads out the citation itself.
    button.setAttribute('aria-describedby', citation.id);
    button.addEventListener('click', async () => {
      const words = shownText(citation);
      try {
        await navigator.clipboard.writeText(words);
      } catch {
        // No clipboard here: show the citation selected, so the reader can copy it by hand.
        citation.closest('details')?.setAttribute('open', '');
        citation.scrollIntoView({ block: 'center' });
        doc.getSelection()?.selectAllChildren(citation);
        say('Copying is not allowed here; the citation is selected: copy it with your browser.');
        return;
      }
      button.textContent = 'Copied';
      button.setAttribute('aria-label', 'Citation copied');
      say(`Citation copied: ${words}`);
      setTimeout(() => {
        button.textContent = text;
        button.setAttribute('aria-label', name);
        say('');
      }, FEEDBACK_MS);
    });
    return button;
  }

  const citationOf = (id: string) => doc.getElementById(`cite-${id}`)?.querySelector<HTMLElement>('.citation') ?? null;

  for (const citation of section.querySelectorAll<HTMLElement>('.citation')) {
    citation.id ||= `citation-${citation.parentElement!.id}`;
    citation.after(' ', copyButton(citation, 'Copy citation', 'Copy citation', 'copy-citation'));
  }

  for (const turn of doc.querySelectorAll<HTMLElement>('.story section.turn[id]')) {
    const citation = citationOf(turn.id);
    const line = turn.querySelector(':scope > p.speaker');
    if (!citation || !line) continue;
    const speaker = shownText(line.firstElementChild ?? line);
    line.append(copyButton(citation, 'Cite', `Copy citation of this turn by ${speaker}`, 'cite-button'));
  }

  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.quote-list li > a[href^="#q-"]')) {
    const citation = citationOf(decodeURIComponent(link.hash.slice(1)));
    if (!citation) continue;
    link.after(' ', copyButton(citation, 'Cite', 'Copy citation of this quote', 'cite-button'));
  }
}
