/**
 * The side panel's first screen drawn without Preact, by the pre-open script (entrypoints/library-preopen.ts), from
 * the newest papers it read while the panel's module still loads. It is the markup SidePanel renders in its
 * "preview" phase (the header, the disabled tools, the search box, the count line and the first rows of the list),
 * so when the panel takes over (it renders the same screen in the same task) nothing moves.
 * test/e2e/sidepanel-first-screen.test.ts compares the two. Page data only ever goes in as text.
 */
import type { Paper } from '../../model';
import { SORT_KEYS, SORT_LABELS, activeTags } from '../../library/query';
import { siteName } from '../format-display';
import { authorLine, sourceSites, venueYear } from './display';

/** What the first screen shows: the newest papers (newest first) and the library's size. */
export interface FirstScreen {
  recent: Paper[];
  total: number;
}

/** The rows the first screen reads and shows (the panel's preview). */
export const PREVIEW_ROWS = 40;
export const ROW_HEIGHT = 92;
export const READ_LABEL = { unread: 'Unread', reading: 'Reading', read: 'Read' } as const;

const fmt = (n: number) => n.toLocaleString('en');
/** The count line while everything loads. */
export const loadingLine = (total: number | null) => (total === null ? 'Loading all papers…' : `Loading ${fmt(total)} papers…`);
/** The search box's placeholder. */
export const searchPlaceholder = (total: number) =>
  `Search ${total ? `${fmt(total)} ${total === 1 ? 'paper' : 'papers'}` : 'titles, authors, notes'}  ( / )`;

/**
 * A row's style attribute, as a string: the drawn screen's and the panel's rows carry the same text, so the panel's
 * takeover, which diffs against the drawn attributes, sets none of them again (as it does attributes equal in value
 * but not in text, and every property of an object style).
 */
/** The "no match" state's words, shared by the panel and the pre-open script's early search (early-search.ts). */
export const NO_MATCH = {
  title: 'No papers match',
  lead: (text: string) => (text.trim() ? `Nothing matches “${text.trim()}”` : 'Nothing matches'),
  advice: '. Check the spelling, use fewer words, or clear the search and filters.',
  clear: 'Clear search and filters',
} as const;

export const rowStyle = (top: number) => `transform: translateY(${top}px); height: ${ROW_HEIGHT}px;`;
/** The list's inner box's style attribute (its height: all its rows'), as a string for the same reason. */
export const listHeightStyle = (height: number) => `height: ${height}px;`;

export function rowDomId(id: string): string {
  return `paper-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

type Attrs = Record<string, string>;

function el(doc: Document, tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]!);
  for (const child of children) node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return node;
}

/** A row of the list as PaperRow renders it (not active, not selected). */
function paperRow(doc: Document, paper: Paper, index: number, setSize: number): HTMLElement {
  const title = el(doc, 'div', { class: 'row-title' });
  if (paper.starred) title.append(el(doc, 'span', { class: 'star on', 'aria-label': 'Starred', role: 'img' }, '★'));
  title.append(doc.createTextNode(paper.title));
  const where = venueYear(paper);
  const meta = el(doc, 'div', { class: 'row-meta' });
  if (where) meta.append(el(doc, 'span', { class: 'row-venue' }, where));
  meta.append(el(doc, 'span', { class: `read-badge ${paper.readState}` }, READ_LABEL[paper.readState]));
  for (const s of sourceSites(paper)) meta.append(el(doc, 'span', { class: 'site-badge' }, siteName(s)));
  for (const t of activeTags(paper)) meta.append(el(doc, 'span', { class: 'tag-chip' }, t));
  return el(
    doc,
    'div',
    {
      id: rowDomId(paper.id),
      role: 'option',
      'aria-selected': 'false',
      'aria-posinset': String(index + 1),
      'aria-setsize': String(setSize),
      class: 'paper-row',
      style: rowStyle(index * ROW_HEIGHT),
    },
    el(doc, 'span', { class: 'row-check', 'aria-hidden': 'true', title: 'Select' }),
    el(doc, 'div', { class: 'row-body' }, title, el(doc, 'div', { class: 'row-authors' }, authorLine(paper)), meta),
  );
}

/**
 * The list as PaperList first renders these ids (the first `rows` of them, those whose paper is known), labelled
 * `label`.
 */
export function listView(
  doc: Document,
  ids: readonly string[],
  paperOf: (id: string) => Paper | undefined,
  label: string,
  rows: number,
): HTMLElement {
  const inner = el(doc, 'div', { class: 'paper-list-inner', style: listHeightStyle(ids.length * ROW_HEIGHT) });
  for (let i = 0; i < Math.min(rows, ids.length); i++) {
    const paper = paperOf(ids[i]!);
    if (paper) inner.append(paperRow(doc, paper, i, ids.length));
  }
  return el(
    doc,
    'div',
    { class: 'paper-list', role: 'listbox', 'aria-label': label, 'aria-multiselectable': 'true', tabindex: '0' },
    inner,
  );
}

/** The disabled import and sync tools (lib/ui/file-tools/ToolsPlaceholder.tsx). */
function toolsPlaceholder(doc: Document): Node[] {
  const canWriteBack = typeof (doc.defaultView as { showOpenFilePicker?: unknown } | null)?.showOpenFilePicker === 'function';
  const button = (text: string) => el(doc, 'button', { type: 'button', class: 'btn', disabled: '' }, text);
  const check = el(doc, 'input', { type: 'checkbox', disabled: '' }) as HTMLInputElement;
  check.checked = true;
  return [
    button('Import…'),
    button('Sync with file…'),
    ...(canWriteBack ? [button('New sync file…')] : []),
    button('Sync folder…'),
    el(doc, 'label', { class: 'btn' }, check, ' Marks on pages'),
  ];
}

/**
 * The panel as SidePanel first renders it with these papers, `rows` of them in the list (the ones that fit).
 * Returns the root, not yet attached.
 */
function firstScreenView(doc: Document, screen: FirstScreen, rows: number): HTMLElement {
  const { recent, total } = screen;
  const count = loadingLine(total);
  const input = el(doc, 'input', {
    id: 'search',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: searchPlaceholder(total),
  });
  const select = el(doc, 'select', { 'aria-label': 'Sort by', disabled: '' });
  for (const k of SORT_KEYS) if (k !== 'relevance') select.append(el(doc, 'option', { value: k }, SORT_LABELS[k]));
  const byId = new Map(recent.map((p) => [p.id, p]));
  return el(
    doc,
    'div',
    { class: 'sidepanel' },
    el(
      doc,
      'header',
      { class: 'sp-header' },
      el(
        doc,
        'div',
        { class: 'brand' },
        el(doc, 'span', { class: 'logo', 'aria-hidden': 'true' }, '▤'),
        el(doc, 'h1', {}, 'Papershelf library'),
      ),
      el(
        doc,
        'div',
        { class: 'toolbar', role: 'toolbar', 'aria-label': 'Library tools' },
        el(doc, 'button', { type: 'button', class: 'btn', 'aria-pressed': 'false', disabled: '' }, 'Paste list'),
        el(doc, 'div', { class: 'toolbar-slot', 'data-slot': 'sync' }, ...toolsPlaceholder(doc)),
      ),
    ),
    el(
      doc,
      'div',
      { class: 'search-row', role: 'search' },
      el(doc, 'label', { for: 'search', class: 'visually-hidden' }, 'Search the library'),
      input,
    ),
    el(
      doc,
      'div',
      { class: 'controls-row' },
      el(
        doc,
        'button',
        { type: 'button', class: 'btn', 'aria-expanded': 'false', 'aria-controls': 'filter-panel', disabled: '' },
        'Filters',
      ),
      el(doc, 'label', { class: 'sort' }, el(doc, 'span', { class: 'visually-hidden' }, 'Sort by'), select),
      el(doc, 'span', { class: 'count-line muted', role: 'status', 'aria-live': 'polite' }, count),
    ),
    el(
      doc,
      'main',
      { class: 'sp-main' },
      listView(
        doc,
        recent.map((p) => p.id),
        (id) => byId.get(id),
        `Papers, ${count}`,
        rows,
      ),
    ),
    el(doc, 'div', { class: 'notice-region', 'aria-live': 'polite' }),
  );
}

/** Rows the panel's virtual list keeps beyond the visible ones (PaperList). */
export const LIST_OVERSCAN = 8;

/**
 * The list's size before the panel has measured it: the window's (the list is smaller). PaperList's first render
 * takes it, so it renders the rows `rowsToFill` counts, which the drawn screen drew: Preact reuses every drawn row
 * instead of removing them all (a list of unknown size renders none) and building them again once measured.
 */
export function unmeasuredListRect(win: { innerWidth?: number; innerHeight?: number } | null = globalThis): {
  width: number;
  height: number;
} {
  return { width: win?.innerWidth ?? 0, height: win?.innerHeight ?? 800 };
}

/** How many rows the virtual list renders in a list of this height before it is scrolled: those it fills and the overscan. */
export function rowsToFill(height: number): number {
  return Math.ceil(height / ROW_HEIGHT) + LIST_OVERSCAN;
}

/**
 * Draw the first screen into the panel's `#app` as soon as the page has parsed it (before the panel's module runs,
 * which is after the document is interactive), unless `wanted()` says the panel has taken over. Answers whether it drew.
 */
export async function drawFirstScreen(screen: FirstScreen, wanted: () => boolean, doc: Document = document): Promise<boolean> {
  if (!doc.getElementById('app') && doc.readyState === 'loading')
    await new Promise<void>((resolve) => doc.addEventListener('readystatechange', () => resolve(), { once: true }));
  const app = doc.getElementById('app');
  if (!app || !wanted() || app.firstChild) return false;
  app.append(firstScreenView(doc, screen, rowsToFill(unmeasuredListRect(doc.defaultView).height)));
  performance.mark('papershelf:first-rows');
  return true;
}
