import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerSearchAhead, startFirstRows, startPreopen } from '../lib/library/preopen';
import { PREVIEW_ROWS, drawFirstScreen } from '../lib/ui/sidepanel/first-screen';
import { answerSearchBox } from '../lib/ui/sidepanel/early-search';

/**
 * Loaded by sidepanel.html as a classic (parser-blocking) script in its head, so it runs before the panel's module. It
 * opens the library, reads the newest papers and draws the panel's first screen as plain DOM (first-screen.ts), which
 * the panel takes over when its module has loaded, and then answers that screen's search box from the stored search
 * index it reads next (early-search.ts), until the panel takes over.
 */
export default defineUnlistedScript(() => {
  startPreopen();
  startFirstRows(PREVIEW_ROWS, drawFirstScreen);
  answerSearchAhead(answerSearchBox);
});
