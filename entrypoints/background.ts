import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { PapershelfService, selectionReadings } from '../lib/background/service';
import { markMathJaxSource } from '../lib/content/mathjax-source';
import { notifyTabs, relayLibraryChanges } from '../lib/library/change-relay';
import { BASKET_BADGE_COLOR, BasketService, isBasketMessage } from '../lib/background/baskets';
import { LOAD_ALL_PORT } from '../lib/model';
import { siteClaiming, siteScriptFile } from '../lib/sites/registry';

const MENU_CAPTURE_PAGE = 'capture-page';
const MENU_CAPTURE_SELECTION = 'capture-selection';
const ON_DEMAND_SCRIPT = '/scan-page.js';
const SELECTION_SCRIPT = '/read-selection.js';
/** A script the build emits outside WXT's list of public paths (the generated site scripts). */
type PublicScript = typeof ON_DEMAND_SCRIPT;

export default defineBackground(() => {
  // Firefox builds are MV2: the toolbar button is browserAction there.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  /**
   * The site's script (its adapter, rescans, marks) into a frame of a page the site claims; nothing elsewhere. The
   * script guards against a second run. Host permission of the site: no activeTab needed.
   */
  async function loadSiteScript(tabId: number, frameId: number, url: string | undefined): Promise<void> {
    const site = url && URL.canParse(url) ? siteClaiming(new URL(url)) : null;
    if (!site) return;
    await browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [siteScriptFile(site) as PublicScript] })
      .catch(() => {});
  }

  /** The site's script answers first (injected here on a page a site claims); otherwise every adapter is injected on demand (activeTab). */
  async function requestScan(tabId: number): Promise<unknown> {
    // MathJax 3/4 keep TeX only in the page's own objects: let the page label its formulas first. A restricted page,
    // a missing permission or a browser without MAIN-world injection just scans without the labels.
    await browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: markMathJaxSource }).catch(() => {});
    await loadSiteScript(tabId, 0, (await browser.tabs.get(tabId).catch(() => null))?.url);
    const own = (await browser.tabs.sendMessage(tabId, { type: 'rescan' }).catch(() => null)) as { entries?: unknown[] } | null;
    if (own?.entries?.length) return own;
    await browser.scripting.executeScript({ target: { tabId }, files: [ON_DEMAND_SCRIPT] });
    return browser.tabs.sendMessage(tabId, { type: 'rescan', full: true });
  }

  /** The selection read in the page (its text, formulas as their TeX, and its elements); the browser's plain selection text if that fails. */
  async function readSelection(
    tabId: number,
    frameId: number | undefined,
    fallback: string,
  ): Promise<{ text: string; elements?: unknown }> {
    const target = frameId ? { tabId, frameIds: [frameId] } : { tabId };
    // As before a scan: MathJax 3/4 formulas get their TeX from the page's MathJax first.
    await browser.scripting.executeScript({ target, world: 'MAIN', func: markMathJaxSource }).catch(() => {});
    const [frame] = await browser.scripting.executeScript({ target, files: [SELECTION_SCRIPT] }).catch(() => []);
    return selectionReadings(frame?.result, fallback);
  }

  async function setBadge(tabId: number, text: string, color?: string): Promise<void> {
    await action.setBadgeText({ tabId, text }).catch(() => {});
    await action.setBadgeBackgroundColor({ tabId, color: color ?? '#3451b2' }).catch(() => {});
  }

  // "Collect across pages" baskets (lib/background/baskets.ts). storage.session: the baskets outlive the service
  // worker's restarts and end with the browser session; a tab's URL is visible on the adapters' hosts (host permissions).
  const baskets = new BasketService({
    extensionId: browser.runtime.id,
    extensionOrigin,
    storage: browser.storage.session,
    library: () => service.library(),
    requestScan,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    setBadge,
  });

  const service = new PapershelfService({
    extensionId: browser.runtime.id,
    extensionOrigin,
    requestScan,
    tellTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    loadSiteScript,
    sessionArea: browser.storage.session,
    async setBadge(tabId, text, color) {
      // A page's plain count gives way to its listing's basket count while the basket is on.
      const basket = color === undefined ? await baskets.badgeFor(tabId).catch(() => null) : null;
      await (basket === null ? setBadge(tabId, text, color) : setBadge(tabId, basket, BASKET_BADGE_COLOR));
    },
  });
  void service.library(); // create the database early so every page finds its schema

  browser.runtime.onMessage.addListener((message, sender) => {
    if (isBasketMessage(message)) return baskets.handle(message, sender);
    const reply = service.handle(message, sender);
    // A listing's page counted by its content script joins the listing's basket when one is on.
    void reply.then(() => baskets.pageCounted(message, sender)).catch(() => {});
    return reply;
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === LOAD_ALL_PORT && port.sender?.url?.startsWith(extensionOrigin)) service.connectLoadAll(port);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) service.tabNavigated(tabId, change.url);
  });
  // Every tab's content script refreshes its "Saved" marks.
  relayLibraryChanges(() => notifyTabs(browser.tabs));

  browser.runtime.onInstalled.addListener(() => {
    // MV2 (Firefox) rejects the 'action' context, and a rejected create throws before the next menu is made.
    const toolbarContext = browser.action ? 'action' : 'browser_action';
    browser.contextMenus.create({ id: MENU_CAPTURE_PAGE, title: 'Capture papers on this page', contexts: ['page', toolbarContext] });
    browser.contextMenus.create({ id: MENU_CAPTURE_SELECTION, title: 'Capture selection as papers', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_CAPTURE_PAGE) void service.captureTab(tab.id);
    if (info.menuItemId === MENU_CAPTURE_SELECTION && info.selectionText) {
      const fallback = info.selectionText;
      void readSelection(tab.id, info.frameId, fallback)
        .then(({ text, elements }) => service.captureSelection(text, info.pageUrl ?? tab.url ?? '', elements))
        .then(async (r) => {
          await action.setBadgeText({ tabId: tab.id!, text: r.ok ? `+${r.report.added}` : 'err' }).catch(() => {});
        });
    }
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'capture-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await service.captureTab(tab.id);
  });
});
