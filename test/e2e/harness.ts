/** Real Chromium with the built extension loaded; pages served at their real URLs; every other request blocked and recorded. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Paper } from '../../lib/model';
import { build } from 'esbuild';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium on a machine without a network: no background connections, no component updates. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests no test served (aborted), with who made them: a frame's URL or 'service-worker'. */
  blocked: { url: string; initiator: string }[];
  /** Open chrome-extension://ID/<path> in a new tab. */
  page(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(
  opts: { profileDir?: string; keepProfile?: boolean; args?: string[]; extensionDir?: string } = {},
): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'papershelf-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 420, height: 720 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS, ...(opts.args ?? [])],
  });
  const blocked: { url: string; initiator: string }[] = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const request = route.request();
      let initiator = 'unknown';
      if (request.serviceWorker()) initiator = 'service-worker';
      else {
        try {
          initiator = request.frame().url();
        } catch {
          /* not from a frame */
        }
      }
      blocked.push({ url: request.url(), initiator });
      return route.abort();
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    blocked,
    async page(path: string) {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      return p;
    },
    async close() {
      await context.close();
      if (!opts.keepProfile && !opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Serve `html` at `url` (exact URL, any query). Later routes take precedence over the catch-all block. */
export async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await context.route(
    (u) => u.origin === target.origin && u.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export type LibraryApi = {
  generatePapers(n: number, seed: number): Paper[];
  distinctGeneratedPapers(n: number, seed: number, mark: string): Paper[];
  toSyncFile(papers: Paper[], tombstones: [], deviceId: string, now: number): unknown;
  serialiseSyncFile(file: unknown): string;
  openLibrary(factory?: IDBFactory, name?: string): Promise<unknown>;
  reviewScan(db: unknown, scan: unknown): Promise<{ status: string }[]>;
  putPapers(db: unknown, papers: Paper[], reason?: string): Promise<void>;
  deletePapers(db: unknown, ids: string[]): Promise<unknown>;
  saveCandidates(
    db: unknown,
    entries: unknown[],
    source: { site: string; url: string; kind: string },
    options?: { tags?: string[] },
  ): Promise<{ added: number }>;
  getAllPapers(db: unknown): Promise<Paper[]>;
  getPapersByIds(db: unknown, ids: string[]): Promise<{ found: Paper[] }>;
  getTombstones(db: unknown): Promise<unknown[]>;
};

let libraryBundle: Promise<string> | undefined;

/** lib/library/store.ts as a script that sets globalThis.__papershelfLibrary (the same code the extension runs). */
function libraryScript(): Promise<string> {
  libraryBundle ??= build({
    entryPoints: [resolve(import.meta.dirname, 'inject/library.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((out) => out.outputFiles[0]!.text);
  return libraryBundle;
}

/** Anything that runs a script in an extension context: a Playwright page or worker, a Puppeteer (Firefox) page. */
export interface Evaluates {
  evaluate(script: string): Promise<unknown>;
}

/** Install the library API (globalThis.__papershelfLibrary) in a page or worker once. */
export async function withLibrary(target: Page | Worker | Evaluates): Promise<void> {
  const evaluate = (code: string) => (target as Evaluates).evaluate(code);
  if (!(await evaluate("'__papershelfLibrary' in globalThis"))) await evaluate(await libraryScript());
}

/** Write papers into the extension's library from one of its pages, in one transaction, with the store's own code. */
export async function seedLibrary(page: Page, papers: Paper[]): Promise<void> {
  await withLibrary(page);
  await page.evaluate(async (ps) => {
    const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
    await lib.putPapers(await lib.openLibrary(), ps, 'seed');
  }, papers);
}

/**
 * Write generatePapers(n, seed) into the extension's library from one of its pages, less any paper whose id is in
 * `skipIds`, at most `take` of them: the papers are generated in the page (the same deterministic code as in Node),
 * since sending 20,000 of them over the driver's connection takes seconds.
 */
export async function seedGeneratedLibrary(
  page: Page,
  generated: { n: number; seed: number; skipIds?: string[]; take?: number },
): Promise<void> {
  await withLibrary(page);
  await page.evaluate(async ({ n, seed, skipIds = [], take = n }) => {
    const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
    const skipped = new Set(skipIds);
    const papers = lib
      .generatePapers(n, seed)
      .filter((p) => !skipped.has(p.id))
      .slice(0, take);
    await lib.putPapers(await lib.openLibrary(), papers, 'seed');
  }, generated);
}

/**
 * Every paper in the extension's library, read with the store's own code in an extension context: Chromium's
 * background service worker, or any moz-extension:// page in Firefox (one origin, one database).
 */
export async function libraryContents(target: Worker | Evaluates): Promise<Paper[]> {
  await withLibrary(target);
  // Sent as one JSON string: the driver's value-by-value serialisation of 20,000 papers took 20 s.
  const json = (await (target as Evaluates).evaluate(
    '(async () => { const lib = globalThis.__papershelfLibrary; return JSON.stringify(await lib.getAllPapers(await lib.openLibrary())); })()',
  )) as string;
  return JSON.parse(json) as Paper[];
}

/** Delete every paper in the extension's library (with the store's own code, in the background service worker). */
export async function emptyLibrary(worker: Worker): Promise<void> {
  await withLibrary(worker);
  await worker.evaluate(async () => {
    const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
    const db = await lib.openLibrary();
    await lib.deletePapers(
      db,
      (await lib.getAllPapers(db)).map((p) => p.id),
    );
  });
}

/** The stored papers with this title, found in the background service worker (a large library is not sent whole). */
export async function libraryPapersTitled(worker: Worker, title: string): Promise<Paper[]> {
  await withLibrary(worker);
  return worker.evaluate(async (wanted) => {
    const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
    return (await lib.getAllPapers(await lib.openLibrary())).filter((p) => p.title === wanted);
  }, title);
}

/** The stored papers with these ids, read in the background service worker. */
export async function libraryPapers(worker: Worker, ids: string[]): Promise<Paper[]> {
  await withLibrary(worker);
  return worker.evaluate(async (wanted) => {
    const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
    return (await lib.getPapersByIds(await lib.openLibrary(), wanted)).found;
  }, ids);
}

/**
 * Chromium flag that lets a CDP client send `Extensions.triggerAction` (clickToolbarButton): pass it to
 * launchExtension({ args: [...] }) in tests that click the toolbar button.
 */
export const TOOLBAR_CLICK_ARGS = ['--enable-unsafe-extension-debugging'];

/**
 * What a click on the extension's toolbar button does, by Chromium's own code: `Extensions.triggerAction` on the tab
 * showing `url` runs the action as the click does (activeTab granted for that tab, the action popup opens). Needs a
 * browser launched with TOOLBAR_CLICK_ARGS. Headless Chromium has no toolbar to click, so the physical click itself is
 * the one step a test cannot take.
 */
export async function clickToolbarButton(s: ExtensionSession, url: string): Promise<void> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.url === url);
    if (tabs.length !== 1) throw new Error(`${tabs.length} tabs at ${url}, expected one`);
    await cdp.send('Extensions.triggerAction', { id: s.extensionId, targetId: tabs[0]!.targetId });
  } finally {
    await cdp.detach();
  }
}
