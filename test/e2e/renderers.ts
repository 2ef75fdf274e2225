/**
 * The scripts that change a page's text, served at the URLs real pages load them from, out of the pinned npm copies
 * (package.json: mathjax2 = mathjax@2.7.9, mathjax3 = mathjax@3.2.2, mathjax4 = mathjax@4.1.3, katex 0.16.22).
 * One route table for the live-page tests and test/fixtures/rendered/make.ts. Anything not in it stays blocked.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const MODULES = resolve(import.meta.dirname, '../../node_modules');

/** URL prefix → directory. Where a page asks for a version we do not pin, the nearest pinned one answers (noted). */
const RENDERER_ROUTES: { url: string; dir: string; note: string }[] = [
  { url: 'https://static.arxiv.org/MathJax-2.7.9/', dir: 'mathjax2', note: 'arXiv /list and /abs pages' },
  { url: 'https://static.arxiv.org/MathJax-2.7.3/', dir: 'mathjax2', note: 'arXiv /search pages (2025) load 2.7.3; 2.7.9 answers' },
  { url: 'https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/', dir: 'mathjax3/es5', note: 'OpenReview (app/MathjaxScript.js)' },
  {
    url: 'https://cdn.jsdelivr.net/npm/mathjax@3.2.0/es5/',
    dir: 'mathjax3/es5',
    note: 'al-folio builds of 2023-2025 load 3.2.0; 3.2.2 answers',
  },
  { url: 'https://cdn.jsdelivr.net/npm/mathjax@3/es5/', dir: 'mathjax3/es5', note: 'pages that load the latest 3.x' },
  { url: 'https://cdn.jsdelivr.net/npm/mathjax@4/', dir: 'mathjax4', note: 'pages that load the latest 4.x' },
  {
    url: 'https://cdn.jsdelivr.net/npm/@mathjax/mathjax-newcm-font@4.1.3/',
    dir: '@mathjax/mathjax-newcm-font',
    note: "MathJax 4.1.3's default font, which MathJax fetches at its own version",
  },
  { url: 'https://cdn.jsdelivr.net/npm/katex@0.16.22/dist/', dir: 'katex/dist', note: 'KaTeX with auto-render' },
];

/** The local file for a renderer URL, or null (unknown prefix, or a path that leaves the package). */
function rendererFile(url: string): string | null {
  const clean = url.split(/[?#]/)[0]!;
  for (const r of RENDERER_ROUTES) {
    if (!clean.startsWith(r.url)) continue;
    const root = join(MODULES, r.dir);
    const file = normalize(join(root, decodeURIComponent(clean.slice(r.url.length))));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
    return file;
  }
  return null;
}

/** Serve every renderer file at its real URL (a missing file is a 404, so a page asking for the wrong path shows it). */
export async function serveRenderers(context: BrowserContext): Promise<void> {
  for (const r of RENDERER_ROUTES) {
    await context.route(`${r.url}**`, (route) => {
      const file = rendererFile(route.request().url());
      return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not in the npm copy' });
    });
  }
}

/** MathJax 2 finished its startup typeset (the "End" startup signal replays to late listeners). */
export async function mathJax2Done(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as { MathJax?: { Hub?: { Register?: unknown } } }).MathJax?.Hub?.Register, null, {
    timeout: 30_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        (
          window as unknown as { MathJax: { Hub: { Register: { StartupHook(name: string, f: () => void): void } } } }
        ).MathJax.Hub.Register.StartupHook('End', () => done()),
      ),
  );
}

/** MathJax 3/4 finished its startup (and so its startup typeset, when the page's config asks for one). */
export async function mathJax3Done(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as { MathJax?: { startup?: { promise?: unknown } } }).MathJax?.startup?.promise, null, {
    timeout: 30_000,
  });
  await page.evaluate(() => (window as unknown as { MathJax: { startup: { promise: Promise<void> } } }).MathJax.startup.promise);
}
