/**
 * Where the time of a pure-function benchmark goes: runs one case under the V8 CPU profiler (node:inspector) and
 * prints the heaviest functions by self time and by total time (inclusive, by function name + line of the bundle).
 *   npx tsx bench/profile-node.ts merge|parse|bibtex|csl|search [size=20000] [runs=1]
 * (several runs: the profile sums them, which evens out a loaded machine's noise).
 * lib/ is profiled as one esbuild bundle (written to a temporary directory, kept for reading the lines): under tsx's
 * source maps the profiler misnames frames and puts most of them on line 1. Frames of this script itself (the measured
 * closure, whatever its name) still take time the profile does not split further (bibtex 20k: a quarter to a half, with or without
 * `node --no-turbo-inlining --import tsx`).
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import { generatePapers } from '../test/support/generate';
import { twoLibraries } from './sections/node';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const [what = 'merge', sizeArg = '20000', runsArg = '1'] = process.argv.slice(2);
const runs = Number(runsArg);
const n = Number(sizeArg);
const all = generatePapers(n + n / 2, 7);
const NOW = Date.UTC(2025, 5, 1);

const LIB = resolve(import.meta.dirname, '../lib');
const dir = mkdtempSync(join(tmpdir(), 'papershelf-profile-'));
const bundle = join(dir, 'lib.mjs');
writeFileSync(
  join(dir, 'entry.ts'),
  [
    `export { toBibtex } from '${LIB}/formats/bibtex';`,
    `export { toCslJson } from '${LIB}/formats/csl';`,
    `export { LibraryModel, runQuery, EMPTY_QUERY } from '${LIB}/library/query';`,
    `export { toSyncFile, serialiseSyncFile } from '${LIB}/formats/json';`,
    `export { parseImport } from '${LIB}/formats/import';`,
    `export { mergeLibraries } from '${LIB}/library/merge';`,
  ].join('\n'),
);
await build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
type Lib = typeof import('../lib/formats/bibtex') &
  typeof import('../lib/formats/csl') &
  typeof import('../lib/library/query') &
  typeof import('../lib/formats/json') &
  typeof import('../lib/formats/import') &
  typeof import('../lib/library/merge');
const lib = (await import(bundle)) as Lib;

async function subject(): Promise<() => unknown> {
  const papers = all.slice(0, n);
  if (what === 'bibtex') {
    const { toBibtex } = lib;
    return () => toBibtex(papers);
  }
  if (what === 'csl') {
    const { toCslJson } = lib;
    return () => JSON.stringify(toCslJson(papers));
  }
  if (what === 'search') {
    const { LibraryModel, runQuery, EMPTY_QUERY } = lib;
    const model = new LibraryModel(papers);
    model.buildIndex();
    return () => {
      for (const q of ['diffusion models', 'vaswani attention', 'robust graph'])
        for (let i = 1; i <= q.length; i++) runQuery(model, { ...EMPTY_QUERY, sort: 'relevance', text: q.slice(0, i) });
    };
  }
  const { toSyncFile, serialiseSyncFile, parseImport, mergeLibraries } = lib;
  const { local, incoming } = twoLibraries(all, n);
  const text = serialiseSyncFile(toSyncFile(incoming, [], 'laptop', NOW));
  if (what === 'parse') return () => parseImport(text, 'f.json', NOW);
  const parsed = parseImport(text, 'f.json', NOW);
  if (!parsed.ok) throw new Error(parsed.error);
  return () => mergeLibraries({ papers: local, tombstones: [] }, { papers: parsed.papers, tombstones: [] });
}

const fn = await subject();
fn();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let r = 0; r < runs; r++) fn();
const wall = (performance.now() - t0) / runs;
const { profile } = await session.post('Profiler.stop');
const nodes = profile.nodes as Node[];
const byId = new Map(nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const label = (x: Node) =>
  `${x.callFrame.functionName || '(anonymous)'} ${x.callFrame.url.endsWith(bundle) ? 'lib' : x.callFrame.url.replace(/^.*\//, '')}:${x.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
const samples = profile.samples as number[];
const deltas = profile.timeDeltas as number[];
for (let i = 0; i < samples.length; i++) {
  const dt = (deltas[i + 1] ?? 0) / 1000;
  let x: Node | undefined = byId.get(samples[i]!);
  self.set(label(x!), (self.get(label(x!)) ?? 0) + dt);
  const seen = new Set<string>();
  while (x) {
    const l = label(x);
    if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + dt);
    seen.add(l);
    const p = parent.get(x.id);
    x = p === undefined ? undefined : byId.get(p);
  }
}
const top = (m: Map<string, number>, k: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([l, t]) => `  ${t.toFixed(0).padStart(6)} ms  ${l}`)
    .join('\n');
console.log(
  `${what} ${n}: ${wall.toFixed(0)} ms wall a run (${runs} profiled runs, times below are their sum)\nself time:\n${top(self, 12)}\ninclusive (lib code):\n${top(new Map([...total].filter(([l]) => / lib:\d+$/.test(l))), 14)}\nlines: ${bundle}`,
);
