/**
 * Pure functions, measured in Node where they are honest to measure: export to BibTeX / sync JSON / CSL-JSON,
 * import (parseImport of a sync file) + merge into a library of the same size, and the search query alone
 * (LibraryModel.search + filter + sort, no rendering) per keystroke.
 * Modules another engineer is still writing are imported dynamically: a missing one prints "n/a (missing: X)".
 */
import type { Paper } from '../../lib/model';
import { gc, summarize, timeInTurn, timeSync } from '../stats';
import { judge } from '../budgets';
import type { Config, Row } from './types';

async function load<T>(path: string, names: string[]): Promise<T | string> {
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    const absent = names.filter((n) => typeof mod[n] !== 'function');
    return absent.length ? `${absent.join(', ')} in ${path.replace(/^\.\.\/\.\.\//, '')}` : (mod as T);
  } catch (e) {
    return `${path.replace(/^\.\.\/\.\.\//, '')} (${String(e).slice(0, 80)})`;
  }
}

const NOW = Date.UTC(2025, 5, 1);

/** A second device's library: half the local papers (every other one edited later there), plus as many new ones. */
export function twoLibraries(all: Paper[], n: number): { local: Paper[]; incoming: Paper[] } {
  const local = all.slice(0, n);
  const incoming = all.slice(n / 2, n + n / 2).map((p, i) => {
    if (i >= n / 2 || i % 2) return p;
    const t = NOW + i;
    return {
      ...p,
      note: `${p.note} (edited on the laptop)`.trim(),
      readState: 'read' as const,
      tags: { ...p.tags, synced: { on: true, t } },
      updatedAt: t,
      clock: { ...p.clock, note: t, readState: t },
    };
  });
  return { local, incoming };
}

const QUERIES = ['diffusion models', 'vaswani attention', 'federated translation'];

export async function nodeBench(cfg: Config, sizes: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  const gen = await load<{ generatePapers(n: number, seed: number): Paper[] }>('../../test/support/generate.ts', ['generatePapers']);
  if (typeof gen === 'string') {
    for (const name of ['export BibTeX', 'export JSON', 'import + merge'])
      rows.push({ section: 'Library (Node)', name, unit: 'ms', missing: gen });
    return rows;
  }
  const bib = await load<{ toBibtex(p: Paper[]): string }>('../../lib/formats/bibtex.ts', ['toBibtex']);
  const json = await load<{ toSyncFile(p: Paper[], t: unknown[], d: string, now: number): unknown; serialiseSyncFile(f: unknown): string }>(
    '../../lib/formats/json.ts',
    ['toSyncFile', 'serialiseSyncFile'],
  );
  const csl = await load<{ toCslJson(p: Paper[]): unknown }>('../../lib/formats/csl.ts', ['toCslJson']);
  const imp = await load<{
    parseImport(text: string, filename?: string, now?: number): { ok: boolean; papers?: Paper[]; tombstones?: unknown[]; error?: string };
  }>('../../lib/formats/import.ts', ['parseImport']);
  const merge = await load<{
    mergeLibraries(
      a: unknown,
      b: unknown,
    ): { papers: Paper[]; report: { added: string[]; updated: Record<string, string[]>; unchanged: number } };
  }>('../../lib/library/merge.ts', ['mergeLibraries']);
  const query = await load<{
    LibraryModel: new (p: Paper[]) => { buildIndex(): void | Promise<void> };
    runQuery(m: unknown, q: unknown): { ids: string[] };
    EMPTY_QUERY: object;
  }>('../../lib/library/query.ts', ['LibraryModel', 'runQuery']);

  const maxN = Math.max(...sizes);
  const all = gen.generatePapers(maxN + maxN / 2, 7);
  for (const n of sizes) {
    const size = `${n / 1000}k`;
    const papers = all.slice(0, n);
    const big = n >= 20_000;
    const runs = big ? Math.min(cfg.runs, cfg.quick ? 3 : 9) : cfg.runs;
    const warmup = big ? Math.min(cfg.warmup, 1) : cfg.warmup;
    const measure = (fn: () => unknown, r = runs) => {
      gc();
      return summarize(timeSync(fn, r, warmup));
    };
    // The 20k import + merge takes seconds a call: its phase breakdown gets fewer runs.
    const few = big ? Math.min(runs, 3) : runs;

    try {
      if (typeof bib === 'string')
        rows.push({ section: 'Library (Node)', name: 'export BibTeX (toBibtex)', size, unit: 'ms', missing: bib });
      else {
        const [exported, stringified] = timeInTurn(
          [() => bib.toBibtex(papers), () => JSON.stringify(papers)],
          big ? Math.max(runs, 5) : runs,
          warmup,
        );
        const value = summarize(exported!);
        const floor = summarize(stringified!);
        const bytes = bib.toBibtex(papers).length;
        rows.push(
          judge(
            {
              section: 'Library (Node)',
              name: 'export BibTeX (toBibtex)',
              size,
              unit: 'ms',
              value,
              floor: { name: 'JSON.stringify(papers)', value: floor },
              ratio: value.median / floor.median,
              note: `${(bytes / 1e6).toFixed(1)} MB`,
            },
            'bibtex',
          ),
        );
      }
    } catch (e) {
      rows.push({ section: 'Library (Node)', name: 'export BibTeX (toBibtex)', size, unit: 'ms', error: String(e) });
    }

    try {
      if (typeof json === 'string')
        rows.push({ section: 'Library (Node)', name: 'export JSON (sync file)', size, unit: 'ms', missing: json });
      else {
        const value = measure(() => json.serialiseSyncFile(json.toSyncFile(papers, [], 'bench-device', NOW)));
        const floor = measure(() => JSON.stringify(papers));
        rows.push({
          section: 'Library (Node)',
          name: 'export JSON (sync file)',
          size,
          unit: 'ms',
          value,
          floor: { name: 'JSON.stringify(papers)', value: floor },
          ratio: value.median / floor.median,
        });
      }
    } catch (e) {
      rows.push({ section: 'Library (Node)', name: 'export JSON (sync file)', size, unit: 'ms', error: String(e) });
    }

    try {
      if (typeof csl === 'string') rows.push({ section: 'Library (Node)', name: 'export CSL-JSON', size, unit: 'ms', missing: csl });
      else
        rows.push({
          section: 'Library (Node)',
          name: 'export CSL-JSON',
          size,
          unit: 'ms',
          value: measure(() => JSON.stringify(csl.toCslJson(papers))),
        });
    } catch (e) {
      rows.push({ section: 'Library (Node)', name: 'export CSL-JSON', size, unit: 'ms', error: String(e) });
    }

    try {
      const missing = [imp, merge, json].filter((m): m is string => typeof m === 'string');
      if (missing.length || typeof imp === 'string' || typeof merge === 'string' || typeof json === 'string') {
        rows.push({
          section: 'Library (Node)',
          name: `import + merge ${size} into ${size}`,
          size,
          unit: 'ms',
          missing: missing.join('; '),
        });
      } else {
        const { local, incoming } = twoLibraries(all, n);
        const text = json.serialiseSyncFile(json.toSyncFile(incoming, [], 'laptop', NOW));
        const localLib = { papers: local, tombstones: [] };
        let report = '';
        const whole = () => {
          const parsed = imp.parseImport(text, 'laptop.papershelf.json', NOW);
          if (!parsed.ok) throw new Error(`parseImport: ${parsed.error}`);
          const r = merge.mergeLibraries(localLib, { papers: parsed.papers!, tombstones: parsed.tombstones! });
          report = `${r.papers.length} papers: ${r.report.added.length} new, ${Object.keys(r.report.updated).length} updated, ${r.report.unchanged} unchanged`;
        };
        // The whole and its floor timed in turn, run by run (as the BibTeX export): two blocks one after the other moved
        // the ratio with the machine's load (3.3x-4.0x at 20k with no code change).
        const [wholeTimes, parseTimes] = timeInTurn([whole, () => JSON.parse(text)], big ? Math.max(runs, 5) : runs, warmup);
        const value = summarize(wholeTimes!);
        const floor = summarize(parseTimes!);
        const parseOnly = measure(() => imp.parseImport(text, 'laptop.papershelf.json', NOW), few);
        const parsed = imp.parseImport(text, 'laptop.papershelf.json', NOW);
        const mergeOnly = measure(() => merge.mergeLibraries(localLib, { papers: parsed.papers!, tombstones: [] }), few);
        rows.push(
          judge(
            {
              section: 'Library (Node)',
              name: `import + merge (parseImport + mergeLibraries)`,
              size: `${size} into ${size}`,
              unit: 'ms',
              value,
              floor: { name: 'JSON.parse(file)', value: floor },
              ratio: value.median / floor.median,
              note: `parseImport ${parseOnly.median.toFixed(0)} ms (${(parseOnly.median / floor.median).toFixed(1)}x JSON.parse) + mergeLibraries ${mergeOnly.median.toFixed(0)} ms (${(mergeOnly.median / floor.median).toFixed(1)}x); file ${(text.length / 1e6).toFixed(1)} MB; ${report}`,
            },
            'importMerge',
          ),
        );
      }
    } catch (e) {
      rows.push({ section: 'Library (Node)', name: 'import + merge', size, unit: 'ms', error: String(e) });
    }

    try {
      if (typeof query === 'string')
        rows.push({
          section: 'Library (Node)',
          name: 'search query per keystroke (runQuery, no render)',
          size,
          unit: 'ms',
          missing: query,
        });
      else {
        const model = new query.LibraryModel(papers);
        await model.buildIndex();
        const base = { ...(query.EMPTY_QUERY as object), sort: 'relevance' };
        query.runQuery(model, base);
        const samples: number[] = [];
        for (let round = 0; round < 3; round++) {
          for (const q of QUERIES) {
            for (let i = 1; i <= q.length; i++) {
              const t0 = performance.now();
              query.runQuery(model, { ...base, text: q.slice(0, i) });
              if (round) samples.push(performance.now() - t0);
            }
          }
        }
        const value = summarize(samples);
        rows.push({
          section: 'Library (Node)',
          name: 'search query per keystroke (runQuery, no render)',
          size,
          unit: 'ms',
          value,
          note: `max ${value.max.toFixed(1)} ms`,
        });
      }
    } catch (e) {
      rows.push({ section: 'Library (Node)', name: 'search query per keystroke', size, unit: 'ms', error: String(e) });
    }
  }
  return rows;
}
