/**
 * The capture pipeline in real Chromium: saved Hugging Face page served at its real URL -> content script ->
 * background -> IndexedDB -> popup -> export files. Every other host is blocked; the extension must request nothing.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bibtexParse from 'bibtex-parse';
import type { Page } from 'playwright-core';
import { SyncFile } from '../../lib/model';
import { launchExtension, libraryContents, serve, type ExtensionSession } from './harness';
import { HF_DAILY, hostilePage, pageHtml } from './pages';

const HF_URL = HF_DAILY.url;
const ARTIFACTS = 'test-artifacts';

let s: ExtensionSession;
const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

async function tabIdOf(urlPrefix: string): Promise<number> {
  const id = await s.worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(prefix))?.id;
  }, urlPrefix);
  if (id === undefined) throw new Error(`no tab at ${urlPrefix}`);
  return id;
}

async function badge(tabId: number): Promise<string> {
  return s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await s.page(`popup.html?tabId=${tabId}`);
  await popup.getByRole('list', { name: 'Papers on this page' }).or(popup.getByText('No papers found')).first().waitFor();
  return popup;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

describe('capture pipeline in Chromium', () => {
  it('captures the 13 Hugging Face papers once, re-capture adds no duplicates, exports parse', async () => {
    await serve(s.context, HF_URL, pageHtml(HF_DAILY));
    const page = await s.context.newPage();
    await page.goto(HF_URL);
    expect(await page.title()).toBe('Daily Papers - Hugging Face');
    const tabId = await tabIdOf('https://huggingface.co/papers');
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('13');

    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.getByRole('checkbox').count()).toBe(13);
    await expect(popup.getByText('The Llama 3 Herd of Models')).toBeDefined();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-huggingface.png` });
    const save = popup.getByRole('button', { name: /^Save/ });
    expect(await save.textContent()).toBe('Save 13 papers');
    await save.click();
    await popup.getByText(/Saved 13, updated 0/).waitFor();

    let papers = await libraryContents(s.worker);
    expect(papers).toHaveLength(13);
    expect(papers.every((p) => (p.abstract ?? '').length > 100)).toBe(true);
    const llama = papers.find((p) => p.ids.arxiv === '2407.21783')!;
    expect(llama.title).toBe('The Llama 3 Herd of Models');
    expect(llama.authors[0]).toBe('Abhimanyu Dubey');
    expect(llama.sources[0]).toMatchObject({ site: 'huggingface', url: HF_URL, kind: 'feed' });
    expect(llama.signals.upvotes).toBe(94);

    // Reload and capture again: everything is already saved; saving all again adds nothing.
    await page.reload();
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('13');
    const again = await openPopupFor(tabId);
    expect(await again.getByText('Saved', { exact: true }).count()).toBe(13);
    expect(await again.getByRole('button', { name: /^Save/ }).isDisabled()).toBe(true);
    await again.getByRole('button', { name: 'All', exact: true }).click();
    await again.getByRole('button', { name: 'Save 13 papers' }).click();
    await again.getByText(/Saved 0, updated 0, 13 already up to date/).waitFor();
    papers = await libraryContents(s.worker);
    expect(papers).toHaveLength(13);
    expect(new Set(papers.map((p) => p.id)).size).toBe(13);

    // Export through the UI: BibTeX parses with an independent parser, JSON validates as a sync file.
    const [bib] = await Promise.all([again.waitForEvent('download'), again.getByRole('button', { name: 'BibTeX' }).click()]);
    const bibText = readFileSync((await bib.path())!, 'utf8');
    const entries = bibtexParse.entries(bibText);
    expect(entries).toHaveLength(13);
    expect(new Set(entries.map((e: { key: string }) => e.key)).size).toBe(13);
    const [json] = await Promise.all([again.waitForEvent('download'), again.getByRole('button', { name: 'JSON', exact: true }).click()]);
    const sync = SyncFile.parse(JSON.parse(readFileSync((await json.path())!, 'utf8')));
    expect(sync.papers).toHaveLength(13);

    // The page's own assets were blocked (no network here); the extension itself asked for nothing.
    const byExtension = (b: { initiator: string }) => b.initiator.startsWith('chrome-extension://') || b.initiator === 'service-worker';
    expect(s.blocked.filter(byExtension)).toEqual([]);
    // The monitor itself works: a request from the background is seen and attributed.
    await s.worker.evaluate(() => fetch('https://probe.invalid/').catch(() => null));
    await expect.poll(() => s.blocked.filter(byExtension).map((b) => b.url)).toEqual(['https://probe.invalid/']);
  });

  it('groups a second page: new, possibly already saved (side by side), would be updated; saving reports and undo restores', async () => {
    const url = 'https://huggingface.co/papers?q=llama';
    const item = (id: string, title: string, extra: object = {}) => ({
      title,
      paper: { id, title, authors: [{ name: 'Ada Lovelace' }], summary: 'An abstract.', upvotes: 2, ...extra },
    });
    const props = JSON.stringify({
      dailyPapers: [
        item('2501.00001', 'A brand new paper'),
        item('2501.00002', 'The Llama 3 Herd of Models'), // same title as a saved paper, another arXiv id
        item('2407.21705', 'Tora: Trajectory-oriented Diffusion Transformer for Video Generation', {
          githubRepo: 'https://github.com/alibaba/Tora',
        }),
        item('2407.21770', 'MoMa: Efficient Early-Fusion Pre-training with Mixture of Modality-Aware Experts'),
      ],
    }).replace(/"/g, '&quot;');
    await serve(s.context, url, `<html><body><main><div data-target="DailyPapers" data-props="${props}"></div></main></body></html>`);
    const page = await s.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);
    const popup = await openPopupFor(tabId);
    const groupNames = await popup.locator('.group-title').allTextContents();
    expect(groupNames).toEqual(['New 1', 'Possibly already saved 1', 'Saved, would be updated 1', 'Already saved 1']);
    expect(await popup.getByRole('region', { name: 'Saved, would be updated' }).getByText('Would add: code').count()).toBe(1);
    const compare = popup.getByLabel('Compared with a saved paper');
    expect(await compare.getByText('The Llama 3 Herd of Models').count()).toBe(2);
    // The compare box's names wrap in its narrow columns instead of being cut, then the count of the rest.
    const namesCut = await compare.locator('.authors .names').evaluateAll((els) => els.map((e) => e.scrollWidth > e.clientWidth));
    expect(namesCut).toEqual([false, false]);
    expect(await compare.locator('.authors .more').first().textContent()).toMatch(/^ \+\d{3} more$/);
    // A possible duplicate is not called new: its row asks for a look.
    expect(await popup.locator('.summary .pill').allTextContents()).toEqual(['1 new', '1 to check', '1 to update', '1 saved']);
    const maybeRegion = popup.getByRole('region', { name: 'Possibly already saved' });
    expect(await maybeRegion.locator('.pill').allTextContents()).toEqual(['Check']);
    expect(await popup.getByRole('region', { name: 'New', exact: true }).locator('.pill').allTextContents()).toEqual(['New']);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-groups.png` });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${ARTIFACTS}/popup-groups-dark.png` });
    await popup.emulateMedia({ colorScheme: 'light' });

    const before = await libraryContents(s.worker);
    // "Only new" is the New group: not the possible duplicate, not the update.
    await popup.getByRole('button', { name: 'Only new' }).click();
    await popup.getByRole('button', { name: 'Save 1 paper' }).waitFor();
    await popup.getByRole('region', { name: 'Saved, would be updated' }).getByRole('checkbox').check();
    // The possible duplicate starts unchecked: saving adds the new paper and updates Tora.
    await popup.getByRole('button', { name: 'Save 2 papers' }).click();
    await popup.getByText(/Saved 1, updated 1/).waitFor();
    expect((await libraryContents(s.worker)).length).toBe(before.length + 1);
    expect((await libraryContents(s.worker)).find((p) => p.ids.arxiv === '2407.21705')?.code).toBe('https://github.com/alibaba/Tora');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => sortById(await libraryContents(s.worker))).toEqual(sortById(before));
  });

  it('renders page markup in titles as text; no script runs', async () => {
    const { url, html } = hostilePage();
    await serve(s.context, url, html);
    const page = await s.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);
    const popup = await openPopupFor(tabId);
    await popup.getByText('Attack <b>bold</b>', { exact: false }).waitFor();
    expect(await popup.locator('.entries img, .entries b, .entries script').count()).toBe(0);
    expect(await popup.title()).toBe('Papershelf');
    expect(await popup.getByText('<script>alert(1)</script>').count()).toBe(1);
  });

  it('rejects badly shaped messages with an error and leaves the library unchanged', async () => {
    const before = await libraryContents(s.worker);
    const popup = await s.page('popup.html?tabId=999999');
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return Promise.all([
        send({ type: 'save', tabId: 'one', indices: [0] }),
        send({ type: 'save', tabId: 1, scanId: 'x', indices: [-1] }),
        send({ type: 'undo', undo: { action: 'capture', papers: [{ id: 'p', deleted: { title: '' } }], tombstones: [] } }),
        send({ type: 'drop-database' }),
        send('not even an object'),
      ]);
    });
    for (const r of replies) expect(r).toMatchObject({ ok: false, error: expect.any(String) });
    expect(await libraryContents(s.worker)).toEqual(before);
  });
});
