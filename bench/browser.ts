/** Real Chromium for the benchmark: one context with the freshly built extension, one plain (extraction floor and adapters). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/harness';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  ...CHROMIUM_ARGS,
  // Background tabs must not be throttled: the benchmark opens several.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export interface Session {
  context: BrowserContext;
  extensionId?: string;
  worker?: Worker;
  close(): Promise<void>;
}

/** No network: every http(s) request not served by a later route is aborted. */
async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort(),
  );
}

export async function launch(extensionDir?: string): Promise<Session> {
  const profileDir = mkdtempSync(join(tmpdir(), 'papershelf-bench-'));
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS] : ARGS;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 720 },
    args,
  });
  await blockNetwork(context);
  // tsx compiles functions handed to page.evaluate with esbuild's keepNames, which calls a `__name` helper.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  let worker: Worker | undefined;
  let extensionId: string | undefined;
  if (extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Serve `html` at `url` (exact origin + path, any query). */
export async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await context.route(
    (u) => u.origin === target.origin && u.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export async function unserve(context: BrowserContext, url: string): Promise<void> {
  const target = new URL(url);
  await context.unroute((u) => u.origin === target.origin && u.pathname === target.pathname);
}

/** Evaluate a bundled script in a page (works on extension pages, whose CSP forbids inline script tags). */
export async function inject(page: Page, code: string): Promise<void> {
  await page.evaluate(code);
}
