/**
 * Extraction per adapter in real Chromium: adapter.extract on the served page (lib/ bundled with esbuild and
 * injected), against the floor: a bare querySelectorAll walk over the same entry nodes reading textContent.
 * Runs are interleaved (floor, extract, floor, extract, ...) so both see the same page state and JIT warmth.
 */
import type { BrowserContext } from 'playwright-core';
import { serve, unserve } from '../browser';
import { iife } from '../bundle';
import { arxivSearch200, dblpPerson, scholarProfile, type BenchPage } from '../pages';
import { summarize } from '../stats';
import { judge } from '../budgets';
import type { Config, Row } from './types';

/**
 * The first extract on a freshly loaded page (what the content script pays: its code has never run before, so it
 * is not yet optimised), over several fresh loads, plus a CPU profile of those cold runs naming the heaviest
 * lib/ functions by self time.
 */
async function coldAndProfile(context: BrowserContext, bp: BenchPage, lib: string, cfg: Config): Promise<Row> {
  const cold: number[] = [];
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
    note: `CPU profile of cold runs, self ms per run: ${hot}`,
  };
}

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
        const r = await page.evaluate(
          ({ url, sel, adapterId, runs, warmup }) => {
            type Adapter = { id: string; detect(d: Document, u: URL): string | null; extract(d: Document, u: URL): { entries: unknown[] } };
            const B = (
              globalThis as unknown as {
                __papershelfBench: { ADAPTERS: Adapter[]; findAdapter(d: Document, u: URL): { adapter: Adapter } | null };
              }
            ).__papershelfBench;
            const u = new URL(url);
            const adapter = B.ADAPTERS.find((a) => a.id === adapterId)!;
            const found = B.findAdapter(document, u)?.adapter.id;
            const ext: number[] = [];
            const floor: number[] = [];
            const detect: number[] = [];
            let count = 0;
            let floorNodes = 0;
            let sink = 0;
            // performance.now() is coarsened to 0.1 ms in a web page (about 15% of the arXiv floor): each sample
            // is the mean of a batch of consecutive calls.
            const batch = 5;
            for (let i = 0; i < warmup + runs; i++) {
              let nodes: NodeListOf<Element> | undefined;
              let t0 = performance.now();
              for (let b = 0; b < batch; b++) {
                nodes = document.querySelectorAll(sel);
                for (const el of nodes) sink += (el.textContent ?? '').length;
              }
              const tf = (performance.now() - t0) / batch;
              t0 = performance.now();
              adapter.detect(document, u);
              const td = performance.now() - t0;
              t0 = performance.now();
              let scan = adapter.extract(document, u);
              for (let b = 1; b < batch; b++) scan = adapter.extract(document, u);
              const te = (performance.now() - t0) / batch;
              count = scan.entries.length;
              floorNodes = nodes!.length;
              if (i >= warmup) {
                ext.push(te);
                floor.push(tf);
                detect.push(td);
              }
            }
            return { ext, floor, detect, count, floorNodes, found, sink };
          },
          // A call takes milliseconds: four times the usual samples, for a median that does not move between runs.
          { url: bp.url, sel: bp.entrySelector, adapterId: bp.adapter, runs: cfg.runs * 4, warmup: cfg.warmup },
        );
        const ext = summarize(r.ext);
        const floor = summarize(r.floor);
        const ratio = ext.median / floor.median;
        const row: Row = {
          section: 'Extraction (Chromium)',
          name: `${bp.adapter}.extract`,
          size: `${r.count} entries`,
          unit: 'ms',
          value: ext,
          floor: { name: 'querySelectorAll + textContent', value: floor },
          ratio,
          note: `page ${bp.id}; findAdapter -> ${r.found}; detect ${summarize(r.detect).median.toFixed(2)} ms; ${r.floorNodes} entry nodes`,
        };
        if (r.count !== bp.entries) row.note += `; EXPECTED ${bp.entries} entries`;
        rows.push(judge(row, 'extraction'));
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
