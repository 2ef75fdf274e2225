/**
 * "Load all" on a Google Scholar profile, in real Chromium: the profile is served at scholar.google.com and its
 * "Show more" appends rows by its own script (test/fixtures/scripts/googlescholar-show-more.js: a request to the
 * served origin, the button disabled at the end). The popup presses it until the list is whole, Cancel stops it,
 * and a robot check stops it with the rows loaded so far kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, libraryContents, type ExtensionSession } from './harness';
import { fixtureText } from '../helpers';

const PROFILE = 'https://scholar.google.com/citations?hl=en&user=';
const SCRIPT_URL = 'https://scholar.google.com/citations/show-more.js';
const TOTAL = 67;
const FIRST_PAGE = 20;

/** Row i of a profile, in the live row markup (test/fixtures/excerpts/googlescholar-profile-einstein-rows.html). */
function row(user: string, i: number): string {
  const year = 2000 + (i % 24);
  return (
    `<tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;hl=en&amp;user=${user}&amp;citation_for_view=${user}:row${i}" class="gsc_a_at">` +
    `Whole-profile study number ${i} of ${user}</a><div class="gs_gray">M Keller, T Author${i}</div>` +
    `<div class="gs_gray">Journal of Loaded Rows ${i}<span class="gs_oph">, ${year}</span></div></td>` +
    `<td class="gsc_a_c"><a href="https://scholar.google.com/scholar?oi=bibs&amp;hl=en&amp;cites=${1000 + i}" class="gsc_a_ac gs_ibl">${i}</a></td>` +
    `<td class="gsc_a_y"><span class="gsc_a_h gsc_a_hc gs_ibl">${year}</span></td></tr>`
  );
}
const rows = (user: string, from: number, to: number) => Array.from({ length: to - from }, (_, k) => row(user, from + k)).join('');

/** The hand-written profile fixture with this user's first 20 rows and the "Show more" script. */
function profilePage(user: string): string {
  const html = fixtureText('handwritten/googlescholar-profile.html');
  return html
    .replace(/<tbody id="gsc_a_b">[\s\S]*?<\/tbody>/, `<tbody id="gsc_a_b">${rows(user, 1, FIRST_PAGE + 1)}</tbody>`)
    .replace('</body>', `<script src="${SCRIPT_URL}"></script></body>`);
}

let s: ExtensionSession;
/** The row requests the page's script made, by user: from which row. */
const requests = new Map<string, { cstart: number }[]>();
/** Per user: answer row requests after this many ms; from this row on, answer with the robot check. */
const behaviour = new Map<string, { latencyMs?: number; robotFrom?: number }>();

beforeAll(async () => {
  s = await launchExtension();
  await s.context.route(SCRIPT_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fixtureText('scripts/googlescholar-show-more.js') }),
  );
  await s.context.route(
    (u) => u.origin === 'https://scholar.google.com' && u.pathname === '/citations',
    async (route) => {
      const url = new URL(route.request().url());
      const user = url.searchParams.get('user') ?? '';
      if (route.request().method() !== 'POST')
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: profilePage(user) });
      const cstart = Number(url.searchParams.get('cstart'));
      const size = Number(url.searchParams.get('pagesize'));
      requests.set(user, [...(requests.get(user) ?? []), { cstart }]);
      const { latencyMs = 150, robotFrom } = behaviour.get(user) ?? {};
      await new Promise((r) => setTimeout(r, latencyMs));
      if (robotFrom !== undefined && cstart >= robotFrom) return route.fulfill({ status: 429, body: '' });
      const end = Math.min(TOTAL, cstart + size);
      const body = JSON.stringify({ B: rows(user, cstart + 1, end + 1), N: end < TOTAL });
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    },
  );
});
afterAll(async () => {
  await s?.close();
});

async function openProfile(user: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await s.context.newPage();
  await tab.goto(PROFILE + user);
  const tabId = await s.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, tab.url());
  const popup = await s.page(`popup.html?tabId=${tabId}`);
  await popup.getByRole('list', { name: 'Papers on this page' }).waitFor();
  return { tab, popup };
}

const pageRows = (tab: Page) => tab.locator('#gsc_a_b tr.gsc_a_tr').count();

describe('Load all on a Google Scholar profile', () => {
  it('presses "Show more" at a person\'s pace until it is disabled; the review then holds every row, and all are saved', async () => {
    const { tab, popup } = await openProfile('LOADALL1');
    await popup.getByText(`${FIRST_PAGE} papers`, { exact: true }).waitFor();
    await popup.getByText('Maria Keller: 20 papers').waitFor(); // the listing line, before loading
    // When the page sees each press (the request times seen by the test's server are skewed by the machine's load).
    await tab.evaluate(() => {
      const w = window as unknown as { presses: number[] };
      w.presses = [];
      document.getElementById('gsc_bpf_more')!.addEventListener('click', () => w.presses.push(performance.now()));
    });
    await popup.getByRole('button', { name: 'Load all' }).click();
    await popup.getByText(/^Loaded (40|60)…$/).waitFor();
    await popup.getByText(`Loaded the whole list: ${TOTAL} papers on the page.`).waitFor({ timeout: 20_000 });
    await popup.getByText(`${TOTAL} papers`, { exact: true }).waitFor();
    await popup.getByText(`Maria Keller: ${TOTAL} papers`).waitFor();
    expect(await pageRows(tab)).toBe(TOTAL);
    expect(await tab.locator('#gsc_bpf_more').isDisabled()).toBe(true);
    // Nothing left to load: the offer is gone.
    expect(await popup.getByRole('button', { name: 'Load all' }).count()).toBe(0);

    expect(requests.get('LOADALL1')!.map((r) => r.cstart)).toEqual([20, 40, 60]);
    const presses = await tab.evaluate(() => (window as unknown as { presses: number[] }).presses);
    expect(presses).toHaveLength(3);
    const gaps = presses.slice(1).map((t, i) => t - presses[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(950); // the unit test checks the exact pace with fake timers
    // Only the page's own requests: the extension made none.
    expect(s.blocked.filter((b) => b.initiator === 'service-worker' || b.initiator.startsWith('chrome-extension:'))).toEqual([]);

    await popup.getByRole('button', { name: `Save ${TOTAL} papers` }).click();
    await popup.getByText(new RegExp(`Saved ${TOTAL}, updated 0`)).waitFor();
    const titles = new Set((await libraryContents(s.worker)).map((p) => p.title));
    for (let i = 1; i <= TOTAL; i++) expect(titles.has(`Whole-profile study number ${i} of LOADALL1`), `row ${i}`).toBe(true);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('Cancel stops the pressing; the rows loaded so far are reviewed', async () => {
    behaviour.set('LOADALL2', { latencyMs: 800 });
    const { tab, popup } = await openProfile('LOADALL2');
    await popup.getByRole('button', { name: 'Load all' }).click();
    await popup.getByText('Loaded 40…').waitFor({ timeout: 10_000 });
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByText(/^Cancelled: (40|60) papers on the page\.$/).waitFor({ timeout: 10_000 });
    const pressed = requests.get('LOADALL2')!.length;
    await tab.waitForTimeout(2500);
    expect(requests.get('LOADALL2')!.length).toBe(pressed);
    const loaded = await pageRows(tab);
    expect(loaded).toBeLessThan(TOTAL);
    await popup.getByText(`${loaded} papers`, { exact: true }).waitFor();
    // The list is not whole: Load all is offered again.
    await popup.getByRole('button', { name: 'Load all' }).waitFor();
    await Promise.all([popup.close(), tab.close()]);
  });

  it("stops at the site's robot check with its words and keeps the rows loaded so far", async () => {
    behaviour.set('LOADALL3', { robotFrom: 40 });
    const { tab, popup } = await openProfile('LOADALL3');
    await popup.getByRole('button', { name: 'Load all' }).click();
    const alert = popup.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.innerText()).toBe(
      "The site showed a robot check (“Please show you're not a robot”). Stopped with 40 papers on the page, in the review below. Answer the check on the page, then press “Load all” again for the rest.",
    );
    expect(await tab.locator('#gs_captcha_ccl').count()).toBe(1);
    await popup.getByText('40 papers', { exact: true }).waitFor();
    expect(requests.get('LOADALL3')!.map((r) => r.cstart)).toEqual([20, 40]);
    await tab.waitForTimeout(1500);
    expect(requests.get('LOADALL3')!.length).toBe(2);
    await Promise.all([popup.close(), tab.close()]);
  });
});
