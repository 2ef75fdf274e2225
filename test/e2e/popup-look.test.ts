/**
 * How the popup looks and is used, in real Chromium at the size of Chrome's toolbar popup (at most 800x600): a Hugging
 * Face daily review, a dblp person page of 400 papers with long, mathematical, right-to-left and CJK titles, the
 * review with a possible duplicate, the saved state with Undo, a page without papers, a background error, the
 * basket. Each state is screenshot in light and dark (test-artifacts/popup-look-*.png) and checked: nothing cut at
 * the popup's edges, one scrollbar at most, focus visible and moving by keyboard.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, serve, type ExtensionSession } from './harness';
import { ARXIV_SEARCH, HF_DAILY, pageHtml } from './pages';
import { fixtureText } from '../helpers';

const ARTIFACTS = 'test-artifacts';
/** Chrome's toolbar popup is at most 800 wide and 600 high; the popup sets its own width. */
const POPUP_MAX = { width: 800, height: 600 };

let s: ExtensionSession;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

async function tabIdOf(url: string): Promise<number> {
  const id = await s.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** Open the popup for the tab at `url`, sized as Chrome sizes it: the body's width, its height up to 600. */
async function openPopup(url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(url);
  const popup = await s.context.newPage();
  await popup.setViewportSize(POPUP_MAX);
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
  await popup
    .getByRole('list', { name: 'Papers on this page' })
    .or(popup.getByText('No papers found'))
    .or(popup.getByRole('alert'))
    .first()
    .waitFor();
  await fitPopup(popup);
  return popup;
}

/** Resize to what Chrome would show: the body's own width and height, capped at 800x600. */
async function fitPopup(popup: Page): Promise<void> {
  await popup.setViewportSize(POPUP_MAX);
  const size = await popup.evaluate(() => {
    const r = document.body.getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(document.documentElement.scrollHeight > 600 ? 600 : r.height) };
  });
  await popup.setViewportSize({ width: Math.min(size.width, 800), height: Math.max(Math.min(size.height, 600), 25) });
}

/** What a layout check reports: the document scrolls (a second scrollbar), elements reach past the popup's edges. */
async function layoutProblems(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollHeight > innerHeight + 1) problems.push(`document scrolls vertically: ${doc.scrollHeight} > ${innerHeight}`);
    if (doc.scrollWidth > innerWidth + 1) problems.push(`document scrolls horizontally: ${doc.scrollWidth} > ${innerWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('button, input, a, .pill, h1, p, .title')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > innerWidth + 1 || r.left < -1)
        problems.push(`${el.tagName}.${el.className} "${el.textContent?.slice(0, 30)}" x ${r.left}..${r.right}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('.entries, .basket-entries')) {
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${el.className} scrolls horizontally`);
    }
    return problems;
  });
}

async function shoot(popup: Page, name: string): Promise<void> {
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.screenshot({ path: `${ARTIFACTS}/popup-look-${name}.png` });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: `${ARTIFACTS}/popup-look-${name}-dark.png` });
  await popup.emulateMedia({ colorScheme: 'light' });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Titles a researcher meets: long, with TeX, right-to-left, CJK, and a word longer than the popup is wide. */
const HARD_TITLES = [
  'On the $\\mathcal{O}(n \\log n)$ Lower Bound for Comparison-Based Sorting under Adversarial Noise with $\\epsilon$-Differential Privacy Guarantees in Distributed Streaming Settings',
  'تحليل الشبكات العصبية العميقة لمعالجة اللغة العربية',
  '基于深度学习的中文分词方法研究：一种新的视角与大规模实验评估',
  'Pneumonoultramicroscopicsilicovolcanoconiosis-Aware-Transformer-Architectures-For-Extremely-Long-Hyphenated-Compound-Identifiers',
  'עיבוד שפה טבעית בעברית: Hebrew NLP with BERT',
];
const VENUES = [
  'CoRR',
  'Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing (EMNLP 2023), Volume 1: Long Papers',
  'NeurIPS',
];

/** A dblp person page of `n` papers in dblp's markup (the entries of test/fixtures/handwritten/dblp-person.html, repeated with other titles). */
function dblpPersonPage(n: number): string {
  const entries: string[] = [];
  for (let i = 0; i < n; i++) {
    const title = HARD_TITLES[i % HARD_TITLES.length]! + (i >= HARD_TITLES.length ? ` (part ${i})` : '');
    const authorCount = i % 7 === 0 ? 40 : 2;
    const authors = Array.from(
      { length: authorCount },
      (_, k) =>
        `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://dblp.org/pid/${i}/${k}.html" itemprop="url"><span itemprop="name">Author${k} Familyname-${i}</span></a></span>`,
    ).join(', ');
    const year = 2024 - (i % 20);
    entries.push(
      `<li class="entry inproceedings" id="conf/x/P${i}" itemscope itemtype="http://schema.org/ScholarlyArticle"><div class="nr" id="c${i}">[c${i}]</div><cite class="data tts-content" itemprop="headline">${authors}:<br> <span class="title" itemprop="name">${esc(title)}.</span> <a href="https://dblp.org/db/conf/x/x${year}.html#P${i}"><span itemprop="isPartOf" itemscope itemtype="http://schema.org/BookSeries"><span itemprop="name">${esc(VENUES[i % VENUES.length]!)}</span></span> <span itemprop="datePublished">${year}</span></a></cite></li>`,
    );
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>dblp: Andrew McCallum</title></head><body class="pers"><div id="main">
<header id="headline" class="headline noline" data-name="Andrew McCallum" data-pid="m/AndrewMcCallum"><h1><span class="name primary" itemprop="name">Andrew McCallum</span></h1></header>
<div id="publ-section" class="section"><div class="hide-body"><ul class="publ-list" data-style="ydvspc">${entries.join('\n')}</ul></div></div></div></body></html>`;
}

/** Contrast ratio of two CSS colours (rgb()/rgba() as getComputedStyle gives them), WCAG's formula. */
async function contrasts(popup: Page, pairs: { selector: string; fg: string; bg: string | { selector: string; prop: string } }[]) {
  return popup.evaluate((pairs) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
    };
    return pairs.map(({ selector, fg, bg }) => {
      const el = document.querySelector(selector)!;
      const fgColor = getComputedStyle(el).getPropertyValue(fg);
      const bgColor =
        typeof bg === 'string'
          ? getComputedStyle(el).getPropertyValue(bg)
          : getComputedStyle(document.querySelector(bg.selector)!).getPropertyValue(bg.prop);
      return `${selector} ${fg}: ${ratio(fgColor, bgColor)}`;
    });
  }, pairs);
}
const ratioOf = (line: string) => Number(line.split(': ').at(-1));

describe('the popup at its real size', () => {
  it('Hugging Face daily review: fits, focus visible and contrasted, Shift+Tab never hides a row under its group title, Enter in the tags saves', async () => {
    await serve(s.context, HF_DAILY.url, pageHtml(HF_DAILY));
    const popup = await openPopup(HF_DAILY.url);
    await expect.poll(() => popup.getByRole('checkbox').count()).toBe(13);
    await fitPopup(popup);
    await shoot(popup, 'huggingface');
    expect(await layoutProblems(popup)).toEqual([]);

    // Backwards through the rows: each focused checkbox is on top at its centre, not under the sticky "New" title.
    await popup.getByRole('checkbox').last().focus();
    const covered: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Shift+Tab');
      const where = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { id: el.id, onTop: top === el, by: top?.className ?? '' };
      });
      expect(where.id).toBe(`entry-${11 - i}`);
      if (!where.onTop) covered.push(`${where.id} under ${where.by}`);
    }
    expect(covered).toEqual([]);
    await popup.keyboard.press('Space');
    expect(await popup.locator('#entry-0').isChecked()).toBe(false);
    expect(await popup.getByRole('button', { name: /^Save/ }).textContent()).toBe('Save 12 papers');
    await popup.keyboard.press('Space');
    expect(await popup.getByRole('button', { name: /^Save/ }).textContent()).toBe('Save 13 papers');
    await shoot(popup, 'huggingface-focus');

    // Focus rings and the tag field's edge hold 3:1, the pills' small text 4.5:1, in light and in dark.
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const lines = await contrasts(popup, [
        { selector: '#entry-0', fg: 'outline-color', bg: { selector: 'body', prop: 'background-color' } },
        { selector: '.tag-field input', fg: 'border-top-color', bg: 'background-color' },
        { selector: '.summary .pill.new', fg: 'color', bg: 'background-color' },
        { selector: '.summary .pill.saved', fg: 'color', bg: 'background-color' },
        { selector: '.entry .authors', fg: 'color', bg: { selector: 'body', prop: 'background-color' } },
      ]);
      expect(
        lines.filter((l) => ratioOf(l) < (l.includes('outline') || l.includes('border') ? 3 : 4.5)),
        scheme,
      ).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });

    // A title cut at two lines is whole in its tooltip (text, as the page gave it).
    const tora = popup.locator('.entry .title', { hasText: 'Tora:' });
    expect(await tora.getAttribute('title')).toBe('Tora: Trajectory-oriented Diffusion Transformer for Video Generation');

    // Enter in the tags saves, with the tags typed.
    await popup.getByRole('textbox').fill('look, daily');
    await popup.getByRole('textbox').press('Enter');
    await popup.getByText(/Saved 13, updated 0/).waitFor();
  });

  it('a dblp person page of 400 papers: long, mathematical, right-to-left and CJK titles, scrolled, keyboard through the virtual list', async () => {
    const url = 'https://dblp.org/pid/m/AndrewMcCallum.html';
    await serve(s.context, url, dblpPersonPage(400));
    const popup = await openPopup(url);
    expect(await popup.locator('.listing').textContent()).toBe('Andrew McCallum: 400 papers');
    await shoot(popup, 'dblp-top');
    expect(await layoutProblems(popup)).toEqual([]);
    // Right-to-left titles run right to left; the others left to right.
    const arabic = popup.locator('.entry .title', { hasText: 'تحليل' }).first();
    expect(await arabic.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    expect(
      await popup
        .locator('.entry .title', { hasText: 'Lower Bound' })
        .first()
        .evaluate((el) => el.matches(':dir(ltr)')),
    ).toBe(true);
    // TeX stays TeX, as text (dblp's trailing period is not the title's).
    expect(await popup.locator('.entry .title').first().textContent()).toBe(HARD_TITLES[0]);
    // A 40-author row: the names may be cut by the width (one ellipsis, from CSS), the count of the rest is whole.
    const manyAuthors = popup.locator('.entry:has(#entry-0) .authors');
    expect(await manyAuthors.locator('.more').textContent()).toBe(' +37 more');
    expect(await manyAuthors.locator('.names').textContent()).toBe('Author0 Familyname-0, Author1 Familyname-0, Author2 Familyname-0');

    await popup.locator('.entries').evaluate((el) => (el.scrollTop = 20_000));
    await expect.poll(() => popup.locator('#entry-300').count()).toBe(1);
    await shoot(popup, 'dblp-scrolled');
    expect(await layoutProblems(popup)).toEqual([]);
    // Tab walks the rows in order beyond the rows first drawn.
    await popup.locator('#entry-300').focus();
    for (let i = 1; i <= 30; i++) {
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe(`entry-${300 + i}`);
    }
    await shoot(popup, 'dblp-focus');

    // Arrow keys, Home / End and Page Up / Down move between the rows, drawing the ones the virtual list had not drawn;
    // the focused row is on top at its centre (not under the sticky group title).
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { id: el.id, onTop: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el };
      });
    await popup.keyboard.press('End');
    await expect.poll(focused).toEqual({ id: 'entry-399', onTop: true });
    await popup.keyboard.press('Home');
    await expect.poll(focused).toEqual({ id: 'entry-0', onTop: true });
    await popup.keyboard.press('ArrowDown');
    await expect.poll(focused).toEqual({ id: 'entry-1', onTop: true });
    await popup.keyboard.press('PageDown');
    const paged = await focused();
    expect(paged.onTop).toBe(true);
    const step = Number(paged.id.replace('entry-', '')) - 1;
    expect(step).toBeGreaterThan(1);
    await popup.keyboard.press('PageUp');
    await expect.poll(focused).toEqual({ id: 'entry-1', onTop: true });
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    await expect.poll(focused).toEqual({ id: 'entry-0', onTop: true });

    // Ctrl+A in the list ticks every row; in the tags field it selects the field's text and leaves the rows alone.
    await popup.getByRole('button', { name: 'None' }).click();
    await popup.locator('#entry-0').focus();
    await popup.keyboard.press('Control+a');
    expect(await popup.getByRole('button', { name: /^Save/ }).textContent()).toBe('Save 400 papers');
    await popup.getByRole('button', { name: 'None' }).click();
    await popup.getByRole('textbox').fill('tag');
    await popup.getByRole('textbox').press('Control+a');
    expect(await popup.getByRole('button', { name: /^Save/ }).textContent()).toBe('Save (nothing selected)');
  });

  it('possible duplicate (compare box), then the saved state with Undo', async () => {
    const url = 'https://huggingface.co/papers?q=llama';
    const item = (id: string, title: string, extra: object = {}) => ({
      title,
      paper: { id, title, authors: [{ name: 'Ada Lovelace' }], summary: 'An abstract.', upvotes: 2, ...extra },
    });
    const props = JSON.stringify({
      dailyPapers: [
        item('2501.00001', 'A brand new paper'),
        item('2501.00002', 'The Llama 3 Herd of Models'),
        item('2407.21705', 'Tora: Trajectory-oriented Diffusion Transformer for Video Generation', {
          githubRepo: 'https://github.com/alibaba/Tora',
        }),
        item('2407.21770', 'MoMa: Efficient Early-Fusion Pre-training with Mixture of Modality-Aware Experts'),
      ],
    }).replace(/"/g, '&quot;');
    await serve(s.context, url, `<html><body><main><div data-target="DailyPapers" data-props="${props}"></div></main></body></html>`);
    const popup = await openPopup(url);
    await popup.getByLabel('Compared with a saved paper').waitFor();
    await shoot(popup, 'duplicates');
    expect(await layoutProblems(popup)).toEqual([]);

    // Saved by keyboard: the next Tab reaches Undo (the Save button, disabled now, keeps the place of focus).
    await popup.getByRole('button', { name: /^Save/ }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Undo' }).waitFor();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await fitPopup(popup);
    await shoot(popup, 'saved-undo');
    expect(await layoutProblems(popup)).toEqual([]);
  });

  it('a page without papers, a background error', async () => {
    const url = 'https://huggingface.co/papers?q=nothing';
    const props = JSON.stringify({ dailyPapers: [] }).replace(/"/g, '&quot;');
    await serve(s.context, url, `<html><body><main><div data-target="DailyPapers" data-props="${props}"></div></main></body></html>`);
    const none = await openPopup(url);
    await none.getByText('No papers found on this page.').waitFor();
    await shoot(none, 'no-papers');
    expect(await layoutProblems(none)).toEqual([]);

    const error = await s.context.newPage();
    await error.setViewportSize(POPUP_MAX);
    await error.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=987654`);
    await error.getByRole('alert').first().waitFor();
    await fitPopup(error);
    await shoot(error, 'error');
    expect(await layoutProblems(error)).toEqual([]);
  });

  it('the basket review of 200 papers fits the popup with one scrolling list; Load all on a Scholar profile', async () => {
    await serve(s.context, ARXIV_SEARCH.url, pageHtml(ARXIV_SEARCH));
    const popup = await openPopup(ARXIV_SEARCH.url);
    await popup.getByRole('button', { name: 'Collect across pages' }).click();
    await popup.getByRole('button', { name: 'Review basket' }).click();
    await popup.getByRole('list', { name: 'Papers in the basket' }).waitFor();
    await fitPopup(popup);
    await shoot(popup, 'basket');
    expect(await layoutProblems(popup)).toEqual([]);
    expect(await popup.getByRole('button', { name: 'Save 200 papers from the basket' }).isVisible()).toBe(true);
    // Back to the page's own review.
    await popup.getByRole('button', { name: 'Back to this page' }).click();
    await popup.getByRole('list', { name: 'Papers on this page' }).waitFor();
    expect(await layoutProblems(popup)).toEqual([]);

    const profile = 'https://scholar.google.com/citations?hl=en&user=XXXX';
    await serve(s.context, profile, fixtureText('handwritten/googlescholar-profile.html'));
    const scholar = await openPopup(profile);
    await scholar.getByRole('button', { name: /^Load all/ }).waitFor();
    await shoot(scholar, 'load-all');
    expect(await layoutProblems(scholar)).toEqual([]);
  });
});
