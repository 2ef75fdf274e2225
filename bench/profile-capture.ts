/**
 * Issue 19, "capture of 500 into 100k": where the save's time goes. A library of n papers written raw into the bench
 * build's extension (as bench/sections/library-browser.ts does), the 500-entry dblp page reviewed by the background,
 * then `runs` saves by message and `runs` direct `saveCandidates` calls in the lab page, each undone, with a CPU profile
 * of the lab page over the direct calls (self time by function). Phase marks are printed when the build carries them
 * (`globalThis.__capMarks`, a temporary instrumentation of saveCandidates: none is committed).
 *   npx tsx bench/profile-capture.ts [n=100000] [runs=15] [floor]
 */
import { resolve } from 'node:path';
import { launch } from './browser';
import { iife } from './bundle';
import { RAW, openLab, prepare, reviewCapturePage } from './sections/library-browser';
import { summarize } from './stats';

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 15);
/** `floor`: between runs, the bench's floor and the directory put back raw, as the capture row does. */
const withFloor = process.argv[4] === 'floor';
const OUT_DIR = resolve(import.meta.dirname, '../.output/bench/chrome-mv3');

type Marks = [string, number][];
const session = await launch(OUT_DIR);
try {
  const lab = await openLab(session, await iife('inject/ext-lib.ts'));
  await lab.evaluate(RAW);
  await prepare(lab, n);
  await lab.evaluate(async () => {
    const w = globalThis as unknown as Record<string, any>;
    await w.__raw.putLayout(w.__idb, w.__layout);
    w.__directory = await w.__raw.directory(w.__idb);
  });
  await reviewCapturePage(session, lab);
  const cdp = await session.context.newCDPSession(lab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const phases: Record<string, Record<string, number[]>> = { message: {}, direct: {} };
  const add = (kind: string, k: string, v: number) => ((phases[kind]![k] ??= []) as number[]).push(v);
  const phaseOf = (kind: string, marks: Marks, t0: number, t1: number) => {
    let prev = t0;
    for (const [label, t] of marks) {
      add(kind, `-> ${label}`, t - prev);
      prev = t;
    }
    add(kind, '-> reply', t1 - prev);
    add(kind, 'total', t1 - t0);
  };
  const profiles: any[] = [];
  for (let i = 0; i < runs + 2; i++) {
    await session.worker!.evaluate(() => ((globalThis as any).__capMarks = []));
    const m = await lab.evaluate(async () => {
      const w = globalThis as unknown as Record<string, any>;
      const t0 = performance.timeOrigin + performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'save', ...w.__reviewed });
      const t1 = performance.timeOrigin + performance.now();
      if (!reply?.ok) throw new Error(JSON.stringify(reply).slice(0, 200));
      await w.__papershelfBench.undoChanges(w.__db, reply.report.undo);
      return { t0, t1, bytes: JSON.stringify(reply).length };
    });
    if (i >= 2) await cdp.send('Profiler.start');
    const d = await lab.evaluate(async () => {
      const w = globalThis as unknown as Record<string, any>;
      w.__capMarks = [];
      const source = { site: w.__scan.site, url: w.__scan.url, kind: w.__scan.kind };
      const d0 = performance.timeOrigin + performance.now();
      w.__rep = await w.__papershelfBench.saveCandidates(w.__db, w.__scan.entries, source);
      const d1 = performance.timeOrigin + performance.now();
      return { d0, d1, direct: w.__capMarks as [string, number][] };
    });
    if (i >= 2) profiles.push(((await cdp.send('Profiler.stop')) as { profile: any }).profile);
    await lab.evaluate(async (withFloor) => {
      const w = globalThis as unknown as Record<string, any>;
      await w.__papershelfBench.undoChanges(w.__db, w.__rep.undo);
      if (withFloor) {
        // As the bench's capture row does between runs: its floor, then the directory put back raw.
        await w.__raw.putLayout(w.__idb, w.__captureLayout);
        await w.__raw.deleteChunks(
          w.__idb,
          w.__captureLayout.chunks.map((c: { no: number }) => c.no),
        );
        await w.__raw.putLayout(w.__idb, { chunks: [], ...w.__directory });
      }
    }, withFloor);
    const swMarks = (await session.worker!.evaluate(() => (globalThis as any).__capMarks)) as Marks;
    if (i < 2) continue;
    phaseOf('message', swMarks, m.t0, m.t1);
    phaseOf('direct', d.direct, d.d0, d.d1);
    add('message', 'reply JSON bytes', m.bytes);
  }
  for (const [kind, ks] of Object.entries(phases)) {
    console.log(`\n${kind} (n = ${runs}), ms: median [p10-p90]`);
    for (const [k, xs] of Object.entries(ks)) {
      const s = summarize(xs);
      console.log(`  ${k.padEnd(22)} ${s.median.toFixed(1).padStart(8)} [${s.p10.toFixed(1)}-${s.p90.toFixed(1)}]`);
    }
  }
  // Self and inclusive time by function over the direct calls (the profile's own time base).
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map<number, any>(profile.nodes.map((nd: any) => [nd.id, nd]));
    const dt = profile.timeDeltas as number[];
    (profile.samples as number[]).forEach((id, i) => {
      const nd = byId.get(id)!;
      const f = nd.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
    });
    // Inclusive time: each function once per sample, wherever it is on the stack.
    const parent = new Map<number, number>();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    (profile.samples as number[]).forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame;
        if (f.functionName.startsWith('(') || !f.functionName) continue;
        seen.add(`${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`);
      }
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + (dt[i + 1] ?? 0) / 1000);
    });
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\nlab page CPU profile over ${runs} direct saves: ${total.toFixed(0)} ms sampled; self time, top 40:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('\ninclusive, top 50:');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await session.close();
}
