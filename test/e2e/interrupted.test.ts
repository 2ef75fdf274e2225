/**
 * Work interrupted in real Chromium: the side panel closed right after a keystroke, and the background service worker
 * stopped in the middle of the popup's save. Nothing typed is lost, and the popup never hangs on "Saving…".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatePapers } from '../../lib/library/generate';
import { launchExtension, libraryContents, libraryPapers, seedLibrary, serve, type ExtensionSession } from './harness';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

async function openDetail(panel: Page, title: string): Promise<void> {
  await panel.locator('#search').fill(title);
  await panel.getByRole('listbox', { name: /^Papers/ }).getByRole('option').first().click();
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
