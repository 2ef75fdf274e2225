/**
 * The content script's whole job: find the page's adapter, scan when asked or when the list changes, send the
 * scan to the background. No polling: a MutationObserver on the adapter's list container (debounced) and the
 * Navigation API / popstate for SPA navigation.
 */
import type { ContentMessage, PageScan, ToContentMessage } from '../model';
import { findAdapter, scanPage } from '../sites/registry';

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

export function currentScan(doc: Document = document, href: string = location.href): PageScan | null {
  return scanPage(doc, new URL(href));
}

export function startPageWatcher(runtime: Runtime): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[MARK]) return; // injected twice (manifest + toolbar click)
  w[MARK] = true;

  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSignature = '';

  const send = () => {
    timer = undefined;
    const scan = currentScan();
    const message: ContentMessage = scan && scan.entries.length ? { type: 'scan', scan } : { type: 'noScan' };
    const signature = scan ? `${scan.url}|${scan.entries.length}|${scan.entries[scan.entries.length - 1]?.title ?? ''}` : '';
    if (signature === lastSignature) return;
    lastSignature = signature;
    runtime.sendMessage(message).catch(() => {});
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, RESCAN_DELAY_MS);
  };
  const watch = () => {
    observer?.disconnect();
    const found = findAdapter(document, new URL(location.href));
    const root = found?.adapter.watch ? document.querySelector(found.adapter.watch) : null;
    if (root) {
      observer = new MutationObserver(schedule);
      observer.observe(root, { childList: true, subtree: true });
    }
  };

  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if ((message as ToContentMessage | null)?.type !== 'rescan') return undefined;
    sendResponse(currentScan());
    return false;
  });

  const onNavigate = () => {
    lastSignature = '';
    watch();
    schedule();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', onNavigate);
  window.addEventListener('popstate', onNavigate);

  const start = () => {
    watch();
    send();
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 0);
}
