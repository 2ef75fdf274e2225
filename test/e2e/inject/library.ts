/** Bundled (IIFE) and evaluated in an extension page or the service worker: the library's own store code. */
import {
  deletePapers,
  getAllPapers,
  getPapersByIds,
  getTombstones,
  openLibrary,
  putPapers,
  reviewScan,
  saveCandidates,
} from '../../../lib/library/store';
import { serialiseSyncFile, toSyncFile } from '../../../lib/formats/json';
import { distinctGeneratedPapers, generatePapers } from '../../support/generate';

(globalThis as unknown as { __papershelfLibrary: unknown }).__papershelfLibrary = {
  deletePapers,
  distinctGeneratedPapers,
  generatePapers,
  serialiseSyncFile,
  toSyncFile,
  getAllPapers,
  getPapersByIds,
  getTombstones,
  openLibrary,
  putPapers,
  reviewScan,
  saveCandidates,
};
