import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteAdapter } from '../sites/adapter';
import { nativeRuntime, startPageWatcher, type Runtime } from './page-watcher';
import { nativeStorage, startSavedMarks } from './saved-marks';

/** A part of the content script only some sites need (lib/content/load-all.ts answerLoadAll for a site with `loadMore`). */
export type ContentExtra = (runtime: Runtime, adapters: SiteAdapter[]) => void;

/**
 * The content script of a site that claims URLs: the page watcher with that site's adapter alone, so the bundle
 * carries no other site's code. modules/site-content-scripts.ts generates one entrypoint per site calling this, with
 * the extras that site needs.
 */
export function siteContentScript(adapter: SiteAdapter, extras: ContentExtra[] = []) {
  return defineContentScript({
    matches: adapter.matches,
    runAt: 'document_idle',
    main: () => {
      const runtime = nativeRuntime();
      const marks = startSavedMarks(runtime, nativeStorage, [adapter]);
      startPageWatcher(runtime, [adapter], (countReply) => marks.refresh(countReply));
      for (const extra of extras) extra(runtime, [adapter]);
    },
  });
}
