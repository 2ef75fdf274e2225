/**
 * Work interrupted in real Chromium: the side panel closed right after a keystroke, the background service worker
 * stopped in the middle of the popup's save or between its review and its save, and the side panel closed in the middle of a bulk delete (last: it leaves
 * 20,000 papers behind when the delete did not commit). Nothing typed is lost, and the popup never hangs on "Saving…".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatePapers } from '../support/generate';
import {
  launchExtension,
  libraryContents,
  libraryPapers,
  seedGeneratedLibrary,
  seedLibrary,
  serve,
  withLibrary,
  type ExtensionSession,
  type LibraryApi,
} from './harness';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

const HF_FEED = 'https://huggingface.co/papers/date/2024-09-09';

/**
 * A Hugging Face daily feed of n distinct papers (the DailyPapers island's data, as the site serves it), titled
 * `${titlePrefix} ${i}`, arXiv ids from 2409.<firstId>.
 */
function feedPage(n: number, titlePrefix = 'Interrupted save paper', firstId = 10000): string {
  const dailyPapers = Array.from({ length: n }, (_, i) => {
    const id = `2409.${String(firstId + i)}`;
    const title = `${titlePrefix} ${i}`;
    return {
      title,
      paper: { id, title, authors: [{ name: 'Ada Lovelace' }, { name: 'Charles Babbage' }], summary: `Abstract ${i}.`, upvotes: i % 50 },
    };
  });
  const props = JSON.stringify({ date: '2024-09-09T00:00:00.000Z', dailyPapers }).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<html><head><title>Daily Papers - Hugging Face</title></head><body><main><div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props}"></div></main></body></html>`;
}

/** Stop every service worker of the extension's origin now, as Chrome does to an idle or crashed worker. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await s.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

async function openDetail(panel: Page, title: string): Promise<void> {
  await panel.locator('#search').fill(title);
  await panel
    .getByRole('listbox', { name: /^Papers/ })
    .getByRole('option')
    .first()
    .click();
  await panel.getByRole('heading', { level: 2, name: title }).waitFor();
}

describe('side panel closed right after typing', () => {
  it('a note typed just before the panel closes is in the library when it opens again', async () => {
    const papers = generatePapers(5, 7);
    const panel = await s.page('sidepanel.html');
    await seedLibrary(panel, papers);
    await panel.reload();
    const target = papers.find((p) => !p.note)!;
    await openDetail(panel, target.title);
    const note = panel.getByRole('textbox', { name: 'Note' });
    await note.click();
    await note.pressSequentially('read the proof in §3', { delay: 5 });
    // Closed at once: well inside the 0.8 s the panel waits for more typing before it saves.
    await panel.close();

    const [stored] = await libraryPapers(s.worker, [target.id]);
    const again = await s.page('sidepanel.html');
    await openDetail(again, target.title);
    await expect.poll(() => again.getByRole('textbox', { name: 'Note' }).inputValue(), { timeout: 10_000 }).toBe('read the proof in §3');
    await expect.poll(async () => (await libraryPapers(s.worker, [target.id]))[0]?.note).toBe('read the proof in §3');
    // Written as the user's edit: the note's clock is set (sync merges see it), nothing else changed.
    const after = (await libraryPapers(s.worker, [target.id]))[0]!;
    expect(after.clock.note).toBeGreaterThan(0);
    expect({ ...after, note: stored!.note, clock: stored!.clock, updatedAt: stored!.updatedAt }).toEqual(stored);
    await again.close();
  });
});

describe('service worker stopped in the middle of a save', () => {
  it('the popup never hangs on "Saving…": it says the save did not finish and how many ticked papers the library holds', async () => {
    const N = 3000;
    await serve(s.context, HF_FEED, feedPage(N));
    const tab = await s.context.newPage();
    await tab.goto(HF_FEED);
    const tabId = await s.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, HF_FEED);
    const popup = await s.page(`popup.html?tabId=${tabId}`);
    const save = popup.getByRole('button', { name: /^Save/ });
    await expect.poll(() => save.textContent(), { timeout: 60_000 }).toBe('Save 3000 papers');

    // The background tells the test when the save message arrives; the test stops the worker at that moment.
    const worker = s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`)) ?? s.worker;
    const saveArrived = worker.evaluate(
      () =>
        new Promise<void>((resolve) =>
          chrome.runtime.onMessage.addListener((m: { type?: string }) => {
            if (m?.type === 'save') resolve();
          }),
        ),
    );
    await save.click();
    await saveArrived;
    await stopServiceWorker(popup);

    const alert = popup.getByRole('alert');
    await alert.filter({ hasText: 'Saving did not finish' }).waitFor({ timeout: 30_000 });
    const text = (await alert.filter({ hasText: 'Saving did not finish' }).textContent())!;
    expect(text).toMatch(
      /^Saving did not finish: papershelf's background stopped before it answered\. Of the 3000 ticked papers, (0|3000) are in the library now\./,
    );
    // What the popup says is what the library holds (a save is all or nothing).
    const stored = (await libraryContents(await currentWorker())).filter((p) => p.title.startsWith('Interrupted save paper')).length;
    expect([0, N]).toContain(stored);
    expect(text).toContain(`${stored} are in the library now`);
    expect(await popup.getByText(/Saving .* papers…/).count()).toBe(0);
    // No raw browser wording anywhere in the popup.
    expect(await popup.locator('body').innerText()).not.toMatch(/message channel|Receiving end|Could not establish connection/i);
    // The popup read the page again through the restarted background: the rows show the library as it is.
    await expect
      .poll(async () => (await popup.locator('.summary').innerText()).replace(/\s+/g, ' '), { timeout: 60_000 })
      .toContain(stored ? '3000 saved' : '3000 new');
    await popup.close();
    await tab.close();
  });
});

describe('service worker stopped between the review and the save', () => {
  it('the save still saves what was reviewed (Chrome stops an idle worker after 30 s: a review read for longer)', async () => {
    const url = 'https://huggingface.co/papers/date/2024-09-10';
    await serve(s.context, url, feedPage(40, 'Slow review paper', 20000));
    const tab = await s.context.newPage();
    await tab.goto(url);
    const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    const popup = await s.page(`popup.html?tabId=${tabId}`);
    const save = popup.getByRole('button', { name: /^Save/ });
    await expect.poll(() => save.textContent(), { timeout: 60_000 }).toBe('Save 40 papers');
    // The reader unticks two papers, then the browser stops the idle worker before the click.
    await popup.getByRole('checkbox', { name: /^Slow review paper 0(?!\d)/ }).uncheck();
    await popup.getByRole('checkbox', { name: /^Slow review paper 1(?!\d)/ }).uncheck();
    await stopServiceWorker(popup);
    await save.click();
    await popup
      .getByRole('status')
      .filter({ hasText: /^Saved 38, updated 0/ })
      .waitFor({ timeout: 30_000 });
    const stored = (await libraryContents(await currentWorker())).filter((p) => p.title.startsWith('Slow review paper'));
    expect(stored.map((p) => p.title).sort()).toEqual(Array.from({ length: 38 }, (_, i) => `Slow review paper ${i + 2}`).sort());
    await popup.close();
    await tab.close();
  });
});

describe('side panel closed in the middle of a bulk delete', () => {
  it('the library is all or nothing: every selected paper deleted with its tombstone, or none', async () => {
    const N = 20_000;
    const worker = await currentWorker();
    await withLibrary(worker);
    const sizes = () =>
      worker.evaluate(async () => {
        const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
        const db = await lib.openLibrary();
        const papers = await lib.getAllPapers(db);
        return { count: papers.length, ids: papers.map((p) => p.id), tombstones: (await lib.getTombstones(db)).length };
      });
    const before = await sizes();
    // New papers only: a generated arXiv-only paper's id is its arXiv id, and two of the first 20,000 (2409.10016,
    // 2409.11939) are ids of the feed above, in the library when its interrupted save committed (the file's flake).
    const panel = await s.page('sidepanel.html');
    await seedGeneratedLibrary(panel, { n: N + 100, seed: 11, skipIds: before.ids, take: N });
    await panel.reload();
    const total = before.count + N;
    await expect.poll(() => panel.locator('.count-line').innerText(), { timeout: 60_000 }).toBe(`${total.toLocaleString('en-US')} papers`);
    await panel
      .getByRole('listbox', { name: /^Papers/ })
      .getByRole('option')
      .first()
      .locator('.row-check')
      .click();
    await panel.getByRole('button', { name: /^Select all/ }).click();
    await panel.getByText(`${total.toLocaleString('en-US')} selected`).waitFor();
    await panel.getByRole('region', { name: 'Selection actions' }).getByRole('button', { name: 'Delete' }).click();
    // Closed while the delete of 20,000 papers is being written (it takes far longer than this on this machine).
    await panel.waitForTimeout(30);
    await panel.close({ runBeforeUnload: false });

    const after = await sizes();
    // Either the delete committed (no paper, one new tombstone each) or it never happened (every paper, no new tombstone).
    expect([
      [0, total],
      [total, 0],
    ]).toContainEqual([after.count, after.tombstones - before.tombstones]);
  });
});

/** The extension's service worker as it runs now (a stopped one is started again by the next message). */
async function currentWorker() {
  const live = s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`));
  return live ?? (await s.context.waitForEvent('serviceworker'));
}
