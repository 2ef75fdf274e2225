/**
 * The side panel's first screen drawn by the pre-open script (lib/ui/sidepanel/first-screen.ts) before the panel's
 * module runs, and the panel taking it over: the same markup in the frame after the takeover, rows on screen in every
 * frame from the first one on, and the same pixels. Screenshots of both (light, dark) in test-artifacts/. A search typed
 * into the drawn screen is answered by the pre-open script from the stored index (full text) before the panel's module
 * takes over, and the panel keeps the text, the caret and the results; a search that finds nothing is drawn as the panel
 * draws it.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatePapers } from '../support/generate';
import { launchExtension, seedLibrary, withLibrary, type ExtensionSession } from './harness';

const ARTIFACTS = 'test-artifacts';
const N = 3000;
let s: ExtensionSession;
const papers = generatePapers(N, 77);
/** A word in one paper's abstract and nowhere else in the library; the paper is far from the newest (not drawn first). */
const ABSTRACT_WORD = 'quokkas';
const abstractOnly = [...papers].sort((a, b) => a.addedAt - b.addedAt)[N / 2]!;
abstractOnly.abstract = `${abstractOnly.abstract ?? ''} Field notes on ${ABSTRACT_WORD}.`.trim();

interface Watch {
  /** #app's markup, normalised, when the first row appeared. */
  pre?: string;
  preHtml?: string;
  /** Whether the pre-open script drew it (the panel had not begun rendering). */
  drawnByScript?: boolean;
  /** The same in the first frame after the panel rendered over the drawn screen. */
  post?: string;
  postHtml?: string;
  /** Whether the drawn screen's root element is still the one on screen then (the panel reused it). */
  rootKept?: boolean;
  /** Rows drawn; rows in the list then, and how many of those are drawn ones (the panel reused them). */
  drawnRows?: number;
  rowsAfter?: number;
  rowsKept?: number;
  /** Per animation frame from the first row on: rows in the DOM and the first row's title. */
  frames: { rows: number; first: string }[];
}

/** Records the first screen and the takeover (installed before the page's scripts). */
function watchFirstScreen() {
  const w = window as unknown as { __watch: Watch };
  w.__watch = { frames: [] };
  const normal = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const e = node as Element;
    const attrs = [...e.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    return `<${e.localName} ${attrs}>${[...e.childNodes].map(normal).join('')}</${e.localName}>`;
  };
  let drawn: Element | null = null;
  let drawnRows = new Set<Element>();
  const mo = new MutationObserver(() => {
    const app = document.getElementById('app');
    if (drawn || !app?.querySelector('.paper-row')) return;
    drawn = app.firstElementChild;
    drawnRows = new Set(app.querySelectorAll('.paper-row'));
    w.__watch.drawnRows = drawnRows.size;
    w.__watch.drawnByScript = performance.getEntriesByName('papershelf:render-start').length === 0;
    w.__watch.pre = normal(app);
    w.__watch.preHtml = app.innerHTML;
    const frame = () => {
      const rows = app.querySelectorAll('.paper-row');
      w.__watch.frames.push({ rows: rows.length, first: rows[0]?.querySelector('.row-title')?.textContent ?? '' });
      if (w.__watch.post === undefined && performance.getEntriesByName('papershelf:render-start').length > 0) {
        w.__watch.post = normal(app);
        w.__watch.postHtml = app.innerHTML;
        w.__watch.rootKept = drawn?.isConnected;
        w.__watch.rowsAfter = rows.length;
        w.__watch.rowsKept = [...rows].filter((r) => drawnRows.has(r)).length;
      }
      if (performance.getEntriesByName('papershelf:loaded').length === 0) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  mo.observe(document, { childList: true, subtree: true });
}

/**
 * Open the panel; the pre-open script's screen is the one replaced later (the panel's own render is never replaced).
 * It always draws first now (the panel waits for it); a few attempts keep an older race visible instead of flaky.
 */
async function openDrawn(): Promise<{ page: Page; watch: Watch }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const page = await s.context.newPage();
    await page.addInitScript(watchFirstScreen);
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => performance.getEntriesByName('papershelf:loaded').length > 0, null, { timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const watch = await page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);
    if (watch.pre && watch.drawnByScript && watch.post !== undefined) return { page, watch };
    await page.close();
  }
  throw new Error('the pre-open script never drew the first screen before the panel rendered');
}

/** Screenshots of a copy of the given markup in the panel's page (its styles), light and dark. */
async function shootMarkup(page: Page, html: string, name: string): Promise<Buffer[]> {
  await page.evaluate((h) => {
    const copy = document.createElement('div');
    copy.id = 'app';
    copy.innerHTML = h;
    document.getElementById('app')!.replaceWith(copy);
    for (const box of copy.querySelectorAll<HTMLInputElement>('.toolbar-slot input[type=checkbox]')) box.checked = true;
    (document.activeElement as HTMLElement | null)?.blur();
  }, html);
  const shots: Buffer[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    shots.push(await page.screenshot({ path: `${ARTIFACTS}/sidepanel-first-screen-${name}-${colorScheme}.png` }));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return shots;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  s = await launchExtension();
  const page = await s.page('sidepanel.html');
  await page.locator('.empty-state').waitFor();
  await seedLibrary(page, papers);
  await page.close();
});
afterAll(async () => {
  await s?.close();
});

describe('side panel first screen (pre-open script) in Chromium', () => {
  it('draws the newest papers before the panel renders, and the panel takes them over unchanged', async () => {
    const { page, watch } = await openDrawn();
    const newest = [...papers].sort((a, b) => b.addedAt - a.addedAt);
    // The drawn screen: the newest papers in order, the library's size, page text as text.
    const copy = await s.context.newPage();
    await copy.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await copy.locator('.paper-row').first().waitFor();
    const drawnTitles = await copy.evaluate((h) => {
      const box = document.createElement('div');
      box.innerHTML = h;
      return {
        titles: [...box.querySelectorAll('.paper-row .row-title')].map((e) => e.textContent),
        count: box.querySelector('.count-line')?.textContent,
        placeholder: box.querySelector('#search')?.getAttribute('placeholder'),
      };
    }, watch.preHtml!);
    expect(drawnTitles.count).toBe(`Loading ${N.toLocaleString('en')} papers…`);
    expect(drawnTitles.placeholder).toBe(`Search ${N.toLocaleString('en')} papers  ( / )`);
    expect(drawnTitles.titles.length).toBeGreaterThan(4);
    expect(drawnTitles.titles).toEqual(newest.slice(0, drawnTitles.titles.length).map((p) => (p.starred ? '★' : '') + p.title));

    // The takeover: rendered over the drawn markup, reusing its elements (nothing built twice), the rows too: every
    // row on screen after it is a drawn one (the list, once measured, drops the drawn rows below its overscan)...
    expect(watch.rootKept).toBe(true);
    expect(watch.rowsKept).toBe(watch.rowsAfter);
    expect(watch.rowsKept).toBeGreaterThan(4);
    expect(watch.drawnRows).toBeGreaterThanOrEqual(watch.rowsKept!);
    // ... to the same markup, but for those few rows below the fold.
    const split = (m: string) => {
      const at = m.indexOf('<div class="paper-list-inner"');
      const end = m.indexOf('</main>');
      return {
        outside: m.slice(0, at) + m.slice(end),
        rows: m
          .slice(at, end)
          .split(/(?=<div aria-posinset=)/)
          .slice(1),
      };
    };
    const pre = split(watch.pre!);
    const post = split(watch.post!);
    expect(post.outside).toBe(pre.outside);
    const last = (r: string[]) => r.map((x) => x.replace(/(<\/div>)+$/, ''));
    const shared = Math.min(pre.rows.length, post.rows.length);
    expect(last(post.rows).slice(0, shared)).toEqual(last(pre.rows).slice(0, shared));

    // Rows on screen in every frame from the first, always starting with the newest paper.
    expect(watch.frames.length).toBeGreaterThan(0);
    for (const f of watch.frames) {
      expect(f.rows).toBeGreaterThan(4);
      expect(f.first.replace(/^★/, '')).toBe(newest[0]!.title);
    }

    // The same pixels, light and dark.
    const before = await shootMarkup(copy, watch.preHtml!, 'drawn');
    const after = await shootMarkup(copy, watch.postHtml!, 'taken-over');
    expect(after[0]!.equals(before[0]!)).toBe(true);
    expect(after[1]!.equals(before[1]!)).toBe(true);
    await copy.close();
    await page.screenshot({ path: `${ARTIFACTS}/sidepanel-first-screen-loaded-light.png` });
    await page.close();
  });

  it('what is typed into the drawn screen’s search box before the takeover is kept and searched', async () => {
    const word = papers[0]!.title.split(' ')[0]!;
    const page = await s.context.newPage();
    // As a reader typing the moment the rows appear: the word goes into the drawn screen's box before the panel's module runs.
    await page.addInitScript((typed) => {
      const mo = new MutationObserver(() => {
        const box = document.querySelector<HTMLInputElement>('#app #search');
        if (!box || !document.querySelector('#app .paper-row')) return;
        mo.disconnect();
        (window as unknown as { __typedBefore: boolean }).__typedBefore =
          performance.getEntriesByName('papershelf:render-start').length === 0;
        box.value = typed;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      mo.observe(document, { childList: true, subtree: true });
    }, word);
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => performance.getEntriesByName('papershelf:loaded').length > 0, null, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __typedBefore: boolean }).__typedBefore)).toBe(true);
    expect(await page.locator('#search').inputValue()).toBe(word);
    await page
      .locator('.count-line')
      .getByText(new RegExp(`^[\\d,]+ of ${N.toLocaleString('en')} papers$`))
      .waitFor();
    await page.close();
  });

  it('a search typed into the drawn screen is answered in full text before the takeover; the panel keeps text, caret and results', async () => {
    expect(papers.filter((p) => JSON.stringify(p).toLowerCase().includes('quokk'))).toEqual([abstractOnly]);
    // The stored index exists once a panel has loaded and indexed the library.
    const first = await s.context.newPage();
    await first.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await first.waitForFunction(() => performance.getEntriesByName('papershelf:indexed').length > 0, null, { timeout: 60_000 });
    await first.close();

    const page = await s.context.newPage();
    // A reader typing the moment the rows appear ("quokk"), and the rest ("as") the moment the answer shows, both
    // before the panel's module takes over; then every frame until everything is loaded.
    await page.addInitScript(
      ({ head, tail, title }) => {
        const mark = (n: string) => performance.getEntriesByName(n).length > 0;
        const w = window as unknown as { __early: Record<string, unknown> & { frames: unknown[] } };
        const early: Record<string, unknown> & { frames: unknown[] } = (w.__early = { frames: [] });
        const type = (box: HTMLInputElement, text: string) => {
          box.value = text;
          box.setSelectionRange(text.length, text.length);
          box.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const rowTitles = () => [...document.querySelectorAll('#app .paper-row .row-title')].map((e) => e.textContent);
        const mo = new MutationObserver(() => {
          // The row on screen when the panel takes over (the last the pre-open script drew).
          if (mark('papershelf:render-start')) return mo.disconnect();
          early.row = document.querySelector('#app .paper-row');
          const box = document.querySelector<HTMLInputElement>('#app #search');
          if (!box || !early.row) return;
          if (early.typedBeforeReady === undefined) {
            early.typedBeforeReady = !mark('papershelf:search-ready');
            box.focus();
            type(box, head);
            return;
          }
          if (early.answered !== undefined || rowTitles()[0] !== title) return;
          early.answered = {
            beforeTakeover: !mark('papershelf:render-start'),
            titles: rowTitles(),
            count: document.querySelector('.count-line')?.textContent,
          };
          type(box, head + tail);
          const frame = () => {
            early.frames.push({
              titles: rowTitles(),
              value: (document.querySelector('#app #search') as HTMLInputElement | null)?.value,
              takenOver: mark('papershelf:render-start'),
            });
            if (!mark('papershelf:loaded')) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
        mo.observe(document, { childList: true, subtree: true });
      },
      { head: ABSTRACT_WORD.slice(0, 5), tail: ABSTRACT_WORD.slice(5), title: abstractOnly.title },
    );
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => performance.getEntriesByName('papershelf:loaded').length > 0, null, { timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const early = await page.evaluate(() => {
      const e = (window as unknown as { __early: { typedBeforeReady?: boolean; answered?: unknown; frames: unknown[]; row?: Element } })
        .__early;
      const box = document.querySelector<HTMLInputElement>('#search')!;
      return {
        ...e,
        row: undefined,
        rowKept: e.row?.isConnected,
        value: box.value,
        caret: [box.selectionStart, box.selectionEnd],
        focused: document.activeElement === box,
      };
    });
    // Typed before the index was read, answered from it (the abstract: full text) before the panel's module took over.
    expect(early.typedBeforeReady).toBe(true);
    expect(early.answered).toEqual({
      beforeTakeover: true,
      titles: [abstractOnly.title],
      count: `1 match, loading ${N.toLocaleString('en')} papers…`,
    });
    // From then on, every frame shows that one result and the whole text (nothing typed was lost), across the takeover.
    const frames = early.frames as { titles: string[]; value: string; takenOver: boolean }[];
    expect(frames.some((f) => f.takenOver)).toBe(true);
    for (const f of frames) expect(f).toMatchObject({ titles: [abstractOnly.title], value: ABSTRACT_WORD });
    // The panel kept the drawn row, the text, the caret and the focus, and answers the same once everything is loaded.
    expect(early.rowKept).toBe(true);
    expect(early).toMatchObject({ value: ABSTRACT_WORD, caret: [ABSTRACT_WORD.length, ABSTRACT_WORD.length], focused: true });
    expect(await page.locator('.count-line').textContent()).toBe(`1 of ${N.toLocaleString('en')} papers`);
    expect(await page.locator('.paper-row .row-title').allTextContents()).toEqual([abstractOnly.title]);
    await page.close();
  });

  it('a search that finds nothing is drawn as the panel draws it: the takeover changes nothing on screen', async () => {
    const word = 'xylophonequark';
    expect(papers.some((p) => JSON.stringify(p).toLowerCase().includes(word))).toBe(false);
    const page = await s.context.newPage();
    await page.addInitScript((typed) => {
      const mark = (n: string) => performance.getEntriesByName(n).length > 0;
      const w = window as unknown as { __none: { before?: string; after?: string; sortBefore?: string; sortAfter?: string } };
      const none: (typeof w)['__none'] = (w.__none = {});
      const normal = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        const e = node as Element;
        const attrs = [...e.attributes].map((a) => `${a.name}="${a.value}"`).sort();
        return `<${e.localName} ${attrs.join(' ')}>${[...e.childNodes].map(normal).join('')}</${e.localName}>`;
      };
      const screen = () => normal(document.querySelector('.controls-row')!) + normal(document.querySelector('.sp-main')!);
      const sort = () => document.querySelector<HTMLSelectElement>('.sort select')!.value;
      let typedIn = false;
      const mo = new MutationObserver(() => {
        if (mark('papershelf:render-start')) {
          mo.disconnect();
          requestAnimationFrame(() => {
            none.after = screen();
            none.sortAfter = sort();
          });
          return;
        }
        const box = document.querySelector<HTMLInputElement>('#app #search');
        if (!box || !document.querySelector('#app .paper-row, #app .empty-state')) return;
        if (!typedIn) {
          typedIn = true;
          box.value = typed;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }
        // The last screen the pre-open script drew.
        none.before = screen();
        none.sortBefore = sort();
      });
      mo.observe(document, { childList: true, subtree: true, characterData: true });
    }, word);
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => performance.getEntriesByName('papershelf:loaded').length > 0, null, { timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const none = await page.evaluate(() => (window as unknown as { __none: Record<string, string> }).__none);
    expect(none.before).toContain('No papers match');
    expect(none.before).toContain(`Nothing matches “${word}”`);
    expect(none.before).toContain(`0 matches, loading ${N.toLocaleString('en')} papers…`);
    expect(none.after).toBe(none.before);
    expect(none.sortBefore).toBe('relevance');
    expect(none.sortAfter).toBe('relevance');
    expect(await page.locator('.count-line').textContent()).toBe(`0 of ${N.toLocaleString('en')} papers`);
    await page.close();
  });

  it('before the takeover, "Clear search" and Escape clear a search that found nothing, as the panel\'s do', async () => {
    const word = 'xylophonequark';
    const page = await s.context.newPage();
    await page.addInitScript((typed) => {
      const mark = (n: string) => performance.getEntriesByName(n).length > 0;
      const steps: string[] = [];
      (window as unknown as { __steps: string[] }).__steps = steps;
      const type = (box: HTMLInputElement) => {
        box.value = typed;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const mo = new MutationObserver(() => {
        if (mark('papershelf:render-start')) {
          steps.push('takeover');
          mo.disconnect();
          return;
        }
        const box = document.querySelector<HTMLInputElement>('#app #search');
        const empty = document.querySelector<HTMLButtonElement>('#app .empty-state button');
        const rows = document.querySelectorAll('#app .paper-row').length;
        const last = steps.at(-1);
        if (!box || (!rows && !empty)) return;
        if (last === undefined) {
          steps.push('typed');
          type(box);
        } else if (last === 'typed' && empty) {
          steps.push('clicked');
          empty.click();
        } else if (last === 'clicked' && rows && !box.value) {
          steps.push(`cleared, ${rows} rows, focused ${document.activeElement === box}`);
          type(box);
        } else if (last?.startsWith('cleared') && empty) {
          steps.push('escape');
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
        } else if (last === 'escape' && rows && !box.value) steps.push(`escaped, ${rows} rows`);
      });
      mo.observe(document, { childList: true, subtree: true });
    }, word);
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => performance.getEntriesByName('papershelf:loaded').length > 0, null, { timeout: 60_000 });
    const steps = await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
    expect(steps.slice(0, 5)).toEqual([
      'typed',
      'clicked',
      expect.stringMatching(/^cleared, [1-9]\d* rows, focused true$/),
      'escape',
      expect.stringMatching(/^escaped, [1-9]\d* rows$/),
    ]);
    expect(steps).toContain('takeover');
    expect(await page.locator('#search').inputValue()).toBe('');
    expect(await page.locator('.count-line').textContent()).toBe(`${N.toLocaleString('en')} papers`);
    await page.close();
  });

  it('a later open draws the kept first screen; after a write made elsewhere (the background) it draws the library as it is', async () => {
    const newest = [...papers].sort((a, b) => b.addedAt - a.addedAt);
    const drawnTitles = async () => {
      const { page, watch } = await openDrawn();
      const kept = await page.evaluate(() => localStorage.getItem('papershelf:first-screen') !== null);
      const titles = await page.evaluate((h) => {
        const box = document.createElement('div');
        box.innerHTML = h;
        return [...box.querySelectorAll('.paper-row .row-title')].map((e) => e.textContent!.replace(/^★/, ''));
      }, watch.preHtml!);
      await page.close();
      return { kept, titles };
    };
    const before = await drawnTitles();
    expect(before.kept).toBe(true);
    expect(before.titles).toEqual(newest.slice(0, before.titles.length).map((p) => p.title));
    // Opened again with nothing written: the kept screen, the same rows.
    expect((await drawnTitles()).titles).toEqual(before.titles);

    // The background's worker (no localStorage there) retitles the newest paper.
    await withLibrary(s.worker);
    await s.worker.evaluate(async (p) => {
      const lib = (
        globalThis as unknown as {
          __papershelfLibrary: { openLibrary(): Promise<unknown>; putPapers(db: unknown, ps: unknown[]): Promise<void> };
        }
      ).__papershelfLibrary;
      await lib.putPapers(await lib.openLibrary(), [{ ...p, title: 'Retitled while the panel was closed', updatedAt: p.updatedAt + 1 }]);
    }, newest[0]!);
    const after = await drawnTitles();
    expect(after.titles[0]).toBe('Retitled while the panel was closed');
    expect(after.titles.slice(1)).toEqual(before.titles.slice(1));
  });

  it('draws nothing for an empty library: the panel shows its empty state', async () => {
    // A fresh profile: no library yet (the pre-open script never creates it).
    const fresh = await launchExtension();
    try {
      const page = await fresh.context.newPage();
      await page.addInitScript(watchFirstScreen);
      await page.goto(`chrome-extension://${fresh.extensionId}/sidepanel.html`);
      await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __watch: Watch }).__watch.pre)).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });
});
