/**
 * The side panel's import preview (file chosen -> preview dialog shown, as bench/sections/library-browser.ts measures
 * it) of two builds of the extension, run interleaved on the same machine: each build in its own browser with the same
 * library of n papers and the same file (a second device's sync file: n/2 shared, half of those edited, n/2 new).
 * Build the other tree first, e.g. `git worktree add /tmp/base <commit> && cd /tmp/base && npx wxt build -c bench/wxt.config.ts`.
 *   npx tsx bench/ab-import-panel.ts OLD_EXTENSION_DIR [NEW_EXTENSION_DIR=.output/bench/chrome-mv3] [size=20000] [runs=7] [OLD_SOURCE_DIR]
 * OLD_SOURCE_DIR (the old build's source tree): the old side imports the file that tree's lib/formats/json.ts writes
 * (how a file is laid out is part of what an import costs); without it both import the file this tree writes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generatePapers } from '../test/support/generate';
import { serialiseSyncFile, toSyncFile } from '../lib/formats/json';
import { twoLibraries } from './sections/node';
import { importPreviewOnce } from './sections/library-browser';
import { launch, type Session } from './browser';
import { iife } from './bundle';
import { summarize } from './stats';

const [oldDir, newDir = '.output/bench/chrome-mv3', sizeArg = '20000', runsArg = '7', oldSource] = process.argv.slice(2);
if (!oldDir) throw new Error('usage: bench/ab-import-panel.ts OLD_EXTENSION_DIR [NEW_EXTENSION_DIR] [size] [runs]');
const n = Number(sizeArg);
const runs = Number(runsArg);
const TIMEOUT = 600_000;

const SEED = 42;
const { incoming } = twoLibraries(generatePapers(n + n / 2, SEED), n);
const folder = mkdtempSync(join(tmpdir(), 'papershelf-ab-panel-'));
/** The file a tree's export writes (its lib/formats/json.ts), under the name the preview dialog is found by. */
async function writeFileOf(json: typeof import('../lib/formats/json'), sub: string): Promise<string> {
  const path = join(folder, sub, `device-b-${n}.json`);
  mkdirSync(join(folder, sub));
  writeFileSync(path, json.serialiseSyncFile(json.toSyncFile(incoming, [], 'device-b', Date.UTC(2025, 5, 1))));
  return path;
}
const files = {
  new: await writeFileOf({ serialiseSyncFile, toSyncFile }, 'new'),
  old: oldSource
    ? await writeFileOf((await import(resolve(oldSource, 'lib/formats/json.ts'))) as typeof import('../lib/formats/json'), 'old')
    : '',
};
files.old ||= files.new;
const lib = await iife('inject/ext-lib.ts');

async function panelOf(dir: string): Promise<{ session: Session; panel: Page }> {
  const session = await launch(resolve(dir));
  const lab = await session.context.newPage();
  await lab.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  await lab.evaluate('globalThis.__name ??= (f) => f;');
  await lab.evaluate(lib);
  // The local library is the first n papers generated (twoLibraries), generated in the page: no 100 MB argument.
  await lab.evaluate(
    async ({ n, seed }) => {
      const B = (
        globalThis as unknown as {
          __papershelfBench: {
            openLibrary(): Promise<unknown>;
            putPapers(db: unknown, p: unknown[]): Promise<void>;
            generatePapers(n: number, seed: number): unknown[];
          };
        }
      ).__papershelfBench;
      await B.putPapers(await B.openLibrary(), B.generatePapers(n + n / 2, seed).slice(0, n));
    },
    { n, seed: SEED },
  );
  await lab.close();
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await panel.waitForFunction(() => performance.getEntriesByName('papershelf:indexed').length > 0, undefined, {
    timeout: TIMEOUT,
    polling: 50,
  });
  return { session, panel };
}

/** One import in the panel: ms from the file input's change to the preview dialog, the longest main-thread task, the summary. */
async function importOnce(panel: Page, file: string): Promise<{ ms: number; longest: number; summary: string }> {
  const r = await importPreviewOnce(panel, file, TIMEOUT);
  return { ms: r.toPreview, longest: r.longest, summary: r.summary };
}

const sides = { old: await panelOf(oldDir), new: await panelOf(newDir) };
const times: Record<string, { ms: number[]; longest: number[]; summary: string }> = {};
try {
  for (const [name, side] of Object.entries(sides)) await importOnce(side.panel, files[name as keyof typeof files]); // loads and compiles the workers
  for (let i = 0; i < runs; i++)
    for (const name of i % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
      const r = await importOnce(sides[name].panel, files[name]);
      const t = (times[name] ??= { ms: [], longest: [], summary: '' });
      t.ms.push(r.ms);
      t.longest.push(r.longest);
      t.summary = r.summary;
    }
} finally {
  for (const side of Object.values(sides)) await side.session.close();
}
console.log(
  `import ${n} into ${n} in the side panel, file chosen -> preview shown, ${runs} interleaved runs (after one each); old side's file: ${oldSource ? `written by ${oldSource}` : 'this tree’s'}`,
);
for (const [name, t] of Object.entries(times)) {
  const s = summarize(t.ms);
  console.log(
    `  ${name}: median ${s.median.toFixed(0)} ms (p10 ${s.p10.toFixed(0)}, p90 ${s.p90.toFixed(0)}; runs ${t.ms.map((x) => x.toFixed(0)).join(', ')}); longest main-thread task median ${summarize(t.longest).median.toFixed(0)} ms (${t.longest.map((x) => x.toFixed(0)).join(', ')}); ${t.summary}`,
  );
}
