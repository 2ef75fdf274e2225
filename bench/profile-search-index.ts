/**
 * Issue 19, "search ready at open": what the side panel's stored search index (lib/library/search-index.ts) costs.
 * For each size: packing it from the papers (the panel's worker does this when there is no index, and a while after
 * writes), its size and a structured clone of it (v8.serialize/deserialize: what an IndexedDB put/get costs, without
 * the disk), opening it, the first query (which decodes the ids), and each keystroke of a few queries typed letter by letter (the index alone, no filters).
 * The design was chosen from the same measurement of MiniSearch (README, bench/README.md): its snapshot took seconds
 * to bring back at 20k.
 *   npx tsx bench/profile-search-index.ts [sizes=20000,100000]
 */
import { deserialize, serialize } from 'node:v8';
import { generatePapers } from '../test/support/generate';
import { SearchIndex, packIndex, queryWords, type PackedIndex } from '../lib/library/search-index';
import { summarize } from './stats';

const sizes = (process.argv[2] ?? '20000,100000').split(',').map(Number);
const QUERIES = ['diffusion models', 'vaswani attention', 'federated translation', 'trnasformer'];

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const all = generatePapers(Math.max(...sizes), 7);
for (const n of sizes) {
  const papers = all.slice(0, n).map((paper, i) => ({ paper, chunk: Math.floor(i / 100) }));
  const [packed, packMs] = time(() => packIndex(papers, 1));
  const [bytes, ser] = time(() => serialize(packed));
  const [back, de] = time(() => deserialize(bytes) as PackedIndex);
  const [index, open] = time(() => SearchIndex.restore(back));
  // The first query also decodes the ids (front-coded when stored).
  const [, firstQuery] = time(() => index.search(queryWords('diffusion ')));
  const keys: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const q of QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const [, ms] = time(() => index.search(queryWords(q.slice(0, i))));
        if (round) keys.push(ms);
      }
  const k = summarize(keys);
  console.log(
    `${n} papers: pack ${packMs.toFixed(0)} ms, ${(bytes.length / 1e6).toFixed(1)} MB (${packed.termStarts.length - 1} terms), structured clone: serialize ${ser.toFixed(0)} + deserialize ${de.toFixed(0)} ms, open ${open.toFixed(1)} ms, first query ${firstQuery.toFixed(1)} ms; per keystroke median ${k.median.toFixed(2)} ms, p90 ${k.p90.toFixed(2)}, max ${k.max.toFixed(1)}`,
  );
}
