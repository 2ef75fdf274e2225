/**
 * The library side panel. Reads IndexedDB directly (through LibraryMirror), writes through store.ts (one transaction
 * per user action) and follows every change broadcast. Browser specifics come in through `env`.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Candidate, PageScan, Paper, ReadState, SaveReport, UndoRecord } from '../../model';
import type { LibraryDb } from '../../library/reads';
import type { EarlySearch, IndexReadAhead } from '../../library/preopen';
import { identityKeys } from '../../identity';
import { activeTags } from '../../tags';
import type { ExportFormat, ExportedFile } from '../../library/export';
import {
  EMPTY_QUERY,
  SORT_KEYS,
  SORT_LABELS,
  effectiveSort,
  isFiltered,
  pageKey,
  rangeBetween,
  runQuery,
  type LibraryQuery,
  type QueryResult,
  type SortKey,
} from '../../library/query';
import { parseTagList, withNote, withReadState, withStarred, withTag } from './edits';
import { FilterPanel } from './FilterPanel';
import { LibraryMirror, type PackIndex } from './library-mirror';
import { NoteDrafts } from './note-drafts';
import { PaperDetail } from './PaperDetail';
import { PaperList } from './PaperList';
import { PasteBox } from './PasteBox';
import { NO_MATCH, PREVIEW_ROWS, loadingLine, searchPlaceholder, type FirstScreen } from './first-screen';
import { isTextEntry } from '../keyboard';

export interface SidePanelEnv {
  openDb(): Promise<LibraryDb>;
  /** The URL of the active tab in this window, when known. */
  activePageUrl(): Promise<string | undefined>;
  /** Call back when the active tab or its URL changes; returns an unsubscribe. */
  watchActivePage(onChange: () => void): () => void;
  exportPapers(format: ExportFormat, ids: string[]): Promise<ExportedFile>;
  download(file: ExportedFile): void;
  parseVisibleText(text: string, url: URL, viewedAt: Date): PageScan | Promise<PageScan>;
  /** The stored search index and the directory's summary as read ahead by the pre-open script, if it did (raw). */
  searchIndexReadAhead?(): Promise<IndexReadAhead | undefined> | undefined;
  /** Packs and keeps the library's search index (the panel's worker); in the page when absent. */
  packSearchIndex?: PackIndex;
}

export interface SidePanelProps {
  env: SidePanelEnv;
  /** Toolbar slot for the Import / "Sync with file…" controls (built separately). */
  syncSlot?: ComponentChildren;
  /** What the slot shows until the first rows and the stored search index are in (then `syncSlot` is rendered). */
  syncPlaceholder?: ComponentChildren;
  /** The first screen the pre-open script drew (first-screen.ts): the panel starts from it instead of reading it again. */
  firstScreen?: FirstScreen;
  /** What was typed into the drawn screen's search box: the panel's query from the start. */
  typed?: string;
  /** What the pre-open script's answers to that search box show (early-search.ts): shown until the panel's own. */
  earlySearch?: EarlySearch;
}

type Phase =
  { kind: 'opening' } | { kind: 'preview'; recent: Paper[]; total: number | null } | { kind: 'ready' } | { kind: 'error'; message: string };
type Notice = { text: string; tone?: 'ok' | 'error'; undo?: () => Promise<void> };

/** Search results read by id while the library loads: a few screens' worth. */
const EARLY_ROWS = 60;
/** Exports larger than this say so while they run. */
const SHOW_STATUS_ABOVE = 1000;
const EXPORT_LABELS: Record<ExportFormat, string> = { bibtex: 'BibTeX', 'bibtex-ascii': 'BibTeX (ASCII)', json: 'JSON', csl: 'CSL-JSON' };
const fmt = (n: number) => n.toLocaleString('en');
/** "1 paper", "20,000 papers". */
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const noteDrafts = new NoteDrafts(typeof localStorage === 'undefined' ? undefined : localStorage);
/** The writer (store.ts: the model's schemas and zod) loads after the first rows, on the first write or when the tools do. */
const writer = () => import('../../library/store');

export function SidePanel({ env, syncSlot, syncPlaceholder, firstScreen, typed = '', earlySearch }: SidePanelProps) {
  const [phase, setPhase] = useState<Phase>(() =>
    firstScreen ? { kind: 'preview', recent: firstScreen.recent, total: firstScreen.total } : { kind: 'opening' },
  );
  const [sync, setSync] = useState<LibraryMirror | null>(null);
  const [version, setVersion] = useState(0);
  const [indexed, setIndexed] = useState(false);
  /** The mirror, once its stored search index is open, while the library still loads (search answers from it). */
  const [early, setEarly] = useState<LibraryMirror | null>(null);
  const [query, setQuery] = useState<LibraryQuery>({ ...EMPTY_QUERY, sort: 'relevance', text: typed });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [pageUrl, setPageUrl] = useState<string | undefined>();
  const [showFilters, setShowFilters] = useState(false);
  const [showPaste, setShowPaste] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement | null>(null);

  // Open, show the newest rows, open the stored search index, then load everything (and pack the index if there was
  // none). A layout effect starts this right after the first render instead of after the first paint.
  useLayoutEffect(() => {
    let live: LibraryMirror | null = null;
    let cancelled = false;
    (async () => {
      try {
        const db = await env.openDb();
        performance.mark('papershelf:db-open');
        // Notes a closed panel could not finish writing (note-drafts.ts).
        void noteDrafts
          .replay(db)
          .catch((e) => setNotice({ text: `Could not save a note typed before the panel closed: ${message(e)}`, tone: 'error' }));
        const mirror = (live = new LibraryMirror(
          db,
          () => setVersion((v) => v + 1),
          (e) => setNotice({ text: `Could not refresh the library: ${message(e)}`, tone: 'error' }),
          env.packSearchIndex,
        ));
        // The rows the pre-open script read for its search results are not read again.
        if (attempt === 0) earlySearch?.papers.forEach((p, id) => mirror.rows.set(id, p));
        // The first rows: on screen already when the pre-open script drew them (the first attempt only).
        let more = true;
        if (!firstScreen || attempt > 0) {
          const first = await mirror.preview(PREVIEW_ROWS);
          if (cancelled) return;
          more = first.more;
          if (more) {
            setPhase({ kind: 'preview', recent: first.recent, total: null });
            performance.mark('papershelf:first-rows');
            void mirror.total().then((total) => setPhase((p) => (p.kind === 'preview' ? { ...p, total } : p)));
          }
        }
        // After the first rows' read, so reading the index (megabytes) never delays them.
        const early = await mirror.openIndex(attempt === 0 ? env.searchIndexReadAhead?.() : undefined).catch(() => false);
        if (cancelled) return;
        if (early) {
          performance.mark('papershelf:search-ready');
          setEarly(mirror);
          setIndexed(true);
        }
        await mirror.load();
        if (cancelled) return;
        setSync(mirror);
        setPhase({ kind: 'ready' });
        if (!more) performance.mark('papershelf:first-rows');
        performance.mark('papershelf:loaded');
        if (!early) {
          await mirror.index();
          if (cancelled) return;
          performance.mark('papershelf:search-ready');
        }
        performance.mark('papershelf:indexed');
        setIndexed(mirror.model.isIndexed);
      } catch (e) {
        if (!cancelled) setPhase({ kind: 'error', message: message(e) });
      }
    })();
    return () => {
      cancelled = true;
      live?.close();
      setEarly(null);
    };
  }, [attempt]);

  // The active tab's page, for "captured from this page" and for pasted lists.
  useEffect(() => {
    const refresh = () =>
      env.activePageUrl().then(
        (u) => setPageUrl(u && pageKey(u) ? u : undefined),
        () => setPageUrl(undefined),
      );
    void refresh();
    return env.watchActivePage(() => void refresh());
  }, []);
  const currentPageKey = pageUrl ? pageKey(pageUrl) : undefined;
  // The "this page" filter follows the active tab.
  useEffect(() => {
    if (query.fromPage && query.fromPage !== currentPageKey) setQuery((q) => ({ ...q, fromPage: currentPageKey }));
  }, [currentPageKey]);

  const model = sync?.model;
  // Facet counts cost a pass over the matches: only while the filters (which show them) are open.
  const result: QueryResult | null = useMemo(
    () => (model ? runQuery(model, query, { facets: showFilters }) : null),
    [model, version, query, showFilters],
  );
  // While the library loads: a search answers from the stored index, and the rows it shows first are read by id.
  const earlyResult: QueryResult | null = useMemo(
    () => (!model && early && query.text.trim() ? runQuery(early.model, query, { facets: false }) : null),
    [model, early, version, query],
  );
  useEffect(() => {
    if (earlyResult && early) early.readRows(earlyResult.ids.slice(0, EARLY_ROWS)).catch(() => {});
  }, [earlyResult]);
  // Until the panel answers from its own index (in the microtasks after the takeover): what the pre-open script showed.
  const handed = !early && !model && earlySearch?.text === query.text ? earlySearch.ids : undefined;
  const matches = earlyResult?.ids ?? handed;
  const ids: readonly string[] = result?.ids ?? matches ?? (phase.kind === 'preview' ? phase.recent.map((p) => p.id) : []);
  const previewById = useMemo(() => new Map(phase.kind === 'preview' ? phase.recent.map((p) => [p.id, p]) : []), [phase]);
  const paperOf = useCallback(
    (id: string) => model?.papers.get(id) ?? previewById.get(id) ?? early?.rows.get(id) ?? earlySearch?.papers.get(id),
    [model, previewById, early, version],
  );
  const total = model?.size ?? (phase.kind === 'preview' ? (phase.total ?? phase.recent.length) : 0);

  // Keep the selection and the cursor to papers that still exist.
  useEffect(() => {
    if (!model) return;
    if ([...selected].some((id) => !model.papers.has(id))) setSelected(new Set([...selected].filter((id) => model.papers.has(id))));
    if (detailId && !model.papers.has(detailId)) setDetailId(null);
  }, [version]);
  useEffect(() => {
    if (activeIndex >= ids.length) setActiveIndex(ids.length - 1);
  }, [ids.length]);

  const db = sync?.db;
  // The tools' code (the writer, import, sync) loads once the first rows and the stored search index are in, so
  // evaluating it delays neither.
  const toolsDue = phase.kind === 'ready' || phase.kind === 'error' || (phase.kind === 'preview' && early !== null);
  const selectedPapers = () => [...selected].flatMap((id) => model?.papers.get(id) ?? []);

  /** Undo one action by the undo rule; the notice says what changed since and was kept. */
  const undoAction = (record: UndoRecord) => async () => {
    if (!db) return;
    const outcome = await (await writer()).undoChanges(db, record);
    setNotice({ text: outcome.message, tone: 'ok' });
  };

  /**
   * One user action = one read-modify-write transaction on the stored papers; failures are shown, never swallowed.
   * `done` (bulk actions) names what was done, shown with an Undo.
   */
  const edit = async (targets: Paper[], change: (p: Paper) => Paper, reason: string, done?: (n: number) => string) => {
    if (!db || !targets.length) return;
    try {
      const { ids: written, undo } = await (
        await writer()
      ).editPapers(
        db,
        targets.map((p) => p.id),
        change,
        reason,
      );
      if (done) setNotice({ text: done(written.length), ...(written.length ? { undo: undoAction(undo) } : {}) });
    } catch (e) {
      setNotice({ text: `Could not save the change: ${message(e)}`, tone: 'error' });
    }
  };

  /** A note is kept as a draft (synchronously) until the library has it: a panel closing mid-write loses nothing. */
  const saveNote = async (paper: Paper, note: string, typedAt: number) => {
    if (!db) return;
    noteDrafts.put(paper.id, note, typedAt);
    try {
      await (await writer()).editPapers(db, [paper.id], (p) => withNote(p, note, typedAt), 'note');
      noteDrafts.written(paper.id, typedAt);
    } catch (e) {
      setNotice({ text: `Could not save the note (kept, and saved when the library opens again): ${message(e)}`, tone: 'error' });
    }
  };

  const remove = async (papers: Paper[]) => {
    if (!db || !papers.length) return;
    try {
      const undo = await (
        await writer()
      ).deletePapers(
        db,
        papers.map((p) => p.id),
      );
      setSelected(new Set());
      setDetailId(null);
      setNotice({ text: `Deleted ${plural(undo.papers.length, 'paper')}.`, undo: undoAction(undo) });
    } catch (e) {
      setNotice({ text: `Could not delete: ${message(e)}`, tone: 'error' });
    }
  };

  const exportSelection = async (format: ExportFormat) => {
    if (!db) return;
    const papers = selectedPapers();
    try {
      if (papers.length > SHOW_STATUS_ABOVE)
        setNotice({ text: `Exporting ${plural(papers.length, 'paper')} as ${EXPORT_LABELS[format]}…` });
      const file = await env.exportPapers(
        format,
        papers.map((p) => p.id),
      );
      env.download(file);
      setNotice({ text: `Exported ${plural(papers.length, 'paper')} as ${EXPORT_LABELS[format]} (${file.filename}).`, tone: 'ok' });
    } catch (e) {
      setNotice({ text: `Export failed: ${message(e)}`, tone: 'error' });
    }
  };

  const toggle = (id: string, range: boolean) => {
    const next = new Set(selected);
    if (range && anchor) for (const r of rangeBetween(ids, anchor, id)) next.add(r);
    else if (next.has(id)) next.delete(id);
    else next.add(id);
    if (!range || !anchor) setAnchor(id);
    setSelected(next);
  };

  // Closing the detail view gives the focus back to the list in the same render that shows the list again.
  const focusListOnClose = useRef(false);
  const closeDetail = () => {
    focusListOnClose.current = true;
    setDetailId(null);
  };
  useLayoutEffect(() => {
    if (detailId || !focusListOnClose.current) return;
    focusListOnClose.current = false;
    listRef.current?.focus();
  }, [detailId]);

  // Page-wide keys: `/` focuses search; Escape closes the innermost thing open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && !isTextEntry(target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setDetailId(null);
        searchRef.current?.focus();
        return;
      }
      if (e.key !== 'Escape') return;
      if (detailId) {
        e.preventDefault();
        closeDetail();
      } else if (showPaste) setShowPaste(false);
      else if (target === searchRef.current && query.text) setQuery((q) => ({ ...q, text: '' }));
      else if (selected.size) setSelected(new Set());
      else if (showFilters) setShowFilters(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailId, showPaste, showFilters, query.text, selected]);

  const filterCount =
    query.tags.length +
    query.sites.length +
    (query.readState ? 1 : 0) +
    (query.starredOnly ? 1 : 0) +
    (query.fromPage ? 1 : 0) +
    (query.yearMin !== undefined || query.yearMax !== undefined ? 1 : 0);
  const sort = effectiveSort(query);
  const detail = detailId ? model?.papers.get(detailId) : undefined;
  const knownTags = useMemo(
    () => (detail && model ? [...runQuery(model, EMPTY_QUERY).facets.tags.keys()].sort() : []),
    [model, version, Boolean(detail)],
  );

  const versionsOf = (p: Paper): Paper[] => {
    if (!model || !p.related?.length) return [];
    const wanted = new Set(p.related);
    const out: Paper[] = [];
    for (const other of model.papers.values())
      if (other.id !== p.id && (wanted.has(other.id) || identityKeys(other).some((k) => wanted.has(k)))) out.push(other);
    return out;
  };

  const onSaved = (report: SaveReport) => {
    setShowPaste(false);
    const undo = report.undo;
    setNotice({
      text: `Saved ${report.added}, updated ${report.updated}${report.unchanged ? `, ${report.unchanged} already up to date` : ''}.${report.dropped ? ` ${plural(report.dropped.count, 'entry', 'entries')} left out: ${report.dropped.reasons.map((r) => r.reason).join('; ')}.` : ''}`,
      tone: 'ok',
      ...(undo && db ? { undo: undoAction(undo) } : {}),
    });
  };

  const countLine = () => {
    if (phase.kind === 'preview') {
      const loading = loadingLine(phase.total);
      return matches ? `${plural(matches.length, 'match', 'matches')}, ${loading[0]!.toLowerCase()}${loading.slice(1)}` : loading;
    }
    if (!result) return '';
    if (!isFiltered(query)) return plural(total, 'paper');
    return `${fmt(result.ids.length)} of ${plural(total, 'paper')}`;
  };

  return (
    <div class="sidepanel">
      <header class="sp-header">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ▤
          </span>
          <h1>Papershelf library</h1>
        </div>
        <div class="toolbar" role="toolbar" aria-label="Library tools">
          <button type="button" class="btn" aria-pressed={showPaste} onClick={() => setShowPaste(!showPaste)} disabled={!db}>
            Paste list
          </button>
          {/* Import / "Sync with file…" lives here: built separately and passed in as `syncSlot`. */}
          <div class="toolbar-slot" data-slot="sync">
            {toolsDue ? syncSlot : syncPlaceholder}
          </div>
        </div>
      </header>

      {showPaste && db && (
        <PasteBox
          pageUrl={pageUrl}
          parse={env.parseVisibleText}
          save={async (candidates: Candidate[], url: string) =>
            (await writer()).saveCandidates(db, candidates, { site: 'text', url, kind: 'lab' })
          }
          onSaved={onSaved}
          onClose={() => setShowPaste(false)}
        />
      )}

      <div class="search-row" role="search">
        <label for="search" class="visually-hidden">
          Search the library
        </label>
        <input
          id="search"
          ref={searchRef}
          type="search"
          autoComplete="off"
          spellcheck={false}
          placeholder={searchPlaceholder(total)}
          value={query.text}
          disabled={phase.kind === 'error'}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setQuery((q) => ({ ...q, text }));
            setActiveIndex(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || (e.key === 'Enter' && ids.length)) {
              e.preventDefault();
              setActiveIndex(0);
              listRef.current?.focus();
            }
          }}
        />
      </div>

      <div class="controls-row">
        <button
          type="button"
          class="btn"
          aria-expanded={showFilters}
          aria-controls="filter-panel"
          onClick={() => setShowFilters(!showFilters)}
          disabled={!result}
        >
          Filters{filterCount ? ` (${filterCount})` : ''}
        </button>
        <label class="sort">
          <span class="visually-hidden">Sort by</span>
          <select
            value={sort}
            onChange={(e) => setQuery((q) => ({ ...q, sort: e.currentTarget.value as SortKey }))}
            disabled={!result}
            aria-label="Sort by"
          >
            {SORT_KEYS.filter((k) => k !== 'relevance' || sort === 'relevance' || query.text.trim()).map((k) => (
              <option value={k} key={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <span class="count-line muted" role="status" aria-live="polite">
          {countLine()}
          {query.text.trim() && !indexed && result ? ' (indexing: titles and authors only)' : ''}
        </span>
      </div>

      {showFilters && result && (
        <FilterPanel
          query={query}
          facets={result.facets}
          pageKey={currentPageKey}
          onChange={(q) => {
            setQuery(q);
            setActiveIndex(-1);
          }}
        />
      )}

      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          total={ids.length}
          tagsInSelection={[...new Set(selectedPapers().flatMap((p) => activeTags(p.tags)))].sort()}
          onSelectAll={() => setSelected(new Set(ids))}
          onClear={() => setSelected(new Set())}
          onTag={(tags) => {
            const now = Date.now();
            return edit(
              selectedPapers(),
              (p) => tags.reduce((acc, t) => withTag(acc, t, true, now), p),
              'tag',
              (n) => `Tagged ${plural(n, 'paper')}.`,
            );
          }}
          onUntag={(tag) =>
            edit(
              selectedPapers(),
              (p) => withTag(p, tag, false, Date.now()),
              'untag',
              (n) => `Untagged ${plural(n, 'paper')}.`,
            )
          }
          onMark={(state) =>
            edit(
              selectedPapers(),
              (p) => withReadState(p, state, Date.now()),
              'read-state',
              (n) => `Marked ${plural(n, 'paper')} ${state}.`,
            )
          }
          onDelete={() => remove(selectedPapers())}
          onExport={exportSelection}
        />
      )}

      <main class="sp-main">
        {phase.kind === 'error' ? (
          <div class="state error-state" role="alert">
            <h2>The library could not be opened</h2>
            <p>{phase.message}</p>
            <p>
              Close other Papershelf windows that may be upgrading it, then try again. Your papers are kept in this browser profile; nothing
              has been deleted.
            </p>
            <button type="button" class="btn primary" onClick={() => setAttempt(attempt + 1)}>
              Try again
            </button>
          </div>
        ) : phase.kind === 'opening' ? (
          <div class="state" role="status">
            Opening the library…
          </div>
        ) : total === 0 ? (
          <div class="state empty-state">
            <h2>Your library is empty</h2>
            <p>
              Open a page that lists papers (an author's profile, a daily feed, a lab's publications page) and click the Papershelf button
              in the toolbar to capture them.
            </p>
            <p>Or copy a list of papers from any page and paste it here.</p>
            <button type="button" class="btn primary" onClick={() => setShowPaste(true)}>
              Paste a publication list
            </button>
          </div>
        ) : ids.length === 0 ? (
          <div class="state empty-state">
            <h2>{NO_MATCH.title}</h2>
            <p>
              {NO_MATCH.lead(query.text)}
              {filterCount ? ` with ${plural(filterCount, 'filter')} on` : ''}
              {NO_MATCH.advice}
            </p>
            <button
              type="button"
              class="btn primary"
              onClick={() => {
                setQuery({ ...EMPTY_QUERY, sort: query.sort });
                searchRef.current?.focus();
              }}
            >
              {NO_MATCH.clear}
            </button>
          </div>
        ) : (
          <PaperList
            ids={ids}
            paperOf={paperOf}
            selected={selected}
            activeIndex={activeIndex}
            setActiveIndex={setActiveIndex}
            onOpen={(id) => setDetailId(id)}
            onToggle={toggle}
            onSelectAll={() => setSelected(new Set(ids))}
            label={`Papers, ${countLine()}`}
            listRef={listRef}
          />
        )}
        {detail && (
          <div class="detail-layer">
            <PaperDetail
              paper={detail}
              versions={versionsOf(detail)}
              knownTags={knownTags}
              onClose={closeDetail}
              onOpen={(id) => setDetailId(id)}
              onTag={(tags, on) => {
                const now = Date.now();
                return edit([detail], (p) => tags.reduce((acc, t) => withTag(acc, t, on, now), p), on ? 'tag' : 'untag');
              }}
              onNote={(note, typedAt) => void saveNote(detail, note, typedAt)}
              onReadState={(state) => edit([detail], (p) => withReadState(p, state, Date.now()), 'read-state')}
              onStar={(on) => edit([detail], (p) => withStarred(p, on, Date.now()), 'star')}
              onDelete={() => remove([detail])}
            />
          </div>
        )}
      </main>

      <div class="notice-region" aria-live="polite">
        {notice && (
          <div class={`notice ${notice.tone ?? ''}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            {notice.undo && (
              <button
                type="button"
                class="btn"
                onClick={() => {
                  const undo = notice.undo!;
                  setNotice({ text: 'Undoing…' });
                  undo().catch((e) => setNotice({ text: `Undo failed: ${message(e)}`, tone: 'error' }));
                }}
              >
                Undo
              </button>
            )}
            <button type="button" class="btn quiet" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function BulkBar(props: {
  count: number;
  total: number;
  tagsInSelection: string[];
  onSelectAll(): void;
  onClear(): void;
  onTag(tags: string[]): Promise<void>;
  onUntag(tag: string): Promise<void>;
  onMark(state: ReadState): Promise<void>;
  onDelete(): Promise<void>;
  onExport(format: ExportFormat): Promise<void>;
}) {
  const [tagText, setTagText] = useState('');
  const [untag, setUntag] = useState('');
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const tags = parseTagList(tagText);
  return (
    <div class="bulk-bar" role="region" aria-label="Selection actions">
      <div class="bulk-line">
        <strong>{fmt(props.count)} selected</strong>
        {props.count < props.total && (
          <button type="button" class="btn quiet" onClick={props.onSelectAll}>
            Select all {fmt(props.total)}
          </button>
        )}
        <button type="button" class="btn quiet" onClick={props.onClear}>
          Clear
        </button>
        <span class="spacer" />
        <button type="button" class="btn" onClick={() => void props.onMark('read')}>
          Mark read
        </button>
        <button type="button" class="btn danger" onClick={() => void props.onDelete()}>
          Delete
        </button>
      </div>
      <div class="bulk-line">
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (tags.length) void props.onTag(tags).then(() => setTagText(''));
          }}
        >
          <input
            type="text"
            aria-label="Tags to add to the selection"
            placeholder="tag, tag…"
            value={tagText}
            onInput={(e) => setTagText(e.currentTarget.value)}
          />
          <button type="submit" class="btn" disabled={!tags.length}>
            Tag
          </button>
        </form>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (untag) void props.onUntag(untag).then(() => setUntag(''));
          }}
        >
          <select
            aria-label="Tag to remove from the selection"
            value={untag}
            onChange={(e) => setUntag(e.currentTarget.value)}
            disabled={!props.tagsInSelection.length}
          >
            <option value="">{props.tagsInSelection.length ? 'Untag…' : 'No tags'}</option>
            {props.tagsInSelection.map((t) => (
              <option value={t} key={t}>
                {t}
              </option>
            ))}
          </select>
          <button type="submit" class="btn" disabled={!untag}>
            Untag
          </button>
        </form>
      </div>
      <div class="bulk-line">
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onExport(format);
          }}
        >
          <select aria-label="Export format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
            {(Object.keys(EXPORT_LABELS) as ExportFormat[]).map((f) => (
              <option value={f} key={f}>
                {EXPORT_LABELS[f]}
              </option>
            ))}
          </select>
          <button type="submit" class="btn">
            Export selection
          </button>
        </form>
      </div>
    </div>
  );
}
