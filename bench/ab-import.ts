/**
 * A/B of import + merge in one process (issue 19): the current tree against another copy of lib/ (e.g. `git archive
 * <commit> lib test/support | tar -x -C DIR`), alternating runs, CPU time after a GC, as ratios to `JSON.parse` of the
 * (new side's) file measured between them. Each side imports the file its own lib/formats/json.ts writes. Also checks
 * that both give the same merge result, byte for byte.
 *   node --expose-gc --import tsx bench/ab-import.ts DIR [size=20000] [runs=7]
 */
import { generatePapers } from '../test/support/generate';
import { twoLibraries } from './sections/node';

const [baseDir, sizeArg = '20000', runsArg = '7'] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: bench/ab-import.ts DIR [size] [runs]');
const n = Number(sizeArg);
const runs = Number(runsArg);
const NOW = Date.UTC(2025, 5, 1);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Imp = typeof import('../lib/formats/import');
type Mrg = typeof import('../lib/library/merge');
type Json = typeof import('../lib/formats/json');

const all = generatePapers(n + n / 2, 7);
const { local, incoming } = twoLibraries(all, n);
/** Each side imports the file its own export writes (lib/formats/json.ts decides how the papers are laid out). */
const load = async (root: string) => {
  const json = (await import(`${root}/lib/formats/json.ts`)) as Json;
  return {
    imp: (await import(`${root}/lib/formats/import.ts`)) as Imp,
    merge: (await import(`${root}/lib/library/merge.ts`)) as Mrg,
    text: json.serialiseSyncFile(json.toSyncFile(incoming, [], 'laptop', NOW)),
  };
};
const sides = { new: await load(new URL('..', import.meta.url).pathname), old: await load(baseDir) };
const text = sides.new.text;

/** CPU time of all threads (the GC's helpers included), and wall time alongside (`wall` below). */
let lastWall = 0;
function cpu(fn: () => unknown): number {
  gc();
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  fn();
  lastWall = performance.now() - w0;
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const results: Record<string, number[]> = {};
const add = (k: string, v: number) => (results[k] ??= []).push(v);
const walls: Record<string, number[]> = {};
const addWall = (k: string, v: number) => (walls[k] ??= []).push(v);
const outputs: Record<string, string> = {};
for (let r = 0; r <= runs; r++) {
  add(
    'JSON.parse',
    cpu(() => JSON.parse(text)),
  );
  addWall('JSON.parse', lastWall);
  for (const name of r % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
    const { imp, merge, text } = sides[name];
    let parsed!: ReturnType<Imp['parseImport']>;
    const tp = cpu(() => (parsed = imp.parseImport(text, 'laptop.papershelf.json', NOW)));
    const wp = lastWall;
    if (!parsed.ok) throw new Error(parsed.error);
    const file = { papers: parsed.papers, tombstones: parsed.tombstones };
    let result!: ReturnType<Mrg['mergeLibraries']>;
    const tm = cpu(() => (result = merge.mergeLibraries({ papers: local, tombstones: [] }, file)));
    if (r === 0) outputs[name] = JSON.stringify(result);
    else {
      add(`${name} parseImport`, tp);
      add(`${name} mergeLibraries`, tm);
      add(`${name} both`, tp + tm);
      addWall(`${name} parseImport`, wp);
      addWall(`${name} mergeLibraries`, lastWall);
      addWall(`${name} both`, wp + lastWall);
    }
  }
}
for (const [label, table] of [
  ['CPU ms (all threads)', results],
  ['wall ms', walls],
] as const) {
  const floor = median(table['JSON.parse']!);
  console.log(`${n} into ${n}, ${runs} runs each, ${label} (median), x JSON.parse ${floor.toFixed(0)} ms`);
  for (const [k, xs] of Object.entries(table))
    console.log(`  ${k.padEnd(22)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / floor).toFixed(2)}x`);
}
console.log(`same merge output: ${outputs.new === outputs.old} (${outputs.new!.length} chars)`);
