/**
 * The side panel starts opening the library while its modules still load (an async classic script in the page's
 * head, or the panel's module itself when that script has not run yet), so the connection is ready when the panel asks
 * for its first rows. It never creates or upgrades the database:
 * when either is needed it aborts, and `openLibrary` does it with the full upgrade logic.
 */
import { DB_NAME, DB_VERSION } from './db-name';

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
 * Start opening the library unless it was started or taken already: the pre-open script is loaded async (it never holds
 * up parsing the page), so it may run after the panel's module has opened the library itself.
 */
export function startPreopen(scope: Scope = pageScope(), factory?: IDBFactory): void {
  if (scope[PREOPEN_SLOT] === undefined) scope[PREOPEN_SLOT] = preopenLibrary(factory);
}

/** The library opened ahead, started now if the pre-open script has not run yet; once (undefined afterwards). */
export function takePreopened(scope: Scope = pageScope(), factory?: IDBFactory): Promise<IDBDatabase | null> | undefined {
  const slot = scope[PREOPEN_SLOT];
  if (slot === TAKEN) return undefined;
  scope[PREOPEN_SLOT] = TAKEN;
  return (slot as Promise<IDBDatabase | null> | undefined) ?? preopenLibrary(factory);
}
