/**
 * Real Firefox (Debian's firefox-esr) with the Firefox build installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox). Pages are served at their real URLs
 * by request interception; every other request from a web page is aborted and recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Paper } from '../../lib/model';
import { libraryContents } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX_E2E_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
const GECKO_ID = 'papershelf@papershelf.dev';
/** Fixed by a preference, so extension pages have known URLs. */
const EXTENSION_UUID = '5b0f3c1e-7d2a-4c69-9e1b-3a8f6d2c4e70';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Firefox's id for the add-on's browser UI (menu items, key sets): the gecko id with every non-alphanumeric as `_`. */
const WIDGET_ID = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
const TIMEOUT = 30_000;

/** Real-browser tests never skip silently: no Firefox is a failure that says how to install it. */
export function requireFirefox(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. The Firefox tests need it: install it with ` +
        '`sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH.',
    );
  }
}

/**
 * The Firefox build, built now unless PAPERSHELF_SKIP_BUILD=1 finds one. `e2eHosts` makes the test build
 * (.output/firefox-mv2-e2e, see wxt.config.ts) with those host permissions added.
 */
export function buildFirefox(e2eHosts: string[] = []): string {
  const dir = e2eHosts.length ? FIREFOX_E2E_BUILD : FIREFOX_BUILD;
  const manifest = resolve(dir, 'manifest.json');
  const ready = () => existsSync(manifest) && e2eHosts.every((h) => JSON.parse(readFileSync(manifest, 'utf8')).permissions.includes(h));
  if (process.env.PAPERSHELF_SKIP_BUILD === '1' && ready()) return dir;
  const env = { ...process.env, PAPERSHELF_E2E_HOSTS: e2eHosts.join(',') };
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env });
  if (!ready()) throw new Error(`the Firefox build in ${dir} lacks ${e2eHosts.join(', ')}`);
  return dir;
}

export interface FirefoxSession {
  browser: Browser;
  /** Requests from web pages that no test served (aborted): url and the page that made them. */
  blocked: { url: string; page: string }[];
  /** Open `url` (served `html`, everything else aborted) in a new tab. */
  open(url: string, html: string): Promise<Page>;
  /** Open moz-extension://<uuid>/<path> in a new tab and wait for `selector`. */
  extensionPage(path: string, selector: string): Promise<Page>;
  /** The tab id of a web page, as the extension sees it (the page is made the active tab first). */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of a tab. */
  badge(tabId: number): Promise<string>;
  /** Every paper in the library, read in an extension page with the store's own code. */
  library(): Promise<Paper[]>;
  /** Where downloads land (Firefox's download prefs point here: no dialog). */
  downloads: string;
  /** The next file to finish downloading whose name matches `name`: its name and text. */
  download(name: RegExp): Promise<{ name: string; text: string }>;
  /** Run `expression` in the browser window's own (privileged) document, browser.xhtml; returns its JSON value. */
  inBrowserWindow(expression: string): Promise<unknown>;
  /**
   * Press the add-on's keyboard shortcut as the keyboard does: trusted key events from Firefox's text input
   * processor in the browser window, with the address bar focused, so Firefox's own key set matches them.
   */
  pressShortcut(shortcut: string): Promise<void>;
  /**
   * Right-click `selector` in `page` (Firefox opens its own context menu from the page's contextmenu event) and
   * click the add-on's item `menuItemId` in that menu. Returns the item's label.
   */
  contextMenuClick(page: Page, selector: string, menuItemId: string): Promise<string>;
  /** Close every tab the tests opened (web pages, popups, sidebars); the session's helper page stays. */
  closeTabs(): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const downloads = mkdtempSync(join(tmpdir(), 'papershelf-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
    // Firefox 141+ lets WebDriver BiDi navigate only to http(s), file and blob URLs without it; moz-extension:// pages need it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Downloads go straight to `downloads`, without a dialog or the downloads panel.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
    throw e;
  }
  const blocked: { url: string; page: string }[] = [];
  let helper: Page | undefined;

  const extensionPage = async (path: string, selector: string) => {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // Under BiDi a moz-extension:// navigation may never report `load` (or `domcontentloaded`): do not wait for it;
    // wait for the page's own content at that URL instead.
    void page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT }).catch(() => {});
    // Asked again every 100 ms rather than with waitForFunction: while the tab leaves about:blank, Firefox's
    // script.evaluate can fail inside the driver ("right-hand side of 'in' should be an object"), which ends a
    // waitForFunction at once.
    const deadline = Date.now() + TIMEOUT;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        if (await page.evaluate((u, sel) => location.href === u && document.querySelector(sel) !== null, url, selector)) return page;
      } catch (e) {
        last = e;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} did not show ${selector} within ${TIMEOUT} ms${last ? ` (last error: ${String(last)})` : ''}`);
  };

  const helperPage = async () => (helper ??= await extensionPage('popup.html?tabId=-1', 'body'));

  // Raw WebDriver BiDi: browsing contexts of the browser's own UI are listed with Firefox's `moz:scope: chrome`
  // (allowed by --remote-allow-system-access).
  const bidi = (
    browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> } }
  ).connection;
  const inBrowserWindow = async (expression: string): Promise<unknown> => {
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window among the privileged contexts');
    const reply = (await bidi.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as {
      type: string;
      result?: { type: string; value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (reply.type !== 'success') throw new Error(`in the browser window: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
    return reply.result?.type === 'string' || reply.result?.type === 'number' || reply.result?.type === 'boolean'
      ? reply.result.value
      : undefined;
  };
  const seenDownloads = new Set<string>();

  return {
    browser,
    blocked,
    downloads,
    async open(url, html) {
      const page = await browser.newPage();
      const target = new URL(url);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const u = new URL(request.url());
        const served = u.origin === target.origin && u.pathname === target.pathname;
        if (!served) blocked.push({ url: request.url(), page: url });
        // The .catch: an abort can race the request's own end and throw "no such request".
        (served ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : request.abort()).catch(() => {});
      });
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
      return page;
    },
    extensionPage,
    async tabIdOf(page) {
      const helper = await helperPage();
      await page.bringToFront();
      const id = await helper.evaluate(async () => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await b.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
      });
      if (id < 0) throw new Error('no active tab');
      return id;
    },
    async badge(tabId) {
      return (await helperPage()).evaluate(
        (id) =>
          (globalThis as unknown as { browser: { browserAction: typeof chrome.action } }).browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      );
    },
    async library() {
      return libraryContents(await helperPage());
    },
    async download(name) {
      const deadline = Date.now() + TIMEOUT;
      while (Date.now() < deadline) {
        // Firefox writes `<name>.part` beside the file until the download completes.
        const files = readdirSync(downloads);
        const done = files.find(
          (f) => name.test(f) && !seenDownloads.has(f) && !files.includes(`${f}.part`) && statSync(join(downloads, f)).size > 0,
        );
        if (done) {
          seenDownloads.add(done);
          return { name: done, text: readFileSync(join(downloads, done), 'utf8') };
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `no download matching ${name} in ${downloads} within ${TIMEOUT} ms (there: ${readdirSync(downloads).join(', ') || 'nothing'})`,
      );
    },
    inBrowserWindow,
    async pressShortcut(shortcut) {
      const keys = shortcut.split('+');
      const key = keys.pop()!;
      const modifiers = keys.map(
        (m) => ({ Alt: ['Alt', 'AltLeft', 18], Shift: ['Shift', 'ShiftLeft', 16], Ctrl: ['Control', 'ControlLeft', 17] })[m],
      );
      if (modifiers.some((m) => !m) || !/^[A-Z]$/.test(key)) throw new Error(`cannot press ${shortcut}`);
      const sent = await inBrowserWindow(`(() => {
        gURLBar.focus();
        const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
        const ev = ([key, code, keyCode]) => new KeyboardEvent('', { key, code, keyCode });
        const mods = ${JSON.stringify(modifiers)};
        const main = [${JSON.stringify(key)}, 'Key${key}', ${key.charCodeAt(0)}];
        for (const m of mods) tip.keydown(ev(m));
        tip.keydown(ev(main));
        tip.keyup(ev(main));
        for (const m of [...mods].reverse()) tip.keyup(ev(m));
        return 'sent';
      })()`);
      if (sent !== 'sent') throw new Error(`${shortcut}: ${String(sent)}`);
    },
    async contextMenuClick(page, selector, menuItemId) {
      await page.bringToFront();
      const box = await page.$eval(selector, (e) => {
        e.scrollIntoView({ block: 'center' });
        const r = e.getBoundingClientRect();
        return { x: r.x + Math.min(10, r.width / 2), y: r.y + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y, { button: 'right' });
      const itemId = `${WIDGET_ID}-menuitem-_${menuItemId}`;
      const deadline = Date.now() + TIMEOUT;
      while (Date.now() < deadline) {
        const label = await inBrowserWindow(`(() => {
          const menu = document.getElementById('contentAreaContextMenu');
          const item = document.getElementById(${JSON.stringify(itemId)});
          if (menu.state !== 'open' || !item || item.hidden) return '';
          menu.activateItem(item);
          return item.label;
        })()`);
        if (label) return label as string;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the context menu did not show ${itemId} within ${TIMEOUT} ms`);
    },
    async closeTabs() {
      const keep = await helperPage();
      for (const page of await browser.pages()) if (page !== keep) await page.close().catch(() => {});
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
