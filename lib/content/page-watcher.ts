/**
 * The content script's whole job on a matched page: find the page's listing, count its entries when the page is idle
 * and when the list changes, send the count to the background (the badge). No polling: a MutationObserver on the
 * adapter's list container (debounced) and the Navigation API / popstate for SPA navigation. Scans (the entries
 * themselves) are answered by the site's script, which the background injects when it needs one (`answerRescans`).
 */
import type { ContentMessage, PageScan, ToContentMessage } from '../model';
import type { SitePresence, SiteAdapter } from '../sites/adapter';
import { findAdapterIn, scanWith, type FoundAdapter } from '../sites/find';

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
 * A site's content script: watch the page with this site's presence (detect, count, watch) and report its count.
 * `onListChanged` runs with the background's reply to the count, whenever the page or its count changed (first after
 * idle); `siteScript` says whether the site's script is in the page already (the background then need not inject it).
 */
export function startPageWatcher(
  runtime: Runtime,
  adapters: SitePresence[],
  onListChanged?: (countReply: unknown) => void,
  siteScript: () => boolean = () => false,
): PageWatcher {
  const w = window as unknown as Record<string, unknown>;
  if (w[MARK]) return { recount() {} }; // injected twice
  w[MARK] = true;

  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSignature = '';
  let watching = false; // the observer is on the current page's list (reset on navigation)

  const send = () => {
    timer = undefined;
    const url = new URL(location.href);
    const found = findAdapterIn(adapters, [], document, url);
    if (!watching) watch(found);
    // The badge needs a number, not the entries: adapters count with one query; full extraction waits for the popup.
    const count = !found
      ? 0
      : found.adapter.count
        ? found.adapter.count(document, url)
        : (found.adapter.extract?.(document, url).entries.length ?? 0);
    const message: ContentMessage = count ? { type: 'count', url: url.href, count, siteScript: siteScript() } : { type: 'noScan' };
    const signature = `${url.href}|${count}`;
    if (signature === lastSignature) return;
    lastSignature = signature;
    runtime.sendMessage(message).then(
      (reply) => onListChanged?.(reply),
      () => onListChanged?.(null),
    );
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, RESCAN_DELAY_MS);
  };
  const watch = (found: FoundAdapter<SitePresence> | null) => {
    watching = true;
    observer?.disconnect();
    const root = found?.adapter.watch ? document.querySelector(found.adapter.watch) : null;
    if (root) {
      observer = new MutationObserver(schedule);
      observer.observe(root, { childList: true, subtree: true });
    }
  };

  const onNavigate = () => {
    lastSignature = '';
    watching = false;
    schedule();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', onNavigate);
  window.addEventListener('popstate', onNavigate);

  if ('requestIdleCallback' in window) requestIdleCallback(send, { timeout: 2000 });
  else setTimeout(send, 0);
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
