/**
 * Every HTML fixture scanned in Chromium's DOM gives the same scan as in Node's (linkedom, what the unit tests and
 * the CLI use). Adapters may take paths only a real DOM has (the arXiv abstract is read with a Range), and the two
 * HTML parsers may disagree on a page: either would show here as a difference.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/sites/registry';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { fixtureDocument, fixtureText } from '../helpers';
import { launchExtension, serve, type ExtensionSession } from './harness';

let s: ExtensionSession;
let script: string;

beforeAll(async () => {
  s = await launchExtension();
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'inject/sites.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  script = out.outputFiles[0]!.text;
});
afterAll(async () => {
  await s?.close();
});

describe('site adapters in Chromium', () => {
  it.each(HTML_FIXTURES.map((f) => [f.file, f] as const))('%s: same scan as in Node', async (file, fixture) => {
    await serve(s.context, fixture.url, fixtureText(file));
    const page = await s.context.newPage();
    try {
      await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(script);
      const inChromium = await page.evaluate(
        (href) => (globalThis as unknown as { __papershelfScan: (h: string) => unknown }).__papershelfScan(href),
        fixture.url,
      );
      const inNode = JSON.parse(JSON.stringify(scanPage(fixtureDocument(file), new URL(fixture.url))));
      expect(inChromium).toEqual(inNode);
      expect((inChromium as { entries: unknown[] } | null)?.entries.length ?? 0).toBe(fixture.adapter ? fixture.entries : 0);
    } finally {
      await page.close();
    }
  });
});
