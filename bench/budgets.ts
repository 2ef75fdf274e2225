/**
 * Every performance budget, in one table (issues 6 and 19). Sections measure and name the budget a row answers to
 * (`judge`); the verdict is computed here, from the row's median and, for a ratio budget, the floor measured in the
 * same run. `npm run bench` prints every budget of this table at the end, met, missed or not run.
 */
import type { Row } from './sections/types';

export interface Budget {
  /** What the budget asks, as printed. */
  text: string;
  /** Library sizes it applies at (as rows name them: '20k', '100k'); every size when absent. */
  sizes?: string[];
  /** Upper limit on the median, in the row's unit (ms, bytes); per size when a record. */
  max?: number | Record<string, number>;
  /** Lower limit on the median (records/s). */
  min?: number;
  /** Upper limit on median / floor median. */
  maxRatio?: number;
  /** The floor a ratio budget is measured against (the row's `floor.name` starts with it). */
  floor?: string;
  issue: number;
}

export const BUDGETS = {
  extraction: {
    text: 'extraction: each adapter <= 3x its bare querySelectorAll + textContent walk',
    maxRatio: 3,
    floor: 'querySelectorAll + textContent',
    issue: 19,
  },
  contentScript: {
    text: 'content script <= 1.5x the bare messaging round trip',
    maxRatio: 1.5,
    floor: 'bare messaging round trip',
    issue: 19,
  },
  contentBundle: { text: 'content-script bundle < 30 kB minified', max: 30_000, issue: 6 },
  bulkWrite: { text: 'bulk write >= 20,000 records/s', sizes: ['20k', '100k'], min: 20_000, issue: 6 },
  capture: { text: 'capture of 500 into the library <= 150 ms (save message)', sizes: ['20k', '100k'], max: 150, issue: 19 },
  firstRows: {
    text: 'side panel first rows <= 1.5x a blank extension page',
    sizes: ['20k', '100k'],
    maxRatio: 1.5,
    floor: 'blank extension page',
    issue: 19,
  },
  searchReady: {
    text: 'full-text search usable <= 150 ms (20k) / 500 ms (100k) after the side panel opens',
    sizes: ['20k', '100k'],
    max: { '20k': 150, '100k': 500 },
    issue: 19,
  },
  keystroke: { text: 'search keystroke < 16 ms', sizes: ['20k', '100k'], max: 16, issue: 19 },
  importMerge: {
    text: 'import + merge 20k into 20k <= 4x JSON.parse of the same file',
    sizes: ['20k into 20k'],
    maxRatio: 4,
    floor: 'JSON.parse(file)',
    issue: 19,
  },
  importPreview: { text: "the panel's preview of a 20k file <= 1.5 s", sizes: ['20k'], max: 1500, issue: 19 },
  importResponsive: {
    text: "100k into 100k completes with its preview; the panel's longest main-thread task < 50 ms",
    sizes: ['100k'],
    max: 50,
    issue: 19,
  },
  bibtex: { text: 'BibTeX export of 100k <= 2x JSON.stringify of it', sizes: ['100k'], maxRatio: 2, floor: 'JSON.stringify', issue: 19 },
} satisfies Record<string, Budget>;

export type BudgetId = keyof typeof BUDGETS;

const limitAt = (b: Budget, size: string | undefined): number | undefined =>
  typeof b.max === 'number' ? b.max : b.max && size !== undefined ? b.max[size] : undefined;

const fmtLimit = (v: number) => (v >= 1000 ? v.toLocaleString('en') : String(v));

/**
 * The row's budget verdict, or the row unchanged when the budget does not apply at its size. A ratio budget without
 * its floor in the row is neither met nor missed ("no floor").
 */
export function judge(row: Row, id: BudgetId, value = row.value?.median ?? row.scalar): Row {
  const b: Budget = BUDGETS[id];
  if (b.sizes && !b.sizes.includes(row.size ?? '')) return row;
  const parts: string[] = [];
  let pass = true;
  let state: NonNullable<Row['budget']>['state'] = 'MET';
  if (value === undefined || !Number.isFinite(value)) state = 'NOT MEASURED';
  const max = limitAt(b, row.size);
  if (max !== undefined) {
    parts.push(`< ${fmtLimit(max)}${row.unit === 'bytes' ? ' B' : row.unit === 'ms' ? ' ms' : ''}`);
    if (!(value! < max)) pass = false;
  }
  if (b.min !== undefined) {
    parts.push(`>= ${fmtLimit(b.min)}/s`);
    if (!(value! >= b.min)) pass = false;
  }
  if (b.maxRatio !== undefined) {
    parts.push(`<= ${b.maxRatio}x floor`);
    const floor = row.floor && (!b.floor || row.floor.name.startsWith(b.floor)) ? row.floor.value.median : undefined;
    if (floor === undefined || !Number.isFinite(floor)) state = 'NO FLOOR';
    else if (!(value! / floor <= b.maxRatio)) pass = false;
  }
  if (state === 'MET' && !pass) state = 'MISSED';
  return { ...row, budget: { id, text: parts.join(' and '), pass: state === 'MET', state } };
}

/** One line per budget of the table: its verdict at each size it was measured at in this run, or "not run". */
export function budgetSummary(rows: Row[]): string {
  const lines: string[] = [];
  for (const [id, b] of Object.entries(BUDGETS) as [BudgetId, Budget][]) {
    const judged = rows.filter((r) => r.budget?.id === id);
    const verdicts = judged.map((r) => {
      const ratio = r.ratio !== undefined ? `, ${r.ratio.toFixed(2)}x ${r.floor?.name ?? 'floor'}` : '';
      const value = r.value ? r.value.median : r.scalar;
      const shown =
        value === undefined ? 'n/a' : r.unit === 'records/s' ? `${Math.round(value)}/s` : `${value.toFixed(value < 10 ? 2 : 0)}`;
      return `${r.budget!.state} [${r.size ?? ''}${judged.length > 1 && r.name ? `, ${r.name.slice(0, 40)}` : ''}] ${shown}${r.unit === 'ms' ? ' ms' : r.unit === 'bytes' ? ' B' : ''}${ratio}`;
    });
    const missing = (b.sizes ?? []).filter((s) => !judged.some((r) => r.size === s));
    if (judged.length && missing.length) verdicts.push(`not run at ${missing.join(', ')}`);
    lines.push(`- ${b.text} (issue ${b.issue}): ${verdicts.length ? verdicts.join('; ') : 'not run'}`);
  }
  return lines.join('\n');
}
