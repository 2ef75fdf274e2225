/**
 * The selection reader the background injects on "Capture selection as papers" (the built `read-selection.js`), run in
 * real Chromium on corpus pages served at their real URLs, the list selected from its first to its last reference.
 * Checks (a) that the selected elements are read in the browser as the corpus evaluation reads them in Node (its
 * Range.cloneContents stand-in, test/support/selected-range.ts, gives what Chromium's own gives), and (b) that the
 * reading finds the papers checked by eye. What it cannot prove: a person's drag may start or end mid-reference;
 * here the selection covers whole elements.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, EXTENSION_DIR, serve } from './harness';
import { CHROMIUM } from './global-setup';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { readSelectedElements } from '../../lib/sites/selected-list';
import { cloneSelectedBetween } from '../support/selected-range';
import { corpusExpected, corpusHtml, corpusPage } from '../fixtures/corpus/corpus';

let browser: Browser;
let context: BrowserContext;
const script = () => readFileSync(join(EXTENSION_DIR, 'read-selection.js'), 'utf8');
const titleKey = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  context = await browser.newContext();
  await context.route('**/*', (route) => route.abort());
});
afterAll(async () => browser?.close());

/** Two pages the text reading handled well and two it did not (baudart: 0 of 44 from the text). */
const PAGES = ['acostalab-publications', 'tewari-publications', 'baudart-publications', 'birnbaumlab-publications'];

describe('selected elements read in Chromium', () => {
  it.each(PAGES)('%s: the list selected whole is read as in Node, and finds the papers', async (slug) => {
    const corpus = corpusPage(slug);
    await serve(context, corpus.url, corpusHtml(slug));
    const page = await context.newPage();
    try {
      await page.goto(corpus.url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(({ first, last }) => {
        const lasts = document.querySelectorAll(last);
        const range = document.createRange();
        range.setStartBefore(document.querySelector(first)!);
        range.setEndAfter(lasts[lasts.length - 1]!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, corpus.selection);
      const reading = (await page.evaluate(script())) as { text: string; elements?: { entries: { title: string; authors: string[] }[] } };
      const inBrowser = reading.elements?.entries ?? [];

      const doc = parseHtmlDocument(corpusHtml(slug));
      const lasts = doc.querySelectorAll(corpus.selection.last);
      const selected = cloneSelectedBetween(doc.querySelector(corpus.selection.first)!, lasts[lasts.length - 1]!);
      const empty = parseHtmlDocument('<!DOCTYPE html><html><head></head><body></body></html>');
      const inNode = readSelectedElements([selected], empty, new URL(corpus.url))?.entries ?? [];
      expect(inBrowser.map((e) => [e.title, e.authors])).toEqual(inNode.map((e) => [e.title, e.authors]));

      const expected = corpusExpected(slug).entries;
      const found = new Set(inBrowser.map((e) => titleKey(e.title)));
      const matched = expected.filter((e) => found.has(titleKey(e.title))).length;
      expect(matched / expected.length).toBeGreaterThanOrEqual(0.9);
      expect(reading.text.length).toBeGreaterThan(100);
    } finally {
      await page.close();
    }
  });
});
