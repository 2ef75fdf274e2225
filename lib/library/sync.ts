/**
 * Import and file sync: read a file, preview what a merge would do, apply it in one transaction or not at all.
 */
import type { Paper, Tombstone } from '../model';
import { mergeLibraries, type Library, type MergeReport } from './merge';
import { fromStored, toStored, announceChange, deviceId, type LibraryDb, type StoredPaper } from './store';

/** The write set of a merge: what changed relative to the local library. */
export function mergeWrites(result: { papers: Paper[]; tombstones: Tombstone[]; report: MergeReport }, local: Library) {
  const changed = new Set([...result.report.added, ...Object.keys(result.report.updated)]);
  const localTombIds = new Map(local.tombstones.map((t) => [t.id, JSON.stringify(t)]));
  return {
    put: result.papers.filter((p) => changed.has(p.id)),
    deleteIds: result.report.removedIds,
    tombstones: result.tombstones.filter((t) => localTombIds.get(t.id) !== JSON.stringify(t)),
  };
}

/** Read the whole library. */
export async function readLibrary(db: LibraryDb): Promise<Library> {
  const tx = db.transaction(['papers', 'tombstones'], 'readonly');
  const [papers, tombstones] = await Promise.all([tx.objectStore('papers').getAll(), tx.objectStore('tombstones').getAll()]);
  await tx.done;
  return { papers: papers.map(fromStored), tombstones };
}

/**
 * Merge `incoming` into the library atomically: the library is read and written in the same transaction, and the
 * merge is pure and synchronous in between, so nothing can change underneath it and a failure writes nothing.
 */
export async function applyImport(db: LibraryDb, incoming: Library): Promise<{ report: MergeReport; library: Library }> {
  const tx = db.transaction(['papers', 'tombstones'], 'readwrite');
  const papersStore = tx.objectStore('papers');
  const tombStore = tx.objectStore('tombstones');
  const [stored, tombstones] = await Promise.all([papersStore.getAll(), tombStore.getAll()]);
  const local: Library = { papers: (stored as StoredPaper[]).map(fromStored), tombstones };
  let result: ReturnType<typeof mergeLibraries>;
  try {
    result = mergeLibraries(local, incoming);
  } catch (e) {
    tx.abort();
    throw e;
  }
  const writes = mergeWrites(result, local);
  await Promise.all([
    ...writes.deleteIds.map((id) => papersStore.delete(id)),
    ...writes.put.map((p) => papersStore.put(toStored(p))),
    ...writes.tombstones.map((t) => tombStore.put(t)),
  ]);
  await tx.done;
  announceChange({ reason: 'import' });
  return { report: result.report, library: { papers: result.papers, tombstones: result.tombstones } };
}

export { deviceId };
