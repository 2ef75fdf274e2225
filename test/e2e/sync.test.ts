/**
 * Two devices in real Chromium: capture in profile A, export, import into a fresh profile B, edit in both, sync
 * both through one file; both end with the same library and no edit lost. Citation keys survive the trip.
 *
 * The only stand-in is the native file picker: it hands out a real FileSystemFileHandle from the origin-private file
 * system, and the test copies that file's bytes between the two profiles as a synced folder would.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bibtexParse from 'bibtex-parse';
import type { Page } from 'playwright-core';
import type { Paper } from '../../lib/model';
import { fixtureText } from '../helpers';
import { launchExtension, libraryContents, serve, type ExtensionSession } from './harness';

const HF_URL = 'https://huggingface.co/papers/date/2024-08-01';
const SYNC_NAME = 'papershelf-sync.json';
let a: ExtensionSession;
let b: ExtensionSession;

const byId = (xs: Paper[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));

async function bibKeys(s: ExtensionSession): Promise<string[]> {
  const popup = await s.page('popup.html?tabId=0');
  const [dl] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'BibTeX' }).click()]);
  const keys = bibtexParse.entries(readFileSync((await dl.path())!, 'utf8')).map((e) => e.key);
  await popup.close();
  return keys.sort();
}

async function openPanel(s: ExtensionSession): Promise<Page> {
  const panel = await s.page('sidepanel.html');
  await panel.locator('.paper-list, .empty-state').first().waitFor();
  // Stand-in for the native picker: a real writable handle in the origin-private file system.
  await panel.evaluate((name) => {
    const handle = async () => (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
    const w = window as unknown as Record<string, unknown>;
    w.showOpenFilePicker = async () => [await handle()];
    w.showSaveFilePicker = async () => handle();
  }, SYNC_NAME);
  return panel;
}

const readSyncFile = (panel: Page) =>
  panel.evaluate(async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(), SYNC_NAME);
const writeSyncFile = (panel: Page, text: string) =>
  panel.evaluate(
    async ([name, body]) => {
      const w = await (await (await navigator.storage.getDirectory()).getFileHandle(name!, { create: true })).createWritable();
      await w.write(body!);
      await w.close();
    },
    [SYNC_NAME, text],
  );

async function editPaper(panel: Page, query: string, edit: (p: Page) => Promise<void>) {
  await panel.locator('#search').fill(query);
  await panel
    .getByRole('listbox', { name: /^Papers/ })
    .getByRole('option')
    .first()
    .click();
  await panel.locator('#detail-title').waitFor();
  await edit(panel);
  await panel.keyboard.press('Escape');
  await panel.locator('#search').fill('');
}

beforeAll(async () => {
  [a, b] = await Promise.all([launchExtension(), launchExtension()]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

describe('two devices, one sync file', () => {
  it('export from A, import into B, edit both, sync both: same library, no edit lost, same citation keys', async () => {
    // Device A captures the Hugging Face daily page.
    await serve(a.context, HF_URL, fixtureText('pages/huggingface-daily-2024-08-01.html'));
    const page = await a.context.newPage();
    await page.goto(HF_URL);
    const tabId = await a.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://huggingface.co/*' }))[0]?.id ?? -1);
    const popup = await a.page(`popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: 'Save 13 papers' }).click();
    await popup.getByText(/Saved 13/).waitFor();
    const keysA = await bibKeys(a);
    expect(keysA).toHaveLength(13);

    // A's JSON export, imported into B through the preview.
    const [dl] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'JSON', exact: true }).click()]);
    const exported = join(tmpdir(), `papershelf-e2e-${process.pid}.json`);
    writeFileSync(exported, readFileSync((await dl.path())!, 'utf8'));
    const panelB = await openPanel(b);
    // Which status lines were on screen for a frame (a requestAnimationFrame callback while they were in the DOM).
    await panelB.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __statusFrames: string[] }).__statusFrames = seen;
      const tick = () => {
        for (const el of document.querySelectorAll('.sync-tools [role="status"], .sync-tools .status')) {
          const text = el.textContent?.trim() ?? '';
          if (text && !seen.includes(text)) seen.push(text);
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await panelB.getByLabel('Import file').setInputFiles(exported);
    const dialog = panelB.getByRole('dialog', { name: /^Import papershelf/ });
    await dialog.getByText('13 new, 0 updated, 0 unchanged').waitFor();
    const shown = await panelB.evaluate(() => (window as unknown as { __statusFrames: string[] }).__statusFrames);
    expect(shown.some((t) => /^Reading papershelf-e2e-\d+\.json and comparing it with your library…/.test(t))).toBe(true);
    mkdirSync('test-artifacts', { recursive: true });
    await panelB.screenshot({ path: 'test-artifacts/sidepanel-import-preview.png' });
    await dialog.getByRole('button', { name: 'Apply import' }).click();
    await panelB.getByText(/Imported .*13 new/).waitFor();
    expect(byId(await libraryContents(b.worker))).toEqual(byId(await libraryContents(a.worker)));
    expect(await bibKeys(b)).toEqual(keysA);

    // Edits on both devices, including two different fields of the same paper.
    const panelA = await openPanel(a);
    await editPaper(panelA, 'Llama 3 Herd', async (p) => {
      await p.getByLabel('Add tags (comma-separated)').fill('from-a');
      await p.keyboard.press('Enter');
      await p.getByRole('button', { name: 'Remove tag from-a' }).waitFor();
    });
    await editPaper(panelB, 'Llama 3 Herd', async (p) => {
      await p.getByRole('radio', { name: 'Reading' }).click();
    });
    await editPaper(panelB, 'Tora', async (p) => {
      await p.getByRole('button', { name: 'Star' }).click();
      await p.getByRole('button', { name: 'Starred' }).waitFor();
    });

    // A starts the sync file; B syncs with it; A syncs again (the file travels between them like a synced folder).
    await panelA.getByRole('button', { name: 'New sync file…' }).click();
    await panelA.getByText(`Synced with ${SYNC_NAME}`, { exact: false }).waitFor();
    await writeSyncFile(panelB, await readSyncFile(panelA));
    await panelB.getByRole('button', { name: 'Sync with file…' }).click();
    await panelB.getByText(`Synced with ${SYNC_NAME}`, { exact: false }).waitFor();
    await writeSyncFile(panelA, await readSyncFile(panelB));
    await panelA.getByRole('button', { name: `Sync (${SYNC_NAME})` }).click();
    await expect.poll(async () => (await libraryContents(a.worker)).find((p) => p.title.startsWith('Tora'))?.starred).toBe(true);

    const libA = byId(await libraryContents(a.worker));
    const libB = byId(await libraryContents(b.worker));
    expect(libA).toEqual(libB);
    const llama = libA.find((p) => p.ids.arxiv === '2407.21783')!;
    expect(llama.tags['from-a']?.on).toBe(true);
    expect(llama.readState).toBe('reading');
    expect(libA.find((p) => p.ids.arxiv === '2407.21705')!.starred).toBe(true);
    expect(libA).toHaveLength(13);
    expect(await bibKeys(b)).toEqual(keysA);
    // The file each device would write next is valid and holds the same library.
    expect(JSON.parse(await readSyncFile(panelA)).papers).toHaveLength(13);
  });

  it('a file whose only news is a deletion and a field the library wins: Apply is enabled, the tombstone adopted, Undo takes it back', async () => {
    const panel = await openPanel(b);
    const before = byId(await libraryContents(b.worker));
    const llama = before.find((p) => p.ids.arxiv === '2407.21783')!;
    expect(llama.readState).toBe('reading'); // set on B in the test above
    const file = join(tmpdir(), `laptop-${process.pid}.json`);
    const tombstone = { id: 'arxiv:2501.99999', keys: ['arxiv:2501.99999'], deletedAt: 2000 };
    const laptopCopy = { ...llama, readState: 'read', clock: { ...llama.clock, readState: 1000 } };
    writeFileSync(
      file,
      JSON.stringify({
        format: 'papershelf-sync',
        schemaVersion: 1,
        exportedAt: 3000,
        deviceId: 'laptop',
        papers: [laptopCopy],
        tombstones: [tombstone],
      }),
    );
    const tombstones = () =>
      panel.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('tombstones').objectStore('tombstones').getAll();
              req.onsuccess = () => {
                resolve(req.result);
                open.result.close();
              };
            };
          }),
        'papershelf',
      );
    const tombstonesBefore = await tombstones();

    await panel.getByLabel('Import file').setInputFiles(file);
    const dialog = panel.getByRole('dialog', { name: /^Import laptop/ });
    await dialog.getByText('0 new, 0 updated, 13 unchanged, 1 deletion recorded, 1 field differs').waitFor();
    await dialog.getByText(/readState: kept the library’s “reading” over the file’s “read” \(newer edit wins/).waitFor();
    await dialog.getByRole('button', { name: 'Apply import' }).click();
    await panel.getByText(/Imported laptop-\d+\.json: 0 new, 0 updated, 13 unchanged, 1 deletion recorded, 1 field differs\./).waitFor();
    expect(await tombstones()).toEqual([...tombstonesBefore, tombstone]);
    expect(byId(await libraryContents(b.worker))).toEqual(before);

    await panel.locator('.sync-status').getByRole('button', { name: 'Undo' }).click();
    await panel.locator('.sync-status').getByText('Undone.').waitFor();
    expect(await tombstones()).toEqual(tombstonesBefore);
    expect(byId(await libraryContents(b.worker))).toEqual(before);
  });

  it('a broken file is refused with the reason and the library is untouched', async () => {
    const before = await libraryContents(b.worker);
    const broken = join(tmpdir(), `broken-${process.pid}.json`);
    writeFileSync(broken, '{"format": "papershelf-sync", "schemaVersion": 1,\n  "papers": [ {"id": "x"},, ]\n}');
    const panel = await openPanel(b);
    await panel.getByLabel('Import file').setInputFiles(broken);
    const problem = panel.getByRole('alertdialog', { name: 'Import problem' });
    await problem.getByText(new RegExp(`Nothing was imported from broken-${process.pid}\\.json: not valid JSON`)).waitFor();
    expect(await libraryContents(b.worker)).toEqual(before);
  });

  it('a file chosen the moment the import tools appear (before they opened the library) is read, not dropped', async () => {
    const panel = await b.context.newPage();
    // In the task that inserts the tools (a MutationObserver runs before their effects open the library): choose a file.
    await panel.addInitScript(() => {
      const choose = (input: HTMLInputElement) => {
        const chosen = new DataTransfer();
        chosen.items.add(new File(['{"format": "papershelf-sync", "papers": [,]}'], 'chosen-early.json', { type: 'application/json' }));
        input.files = chosen.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      };
      new MutationObserver((_records, observer) => {
        const input = document.querySelector<HTMLInputElement>('input[aria-label="Import file"]');
        if (!input) return;
        observer.disconnect();
        choose(input);
      }).observe(document, { childList: true, subtree: true });
    });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    const problem = panel.getByRole('alertdialog', { name: 'Import problem' });
    await problem.getByText(/Nothing was imported from chosen-early\.json: not valid JSON/).waitFor();
    await panel.close();
  });
});
