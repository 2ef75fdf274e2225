import { defineContentScript } from 'wxt/utils/define-content-script';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ToContentMessage } from '../model';
import type { SiteAdapter, SitePresence } from '../sites/adapter';
import { answerRescans, nativeRuntime, startPageWatcher, type Runtime } from './page-watcher';
import { nativeStorage, startSavedMarks } from './saved-marks';

/** A part of the site's script only some sites need (lib/content/load-all.ts answerLoadAll for a site with `loadMore`). */
export type ContentExtra = (runtime: Runtime, adapters: SiteAdapter[]) => void;

/** Where the site's script, once in the page, lets the content script hand it the background's count replies. */
const SITE_SCRIPT = '__papershelfSiteScript';
interface SiteScriptHook {
  refresh(countReply: unknown): void;
}
const siteScriptHook = () => (window as unknown as Record<string, SiteScriptHook | undefined>)[SITE_SCRIPT];

/**
 * The content script of a site that claims URLs, injected by the manifest on every matched page: counts the page's
 * entries for the badge with the site's presence (`<id>Presence`: the count, the list to watch) and nothing else: no parser, no listener.
 * The site's script (`siteScript`) brings the parser when the background needs it. modules/site-content-scripts.ts
 * generates one entrypoint per site calling this.
 */
export function siteContentScript(presence: SitePresence) {
  return defineContentScript({
    runAt: 'document_idle',
    main: () => {
      const runtime = nativeRuntime();
      let listening = false;
      const watcher = startPageWatcher(
        runtime,
        presence,
        (countReply) => {
          const hook = siteScriptHook();
          if (hook) return hook.refresh(countReply);
          // The library was empty (no marks): a change calls for a count again, whose reply brings the site's script
          // if the popup has not, and hands the marks their first reply. A library that holds papers brought both.
          if (listening || (countReply as { libraryPapers?: unknown } | null)?.libraryPapers !== 0) return;
          listening = true;
          runtime.onMessage.addListener((message) => {
            if ((message as ToContentMessage | null)?.type === 'libraryChanged') watcher.recount();
            return undefined;
          });
        },
        () => !!siteScriptHook(),
      );
    },
  });
}

/**
 * The site's script: its adapter, the answer to the background's rescans, the "Saved" marks and the extras the site
 * needs. The background injects it (scripting.executeScript, host permission of the site) into a matched page when
 * the popup, a capture or a basket asks for the page's entries, and when the count's reply says the library holds
 * papers (the marks). It runs in the content script's world, where the count's replies reach the marks.
 */
export function siteScript(adapter: SiteAdapter, extras: ContentExtra[] = []) {
  return defineUnlistedScript(() => {
    if (siteScriptHook()) return;
    const runtime = nativeRuntime();
    answerRescans(runtime, [adapter]);
    const marks = startSavedMarks(runtime, nativeStorage, [adapter]);
    for (const extra of extras) extra(runtime, [adapter]);
    const hook: SiteScriptHook = { refresh: (countReply) => marks.refresh(countReply) };
    (window as unknown as Record<string, SiteScriptHook>)[SITE_SCRIPT] = hook;
  });
}
