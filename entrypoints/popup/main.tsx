import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../lib/ui/popup/Popup';
import { exportLibraryFile } from '../../lib/library/export';
import { downloadText } from '../../lib/ui/download';
import { openLibrary, reviewScan } from '../../lib/library/store';
import { TIMEOUT_MS, callBackground } from '../../lib/ui/popup/background-call';
import { LOAD_ALL_PORT, type LoadAllProgress } from '../../lib/model';
import '../../lib/ui/popup/popup.css';

async function targetTabId(): Promise<number> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

const tabIdPromise = targetTabId();

/** A basket message to the background (lib/background/baskets.ts). */
const basketCall = <T extends object>(message: object) => callBackground<T>(() => browser.runtime.sendMessage(message), TIMEOUT_MS.save);

const api: PopupApi = {
  basket: {
    status: async () => basketCall({ type: 'basketStatus', tabId: await tabIdPromise }),
    start: async () => basketCall({ type: 'basketStart', tabId: await tabIdPromise }),
    stop: (key) => basketCall({ type: 'basketStop', key }),
    clear: (key) => basketCall({ type: 'basketClear', key }),
    review: (key) => basketCall({ type: 'basketReview', key }),
    save: (key, startedAt, indices) => basketCall({ type: 'basketSave', key, startedAt, indices }),
  },
  async review() {
    const tabId = await tabIdPromise;
    return callBackground(() => browser.runtime.sendMessage({ type: 'review', tabId }), TIMEOUT_MS.review);
  },
  async save(scanId, indices, tags) {
    const message = { type: 'save', tabId: await tabIdPromise, scanId, indices, ...(tags.length ? { tags } : {}) };
    return callBackground(() => browser.runtime.sendMessage(message), TIMEOUT_MS.save);
  },
  async undo(undo) {
    return callBackground(() => browser.runtime.sendMessage({ type: 'undo', undo }), TIMEOUT_MS.undo);
  },
  async countInLibrary(candidates) {
    // reviewScan reads only the entries; the scan's header is not consulted.
    const placeholder = { site: 'popup', kind: 'feed' as const, url: 'https://popup.invalid/' };
    const entries = await reviewScan(await openLibrary(), { ...placeholder, entries: candidates });
    return entries.filter((e) => e.status !== 'new').length;
  },
  async exportLibrary(format) {
    const file = await exportLibraryFile(await openLibrary(), format);
    downloadText(file.filename, file.mime, file.text);
  },
  loadAll(onProgress) {
    const port = browser.runtime.connect({ name: LOAD_ALL_PORT });
    let last: LoadAllProgress = { state: 'loading', loaded: 0 };
    port.onMessage.addListener((message) => onProgress((last = message as LoadAllProgress)));
    port.onDisconnect.addListener(() => {
      if (last.state === 'loading')
        onProgress({ state: 'error', loaded: last.loaded, message: "Papershelf's background stopped; press “Load all” again." });
    });
    void tabIdPromise.then((tabId) => port.postMessage({ type: 'start', tabId }));
    return {
      cancel: () => port.postMessage({ type: 'cancel' }),
      close: () => {
        last = { ...last, state: 'cancelled' };
        port.disconnect();
      },
    };
  },
  async openLibrary() {
    const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar) await sidebar.open();
    else if (sidePanel) {
      const win = await browser.windows.getCurrent();
      if (win.id !== undefined) await sidePanel.open({ windowId: win.id });
    } else await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    window.close();
  },
};

render(<Popup api={api} />, document.getElementById('app')!);
