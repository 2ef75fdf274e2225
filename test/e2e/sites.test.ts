/** Site adapters in the real browser: a Google Scholar profile whose "Show more" appends rows after load. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers';
import { launchExtension, serve, type ExtensionSession } from './harness';

const PROFILE_URL = 'https://scholar.google.com/citations?user=XXXX&hl=en';
let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

const badgeOf = (tabId: number) => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('Google Scholar profile in Chromium', () => {
  it('rows appended by "Show more" after load reach the badge and the popup without a reload', async () => {
    await serve(s.context, PROFILE_URL, fixtureText('handwritten/googlescholar-profile.html'));
    const page = await s.context.newPage();
    await page.goto(PROFILE_URL);
    const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://scholar.google.com/*' }))[0]?.id ?? -1);
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('8');

    // What Scholar's "Show more" does: append rows to #gsc_a_b (here, three new ones).
    await page.evaluate(() => {
      const body = document.querySelector('#gsc_a_b')!;
      const template = body.querySelector('tr.gsc_a_tr')!;
      for (const title of ['Appended paper one', 'Appended paper two', 'Appended paper three']) {
        const row = template.cloneNode(true) as HTMLElement;
        row.querySelector('a.gsc_a_at')!.textContent = title;
        body.append(row);
      }
    });
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('11');

    const popup = await s.page(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByRole('checkbox').count(), { timeout: 10_000 }).toBe(11);
    expect(await popup.getByText('Appended paper three').count()).toBe(1);
    expect(await popup.getByText('Maria Keller', { exact: false }).count()).toBeGreaterThan(0);
  });
});
