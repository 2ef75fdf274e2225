/**
 * The content script's whole job on a matched page: count the page's entries (the site's presence, no parser) once
 * the page is idle (the manifest runs it at document_idle) and when the list changes, and send the count to the
 * background (the badge). No polling: a MutationObserver on the site's list container (debounced) and, on a site
 * that changes pages in place, the Navigation API / popstate. Scans (the entries themselves) are answered by the
 * site's script, which the background injects when it needs one (`answerRescans`).
 *
 * It runs on every page of the site before the user asks for anything, so it does the least it can before its
 * message: no URL parse (`location` is read as it is), no match pattern (the manifest chose the page), no listener
 * but those the site needs.
 */
import type { ContentMessage, PageScan, ToContentMessage } from '../model';
import type { SitePresence, SiteAdapter } from '../sites/adapter';
import { findAdapterIn, scanWith } from '../sites/find';

/** The slice of the runtime API the content script uses; both Chrome (MV3) and Firefox return promises from sendMessage. */
export interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(cb: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void };
}

/** The browser's own runtime object: the content script stays free of the webextension-polyfill. */
export function nativeRuntime(): Runtime {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome: { runtime: Runtime } };
  return g.browser?.runtime ?? g.chrome.runtime;
}

const RESCAN_DELAY_MS = 400;
const MARK = '__papershelfWatcher';

function currentScan(adapters: SiteAdapter[], fallbacks: SiteAdapter[] = []): PageScan | null {
  const url = new URL(location.href);
  return scanWith(findAdapterIn(adapters, fallbacks, document, url), document, url);
}

export interface PageWatcher {
  /** Count and send again soon, even when nothing changed (the background's reply may have). */
  recount(): void;
}

/**
 * A site's content script: watch the page with the site's presence and report its count. `onListChanged` runs with
 * the background's reply to the count, whenever the page or its count changed (first at once); `siteScript` says
 * whether the site's script is in the page already (the background then need not inject it).
 */
export function startPageWatcher(
  runtime: Runtime,
  presence: SitePresence,
  onListChanged: (countReply: unknown) => void,
  siteScript: () => boolean,
): PageWatcher {
  const w = window as unknown as Record<string, unknown>;
  if (w[MARK]) return { recount() {} }; // injected twice
  w[MARK] = true;

  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSignature = '';
  let watching = false; // the observer is on the current page's list, if it is a listing (reset on navigation)

  const send = () => {
    timer = undefined;
    const href = location.href;
    const count = presence.listed(document, location);
    if (!watching) watch(count !== null);
    const message: ContentMessage = count ? { type: 'count', url: href, count, siteScript: siteScript() } : { type: 'noScan' };
    const signature = `${href}|${count ?? 0}`;
    if (signature === lastSignature) return;
    lastSignature = signature;
    runtime.sendMessage(message).then(onListChanged, () => onListChanged(null));
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, RESCAN_DELAY_MS);
  };
  const watch = (listing: boolean) => {
    watching = true;
    observer?.disconnect();
    const root = listing && presence.watch ? document.querySelector(presence.watch) : null;
    if (root) {
      observer = new MutationObserver(schedule);
      observer.observe(root, { childList: true, subtree: true });
    }
  };

  if (presence.navigates) {
    const onNavigate = () => {
      lastSignature = '';
      watching = false;
      schedule();
    };
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
    window.addEventListener('popstate', onNavigate);
  }

  send();
  return {
    recount() {
      lastSignature = '';
      schedule();
    },
  };
}

/** A site's script (injected by the background when it needs the page's entries): answers the background's plain rescans. */
export function answerRescans(runtime: Runtime, adapters: SiteAdapter[]): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[`${MARK}Site`]) return;
  w[`${MARK}Site`] = true;
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as ToContentMessage | null;
    if (m?.type !== 'rescan' || m.full) return undefined;
    sendResponse(currentScan(adapters));
    return false;
  });
}

/** The on-demand script (toolbar click on any page): every adapter and the generic fallback; answers full rescans. */
export function answerFullRescans(runtime: Runtime, adapters: SiteAdapter[], fallbacks: SiteAdapter[]): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[`${MARK}Full`]) return;
  w[`${MARK}Full`] = true;
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as ToContentMessage | null;
    if (m?.type !== 'rescan' || !m.full) return undefined;
    sendResponse(currentScan(adapters, fallbacks));
    return false;
  });
}
