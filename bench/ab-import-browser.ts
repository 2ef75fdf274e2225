/**
 * bench/ab-import.ts in Chromium: parseImport + mergeLibraries of the current tree and of another copy of the tree
 * (e.g. `git archive <commit> lib test/support | tar -x -C DIR`), bundled into one page and run interleaved, with
 * `JSON.parse` of the same file between them: wall time medians, robust to other load on the machine only as far as
 * interleaving is.
 *   npx tsx bench/ab-import-browser.ts DIR [size=20000] [runs=7]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePapers } from '../test/support/generate';
import { toSyncFile, serialiseSyncFile } from '../lib/formats/json';
import { twoLibraries } from './sections/node';
import { launch } from './browser';
import { bundleForPage } from './lib-at-rev';

const [baseDir, sizeArg = '20000', runsArg = '7'] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: bench/ab-import-browser.ts DIR [size] [runs]');
const n = Number(sizeArg);
const runs = Number(runsArg);
const NOW = Date.UTC(2025, 5, 1);

async function bundle(root: string, name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-ab-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { parseImport } from '${root}/lib/formats/import';\nimport { mergeLibraries } from '${root}/lib/library/merge';\n(globalThis as any).${name} = { parseImport, mergeLibraries };\n`,
    );
    return await bundleForPage(entry);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const all = generatePapers(n + n / 2, 7);
const { local, incoming } = twoLibraries(all, n);
const text = serialiseSyncFile(toSyncFile(incoming, [], 'laptop', NOW));
const session = await launch();
try {
  const page = await session.context.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: await bundle(resolve(import.meta.dirname, '..'), '__abNew') });
  await page.addScriptTag({ content: await bundle(resolve(baseDir), '__abOld') });
  const r = await page.evaluate(
    ({ text, localJson, runs, now }) => {
      type Side = {
        parseImport(t: string, f: string, now: number): { ok: boolean; papers: unknown[]; tombstones: unknown[] };
        mergeLibraries(a: unknown, b: unknown): unknown;
      };
      const g = globalThis as unknown as Record<string, Side>;
      const local = { papers: JSON.parse(localJson) as unknown[], tombstones: [] };
      const times: Record<string, number[]> = {};
      const add = (k: string, v: number) => (times[k] ??= []).push(v);
      for (let i = 0; i <= runs; i++) {
        let t0 = performance.now();
        JSON.parse(text);
        const floor = performance.now() - t0;
        if (i) add('JSON.parse', floor);
        for (const name of i % 2 ? ['__abOld', '__abNew'] : ['__abNew', '__abOld']) {
          const side = g[name]!;
          t0 = performance.now();
          const parsed = side.parseImport(text, 'laptop.papershelf.json', now);
          const tp = performance.now() - t0;
          t0 = performance.now();
          side.mergeLibraries(local, { papers: parsed.papers, tombstones: parsed.tombstones });
          const tm = performance.now() - t0;
          if (i) {
            add(`${name} parseImport`, tp);
            add(`${name} mergeLibraries`, tm);
            add(`${name} both`, tp + tm);
          }
        }
      }
      const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1]!;
      return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, med(v)]));
    },
    { text, localJson: JSON.stringify(local), runs, now: NOW },
  );
  const floor = r['JSON.parse']!;
  console.log(`Chromium, ${n} into ${n}, ${runs} interleaved runs, wall ms (median), x JSON.parse ${floor.toFixed(0)} ms`);
  for (const [k, v] of Object.entries(r))
    console.log(`  ${k.replace('__ab', '').padEnd(22)} ${v.toFixed(0).padStart(6)} ms  ${(v / floor).toFixed(2)}x`);
} finally {
  await session.close();
}
