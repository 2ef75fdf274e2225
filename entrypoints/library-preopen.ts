import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PREOPEN_SLOT, PREREAD_INDEX_SLOT, preopenLibrary, prereadSearchIndex } from '../lib/library/preopen';

/** Loaded by sidepanel.html as a classic script in its head, before the panel's modules. */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  const opening = preopenLibrary();
  scope[PREOPEN_SLOT] = opening;
  scope[PREREAD_INDEX_SLOT] = prereadSearchIndex(opening);
});
