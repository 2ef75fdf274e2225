/**
 * Real Firefox (Debian's firefox-esr) with the Firefox build installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox). Pages are served at their real URLs
 * by request interception; every other request from a web page is aborted and recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX_E2E_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
const GECKO_ID = 'papershelf@papershelf.dev';
/** Fixed by a preference, so extension pages have known URLs. */
const EXTENSION_UUID = '5b0f3c1e-7d2a-4c69-9e1b-3a8f6d2c4e70';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
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
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
    // Firefox 141+ lets WebDriver BiDi navigate only to http(s), file and blob URLs without it; moz-extension:// pages need it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
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

  return {
    browser,
    blocked,
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
      helper ??= await extensionPage('popup.html?tabId=-1', 'body');
      await page.bringToFront();
      const id = await helper.evaluate(async () => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await b.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
      });
      if (id < 0) throw new Error('no active tab');
      return id;
    },
    async close() {
      await browser.close();
    },
  };
}
