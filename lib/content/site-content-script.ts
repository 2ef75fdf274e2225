import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteAdapter } from '../sites/adapter';
import { nativeRuntime, startPageWatcher } from './page-watcher';
import { nativeStorage, startSavedMarks } from './saved-marks';
import { answerLoadAll } from './load-all';

/**
 * The content script of a site that claims URLs: the page watcher with that site's adapter alone, so the bundle
 * carries no other site's code. modules/site-content-scripts.ts generates one entrypoint per site calling this.
 */
export function siteContentScript(adapter: SiteAdapter) {
  return defineContentScript({
    matches: adapter.matches,
    runAt: 'document_idle',
    main: () => {
      const runtime = nativeRuntime();
      const marks = startSavedMarks(runtime, nativeStorage(), [adapter]);
      startPageWatcher(runtime, [adapter], (countReply) => marks.refresh(countReply));
      if (adapter.loadMore) answerLoadAll(runtime, [adapter]);
    },
  });
}
