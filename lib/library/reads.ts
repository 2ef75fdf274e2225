/**
 * The library's read side: what the side panel needs to show its first rows and search before everything is loaded.
 * No schemas and no write code here (store.ts, the one writer, re-exports all of it): reads from our own database
 * are trusted, and this module is on the side panel's critical path, so it stays small.
 */
import { wrap, type IDBPDatabase, type StoreNames } from 'idb';
import type { Paper, Tombstone } from '../model';
import { chunksWrittenSince, emptySummary, type DirectorySummary } from './directory';
import { unpackStoredIndex, type IndexedPaper, type PackedIndex } from './search-index';
import { SUMMARY_KEY, Shelf, type LibrarySchema } from './shelf';
import { SEARCH_INDEX_KEY } from './db-name';

export { CHANNEL } from './db-name';

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/** A connection opened without idb (preopen.ts), wrapped as the library's. */
export function wrapLibrary(raw: IDBDatabase): LibraryDb {
  return wrap(raw) as unknown as LibraryDb;
}

export function readTx(db: LibraryDb, stores: StoreNames<LibrarySchema>[] = ['chunks', 'directory']) {
  return db.transaction(stores, 'readonly');
}

/** Every paper, in the order they were added. */
export async function getAllPapers(db: LibraryDb): Promise<Paper[]> {
  const tx = readTx(db);
  const papers = await (await Shelf.open(tx)).all();
  await tx.done;
  return papers;
}

/** Every paper and the directory's summary as of the same moment (which chunks were written when). */
export async function getAllPapersAsOf(db: LibraryDb): Promise<{ papers: Paper[]; summary: DirectorySummary }> {
  const tx = readTx(db);
  const [papers, summary] = await Promise.all([Shelf.open(tx).then((s) => s.all()), tx.objectStore('directory').get(SUMMARY_KEY)]);
  await tx.done;
  return { papers, summary: (summary as DirectorySummary | undefined) ?? emptySummary() };
}

/** Every paper and tombstone, read in one transaction. */
export async function getLibrary(db: LibraryDb): Promise<{ papers: Paper[]; tombstones: Tombstone[] }> {
  const tx = readTx(db, ['chunks', 'directory', 'tombstones']);
  const [papers, tombstones] = await Promise.all([Shelf.open(tx).then((s) => s.all()), tx.objectStore('tombstones').getAll()]);
  await tx.done;
  return { papers, tombstones };
}

/** The library's size, from the directory (one small read). */
export async function countPapers(db: LibraryDb): Promise<number> {
  const tx = readTx(db, ['directory']);
  const count = (await Shelf.open(tx)).count;
  await tx.done;
  return count;
}

export async function getTombstones(db: LibraryDb): Promise<Tombstone[]> {
  return db.getAll('tombstones');
}

export async function getMeta<T>(db: LibraryDb, key: string): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}

/**
 * The most recently added papers, newest first (the side panel's first screen): the directory lists them, so this
 * reads the directory and the few chunks they are in, whatever the library's size.
 */
export async function getRecentPapers(db: LibraryDb, limit: number): Promise<Paper[]> {
  const tx = readTx(db);
  const shelf = await Shelf.open(tx);
  const listed = await shelf.recent(limit);
  const papers = listed ?? (await shelf.all()).sort((a, b) => b.addedAt - a.addedAt).slice(0, limit);
  await tx.done;
  return papers;
}

/** The papers with these ids that exist, in one read transaction (refresh after a change broadcast). */
export async function getPapersByIds(db: LibraryDb, ids: string[]): Promise<{ found: Paper[]; missing: string[] }> {
  const tx = readTx(db);
  const rows = await (await Shelf.open(tx)).get(ids);
  await tx.done;
  const found: Paper[] = [];
  const missing: string[] = [];
  rows.forEach((row, i) => (row ? found.push(row) : missing.push(ids[i]!)));
  return { found, missing };
}

export { SEARCH_INDEX_KEY, SEARCH_INDEX_WRITES_KEY } from './db-name';

/**
 * A stored search index, what it misses (the chunks written since it was packed) and the directory's write count
 * they were found at (`asOf`: chunks written after it are missing too).
 */
export interface StoredIndex {
  index: PackedIndex;
  staleChunks: number[];
  asOf: number;
}

/**
 * The stored search index and what it misses: the chunks written since it was packed. Undefined when there is none,
 * it is unreadable, or the directory no longer fits it (then it is to be packed again).
 */
export async function readSearchIndex(db: LibraryDb): Promise<StoredIndex | undefined> {
  const tx = readTx(db, ['directory', 'meta']);
  const [summary, index] = await Promise.all([tx.objectStore('directory').get(SUMMARY_KEY), tx.objectStore('meta').get(SEARCH_INDEX_KEY)]);
  await tx.done;
  return await withStaleChunks(index, summary as DirectorySummary | undefined);
}

/**
 * A stored index and directory summary read together earlier (the pre-open script's read ahead, preopen.ts), raw:
 * what it misses as of that read. Writes committed after it are the reader's to catch up on (`asOf`).
 */
export function readSearchIndexFrom(read: { index: unknown; summary: unknown }): Promise<StoredIndex | undefined> {
  return withStaleChunks(read.index, read.summary as DirectorySummary | undefined);
}

async function withStaleChunks(stored: unknown, summary: DirectorySummary | undefined): Promise<StoredIndex | undefined> {
  const index = await unpackStoredIndex(stored);
  if (!index) return undefined;
  const asOf = summary ?? emptySummary();
  const staleChunks = chunksWrittenSince(asOf, index.writes);
  return staleChunks && { index, staleChunks, asOf: asOf.writes ?? 0 };
}

/** The directory's summary (count, write counts): one small read. */
export async function getDirectorySummary(db: LibraryDb): Promise<DirectorySummary> {
  return ((await db.get('directory', SUMMARY_KEY)) as DirectorySummary | undefined) ?? emptySummary();
}

/** The papers of these chunks as stored now (a chunk emptied since holds none). */
export async function getChunkPapers(db: LibraryDb, chunkNos: readonly number[]): Promise<Paper[]> {
  const tx = readTx(db, ['chunks']);
  const chunks = await Promise.all(chunkNos.map((no) => tx.objectStore('chunks').get(no)));
  await tx.done;
  return chunks.flatMap((c) => c?.papers ?? []);
}

/** Every paper with its chunk, and the write count they are as of (one read transaction): what an index is packed from. */
export async function getIndexablePapers(db: LibraryDb): Promise<{ writes: number; papers: IndexedPaper[] }> {
  const tx = readTx(db, ['chunks', 'directory']);
  const [summary, chunks] = await Promise.all([tx.objectStore('directory').get(SUMMARY_KEY), tx.objectStore('chunks').getAll()]);
  await tx.done;
  return {
    writes: (summary as DirectorySummary | undefined)?.writes ?? 0,
    papers: chunks.flatMap((c) => c.papers.map((paper) => ({ paper, chunk: c.no }))),
  };
}
