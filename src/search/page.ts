/**
 * The search page in the browser: Pagefind finds the articles, `hitsOf` finds the turns and quotes in them,
 * and the query and filters live in the URL so a search can be shared and the back button works.
 */
import { formatDate } from '../lib/format.ts';
import { hitsOf, type Hit, type PageFragment } from './hits.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PageFragment & { meta: Record<string, string> }>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
}

/** What a search is: the words and the filters, as they appear in the URL. */
export interface SearchState {
  q: string;
  speaker: string;
  kind: '' | 'quote' | 'turn';
  type: '' | 'transcript' | 'article';
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pages whose turns and quotes are loaded at first, and per "Show more": each costs a fragment download (bench/SEARCH-DESIGN.md). */
const PAGE_BATCH = 5;

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | '' => (allowed.includes(value as T) ? (value as T) : '');
  return {
    q: params.get('q') ?? '',
    speaker: params.get('speaker') ?? '',
    kind: pick(params.get('kind'), ['quote', 'turn'] as const),
    type: pick(params.get('type'), ['transcript', 'article'] as const),
  };
}

export function stateUrl(state: SearchState, path = '/search/'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Keeps a hit when it fits the speaker and kind filters, which Pagefind can only apply to whole articles. */
export const keepsHit = (hit: Hit, state: SearchState) =>
  (!state.speaker || hit.speaker === state.speaker) && (!state.kind || hit.kind === state.kind) && (!state.speaker || hit.kind !== 'paragraph');

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  speaker: HTMLSelectElement;
  filters: HTMLFieldSetElement;
  type: HTMLSelectElement;
  kinds: RadioNodeList;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

function elements(): Elements {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  return {
    form,
    query: form.querySelector<HTMLInputElement>('#search-q')!,
    speaker: form.querySelector<HTMLSelectElement>('#search-speaker')!,
    filters: form.querySelector<HTMLFieldSetElement>('.search-filters')!,
    type: form.querySelector<HTMLSelectElement>('#search-type')!,
    kinds: form.elements.namedItem('kind') as RadioNodeList,
    status: document.querySelector<HTMLElement>('#search-status')!,
    results: document.querySelector<HTMLOListElement>('#search-results')!,
    more: document.querySelector<HTMLButtonElement>('#search-more')!,
  };
}

const formState = (ui: Elements): SearchState => ({
  q: ui.query.value.trim(),
  speaker: ui.speaker.value,
  kind: (ui.kinds.value as SearchState['kind']) || '',
  type: (ui.type.value as SearchState['type']) || '',
});

/** Whether a menu holds one search's counts (which a later list of every value must not replace). */
const hasCounts = (select: HTMLSelectElement) => select.dataset['counts'] === 'search';

/** Fills a filter menu with Pagefind's values and how many articles each has, keeping the chosen one. */
function fillOptions(select: HTMLSelectElement, counts: Record<string, number> | undefined, chosen: string, anyLabel: string, forSearch = false): void {
  select.dataset['counts'] = forSearch ? 'search' : 'all';
  const values = Object.keys(counts ?? {}).sort((a, b) => a.localeCompare(b));
  if (chosen && !values.includes(chosen)) values.unshift(chosen);
  const options = [new Option(anyLabel, '')];
  for (const value of values) {
    const count = counts?.[value];
    options.push(new Option(count === undefined ? value : `${value} (${count} ${count === 1 ? 'article' : 'articles'})`, value));
  }
  select.replaceChildren(...options);
  select.value = chosen;
}

function showState(ui: Elements, state: SearchState): void {
  ui.query.value = state.q;
  ui.speaker.value = state.speaker;
  ui.type.value = state.type;
  for (const radio of ui.kinds as unknown as HTMLInputElement[]) radio.checked = radio.value === state.kind;
}

const KIND_LABEL: Record<Hit['kind'], string> = { quote: 'Quote', turn: 'Turn', paragraph: 'Paragraph' };

/** One result: what it is and who said it, the words with the matches marked, and where it is from. */
function renderHit(hit: Hit, meta: Record<string, string>, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `hit hit-${hit.kind}`;
  const heading = document.createElement('p');
  heading.className = 'hit-who';
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = KIND_LABEL[hit.kind];
  heading.append(kind, ` ${hit.speaker ?? (hit.kind === 'quote' ? 'unattributed' : '')}`);
  heading.id = `hit-${hit.id}-${Math.random().toString(36).slice(2, 8)}`;
  const link = document.createElement('a');
  const [path, anchor] = hit.url.split('#');
  link.href = `${path}?hl=${encodeURIComponent(query)}#${anchor}`;
  link.className = 'hit-text';
  // The link is read with who said it, not as bare words.
  link.setAttribute('aria-describedby', heading.id);
  const open = hit.kind === 'quote' ? '“' : '';
  const close = hit.kind === 'quote' ? '”' : '';
  link.append(hit.cutBefore ? '…' : open);
  hit.excerpt.forEach((word, i) => {
    const text = hit.kind === 'quote' ? word.text.replace(/^[“"]|[”"]$/gu, '') : word.text;
    if (i > 0) link.append(' ');
    if (word.match) {
      const mark = document.createElement('mark');
      const [, lead, core, tail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(text)!;
      mark.textContent = core!;
      link.append(lead!, mark, tail!);
    } else link.append(text);
  });
  link.append(hit.cutAfter ? '…' : close);
  const source = document.createElement('p');
  source.className = 'hit-source';
  const published = meta['published'] && /^\d{4}-\d{2}-\d{2}$/.test(meta['published']) ? formatDate(meta['published']) : meta['published'];
  source.textContent = [meta['title'], meta['publisher'], published].filter(Boolean).join(' · ');
  item.append(heading, link, source);
  return item;
}

/** Starts the page: restores the search in the URL, then searches as the reader types or chooses. */
export async function startSearch(): Promise<void> {
  const ui = elements();
  ui.form.hidden = false;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  } catch {
    ui.status.textContent = 'The search index could not be loaded. Browse every quote on the Quotes page instead.';
    return;
  }
  // The speaker list is a download that grows with the corpus (bench/RESULTS.md): fetched only for a reader who
  // reaches for the menus, never on the way to the first results.
  let speakersLoaded: Promise<void> | undefined;
  const loadSpeakers = () =>
    (speakersLoaded ??= pagefind
      .filters()
      .then((every) => {
        if (!hasCounts(ui.speaker)) fillOptions(ui.speaker, every['speaker'], ui.speaker.value, 'Anyone');
      })
      // Offline for a moment: the menu keeps what it has, and the next reach for it tries again.
      .catch(() => {
        speakersLoaded = undefined;
      }));
  for (const event of ['focusin', 'pointerenter'] as const) ui.filters.addEventListener(event, () => void loadSpeakers());
  let run = 0;
  let pending: { results: PagefindResult[]; next: number; state: SearchState } | undefined;

  const showMore = async () => {
    if (!pending) return;
    const { results, state } = pending;
    const batch = results.slice(pending.next, pending.next + PAGE_BATCH);
    pending.next += batch.length;
    const token = run;
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (token !== run) return;
    for (const page of pages) {
      for (const hit of hitsOf(page, state.q).filter((h) => keepsHit(h, state))) ui.results.append(renderHit(hit, page.meta, state.q));
    }
    ui.more.hidden = pending.next >= results.length;
    const shown = ui.results.children.length;
    const articles = new Set([...ui.results.querySelectorAll<HTMLAnchorElement>('a.hit-text')].map((a) => a.pathname)).size;
    const narrowed = [state.speaker && `said by ${state.speaker}`, state.kind && `${state.kind}s only`, state.type && `${state.type}s only`].filter(Boolean).join(', ');
    const more = pending.next < results.length ? ` Show more to search ${results.length - pending.next} more ${results.length - pending.next === 1 ? 'article' : 'articles'}.` : '';
    ui.status.textContent =
      shown === 0
        ? `Nothing found for “${state.q}”${narrowed ? ` (${narrowed})` : ''}.${more}`
        : `${shown} ${shown === 1 ? 'result' : 'results'} for “${state.q}”${narrowed ? ` (${narrowed})` : ''}, from ${articles} ${articles === 1 ? 'article' : 'articles'}.${more}`;
  };

  const search = async (state: SearchState) => {
    const token = ++run;
    const filters: Record<string, string> = {};
    if (state.speaker) filters['speaker'] = state.speaker;
    if (state.type) filters['type'] = state.type;
    const found = state.q ? await pagefind.search(state.q, { filters }) : null;
    if (token !== run) return;
    // Pagefind counts speakers only once their list is loaded (or one is chosen): then the menu shows this search's counts.
    const counts = found?.filters['speaker'];
    if (counts && Object.keys(counts).length > 0) fillOptions(ui.speaker, counts, state.speaker, 'Anyone', true);
    else if (state.speaker && ![...ui.speaker.options].some((option) => option.value === state.speaker)) fillOptions(ui.speaker, undefined, state.speaker, 'Anyone');
    ui.speaker.value = state.speaker;
    ui.results.replaceChildren();
    ui.more.hidden = true;
    pending = undefined;
    if (!found) {
      ui.status.textContent = 'Type words from a quote or turn, or a speaker’s name.';
      return;
    }
    pending = { results: found.results, next: 0, state };
    await showMore();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  // While typing, results follow in one history entry of its own (a draft); submitting keeps it. So Back returns to
  // the previous search, never to half a word, and a search submitted after a pause still gets its entry.
  let draft = false;
  const commit = (submitted: boolean) => {
    const state = formState(ui);
    const url = stateUrl(state);
    const current = `${window.location.pathname}${window.location.search}`;
    if (!submitted) {
      if (url !== current) window.history[draft ? 'replaceState' : 'pushState'](state, '', url);
      draft = true;
    } else {
      if (draft) window.history.replaceState(state, '', url);
      else if (url !== current) window.history.pushState(state, '', url);
      draft = false;
    }
    void search(state);
  };
  ui.query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(false), 250);
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit(true);
  });
  ui.form.addEventListener('change', (event) => {
    if (event.target !== ui.query) commit(true);
  });
  ui.more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    draft = false;
    const state = readState(window.location.search);
    showState(ui, state);
    void search(state);
  });

  const initial = readState(window.location.search);
  showState(ui, initial);
  await search(initial);
}
