/**
 * Prints the corpus accuracy tables (per page, and per split) for both read paths: `npm run corpus`
 * (`--misses` lists every wrong field; `--split=dev|heldout|heldout6` and `--page=<slug>,…` limit the pages;
 * without `--page`, the negative pages' table follows).
 */
import { CORPUS_PAGES } from '../fixtures/corpus/corpus';
import { HEADER, addCounts, emptyCounts, evaluateCorpusOnBothPaths, row, type ReadPath } from './evaluate';
import { negativesReport } from './negatives';

const args = process.argv.slice(2);
const split = args.find((a) => a.startsWith('--split='))?.slice(8);
const showMisses = args.includes('--misses');
const only = args
  .find((a) => a.startsWith('--page='))
  ?.slice(7)
  .split(',');
const pages = CORPUS_PAGES.filter((p) => (!split || p.split === split) && (!only || only.includes(p.slug)));

const byPath = await evaluateCorpusOnBothPaths(pages);
for (const path of ['dom', 'selection'] as ReadPath[]) {
  const results = byPath[path];
  console.log(`\n### ${path === 'dom' ? 'On demand (page DOM)' : 'Selection (text)'}\n\n${HEADER}`);
  for (const r of results) console.log(row(`${r.page.slug} (${r.page.split}; ${r.ms.toFixed(0)} ms)`, r.counts));
  for (const s of [
    'dev',
    'heldout',
    'heldout6',
    'heldout25',
    'heldout26',
    'heldout54',
    'heldout56',
    'heldout57',
    'heldout58',
    'heldout59',
    'heldout60',
    'heldout64',
    'heldout65',
    'heldout70',
    'heldout76',
    'heldout74',
    'heldout80',
    'heldout82',
    'heldout86',
    'heldout87',
  ]) {
    const of = results.filter((r) => r.page.split === s);
    if (of.length)
      console.log(
        row(
          `**all ${s}** (${of.length} pages)`,
          of.reduce((a, r) => addCounts(a, r.counts), emptyCounts()),
        ),
      );
  }
  if (showMisses) {
    for (const r of results) {
      for (const m of r.misses)
        console.log(
          `  ${r.page.slug} ${m.fields.join(',')}: ${JSON.stringify(m.expected)}\n      got ${JSON.stringify(m.got && { title: m.got.title, authors: m.got.authors, year: m.got.year, venue: m.got.venue, doi: m.got.ids.doi })}`,
        );
      for (const s of r.spurious) console.log(`  ${r.page.slug} SPURIOUS: ${JSON.stringify([s.title, s.authors, s.year])}`);
    }
  }
}

if (!only) console.log(negativesReport());
