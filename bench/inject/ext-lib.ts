/** Bundled (IIFE) and evaluated in an extension page: the library's store and the deterministic generator. */
import { openLibrary, saveCandidates, putPapers, countPapers, getRecentPapers, undoChanges } from '../../lib/library/store';
import { layout } from '../../lib/library/shelf';
import { generatePapers } from '../../test/support/generate';

(globalThis as unknown as { __papershelfBench: unknown }).__papershelfBench = {
  openLibrary,
  saveCandidates,
  putPapers,
  countPapers,
  getRecentPapers,
  undoChanges,
  layout,
  generatePapers,
};
