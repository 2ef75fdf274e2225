/**
 * The search index kept with the library (search-index.ts): packed from the stored papers, stamped with the
 * directory's write count, and kept in the `meta` store through the writer. Packing reads every paper: the side
 * panel does it in its worker.
 */
import { packIndex, type PackedIndex } from './search-index';
import { SEARCH_INDEX_WRITES_KEY, getDirectorySummary, getIndexablePapers, getMeta, saveSearchIndex, type LibraryDb } from './store';

/**
 * Pack the library's index and keep it. Unless `always`, nothing is done when the kept index is already as of the
 * library's last write (undefined is returned).
 */
export async function packStoredLibrary(db: LibraryDb, always = true): Promise<PackedIndex | undefined> {
  if (!always) {
    const [summary, kept] = await Promise.all([getDirectorySummary(db), getMeta<number>(db, SEARCH_INDEX_WRITES_KEY)]);
    if (kept !== undefined && kept === (summary.writes ?? 0)) return undefined;
  }
  const { writes, papers } = await getIndexablePapers(db);
  const packed = packIndex(papers, writes);
  await saveSearchIndex(db, packed);
  return packed;
}
