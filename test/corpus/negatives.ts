/**
 * Entries Papershelf reads on demand on pages that are not publication lists (test/fixtures/corpus/negatives/): each
 * page read as evaluate.ts reads corpus pages (every registry adapter, then the generic fallback). Every entry is spurious.
 */
import type { Candidate } from '../../lib/model';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { scanPage } from '../../lib/sites/registry';
import { NEGATIVE_PAGES, negativeHtml, type NegativePage } from '../fixtures/corpus/negatives';

export interface NegativeResult {
  page: NegativePage;
  entries: Candidate[];
}

export function readNegative(page: NegativePage): NegativeResult {
  const doc = parseHtmlDocument(negativeHtml(page.slug));
  return { page, entries: scanPage(doc, new URL(page.url))?.entries ?? [] };
}

export interface NegativeTotals {
  pages: number;
  pagesWithEntries: number;
  entries: number;
}

export function negativeTotals(results: NegativeResult[]): NegativeTotals {
  return {
    pages: results.length,
    pagesWithEntries: results.filter((r) => r.entries.length > 0).length,
    entries: results.reduce((n, r) => n + r.entries.length, 0),
  };
}

export const negativesOf = (split: NegativePage['split']): NegativePage[] => NEGATIVE_PAGES.filter((p) => p.split === split);

/** The negatives table of `npm run corpus`: per split, aggregates; per page, dev pages only (heldout pages are measured in aggregate). */
export function negativesReport(): string {
  const lines = [
    '\n### Negative pages (on demand; every entry is spurious)\n',
    '| split | pages | pages with entries | entries |',
    '|---|---|---|---|',
  ];
  const dev = negativesOf('dev').map(readNegative);
  for (const [split, results] of [
    ['dev', dev],
    ['heldout', negativesOf('heldout').map(readNegative)],
  ] as const) {
    const t = negativeTotals(results);
    lines.push(`| ${split} | ${t.pages} | ${t.pagesWithEntries} | ${t.entries} |`);
  }
  lines.push('\n| dev page | kind | entries | first titles read |', '|---|---|---|---|');
  for (const r of dev)
    lines.push(
      `| ${r.page.slug} | ${r.page.kind} | ${r.entries.length} | ${r.entries
        .slice(0, 3)
        .map((e) => e.title.slice(0, 60))
        .join(' · ')} |`,
    );
  return lines.join('\n');
}
