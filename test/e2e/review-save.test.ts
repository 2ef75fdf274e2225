/**
 * What the popup saves is what it showed: a second review of the same tab does not change the first popup's save,
 * and an unusable entry on the page is left out (and said so) instead of refusing the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, libraryContents, type ExtensionSession } from './harness';

let s: ExtensionSession;
const URL_ = 'https://huggingface.co/papers/date/2024-10-01';
let served = '';

beforeAll(async () => {
  s = await launchExtension();
  // The page's content is whatever the test set last: a reload shows another list, as a live feed does.
  await s.context.route(
    (u) => u.href.startsWith(URL_),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served }),
  );
});
afterAll(async () => {
  await s?.close();
});

function feed(titles: string[], idBase: number): string {
  const dailyPapers = titles.map((title, i) => ({
    title,
    paper: { id: `2410.${idBase + i}`, title, authors: [{ name: 'Ada Lovelace' }], summary: 'x', upvotes: 1 },
  }));
  const props = JSON.stringify({ date: '2024-10-01T00:00:00.000Z', dailyPapers }).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<html><head><title>Daily Papers</title></head><body><main><div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props}"></div></main></body></html>`;
}

async function popupFor(tab: Page): Promise<Page> {
  const tabId = await s.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, tab.url());
  const popup = await s.page(`popup.html?tabId=${tabId}`);
  await popup.getByRole('list', { name: 'Papers on this page' }).waitFor();
  return popup;
}

describe('popup review and save', () => {
  it("the first popup's Save stores the papers it showed, though the page was re-read by a second review since", async () => {
    served = feed(['Paper zero', 'Paper one', 'Paper two'], 10000);
    const tab = await s.context.newPage();
    await tab.goto(URL_);
    const first = await popupFor(tab);
    await first.getByRole('button', { name: 'None' }).click();
    await first.getByRole('checkbox', { name: /Paper zero/ }).check();

    served = feed(['Paper one hundred', 'Paper one hundred and one', 'Paper one hundred and two'], 10100);
    await tab.reload();
    const second = await popupFor(tab);
    await second.getByText('Paper one hundred', { exact: true }).waitFor();

    await first.getByRole('button', { name: 'Save 1 paper' }).click();
    await first.getByText(/Saved 1, updated 0/).waitFor();
    const titles = (await libraryContents(s.worker)).map((p) => p.title);
    expect(titles).toContain('Paper zero');
    expect(titles).not.toContain('Paper one hundred');
    await Promise.all([first.close(), second.close(), tab.close()]);
  });

  it('a page with one 1 MB title: the other entries are reviewed, the popup says one was left out and why', async () => {
    served = feed(['Good paper A', 'x'.repeat(1_000_000), 'Good paper B'], 10200);
    const tab = await s.context.newPage();
    await tab.goto(URL_);
    const popup = await popupFor(tab);
    expect(await popup.getByRole('checkbox').count()).toBe(2);
    expect(await popup.getByRole('note').innerText()).toBe('1 entry on this page was left out: title longer than 2000 characters (1).');
    await popup.getByRole('button', { name: 'Save 2 papers' }).click();
    await popup.getByText(/Saved 2, updated 0/).waitFor();
    await Promise.all([popup.close(), tab.close()]);
  });
});
