import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstRows, startPreopen } from '../lib/library/preopen';
import { PREVIEW_ROWS, drawFirstScreen } from '../lib/ui/sidepanel/first-screen';

/**
 * Loaded by sidepanel.html as a classic (parser-blocking) script in its head, so it runs before the panel's module. It
 * opens the library, reads the newest papers and draws the panel's first screen as plain DOM (first-screen.ts), which
 * the panel takes over when its module has loaded.
 */
export default defineUnlistedScript(() => {
  startPreopen();
  startFirstRows(PREVIEW_ROWS, drawFirstScreen);
});
