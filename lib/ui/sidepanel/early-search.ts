/**
 * The drawn first screen's search box, answered by the pre-open script (entrypoints/library-preopen.ts) from the stored
 * search index it read ahead, until the panel takes over: what is typed before the panel's module has run finds what
 * the panel would find (the same index, opened the same way), drawn as the panel draws it in its preview phase, so the
 * takeover reuses the drawn list. Page data only ever goes in as text.
 */
import type { Paper } from '../../model';
import { chunksWrittenSince, type DirectorySummary } from '../../library/directory';
import { readChunkPapers, type EarlySearch, type FirstRows, type IndexReadAhead, type OpenedIndex } from '../../library/preopen';
import { SORT_KEYS, SORT_LABELS } from '../../library/query';
import { SearchIndex, queryWords, unpackStoredIndex } from '../../library/search-index';
import { NO_MATCH, listView, loadingLine, rowsToFill, unmeasuredListRect } from './first-screen';

/** A stored index missing more than this many chunks (100 papers each) is packed again before use. */
export const MAX_STALE_CHUNKS = 64;

/**
 * The stored index read ahead, opened as the panel opens it (LibraryMirror.openIndex): undefined when there is none,
 * it does not fit the directory, or it misses too many chunks (the panel then packs one).
 */
export async function openIndexAhead(db: IDBDatabase, read: Pick<IndexReadAhead, 'index' | 'summary'>): Promise<OpenedIndex | undefined> {
  const index = await unpackStoredIndex(read.index);
  const summary = read.summary as DirectorySummary | undefined;
  if (!index || !summary) return undefined;
  const staleChunks = chunksWrittenSince(summary, index.writes);
  if (!staleChunks || staleChunks.length > MAX_STALE_CHUNKS) return undefined;
  const stalePapers = staleChunks.length ? await readChunkPapers(db, staleChunks) : [];
  return { index, staleChunks, asOf: summary.writes ?? 0, stalePapers };
}

const fmt = (n: number) => n.toLocaleString('en');

/** The results of a query as the panel ranks them before it has read the library; undefined for no text. */
export function earlyResults(index: SearchIndex, text: string): string[] | undefined {
  if (!text.trim()) return undefined;
  const words = queryWords(text);
  return words.length ? index.search(words).map((h) => h.id) : [];
}

/** The count line while the library loads: SidePanel's `countLine` in its preview phase. */
export function earlyCountLine(total: number, ids: readonly string[] | undefined): string {
  const loading = loadingLine(total);
  return ids ? `${fmt(ids.length)} ${ids.length === 1 ? 'match' : 'matches'}, ${loading[0]!.toLowerCase()}${loading.slice(1)}` : loading;
}

/** SidePanel's "No papers match" state for this text (no filters before the takeover). */
function noMatch(doc: Document, text: string): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'state empty-state';
  const h2 = doc.createElement('h2');
  h2.textContent = NO_MATCH.title;
  const p = doc.createElement('p');
  p.append(NO_MATCH.lead(text), '', NO_MATCH.advice);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'btn primary';
  button.textContent = NO_MATCH.clear;
  box.append(h2, p, button);
  return box;
}

/** Draw the list (or the "no match" state), the count line and the sort choices the panel shows for `ids`. */
function drawAnswer(doc: Document, drawn: FirstRows, text: string, ids: string[] | undefined, papers: Map<string, Paper>): void {
  const main = doc.querySelector('.sp-main');
  const count = doc.querySelector('.count-line');
  const sort = doc.querySelector<HTMLSelectElement>('.sort select');
  if (!main || !count || !sort) return;
  const line = earlyCountLine(drawn.total, ids);
  count.textContent = line;
  // The panel offers "Best match" whenever there is text, and sorts by it when the text has words to search.
  const keys = SORT_KEYS.filter((k) => k !== 'relevance' || text.trim());
  if (sort.options.length !== keys.length)
    sort.replaceChildren(
      ...keys.map((k) => {
        const option = doc.createElement('option');
        option.value = k;
        option.textContent = SORT_LABELS[k];
        return option;
      }),
    );
  sort.value = queryWords(text).length ? 'relevance' : 'added';
  const shown = ids ?? drawn.recent.map((p) => p.id);
  const rows = rowsToFill(unmeasuredListRect(doc.defaultView).height);
  main.replaceChildren(ids && !ids.length ? noMatch(doc, text) : listView(doc, shown, (id) => papers.get(id), `Papers, ${line}`, rows));
}

/**
 * Answer the drawn search box from the stored index read ahead (preopen.ts answerSearchAhead): each input is searched
 * at once and drawn once the papers of the rows that show are read. Marks papershelf:search-ready when it answers.
 * Returns what stops it, which says what is shown; undefined when the index cannot be opened (the panel then does).
 */
export async function answerSearchBox(
  db: IDBDatabase,
  ahead: IndexReadAhead,
  drawn: FirstRows,
  doc: Document = document,
): Promise<(() => Promise<EarlySearch>) | undefined> {
  const input = doc.getElementById('search') as HTMLInputElement | null;
  const opened = input ? await openIndexAhead(db, ahead) : undefined;
  if (!input || !opened) return undefined;
  ahead.opened = opened;
  const index = SearchIndex.restore(opened.index, opened.staleChunks, opened.stalePapers);
  const papers = new Map(drawn.recent.map((p) => [p.id, p]));
  let shown: EarlySearch = { text: '', papers };
  let asked = 0;
  let stopped = false;
  let answering: Promise<void> | undefined;

  const readPapers = async (ids: readonly string[]) => {
    const chunks = new Set<number>();
    for (const id of ids) {
      const at = papers.has(id) ? undefined : index.locate(id);
      if (at && 'paper' in at) papers.set(id, at.paper);
      else if (at) chunks.add(at.chunk);
    }
    if (!chunks.size) return;
    const wanted = new Set(ids);
    for (const p of await readChunkPapers(db, [...chunks])) if (wanted.has(p.id)) papers.set(p.id, p);
  };
  const answer = async () => {
    const ask = ++asked;
    const text = input.value;
    const ids = earlyResults(index, text);
    if (ids) await readPapers(ids.slice(0, rowsToFill(unmeasuredListRect(doc.defaultView).height)));
    if (stopped || ask !== asked) return;
    drawAnswer(doc, drawn, text, ids, papers);
    shown = { text, ...(ids ? { ids } : {}), papers };
  };
  const onInput = () => {
    const done = (answering = answer().catch(() => {}));
    void done.then(() => answering === done && (answering = undefined));
  };
  // Escape in the box and the "no match" state's button clear the search, as the panel's do.
  const clear = () => {
    input.value = '';
    onInput();
    input.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !input.value) return;
    e.preventDefault();
    clear();
  };
  const main = doc.querySelector('.sp-main');
  const onClick = (e: Event) => {
    if ((e.target as Element | null)?.closest?.('.empty-state button')) clear();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  main?.addEventListener('click', onClick);
  performance.mark('papershelf:search-ready');
  // Typed before the index was open: answered before the panel takes over.
  if (input.value) onInput();
  return async () => {
    while (answering) await answering;
    stopped = true;
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    main?.removeEventListener('click', onClick);
    return shown;
  };
}
