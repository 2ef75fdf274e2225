/**
 * The side panel's library in memory: papers by id, the full-text index (search-index.ts: a packed base read with the
 * library, kept up to date incrementally), cached sort orders, and the pure query (search + filters + sort + facet
 * counts). No DOM, no browser APIs.
 */
import type { Paper, ReadState } from '../model';
import { authorName } from '../names';
import { activeTags as onTags } from '../tags';
import { SearchIndex, foldText, queryWords, type PackedIndex } from './search-index';

export const SORT_KEYS = ['relevance', 'added', 'year', 'title', 'upvotes', 'citations'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Best match',
  added: 'Recently added',
  year: 'Newest year',
  title: 'Title A–Z',
  upvotes: 'Most upvotes',
  citations: 'Most citations',
};

export interface LibraryQuery {
  text: string;
  /** Every listed tag must be present. */
  tags: string[];
  yearMin?: number;
  yearMax?: number;
  /** Any of these source sites. Empty = all. */
  sites: string[];
  readState?: ReadState;
  starredOnly: boolean;
  /** Only papers seen on this page (normalised with `pageKey`). */
  fromPage?: string;
  sort: SortKey;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', tags: [], sites: [], starredOnly: false, sort: 'added' };

export interface FacetCounts {
  tags: Map<string, number>;
  sites: Map<string, number>;
  readStates: Record<ReadState, number>;
  starred: number;
  fromPage: number;
  yearMin?: number;
  yearMax?: number;
}

export interface QueryResult {
  /** Paper ids in display order. */
  ids: string[];
  /** How many papers match the text search alone (before filters); equals the library size without text. */
  searchMatches: number;
  /** Counts over the text-search matches, so each filter shows how many of them it would keep (empty unless asked). */
  facets: FacetCounts;
}

/** A page URL as compared for "captured from this page": no fragment, no trailing slash, lower-case host. */
export function pageKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return undefined;
  }
}

/** Tags currently present on a paper (LWW set entries that are on), sorted. */
export function activeTags(p: Paper): string[] {
  return onTags(p.tags).sort((a, b) => a.localeCompare(b));
}

/** The largest value of a signal across the paper's own signals and every source's. */
export function signalValue(p: Paper, key: 'upvotes' | 'citations'): number {
  let best = p.signals[key] ?? -1;
  for (const s of p.sources) {
    const v = s.signals?.[key];
    if (v !== undefined && v > best) best = v;
  }
  return best;
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** What filtering and counting read from a paper, computed once per change instead of once per keystroke. */
interface Derived {
  tags: string[];
  sites: string[];
  /** Normalised source page URLs, computed on first use (URL parsing is the expensive part). */
  pages?: string[];
}

function derive(p: Paper): Derived {
  const tags = onTags(p.tags);
  const sites: string[] = [];
  for (const s of p.sources) if (!sites.includes(s.site)) sites.push(s.site);
  return { tags, sites };
}

function pagesOf(p: Paper, d: Derived): string[] {
  d.pages ??= p.sources.flatMap((s) => pageKey(s.url) ?? []);
  return d.pages;
}

/** Whether the text has anything to search for yet. */
function searchableText(text: string): string {
  return queryWords(text)
    .map((w) => w.word)
    .join(' ');
}

/**
 * Papers plus their search index. `version` increases on every change so views can memoise on it.
 * The index may come before the papers (read with the library at open: `attachIndex`), or be built from them
 * (`buildIndex`); until either, searches scan titles and authors.
 */
export class LibraryModel {
  readonly papers = new Map<string, Paper>();
  version = 0;
  /** Whether `papers` holds the whole library (false while the side panel has only read its index and first rows). */
  loaded = false;
  private index: SearchIndex | undefined;
  private sortCache = new Map<SortKey, string[]>();
  private derivedCache = new Map<string, Derived>();
  /** Facet counts over the whole library for the current version (the common no-search case). */
  allFacets?: { version: number; fromPage?: string; facets: FacetCounts };

  constructor(papers: Paper[] = []) {
    for (const p of papers) this.papers.set(p.id, p);
    this.loaded = papers.length > 0;
  }

  derived(p: Paper): Derived {
    let d = this.derivedCache.get(p.id);
    if (!d) {
      d = derive(p);
      this.derivedCache.set(p.id, d);
    }
    return d;
  }

  get size(): number {
    return this.papers.size;
  }

  get isIndexed(): boolean {
    return this.index !== undefined;
  }

  /** Papers the index holds outside its packed base (changed since it was packed). */
  get indexOverlay(): number {
    return this.index?.overlaySize ?? 0;
  }

  /** Index every paper now (tests, small libraries; the side panel packs large ones in its worker). */
  buildIndex(): void {
    this.index = SearchIndex.build([...this.papers.values()]);
    this.version++;
  }

  /**
   * Use a stored index: `stalePapers` are the current papers of the chunks written since it was packed (`staleChunks`),
   * which replace its own for those chunks. Papers this model holds are brought into it (changes received since).
   */
  attachIndex(packed: PackedIndex, staleChunks: Iterable<number> = [], stalePapers: readonly Paper[] = []): void {
    const index = SearchIndex.restore(packed, staleChunks, stalePapers);
    // Papers changed while there was no index, or while this one was being packed and read.
    const changed = new Set([...this.pendingReindex, ...(this.swapChanges ?? [])]);
    index.upsert([...changed].flatMap((id) => this.papers.get(id) ?? []));
    index.remove([...changed].filter((id) => !this.papers.has(id)));
    this.pendingReindex.clear();
    this.swapChanges = undefined;
    this.index = index;
    this.version++;
  }

  /**
   * Bring the attached index up to date for chunks written after it was attached, once every paper is loaded:
   * `papers` are those chunks' papers as stored now. Papers it holds that no longer exist are dropped.
   */
  refreshIndexChunks(chunkNos: Iterable<number>, papers: readonly Paper[]): void {
    if (!this.index) return;
    this.index.replaceChunks(chunkNos, papers);
    this.index.remove(this.index.overlayIds().filter((id) => !this.papers.has(id)));
    this.version++;
  }

  /** Remember the papers changed from now until the next `attachIndex` (an index packed meanwhile may miss them). */
  beginIndexSwap(): void {
    this.swapChanges = new Set();
  }

  private swapChanges: Set<string> | undefined;

  /** Changed since the model was loaded, while no index was attached: an index attached later must learn them. */
  private pendingReindex = new Set<string>();

  /** The whole library as first read (the index, if attached, already matches it or hears of later changes). */
  load(papers: Paper[]): void {
    if (!this.papers.size) for (const p of papers) this.papers.set(p.id, p);
    else this.replaceAll(papers);
    this.loaded = true;
    this.changed();
  }

  /** Add or replace papers (after a capture, an edit, an undo). */
  upsert(papers: Paper[]): void {
    if (!papers.length) return;
    for (const p of papers) {
      this.papers.set(p.id, p);
      this.derivedCache.delete(p.id);
      if (!this.index) this.pendingReindex.add(p.id);
      this.swapChanges?.add(p.id);
    }
    this.index?.upsert(papers);
    this.changed();
  }

  remove(ids: string[]): void {
    const gone: string[] = [];
    for (const id of ids) {
      if (!this.papers.delete(id)) continue;
      this.derivedCache.delete(id);
      gone.push(id);
      if (!this.index) this.pendingReindex.add(id);
      this.swapChanges?.add(id);
    }
    this.index?.remove(gone);
    if (gone.length) this.changed();
  }

  /** Make the model equal `papers` (a full re-read), touching only what differs. Returns whether anything did. */
  replaceAll(papers: Paper[]): boolean {
    const seen = new Set<string>();
    const changed: Paper[] = [];
    for (const p of papers) {
      seen.add(p.id);
      const old = this.papers.get(p.id);
      if (!old || !samePaper(old, p)) changed.push(p);
    }
    const gone = [...this.papers.keys()].filter((id) => !seen.has(id));
    if (!changed.length && !gone.length) return false;
    this.remove(gone);
    this.upsert(changed);
    return true;
  }

  private changed(): void {
    this.version++;
    this.sortCache.clear();
    this.allFacets = undefined;
  }

  /** Ids ranked by the full-text index (best first). Empty text = undefined (no text filter). */
  search(text: string): string[] | undefined {
    const words = queryWords(text);
    if (!words.length) return undefined;
    if (!this.index) return this.scan(words.map((w) => w.word));
    return this.index.search(words).map((h) => h.id);
  }

  /** Until the index exists: a plain case-insensitive substring scan over titles and authors, unranked. */
  private scan(words: string[]): string[] {
    const out: string[] = [];
    for (const p of this.papers.values()) {
      const hay = foldText(`${p.title} ${p.authors.map(authorName).join(' ')}`);
      if (words.every((w) => hay.includes(w))) out.push(p.id);
    }
    return out;
  }

  /** All ids in a sort order, cached until the next change. */
  sorted(key: Exclude<SortKey, 'relevance'>): string[] {
    const cached = this.sortCache.get(key);
    if (cached) return cached;
    const all = [...this.papers.values()];
    const byAdded = (a: Paper, b: Paper) => b.addedAt - a.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    let cmp: (a: Paper, b: Paper) => number;
    if (key === 'added') cmp = byAdded;
    else if (key === 'year') cmp = (a, b) => (b.year ?? -1) - (a.year ?? -1) || (b.date ?? '').localeCompare(a.date ?? '') || byAdded(a, b);
    else if (key === 'title') {
      const keys = new Map(all.map((p) => [p.id, p.title.replace(/^[^\p{L}\p{N}]+/u, '')]));
      cmp = (a, b) => titleCollator.compare(keys.get(a.id)!, keys.get(b.id)!) || byAdded(a, b);
    } else {
      const values = new Map(all.map((p) => [p.id, signalValue(p, key)]));
      cmp = (a, b) => values.get(b.id)! - values.get(a.id)! || byAdded(a, b);
    }
    const ids = all.sort(cmp).map((p) => p.id);
    this.sortCache.set(key, ids);
    return ids;
  }
}

function samePaper(a: Paper, b: Paper): boolean {
  if (a === b) return true;
  if (a.updatedAt !== b.updatedAt) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function hasFilters(q: LibraryQuery): boolean {
  return Boolean(
    q.tags.length || q.sites.length || q.readState || q.starredOnly || q.fromPage || q.yearMin !== undefined || q.yearMax !== undefined,
  );
}

function matchesFilters(p: Paper, d: Derived, q: LibraryQuery): boolean {
  for (const t of q.tags) if (!d.tags.includes(t)) return false;
  if (q.yearMin !== undefined && (p.year === undefined || p.year < q.yearMin)) return false;
  if (q.yearMax !== undefined && (p.year === undefined || p.year > q.yearMax)) return false;
  if (q.sites.length && !d.sites.some((s) => q.sites.includes(s))) return false;
  if (q.readState && p.readState !== q.readState) return false;
  if (q.starredOnly && !p.starred) return false;
  if (q.fromPage && !pagesOf(p, d).includes(q.fromPage)) return false;
  return true;
}

function emptyFacets(): FacetCounts {
  return { tags: new Map(), sites: new Map(), readStates: { unread: 0, reading: 0, read: 0 }, starred: 0, fromPage: 0 };
}

function countInto(f: FacetCounts, p: Paper, d: Derived, fromPage: string | undefined): void {
  for (const tag of d.tags) f.tags.set(tag, (f.tags.get(tag) ?? 0) + 1);
  for (const s of d.sites) f.sites.set(s, (f.sites.get(s) ?? 0) + 1);
  f.readStates[p.readState]++;
  if (p.starred) f.starred++;
  if (fromPage && pagesOf(p, d).includes(fromPage)) f.fromPage++;
  if (p.year !== undefined) {
    if (f.yearMin === undefined || p.year < f.yearMin) f.yearMin = p.year;
    if (f.yearMax === undefined || p.year > f.yearMax) f.yearMax = p.year;
  }
}

/** The sort actually applied: "best match" means recently added when there is nothing to match. */
export function effectiveSort(q: LibraryQuery): SortKey {
  return q.sort === 'relevance' && !searchableText(q.text) ? 'added' : q.sort;
}

/** Search, filter, sort and count. Linear in the library size; sort orders come from the model's cache. */
export function runQuery(model: LibraryModel, q: LibraryQuery, opts: { facets?: boolean } = {}): QueryResult {
  const wantFacets = opts.facets ?? true;
  const ranked = model.search(q.text);
  // Before the whole library is read: the index's answer as it ranks it (the panel offers no filter or sort yet).
  if (!model.loaded) return { ids: ranked ?? [], searchMatches: ranked?.length ?? 0, facets: emptyFacets() };
  const sort = effectiveSort(q);
  const order = sort === 'relevance' ? ranked! : model.sorted(sort as Exclude<SortKey, 'relevance'>);
  // Nothing to filter or count: the order is the answer (a keystroke at 100k does not walk 100k papers).
  if (!wantFacets && !hasFilters(q) && (!ranked || sort === 'relevance'))
    return { ids: order.slice(), searchMatches: ranked ? ranked.length : model.size, facets: emptyFacets() };
  const matchSet = ranked && sort !== 'relevance' ? new Set(ranked) : undefined;
  const cached = !wantFacets
    ? emptyFacets()
    : !ranked && model.allFacets?.version === model.version && model.allFacets.fromPage === q.fromPage
      ? model.allFacets.facets
      : undefined;
  const facets = cached ?? emptyFacets();
  const ids: string[] = [];
  for (const id of order) {
    if (matchSet && !matchSet.has(id)) continue;
    const p = model.papers.get(id);
    if (!p) continue;
    const d = model.derived(p);
    if (!cached) countInto(facets, p, d, q.fromPage);
    if (matchesFilters(p, d, q)) ids.push(id);
  }
  if (wantFacets && !ranked && !cached)
    model.allFacets = { version: model.version, ...(q.fromPage ? { fromPage: q.fromPage } : {}), facets };
  return { ids, searchMatches: ranked ? ranked.length : model.size, facets };
}

/** The ids between two positions of a list, inclusive, in list order (shift-click selection). */
export function rangeBetween(ids: readonly string[], fromId: string, toId: string): string[] {
  const a = ids.indexOf(fromId);
  const b = ids.indexOf(toId);
  if (a < 0 || b < 0) return b >= 0 ? [toId] : [];
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** Whether a query narrows the library at all (for "no results" vs "empty library" messages). */
export function isFiltered(q: LibraryQuery): boolean {
  return Boolean(q.text.trim()) || hasFilters(q);
}
