/** Bundled (IIFE) and evaluated in an extension page: the library's store and the deterministic generator. */
import { openLibrary, saveCandidates, putPapers, toStored, countPapers, getRecentPapers } from '../../lib/library/store';
import { generatePapers } from '../../lib/library/generate';
import { identityKeys } from '../../lib/library/identity';

(globalThis as unknown as { __papershelfBench: unknown }).__papershelfBench = { openLibrary, saveCandidates, putPapers, toStored, generatePapers, identityKeys, countPapers, getRecentPapers };
