/**
 * The side panel starts opening the library while its modules still load (a classic script in the page's head, or
 * the panel's module itself when that script did not run), so the connection is ready when the panel asks for its
 * first rows; the same script reads and draws the first screen (`startFirstRows`). It never creates or upgrades the database:
 * when either is needed it aborts, and `openLibrary` does it with the full upgrade logic.
 */
import type { Paper } from '../model';
import type { StoredIndex } from './reads';
import { CHANNEL, DB_NAME, DB_VERSION, SEARCH_INDEX_KEY } from './db-name';
import { newest, type DirectorySummary, type RecentEntry } from './directory';
import { SUMMARY_KEY, type Chunk } from './shelf';

/** The page-global slot holding the library being opened ahead, whichever of the page's scripts started it. */
export const PREOPEN_SLOT = '__papershelfPreopen';
const TAKEN = 'taken';

type Scope = Record<string, unknown>;
const pageScope = () => globalThis as unknown as Scope;

export function preopenLibrary(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
  });
}

/**
 * Start opening the library unless it was started or taken already (the panel's module opens it itself when the
 * pre-open script did not run).
 */
export function startPreopen(scope: Scope = pageScope(), factory?: IDBFactory): void {
  if (scope[PREOPEN_SLOT] !== undefined) return;
  performance.mark('papershelf:preopen-start');
  scope[PREOPEN_SLOT] = preopenLibrary(factory).then((db) => {
    performance.mark('papershelf:preopen-db-open');
    return db;
  });
}

/** The library opened ahead, started now if the pre-open script has not run yet; once (undefined afterwards). */
export function takePreopened(scope: Scope = pageScope(), factory?: IDBFactory): Promise<IDBDatabase | null> | undefined {
  const slot = scope[PREOPEN_SLOT];
  if (slot === TAKEN) return undefined;
  scope[PREOPEN_SLOT] = TAKEN;
  return (slot as Promise<IDBDatabase | null> | undefined) ?? preopenLibrary(factory);
}

/** The page-global slot of the first screen's read (below): whether the panel took over, and what was drawn. */
const FIRST_SCREEN_SLOT = '__papershelfFirstScreen';

/** What the pre-open script read for the panel's first screen: the newest papers, newest first, and the library's size. */
export interface FirstRows {
  recent: Paper[];
  total: number;
  /** The directory's stamp (DirectorySummary.recentStamp) the papers were read under, when they were read from the chunks. */
  readUnder?: string;
}

/**
 * Where the pre-open script keeps the first screen it read, for the next open (localStorage: synchronous in extension
 * pages). Kept under the directory's `recentStamp`, which every write of papers replaces with a new random one in the
 * same transaction (shelf.ts commit), so the kept papers are the library's newest papers exactly when the summary read
 * at the next open still carries that stamp (and lists the same ids, newest first): then the chunks are not read.
 */
export const KEPT_FIRST_SCREEN_KEY = 'papershelf:first-screen';

/** The first screen as kept: the newest papers, newest first, read in the transaction whose summary had `stamp`. */
interface KeptFirstScreen {
  stamp: string;
  recent: Paper[];
}

/** The page's localStorage, where there is one (absent or refused: nothing is kept). */
export type KeptStore = Pick<Storage, 'getItem' | 'setItem'>;
function pageStorage(): KeptStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readKept(store: KeptStore | undefined): Partial<KeptFirstScreen> | undefined {
  try {
    return (JSON.parse(store?.getItem(KEPT_FIRST_SCREEN_KEY) ?? 'null') as Partial<KeptFirstScreen> | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The kept papers when they are the ones the directory lists as its newest now (same stamp, same ids in order). */
function keptRows(
  kept: Partial<KeptFirstScreen> | undefined,
  summary: DirectorySummary,
  entries: readonly RecentEntry[],
): Paper[] | undefined {
  if (typeof summary.recentStamp !== 'string') return undefined;
  const recent = kept?.recent;
  if (kept?.stamp !== summary.recentStamp || !Array.isArray(recent) || recent.length !== entries.length) return undefined;
  return entries.every((e, i) => recent[i]?.id === e.id) ? recent : undefined;
}

/** Keep the first screen just read from the chunks for the next open (`readFirstRows`). */
export function keepFirstRows(rows: FirstRows, store: KeptStore | undefined = pageStorage()): void {
  if (!store || rows.readUnder === undefined) return;
  const kept: KeptFirstScreen = { stamp: rows.readUnder, recent: rows.recent };
  try {
    store.setItem(KEPT_FIRST_SCREEN_KEY, JSON.stringify(kept));
  } catch {
    // Full or refused: the next open reads the chunks again.
  }
}

interface FirstRowsSlot {
  taken: boolean;
  /** Resolves once the first screen is drawn, or it is known there is none to draw (`firstRowsSettled`). */
  settled?: Promise<void>;
  drawn?: FirstRows;
  /** The stored search index's read, started once the library opened; the panel takes it (`takeIndexReadAhead`). */
  index?: Promise<IndexReadAhead | undefined>;
  indexTaken?: boolean;
  /** Change broadcasts heard from before the index's read ahead, until the panel follows them (`IndexReadAhead.follow`). */
  heard?: unknown[];
  channel?: BroadcastChannel;
  follower?: (message: unknown) => void;
  db?: IDBDatabase;
  /** Stops the pre-open script's answers to the search box once the last is drawn, and says what shows (`answerSearchAhead`). */
  search?: () => Promise<EarlySearch>;
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/**
 * The newest `limit` papers and the count, read without idb (reads.ts getRecentPapers, through the directory's recent
 * list only): the kept ones (KEPT_FIRST_SCREEN_KEY) when the directory's summary says they are still the newest, else
 * from the chunks. Null when the library is empty or the list cannot tell (the panel then reads them itself).
 */
export async function readFirstRows(
  db: IDBDatabase,
  limit: number,
  kept: KeptStore | undefined = pageStorage(),
): Promise<FirstRows | null> {
  const tx = db.transaction(['directory', 'chunks'], 'readonly');
  const summaryRead = request(tx.objectStore('directory').get(SUMMARY_KEY));
  const held = readKept(kept); // while the summary is read
  const summary = (await summaryRead) as DirectorySummary | undefined;
  const entries = summary && summary.count > 0 ? newest(summary, limit) : undefined;
  if (!summary || !entries) return null;
  const keptRecent = keptRows(held, summary, entries);
  if (keptRecent) return { recent: keptRecent, total: summary.count };
  const chunkNos = [...new Set(entries.map((e) => e.chunk))];
  const chunks = await Promise.all(chunkNos.map((no) => request(tx.objectStore('chunks').get(no)) as Promise<Chunk | undefined>));
  const byChunk = new Map(chunkNos.map((no, i) => [no, chunks[i]?.papers ?? []]));
  const recent = entries.map((e) => byChunk.get(e.chunk)!.find((p) => p.id === e.id));
  if (!recent.every((p) => p !== undefined)) return null;
  return {
    recent: recent as Paper[],
    total: summary.count,
    ...(summary.recentStamp === undefined ? {} : { readUnder: summary.recentStamp }),
  };
}

/** The stored search index and the directory's summary as of the same moment, raw (the reader checks them). */
export interface IndexReadAhead {
  index: unknown;
  summary: unknown;
  /**
   * Hand `follower` the change broadcasts (raw) heard since before that read, at once, then each one heard later, until
   * the returned function is called. A write committed after the summary was read is broadcast after it, so a reader
   * that listens itself and follows these learns of every one, even if broadcast before it listened.
   */
  follow(follower: (message: unknown) => void): () => void;
  /** The index opened, with the papers of the chunks written since it was packed, when the pre-open script did it. */
  opened?: OpenedIndex;
}

/** A stored index opened: what it misses as of its read, and the papers of those chunks as read after it. */
export interface OpenedIndex extends StoredIndex {
  stalePapers: Paper[];
}

/** What the pre-open script's search box shows when the panel takes over (`takeEarlySearch`). */
export interface EarlySearch {
  /** The text the shown list is for. */
  text: string;
  /** The results shown, best first; undefined when the text is empty and the first screen's rows are shown. */
  ids?: string[];
  /** The papers of the rows drawn (and of rows read before). */
  papers: Map<string, Paper>;
}

/**
 * The stored search index and the directory's summary, read in one transaction of their own on the library opened
 * ahead, issued right after the first rows' (its answer is small: the index's arrays are a Blob, search-index.ts
 * StoredIndexRecord); the Blob's bytes are read once `after` (the first rows' read) is done: read alongside the rows,
 * the index (then a structured-cloned value) held back the first rows at 100k by ~16 ms; read from the start (the Blob
 * too), search was no sooner and the first rows ~5 ms later (93 paired opens at 20k, load 5-15). On a connection of
 * its own, its open's answer waited for the panel's render and paint, and the get for the next free moment after
 * them: search-ready came later (bench/ab-sidepanel-open.ts). The summary says which chunks were written since the
 * index was packed, so the panel needs no read of its own before search.
 */
async function readStoredIndexAhead(
  db: IDBDatabase,
  after: Promise<unknown>,
  follow: IndexReadAhead['follow'],
): Promise<IndexReadAhead | undefined> {
  const tx = db.transaction(['directory', 'meta'], 'readonly');
  const [summary, index] = await Promise.all([
    request(tx.objectStore('directory').get(SUMMARY_KEY)),
    request(tx.objectStore('meta').get(SEARCH_INDEX_KEY)),
  ]);
  await after.catch(() => {});
  return { index: await withSectionsRead(index), summary, follow };
}

/** The stored index with its Blob of arrays (search-index.ts StoredIndexRecord) read, so the panel has only to view it. */
async function withSectionsRead(index: unknown): Promise<unknown> {
  const sections = (index as { sections?: unknown } | undefined)?.sections;
  return sections instanceof Blob ? { ...(index as object), sections: await sections.arrayBuffer() } : index;
}

/**
 * Read the first screen from the library opened ahead and have `draw` show it, unless the panel has taken over by
 * then (`takeFirstRows`): `draw` checks `wanted()` right before drawing and answers whether it drew. The stored search
 * index is read next (`readStoredIndexAhead`), once the rows are read, for the panel to take.
 */
export function startFirstRows(
  limit: number,
  draw: (rows: FirstRows, wanted: () => boolean) => Promise<boolean>,
  scope: Scope = pageScope(),
  kept: KeptStore | undefined = pageStorage(),
): void {
  if (scope[FIRST_SCREEN_SLOT] !== undefined) return;
  const slot: FirstRowsSlot = { taken: false };
  scope[FIRST_SCREEN_SLOT] = slot;
  const opening = scope[PREOPEN_SLOT];
  if (!(opening instanceof Promise)) return;
  listenForChanges(slot);
  slot.settled = (opening as Promise<IDBDatabase | null>)
    .then(async (db) => {
      if (!db || slot.taken) return;
      slot.db = db;
      const reading = readFirstRows(db, limit, kept);
      if (!slot.indexTaken) {
        slot.index = readStoredIndexAhead(
          db,
          reading.finally(() => performance.mark('papershelf:preopen-index-start')),
          (follower) => followChanges(slot, follower),
        );
        slot.index.then(
          () => performance.mark('papershelf:preopen-index-read'),
          () => {},
        );
      }
      const rows = await reading;
      performance.mark('papershelf:preopen-rows-read');
      if (!rows) return;
      // Kept in a task of its own, after the rows are drawn.
      if (rows.readUnder !== undefined) setTimeout(() => keepFirstRows(rows, kept), 0);
      if (!(await draw(rows, () => !slot.taken))) return;
      slot.drawn = rows;
    })
    .catch(() => {});
}

/** Listen for change broadcasts from now (before anything is read) until the panel takes them. */
function listenForChanges(slot: FirstRowsSlot): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const heard: unknown[] = [];
  slot.heard = heard;
  slot.channel = new BroadcastChannel(CHANNEL);
  slot.channel.onmessage = (event: MessageEvent) => (slot.follower ? slot.follower(event.data) : heard.push(event.data));
}

function followChanges(slot: FirstRowsSlot, follower: (message: unknown) => void): () => void {
  for (const message of slot.heard?.splice(0) ?? []) follower(message);
  slot.follower = follower;
  return () => stopListening(slot);
}

function stopListening(slot: FirstRowsSlot): void {
  slot.channel?.close();
  slot.channel = undefined;
  slot.follower = undefined;
}

/**
 * Once the first screen is drawn, answer its search box from the stored index read ahead: `answer` opens it and
 * starts answering, and returns what stops it. The panel's takeover waits for this (`firstRowsSettled`), so the
 * index's bytes are read before the panel's render and paint take the main thread; the panel then takes over the
 * query and the results shown (`takeEarlySearch`) and the index opened (IndexReadAhead.opened).
 */
export function answerSearchAhead(
  answer: (db: IDBDatabase, ahead: IndexReadAhead, drawn: FirstRows) => Promise<(() => Promise<EarlySearch>) | undefined>,
  scope: Scope = pageScope(),
): void {
  const slot = scope[FIRST_SCREEN_SLOT] as FirstRowsSlot | undefined;
  if (!slot?.settled) return;
  slot.settled = slot.settled
    .then(async () => {
      const reading = slot.index;
      if (!slot.drawn || !slot.db || !reading || slot.taken) return;
      const ahead = await reading;
      if (!ahead || slot.taken) return;
      const stop = await answer(slot.db, ahead, slot.drawn);
      if (stop && slot.taken) void stop();
      else slot.search = stop;
    })
    .catch(() => {});
}

/**
 * Stop the pre-open script's answers to the search box, once what was typed so far is answered and drawn: what it
 * shows then, if it answered.
 */
export async function takeEarlySearch(scope: Scope = pageScope()): Promise<EarlySearch | undefined> {
  const slot = scope[FIRST_SCREEN_SLOT] as FirstRowsSlot | undefined;
  const stop = slot?.search;
  if (slot) slot.search = undefined;
  return stop?.();
}

/** Take over the first screen: what the pre-open script drew, if it did; it draws nothing afterwards. */
export function takeFirstRows(scope: Scope = pageScope()): FirstRows | undefined {
  const slot = (scope[FIRST_SCREEN_SLOT] as FirstRowsSlot | undefined) ?? { taken: false };
  slot.taken = true;
  scope[FIRST_SCREEN_SLOT] = slot;
  return slot.drawn;
}

/**
 * The stored search index and directory summary as the pre-open script read them alongside the first rows (raw, to be
 * checked), or undefined when it did not start that read; it starts none afterwards.
 */
export function takeIndexReadAhead(scope: Scope = pageScope()): Promise<IndexReadAhead | undefined> | undefined {
  const slot = (scope[FIRST_SCREEN_SLOT] as FirstRowsSlot | undefined) ?? { taken: true };
  slot.indexTaken = true;
  scope[FIRST_SCREEN_SLOT] = slot;
  if (!slot.index) stopListening(slot);
  else
    void slot.index.then(
      (ahead) => (ahead ? undefined : stopListening(slot)),
      () => stopListening(slot),
    );
  return slot.index;
}

/**
 * Resolves once the pre-open script has drawn the first screen or found none to draw (at once when it never started):
 * the panel renders after it, so the screen is drawn once and taken over, never raced.
 */
export function firstRowsSettled(scope: Scope = pageScope()): Promise<void> {
  return (scope[FIRST_SCREEN_SLOT] as FirstRowsSlot | undefined)?.settled ?? Promise.resolve();
}

/** The papers of these chunks as stored now, in one read transaction of the raw database. */
export function readChunkPapers(db: IDBDatabase, chunkNos: readonly number[]): Promise<Paper[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('chunks', 'readonly');
    const store = tx.objectStore('chunks');
    const chunks: (Chunk | undefined)[] = [];
    chunkNos.forEach((no, i) => {
      const get = store.get(no);
      get.onsuccess = () => (chunks[i] = get.result as Chunk | undefined);
    });
    tx.oncomplete = () => resolve(chunks.flatMap((c) => c?.papers ?? []));
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}
