/**
 * The "Saved" marks in real Chromium: the saved Hugging Face daily page served at its real URL with the extension
 * loaded. Marks appear after saves (popup, another extension page), follow tag edits and the setting without a reload,
 * survive a reload, and never appear on a page no adapter claims.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Paper } from '../../lib/model';
import { launchExtension, libraryContents, seedLibrary, serve, withLibrary, type ExtensionSession, type LibraryApi } from './harness';
import { ALFOLIO_DEMO, ARXIV_SEARCH, HF_DAILY, pageHtml } from './pages';

let s: ExtensionSession;

const markCount = (page: Page) => page.locator('[data-papershelf-saved]').count();

/** The mark after the title link whose text is `title`: its shadow root's text and hover title, or null. */
function markOf(page: Page, title: string): Promise<{ text: string; hover: string; tag: string; inTitle: boolean } | null> {
  return page.evaluate((t) => {
    const link = [...document.querySelectorAll('h3 > a')].find((a) => a.textContent?.trim() === t);
    const host = link?.nextElementSibling;
    if (!host?.hasAttribute('data-papershelf-saved')) return null;
    const span = host.shadowRoot?.querySelector('span');
    return { text: span?.textContent ?? '', hover: span?.title ?? '', tag: host.tagName.toLowerCase(), inTitle: link!.contains(host) };
  }, title);
}

async function tabIdOf(urlPrefix: string): Promise<number> {
  const id = await s.worker.evaluate(async (prefix) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id, urlPrefix);
  if (id === undefined) throw new Error(`no tab at ${urlPrefix}`);
  return id;
}

const badge = (tabId: number) => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The page's content script has counted its entries and asked for its marks (the badge is set first). */
async function settled(page: Page, tabId: number): Promise<void> {
  await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('13');
  await page.waitForTimeout(500);
}

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

describe('Saved marks on the page', () => {
  it('appear after saves from the popup and the side panel, follow tags and the setting, survive a reload', async () => {
    await serve(s.context, HF_DAILY.url, pageHtml(HF_DAILY));
    const page = await s.context.newPage();
    await page.goto(HF_DAILY.url);
    const tabId = await tabIdOf(HF_DAILY.url);
    await settled(page, tabId);
    expect(await markCount(page)).toBe(0);
    const layoutBefore = await page.evaluate(() => document.querySelector('h3 > a')!.textContent);

    // A save from another extension page (the side panel's paste path): one paper, two tags; the page updates itself.
    const panel = await s.page('sidepanel.html');
    await withLibrary(panel);
    const reply = await panel.evaluate(async () => {
      const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
      return lib.saveCandidates(
        await lib.openLibrary(),
        [{ title: 'The Llama 3 Herd of Models', authors: ['Abhimanyu Dubey'], authorsTruncated: true, ids: { arxiv: '2407.21783' } }],
        { site: 'text', kind: 'feed', url: 'https://huggingface.co/papers/date/2024-08-01' },
        { tags: ['to-read', 'llm'] },
      );
    });
    expect(reply).toMatchObject({ added: 1 });
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(1);
    expect(await markOf(page, 'The Llama 3 Herd of Models')).toEqual({
      text: 'Saved',
      hover: 'Saved, 2 tags',
      tag: 'papershelf-mark',
      inTitle: false,
    });
    expect(await markOf(page, 'Tora: Trajectory-oriented Diffusion Transformer for Video Generation')).toBeNull();
    // Nothing was written inside the site's own title element.
    expect(await page.evaluate(() => document.querySelector('h3 > a')!.textContent)).toBe(layoutBefore);

    // Save the rest through the popup: every title gets its mark without a reload.
    const popup = await s.page(`popup.html?tabId=${tabId}`);
    await popup.getByRole('list', { name: 'Papers on this page' }).waitFor();
    const save = popup.getByRole('button', { name: /^Save/ });
    // The paper saved bare above is offered again as an update (the page has its abstract).
    expect(await save.textContent()).toBe('Save 13 papers');
    await save.click();
    await popup.getByText(/Saved 12, updated 1/).waitFor();
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(13);
    expect((await markOf(page, 'Tora: Trajectory-oriented Diffusion Transformer for Video Generation'))?.hover).toBe('Saved');

    // A tag edit written by an extension page (the side panel's own store code): the hover text follows.
    const llama = (await libraryContents(s.worker)).find((p) => p.ids.arxiv === '2407.21783')!;
    const edited: Paper = { ...llama, tags: { ...llama.tags, classics: { on: true, t: Date.now() } } };
    await seedLibrary(panel, [edited]);
    await expect.poll(async () => (await markOf(page, 'The Llama 3 Herd of Models'))?.hover, { timeout: 5_000 }).toBe('Saved, 3 tags');

    // A reload: the marks come back from the library.
    await page.reload();
    await settled(page, tabId);
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(13);
    expect((await markOf(page, 'The Llama 3 Herd of Models'))?.hover).toBe('Saved, 3 tags');

    // The setting: off removes every mark at once and keeps them off after a reload; on brings them back.
    const toggle = panel.getByLabel('Marks on pages');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(0);
    await page.reload();
    await settled(page, tabId);
    expect(await markCount(page)).toBe(0);
    await toggle.check();
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(13);
    await popup.close();
    await panel.close();
  });

  it('appear on all 200 arXiv search results after the keyboard shortcut saves them, at the end of each title', async () => {
    await serve(s.context, ARXIV_SEARCH.url, pageHtml(ARXIV_SEARCH));
    const page = await s.context.newPage();
    await page.goto(ARXIV_SEARCH.url);
    await page.bringToFront();
    const tabId = await tabIdOf('https://arxiv.org/search/');
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('200');
    await page.waitForTimeout(500);
    expect(await markCount(page)).toBe(0);
    // The shortcut's command as the browser fires it (no browser UI to press it in headless Chromium).
    await s.worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(c: string): void }).dispatch('capture-page'));
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('+200');
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(200);
    // arXiv's title is a block (p.title) holding the text alone: the mark is its last child, after the text.
    const placed = await page.evaluate(() =>
      [...document.querySelectorAll('li.arxiv-result > p.title')].every(
        (p) => p.lastElementChild?.hasAttribute('data-papershelf-saved') && p.childElementCount === 1,
      ),
    );
    expect(placed).toBe(true);
    await page.close();
  });

  it('never appear on a page no adapter claims, even for a saved title', async () => {
    const panel = await s.page('sidepanel.html');
    await withLibrary(panel);
    const reply = await panel.evaluate(async () => {
      const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
      return lib.saveCandidates(
        await lib.openLibrary(),
        [{ title: 'On the electrodynamics of moving bodies', authors: ['Albert Einstein'], authorsTruncated: false, year: 1905, ids: {} }],
        { site: 'text', kind: 'feed', url: 'https://alshedivat.github.io/al-folio/publications/' },
      );
    });
    expect(reply).toMatchObject({ added: 1 });
    await serve(s.context, ALFOLIO_DEMO.url, pageHtml(ALFOLIO_DEMO));
    const page = await s.context.newPage();
    await page.goto(ALFOLIO_DEMO.url);
    expect(await page.getByText('On the electrodynamics of moving bodies').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    expect(await markCount(page)).toBe(0);
    expect(await page.locator('papershelf-mark').count()).toBe(0);
    await panel.close();
  });

  it("follow the side panel's own writes while the background's service worker is stopped", async () => {
    await serve(s.context, HF_DAILY.url, pageHtml(HF_DAILY));
    const page = await s.context.newPage();
    await page.goto(HF_DAILY.url);
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(13);
    const panel = await s.page('sidepanel.html');
    const tora = (await libraryContents(s.worker)).find((p) => p.ids.arxiv === '2407.21705')!;
    // Stop every service worker (ours included), as Chrome does after 30 s idle.
    const cdp = await s.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await seedLibrary(panel, [{ ...tora, tags: { ...tora.tags, later: { on: true, t: Date.now() } } }]);
    await expect
      .poll(async () => (await markOf(page, 'Tora: Trajectory-oriented Diffusion Transformer for Video Generation'))?.hover, {
        timeout: 5_000,
      })
      .toBe('Saved, 1 tag');
  });
});
