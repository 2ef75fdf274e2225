/**
 * The selection reader the background injects on "Capture selection as papers" (the built `read-selection.js`, as
 * shipped), run in real Chromium on rendered-math snapshots (test/fixtures/math/, made by the real renderers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, EXTENSION_DIR } from './harness';
import { CHROMIUM } from './global-setup';
import { fixtureText } from '../helpers';

let browser: Browser;
let page: Page;
const script = () => readFileSync(join(EXTENSION_DIR, 'read-selection.js'), 'utf8');

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

/** Show `html`, select the contents of the elements matching `selector` (first to last), run the reader. */
async function readSelected(html: string, selector: string, prepare?: string): Promise<{ text: string; plain: string; kept: boolean }> {
  await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  if (prepare) await page.evaluate(prepare);
  const plain = await page.evaluate((sel) => {
    const els = document.querySelectorAll(sel);
    const range = document.createRange();
    range.setStartBefore(els[0]!);
    range.setEndAfter(els[els.length - 1]!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
  const { text } = (await page.evaluate(script())) as { text: string };
  const kept = await page.evaluate((before) => window.getSelection()!.toString() === before, plain);
  return { text, plain, kept };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('selection reader in Chromium', () => {
  it('MathJax 2 (HTML-CSS): the TeX once, block lines kept, the selection left as it was', async () => {
    const { text, plain, kept } = await readSelected(fixtureText('math/mathjax2-htmlcss.html'), 'dd');
    // The browser's own text is the garbled one this replaces.
    expect(plain).toContain('H0');
    expect(lines(text)).toEqual([
      'Title: The road towards precision measurements of $H_0$ with bright sirens',
      'A. One, B. Two',
      '2',
      'Title: Beyond $j=1$: constraints on Almost-$\\Lambda$CDM Cosmologies from $f(R)$ and $R^2$ gravity',
      '3',
      'Title: Inline $f(R)$ and a price of $5 in $\\mathcal{O}(n \\log n)$ time',
      '4',
      'We show that',
      '$$\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$$',
      'holds, and',
      '$$E = mc^2$$',
      'too; also $a<b$.',
    ]);
    expect(kept).toBe(true);
  });

  it('MathJax 3: the TeX the background recovered, else the MathML text once', async () => {
    const html = fixtureText('math/mathjax3-chtml.html');
    const withTex = await readSelected(
      html,
      'dd:first-of-type .list-title',
      "document.querySelector('mjx-container').setAttribute('data-papershelf-tex', '$H_0$')",
    );
    expect(lines(withTex.text)).toEqual(['Title: The road towards precision measurements of $H_0$ with bright sirens']);
    const without = await readSelected(html, 'dd:first-of-type .list-title');
    expect(lines(without.text)).toEqual(['Title: The road towards precision measurements of H0 with bright sirens']);
  });

  it('KaTeX: the TeX of its annotation', async () => {
    const { text } = await readSelected(fixtureText('math/katex.html'), 'dd:first-of-type .list-title');
    expect(lines(text)).toEqual(['Title: The road towards precision measurements of $H_0$ with bright sirens']);
  });

  it("a selection without math: exactly the browser's text", async () => {
    const { text, plain } = await readSelected(fixtureText('math/source.html'), 'dd');
    expect(text).toBe(plain);
  });
});
