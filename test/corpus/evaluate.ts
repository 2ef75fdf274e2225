/**
 * Field accuracy of Papershelf's readers on the lab-page corpus (test/fixtures/corpus/): each page read (a) on
 * demand, as the injected scan-page script reads it (every registry adapter, then the generic fallback), and
 * (b) as the reader's selection of its list (the context menu's reading: the selected elements, else the selected text). Found entries are
 * matched to expected ones by normalised title (then, for titles read slightly differently, by word overlap).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Candidate } from '../../lib/model';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { scanPage } from '../../lib/sites/registry';
import { parseVisibleText } from '../../lib/text/parse';
import { preferredSelectionReading, readSelectedElements } from '../../lib/sites/selected-list';
import { cloneSelectedBetween } from '../support/selected-range';
import { CORPUS_PAGES, corpusExpected, corpusHtml, corpusSelection, type CorpusEntry, type CorpusPage } from '../fixtures/corpus/corpus';

export type ReadPath = 'dom' | 'selection';

export interface Counts {
  expected: number;
  found: number;
  matched: number;
  spurious: number;
  titleExact: number;
  authorsExact: number;
  yearRight: number;
  yearShown: number;
  venueRight: number;
  venueShown: number;
  doiRight: number;
  doiShown: number;
}

export interface PageResult {
  page: CorpusPage;
  path: ReadPath;
  counts: Counts;
  ms: number;
  misses: { expected: CorpusEntry; got?: Candidate; fields: string[] }[];
  spurious: Candidate[];
}

const VIEWED = new Date('2026-12-02T12:00:00Z');
const EMPTY_PAGE = '<!DOCTYPE html><html><head></head><body></body></html>';

export const emptyCounts = (): Counts => ({
  expected: 0,
  found: 0,
  matched: 0,
  spurious: 0,
  titleExact: 0,
  authorsExact: 0,
  yearRight: 0,
  yearShown: 0,
  venueRight: 0,
  venueShown: 0,
  doiRight: 0,
  doiShown: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

const key = (t: string) =>
  t
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
const shown = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
const wordsOf = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / Math.max(wa.size, wb.size);
}

type Reading = { entries: Candidate[]; ms: number };

/**
 * The page read on each of `paths`, from one parse of its HTML. The selection is cloned before the page is read on
 * demand: reading it can change its document (linkedom adds a <body> to a page without one when a reader asks for it),
 * and the clone, made first, cannot see that.
 */
export function readPage(
  page: CorpusPage,
  paths: readonly ReadPath[],
  onCpu?: (step: ReadPath | 'parse', ms: number) => void,
): Partial<Record<ReadPath, Reading>> {
  let cpu = process.cpuUsage();
  const cpuSpent = (step: ReadPath | 'parse') => {
    if (!onCpu) return;
    const { user, system } = process.cpuUsage(cpu);
    onCpu(step, (user + system) / 1000);
    cpu = process.cpuUsage();
  };
  const url = new URL(page.url);
  const doc = parseHtmlDocument(corpusHtml(page.slug));
  cpuSpent('parse');
  const readings: Partial<Record<ReadPath, Reading>> = {};
  if (paths.includes('selection')) {
    // As the context menu reads a selection: the selected elements and the selected text, the reading that saw more.
    const t1 = performance.now();
    const { first, last } = page.selection;
    const lastMatches = doc.querySelectorAll(last);
    const selected = cloneSelectedBetween(doc.querySelector(first)!, lastMatches[lastMatches.length - 1]!);
    const fromElements = readSelectedElements([selected], parseHtmlDocument(EMPTY_PAGE), url)?.entries ?? [];
    const fromText = parseVisibleText(corpusSelection(page.slug), url, VIEWED).entries;
    readings.selection = { entries: [...preferredSelectionReading(fromElements, fromText)], ms: performance.now() - t1 };
    cpuSpent('selection');
  }
  if (paths.includes('dom')) {
    const t1 = performance.now();
    const entries = scanPage(doc, url)?.entries ?? [];
    readings.dom = { entries, ms: performance.now() - t1 };
    cpuSpent('dom');
  }
  return readings;
}

/**
 * The names the page shows, in order. Where the page cut its list ("et al.", "and 5 more authors": `authorsTruncated`), a
 * reader that also gives names the page holds behind the cut (al-folio keeps them in the toggle's script) is right too when
 * the shown names open its list and every further name is written in the page's HTML.
 */
export function authorsRight(found: readonly string[], expected: CorpusEntry, pageHtml: string): boolean {
  if (JSON.stringify(found) === JSON.stringify(expected.authors)) return true;
  if (!expected.authorsTruncated || found.length <= expected.authors.length) return false;
  return (
    expected.authors.every((name, k) => found[k] === name) && found.slice(expected.authors.length).every((name) => pageHtml.includes(name))
  );
}

/** How many of the scored fields (exact title, names, year, venue, DOI) a reading gets right for an expected entry. */
function fieldAgreement(f: Candidate, e: CorpusEntry): number {
  return [
    shown(f.title) === shown(e.title),
    JSON.stringify(f.authors) === JSON.stringify(e.authors),
    e.year === f.year,
    e.venue !== undefined && f.venue !== undefined && shown(f.venue) === shown(e.venue),
    e.doi !== undefined && e.doi.toLowerCase() === f.ids.doi,
  ].filter(Boolean).length;
}

/**
 * Each expected entry with the reading it is scored against (same normalised title first, else the most word overlap),
 * and the readings no expected entry took.
 */
export function pairEntries(
  expected: readonly CorpusEntry[],
  found: readonly Candidate[],
): { pairs: [CorpusEntry, Candidate | undefined][]; spurious: Candidate[] } {
  const used = new Set<number>();
  const pairs = expected.map((e): [CorpusEntry, Candidate | undefined] => {
    const k = key(e.title);
    // Of several readings with this title (a highlight and its card, a preprint and its journal version), the one that
    // gets the most fields right; the first of them in page order.
    let i = -1;
    let bestAgreement = -1;
    found.forEach((f, j) => {
      if (used.has(j) || key(f.title) !== k) return;
      const agreement = fieldAgreement(f, e);
      if (agreement > bestAgreement) {
        bestAgreement = agreement;
        i = j;
      }
    });
    if (i < 0) {
      let best = 0.6;
      found.forEach((f, j) => {
        if (used.has(j)) return;
        const o = overlap(f.title, e.title);
        if (o > best) {
          best = o;
          i = j;
        }
      });
    }
    if (i < 0) return [e, undefined];
    used.add(i);
    return [e, found[i]];
  });
  return { pairs, spurious: found.filter((_, j) => !used.has(j)) };
}

function evaluateReading(page: CorpusPage, path: ReadPath, { entries: found, ms }: Reading): PageResult {
  const expected = corpusExpected(page.slug).entries;
  const html = corpusHtml(page.slug);
  const { pairs, spurious } = pairEntries(expected, found);
  const c = emptyCounts();
  c.expected = expected.length;
  c.found = found.length;
  const misses: PageResult['misses'] = [];
  for (const [e, f] of pairs) {
    if (!f) {
      misses.push({ expected: e, fields: ['missing'] });
      continue;
    }
    c.matched++;
    const bad: string[] = [];
    if (shown(f.title) === shown(e.title)) c.titleExact++;
    else bad.push('title');
    if (authorsRight(f.authors, e, html)) c.authorsExact++;
    else bad.push('authors');
    if (e.year !== undefined || f.year !== undefined) {
      c.yearShown++;
      if (e.year === f.year) c.yearRight++;
      else bad.push('year');
    }
    if (e.venue !== undefined) {
      c.venueShown++;
      if (f.venue !== undefined && shown(f.venue) === shown(e.venue)) c.venueRight++;
      else bad.push('venue');
    }
    // DOIs the page shows (a DOI the reader also finds in a publisher's link is not counted against it).
    if (e.doi !== undefined) {
      c.doiShown++;
      if (e.doi?.toLowerCase() === f.ids.doi) c.doiRight++;
      else bad.push('doi');
    }
    if (bad.length) misses.push({ expected: e, got: f, fields: bad });
  }
  c.spurious = spurious.length;
  return { page, path, counts: c, ms, misses, spurious };
}

export function evaluateCorpus(path: ReadPath, pages = CORPUS_PAGES): PageResult[] {
  return pages.map((page) => evaluatePage(page, [path])[path]!);
}

/**
 * One page read on each of `paths` and scored: both paths from one parse, and the readers' memos (pure functions of a
 * text, kept while a synchronous read goes on) answer the second path what the first already asked.
 */
export function evaluatePage(page: CorpusPage, paths: readonly ReadPath[]): Partial<Record<ReadPath, PageResult>> {
  const readings = readPage(page, paths);
  return Object.fromEntries(paths.map((path) => [path, evaluateReading(page, path, readings[path]!)]));
}

/** The module a corpus thread runs (read-corpus-thread.ts), loaded through tsx: worker threads do not inherit vitest's or tsx's loader. */
const CORPUS_THREAD = new URL('./read-corpus-thread.ts', import.meta.url).href;
const CORPUS_THREAD_BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(CORPUS_THREAD)}, ${JSON.stringify(CORPUS_THREAD)}))`;

/**
 * Every page read on both paths, the pages shared out one at a time among worker threads, one per core (the corpus
 * accuracy test is most of `npm test`'s unit step; the machine's other core would otherwise wait for it). Results in
 * the pages' order.
 */
export async function evaluateCorpusOnBothPaths(
  pages = CORPUS_PAGES,
  threads = availableParallelism(),
): Promise<Record<ReadPath, PageResult[]>> {
  const paths: ReadPath[] = ['dom', 'selection'];
  const byPage: Partial<Record<ReadPath, PageResult>>[] = [];
  let next = 0;
  const readInThread = () =>
    new Promise<void>((resolve, reject) => {
      // A young generation of 3 x 64 MB, as `--max-semi-space-size=64` gives the readers' test process (vitest.config.ts).
      const thread = new Worker(CORPUS_THREAD_BOOT, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 192 } });
      let reading = -1;
      const sendNext = () => {
        if (next >= pages.length) {
          reading = -1;
          void thread.terminate().then(() => resolve(), reject);
          return;
        }
        reading = next++;
        thread.postMessage({ slug: pages[reading]!.slug, paths });
      };
      thread.on('message', (result: Partial<Record<ReadPath, PageResult>>) => {
        byPage[reading] = result;
        sendNext();
      });
      thread.on('error', reject);
      thread.on('exit', () => reading >= 0 && reject(new Error(`the corpus thread stopped while reading ${pages[reading]!.slug}`)));
      sendNext();
    });
  if (threads <= 1) for (const page of pages) byPage.push(evaluatePage(page, paths));
  else await Promise.all(Array.from({ length: Math.min(threads, pages.length) }, readInThread));
  return { dom: byPage.map((r) => r.dom!), selection: byPage.map((r) => r.selection!) };
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

export interface Rates {
  found: number;
  spurious: number;
  titles: number;
  authors: number;
}

export function rates(c: Counts): Rates {
  return {
    found: c.matched / c.expected,
    spurious: c.found === 0 ? 0 : c.spurious / c.found,
    titles: c.titleExact / c.expected,
    authors: c.authorsExact / c.expected,
  };
}

export function row(label: string, c: Counts): string {
  return `| ${label} | ${c.expected} | ${pct(c.matched, c.expected)} | ${pct(c.spurious, c.found)} | ${pct(c.titleExact, c.expected)} | ${pct(c.authorsExact, c.expected)} | ${pct(c.yearRight, c.yearShown)} | ${pct(c.venueRight, c.venueShown)} | ${pct(c.doiRight, c.doiShown)} |`;
}

export const HEADER =
  '| page / style | papers | found | spurious | titles exact | authors exact | year | venue | DOI |\n|---|---|---|---|---|---|---|---|---|';
