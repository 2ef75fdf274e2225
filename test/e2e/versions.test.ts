/**
 * Preprint and published version become one record (lib/library/versions.ts), end to end in real Chromium: an arXiv
 * listing's entry is saved through the popup; then Adrien Taylor's real publications page (al-folio, on its own host,
 * read on demand) lists the same paper with its DOI and no arXiv link; the popup says the row is the published
 * version of a saved preprint, and saving it leaves one paper holding both identifiers.
 *
 * The published side is the saved page as it is (test/fixtures/pages/alfolio-adrientaylor-publications-2025-06.html:
 * "On the worst-case complexity of the gradient method with exact line search for smooth strongly convex functions
 * [Best paper award]" (the award is in the page's title element),
 * Etienne De Klerk, François Glineur and Adrien B. Taylor, Optimization Letters, 2017, DOI 10.1007/s11590-018-1379-y,
 * read on the page by eye). The preprint side is a hand-written arXiv listing of it (arXiv 1606.09365).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchExtension, libraryContents, serve, TOOLBAR_CLICK_ARGS, type ExtensionSession } from './harness';
import { pageHtml } from './pages';

const TITLE = 'On the worst-case complexity of the gradient method with exact line search for smooth strongly convex functions';
const DOI = '10.1007/s11590-018-1379-y';
const ARXIV_ID = '1606.09365';
const ARXIV_URL = 'https://arxiv.org/list/math.OC/new';
const LAB = { url: 'https://adrientaylor.github.io/publications/', file: 'pages/alfolio-adrientaylor-publications-2025-06.html' };

const arxivListing = `<!DOCTYPE html>
<html lang="en"><head><title>Optimization and Control</title></head>
<body><main><div id="content"><div id="dlpage">
<h1>Optimization and Control</h1>
<h3>Showing new listings for Thursday, 30 June 2016</h3>
<dl id="articles">
  <h3>New submissions (showing 1 of 1 entries)</h3>
  <dt>
    <a name="item1">[1]</a>
    <a href="/abs/${ARXIV_ID}" title="Abstract" id="${ARXIV_ID}">arXiv:${ARXIV_ID}</a>
    [<a href="/pdf/${ARXIV_ID}" title="Download PDF" id="pdf-${ARXIV_ID}">pdf</a>]
  </dt>
  <dd>
    <div class="meta">
      <div class="list-title mathjax"><span class="descriptor">Title:</span> ${TITLE}</div>
      <div class="list-authors"><a href="https://arxiv.org/a/deklerk_e_1">Etienne de Klerk</a>, <a href="https://arxiv.org/a/glineur_f_1">François Glineur</a>, <a href="https://arxiv.org/a/taylor_a_1">Adrien B. Taylor</a></div>
      <div class="list-subjects"><span class="descriptor">Subjects:</span> <span class="primary-subject">Optimization and Control (math.OC)</span></div>
    </div>
  </dd>
</dl>
</div></div></main></body></html>`;

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension({ args: TOOLBAR_CLICK_ARGS });
  await serve(s.context, ARXIV_URL, arxivListing);
  await serve(s.context, LAB.url, pageHtml(LAB));
});
afterAll(async () => {
  await s?.close();
});

async function tabIdOf(url: string): Promise<number> {
  return s.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
}

describe('preprint and published version', () => {
  it('a saved arXiv preprint and its published version on a lab page: the popup says so, the save keeps one paper with both ids', async () => {
    const arxivTab = await s.context.newPage();
    await arxivTab.goto(ARXIV_URL);
    const first = await s.page(`popup.html?tabId=${await tabIdOf(ARXIV_URL)}`);
    await first.getByRole('list', { name: 'Papers on this page' }).waitFor();
    await first.getByRole('button', { name: 'Save 1 paper' }).click();
    await first.getByText(/Saved 1, updated 0/).waitFor();
    const [preprint] = await libraryContents(s.worker);
    expect(preprint).toMatchObject({ title: TITLE, ids: { arxiv: ARXIV_ID }, venue: 'arXiv' });
    await Promise.all([first.close(), arxivTab.close()]);

    const lab = await s.context.newPage();
    await lab.goto(LAB.url);
    await clickToolbarButton(s, LAB.url);
    const popup = await s.page(`popup.html?tabId=${await tabIdOf(LAB.url)}`);
    await popup.getByRole('list', { name: 'Papers on this page' }).waitFor({ timeout: 20_000 });
    const row = popup.getByRole('listitem').filter({ hasText: TITLE });
    await row.scrollIntoViewIfNeeded();
    await row.getByText(/^Published version of a saved preprint/).waitFor();
    expect(await row.locator('.pill').textContent()).toBe('Update');
    // Save that row alone.
    await popup.getByRole('button', { name: 'None' }).click();
    await row.getByRole('checkbox').check();
    await popup.getByRole('button', { name: 'Save 1 paper' }).click();
    await popup.getByText(/Saved 0, updated 1/).waitFor();

    const papers = await libraryContents(s.worker);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: preprint!.id,
      title: TITLE,
      ids: { arxiv: ARXIV_ID, doi: DOI },
      venue: 'Optimization Letters',
      year: 2017,
    });
    expect(papers[0]!.sources.map((x) => x.url)).toEqual([ARXIV_URL, LAB.url]);
    await Promise.all([popup.close(), lab.close()]);
  });
});
