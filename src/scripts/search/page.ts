// The search page with JavaScript: searches as the reader types, announces the count, keeps the
// address shareable (?q=…&type=…). Without JavaScript the same form is a GET form and the page
// shows its <noscript> message. Pagefind itself loads only when the reader starts to search.
import { interpolate, otherLang } from '../../lib/i18n.ts';
import { checkQuery, MAX_QUERY_LENGTH } from '../../lib/search-query.ts';
import { matchesEveryWord, rankByTitle } from '../../lib/search-rank.ts';
import { loadPagefind, runSearch, useSite } from './engine.ts';
import { resultItem, type SearchStrings } from './render.ts';
import { SEARCH_STEPS, type SearchStep } from './steps.ts';

const PAGE_SIZE = 10;
const FILTERS = ['type', 'area', 'province', 'year'] as const;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const bothBox = form.querySelector<HTMLInputElement>('input[name="both"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const ui = JSON.parse(document.querySelector('#search-data')!.textContent!) as SearchStrings;
useSite(ui.base);
const say = (key: string, values?: Record<string, string | number>) => interpolate(ui.strings[key] ?? key, values);

let generation = 0;
let pending: Awaited<ReturnType<typeof runSearch>> = [];
/** Records a step of the current search in the performance timeline (./steps.ts). */
const step = (name: SearchStep, start: number, end: number) => performance.measure(SEARCH_STEPS[name], { start, end });

function filters(): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
    if (value) chosen[name] = value;
  }
  return chosen;
}

function keepInAddress() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [name, value] of Object.entries(filters())) params.set(name, value);
  if (bothBox.checked) params.set('both', '1');
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

let announced = 0;
/** Says how a search ended; `data-run` counts the endings, so tests and tools know when one is done. */
function announce(message: string, kind: 'info' | 'problem' = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
  status.dataset.run = String(++announced);
}

function clear() {
  generation++;
  pending = [];
  list.replaceChildren();
  more.hidden = true;
}

/**
 * Shows the next page of results; their text loads together so the list grows in one step.
 * With `query` (the first page), once the text is known: the list is dropped when it holds no
 * real match (Pagefind's nearest-word fallback), and re-ordered by title (src/lib/search-rank.ts).
 */
async function showMore(run: number, query?: string): Promise<boolean> {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const asked = performance.now();
  let data = await Promise.all(batch.map((r) => r.data()));
  if (run !== generation) return false;
  const loaded = performance.now();
  if (query) {
    const top = data[0];
    if (top && !matchesEveryWord(query, [top.content, ...Object.values(top.meta).map(String)])) {
      pending = [];
      data = [];
    }
    data = rankByTitle(data, query, (d) => d.meta.title ?? '');
  }
  list.append(...data.map((d) => resultItem(d, ui)));
  more.hidden = pending.length === 0;
  step('text', asked, loaded);
  step('render', loaded, performance.now());
  return true;
}

async function search(explicit: boolean) {
  keepInAddress();
  const check = checkQuery(input.value);
  if (!check.ok) {
    clear();
    if (check.reason === 'empty') announce(explicit ? say('empty') : '', explicit ? 'problem' : 'info');
    else if (check.reason === 'punctuation') announce(say('punctuation'), 'problem');
    else announce(say('tooLong', { length: check.length, max: MAX_QUERY_LENGTH }), 'problem');
    return;
  }
  const run = ++generation;
  const started = performance.now();
  for (const name of Object.values(SEARCH_STEPS)) performance.clearMeasures(name);
  list.setAttribute('aria-busy', 'true');
  try {
    const results = await runSearch({ query: check.query, terms: check.terms, laoWord: check.laoWord, filters: filters(), other: bothBox.checked ? otherLang(ui.lang) : undefined });
    if (run !== generation) return;
    step('pages', started, performance.now());
    pending = results;
    list.replaceChildren();
    if (!(await showMore(run, check.query))) return;
    const shown = input.value.trim();
    const found = list.children.length === 0 ? 0 : results.length;
    list.dataset.searchMs = String(Math.round(performance.now() - started));
    announce(found === 0 ? `${say('none', { query: shown })} ${say('noneHint')}` : say('count', { count: found, query: shown }));
  } catch (error) {
    if (run !== generation) return;
    console.error(error);
    clear();
    announce(say('error'), 'problem');
  } finally {
    if (run === generation) list.removeAttribute('aria-busy');
  }
}

// Load the search engine as soon as the reader shows the intent to search.
input.addEventListener(
  'focus',
  () =>
    void loadPagefind().then(
      () => (form.dataset.engine = 'ready'),
      () => undefined,
    ),
  { once: true },
);
input.addEventListener('input', () => void search(false));
form.addEventListener('change', (event) => {
  if (event.target !== input) void search(false);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search(true);
});
// ↓ from the field goes to the first result; Tab works as everywhere else.
input.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown') return;
  const first = list.querySelector<HTMLAnchorElement>('h3 a');
  if (first) {
    event.preventDefault();
    first.focus();
  }
});
more.addEventListener('click', async () => {
  const before = list.children.length;
  if (await showMore(generation)) list.children[before]?.querySelector<HTMLAnchorElement>('h3 a')?.focus();
});

// A shared address (?q=…) searches straight away.
const params = new URLSearchParams(location.search);
if (params.get('q')) {
  input.value = params.get('q')!;
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  bothBox.checked = params.get('both') === '1';
  void search(true);
}
form.dataset.ready = 'true';
