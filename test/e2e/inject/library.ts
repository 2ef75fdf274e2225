/** Bundled (IIFE) and evaluated in an extension page or the service worker: the library's own store code. */
import {
  getAllPapers,
  getPapersByIds,
  getTombstones,
  openLibrary,
  putPapers,
  reviewScan,
  saveCandidates,
} from '../../../lib/library/store';

(globalThis as unknown as { __papershelfLibrary: unknown }).__papershelfLibrary = {
  getAllPapers,
  getPapersByIds,
  getTombstones,
  openLibrary,
  putPapers,
  reviewScan,
  saveCandidates,
};
