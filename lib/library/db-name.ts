/** The library database's name and schema version: shared by the store and the side panel's pre-open script. */
export const DB_NAME = 'papershelf';
export const DB_VERSION = 2;
