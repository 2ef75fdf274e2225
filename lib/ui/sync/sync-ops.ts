/** What import and sync need, loaded on first use so the side panel's first screen does not wait for the parsers. */
export { applyImport, readLibrary, syncWithText } from '../../library/sync';
export { parseImport, previewImport } from '../../formats/import';
