/**
 * Import and file sync: read a file, preview what a merge would do, apply it in one transaction or not at all.
 */
import { SyncFile, type Paper, type Tombstone, type UndoRecord } from '../model';
import { parseImport } from '../formats/import';
import { serialiseSyncFile, toSyncFile } from '../formats/json';
import { mergeLibraries, type Library, type MergeReport } from './merge';
import { deviceId, getLibrary, mergeIntoLibrary, type LibraryDb } from './store';
import type { SyncLibrary } from './folder-sync';

/** The write set of a merge: what changed relative to the local library. */
function mergeWrites(result: { papers: Paper[]; tombstones: Tombstone[]; report: MergeReport }, local: Library) {
  const changed = new Set([...result.report.added, ...Object.keys(result.report.updated)]);
  const localTombIds = new Map(local.tombstones.map((t) => [t.id, JSON.stringify(t)]));
  return {
    put: result.papers.filter((p) => changed.has(p.id)),
    deleteIds: result.report.removedIds,
    tombstones: result.tombstones.filter((t) => localTombIds.get(t.id) !== JSON.stringify(t)),
  };
}

/** Read the whole library (papers and tombstones, one transaction). */
export { getLibrary as readLibrary };

/** Merge `incoming` into the library atomically (read, merge and write in one transaction; a failure writes nothing). */
export async function applyImport(
  db: LibraryDb,
  incoming: Library,
  reason: 'import' | 'sync' = 'import',
): Promise<{ report: MergeReport; library: Library; undo: UndoRecord }> {
  const { result, undo } = await mergeIntoLibrary(
    db,
    (local) => {
      const result = mergeLibraries(local, incoming);
      return {
        result: { report: result.report, library: { papers: result.papers, tombstones: result.tombstones } },
        ...mergeWrites(result, local),
      };
    },
    reason,
  );
  return { ...result, undo };
}

/** The stored library as the sync folder sees it (folder-sync.ts): merges go through the one writer, announced as 'sync'. */
export function storeSyncLibrary(db: LibraryDb): SyncLibrary {
  return {
    read: () => getLibrary(db),
    merge: async (incoming) => (await applyImport(db, incoming, 'sync')).report,
  };
}

export type SyncOutcome = { ok: true; report: MergeReport | null; output: string; papers: number } | { ok: false; error: string };

/**
 * One sync step against a file's text (null or empty: a new file): merge the file into the library, then return
 * the merged library as the file's new content. The output is validated before anyone writes it.
 */
export async function syncWithText(db: LibraryDb, fileText: string | null, filename: string, now = Date.now()): Promise<SyncOutcome> {
  let report: MergeReport | null = null;
  if (fileText && fileText.trim()) {
    const parsed = parseImport(fileText, filename, now);
    if (!parsed.ok) return { ok: false, error: `${filename}: ${parsed.error}. The library and the file are unchanged.` };
    if (parsed.format !== 'sync') {
      return {
        ok: false,
        error: `${filename} is ${parsed.format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'}, not a Papershelf sync file: use Import instead. Nothing was changed.`,
      };
    }
    report = (await applyImport(db, { papers: parsed.papers, tombstones: parsed.tombstones })).report;
  }
  const library = await getLibrary(db);
  const file = SyncFile.safeParse(toSyncFile(library.papers, library.tombstones, await deviceId(db), now));
  if (!file.success)
    return { ok: false, error: `The merged library did not validate (${file.error.issues[0]?.message}); the file was not written.` };
  return { ok: true, report, output: serialiseSyncFile(file.data), papers: library.papers.length };
}
