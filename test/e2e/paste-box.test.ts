/**
 * The side panel's paste box saves through the library writer, which validates and cleans each entry as a page's
 * entries are: a bidi override in a pasted title never reaches the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, libraryContents, type ExtensionSession } from './harness';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

describe('paste box in Chromium', () => {
  it('saves the chosen pasted papers with their text cleaned, says so, and the list shows them', async () => {
    const panel = await s.page('sidepanel.html');
    await panel.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await panel.getByRole('button', { name: 'Paste a publication list' }).click();
    const text = [
      'Attention Is All You\u202E Need',
      'Ashish Vaswani, Noam Shazeer, Niki Parmar',
      'NeurIPS 2017',
      '',
      'Deep Residual Learning for Image Recognition',
      'Kaiming He, Xiangyu Zhang',
      'CVPR 2016',
    ].join('\n');
    await panel.locator('#paste-text').fill(text);
    await panel.getByRole('button', { name: 'Find papers' }).click();
    const found = panel.getByRole('list', { name: 'Papers found in the pasted text' });
    await found.getByRole('listitem').nth(1).waitFor();
    expect(await found.getByRole('listitem').count()).toBe(2);
    await panel.getByRole('button', { name: 'Save 2 papers' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved 2, updated 0.' }).waitFor({ timeout: 30_000 });
    const titles = (await libraryContents(s.worker)).map((p) => p.title).sort();
    expect(titles).toEqual(['Attention Is All You Need', 'Deep Residual Learning for Image Recognition']);
    await expect.poll(() => panel.locator('.count-line').innerText(), { timeout: 30_000 }).toBe('2 papers');
  });
});
