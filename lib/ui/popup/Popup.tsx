import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Author, Review, ReviewEntry, SaveReport, UndoOutcome } from '../../model';
import { plural, shortAuthors, siteName } from '../format-display';

export interface PopupApi {
  review(): Promise<{ ok: true; review: Review } | { ok: false; error: string }>;
  save(indices: number[], tags: string[]): Promise<{ ok: true; report: SaveReport } | { ok: false; error: string }>;
  undo(undo: NonNullable<SaveReport['undo']>): Promise<{ ok: true; outcome: UndoOutcome } | { ok: false; error?: string }>;
  exportLibrary(format: 'bibtex' | 'json' | 'csl'): Promise<void>;
  openLibrary(): Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; report: SaveReport } | { kind: 'undone'; text: string } | { kind: 'error'; text: string };

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
  const scan = review?.scan;
  const saveButton = useRef<HTMLButtonElement>(null);

  const load = async () => {
    const r = await api.review();
    if (!r.ok) {
      setLoadError(r.error);
      return;
    }
    setReview(r.review);
    setSelected(defaultSelection(r.review.entries));
  };
  useEffect(() => {
    void load();
  }, []);

  const counts = useMemo(() => {
    const c = { new: 0, saved: 0, update: 0 };
    for (const e of review?.entries ?? []) c[e.status]++;
    return c;
  }, [review]);

  const groups = useMemo(() => groupEntries(review?.entries ?? []), [review]);
  const suggestedTag = scan?.context?.name ?? (scan?.kind === 'lab' ? scan?.context?.title : undefined);

  const tags = tagText
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

  const save = async () => {
    if (!selected.size) return;
    setStatus({ kind: 'busy', text: `Saving ${plural(selected.size, 'paper')}…` });
    const r = await api.save([...selected].sort((a, b) => a - b), tags);
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    setStatus({ kind: 'done', report: r.report });
    await load();
  };

  const undo = async (report: SaveReport) => {
    if (!report.undo) return;
    const r = await api.undo(report.undo);
    setStatus(r.ok ? { kind: 'undone', text: r.outcome.message } : { kind: 'error', text: r.error ?? 'Undo failed.' });
    await load();
  };

  const toggle = (index: number) => {
    const next = new Set(selected);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setSelected(next);
  };
  const selectWhere = (pred: (e: ReviewEntry) => boolean) => setSelected(new Set((review?.entries ?? []).filter(pred).map((e) => e.index)));

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
  };

  const contextLine = scan?.context?.name ?? scan?.context?.title ?? scan?.context?.query;

  return (
    <div class="popup" onKeyDown={onKeyDown}>
      <header class="popup-header">
        <div class="brand">
          <span class="logo" aria-hidden="true">▤</span>
          <div>
            <h1>Papershelf</h1>
            <p class="muted">{scan ? `${siteName(scan.site)}${contextLine ? ` · ${contextLine}` : ''}` : 'This page'}</p>
          </div>
        </div>
        <button type="button" class="ghost" onClick={() => void api.openLibrary()} title="Open the library in the side panel">
          Library
        </button>
      </header>

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
            Papershelf reads publication lists: author profiles, daily feeds, lab publication pages. To capture text from any page, select it
            and choose “Capture selection as papers” from the context menu, or paste it into the library’s paste box.
          </p>
        </div>
      )}

      {review && review.entries.length > 0 && (
        <>
          <div class="summary" aria-live="polite">
            <strong>{plural(review.entries.length, 'paper')}</strong>
            <span class="pill new">{counts.new} new</span>
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
            <button type="button" class="link" onClick={() => selectWhere((e) => e.status === 'new')}>
              Only new
            </button>
          </div>
          <div class="entries" role="list" aria-label="Papers on this page">
            {groups.map((g) => (
              <section key={g.id} class="group" aria-label={g.label}>
                <h2 class="group-title">
                  {g.label} <span class="muted">{g.entries.length}</span>
                </h2>
                {g.entries.map((e) => (
                  <EntryRow key={e.index} entry={e} checked={selected.has(e.index)} onToggle={() => toggle(e.index)} />
                ))}
              </section>
            ))}
          </div>
        </>
      )}

      {review && review.entries.length > 0 && (
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
            />
          </label>
          <button ref={saveButton} type="button" class="primary" disabled={!selected.size || status.kind === 'busy'} onClick={() => void save()}>
            {selected.size ? `Save ${plural(selected.size, 'paper')}` : 'Save (nothing selected)'}
          </button>
        </footer>
      )}
      <StatusLine status={status} onUndo={undo} />

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

function EntryRow({ entry, checked, onToggle }: { entry: ReviewEntry; checked: boolean; onToggle: () => void }) {
  const c = entry.candidate;
  const meta = [c.year ?? c.date?.slice(0, 4), c.venue].filter(Boolean).join(' · ');
  const id = `entry-${entry.index}`;
  return (
    <div role="listitem" class={`entry ${entry.status}`}>
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} />
      <label for={id}>
        <span class="title">{c.title}</span>
        <Authors names={c.authors} truncated={c.authorsTruncated} total={c.authorCount} />
        {meta && <span class="meta">{meta}</span>}
        {entry.status === 'update' && entry.changes && <span class="hint">Would add: {entry.changes.map((f) => f.replace('ids.', '')).join(', ')}</span>}
        {entry.possibleMatch && (
          <span class="compare" aria-label="Compared with a saved paper">
            <span>
              <em>In your library</em>
              <span class="title">{entry.possibleMatch.title}</span>
              <Authors names={entry.possibleMatch.authors} total={entry.possibleMatch.authorCount} />
              {entry.possibleMatch.year && <span class="meta">{entry.possibleMatch.year}</span>}
            </span>
            <span>
              <em>On this page</em>
              <span class="title">{c.title}</span>
              <Authors names={c.authors} truncated={c.authorsTruncated} total={c.authorCount} />
              {meta && <span class="meta">{meta}</span>}
            </span>
          </span>
        )}
      </label>
      <span class={`pill ${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
    </div>
  );
}

/** Author names that may be cut by the row's width, with the count of the rest always visible. */
function Authors({ names, truncated, total }: { names: readonly Author[]; truncated?: boolean; total?: number }) {
  const text = shortAuthors(names, { truncated, total, max: 3 });
  const cut = /^(.*?)(, … \+\d+| et al\.)$/.exec(text);
  return (
    <span class="authors">
      <span class="names">{cut ? cut[1] : text}</span>
      {cut && <span class="more">{cut[2]}</span>}
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

function StatusLine({ status, onUndo }: { status: Status; onUndo: (r: SaveReport) => void }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'busy') return <p class="status muted" role="status">{status.text}</p>;
  if (status.kind === 'undone') return <p class="status ok" role="status">{status.text}</p>;
  if (status.kind === 'error')
    return (
      <p class="status error" role="alert">
        {status.text}
      </p>
    );
  const r = status.report;
  const parts = [`Saved ${r.added}`, `updated ${r.updated}`];
  if (r.unchanged) parts.push(`${r.unchanged} already up to date`);
  return (
    <p class="status ok" role="status">
      {parts.join(', ')}.{' '}
      {r.undo && (r.added > 0 || r.updated > 0) && (
        <button type="button" class="link" onClick={() => onUndo(r)}>
          Undo
        </button>
      )}
    </p>
  );
}
