import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Author, Candidate, DroppedEntries, Review, ReviewEntry, SaveReport, UndoOutcome } from '../../model';
import { authorsLineParts, plural, shortAuthors, siteName, versionLabel } from '../format-display';
import { useVirtualizer } from '../hooks/use-virtualizer';
import { readableFailure, type Answer } from './background-call';
import { entriesOfOnePaper } from '../../library/capture';
import { Basket, type BasketApi } from './Basket';
import { LoadAll, type StartLoadAll } from './LoadAll';
import { listingLine } from './listing-line';
import { isTextEntry } from '../keyboard';

export interface PopupApi {
  review(): Promise<Answer<{ review: Review }>>;
  /** Save entries of the reviewed scan (`Review.scanId`) by their indices in it. */
  save(scanId: string, indices: number[], tags: string[]): Promise<Answer<{ report: SaveReport }>>;
  undo(undo: NonNullable<SaveReport['undo']>): Promise<Answer<{ outcome: UndoOutcome }>>;
  /** How many of these entries the library holds now, read from the database itself (works without the background). */
  countInLibrary(candidates: Candidate[]): Promise<number>;
  exportLibrary(format: 'bibtex' | 'json' | 'csl'): Promise<void>;
  openLibrary(): Promise<void>;
  /** "Collect across pages" for the tab's listing (Basket.tsx). */
  basket?: BasketApi;
  /** Press the page's own "Show more" until its list is whole (lib/ui/popup/LoadAll.tsx). */
  loadAll?: StartLoadAll;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; report: SaveReport; ticked: number }
  | { kind: 'undone'; text: string }
  | { kind: 'error'; text: string; reviewAgain?: boolean };

/** Any failure of a call, thrown or answered, as an answer. */
const settle = <T extends object>(call: () => Promise<Answer<T>>): Promise<Answer<T>> =>
  call().catch((e: unknown) => ({ ok: false as const, lost: true as const, error: readableFailure(e) }));

const STATUS_LABEL: Record<ReviewEntry['status'], string> = { new: 'New', saved: 'Saved', update: 'Update' };

/** Default selection: new entries and entries a save would enrich; already-saved ones and possible duplicates unchecked. */
function defaultSelection(entries: ReviewEntry[]): Set<number> {
  return new Set(entries.filter((e) => e.status !== 'saved' && !e.possibleMatch).map((e) => e.index));
}

export function Popup({ api }: { api: PopupApi }) {
  const [review, setReview] = useState<Review | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [tagText, setTagText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** The basket's review is open: it takes the place of the page's list. */
  const [basketReviewing, setBasketReviewing] = useState(false);
  const scan = review?.scan;
  const saveButton = useRef<HTMLButtonElement>(null);

  /** Review the page (again). A review lost to a stopped background is asked once more: the browser restarts it. */
  const load = async () => {
    let r = await settle(api.review);
    if (!r.ok && r.lost) r = await settle(api.review);
    if (!r.ok) {
      setLoadError(review ? `Could not read the page again: ${r.error}` : r.error);
      return;
    }
    setLoadError(null);
    setReview(r.review);
    setSelected(defaultSelection(r.review.entries));
  };
  useEffect(() => {
    void load();
  }, []);

  const counts = useMemo(() => {
    const c = { new: 0, check: 0, saved: 0, update: 0 };
    for (const e of review?.entries ?? []) c[e.possibleMatch ? 'check' : e.status]++;
    return c;
  }, [review]);

  const groups = useMemo(() => groupEntries(review?.entries ?? []), [review]);
  /** Rows a save would store in an earlier row's record (the page lists one paper twice, or links one identifier twice). */
  const onePaper = useMemo(() => {
    const entries = review?.entries ?? [];
    const same = new Map<number, SameAs>();
    for (const [i, { first, key }] of entriesOfOnePaper(entries.map((e) => e.candidate)))
      same.set(entries[i]!.index, { title: entries[first]!.candidate.title, key });
    return same;
  }, [review]);
  const suggestedTag = scan?.context?.name ?? (scan?.kind === 'lab' ? scan?.context?.title : undefined);

  const tags = tagText
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

  const save = async () => {
    if (!selected.size || !review?.scanId || status.kind === 'busy') return;
    const indices = [...selected].sort((a, b) => a - b);
    setStatus({ kind: 'busy', text: `Saving ${plural(indices.length, 'paper')}…` });
    const r = await settle(() => api.save(review.scanId!, indices, tags));
    if (r.ok) {
      setStatus({ kind: 'done', report: r.report, ticked: indices.length });
      await load();
      return;
    }
    if (!r.lost) {
      setStatus({ kind: 'error', text: r.error, reviewAgain: true });
      return;
    }
    // No answer: the save may or may not have been written. The library says which.
    setStatus({ kind: 'busy', text: `${r.error} Checking the library…` });
    setStatus({
      kind: 'error',
      text: `Saving did not finish: ${lowerFirst(r.error)} ${await libraryCheck(indices.map((i) => review.entries[i]!.candidate))}`,
    });
    await load();
  };

  const libraryCheck = async (ticked: Candidate[]): Promise<string> => {
    try {
      const n = await api.countInLibrary(ticked);
      return `Of the ${plural(ticked.length, 'ticked paper')}, ${n} ${n === 1 ? 'is' : 'are'} in the library now.`;
    } catch (e) {
      return `The library could not be read to check what was saved (${e instanceof Error ? e.message : String(e)}).`;
    }
  };

  const undo = async (report: SaveReport) => {
    if (!report.undo) return;
    setStatus({ kind: 'busy', text: 'Undoing…' });
    const r = await settle(() => api.undo(report.undo!));
    setStatus(
      r.ok
        ? { kind: 'undone', text: r.outcome.message }
        : {
            kind: 'error',
            text: r.lost ? `Undo did not finish: ${lowerFirst(r.error)} Review the page to see the library as it is.` : r.error,
          },
    );
    await load();
  };

  const toggle = (index: number) => {
    const next = new Set(selected);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setSelected(next);
  };
  const selectWhere = (pred: (e: ReviewEntry) => boolean) => setSelected(new Set((review?.entries ?? []).filter(pred).map((e) => e.index)));
  const reviewAgain = async () => {
    setStatus({ kind: 'busy', text: 'Reading the page…' });
    await load();
    setStatus({ kind: 'idle' });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'a' && !isTextEntry(e.target) && review?.entries.length) {
      e.preventDefault();
      selectWhere(() => true);
    }
  };

  const contextLine = scan?.context?.name ?? scan?.context?.title ?? scan?.context?.query;

  return (
    <div class="popup" onKeyDown={onKeyDown}>
      <header class="popup-header">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ▤
          </span>
          <div>
            <h1>Papershelf</h1>
            <p class="muted">{scan ? `${siteName(scan.site)}${contextLine ? ` · ${contextLine}` : ''}` : 'This page'}</p>
            {scan?.listing && <p class="listing">{listingLine(scan.listing, review?.entries.length ?? 0)}</p>}
          </div>
        </div>
        <button type="button" class="ghost" onClick={() => void api.openLibrary()} title="Open the library in the side panel">
          Library
        </button>
      </header>

      {api.basket && <Basket api={api.basket} onChange={() => void load()} onReviewing={setBasketReviewing} />}

      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      {!review && !loadError && <p class="muted pad">Reading the page…</p>}
      {review?.error && (
        <p class="error" role="alert">
          {review.error}
        </p>
      )}
      {review && !review.error && review.entries.length === 0 && (
        <div class="empty pad">
          <p>
            <strong>No papers found on this page.</strong>
          </p>
          <p class="muted">
            Papershelf reads publication lists: author profiles, daily feeds, lab publication pages. To capture text from any page, select
            it and choose “Capture selection as papers” from the context menu, or paste it into the library’s paste box.
          </p>
        </div>
      )}

      {review?.dropped && <DroppedNote dropped={review.dropped} />}
      {api.loadAll && review && <LoadAll offer={scan?.loadMore} start={api.loadAll} onStopped={() => void load()} />}

      {review && review.entries.length > 0 && !basketReviewing && (
        <>
          <div class="summary" aria-live="polite">
            <strong>{plural(review.entries.length, 'paper')}</strong>
            <span class="pill new">{counts.new} new</span>
            {counts.check > 0 && <span class="pill maybe">{counts.check} to check</span>}
            {counts.update > 0 && <span class="pill update">{counts.update} to update</span>}
            <span class="pill saved">{counts.saved} saved</span>
          </div>
          <div class="toolbar" role="group" aria-label="Selection">
            <span class="muted">Select</span>
            <button type="button" class="link" onClick={() => selectWhere(() => true)}>
              All
            </button>
            <button type="button" class="link" onClick={() => setSelected(new Set())}>
              None
            </button>
            <button type="button" class="link" onClick={() => selectWhere((e) => e.status === 'new' && !e.possibleMatch)}>
              Only new
            </button>
          </div>
          <EntryList groups={groups} selected={selected} onToggle={toggle} onePaper={onePaper} />
        </>
      )}

      {review && review.entries.length > 0 && !basketReviewing && (
        <footer class="actions">
          <label class="tag-field">
            <span>
              Tags for this capture
              {suggestedTag && !tags.includes(suggestedTag) && (
                <button type="button" class="chip" onClick={() => setTagText([...tags, suggestedTag].join(', '))} title="Add as a tag">
                  + {suggestedTag}
                </button>
              )}
            </span>
            <input
              type="text"
              value={tagText}
              placeholder="none (comma-separated)"
              onInput={(e) => setTagText((e.target as HTMLInputElement).value)}
              onKeyDown={(e) => {
                // Enter in the tags saves, as a form's field does; not while an input method is composing (CJK tags).
                if (e.key === 'Enter' && !e.isComposing && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  void save();
                }
              }}
            />
          </label>
          <button
            ref={saveButton}
            type="button"
            class="primary"
            disabled={!selected.size || status.kind === 'busy'}
            onClick={() => void save()}
          >
            {selected.size ? `Save ${plural(selected.size, 'paper')}` : 'Save (nothing selected)'}
          </button>
        </footer>
      )}
      <StatusLine status={status} onUndo={undo} onReviewAgain={() => void reviewAgain()} />

      <nav class="export" aria-label="Export the library">
        <span class="muted">Export library</span>
        <button type="button" class="link" onClick={() => void api.exportLibrary('bibtex')}>
          BibTeX
        </button>
        <button type="button" class="link" onClick={() => void api.exportLibrary('json')}>
          JSON
        </button>
        <button type="button" class="link" onClick={() => void api.exportLibrary('csl')}>
          CSL-JSON
        </button>
      </nav>
    </div>
  );
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "3 entries on this page were left out: title longer than 2000 characters (2), …" */
function DroppedNote({ dropped }: { dropped: DroppedEntries }) {
  const reasons = dropped.reasons.map((r) => `${r.reason} (${r.count})`).join('; ');
  return (
    <p class="dropped" role="note">
      {plural(dropped.count, 'entry', 'entries')} on this page {dropped.count === 1 ? 'was' : 'were'} left out: {reasons}.
    </p>
  );
}

type ListItem = { kind: 'group'; group: EntryGroup } | { kind: 'entry'; entry: ReviewEntry };

const GROUP_TITLE_HEIGHT = 27;
const ROW_HEIGHT = 64;
/** Lists up to this long are rendered whole (cheap, and every row is findable in the page); longer ones by view. */
const RENDER_ALL_UP_TO = 300;

/**
 * The groups' rows, virtualised: beyond RENDER_ALL_UP_TO entries only the rows in view (and a few more) are in the
 * DOM, so 20,000 entries cost what 30 do. Each group is a section spanning its rows' height, its title sticky at the top while its rows scroll by.
 */
function EntryList({
  groups,
  selected,
  onToggle,
  onePaper,
}: {
  groups: EntryGroup[];
  selected: ReadonlySet<number>;
  onToggle: (index: number) => void;
  onePaper: ReadonlyMap<number, SameAs>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, firstItem } = useMemo(() => {
    const items: ListItem[] = [];
    const firstItem: number[] = [];
    for (const group of groups) {
      firstItem.push(items.length);
      items.push({ kind: 'group', group });
      for (const entry of group.entries) items.push({ kind: 'entry', entry });
    }
    return { items, firstItem };
  }, [groups]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]!.kind === 'group' ? GROUP_TITLE_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => {
      const item = items[i]!;
      return item.kind === 'group' ? `g-${item.group.id}` : item.entry.index;
    },
    overscan: items.length <= RENDER_ALL_UP_TO ? items.length : 8,
  });
  /** Item indices of the entries (not group titles), in order: what the arrow keys move between. */
  const entryItems = useMemo(() => items.flatMap((item, i) => (item.kind === 'entry' ? [i] : [])), [items]);
  /** The row the keys moved to, focused once the virtual list has drawn it. */
  const pendingFocus = useRef<number | null>(null);
  const focusRow = (item: number): boolean => {
    const box = scrollRef.current?.querySelector<HTMLInputElement>(`.entry[data-index="${item}"] input[type=checkbox]`);
    box?.focus();
    return Boolean(box);
  };
  useEffect(() => {
    if (pendingFocus.current !== null && focusRow(pendingFocus.current)) pendingFocus.current = null;
  });
  const onKeyDown = (e: KeyboardEvent) => {
    const row = e.target instanceof HTMLInputElement ? e.target.closest<HTMLElement>('.entry') : null;
    if (!row || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const at = entryItems.indexOf(Number(row.dataset.index));
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 5) / ROW_HEIGHT) - 1);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entryItems.length - 1, PageDown: at + page, PageUp: at - page }[e.key];
    if (to === undefined || at < 0) return;
    e.preventDefault();
    const item = entryItems[Math.max(0, Math.min(entryItems.length - 1, to))]!;
    // A drawn row scrolls itself into view when focused (below the sticky group title: popup.css scroll-padding-top).
    if (focusRow(item)) return;
    pendingFocus.current = item;
    virtualizer.scrollToIndex(item, { align: 'auto' });
  };
  const visible = virtualizer.getVirtualItems();
  const measured = virtualizer.measurementsCache;
  const shown = groups
    .map((group, g) => {
      const first = firstItem[g]!;
      const last = first + group.entries.length;
      const rows = visible.filter((v) => v.index > first && v.index <= last);
      return { group, first, start: measured[first]?.start ?? 0, end: measured[last]?.end ?? 0, rows };
    })
    .filter((s) => s.rows.length > 0 || visible.some((v) => v.index === s.first));
  return (
    <div class="entries" role="list" aria-label="Papers on this page" ref={scrollRef} onKeyDown={onKeyDown}>
      <div class="entries-inner" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {shown.map(({ group, first, start, end, rows }) => (
          <section key={group.id} class="group" aria-label={group.label} style={{ top: `${start}px`, height: `${end - start}px` }}>
            <h2 class="group-title" data-index={first} ref={virtualizer.measureElement}>
              {group.label} <span class="muted">{group.entries.length}</span>
            </h2>
            {rows.map((v) => {
              const entry = (items[v.index] as { entry: ReviewEntry }).entry;
              return (
                <EntryRow
                  key={entry.index}
                  entry={entry}
                  sameAs={onePaper.get(entry.index)}
                  checked={selected.has(entry.index)}
                  onToggle={() => onToggle(entry.index)}
                  top={v.start - start}
                  index={v.index}
                  measure={virtualizer.measureElement}
                />
              );
            })}
          </section>
        ))}
      </div>
    </div>
  );
}

/** The earlier row of the page a row is one paper with, and the key they share. */
interface SameAs {
  title: string;
  key: string;
}

/** Identifier kinds that are not also a site's id (arxiv, dblp, openreview read as their site's name). */
const KEY_NAMES: Record<string, string> = { doi: 'DOI', s2: 'Semantic Scholar' };

/** A shared identity key as a reader names it: "arXiv 1811.01331", or the fingerprint's parts. */
function sharedKeyText(key: string): string {
  const colon = key.indexOf(':');
  const name = key.slice(0, colon);
  return name === 'fp' ? 'same title, first author and year' : `same ${KEY_NAMES[name] ?? siteName(name)} ${key.slice(colon + 1)}`;
}

function EntryRow({
  entry,
  sameAs,
  checked,
  onToggle,
  top,
  index,
  measure,
}: {
  entry: ReviewEntry;
  sameAs?: SameAs;
  checked: boolean;
  onToggle: () => void;
  top: number;
  index: number;
  measure: (el: HTMLElement | null) => void;
}) {
  const c = entry.candidate;
  const meta = [c.year ?? c.date?.slice(0, 4), c.venue].filter(Boolean).join(' · ');
  const id = `entry-${entry.index}`;
  return (
    <div role="listitem" class={`entry ${entry.status}`} data-index={index} ref={measure} style={{ transform: `translateY(${top}px)` }}>
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} />
      <label for={id}>
        <span class="title" dir="auto" title={c.title}>
          {c.title}
        </span>
        <Authors names={c.authors} truncated={c.authorsTruncated} total={c.authorCount} />
        {meta && (
          <span class="meta" dir="auto" title={meta}>
            {meta}
          </span>
        )}
        {sameAs && (
          <span class="hint same-paper">
            One paper with “{sameAs.title}” above ({sharedKeyText(sameAs.key)}): saved as one record
          </span>
        )}
        {entry.version && <span class="hint version">{versionLabel(entry.version)}: saved as one record</span>}
        {entry.status === 'update' && entry.changes && (
          <span class="hint">Would add: {entry.changes.map((f) => f.replace('ids.', '')).join(', ')}</span>
        )}
        {entry.possibleMatch && (
          <span class="compare" aria-label="Compared with a saved paper">
            <span>
              <em>In your library</em>
              <span class="title" dir="auto">
                {entry.possibleMatch.title}
              </span>
              <Authors names={entry.possibleMatch.authors} total={entry.possibleMatch.authorCount} />
              {entry.possibleMatch.year && <span class="meta">{entry.possibleMatch.year}</span>}
            </span>
            <span>
              <em>On this page</em>
              <span class="title" dir="auto">
                {c.title}
              </span>
              <Authors names={c.authors} truncated={c.authorsTruncated} total={c.authorCount} />
              {meta && <span class="meta">{meta}</span>}
            </span>
          </span>
        )}
      </label>
      {entry.possibleMatch ? (
        <span class="pill maybe" title="Possibly a paper already in your library: compare them before saving">
          Check
        </span>
      ) : (
        <span class={`pill ${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
      )}
    </div>
  );
}

/** Names a row's tooltip lists (the row shows three). */
const TOOLTIP_AUTHORS = 30;

/** Author names that may be cut by the row's width (one ellipsis), with "+5 more" or "et al." always visible. */
function Authors({ names, truncated, total }: { names: readonly Author[]; truncated?: boolean; total?: number }) {
  const line = authorsLineParts(names, { truncated, total, max: 3 });
  const more = line.hidden > 0 ? ` +${line.hidden} more` : line.etAl ? ' et al.' : '';
  return (
    <span class="authors" title={shortAuthors(names, { truncated, total, max: TOOLTIP_AUTHORS })}>
      <span class="names" dir="auto">
        {line.names}
      </span>
      {more && <span class="more">{more}</span>}
    </span>
  );
}

interface EntryGroup {
  id: string;
  label: string;
  entries: ReviewEntry[];
}

/** New first, then possible duplicates (they need a look), entries a save would enrich, and already saved ones. */
function groupEntries(entries: ReviewEntry[]): EntryGroup[] {
  const groups: EntryGroup[] = [
    { id: 'new', label: 'New', entries: entries.filter((e) => e.status === 'new' && !e.possibleMatch) },
    { id: 'maybe', label: 'Possibly already saved', entries: entries.filter((e) => e.status === 'new' && e.possibleMatch) },
    { id: 'update', label: 'Saved, would be updated', entries: entries.filter((e) => e.status === 'update') },
    { id: 'saved', label: 'Already saved', entries: entries.filter((e) => e.status === 'saved') },
  ];
  return groups.filter((g) => g.entries.length > 0);
}

function StatusLine({ status, onUndo, onReviewAgain }: { status: Status; onUndo: (r: SaveReport) => void; onReviewAgain: () => void }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'busy')
    return (
      <p class="status muted" role="status">
        {status.text}
      </p>
    );
  if (status.kind === 'undone')
    return (
      <p class="status ok" role="status">
        {status.text}
      </p>
    );
  if (status.kind === 'error')
    return (
      <p class="status error" role="alert">
        {status.text}{' '}
        {status.reviewAgain && (
          <button type="button" class="link" onClick={onReviewAgain}>
            Review again
          </button>
        )}
      </p>
    );
  const r = status.report;
  const parts = [`Saved ${r.added}`, `updated ${r.updated}`];
  if (r.unchanged) parts.push(`${r.unchanged} already up to date`);
  // Each record a save wrote is counted once above; ticked entries written into another entry's record are not.
  const records = r.added + r.updated + r.unchanged;
  const folded = status.ticked - records;
  const onePaper =
    folded > 0
      ? ` ${plural(status.ticked, 'ticked entry', 'ticked entries')} are ${plural(records, 'paper')}: ${plural(folded, 'entry was', 'entries were')} the same paper as another ticked entry and saved with it (marked in the list).`
      : '';
  return (
    <p class="status ok" role="status">
      {parts.join(', ')}.{onePaper}{' '}
      {r.undo && (r.added > 0 || r.updated > 0) && (
        <button type="button" class="link" onClick={() => onUndo(r)}>
          Undo
        </button>
      )}
    </p>
  );
}
