/**
 * Extraction per adapter in real Chromium: adapter.extract on the served page (lib/ bundled with esbuild and
 * injected), against the floor: a bare querySelectorAll walk over the same entry nodes reading textContent.
 *
 * The budget is judged on main-thread CPU time (CDP `ThreadTime`): batches of floor walks, of extracts and of nothing
 * (what one evaluate costs by itself, subtracted from the other two), each in its own evaluate, in rotating order. On
 * a shared machine the wall clock of a 10 ms extract takes in the times its thread was descheduled, which most runs of
 * a 1 ms floor escape: the median wall-clock ratio grows with the load. Four runs of the same code at load 6-15 gave
 * dblp 6.2-11.7x by wall clock and 5.9-6.8x by CPU time (Scholar 5.4-6.8x and 4.2-4.7x). The wall-clock figures are
 * kept as a row of their own: floor and extract batches alternate (which one goes first too: the second finds the
 * DOM wrappers of the elements both touch made already), with the median of each pair's ratio in the note.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { serve, unserve } from '../browser';
import { iife } from '../bundle';
import { arxivSearch200, dblpPerson, scholarProfile, type BenchPage } from '../pages';
import { summarize } from '../stats';
import { judge } from '../budgets';
import type { Config, Row } from './types';

/**
 * The first extract on a freshly loaded page (what the content script pays: its code has never run before, so it
 * is not yet optimised, and no element has its JS wrapper yet), over several fresh loads, plus a CPU profile of those
 * cold runs naming the heaviest lib/ functions by self time. For comparison, the floor's first walk on pages of its
 * own, loaded the same way (a walk after the extract on the same page would find its wrappers made).
 */
async function coldAndProfile(context: BrowserContext, bp: BenchPage, lib: string, cfg: Config): Promise<Row> {
  const cold: number[] = [];
  const coldFloor: number[] = [];
  const self = new Map<string, number>();
  const runs = cfg.quick ? 3 : 6;
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    try {
      await page.goto(bp.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: lib });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const profiled = i >= runs / 2;
      if (profiled) await cdp.send('Profiler.start');
      const t = await page.evaluate(
        ({ url, adapterId }) => {
          type Adapter = { id: string; extract(d: Document, u: URL): unknown };
          const B = (globalThis as unknown as { __papershelfBench: { ADAPTERS: Adapter[] } }).__papershelfBench;
          const adapter = B.ADAPTERS.find((a) => a.id === adapterId)!;
          const t0 = performance.now();
          adapter.extract(document, new URL(url));
          return performance.now() - t0;
        },
        { url: bp.url, adapterId: bp.adapter },
      );
      if (profiled) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
          profile: { nodes: { id: number; callFrame: { functionName: string; url: string } }[]; samples: number[]; timeDeltas: number[] };
        };
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        profile.samples.forEach((id, k) => {
          const n = byId.get(id)!;
          const name = n.callFrame.functionName || (n.callFrame.url ? '(top level)' : '(native/other)');
          if (name === '(idle)' || name === '(program)') return;
          self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000);
        });
      } else cold.push(t);
      await cdp.detach();
    } finally {
      await page.close();
    }
    if (i >= runs / 2) continue;
    const floorPage = await context.newPage();
    try {
      await floorPage.goto(bp.url, { waitUntil: 'load' });
      await floorPage.addScriptTag({ content: lib });
      coldFloor.push(
        await floorPage.evaluate((sel) => {
          let sink = 0;
          const t0 = performance.now();
          for (const el of document.querySelectorAll(sel)) sink += (el.textContent ?? '').length;
          return performance.now() - t0 + (sink < 0 ? 1 : 0);
        }, bp.entrySelector),
      );
    } finally {
      await floorPage.close();
    }
  }
  const profiledRuns = runs - Math.ceil(runs / 2);
  const hot = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${(v / profiledRuns).toFixed(1)}`)
    .join(', ');
  return {
    section: 'Extraction (Chromium)',
    name: `${bp.adapter}.extract, first call on a fresh page (cold)`,
    size: `${bp.entries} entries`,
    unit: 'ms',
    value: summarize(cold),
    floor: { name: 'querySelectorAll + textContent, first walk on a fresh page', value: summarize(coldFloor) },
    ratio: summarize(cold).median / summarize(coldFloor).median,
    note: `CPU profile of cold runs, self ms per run: ${hot}`,
  };
}

/** Calls per timed batch: `performance.now()` is coarsened to 0.1 ms in a web page (about 10% of a floor walk). */
export const BATCH = 5;

/** What a batch runs: the floor walk, nothing (an evaluate's own cost), or the extract of the lib injected as that global. */
export type BatchKind = 'floor' | 'none' | '__papershelfBench' | '__papershelfBenchB';

/**
 * Installs `__extractionBench.run(kind, batch)` in the page, after the libs are injected (it runs there: self-contained).
 * One function for every kind, so the floor's loop is as hot and optimised as the extract's.
 */
export function installRunner({ sel, adapterId, url }: { sel: string; adapterId: string; url: string }): void {
  type Adapter = { id: string; extract(d: Document, u: URL): { entries: unknown[] } };
  const g = globalThis as unknown as Record<string, { ADAPTERS: Adapter[] } | undefined> & { __extractionBench: unknown };
  const u = new URL(url);
  const adapters = new Map<string, Adapter>();
  for (const lib of ['__papershelfBench', '__papershelfBenchB']) {
    const adapter = g[lib]?.ADAPTERS.find((a) => a.id === adapterId);
    if (adapter) adapters.set(lib, adapter);
  }
  g.__extractionBench = {
    run(kind: string, batch: number): number {
      let sink = 0;
      if (kind === 'floor')
        for (let b = 0; b < batch; b++) for (const el of document.querySelectorAll(sel)) sink += (el.textContent ?? '').length;
      else if (kind !== 'none') for (let b = 0; b < batch; b++) sink += adapters.get(kind)!.extract(document, u).entries.length;
      return sink;
    },
  };
}

/**
 * Main-thread CPU time per call (ms, CDP `ThreadTime`) of each kind but 'none': `samples` rotations of one evaluate
 * per kind and one of nothing (each rotation starts one further), CPU time read before and after each; the median of
 * the empty evaluates (the call's own cost, ~0.1 ms a call) is taken off the others. Not counted: GC work on V8's
 * helper threads while the main thread waits (the process's CPU time, `ProcessTime`, is counted in 10 ms ticks).
 */
export async function cpuTimes(
  context: BrowserContext,
  page: Page,
  kinds: BatchKind[],
  samples: number,
): Promise<{ times: Partial<Record<BatchKind, number[]>>; overhead: number }> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () =>
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find(
        (m) => m.name === 'ThreadTime',
      )!.value;
    const all: BatchKind[] = [...kinds, 'none'];
    const seconds = new Map<BatchKind, number[]>(all.map((k) => [k, []]));
    for (let i = 0; i < samples; i++) {
      for (let k = 0; k < all.length; k++) {
        const kind = all[(i + k) % all.length]!;
        const before = await threadTime();
        await page.evaluate(
          ({ kind, batch }) =>
            (globalThis as unknown as { __extractionBench: { run(k: string, b: number): number } }).__extractionBench.run(kind, batch),
          { kind, batch: BATCH },
        );
        seconds.get(kind)!.push((await threadTime()) - before);
      }
    }
    const overhead = summarize(seconds.get('none')!).median;
    const times: Partial<Record<BatchKind, number[]>> = {};
    for (const kind of kinds) times[kind] = seconds.get(kind)!.map((s) => ((s - overhead) * 1000) / BATCH);
    return { times, overhead: (overhead * 1000) / BATCH };
  } finally {
    await cdp.detach();
  }
}

const median = (x: number[]) => summarize(x).median;

export async function extraction(context: BrowserContext, cfg: Config): Promise<Row[]> {
  const lib = await iife('inject/page-lib.ts');
  const pages: BenchPage[] = [arxivSearch200(), dblpPerson(1000), scholarProfile(1000)];
  const rows: Row[] = [];
  for (const bp of pages) {
    try {
      await serve(context, bp.url, bp.html);
      const page = await context.newPage();
      try {
        await page.goto(bp.url, { waitUntil: 'load' });
        await page.addScriptTag({ content: lib });
        await page.evaluate(installRunner, { sel: bp.entrySelector, adapterId: bp.adapter, url: bp.url });
        const r = await page.evaluate(
          ({ url, adapterId, runs, warmup, batch }) => {
            type Adapter = { id: string; detect(d: Document, u: URL): string | null; extract(d: Document, u: URL): { entries: unknown[] } };
            const g = globalThis as unknown as {
              __papershelfBench: { ADAPTERS: Adapter[]; findAdapter(d: Document, u: URL): { adapter: Adapter } | null };
              __extractionBench: { run(w: string, b: number): number };
            };
            const u = new URL(url);
            const adapter = g.__papershelfBench.ADAPTERS.find((a) => a.id === adapterId)!;
            const found = g.__papershelfBench.findAdapter(document, u)?.adapter.id;
            const ext: number[] = [];
            const floor: number[] = [];
            const detect: number[] = [];
            let sink = 0;
            const timed = (what: string) => {
              const t0 = performance.now();
              sink += g.__extractionBench.run(what, batch);
              return (performance.now() - t0) / batch;
            };
            for (let i = 0; i < warmup + runs; i++) {
              // Which goes first alternates: the second finds the wrappers of the elements both touch made already.
              let tf: number, te: number;
              if (i % 2) {
                te = timed('__papershelfBench');
                tf = timed('floor');
              } else {
                tf = timed('floor');
                te = timed('__papershelfBench');
              }
              const t0 = performance.now();
              adapter.detect(document, u);
              const td = performance.now() - t0;
              if (i >= warmup) {
                ext.push(te);
                floor.push(tf);
                detect.push(td);
              }
            }
            return {
              ext,
              floor,
              detect,
              count: adapter.extract(document, u).entries.length,
              found,
              sink,
            };
          },
          // A call takes milliseconds: four times the usual samples, for a median that does not move between runs.
          { url: bp.url, adapterId: bp.adapter, runs: cfg.runs * 4, warmup: cfg.warmup, batch: BATCH },
        );
        const floorNodes = await page.evaluate((sel) => document.querySelectorAll(sel).length, bp.entrySelector);
        const pairRatio = median(r.ext.map((e, i) => e / r.floor[i]!));
        const cpu = await cpuTimes(context, page, ['floor', '__papershelfBench'], cfg.quick ? 40 : 80);
        const [cpuFloor, cpuExt] = [cpu.times.floor!, cpu.times.__papershelfBench!];
        const cpuPairRatio = median(cpuExt.map((e, i) => e / cpuFloor[i]!));
        const ext = summarize(cpuExt);
        const floor = summarize(cpuFloor);
        const row: Row = {
          section: 'Extraction (Chromium)',
          name: `${bp.adapter}.extract, main-thread CPU time`,
          size: `${r.count} entries`,
          unit: 'ms',
          value: ext,
          floor: { name: 'querySelectorAll + textContent', value: floor },
          ratio: ext.median / floor.median,
          note: `page ${bp.id}; findAdapter -> ${r.found}; ${cpuExt.length} rotations of ${BATCH} calls each, an evaluate's own ${cpu.overhead.toFixed(2)} ms per call taken off; median of pair ratios ${cpuPairRatio.toFixed(2)}x; ${floorNodes} entry nodes`,
        };
        if (r.count !== bp.entries) row.note += `; EXPECTED ${bp.entries} entries`;
        rows.push(judge(row, 'extraction'));
        const wallExt = summarize(r.ext);
        const wallFloor = summarize(r.floor);
        rows.push({
          section: 'Extraction (Chromium)',
          name: `${bp.adapter}.extract, wall clock`,
          size: `${r.count} entries`,
          unit: 'ms',
          value: wallExt,
          floor: { name: 'querySelectorAll + textContent (wall clock)', value: wallFloor },
          ratio: wallExt.median / wallFloor.median,
          note: `median of pair ratios ${pairRatio.toFixed(2)}x (${r.ext.length} pairs, alternating order); detect ${median(r.detect).toFixed(2)} ms`,
        });
        rows.push(await coldAndProfile(context, bp, lib, cfg));
      } finally {
        await page.close();
        await unserve(context, bp.url);
      }
    } catch (e) {
      rows.push({
        section: 'Extraction (Chromium)',
        name: `${bp.adapter}.extract`,
        size: `${bp.entries} entries`,
        unit: 'ms',
        error: String(e),
      });
    }
  }
  return rows;
}
