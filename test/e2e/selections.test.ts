/** The stored selections (test/fixtures/selections) are what Chromium gives when the user selects the page's list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELECTION_FIXTURES } from '../fixtures/selections/selections';
import { fixtureText } from '../helpers';
import { launchExtension, serve, type ExtensionSession } from './harness';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

describe('selected text in Chromium', () => {
  it.each(SELECTION_FIXTURES.map((f) => [f.file, f] as const))('%s is the live selection of its page', async (file, f) => {
    await serve(s.context, f.url, fixtureText(f.page));
    const page = await s.context.newPage();
    try {
      await page.goto(f.url, { waitUntil: 'domcontentloaded' });
      const selected = await page.evaluate((container) => {
        getSelection()!.selectAllChildren(document.querySelector(container)!);
        return getSelection()!.toString();
      }, f.container);
      expect(selected).toBe(fixtureText(file));
    } finally {
      await page.close();
    }
  });
});
