/**
 * The side panel starts opening the library while its modules still load (a classic script in the page's head),
 * so the connection is ready when the panel asks for its first rows, and starts reading the stored search index (megabytes,
 * from disk) so it is there soon after them. It never creates or upgrades the database: when either is needed it
 * aborts, and `openLibrary` does it with the full upgrade logic. It reads, never writes (test/library/one-writer.test.ts).
 */
import { DB_NAME, DB_VERSION, SEARCH_INDEX_KEY } from './db-name';

/** The page-global slots the pre-open script fills and the panel's module takes. */
export const PREOPEN_SLOT = '__papershelfPreopen';
export const PREREAD_INDEX_SLOT = '__papershelfPrereadIndex';

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
 * The stored search index's record as it is (undefined when there is none or the read fails), read once the library is
 * open. Unchecked: `readSearchIndex` checks it and reads the directory it is to be compared with.
 */
export function prereadSearchIndex(opening: Promise<IDBDatabase | null>): Promise<unknown> {
  return opening.then(
    (db) =>
      db &&
      new Promise<unknown>((resolve) => {
        try {
          const request = db.transaction('meta', 'readonly').objectStore('meta').get(SEARCH_INDEX_KEY);
          request.onsuccess = () => resolve(request.result);
          request.onerror = (event) => {
            event.preventDefault();
            resolve(undefined);
          };
        } catch {
          resolve(undefined);
        }
      }),
  );
}

function take<T>(scope: Record<string, unknown>, slot: string): T | undefined {
  const pending = scope[slot] as T | undefined;
  delete scope[slot];
  return pending;
}

const pageScope = () => globalThis as unknown as Record<string, unknown>;

/** The pre-opened connection if the page started one (and it succeeded), once. */
export function takePreopened(scope = pageScope()): Promise<IDBDatabase | null> | undefined {
  return take(scope, PREOPEN_SLOT);
}

/** The search index's record read ahead (`prereadSearchIndex`) if the page started the read, once. */
export function takePrereadIndex(scope = pageScope()): Promise<unknown> | undefined {
  return take(scope, PREREAD_INDEX_SLOT);
}
