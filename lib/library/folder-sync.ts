/**
 * The sync folder: one file per device, `papershelf-<device>.json` in the sync format. A device writes only its own
 * file and merges every other file in the folder into its library, the conflicted copies a file-sync service makes
 * included ("papershelf-laptop (conflicted copy 2026-12-01).json", "papershelf-laptop.sync-conflict-….json"): they
 * hold real changes. Merge is commutative, associative and idempotent, so the order of files and of devices does not
 * matter, and a device whose file leaves the folder keeps its papers (deletion comes only from tombstones).
 *
 * Pure logic behind two small interfaces, so the extension and the CLI run exactly this code:
 * - SyncFolder: list, read and write files (lib/cli/node-folder.ts: Node fs; lib/library/fsa-folder.ts: File System
 *   Access, a picked directory or the origin-private file system);
 * - SyncLibrary: read the library and merge into it in one atomic step (lib/library/file-sync.ts: the IndexedDB
 *   store, through its one writer; lib/cli/sync.ts: a library file).
 */
import { MERGED_FIELDS, SyncFile, type MergedField, type Paper } from '../model';
import { parseImport } from '../formats/import';
import { decodeImportBytes, MAX_IMPORT_BYTES, tooLargeMessage } from '../formats/decode';
import { serialiseSyncFile, toSyncFile } from '../formats/json';
import { deepEqual, type FieldConflict, type Library, type MergeReport } from './merge';

/** A file in the folder as listed: what tells a changed file from one already merged. */
export interface FolderEntry {
  name: string;
  size: number;
  lastModified: number;
}

export interface SyncFolder {
  /** The folder as the user knows it: a path, a folder name. */
  readonly label: string;
  /** The files directly in the folder (no subfolders). */
  list(): Promise<FolderEntry[]>;
  read(name: string): Promise<Uint8Array>;
  /**
   * Replace (or create) `name` whole, never leaving half a file: File System Access commits on close, Node writes a
   * temporary file and renames it. Returns the file's entry after the write.
   */
  write(name: string, data: string | Uint8Array): Promise<FolderEntry>;
}

export interface SyncLibrary {
  read(): Promise<Library>;
  /** Merge `incoming` into the library in one atomic step (all or nothing); the report is from the library's side. */
  merge(incoming: Library): Promise<MergeReport>;
}

/** A folder failure with what the user can do about it. Folder implementations throw it with their own fix. */
export class FolderError extends Error {
  override name = 'FolderError';
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

const MAX_DEVICE_NAME = 60;

/** A device name as typed: one line, trimmed, capped; '' when nothing is left. */
export function cleanDeviceName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_DEVICE_NAME);
}

/** The device name as it appears in a file name: lower case letters, digits and hyphens ("Anna's Mac" -> "anna-s-mac"). */
function deviceSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'device';
}

export const deviceFileName = (device: string) => `papershelf-${deviceSlug(device)}.json`;

export type FileKind = 'this device' | 'device' | 'conflicted copy';

/**
 * Which device files are: `papershelf-<device>.json` is a device's own file; a name with anything more (a space,
 * brackets, a dot: what Dropbox, Google Drive, OneDrive, iCloud, Nextcloud and Syncthing add when two writes
 * collide) is a conflicted copy of the file its name starts with. Anything else in the folder is not ours.
 */
export function classifyFile(name: string, ownFile: string): { kind: FileKind; device: string; copyOf?: string } | null {
  const m = /^papershelf-(.+)\.json$/i.exec(name);
  if (!m) return null;
  const stem = m[1]!;
  if (/^[A-Za-z0-9_-]+$/.test(stem)) return { kind: name === ownFile ? 'this device' : 'device', device: stem };
  const base = /^[^ .(]+/.exec(stem)?.[0] ?? stem;
  return { kind: 'conflicted copy', device: base, copyOf: `papershelf-${base}.json` };
}

export interface FileReport {
  file: string;
  kind: FileKind;
  /** The device the file belongs to (for a conflicted copy: the device of the file it copies). */
  device: string;
  copyOf?: string;
  /** merged: read and merged now; unchanged: the same size and time as when this session last merged it; skipped: unreadable. */
  status: 'merged' | 'unchanged' | 'skipped';
  papers?: number;
  tombstones?: number;
  /** When the device wrote the file (its `exportedAt`). */
  writtenAt?: number;
  error?: string;
  fix?: string;
}

/** A field where this library and the folder's files differ (merge.ts), and the files holding the incoming value. */
type ConflictReport = FieldConflict & { from: string[] };

/** What one sync did. Printed as JSON by the CLI (README, "Sync folder"); shown by the side panel. */
export interface FolderSyncReport {
  at: number;
  device: string;
  folder: string;
  ownFile: string;
  /** False when the folder could not be read or this device's file not written (`problems` says why and the fix). */
  ok: boolean;
  files: FileReport[];
  /** Other devices whose files are in the folder and readable (conflicted copies count for the device they copy). */
  devices: string[];
  /** What the merge did to this library (null when no file was read). */
  merge: MergeReport | null;
  /** Every field where this library and the folder held different values, whichever won, with both values. */
  conflicts: ConflictReport[];
  /** This device's file as written (null: unchanged, so not rewritten, or not written at all). */
  wrote: { file: string; papers: number; tombstones: number } | null;
  /** An unreadable file of this device set aside (never deleted) before this device's file was rewritten. */
  keptAside?: string;
  problems: { error: string; fix: string }[];
  warnings: string[];
}

/**
 * What earlier syncs of one session (the side panel's worker while the panel is open) already merged, so a timer or a
 * write does not re-read and re-merge files that did not change. The CLI starts each run without it.
 */
export interface SyncMemory {
  /** File name -> the entry when it was last read, and the report then (a skipped file keeps being reported). */
  seen: Map<string, { entry: FolderEntry; report: FileReport }>;
  /** This device's file as last read or written: its entry and the digest of its content without the write time. */
  own?: { entry: FolderEntry; digest: string };
}

export const newSyncMemory = (): SyncMemory => ({ seen: new Map() });

export interface SyncOptions {
  /** This device's name (shown in reports; its file is deviceFileName(device)). */
  device: string;
  /** This installation's id, written in its file: two installations with one name are told apart by it. */
  deviceId: string;
  now?: number;
  memory?: SyncMemory;
  /**
   * The caller knows the library was not written since the last sync of this session (the side panel's worker follows
   * the change broadcast): with no file to merge and this device's file as last written, it is not rebuilt.
   */
  libraryUnchanged?: boolean;
}

const sameEntry = (a: FolderEntry, b: FolderEntry) => a.size === b.size && a.lastModified === b.lastModified;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 300);

/** The file's content without its write time: equal when the library it holds is the same. */
async function contentDigest(text: string): Promise<string> {
  const normalised = text.replace(/^(\{"format":"[^"]*","schemaVersion":\d+,"exportedAt":)-?\d+(\.\d+)?/, '$10');
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalised));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type Parsed = { ok: true; file: SyncFile; text: string } | { ok: false; error: string };

function parseDeviceFile(bytes: Uint8Array, name: string): Parsed {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(bytes.byteLength) };
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  if (decoded.warnings.length) return { ok: false, error: `${decoded.warnings[0]}; a sync file is always UTF-8` };
  const parsed = parseImport(decoded.text, name);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.format !== 'sync') return { ok: false, error: `it is ${parsed.format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'}, not a sync file` };
  // The envelope's own fields, from the file's head (parseImport validated them; the sync format writes them first).
  const head = decoded.text.slice(0, 2000);
  const exportedAt = Number(/"exportedAt"\s*:\s*(\d+)/.exec(head)?.[1] ?? 0);
  const deviceId = /"deviceId"\s*:\s*"([^"\\]{0,100})"/.exec(head)?.[1] ?? '';
  return { ok: true, text: decoded.text, file: toSyncFile(parsed.papers, parsed.tombstones, deviceId, exportedAt) };
}

/** A conflict field's value in one record, spelt as the merge report spells it. */
function fieldValue(p: Paper, field: string): unknown {
  if (field.startsWith('tag:')) {
    const tag = field.slice(4);
    const state = Object.hasOwn(p.tags, tag) ? p.tags[tag] : undefined;
    return state ? (state.on ? 'tagged' : 'removed') : undefined;
  }
  if (field.startsWith('ids.')) return (p.ids as Record<string, unknown>)[field.slice(4)];
  return (MERGED_FIELDS as readonly string[]).includes(field) ? (p[field as MergedField] ?? null) : undefined;
}

/**
 * One sync: merge every device file in the folder that changed since this session last read it into the library (one
 * atomic merge), then write this device's file from the library when its content changed. Never throws for a
 * folder, file or library failure: the report says what failed and the fix; nothing is deleted, a file that does not
 * parse is skipped (the library unchanged by it), and this device's file is written only from a library that merged.
 */
export async function syncFolder(folder: SyncFolder, library: SyncLibrary, options: SyncOptions): Promise<FolderSyncReport> {
  const now = options.now ?? Date.now();
  const memory = options.memory;
  const device = cleanDeviceName(options.device) || 'device';
  const ownFile = deviceFileName(device);
  const report: FolderSyncReport = {
    at: now,
    device,
    folder: folder.label,
    ownFile,
    ok: true,
    files: [],
    devices: [],
    merge: null,
    conflicts: [],
    wrote: null,
    problems: [],
    warnings: [],
  };
  const fail = (e: unknown, fallbackFix: string) => {
    report.ok = false;
    report.problems.push({ error: errorText(e), fix: e instanceof FolderError ? e.fix : fallbackFix });
    return report;
  };

  let entries: FolderEntry[];
  try {
    entries = await folder.list();
  } catch (e) {
    return fail(e, 'Check that the folder still exists and can be read, then sync again. Nothing was changed.');
  }

  const incoming: { report: FileReport; file: SyncFile; entry: FolderEntry }[] = [];
  let ownEntry: FolderEntry | undefined;
  let ownText: string | undefined;
  let ownUnreadable: Uint8Array | undefined;
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const kind = classifyFile(entry.name, ownFile);
    if (!kind) continue;
    if (kind.kind === 'this device') ownEntry = entry;
    const fileReport: FileReport = { file: entry.name, ...kind, status: 'merged' };
    const before = memory?.seen.get(entry.name);
    if (before && sameEntry(before.entry, entry)) {
      report.files.push({ ...before.report, status: before.report.status === 'skipped' ? 'skipped' : 'unchanged' });
      continue;
    }
    let bytes: Uint8Array | undefined;
    let parsed: Parsed;
    try {
      bytes = await folder.read(entry.name);
      parsed = parseDeviceFile(bytes, entry.name);
    } catch (e) {
      parsed = { ok: false, error: `cannot read it: ${errorText(e)}` };
    }
    if (!parsed.ok) {
      fileReport.status = 'skipped';
      fileReport.error = parsed.error.startsWith(entry.name) ? parsed.error : `${entry.name}: ${parsed.error}`;
      fileReport.fix =
        kind.kind === 'this device'
          ? `This device's own file: it is kept aside and written again from the library.`
          : `Nothing was read from it and the library is unchanged by it. Sync on ${kind.kind === 'conflicted copy' ? `the device that wrote ${kind.copyOf}` : `the device “${kind.device}”`} to write it again, or move the file out of the folder.`;
      report.files.push(fileReport);
      if (kind.kind === 'this device') ownUnreadable = bytes;
      else memory?.seen.set(entry.name, { entry, report: fileReport });
      continue;
    }
    fileReport.papers = parsed.file.papers.length;
    fileReport.tombstones = parsed.file.tombstones.length;
    fileReport.writtenAt = parsed.file.exportedAt;
    if (kind.kind === 'this device') {
      ownText = parsed.text;
      if (parsed.file.deviceId && parsed.file.deviceId !== options.deviceId)
        report.warnings.push(
          `${entry.name} was last written by another installation (device id ${parsed.file.deviceId.slice(0, 40)}): two devices use the name “${device}”. Its papers were merged; give one of the devices another name so each writes its own file.`,
        );
    }
    report.files.push(fileReport);
    incoming.push({ report: fileReport, file: parsed.file, entry });
  }

  if (incoming.length) {
    const union: Library = { papers: incoming.flatMap((f) => f.file.papers), tombstones: incoming.flatMap((f) => f.file.tombstones) };
    try {
      report.merge = await library.merge(union);
    } catch (e) {
      return fail(e, 'The library was not changed. Sync again; if it fails again, export the library before anything else.');
    }
    const byFile = incoming.map((f) => ({ name: f.entry.name, papers: new Map(f.file.papers.map((p) => [p.id, p])) }));
    report.conflicts = report.merge.conflicts.map((c) => ({
      ...c,
      from: byFile.flatMap((f) => {
        const p = f.papers.get(c.paperId);
        return p && deepEqual(fieldValue(p, c.field), c.incoming) ? [f.name] : [];
      }),
    }));
    for (const f of incoming) memory?.seen.set(f.entry.name, { entry: f.entry, report: f.report });
  }

  const ownAsLeft = ownEntry && memory?.own && sameEntry(memory.own.entry, ownEntry);
  if (options.libraryUnchanged && !incoming.length && ownAsLeft && !ownUnreadable) return finish(report, device);

  // This device's file, from the library as it is now (the merge above included).
  let text: string;
  let written: Library;
  try {
    written = await library.read();
    const file = SyncFile.safeParse(toSyncFile(written.papers, written.tombstones, options.deviceId, now));
    if (!file.success) throw new Error(`the library did not validate as a sync file (${file.error.issues[0]?.message ?? 'invalid'})`);
    text = serialiseSyncFile(file.data);
  } catch (e) {
    return fail(e, `${ownFile} was not written. Sync again; if it fails again, export the library.`);
  }
  const digest = await contentDigest(text);
  const previous =
    ownText !== undefined
      ? await contentDigest(ownText)
      : ownEntry && memory?.own && sameEntry(memory.own.entry, ownEntry) && !ownUnreadable
        ? memory.own.digest
        : undefined;
  if (previous === digest && ownEntry) {
    if (memory) memory.own = { entry: ownEntry, digest };
  } else {
    try {
      if (ownUnreadable) {
        report.keptAside = `${ownFile.replace(/\.json$/, '')}.unreadable-${now}.txt`;
        await folder.write(report.keptAside, ownUnreadable);
      }
      const entry = await folder.write(ownFile, text);
      report.wrote = { file: ownFile, papers: written.papers.length, tombstones: written.tombstones.length };
      if (memory) {
        memory.own = { entry, digest };
        const own: FileReport = { ...report.wrote, kind: 'this device', device: deviceSlug(device), status: 'merged', writtenAt: now };
        memory.seen.set(ownFile, { entry, report: own });
      }
    } catch (e) {
      return fail(
        e,
        `Check that the folder can be written, then sync again. The library has what the folder held; ${ownFile} is as it was.`,
      );
    }
  }
  return finish(report, device);
}

function finish(report: FolderSyncReport, device: string): FolderSyncReport {
  report.devices = [
    ...new Set(
      report.files
        .filter((f) => f.kind !== 'this device' && f.status !== 'skipped' && f.device !== deviceSlug(device))
        .map((f) => f.device),
    ),
  ].sort();
  return report;
}

/** "2 min ago", "just now", "3 h ago", "2 days ago". */
export function ago(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 36) return `${h} h ago`;
  const d = Math.round(h / 24);
  return `${d} ${d === 1 ? 'day' : 'days'} ago`;
}

/** The status line: "Synced 2 min ago with 3 devices". */
export function syncStatusLine(r: Pick<FolderSyncReport, 'at' | 'ok' | 'devices' | 'files'>, now: number): string {
  if (!r.ok) return `Sync failed ${ago(r.at, now)}`;
  const n = r.devices.length;
  const skipped = r.files.filter((f) => f.status === 'skipped').length;
  const line =
    n === 0
      ? `Synced ${ago(r.at, now)}; no other device’s file in the folder yet`
      : `Synced ${ago(r.at, now)} with ${n} ${n === 1 ? 'device' : 'devices'}`;
  return skipped ? `${line}; ${skipped} ${skipped === 1 ? 'file' : 'files'} skipped` : line;
}
