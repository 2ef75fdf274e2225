/**
 * The keyboard shortcut and the context menus, wired as the background registers them. Headless Chromium has no
 * browser UI to press a shortcut in or to click a menu item of, so the test dispatches the events the browser would
 * fire (`chrome.commands.onCommand`, `chrome.contextMenus.onClicked`) in the extension's own service worker, after
 * checking that the shortcut and the menu items are registered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers';
import { launchExtension, libraryContents, serve, type ExtensionSession } from './harness';
import { ALFOLIO_DEMO, ALFOLIO_DEMO_SELECTION_TITLES, ARXIV_SEARCH, HF_DAILY, type ServedPage } from './pages';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

const ALFOLIO_URL = ALFOLIO_DEMO.url;

async function openTab({ url, file }: ServedPage): Promise<number> {
  await serve(s.context, url, fixtureText(file));
  const page = await s.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  // The active tab: its URL is not visible to the extension on a host it has no permission for.
  return s.worker.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1);
}

const badgeOf = (tabId: number) => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('keyboard shortcut and context menus in Chromium', () => {
  it('registers Alt+Shift+S for "capture-page" and both menu items', async () => {
    const commands = await s.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'capture-page')?.shortcut).toBe('Alt+Shift+S');
    // update() rejects for an id that was never created.
    const menus = await s.worker.evaluate(async () =>
      Promise.all(
        ['capture-page', 'capture-selection', 'no-such-menu'].map((id) =>
          chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        ),
      ),
    );
    expect(menus).toEqual([true, true, false]);
  });

  it('the shortcut saves every paper of the active tab and shows the count on the badge', async () => {
    const tabId = await openTab(ARXIV_SEARCH);
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('200');
    await s.worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(c: string): void }).dispatch('capture-page'));
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('+200');
    const papers = await libraryContents(s.worker);
    expect(papers.filter((p) => p.ids.arxiv)).toHaveLength(200);
    expect(
      papers.some(
        (p) => p.ids.arxiv === '2512.03003' && p.title === 'The role of the top Yukawa coupling in triple Higgs production at the LHC',
      ),
    ).toBe(true);
  });

  it('"Capture papers on this page" saves the tab it was clicked in', async () => {
    const tabId = await openTab(HF_DAILY);
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('13');
    const before = (await libraryContents(s.worker)).length;
    await s.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch(
        { menuItemId: 'capture-page', editable: false, pageUrl: tab.url },
        tab,
      );
    }, tabId);
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('+13');
    expect((await libraryContents(s.worker)).length).toBe(before + 13);
  });

  it('"Capture selection as papers" parses the text selected on a page and saves it', async () => {
    const tabId = await openTab(ALFOLIO_DEMO);
    const page = s.context.pages().find((p) => p.url() === ALFOLIO_URL)!;
    // What the user selects: the publication list, as the browser serialises a selection.
    const selectionText = await page.evaluate(() => {
      const list = document.querySelector('.publications')!;
      getSelection()!.selectAllChildren(list);
      return getSelection()!.toString();
    });
    const before = new Set((await libraryContents(s.worker)).map((p) => p.id));
    await s.worker.evaluate(
      async ({ id, text, url }) => {
        const tab = await chrome.tabs.get(id);
        (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch(
          { menuItemId: 'capture-selection', editable: false, pageUrl: url, selectionText: text },
          tab,
        );
      },
      { id: tabId, text: selectionText, url: ALFOLIO_URL },
    );
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('+7');
    const added = (await libraryContents(s.worker)).filter((p) => !before.has(p.id));
    expect(added.map((p) => p.title).sort()).toEqual([...ALFOLIO_DEMO_SELECTION_TITLES].sort());
    expect(added.find((p) => p.title === 'The meaning of relativity')).toMatchObject({
      authors: ['Albert Einstein', 'AH Taub'],
      year: 1950,
      venue: 'American Journal of Physics',
    });
  });
});
