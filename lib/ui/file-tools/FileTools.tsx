/**
 * Import a file (preview, then apply in one transaction or not at all) and "Sync with file…" (merge a sync file into
 * the library and write the merged library back to it; Chrome remembers the file, Firefox imports then downloads).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReportList } from './ReportList';
import { getMeta, setMeta, type LibraryDb } from '../../library/store';
import type { ImportFormat } from '../../formats/import';
import type { ImportSummary, ReportExcerpt } from '../../library/import-session';
import type { MergeReport } from '../../library/merge';
// Parsing and merging run in the panel's worker (started on first use): the panel stays responsive during a 20k-paper import.
import { panelWorker as worker } from './file-worker-client';
import './file-tools.css';

/** The File System Access API as Chrome ships it (not in TypeScript's DOM lib). */
interface SyncFileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
  queryPermission?(o: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(o: { mode: 'readwrite' }): Promise<PermissionState>;
}
type PickerWindow = Window & {
  showOpenFilePicker?(o: object): Promise<SyncFileHandle[]>;
  showSaveFilePicker?(o: object): Promise<SyncFileHandle>;
};

const SYNC_HANDLE_KEY = 'syncFileHandle';
const FILE_TYPES = [{ description: 'Papershelf sync file', accept: { 'application/json': ['.json'] } }];
const FORMAT_NAMES: Record<ImportFormat, string> = { sync: 'Papershelf sync file', csl: 'CSL-JSON', bibtex: 'BibTeX' };

export interface SyncToolsProps {
  openDb(): Promise<LibraryDb>;
  download(file: { filename: string; mime: string; text: string }): void;
}

type Preview = Omit<ImportSummary, 'titles'> & { titles: Map<string, string> };

/** A report's summary line: from an import preview's excerpt, or a whole report (file sync). */
function summarise(r: ReportExcerpt | MergeReport): string {
  const n =
    'counts' in r
      ? r.counts
      : { added: r.added.length, updated: Object.keys(r.updated).length, deleted: r.deleted.length, conflicts: r.conflicts.length };
  const parts = [`${n.added} new`, `${n.updated} updated`, `${r.unchanged} unchanged`];
  if (n.deleted) parts.push(`${n.deleted} deleted`);
  if (r.tombstonesChanged) parts.push(`${r.tombstonesChanged} ${r.tombstonesChanged === 1 ? 'deletion' : 'deletions'} recorded`);
  if (n.conflicts) parts.push(`${n.conflicts} ${n.conflicts === 1 ? 'field differs' : 'fields differ'}`);
  return parts.join(', ');
}

export function FileTools({ openDb, download }: SyncToolsProps) {
  const [db, setDb] = useState<LibraryDb | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** The last import can be undone (the worker keeps what it changed) until the next notice. */
  const [canUndoImport, setCanUndoImport] = useState(false);
  const notify = (text: string, undoable = false) => {
    setDone(text);
    setCanUndoImport(undoable);
  };
  const importInput = useRef<HTMLInputElement>(null);
  const syncInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [handle, setHandle] = useState<SyncFileHandle | null>(null);
  const picker = window as PickerWindow;
  const canWriteBack = typeof picker.showOpenFilePicker === 'function';

  useEffect(() => {
    void openDb().then(async (opened) => {
      setDb(opened);
      if (canWriteBack) setHandle((await getMeta<SyncFileHandle>(opened, SYNC_HANDLE_KEY)) ?? null);
    });
  }, []);

  // The file itself goes to the worker, which reads it: a 20 MB string never exists on the panel's thread.
  const readChosen = async (input: HTMLInputElement | null): Promise<{ name: string; file: File } | null> => {
    const file = input?.files?.[0];
    if (!file) return null;
    input!.value = '';
    return { name: file.name, file };
  };

  // A chosen file is read, previewed and applied by the worker, which opens the library itself: none of it waits for
  // the page's connection (a file chosen before it opened was dropped without a word).
  const startImport = async () => {
    const chosen = await readChosen(importInput.current);
    if (!chosen) return;
    setBusy(`Reading ${chosen.name} and comparing it with your library…`);
    try {
      const outcome = await worker.call({ op: 'preview', file: chosen.file, filename: chosen.name });
      if (!outcome.ok) return setError(`Nothing was imported from ${chosen.name}: ${outcome.error}`);
      setPreview({ ...outcome.preview, titles: new Map(outcome.preview.titles) });
    } catch (e) {
      setError(`Nothing was imported: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setBusy('Applying…');
    try {
      const report = await worker.call({ op: 'apply', filename: preview.filename });
      notify(`Imported ${preview.filename}: ${summarise(report)}.`, true);
      setPreview(null);
    } catch (e) {
      setError(`The import failed and nothing was changed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const undoImport = async () => {
    setCanUndoImport(false);
    setBusy('Undoing the import…');
    try {
      notify((await worker.call({ op: 'undoImport' })).message);
    } catch (e) {
      setError(`Undo failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const syncHandle = async (h: SyncFileHandle) => {
    if (!db) return;
    if (h.queryPermission && (await h.queryPermission({ mode: 'readwrite' })) !== 'granted') {
      if (!h.requestPermission || (await h.requestPermission({ mode: 'readwrite' })) !== 'granted') {
        return setError(`Papershelf needs permission to read and write ${h.name} to sync with it.`);
      }
    }
    setBusy(`Syncing with ${h.name}…`);
    try {
      const outcome = await worker.call({ op: 'sync', file: await h.getFile(), filename: h.name });
      if (!outcome.ok) return setError(outcome.error);
      const writable = await h.createWritable();
      await writable.write(outcome.output);
      await writable.close();
      await setMeta(db, SYNC_HANDLE_KEY, h);
      setHandle(h);
      notify(
        `Synced with ${h.name}: ${outcome.report ? summarise(outcome.report) : 'new sync file written'}; ${outcome.papers} papers in both.`,
      );
    } catch (e) {
      setError(`Sync with ${h.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const chooseAndSync = async (create: boolean) => {
    try {
      const h = create
        ? await picker.showSaveFilePicker!({ suggestedName: 'papershelf-sync.json', types: FILE_TYPES })
        : (await picker.showOpenFilePicker!({ types: FILE_TYPES, multiple: false }))[0];
      if (h) await syncHandle(h);
    } catch (e) {
      if ((e as DOMException)?.name !== 'AbortError') setError(`Could not open the file: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  /** Firefox: no writable file handles. Merge the chosen file, then download the merged library under the same name. */
  const syncByDownload = async () => {
    const chosen = await readChosen(syncInput.current);
    if (!chosen) return;
    setBusy(`Syncing with ${chosen.name}…`);
    try {
      const outcome = await worker.call({ op: 'sync', file: chosen.file, filename: chosen.name });
      if (!outcome.ok) return setError(outcome.error);
      download({ filename: chosen.name, mime: 'application/json', text: outcome.output });
      notify(
        `Merged ${chosen.name} (${outcome.report ? summarise(outcome.report) : 'empty file'}). Save the downloaded file over the old one to finish the sync.`,
      );
    } catch (e) {
      setError(`Sync with ${chosen.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="sync-tools">
      <button type="button" class="btn" disabled={!db} onClick={() => importInput.current?.click()}>
        Import…
      </button>
      <input
        ref={importInput}
        type="file"
        accept=".json,.bib,.bibtex,application/json"
        hidden
        aria-label="Import file"
        onChange={() => void startImport()}
      />
      {canWriteBack ? (
        <>
          {handle && (
            <button
              type="button"
              class="btn"
              disabled={!db}
              onClick={() => void syncHandle(handle)}
              title={`Merge ${handle.name} into the library and write the result back`}
            >
              Sync ({handle.name})
            </button>
          )}
          <button type="button" class="btn" disabled={!db} onClick={() => void chooseAndSync(false)}>
            {handle ? 'Sync with another file…' : 'Sync with file…'}
          </button>
          <button
            type="button"
            class="btn"
            disabled={!db}
            onClick={() => void chooseAndSync(true)}
            title="Start a new sync file, e.g. in a Dropbox or Syncthing folder"
          >
            New sync file…
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            class="btn"
            disabled={!db}
            onClick={() => syncInput.current?.click()}
            title="This browser cannot write to a file in place: the file you choose is merged into the library, then the merged file is downloaded for you to save over it"
          >
            Sync with file…
          </button>
          <input
            ref={syncInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Sync file"
            onChange={() => void syncByDownload()}
          />
        </>
      )}
      {(busy ?? done) && (
        <p class="sync-status" role="status">
          {busy ?? done}{' '}
          {!busy && canUndoImport && (
            <button type="button" class="link" onClick={() => void undoImport()}>
              Undo
            </button>
          )}
          {!busy && (
            <button type="button" class="link" onClick={() => setDone(null)} aria-label="Dismiss">
              ×
            </button>
          )}
        </p>
      )}
      {error && (
        <div class="sync-dialog" role="alertdialog" aria-label="Import problem">
          <p role="alert">{error}</p>
          <button type="button" class="btn" onClick={() => setError(null)}>
            OK
          </button>
        </div>
      )}
      {preview && (
        <PreviewDialog
          preview={preview}
          busy={!!busy}
          onApply={() => void apply()}
          onCancel={() => {
            setPreview(null);
            void worker.call({ op: 'cancel' });
          }}
        />
      )}
    </div>
  );
}

const LIST_LIMIT = 30;

/** A reported value as text: "(none)" when a side has none, long values cut short. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  const s = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function PreviewDialog({ preview, busy, onApply, onCancel }: { preview: Preview; busy: boolean; onApply(): void; onCancel(): void }) {
  const r = preview.report;
  const title = (id: string) => preview.titles.get(id) ?? id;
  const updated = Object.entries(r.updated);
  const nothing = !r.hasWork;
  return (
    <div
      class="sync-dialog"
      role="dialog"
      aria-modal="true"
      aria-label={`Import ${preview.filename}`}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h2>Import {preview.filename}</h2>
      <p class="muted">
        {FORMAT_NAMES[preview.format]} · {preview.papersInFile.toLocaleString('en')} papers in the file
      </p>
      <p>
        <strong>{summarise(r)}</strong>
      </p>
      {preview.warnings.length > 0 && (
        <details>
          <summary>{preview.warnings.length} warnings</summary>
          <ul>
            {preview.warnings.slice(0, LIST_LIMIT).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      <ReportList label="New" total={r.counts.added} items={r.added.map((id) => title(id))} />
      <ReportList label="Updated" total={r.counts.updated} items={updated.map(([id, fields]) => `${title(id)} — ${fields.join(', ')}`)} />
      <ReportList
        label="Fields that differ (the newer edit wins)"
        total={r.counts.conflicts}
        items={r.conflicts.map(
          (c) =>
            `${title(c.paperId)} — ${c.field}: kept the ${c.winner === 'local' ? 'library’s' : 'file’s'} ${shown(c.winner === 'local' ? c.local : c.incoming)} over the ${c.winner === 'local' ? 'file’s' : 'library’s'} ${shown(c.winner === 'local' ? c.incoming : c.local)} (${c.reason})`,
        )}
      />
      <ReportList label="Deleted (deleted on the other device)" total={r.counts.deleted} items={r.deleted.map((id) => title(id))} />
      <ReportList
        label="Kept despite a deletion (edited after it)"
        total={r.counts.keptDespiteDeletion}
        items={r.keptDespiteDeletion.map((id) => title(id))}
      />
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="btn primary" disabled={busy || nothing} onClick={onApply} autoFocus>
          {nothing ? 'Nothing to import' : 'Apply import'}
        </button>
      </div>
    </div>
  );
}
