/**
 * The side panel starts opening the library while its modules still load (a classic script in the page's head),
 * so the connection is ready when the panel asks for its first rows. It never creates or upgrades the database:
 * when either is needed it aborts, and `openLibrary` does it with the full upgrade logic.
 */
import { DB_NAME, DB_VERSION } from './db-name';

/** The page-global slot the pre-open script fills and the panel's module takes. */
export const PREOPEN_SLOT = '__papershelfPreopen';

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

/** The pre-opened connection if the page started one (and it succeeded), once. */
export function takePreopened(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): Promise<IDBDatabase | null> | undefined {
  const pending = scope[PREOPEN_SLOT] as Promise<IDBDatabase | null> | undefined;
  delete scope[PREOPEN_SLOT];
  return pending;
}
