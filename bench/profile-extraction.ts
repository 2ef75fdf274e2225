/**
 * CPU profile of one adapter's warm extract in real Chromium, by function and by source line (self time):
 *   npx tsx bench/profile-extraction.ts [arxiv|dblp|googlescholar] [runs] [--no-profile] [--against=<git rev>]
 * `--against=HEAD` also bundles lib/ as committed at that revision and times it in the same page, interleaved with
 * the working tree's (A/B): on a busy machine only such a comparison tells a small change apart from noise.
 * Prints the extract and floor medians of the same runs, then the heaviest functions and lines. Not part of
 * `npm run bench`; a tool to find where the time goes.
 * `--cpu` (with `--against`): also the main thread's CPU time of each batch (CDP `ThreadTime`), floor and both revisions
 * in rotating order, measured as the bench measures it (`sections/extraction.ts`: one hot function runs every kind,
 * an empty evaluate's cost taken off). On a loaded machine wall-clock ratios grow with the run's length (a 10 ms
 * extract is preempted more often than a 1 ms floor); CPU time does not.
 */
import { launch, serve } from './browser';
import { iife } from './bundle';
import { bundleAt } from './lib-at-rev';
import { arxivSearch200, dblpPerson, scholarProfile, type BenchPage } from './pages';
import { BATCH, cpuTimes, installRunner } from './sections/extraction';

const which = process.argv[2] ?? 'arxiv';
const runs = Number(process.argv[3] ?? 300);
/** `--no-profile`: timings only (the profiler's sampling slows the extract more than the floor). */
const profiling = !process.argv.includes('--no-profile');
const pages: Record<string, () => BenchPage> = {
  arxiv: arxivSearch200,
  dblp: () => dblpPerson(1000),
  googlescholar: () => scholarProfile(1000),
};
const bp = pages[which]!();
const against = process.argv.find((a) => a.startsWith('--against='))?.slice('--against='.length);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  positionTicks?: { line: number; ticks: number }[];
}

const session = await launch();
try {
  const lib = await iife('inject/page-lib.ts');
  await serve(session.context, bp.url, bp.html);
  const page = await session.context.newPage();
  await page.goto(bp.url, { waitUntil: 'load' });
  await page.addScriptTag({ content: lib });
  if (against) {
    await page.addScriptTag({ content: await bundleAt(against) });
    await page.evaluate(installRunner, { sel: bp.entrySelector, adapterId: bp.adapter, url: bp.url });
    const r = await page.evaluate(
      ({ n, batch }) => {
        const run = (globalThis as unknown as { __extractionBench: { run(k: string, b: number): number } }).__extractionBench.run;
        // Which of the three goes first rotates: one that follows another finds the wrappers of the elements both
        // touch made already (with a fixed order, the second revision's A/A median came out 7-13% faster).
        const kinds = ['floor', '__papershelfBench', '__papershelfBenchB'];
        const times = new Map<string, number[]>(kinds.map((k) => [k, []]));
        let sink = 0;
        for (let i = 0; i < n + 30; i++) {
          for (let k = 0; k < kinds.length; k++) {
            const kind = kinds[(i + k) % kinds.length]!;
            const t0 = performance.now();
            sink += run(kind, batch);
            if (i >= 30) times.get(kind)!.push((performance.now() - t0) / batch);
          }
        }
        const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1]!;
        return { floor: med(times.get('floor')!), a: med(times.get('__papershelfBench')!), b: med(times.get('__papershelfBenchB')!), sink };
      },
      { n: runs, batch: BATCH },
    );
    console.log(
      `${bp.adapter}: working tree ${r.a.toFixed(2)} ms (${(r.a / r.floor).toFixed(2)}x), ${against} ${r.b.toFixed(2)} ms (${(r.b / r.floor).toFixed(2)}x), floor ${r.floor.toFixed(2)} ms (median of ${runs} interleaved batches, order rotating)`,
    );
    process.exitCode = 0;
    if (process.argv.includes('--cpu')) {
      const samples = Math.max(24, Math.round(runs / 3));
      const { times, overhead } = await cpuTimes(session.context, page, ['floor', '__papershelfBench', '__papershelfBenchB'], samples);
      const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1]!;
      const [f, a, b] = [med(times.floor!), med(times.__papershelfBench!), med(times.__papershelfBenchB!)];
      const pairs = (x: number[]) => med(x.map((v, i) => v / times.floor![i]!)).toFixed(2);
      console.log(
        `${bp.adapter} CPU time: working tree ${a.toFixed(2)} ms (${(a / f).toFixed(2)}x, pairs ${pairs(times.__papershelfBench!)}x), ${against} ${b.toFixed(2)} ms (${(b / f).toFixed(2)}x, pairs ${pairs(times.__papershelfBenchB!)}x), floor ${f.toFixed(2)} ms (median of ${samples} rotating batches of ${BATCH}, an evaluate's own ${overhead.toFixed(2)} ms a call taken off)`,
      );
    }
  }
  const run = (n: number) =>
    page.evaluate(
      ({ url, sel, adapterId, n }) => {
        type Adapter = { id: string; extract(d: Document, u: URL): { entries: unknown[] } };
        const B = (globalThis as unknown as { __papershelfBench: { ADAPTERS: Adapter[] } }).__papershelfBench;
        const adapter = B.ADAPTERS.find((a) => a.id === adapterId)!;
        const u = new URL(url);
        const ext: number[] = [];
        const floor: number[] = [];
        let sink = 0;
        // performance.now() is coarsened to 0.1 ms in a page: time batches of 5 calls.
        const batch = 5;
        for (let i = 0; i < n; i++) {
          let t0 = performance.now();
          for (let b = 0; b < batch; b++) for (const el of document.querySelectorAll(sel)) sink += (el.textContent ?? '').length;
          floor.push((performance.now() - t0) / batch);
          t0 = performance.now();
          for (let b = 0; b < batch; b++) sink += adapter.extract(document, u).entries.length;
          ext.push((performance.now() - t0) / batch);
        }
        const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
        return { ext: med(ext), floor: med(floor), sink };
      },
      { url: bp.url, sel: bp.entrySelector, adapterId: bp.adapter, n },
    );
  await run(Number(process.argv.find((a) => a.startsWith('--warmup='))?.slice(9) ?? 30));
  if (against) {
    // done above
  } else if (!profiling) {
    const r = await run(runs);
    console.log(
      `${bp.adapter}: extract ${r.ext.toFixed(2)} ms, floor ${r.floor.toFixed(2)} ms, ratio ${(r.ext / r.floor).toFixed(2)} (median of ${runs})`,
    );
  } else {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const r = await run(runs);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    console.log(
      `${bp.adapter}: extract ${r.ext.toFixed(2)} ms, floor ${r.floor.toFixed(2)} ms, ratio ${(r.ext / r.floor).toFixed(2)} (median of ${runs}, profiler on)`,
    );
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const fn = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, k) => {
      const n = byId.get(id)!;
      const name = n.callFrame.functionName || '(anonymous)';
      if (name === '(idle)' || name === '(program)') return;
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      total += dt;
      fn.set(`${name}:${n.callFrame.lineNumber + 1}`, (fn.get(`${name}:${n.callFrame.lineNumber + 1}`) ?? 0) + dt);
    });
    console.log(`\nself time per extract+floor iteration (ms), total ${(total / runs).toFixed(2)}:`);
    for (const [k, v] of [...fn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / runs).toFixed(3)}  ${k}`);
    const lines = new Map<string, number>();
    for (const n of profile.nodes) {
      for (const t of n.positionTicks ?? []) {
        const key = `${n.callFrame.functionName || '(anonymous)'} @${t.line}`;
        lines.set(key, (lines.get(key) ?? 0) + t.ticks);
      }
    }
    if (process.env.PAPERSHELF_PROFILE_BUNDLE) (await import('node:fs')).writeFileSync(process.env.PAPERSHELF_PROFILE_BUNDLE, lib);
    console.log(
      `\nhottest lines (ticks) of the injected bundle${process.env.PAPERSHELF_PROFILE_BUNDLE ? ` (${process.env.PAPERSHELF_PROFILE_BUNDLE})` : ''}:`,
    );
    for (const [k, v] of [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v}  ${k}`);
  }
} finally {
  await session.close();
}
