/**
 * The capture save (bench/sections/library-browser.ts: the popup's save message for a reviewed 500-entry dblp page,
 * each run undone) of two builds of the extension, interleaved: each build in its own browser with the same library
 * of n papers written raw, both open at once, the runs alternating between them (which goes first alternates too).
 * Each side's floor (a raw put of the chunk records and directory the capture writes) is timed in the same rounds.
 * Build the other tree first, e.g. `git archive <commit> | tar -x -C DIR && cd DIR && npx wxt build -c bench/wxt.config.ts`.
 *   npx tsx bench/ab-capture.ts OLD_EXTENSION_DIR [NEW_EXTENSION_DIR=.output/bench/chrome-mv3] [size=100000] [runs=15] [OLD_SOURCE_DIR] [cold]
 * OLD_SOURCE_DIR: the old build's source tree, whose lib/ the old side's lab page runs (the undo after each run);
 * without it both labs run this tree's.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from './browser';
import { iife } from './bundle';
import { RAW, openLab, prepare, reviewCapturePage } from './sections/library-browser';
import { summarize } from './stats';

const [oldDir, newDir = '.output/bench/chrome-mv3', sizeArg = '100000', runsArg = '15', oldSource, mode] = process.argv.slice(2);
/** `cold`: every save finds the lookup entries under a stamp no context holds (as after the background restarted), so it reads them. */
const cold = mode === 'cold';
if (!oldDir) throw new Error('usage: bench/ab-capture.ts OLD_EXTENSION_DIR [NEW_EXTENSION_DIR] [size] [runs] [OLD_SOURCE_DIR]');
const n = Number(sizeArg);
const runs = Number(runsArg);
const WARMUP = 2;

interface Side {
  name: string;
  session: Session;
  lab: Page;
  message: number[];
  floor: number[];
}

async function side(name: string, dir: string, libEntry: string): Promise<Side> {
  const session = await launch(resolve(dir));
  const lab = await openLab(session, await iife(libEntry));
  await lab.evaluate(RAW);
  await prepare(lab, n);
  await lab.evaluate(async () => {
    const w = globalThis as unknown as Record<string, any>;
    await w.__raw.putLayout(w.__idb, w.__layout);
    w.__directory = await w.__raw.directory(w.__idb);
  });
  await reviewCapturePage(session, lab);
  return { name, session, lab, message: [], floor: [] };
}

/** One save by message (undone after), then the floor, as captureSave times them. */
function round(s: Side): Promise<{ message: number; floor: number; added: number }> {
  return s.lab.evaluate(async (cold) => {
    const w = globalThis as unknown as Record<string, any>;
    const { __db: db, __idb: idb, __raw: raw, __captureLayout: layout, __papershelfBench: B } = w;
    if (cold) await raw.putLayout(idb, { chunks: [], summary: { ...w.__directory.summary, baseStamp: crypto.randomUUID() } });
    let t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'save', ...w.__reviewed });
    const message = performance.now() - t0;
    if (!reply?.ok) throw new Error(JSON.stringify(reply).slice(0, 200));
    await B.undoChanges(db, reply.report.undo);
    t0 = performance.now();
    await raw.putLayout(idb, layout);
    const floor = performance.now() - t0;
    await raw.deleteChunks(
      idb,
      layout.chunks.map((c: { no: number }) => c.no),
    );
    await raw.putLayout(idb, { chunks: [], ...w.__directory });
    return { message, floor, added: reply.report.added as number };
  }, cold);
}

const sides = [
  await side('old', oldDir, oldSource ? resolve(oldSource, 'bench/inject/ext-lib.ts') : 'inject/ext-lib.ts'),
  await side('new', newDir, 'inject/ext-lib.ts'),
];
const load = [loadavg()[0]!];
const diffs: number[] = [];
try {
  for (let i = 0; i < WARMUP + runs; i++) {
    const order = i % 2 ? [...sides].reverse() : sides;
    const got: Record<string, number> = {};
    for (const s of order) {
      const r = await round(s);
      if (r.added !== 401) throw new Error(`${s.name}: added ${r.added}`);
      got[s.name] = r.message;
      if (i < WARMUP) continue;
      s.message.push(r.message);
      s.floor.push(r.floor);
    }
    if (i >= WARMUP) diffs.push(got.new! - got.old!);
  }
  load.push(loadavg()[0]!);
  const fmt = (xs: number[]) => {
    const s = summarize(xs);
    return `${s.median.toFixed(1)} ms [p10-p90 ${s.p10.toFixed(1)}-${s.p90.toFixed(1)}]`;
  };
  console.log(
    `capture of 500 into ${n}, save message round trip${cold ? ' (cold: the lookup entries read)' : ''}, ${runs} interleaved rounds (load average ${load.map((l) => l.toFixed(1)).join(' -> ')})`,
  );
  for (const s of sides)
    console.log(
      `  ${s.name}: ${fmt(s.message)}; floor ${fmt(s.floor)}; ratio ${(summarize(s.message).median / summarize(s.floor).median).toFixed(2)}x`,
    );
  console.log(`  new - old, per round: ${fmt(diffs)}`);
} finally {
  for (const s of sides) await s.session.close();
}
