/** The library database's name, schema version and `meta` keys: shared by the store and the side panel's pre-open script. */
export const DB_NAME = 'papershelf';
export const DB_VERSION = 2;

/** Every writer announces its changes on this BroadcastChannel. */
export const CHANNEL = 'papershelf-library';

/** Where the side panel's search index is kept (search-index.ts): a cache of the library, rebuilt when unreadable. */
export const SEARCH_INDEX_KEY = 'searchIndex';
/**
 * The write count of the kept index, apart from it: reading it does not read the index. One key per index format
 * (search-index.ts STORED_INDEX_FORMAT; 'searchIndexWrites' was the first's, 'searchIndexWrites2' the second's), so an index of an earlier format is
 * replaced by the first one packed, whatever its write count.
 */
export const SEARCH_INDEX_WRITES_KEY = 'searchIndexWrites3';
