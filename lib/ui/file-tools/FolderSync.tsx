/**
 * The sync folder in the side panel (lib/library/folder-sync.ts): one file per device in a folder that Dropbox, Drive,
 * OneDrive, iCloud or Syncthing carries between devices. Chrome keeps the folder's handle in the library's meta and
 * syncs by itself: when the panel opens, after every library write (debounced) and on a timer while the panel is
 * open; the work runs in the panel's worker. Firefox has no folder handles: the dialog says so and merges chosen
 * device files, then downloads this device's file (or use the CLI).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReportList } from './ReportList';
import { CHANNEL, deviceId, getMeta, setMeta, type LibraryDb } from '../../library/store';
import { ago, cleanDeviceName, deviceFileName, syncStatusLine } from '../../library/folder-sync';
import { nextSummary, type FolderSyncSummary } from './folder-summary';
import { panelWorker as worker } from './file-worker-client';

/** Chrome's permission calls on handles (not in TypeScript's DOM lib). */
type FolderHandle = FileSystemDirectoryHandle & {
  queryPermission?(o: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(o: { mode: 'readwrite' }): Promise<PermissionState>;
};
type PickerWindow = Window & { showDirectoryPicker?(o: object): Promise<FolderHandle> };

const HANDLE_KEY = 'syncFolderHandle';
const LAST_KEY = 'syncFolderLast';
const DEVICE_KEY = 'deviceName';
/** After a library write, wait this long for more before syncing. */
const AFTER_WRITE_MS = 2000;
/** While the panel is open, sync this often (other devices' files arrive through the sync service). */
const TIMER_MS = 60_000;
/** Writes the sync itself makes ('sync') and settings ('meta') do not start another sync. */
const QUIET_REASONS = new Set(['sync', 'meta']);

function platformName(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const p = `${nav.userAgentData?.platform ?? ''} ${navigator.platform} ${navigator.userAgent}`;
  if (/android/i.test(p)) return 'Android';
  if (/cros/i.test(p)) return 'ChromeOS';
  if (/mac/i.test(p)) return 'Mac';
  if (/win/i.test(p)) return 'Windows';
  if (/linux/i.test(p)) return 'Linux';
  return 'Device';
}

/** The default name: the platform and a few characters of this installation's id, so two Macs differ. */
async function defaultDeviceName(db: LibraryDb): Promise<string> {
  return `${platformName()} ${(await deviceId(db)).replace(/[^a-z0-9]/gi, '').slice(0, 4)}`;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function failed(device: string, folder: string, e: unknown, fix: string): FolderSyncSummary {
  return {
    at: Date.now(),
    ok: false,
    device,
    folder,
    ownFile: deviceFileName(device),
    devices: [],
    files: [],
    counts: { added: 0, updated: 0, deleted: 0, keptDespiteDeletion: 0, conflicts: 0 },
    added: [],
    updated: [],
    deleted: [],
    conflicts: [],
    wrote: null,
    problems: [{ error: message(e), fix }],
    warnings: [],
  };
}

export function FolderSync({
  openDb,
  download,
}: {
  openDb(): Promise<LibraryDb>;
  download(file: { filename: string; mime: string; text: string }): void;
}) {
  const supported = typeof (window as PickerWindow).showDirectoryPicker === 'function';
  const [db, setDb] = useState<LibraryDb | null>(null);
  const [handle, setHandle] = useState<FolderHandle | null>(null);
  const [permission, setPermission] = useState<PermissionState | null>(null);
  const [device, setDevice] = useState('');
  const [last, setLast] = useState<FolderSyncSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [open, setOpen] = useState(false);
  const [now, setNow] = useState(Date.now());
  const filesInput = useRef<HTMLInputElement>(null);
  // The latest state for callbacks that outlive a render (timer, broadcast listener).
  const state = useRef({ db, handle, permission, device, last, running: false, again: false });
  Object.assign(state.current, { db, handle, permission, device });

  const record = async (fresh: FolderSyncSummary) => {
    const summary = nextSummary(state.current.last, fresh);
    state.current.last = summary;
    setLast(summary);
    const current = state.current.db;
    if (current) await setMeta(current, LAST_KEY, summary).catch(() => {});
  };

  /** One sync at a time; a request while one runs runs once more after it. */
  const sync = async () => {
    const s = state.current;
    if (!s.db || !s.handle || s.permission !== 'granted' || !s.device) return;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    setRunning(true);
    try {
      const summary = await worker.call({ op: 'folderSync', folder: s.handle, device: s.device });
      await record(summary);
      // A dropped permission shows as a failure: ask the browser what it is now, so the panel offers the one click.
      if (!summary.ok && s.handle.queryPermission) setPermission(await s.handle.queryPermission({ mode: 'readwrite' }));
    } catch (e) {
      await record(failed(s.device, s.handle.name, e, 'Sync again; the library was not changed by the failed sync.'));
    } finally {
      s.running = false;
      setRunning(false);
      setNow(Date.now());
      if (s.again) {
        s.again = false;
        void sync();
      }
    }
  };

  // Settings and the first sync wait until the panel's first rows are up (its first render has a time budget).
  useEffect(() => {
    const start = () =>
      void openDb().then(async (opened) => {
        const name = (await getMeta<string>(opened, DEVICE_KEY)) ?? (await defaultDeviceName(opened));
        const stored = supported ? ((await getMeta<FolderHandle>(opened, HANDLE_KEY)) ?? null) : null;
        const previous = (await getMeta<FolderSyncSummary>(opened, LAST_KEY)) ?? null;
        const granted = stored?.queryPermission ? await stored.queryPermission({ mode: 'readwrite' }).catch(() => 'denied' as const) : null;
        Object.assign(state.current, { db: opened, handle: stored, permission: granted, device: name, last: previous });
        setDb(opened);
        setDevice(name);
        setHandle(stored);
        setPermission(granted);
        setLast(previous);
        if (stored && granted === 'granted') void sync(); // the panel opened
      });
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 200);
    return () => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(idle as number) : clearTimeout(idle));
  }, []);

  // After every library write (any page, the background, this panel), debounced; and on a timer while open.
  useEffect(() => {
    if (!supported) return;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<{ type?: string; reason?: string }>) => {
      if (event.data?.type !== 'changed' || QUIET_REASONS.has(event.data.reason ?? '')) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => void sync(), AFTER_WRITE_MS);
    };
    const timer = setInterval(() => {
      setNow(Date.now());
      if (!document.hidden) void sync();
    }, TIMER_MS);
    return () => {
      channel.close();
      clearTimeout(debounce);
      clearInterval(timer);
    };
  }, []);

  const choose = async () => {
    if (!db) return;
    try {
      const picked = await (window as PickerWindow).showDirectoryPicker!({ id: 'papershelf-sync', mode: 'readwrite' });
      await setMeta(db, HANDLE_KEY, picked);
      if (!(await getMeta<string>(db, DEVICE_KEY))) await setMeta(db, DEVICE_KEY, device);
      const granted = picked.queryPermission ? await picked.queryPermission({ mode: 'readwrite' }) : 'granted';
      Object.assign(state.current, { handle: picked, permission: granted });
      setHandle(picked);
      setPermission(granted);
      await sync();
    } catch (e) {
      if ((e as DOMException)?.name !== 'AbortError') await record(failed(device, '', e, 'Choose the folder again.'));
    }
  };

  /** The browser dropped the permission (a restart, a revoked grant): one click asks for it again. */
  const allow = async () => {
    if (!handle?.requestPermission) return;
    const granted = await handle.requestPermission({ mode: 'readwrite' }).catch(() => 'denied' as const);
    Object.assign(state.current, { permission: granted });
    setPermission(granted);
    if (granted === 'granted') await sync();
  };

  const rename = async (typed: string) => {
    const name = cleanDeviceName(typed);
    if (!db || !name || name === device) return;
    await setMeta(db, DEVICE_KEY, name);
    Object.assign(state.current, { device: name });
    setDevice(name);
    await sync();
  };

  /** Firefox: merge the chosen device files, then download this device's file to save into the folder. */
  const mergeChosen = async () => {
    const input = filesInput.current;
    const files = [...(input?.files ?? [])];
    if (input) input.value = '';
    if (!files.length || !device || !db) return;
    setRunning(true);
    try {
      if (!(await getMeta<string>(db, DEVICE_KEY))) await setMeta(db, DEVICE_KEY, device);
      const { summary, output } = await worker.call({ op: 'folderSyncFiles', files, device });
      await record(summary);
      if (output) download({ filename: output.name, mime: 'application/json', text: output.text });
    } catch (e) {
      await record(failed(device, `${files.length} chosen files`, e, 'Choose the files again; the library was not changed.'));
    } finally {
      setRunning(false);
      setNow(Date.now());
    }
  };

  const status = (): { text: string; tone?: 'error' } | null => {
    if (running) return { text: handle ? `Syncing with the folder “${handle.name}”…` : 'Syncing…' };
    if (handle && permission !== 'granted')
      return { text: `Papershelf needs your permission again to sync with the folder “${handle.name}”.`, tone: 'error' };
    if (!last) return null;
    if (!last.ok)
      return { text: `Sync failed: ${last.problems[0]?.error ?? 'unknown error'}. ${last.problems[0]?.fix ?? ''}`, tone: 'error' };
    return { text: `${syncStatusLine({ ...last, at: last.checkedAt ?? last.at }, now)}.` };
  };
  const line = status();

  return (
    <>
      <button type="button" class="btn" disabled={!db} aria-expanded={open} onClick={() => setOpen(!open)}>
        Sync folder…
      </button>
      {line && (supported ? handle : last) && (
        <p class={`sync-status folder-sync-status ${line.tone ?? ''}`} role="status" aria-label="Sync folder status">
          {line.text}{' '}
          {handle && permission !== 'granted' && !running && (
            <button type="button" class="link" onClick={() => void allow()}>
              Allow access
            </button>
          )}
          {last && !running && (
            <button type="button" class="link" onClick={() => setOpen(true)}>
              Report
            </button>
          )}
        </p>
      )}
      {open && (
        <div class="sync-dialog" role="dialog" aria-label="Sync folder" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <h2>Sync folder</h2>
          <p class="muted">
            Each device writes only its own file, <code>{deviceFileName(device || 'device')}</code> here, in a folder your file-sync service
            (Dropbox, Google Drive, OneDrive, iCloud, Syncthing) carries between devices, and merges every other device’s file, conflicted
            copies included. Nothing is deleted; a device whose file leaves the folder keeps its papers.
          </p>
          <DeviceName device={device} onRename={(n) => void rename(n)} />
          {supported ? (
            <p>
              {handle ? (
                <>
                  Folder: <strong>{handle.name}</strong>. Syncs when this panel opens, after every change and every minute while it is
                  open.{' '}
                </>
              ) : (
                'No folder chosen yet. '
              )}
              <button type="button" class="btn" onClick={() => void choose()}>
                {handle ? 'Change folder…' : 'Choose folder…'}
              </button>{' '}
              {handle && permission === 'granted' && (
                <button type="button" class="btn" disabled={running} onClick={() => void sync()}>
                  Sync now
                </button>
              )}
              {handle && permission !== 'granted' && (
                <button type="button" class="btn primary" onClick={() => void allow()}>
                  Allow access to “{handle.name}”
                </button>
              )}
            </p>
          ) : (
            <>
              <p role="note">
                This browser cannot keep a folder, so Papershelf cannot sync it by itself here. Use the same folder by hand: choose every{' '}
                <code>papershelf-*.json</code> file in it below (they are merged into the library), then save the downloaded{' '}
                <code>{deviceFileName(device || 'device')}</code> into the folder. Or let a script do both:{' '}
                <code>npm run --silent cli -- sync &lt;folder&gt; --device &lt;name&gt; --library &lt;library.json&gt;</code>.
              </p>
              <button type="button" class="btn" disabled={!db || running} onClick={() => filesInput.current?.click()}>
                Merge device files…
              </button>
              <input
                ref={filesInput}
                type="file"
                multiple
                accept=".json,application/json"
                hidden
                aria-label="Device files"
                onChange={() => void mergeChosen()}
              />
            </>
          )}
          {last && <Report summary={last} now={now} />}
          <div class="dialog-actions">
            <button type="button" class="btn" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function DeviceName({ device, onRename }: { device: string; onRename(name: string): void }) {
  const [typed, setTyped] = useState(device);
  useEffect(() => setTyped(device), [device]);
  return (
    <form
      class="device-name"
      onSubmit={(e) => {
        e.preventDefault();
        onRename(typed);
      }}
    >
      <label>
        This device’s name{' '}
        <input value={typed} maxLength={60} onInput={(e) => setTyped(e.currentTarget.value)} aria-label="This device’s name" />
      </label>{' '}
      <button type="submit" class="btn" disabled={!cleanDeviceName(typed) || cleanDeviceName(typed) === device}>
        Rename
      </button>
    </form>
  );
}

/** A reported value as text: "(none)" when a side has none, long values cut short. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  const s = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

const FILE_STATUS = { merged: 'merged', unchanged: 'unchanged since the last sync', skipped: 'skipped' } as const;

function Report({ summary: r, now }: { summary: FolderSyncSummary; now: number }) {
  const c = r.counts;
  return (
    <section class="folder-report" aria-label="Last sync report">
      <h3>
        Last sync with news {ago(r.at, now)} ({new Date(r.at).toLocaleString()}) as “{r.device}”
        {r.checkedAt ? `; checked again ${ago(r.checkedAt, now)}, nothing new` : ''}
      </h3>
      {r.problems.map((p, i) => (
        <p key={i} role="alert">
          {p.error}. <strong>{p.fix}</strong>
        </p>
      ))}
      {r.warnings.map((w, i) => (
        <p key={i} class="warning">
          {w}
        </p>
      ))}
      {r.ok && (
        <p>
          Came in: {c.added} new, {c.updated} updated, {c.deleted} deleted
          {c.keptDespiteDeletion ? `, ${c.keptDespiteDeletion} kept despite a deletion (edited after it)` : ''}; {c.conflicts}{' '}
          {c.conflicts === 1 ? 'field differed' : 'fields differed'}.{' '}
          {r.wrote ? `Wrote ${r.wrote.file} (${r.wrote.papers} papers).` : `${r.ownFile} was already up to date.`}
          {r.keptAside ? ` This device’s unreadable file was kept as ${r.keptAside}.` : ''}
        </p>
      )}
      {r.files.length > 0 && (
        <ul class="folder-files">
          {r.files.map((f) => (
            <li key={f.file}>
              <code>{f.file}</code>:{' '}
              {f.kind === 'conflicted copy'
                ? `conflicted copy of ${f.copyOf}`
                : f.kind === 'this device'
                  ? 'this device'
                  : `device “${f.device}”`}
              , {FILE_STATUS[f.status]}
              {f.papers !== undefined ? ` (${f.papers} papers)` : ''}
              {f.error && (
                <>
                  : {f.error}. <strong>{f.fix}</strong>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ReportList label="New" items={r.added.map((p) => p.title)} total={c.added} />
      <ReportList label="Updated" items={r.updated.map((p) => `${p.title} — ${p.fields.join(', ')}`)} total={c.updated} />
      <ReportList
        label="Fields that differed (the newer edit wins)"
        items={r.conflicts.map(
          (x) => `${x.title} — ${x.field}: kept ${shown(x.kept)} from ${x.keptFrom} over ${shown(x.over)} from ${x.overFrom} (${x.reason})`,
        )}
        total={c.conflicts}
      />
      <ReportList label="Deleted (deleted on another device)" items={r.deleted} total={c.deleted} />
    </section>
  );
}
