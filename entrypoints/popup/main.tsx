import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../lib/ui/popup/Popup';
import { exportLibraryFile } from '../../lib/library/export';
import { downloadText } from '../../lib/ui/download';
import { openLibrary } from '../../lib/library/store';
import '../../lib/ui/popup/popup.css';

async function targetTabId(): Promise<number> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

const tabIdPromise = targetTabId();
const send = async <T,>(message: object): Promise<T> => (await browser.runtime.sendMessage(message)) as T;

const api: PopupApi = {
  async review() {
    try {
      return await send({ type: 'review', tabId: await tabIdPromise });
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },
  async save(indices, tags) {
    return send({ type: 'save', tabId: await tabIdPromise, indices, ...(tags.length ? { tags } : {}) });
  },
  async undo(undo) {
    return send({ type: 'undo', undo });
  },
  async exportLibrary(format) {
    const file = await exportLibraryFile(await openLibrary(), format);
    downloadText(file.filename, file.mime, file.text);
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
