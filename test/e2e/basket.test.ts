/**
 * "Collect across pages" in real Chromium: a basket over three pages of one arXiv search, opened one after the other
 * in the same tab at their real URLs (start=0, 50, 100). The pages are derived here from the saved 200-result search
 * page (test/fixtures/pages/arxiv-search-200-2025-12.html): its results 1-50, 51-100 and 100-149 (the third page
 * repeats result 100, as a page can when new results shift a listing between two page loads), everything else of the
 * page kept as it is. Badge count, the basket kept across a service-worker restart, the popup's review of the whole
 * basket, one save, stop (the badge is the page's count again), clear, and the side panel's count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { ARXIV_SEARCH, arxivSearchPage, pageHtml } from './pages';

const SEARCH = 'https://arxiv.org/search/?query=distributed+systems&searchtype=abstract&abstracts=show&order=&size=50';
let s: ExtensionSession;
const saved = pageHtml(ARXIV_SEARCH);
const PAGES: Record<string, string> = {
  '0': arxivSearchPage(0, 50),
  '50': arxivSearchPage(50, 100),
  '100': arxivSearchPage(99, 149),
};

beforeAll(async () => {
  s = await launchExtension();
  worker = s.worker;
  await s.context.route(
    (u) => u.origin === 'https://arxiv.org' && u.pathname === '/search/',
    (route) => {
      const body = PAGES[new URL(route.request().url()).searchParams.get('start') ?? '0'];
      return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort();
    },
  );
});
afterAll(async () => {
  await s?.close();
});

/** The extension's service worker: the first one, or the one Chrome started after the test stopped it. */
let worker: Worker;
const badge = (tabId: number) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const tabIdAt = (url: string) =>
  worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url) as Promise<number>;

/** Stop the extension's service worker, as Chrome does to an idle one; the next event starts a new one. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await s.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}
const SLOW = { timeout: 20_000 };

describe('a basket across three arXiv search pages', () => {
  it('the saved page lists 200 distinct arXiv ids (what the derived pages add up to)', () => {
    const ids = [...saved.matchAll(/<p class="list-title is-inline-block"><a href="https:\/\/arxiv\.org\/abs\/([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
  });

  it('collects 50 + 50 + 49 papers, shows 149 on the badge, reviews and saves them in one go', async () => {
    const tab = await s.context.newPage();
    await tab.goto(`${SEARCH}&start=0`);
    const tabId = await tabIdAt(tab.url());
    await expect.poll(() => badge(tabId), SLOW).toBe('50');

    let popup: Page = await s.page(`popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: 'Collect across pages' }).click();
    await popup.getByText('50 papers from 1 page').waitFor();
    // arXiv's search shows up to 200 results a page: the popup says so and links the 200-a-page view.
    const onePage = popup.getByRole('link', { name: 'Show it on one page' });
    expect(new URL((await onePage.getAttribute('href'))!).searchParams.get('size')).toBe('200');
    await popup.close();

    await tab.goto(`${SEARCH}&start=50`);
    await expect.poll(() => badge(tabId), SLOW).toBe('100');
    // The service worker stops between two pages: the basket is read back from session storage by the next one.
    await worker.evaluate(() => void ((globalThis as { beforeStop?: boolean }).beforeStop = true));
    const extensionPage = await s.page('sidepanel.html');
    await stopServiceWorker(extensionPage);
    await extensionPage.close();
    await tab.goto(`${SEARCH}&start=100`);
    await expect
      .poll(async () => {
        worker = s.context.serviceWorkers().findLast((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`)) ?? worker;
        return worker.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop ?? false).catch(() => 'stopped');
      }, SLOW)
      .toBe(false);
    await expect.poll(() => badge(tabId), SLOW).toBe('149');

    popup = await s.page(`popup.html?tabId=${tabId}`);
    await popup.getByText('149 papers from 3 pages').waitFor();
    await popup.getByRole('button', { name: 'Review basket' }).click();
    const list = popup.getByRole('list', { name: 'Papers in the basket' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(149);
    await popup.getByText('149 new').waitFor();
    await popup.getByRole('button', { name: 'Save 149 papers from the basket' }).click();
    await popup.getByText('Saved 149, updated 0.').waitFor(SLOW);
    // Reviewed again after the save: every paper of the basket is in the library now.
    await popup.getByText('149 saved').waitFor();
    // Stopped: the badge is the page's own count again (the third page lists 50), the basket still holds 149.
    await popup.getByRole('button', { name: 'Stop collecting' }).click();
    await popup.getByText('Basket (stopped):').waitFor();
    await expect.poll(() => badge(tabId), SLOW).toBe('50');
    await popup.getByRole('button', { name: 'Clear the basket' }).click();
    await popup.getByRole('button', { name: 'Collect across pages' }).waitFor();
    await popup.close();

    const panel = await s.page('sidepanel.html');
    await expect.poll(() => panel.locator('.count-line').innerText(), SLOW).toBe('149 papers');
    await Promise.all([panel.close(), tab.close()]);
  });
});
