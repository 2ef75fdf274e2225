/**
 * Whether the working tree's adapters extract exactly what they did at a git revision: every bench page and every
 * HTML fixture, in real Chromium (the injected bundles of both, side by side in one page) and in Node (linkedom, the
 * DOM of the CLI and the tests). Compares the JSON of `extract` from each fixture's adapter and of `scanPage`.
 *   npx tsx bench/same-extraction.ts [rev, default HEAD]
 * Exits non-zero when any output differs. A check to run before and after a change to an adapter's speed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, serve, unserve } from './browser';
import { iife } from './bundle';
import { bundleAt, checkoutAt } from './lib-at-rev';
import { arxivSearch200, dblpPerson, scholarProfile } from './pages';
import { HTML_FIXTURES } from '../test/fixtures/fixtures';

const rev = process.argv[2] ?? 'HEAD';
const FIXTURES = resolve(import.meta.dirname, '../test/fixtures');

interface Page {
  name: string;
  url: string;
  html: string;
  adapter: string | null;
}

const ARXIV_SEARCH = 'https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200';
const pages: Page[] = [
  ...[arxivSearch200(), dblpPerson(1000), scholarProfile(1000), dblpPerson(37), scholarProfile(37)].map((bp) => ({
    name: bp.id,
    url: bp.url,
    html: bp.html,
    adapter: bp.adapter,
  })),
  ...HTML_FIXTURES.map((f) => ({ name: f.file, url: f.url, html: readFileSync(join(FIXTURES, f.file), 'utf8'), adapter: f.adapter })),
  ...['math', 'rendered'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: `${dir}/${f}`, url: ARXIV_SEARCH, html: readFileSync(join(FIXTURES, dir, f), 'utf8'), adapter: 'arxiv' })),
  ),
  {
    name: 'handwritten/arxiv-abs-2512.03876.html',
    url: 'https://arxiv.org/abs/2512.03876',
    html: readFileSync(join(FIXTURES, 'handwritten/arxiv-abs-2512.03876.html'), 'utf8'),
    adapter: 'arxiv',
  },
];

interface Lib {
  ADAPTERS: { id: string; extract(d: Document, u: URL): unknown }[];
  scanPage(d: Document, u: URL): unknown;
}

/** The JSON of each output (or the error it threw), in a fixed order: the fixture's adapter, then scanPage. */
function outputs(lib: Lib, doc: Document, url: string, adapter: string | null): string[] {
  const u = new URL(url);
  const run = (f: () => unknown) => {
    try {
      return JSON.stringify(f());
    } catch (e) {
      return `threw ${String(e)}`;
    }
  };
  const a = adapter && lib.ADAPTERS.find((x) => x.id === adapter);
  return [a ? run(() => a.extract(doc, u)) : 'no adapter', run(() => lib.scanPage(doc, u))];
}

const differences: string[] = [];
function compare(where: string, page: Page, now: string[], then: string[]): void {
  now.forEach((s, i) => {
    const t = then[i]!;
    if (s === t) return;
    let k = 0;
    while (s[k] === t[k]) k++;
    differences.push(
      `${where} ${page.name} [${i === 0 ? 'extract' : 'scanPage'}] at ${k}: now …${s.slice(k - 60, k + 60)}… then …${t.slice(k - 60, k + 60)}…`,
    );
  });
}

// Node, linkedom.
const copy = checkoutAt(rev);
try {
  const nowLib = (await import('../lib/sites/registry')) as unknown as Lib;
  const { parseHtmlDocument } = await import('../lib/cli/dom');
  const thenLib = (await import(join(copy.dir, 'lib/sites/registry.ts'))) as Lib;
  const thenDom = (await import(join(copy.dir, 'lib/cli/dom.ts'))) as { parseHtmlDocument(html: string): Document };
  for (const p of pages) {
    compare(
      'node',
      p,
      outputs(nowLib, parseHtmlDocument(p.html), p.url, p.adapter),
      outputs(thenLib, thenDom.parseHtmlDocument(p.html), p.url, p.adapter),
    );
  }
} finally {
  copy.remove();
}

// Chromium: both bundles in the same page.
const session = await launch();
try {
  const now = await iife('inject/page-lib.ts');
  const then = await bundleAt(rev);
  for (const p of pages) {
    await serve(session.context, p.url, p.html);
    const page = await session.context.newPage();
    try {
      await page.goto(p.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: now });
      await page.addScriptTag({ content: then });
      const r = await page.evaluate(
        ({ url, adapter, outputsSrc }) => {
          const outputs = new Function(`return ${outputsSrc}`)() as (lib: unknown, d: Document, u: string, a: string | null) => string[];
          const g = globalThis as unknown as Record<string, unknown>;
          return { now: outputs(g.__papershelfBench, document, url, adapter), then: outputs(g.__papershelfBenchB, document, url, adapter) };
        },
        { url: p.url, adapter: p.adapter, outputsSrc: outputs.toString() },
      );
      compare('chromium', p, r.now, r.then);
    } finally {
      await page.close();
      await unserve(session.context, p.url);
    }
  }
} finally {
  await session.close();
}

console.log(
  `${pages.length} pages, node and chromium, against ${rev}: ${differences.length ? `${differences.length} differences` : 'identical'}`,
);
for (const d of differences) console.log(`  ${d}`);
process.exitCode = differences.length ? 1 : 0;
