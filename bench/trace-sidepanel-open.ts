/**
 * Issue 19: where the side panel's open goes, from a Chromium trace (DevTools protocol tracing) of opening
 * sidepanel.html on a library of --size papers, after one warm-up open that packs the stored index. Prints, per run,
 * the renderer main thread's tasks from navigation to the mark papershelf:search-ready (start, duration, what ran)
 * and the marks, and the sum of main-thread busy time by kind over all runs.
 *   npx tsx bench/trace-sidepanel-open.ts [--dir=.output/bench/chrome-mv3] [--size=20000] [--runs=3] [--out=trace.json]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launch } from './browser';
import { iife } from './bundle';
import { openLab, seedLibrary } from './sections/library-browser';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const DIR = resolve(import.meta.dirname, '..', arg('dir', '.output/bench/chrome-mv3'));
const SIZE = Number(arg('size', '20000'));
const RUNS = Number(arg('runs', '3'));
const OUT = arg('out', '');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  'IndexedDB',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
].join(',');

const WRAPPERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'SimpleWatcher::OnHandleReady',
  'Receive mojo message',
  'Receive mojo reply',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
]);

/** Self time (ms) of every named event inside `task`, by name (scripts by file): what the task did. */
function selfTimes(task: TraceEvent, all: TraceEvent[]): Map<string, number> {
  const inside = all
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<TraceEvent, number>(inside.map((e) => [e, e.dur!]));
  let top = task.dur!;
  const stack: TraceEvent[] = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, self.get(parent)! - e.dur!);
    else top -= e.dur!;
    stack.push(e);
  }
  const out = new Map<string, number>([['(task itself)', top / 1000]]);
  for (const [e, t] of self) {
    const d = e.args?.data as { url?: string; functionName?: string } | undefined;
    let k = WRAPPERS.has(e.name) ? '(task itself)' : e.name;
    if (/EvaluateScript|v8\.(compile|evaluate)Module|FunctionCall|v8\.run|v8\.compile$/.test(e.name) && d?.url)
      k = `${e.name} ${String(d.url).split('/').pop()}`;
    out.set(k, (out.get(k) ?? 0) + t / 1000);
  }
  return out;
}

const describe = (times: Map<string, number>) =>
  [...times]
    .filter(([, v]) => v >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(' | ');

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time by function from the trace's sampling profile of the thread, between `from` and `to` (trace clock). */
function jsSelfTimes(events: TraceEvent[], pid: number, tid: number, from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  const profiles = new Map<string, { nodes: Map<number, ProfileNode>; t: number }>();
  for (const e of events as (TraceEvent & { id?: string })[]) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid)
      profiles.set(e.id!, { nodes: new Map(), t: (e.args?.data as { startTime: number }).startTime });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id!);
    if (!p) continue;
    const d = e.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const samples = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.t += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      if (p.t < from || p.t > to) continue;
      const n = p.nodes.get(samples[i]!);
      if (!n) continue;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber}`;
      if (key.startsWith('(idle)')) continue;
      out.set(key, (out.get(key) ?? 0) + next / 1000);
    }
  }
  return out;
}

async function main() {
  const session = await launch(DIR);
  const lab = await openLab(session, await iife('inject/ext-lib.ts'));
  await seedLibrary(lab, SIZE);
  const url = `chrome-extension://${session.extensionId}/sidepanel.html`;
  const warm = await session.context.newPage();
  await warm.goto(url);
  await warm.waitForFunction(() => performance.getEntriesByName('papershelf:indexed').length > 0, undefined, { timeout: 600_000 });
  await warm.close();

  const busy = new Map<string, number>();
  const js = new Map<string, number>();
  for (let run = 0; run < RUNS; run++) {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('papershelf:loaded').length > 0, undefined, { timeout: 600_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('papershelf:'))
          .map((m): [string, number] => [m.name.slice(11), Math.round(m.startTime)])
          // The first of a mark set twice (search-ready: the pre-open script's, then the panel's).
          .reverse(),
      ),
    );
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    if (OUT) writeFileSync(`${OUT.replace(/\.json$/, '')}-${run}.json`, JSON.stringify({ traceEvents: events }));

    const start = events.find((e) => e.name === 'papershelf:script-start' && e.cat.includes('user_timing'));
    if (!start) throw new Error('no user timing marks in the trace');
    const { pid, tid } = start;
    const main = events.filter((e) => e.pid === pid && e.tid === tid);
    const nav = main.find((e) => e.name === 'navigationStart' || e.name === 'fetchStart');
    // performance.now() 0 is the navigation start; the trace's clock is another: align on script-start.
    const zero = start.ts - marks['script-start']! * 1000;
    const readyAt = zero + (marks['search-ready'] ?? marks['loaded']!) * 1000;
    const tasks = main.filter(
      (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts + e.dur! > zero && e.ts < readyAt,
    );
    const top = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!));
    console.log(`\nrun ${run + 1} (load ${loadavg()[0]!.toFixed(1)}; nav event ${nav ? ((nav.ts - zero) / 1000).toFixed(0) : '?'} ms)`);
    console.log(
      '  marks: ' +
        Object.entries(marks)
          .sort((a, b) => a[1] - b[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
    );
    const children = main.filter((e) => e.ph === 'X' && e.dur !== undefined);
    let sum = 0;
    for (const t of top) {
      sum += t.dur!;
      const times = selfTimes(t, children);
      for (const [k, v] of times) busy.set(k, (busy.get(k) ?? 0) + v / RUNS);
      if (t.dur! < 1000) continue;
      console.log(`  ${((t.ts - zero) / 1000).toFixed(1).padStart(6)} +${(t.dur! / 1000).toFixed(1).padStart(5)}  ${describe(times)}`);
    }
    console.log(`  main thread busy in tasks ≥ 1 ms before search-ready: ${(sum / 1000).toFixed(0)} ms`);
    const renderAt = zero + marks['render-start']! * 1000;
    const takeover = top.find((t) => t.ts <= renderAt && t.ts + t.dur! >= renderAt);
    const after = top.filter((t) => t.ts >= renderAt).reduce((n, t) => n + t.dur!, 0);
    console.log(
      `  the panel's takeover task ${((takeover?.dur ?? 0) / 1000).toFixed(1)} ms; main thread busy from it to search-ready ${(after / 1000).toFixed(1)} ms`,
    );
    for (const [k, v] of jsSelfTimes(events, pid, tid, zero, readyAt)) js.set(k, (js.get(k) ?? 0) + v / RUNS);
  }
  console.log('\nmain-thread self time per open before search-ready, by event (ms):');
  for (const [k, v] of [...busy].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.3))
    console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
  console.log('\nJS self time per open before search-ready, from the sampling profiler (ms; function file:line):');
  for (const [k, v] of [...js].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
  await session.close();
}

await main();
