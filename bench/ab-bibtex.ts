/**
 * A/B of the BibTeX export in one process (issue 19): the current tree's toBibtex against another copy of lib/ (e.g.
 * `git archive <commit> lib test/support | tar -x -C DIR`, with node_modules linked into DIR), and `JSON.stringify` of
 * the same papers, in turn, CPU time after a GC, as ratios to the stringify. Checks that both write the same bytes
 * (both `ascii` settings).
 *   node --expose-gc --import tsx bench/ab-bibtex.ts DIR [size=100000] [runs=5]
 */
import { generatePapers } from '../test/support/generate';

const [baseDir, sizeArg = '100000', runsArg = '5'] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: bench/ab-bibtex.ts DIR [size] [runs]');
const n = Number(sizeArg);
const runs = Number(runsArg);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Bib = typeof import('../lib/formats/bibtex');
const papers = generatePapers(n, 7);
const sides: Record<'new' | 'old', Bib> = {
  new: (await import(new URL('../lib/formats/bibtex.ts', import.meta.url).pathname)) as Bib,
  old: (await import(`${baseDir}/lib/formats/bibtex.ts`)) as Bib,
};
for (const ascii of [false, true])
  if (sides.new.toBibtex(papers, { ascii }) !== sides.old.toBibtex(papers, { ascii }))
    throw new Error(`different output (ascii: ${ascii})`);

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
const cpus: Record<string, number[]> = {};
const walls: Record<string, number[]> = {};
const cases: [string, () => unknown][] = [
  ['JSON.stringify', () => JSON.stringify(papers)],
  ['new toBibtex', () => sides.new.toBibtex(papers)],
  ['old toBibtex', () => sides.old.toBibtex(papers)],
];
for (let r = 0; r <= runs; r++) {
  const order = r % 2 ? [cases[0]!, cases[2]!, cases[1]!] : cases;
  for (const [name, fn] of order) {
    const c = cpu(fn);
    if (r === 0) continue;
    (cpus[name] ??= []).push(c);
    (walls[name] ??= []).push(lastWall);
  }
}
for (const [label, table] of [
  ['CPU ms (all threads)', cpus],
  ['wall ms', walls],
] as const) {
  const floor = median(table['JSON.stringify']!);
  console.log(`${n} papers, ${runs} runs each, ${label} (median), x JSON.stringify ${floor.toFixed(0)} ms`);
  for (const [k, xs] of Object.entries(table))
    console.log(`  ${k.padEnd(16)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / floor).toFixed(2)}x`);
}
console.log('same output: true (both ascii settings)');
