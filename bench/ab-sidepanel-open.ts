/**
 * Issue 19, the side panel's open, phase by phase, and A/B of how its page loads: each variant is an HTML file next to
 * sidepanel.html in an already built extension (bench/run.ts builds .output/bench/chrome-mv3), opened in turn (rotated
 * order, same browser, same library) with the blank extension page, so machine load hits every variant alike.
 *   npx tsx bench/ab-sidepanel-open.ts [--size=20000] [--runs=9] [--variants=blocking,async,none] [--dirs=a,b]
 * Variants: `blocking` sidepanel.html as built (the pre-open script parser-blocking in the head), `async` the same
 * script with `async`, `module` the same script as a module (deferred, run before the panel's module), `body` the same script at the end of the body (parser-blocking after #app), `none` without it
 * (the panel's module opens the library and renders the first rows itself). Prints medians of every mark, and with
 * --dirs each later build against the first, paired by run, from preopen-start (`printPaired`).
 * Tried against main at 20k, 12-15 runs, load 9-14, paired search-ready from preopen-start, not kept: the index's Blob
 * read in a classic worker (FileReaderSync, the buffer transferred) +163 ms, with the worker started at the pre-open
 * script's start +22; reading half the Blob's bytes (a probe, no search) preopen-index-read +12, so the read is not
 * bound by its bytes and dropping `chunks`/`added` (17% of them) cannot win; site names without the registry's modules
 * (the panel's vendor chunk 134 -> 85 kB) search-ready +1, script-start -1: loading the panel's JS is not on the path.
 * Kept: the pre-open script answering the search box from the index it read (the takeover waits for it), with an A/A
 * (a copy of main's build) in the same rotation, `--dirs=MAIN,MAIN_COPY,NEW`: search-ready from preopen-start -52 / -36 ms
 * at 20k (A/A -24 / +11; 25 rounds each, load 11-18), -16 / -18 at 100k (A/A -2 / -3; 15 rounds); README, "Search
 * answered by the pre-open script". Then tried, not kept: the panel's module reduced to its CSS and a dynamic import of
 * the rest once the pre-open script has settled (its evaluation and V8's code cache for it, 15-50 ms in a trace, no
 * longer before the index's bytes): search-ready -7 from preopen-start (25 rounds, load 12-16), render-start +47.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launch } from './browser';
import { iife } from './bundle';
import { summarize } from './stats';
import { markFirstRow, openLab, seedLibrary, writeBlankPage } from './sections/library-browser';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
/** Builds to compare (comma-separated; each in its own browser, opened in turn): e.g. the base commit's bench build. */
const DIRS = arg('dirs', '.output/bench/chrome-mv3')
  .split(',')
  .map((d) => resolve(import.meta.dirname, '..', d));
const SIZE = Number(arg('size', '20000'));
const RUNS = Number(arg('runs', '9'));
const VARIANTS = arg('variants', 'blocking,none').split(',');
/** Optional file for every run's marks, per variant (for paired comparisons). */
const JSON_OUT = arg('json', '');

const PREOPEN_TAG = /<script\s+src="\/library-preopen\.js"><\/script>\s*/;
function writeVariants(DIR: string): Record<string, string> {
  const html = readFileSync(join(DIR, 'sidepanel.html'), 'utf8');
  if (!PREOPEN_TAG.test(html)) throw new Error('sidepanel.html: no pre-open script tag found');
  const files: Record<string, string> = { blank: 'bench-blank.html', blocking: 'sidepanel.html' };
  const variants: Record<string, string> = {
    async: html.replace(PREOPEN_TAG, '<script async src="/library-preopen.js"></script>\n    '),
    module: html.replace(PREOPEN_TAG, '<script type="module" src="/library-preopen.js"></script>\n    '),
    body: html.replace(PREOPEN_TAG, '').replace('</body>', '  <script src="/library-preopen.js"></script>\n  </body>'),
    none: html.replace(PREOPEN_TAG, ''),
  };
  for (const [name, text] of Object.entries(variants)) {
    writeFileSync(join(DIR, `bench-sidepanel-${name}.html`), text);
    files[name] = `bench-sidepanel-${name}.html`;
  }
  writeBlankPage(DIR);
  return files;
}

type Sample = Record<string, number>;

async function prepare(DIR: string) {
  const files = writeVariants(DIR);
  const session = await launch(DIR);
  const lab = await openLab(session, await iife('inject/ext-lib.ts'));
  await seedLibrary(lab, SIZE);
  const open = async (file: string, last: string): Promise<Sample> => {
    const page = await session.context.newPage();
    await markFirstRow(page);
    await page.goto(`chrome-extension://${session.extensionId}/${file}`);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, last, { timeout: 600_000, polling: 50 });
    await page.waitForFunction(() => (window as any).__firstFrame !== undefined, undefined, { polling: 20 });
    const r = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      const out: Record<string, number> = { row: w.__firstRow!, frame: w.__firstFrame! };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      out.responseEnd = nav.responseEnd;
      out.domInteractive = nav.domInteractive;
      out.domContentLoaded = nav.domContentLoadedEventStart;
      for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('papershelf:')) out[m.name.slice(11)] ??= m.startTime;
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        if (e.name.endsWith('.js'))
          out[
            `js ${e.name
              .split('/')
              .pop()!
              .replace(/-[\w-]{8}\.js$/, '')}`
          ] = e.responseEnd;
      return out;
    });
    await page.close();
    return r;
  };
  // The first open packs the stored index (in the panel's worker); every later one reads it.
  await open(files.blocking!, 'papershelf:indexed');
  return { files, session, open };
}

async function main() {
  const builds = [];
  for (const dir of DIRS) builds.push({ tag: DIRS.length > 1 ? `${buildName(dir)}/` : '', ...(await prepare(dir)) });
  const names = ['blank', ...VARIANTS];
  const runs = builds.flatMap((b) => names.map((name) => ({ b, name, key: `${b.tag}${name}` })));
  const samples: Record<string, Sample[]> = Object.fromEntries(runs.map((r) => [r.key, []]));
  const loads: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    for (let k = 0; k < runs.length; k++) {
      const { b, name, key } = runs[(k + run) % runs.length]!;
      const r = await b.open(b.files[name]!, name === 'blank' ? 'papershelf:first-rows' : 'papershelf:loaded');
      if (run > 0) samples[key]!.push(r);
    }
    loads.push(loadavg()[0]!);
  }
  for (const b of builds) await b.session.close();
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ size: SIZE, loads, samples }));
  console.log(
    `size ${SIZE}, ${RUNS} runs per variant after 1 warm-up, load average (1 min) during: ${loads.map((l) => l.toFixed(1)).join(' ')}`,
  );
  for (const { b, name, key } of runs) {
    const blank = summarize(samples[`${b.tag}blank`]!.map((s) => s.row!)).median;
    const keys = [...new Set(samples[key]!.flatMap((s) => Object.keys(s)))];
    const med = (k: string) => summarize(samples[key]!.map((s) => s[k]!).filter(Number.isFinite));
    const row = med('row');
    const line = keys
      .map((k) => [k, med(k).median] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    console.log(
      `\n${key}: first row ${row.median.toFixed(0)} ms (p10-p90 ${row.p10.toFixed(0)}-${row.p90.toFixed(0)}), ${(row.median / blank).toFixed(2)}x blank`,
    );
    if (name !== 'blank') {
      const sr = med('search-ready');
      console.log(`  search-ready ${sr.median.toFixed(0)} ms (p10-p90 ${sr.p10.toFixed(0)}-${sr.p90.toFixed(0)})`);
    }
    console.log(`  ${line}`);
  }
  for (const b of builds.slice(1)) for (const name of VARIANTS) printPaired(samples, `${builds[0]!.tag}${name}`, `${b.tag}${name}`);
}

/** A build's name: the checkout holding .output/bench/chrome-mv3, else the directory's own name. */
function buildName(dir: string): string {
  const parts = dir.split('/');
  return parts.at(-1) === 'chrome-mv3' && parts.at(-3) === '.output' ? parts.at(-4)! : parts.at(-1)!;
}

/**
 * Each build runs in a browser of its own, and under load one browser's marks can all sit tens of ms later than the
 * other's, even those before anything the builds differ in (preopen-start). So per run (the same round of opens):
 * each mark's time since the pre-open script started, `b` less `a`, and the median of those differences.
 */
function printPaired(samples: Record<string, Sample[]>, a: string, b: string): void {
  const as = samples[a]!;
  const bs = samples[b]!;
  const marks = ['first-rows', 'script-start', 'render-start', 'preopen-index-start', 'preopen-index-read', 'search-ready'];
  const since = (s: Sample, m: string) => s[m]! - s['preopen-start']!;
  const diffs = marks.map((m) => {
    const d = as.map((s, i) => since(bs[i]!, m) - since(s, m)).filter(Number.isFinite);
    return `${m} ${d.length ? (summarize(d).median >= 0 ? '+' : '') + summarize(d).median.toFixed(0) : '-'}`;
  });
  console.log(`\n${b} less ${a}, paired, from preopen-start (median ms): ${diffs.join(', ')}`);
}

await main();
