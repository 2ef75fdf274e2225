import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PREOPEN_SLOT, preopenLibrary } from '../lib/library/preopen';

/** Loaded by sidepanel.html as a classic script in its head, before the panel's modules. */
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[PREOPEN_SLOT] = preopenLibrary();
});
