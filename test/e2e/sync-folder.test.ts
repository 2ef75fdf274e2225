/**
 * The sync folder in real Chromium, through the File System Access implementation (lib/library/fsa-folder.ts) in the
 * side panel's worker. A folder cannot be picked headless, so the picker hands out a real directory of the
 * origin-private file system (navigator.storage.getDirectory(): the same API): device files are written there, the
 * panel syncs by itself (on choosing the folder, after a library write, when the panel opens again), and the test
 * checks the library, this device's written file and the status line.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SyncFile, type Paper } from '../../lib/model';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { withNote } from '../../lib/ui/sidepanel/edits';
import { generatePapers } from '../support/generate';
import { launchExtension, libraryContents, seedLibrary, type ExtensionSession } from './harness';

const FOLDER = 'Dropbox-Papershelf';
let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

async function openPanel(): Promise<Page> {
  const panel = await s.page('sidepanel.html');
  await panel.locator('.paper-list, .empty-state').first().waitFor();
  return panel;
}

const writeFile = (panel: Page, name: string, text: string) =>
  panel.evaluate(
    async ([folder, file, body]) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder!, { create: true });
      const w = await (await dir.getFileHandle(file!, { create: true })).createWritable();
      await w.write(body!);
      await w.close();
    },
    [FOLDER, name, text],
  );

const readFile = (panel: Page, name: string) =>
  panel.evaluate(
    async ([folder, file]) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder!);
      return (await (await dir.getFileHandle(file!)).getFile()).text();
    },
    [FOLDER, name],
  );

const listFolder = (panel: Page) =>
  panel.evaluate(async (folder) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
    const names: string[] = [];
    for await (const h of (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) names.push(h.name);
    return names.sort();
  }, FOLDER);

// Distinct papers (one call gives distinct identities).
const all = generatePapers(10, 501);
const mine = all.slice(0, 4);
const laptops = all.slice(4, 7);
const fromCopy = all.slice(7, 8);
const later = all.slice(8, 9);
const other = all.slice(9, 10);
const T = Date.UTC(2026, 11, 1);
const byId = (ps: Paper[]) => new Map(ps.map((p) => [p.id, p]));

describe('sync folder through File System Access (origin-private file system)', () => {
  it('merges device files and a conflicted copy, skips a corrupt file, writes its own file, shows the status line', async () => {
    const panel = await openPanel();
    await seedLibrary(panel, mine);
    // The laptop's file: three papers of its own and a newer note on one of ours; the service's conflicted copy of it
    // holds one more paper; the phone's file was cut short.
    const edited = withNote(mine[0]!, 'written on the laptop', T);
    await writeFile(panel, 'papershelf-laptop.json', serialiseSyncFile(toSyncFile([...laptops, edited], [], 'laptop-id', T)));
    await writeFile(
      panel,
      'papershelf-laptop (conflicted copy 2026-12-01).json',
      serialiseSyncFile(toSyncFile(fromCopy, [], 'laptop-id', T)),
    );
    await writeFile(panel, 'papershelf-phone.json', '{"format":"papershelf-sync","schemaVersion":1,"papers":[');
    await writeFile(panel, 'notes.txt', 'not ours');
    await panel.evaluate((folder) => {
      (window as unknown as { showDirectoryPicker(): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
    }, FOLDER);

    await panel.getByRole('button', { name: 'Sync folder…' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Sync folder' });
    await dialog.getByLabel('This device’s name').fill('Work PC');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.getByText('papershelf-work-pc.json', { exact: true }).first().waitFor();
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();

    const status = panel.getByRole('status', { name: 'Sync folder status' });
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Synced just now with 1 device; 1 file skipped\./);

    const library = byId(await libraryContents(s.worker));
    expect(library.size).toBe(8);
    for (const p of [...mine, ...laptops, ...fromCopy]) expect(library.has(p.id)).toBe(true);
    expect(library.get(mine[0]!.id)?.note).toBe('written on the laptop');

    const own = SyncFile.parse(JSON.parse(await readFile(panel, 'papershelf-work-pc.json')));
    expect(own.papers.map((p) => p.id).sort()).toEqual([...library.keys()].sort());
    // Nothing deleted or rewritten but this device's file (the corrupt one too).
    expect(await listFolder(panel)).toEqual([
      'notes.txt',
      'papershelf-laptop (conflicted copy 2026-12-01).json',
      'papershelf-laptop.json',
      'papershelf-phone.json',
      'papershelf-work-pc.json',
    ]);
    expect(await readFile(panel, 'papershelf-phone.json')).toBe('{"format":"papershelf-sync","schemaVersion":1,"papers":[');

    // The report: the conflicted copy named as such, the skipped file with its fix, the note with both values.
    await expect.poll(() => dialog.textContent()).toContain('conflicted copy of papershelf-laptop.json, merged (1 papers)');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('papershelf-phone.json: device “phone”, skipped: papershelf-phone.json: not valid JSON');
    expect(text).toContain('Sync on the device “phone” to write it again, or move the file out of the folder.');
    expect(text).toMatch(/note: kept “written on the laptop” from papershelf-laptop\.json over .* from this device \(Work PC\)/);
    mkdirSync('test-artifacts', { recursive: true });
    await panel.screenshot({ path: 'test-artifacts/sidepanel-sync-folder.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A library write anywhere reaches this device's file by itself (debounced), without a click.
    await seedLibrary(panel, later);
    await expect
      .poll(async () => SyncFile.parse(JSON.parse(await readFile(panel, 'papershelf-work-pc.json'))).papers.length, { timeout: 20_000 })
      .toBe(9);
    await panel.close();

    // Another device's new file, then the panel opens again: it syncs with the remembered folder on its own.
    const writer = await s.page('popup.html?tabId=0');
    await writeFile(writer, 'papershelf-desk.json', serialiseSyncFile(toSyncFile(other, [], 'desk-id', T)));
    await writer.close();
    const reopened = await openPanel();
    await expect.poll(async () => byId(await libraryContents(s.worker)).has(other[0]!.id), { timeout: 30_000 }).toBe(true);
    await expect
      .poll(() => reopened.getByRole('status', { name: 'Sync folder status' }).textContent(), { timeout: 10_000 })
      .toMatch(/^Synced just now with 2 devices; 1 file skipped\./);

    await reopened.close();

    // The browser dropped the permission (as after a restart): the status line asks for it, one click gives it back.
    // Chromium grants the origin-private file system always, so the permission calls are the one stand-in here.
    await s.context.addInitScript(() => {
      let granted = false;
      const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
      proto.queryPermission = async () => (granted ? 'granted' : 'prompt');
      proto.requestPermission = async () => ((granted = true), 'granted');
    });
    const panel3 = await openPanel();
    const status3 = panel3.getByRole('status', { name: 'Sync folder status' });
    await expect
      .poll(() => status3.textContent(), { timeout: 10_000 })
      .toMatch(/^Papershelf needs your permission again to sync with the folder “Dropbox-Papershelf”\./);
    await status3.getByRole('button', { name: 'Allow access' }).click();
    await expect.poll(() => status3.textContent(), { timeout: 20_000 }).toMatch(/^Synced just now with 2 devices; 1 file skipped\./);

    // The folder disappears (moved, deleted): the failure is shown with its fix, and the library is untouched.
    const before = (await libraryContents(s.worker)).length;
    await panel3.evaluate(async (folder) => (await navigator.storage.getDirectory()).removeEntry(folder, { recursive: true }), FOLDER);
    await panel3.getByRole('button', { name: 'Sync folder…' }).click();
    await panel3.getByRole('dialog', { name: 'Sync folder' }).getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => status3.textContent(), { timeout: 10_000 })
      .toMatch(/^Sync failed: The folder “Dropbox-Papershelf” is gone \(moved, renamed or deleted\).*Choose the folder again/);
    expect(await libraryContents(s.worker)).toHaveLength(before);
  });
});
