/**
 * Prints side panel query numbers at 20,000 papers (not a test): `npx tsx test/ui/measure-search.ts`.
 * Index build, first query (cold sort caches), and per-keystroke search+filter+sort+count latency (median of 7).
 */
import { generatePapers } from '../../lib/library/generate';
import { EMPTY_QUERY, LibraryModel, runQuery, type LibraryQuery } from '../../lib/ui/library-query';
import { generateTestPapers } from './generate-papers';

const N = Number(process.env.N ?? 20_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void, runs = 7): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

const typed = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));

for (const [name, papers] of [
  ['generatePapers(20k, 42)', generatePapers(N, 42)],
  ['long abstracts, tiny vocabulary (worst case)', generateTestPapers(N, 7)],
] as const) {
  console.log(`\n== ${name}: ${papers.length} papers`);
  let s = performance.now();
  const model = new LibraryModel(papers);
  await model.buildIndexNow();
  console.log(`index build: ${(performance.now() - s).toFixed(0)} ms`);
  s = performance.now();
  runQuery(model, EMPTY_QUERY);
  console.log(`first query (cold sort + counts): ${(performance.now() - s).toFixed(1)} ms`);
  console.log(`no-text query, warm: ${time(() => runQuery(model, EMPTY_QUERY)).toFixed(2)} ms`);
  const keystrokes = [...typed('transformer'), 'transformer d', 'transformer di', 'transformer diff', ...typed('vaswani').slice(1), 'bengio att', 'bengio attention'];
  const perKey: number[] = [];
  for (const text of keystrokes) {
    const q: LibraryQuery = { ...EMPTY_QUERY, text, sort: 'relevance' };
    const ms = time(() => runQuery(model, q));
    perKey.push(ms);
    console.log(`  ${JSON.stringify(text).padEnd(22)} ${ms.toFixed(2).padStart(7)} ms  ${runQuery(model, q).ids.length} results`);
  }
  console.log(`keystroke latency: median ${median(perKey).toFixed(2)} ms, max ${Math.max(...perKey).toFixed(2)} ms`);
  const sorted: LibraryQuery = { ...EMPTY_QUERY, text: 'learning', sort: 'title', tags: ['to-read'] };
  console.log(`"learning" + tag filter + title sort: ${time(() => runQuery(model, sorted)).toFixed(2)} ms`);
}
