/**
 * "Collect across pages" in Firefox (MV2: background page, browserAction, storage.session): two pages of one arXiv
 * search, derived from the saved 200-result page (README of test/fixtures/pages), each opened in its own tab; the
 * basket holds both pages' papers once, its count is on the badge of the listing's tabs, and the popup saves it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirefox, launchFirefox, requireFirefox, type FirefoxSession } from './firefox-harness';
import { arxivSearchPage } from './pages';

const SEARCH = 'https://arxiv.org/search/?query=distributed+systems&searchtype=abstract&abstracts=show&order=&size=50';
const TIMEOUT = { timeout: 30_000 };
let s: FirefoxSession;

beforeAll(async () => {
  requireFirefox();
  s = await launchFirefox(buildFirefox());
});
afterAll(async () => {
  await s?.close();
});

const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');
async function click(page: Page, name: string): Promise<void> {
  const handle = await page.waitForFunction(
    (n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n && !b.disabled) ?? false,
    TIMEOUT,
    name,
  );
  await (handle.asElement() as unknown as { click(): Promise<void> }).click();
}

describe('Firefox: a basket across two arXiv search pages', () => {
  it('collects 50 + 49 papers (one repeated), shows 99 on the badge and saves them from the popup', async () => {
    const first = await s.open(`${SEARCH}&start=0`, arxivSearchPage(0, 50));
    const firstTab = await s.tabIdOf(first);
    await expect.poll(() => s.badge(firstTab), TIMEOUT).toBe('50');
    let popup = await s.extensionPage(`popup.html?tabId=${firstTab}`, 'section.basket button');
    await click(popup, 'Collect across pages');
    await expect.poll(() => bodyText(popup), TIMEOUT).toContain('50 papers from 1 page');
    await popup.close();

    const second = await s.open(`${SEARCH}&start=50`, arxivSearchPage(49, 99));
    const secondTab = await s.tabIdOf(second);
    await expect.poll(() => s.badge(secondTab), TIMEOUT).toBe('99');

    popup = await s.extensionPage(`popup.html?tabId=${secondTab}`, 'section.basket button');
    await expect.poll(() => bodyText(popup), TIMEOUT).toContain('99 papers from 2 pages');
    await click(popup, 'Review basket');
    await expect.poll(() => popup.$$eval('ul.basket-entries > li', (xs) => xs.length), TIMEOUT).toBe(99);
    await click(popup, 'Save 99 papers from the basket');
    await expect.poll(() => bodyText(popup), TIMEOUT).toContain('Saved 99, updated 0.');
    expect((await s.library()).length).toBe(99);
    await s.closeTabs();
  });
});
