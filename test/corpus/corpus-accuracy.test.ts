/**
 * Issue 14's thresholds on the lab-page corpus as a whole, for both read paths: the page read on demand (the code
 * the injected scan-page script runs: every registry adapter, then the generic fallback, on a linkedom DOM) and the
 * reader's selection of the list (<slug>.selection.txt through the text parser). Found >= 95%, spurious <= 2%, titles
 * >= 95% exact, authors >= 90% exact (the whole list equal). `npm run corpus` prints the per-page tables.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_PAGES } from '../fixtures/corpus/corpus';
import { addCounts, emptyCounts, evaluateCorpus, rates, type ReadPath } from './evaluate';

const THRESHOLDS = { found: 0.95, spurious: 0.02, titles: 0.95, authors: 0.9 };

describe.each(['dom', 'selection'] as ReadPath[])('corpus, read by %s', (path) => {
  const results = evaluateCorpus(path);
  const total = results.reduce((a, r) => addCounts(a, r.counts), emptyCounts());
  const r = rates(total);

  it(`covers every corpus page (${CORPUS_PAGES.length}) and every expected paper`, () => {
    expect(results).toHaveLength(CORPUS_PAGES.length);
    expect(total.expected).toBeGreaterThanOrEqual(300);
  });
  it('finds >= 95% of the papers', () => expect(r.found).toBeGreaterThanOrEqual(THRESHOLDS.found));
  it('reports <= 2% spurious entries', () => expect(r.spurious).toBeLessThanOrEqual(THRESHOLDS.spurious));
  it('reads >= 95% of the titles exactly', () => expect(r.titles).toBeGreaterThanOrEqual(THRESHOLDS.titles));
  it('reads >= 90% of the author lists exactly', () => expect(r.authors).toBeGreaterThanOrEqual(THRESHOLDS.authors));
});
