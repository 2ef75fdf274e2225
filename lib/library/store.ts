/**
 * The library in IndexedDB (idb). Every user action is one transaction. Records are Papers plus two derived
 * index fields: `keys` (every identity key, multiEntry index) and `tkey` (normalised title, for "possibly the same").
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Candidate, PageScan, Paper, ReviewEntry, SaveReport, Tombstone } from '../model';
import { identityKeys, titleKey } from './identity';
import { applyCapture, captureChanges, paperFromCandidate, type CaptureSource } from './capture';

export const DB_NAME = 'papershelf';
export const CHANNEL = 'papershelf-library';

export type StoredPaper = Paper & { keys: string[]; tkey: string };

interface LibrarySchema extends DBSchema {
  papers: { key: string; value: StoredPaper; indexes: { keys: string; tkey: string; addedAt: number } };
  tombstones: { key: string; value: Tombstone };
  meta: { key: string; value: unknown };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type PapersTx = IDBPTransaction<LibrarySchema, ('papers' | 'tombstones')[], 'readwrite'>;

export function openLibrary(factory?: IDBFactory): Promise<LibraryDb> {
  const open = () =>
    openDB<LibrarySchema>(DB_NAME, 1, {
      upgrade(db) {
        const papers = db.createObjectStore('papers', { keyPath: 'id' });
        papers.createIndex('keys', 'keys', { multiEntry: true });
        papers.createIndex('tkey', 'tkey');
        papers.createIndex('addedAt', 'addedAt');
        db.createObjectStore('tombstones', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
  if (!factory) return open();
  // Tests pass an isolated factory; idb reads the global one.
  const saved = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    return open();
  } finally {
    globalThis.indexedDB = saved;
  }
}

export function toStored(p: Paper): StoredPaper {
  return { ...p, keys: identityKeys(p), tkey: titleKey(p.title) };
}

export function fromStored(s: StoredPaper): Paper {
  const { keys: _keys, tkey: _tkey, ...paper } = s;
  return paper;
}

/** Tell every open extension page that the library changed. */
export function announceChange(detail: { reason: string; ids?: string[] }): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage({ type: 'changed', ...detail });
  ch.close();
}

async function findExisting(
  index: { get(key: string): Promise<StoredPaper | undefined> },
  keys: string[],
): Promise<StoredPaper | undefined> {
  const hits = await Promise.all(keys.map((k) => index.get(k)));
  return hits.find((h): h is StoredPaper => h !== undefined);
}

/** How each entry of a scan relates to the library (one read-only transaction). */
export async function reviewScan(db: LibraryDb, scan: PageScan): Promise<ReviewEntry[]> {
  const tx = db.transaction('papers', 'readonly');
  const keysIndex = tx.store.index('keys');
  const titleIndex = tx.store.index('tkey');
  const out = await Promise.all(
    scan.entries.map(async (candidate, index): Promise<ReviewEntry> => {
      const existing = await findExisting(keysIndex, identityKeys(candidate));
      if (existing) {
        const changes = captureChanges(existing, candidate);
        return { index, candidate, status: changes.length ? 'update' : 'saved', paperId: existing.id, ...(changes.length ? { changes } : {}) };
      }
      const similar = await titleIndex.get(titleKey(candidate.title));
      const entry: ReviewEntry = { index, candidate, status: 'new' };
      if (similar) entry.possibleMatch = {
          id: similar.id,
          title: similar.title,
          authors: similar.authors.slice(0, 5),
          authorCount: Math.max(similar.authorCount ?? 0, similar.authors.length),
          ...(similar.year ? { year: similar.year } : {}),
        };
      return entry;
    }),
  );
  await tx.done;
  return out;
}

/** Save entries of a scan in one transaction: new ones added, known ones enriched. Returns counts and an undo record. */
export async function saveCandidates(
  db: LibraryDb,
  candidates: Candidate[],
  source: CaptureSource,
  opts: { now?: number; tags?: string[] } = {},
): Promise<SaveReport> {
  const now = opts.now ?? Date.now();
  const tags = opts.tags ?? [];
  const tx = db.transaction(['papers', 'tombstones'], 'readwrite') as PapersTx;
  const store = tx.objectStore('papers');
  const keysIndex = store.index('keys');
  const found = await Promise.all(candidates.map((c) => findExisting(keysIndex, identityKeys(c))));
  const touched = new Map<string, StoredPaper>();
  const touchedByKey = new Map<string, string>();
  const remember = (p: StoredPaper) => {
    touched.set(p.id, p);
    for (const k of p.keys) touchedByKey.set(k, p.id);
  };
  const before: Paper[] = [];
  const addedIds = new Set<string>();
  const updatedIds = new Set<string>();
  candidates.forEach((c, i) => {
    // An earlier entry of this same capture may already be the record (a page listing a paper twice).
    const earlierId = identityKeys(c).map((k) => touchedByKey.get(k)).find((id) => id !== undefined);
    const current = earlierId ? touched.get(earlierId) : found[i];
    if (!current) {
      const paper = toStored(paperFromCandidate(c, source, now, tags));
      remember(paper);
      addedIds.add(paper.id);
      return;
    }
    if (!touched.has(current.id)) before.push(fromStored(current));
    const { paper, changes } = applyCapture(fromStored(current), c, source, now, tags);
    remember(toStored(paper));
    if (changes.length && !addedIds.has(paper.id)) updatedIds.add(paper.id);
  });
  await Promise.all([...touched.values()].map((p) => store.put(p)));
  await tx.done;
  announceChange({ reason: 'capture', ids: [...touched.keys()] });
  return {
    added: addedIds.size,
    updated: updatedIds.size,
    unchanged: touched.size - addedIds.size - updatedIds.size,
    undo: { before, addedIds: [...addedIds] },
  };
}

/** Undo a save or a delete: restore the before-images and remove what was added, in one transaction. */
export async function undoChanges(db: LibraryDb, undo: { before: Paper[]; addedIds: string[]; tombstoneIds?: string[] }): Promise<void> {
  const tx = db.transaction(['papers', 'tombstones'], 'readwrite');
  const papers = tx.objectStore('papers');
  const tombs = tx.objectStore('tombstones');
  await Promise.all([
    ...undo.addedIds.map((id) => papers.delete(id)),
    ...undo.before.map((p) => papers.put(toStored(p))),
    ...(undo.tombstoneIds ?? []).map((id) => tombs.delete(id)),
  ]);
  await tx.done;
  announceChange({ reason: 'undo' });
}

export async function getAllPapers(db: LibraryDb): Promise<Paper[]> {
  return (await db.getAll('papers')).map(fromStored);
}

export async function getPaper(db: LibraryDb, id: string): Promise<Paper | undefined> {
  const s = await db.get('papers', id);
  return s ? fromStored(s) : undefined;
}

export async function countPapers(db: LibraryDb): Promise<number> {
  return db.count('papers');
}

export async function getTombstones(db: LibraryDb): Promise<Tombstone[]> {
  return db.getAll('tombstones');
}

/** Write edited papers (already carrying their new clock entries) in one transaction. */
export async function putPapers(db: LibraryDb, papers: Paper[], reason = 'edit'): Promise<void> {
  const tx = db.transaction('papers', 'readwrite');
  await Promise.all(papers.map((p) => tx.store.put(toStored(p))));
  await tx.done;
  announceChange({ reason, ids: papers.map((p) => p.id) });
}

/** Delete papers, leaving tombstones for sync; returns what undo needs. */
export async function deletePapers(db: LibraryDb, ids: string[], now = Date.now()): Promise<{ before: Paper[]; addedIds: string[]; tombstoneIds: string[] }> {
  const tx = db.transaction(['papers', 'tombstones'], 'readwrite');
  const papers = tx.objectStore('papers');
  const tombs = tx.objectStore('tombstones');
  const found = (await Promise.all(ids.map((id) => papers.get(id)))).filter((p): p is StoredPaper => p !== undefined);
  await Promise.all(
    found.flatMap((p) => [papers.delete(p.id), tombs.put({ id: p.id, keys: p.keys.slice(0, 20), deletedAt: now })]),
  );
  await tx.done;
  announceChange({ reason: 'delete', ids });
  return { before: found.map(fromStored), addedIds: [], tombstoneIds: found.map((p) => p.id) };
}

/** Replace the library's changed records and tombstones with a merge result, in one transaction. */
export async function applyMerge(
  db: LibraryDb,
  change: { put: Paper[]; deleteIds: string[]; tombstones: Tombstone[] },
): Promise<void> {
  const tx = db.transaction(['papers', 'tombstones'], 'readwrite');
  const papers = tx.objectStore('papers');
  const tombs = tx.objectStore('tombstones');
  await Promise.all([
    ...change.deleteIds.map((id) => papers.delete(id)),
    ...change.put.map((p) => papers.put(toStored(p))),
    ...change.tombstones.map((t) => tombs.put(t)),
  ]);
  await tx.done;
  announceChange({ reason: 'import' });
}

export async function getMeta<T>(db: LibraryDb, key: string): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}

export async function setMeta(db: LibraryDb, key: string, value: unknown): Promise<void> {
  await db.put('meta', value, key);
}

/** This device's id for sync files, created once. */
export async function deviceId(db: LibraryDb): Promise<string> {
  const existing = await getMeta<string>(db, 'deviceId');
  if (existing) return existing;
  const id = crypto.randomUUID();
  await setMeta(db, 'deviceId', id);
  return id;
}

/**
 * The most recently added papers, newest first (the side panel's first screen): a reverse cursor on the addedAt
 * index, `limit` steps, so the cost does not grow with the library.
 */
export async function getRecentPapers(db: LibraryDb, limit: number): Promise<Paper[]> {
  const index = db.transaction('papers').store.index('addedAt');
  const out: Paper[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(fromStored(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

/** The papers with these ids that exist, in one read transaction (refresh after a change broadcast). */
export async function getPapersByIds(db: LibraryDb, ids: string[]): Promise<{ found: Paper[]; missing: string[] }> {
  const tx = db.transaction('papers');
  const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  const found: Paper[] = [];
  const missing: string[] = [];
  rows.forEach((row, i) => (row ? found.push(fromStored(row)) : missing.push(ids[i]!)));
  return { found, missing };
}
