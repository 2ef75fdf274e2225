/**
 * npm run bench: Papershelf's performance where users feel it, against its budgets (issue 6).
 * Builds the extension into .output/bench/chrome-mv3 (never touching other builds), then measures in real Chromium
 * (extraction, content-script cost, bulk write, capture save, side panel) and in Node (export, import + merge,
 * search query). Prints a table of medians with the p10-p90 spread and writes bench/results/latest.json.
 *
 *   npm run bench                    full run (15 runs after warm-up)
 *   npm run bench -- --quick         fewer runs, for checking the script itself
 *   npm run bench -- --only=node,extraction,content,library   a subset of sections
 *   npm run bench -- --no-build      reuse .output/bench/chrome-mv3
 *   npm run bench -- --sizes=20000   library sizes (default 1000,5000,20000,100000)
 *   npm run bench -- --only=popup --popup-sizes=5000,20000   the popup's review of a dblp page of that many entries
 *   npm run bench -- --only=library --parts=import,capture   parts of the library section (panel, search, import, capture, bulk)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { budgetSummary } from './budgets';
import { CHROMIUM, launch } from './browser';
import { contentScript } from './sections/content-script';
import { savedMarks } from './sections/saved-marks';
import { extraction } from './sections/extraction';
import { libraryBrowser, writeBlankPage } from './sections/library-browser';
import { nodeBench } from './sections/node';
import { popupReview } from './sections/popup-review';
import type { Config, Row } from './sections/types';
import type { Summary } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, '.output/bench/chrome-mv3');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (s: string) => !only || only.includes(s);
const parts = args
  .find((a) => a.startsWith('--parts='))
  ?.slice(8)
  .split(',');
const cfg: Config = { runs: quick ? 5 : 15, warmup: quick ? 1 : 3, extensionDir: OUT_DIR, quick, ...(parts ? { parts } : {}) };
const SIZES = args
  .find((a) => a.startsWith('--sizes='))
  ?.slice(8)
  .split(',')
  .map(Number) ?? [1000, 5000, 20000, 100000];
const POPUP_SIZES = args
  .find((a) => a.startsWith('--popup-sizes='))
  ?.slice(14)
  .split(',')
  .map(Number) ?? [2000, 5000, 20000];

const rows: Row[] = [];
const timeline: { section: string; seconds: number; loadavg: number[] }[] = [];
const started = Date.now();

async function section(name: string, fn: () => Promise<Row[]>): Promise<void> {
  const t0 = Date.now();
  process.stderr.write(`[bench] ${name}...`);
  try {
    rows.push(...(await fn()));
  } catch (e) {
    rows.push({ section: name, name: '(section failed)', unit: 'ms', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
  const seconds = (Date.now() - t0) / 1000;
  timeline.push({ section: name, seconds, loadavg: loadavg().map((x) => Number(x.toFixed(2))) });
  process.stderr.write(` ${seconds.toFixed(1)} s (load average ${loadavg()[0]!.toFixed(1)})\n`);
}

function build(): void {
  if (args.includes('--no-build') && existsSync(OUT_DIR)) return;
  process.stderr.write('[bench] building the extension into .output/bench/chrome-mv3...\n');
  execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.config.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---- output ------------------------------------------------------------------------------------------------

function fmt(v: number, unit: Row['unit']): string {
  if (!Number.isFinite(v)) return 'n/a';
  if (unit === 'records/s') return `${Math.round(v).toLocaleString('en')}/s`;
  if (unit === 'bytes') return `${(v / 1000).toFixed(1)} kB`;
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}
const spread = (s: Summary, unit: Row['unit']) => `${fmt(s.p10, unit)}-${fmt(s.p90, unit)}`;

function table(): string {
  const head = ['measurement', 'size', 'median', 'p10-p90', 'n', 'floor (median)', 'x floor', 'budget', ''];
  const body: string[][] = [];
  const notes: string[] = [];
  let lastSection = '';
  for (const r of rows) {
    if (r.section !== lastSection) {
      body.push([`## ${r.section}`]);
      lastSection = r.section;
    }
    const median = r.missing
      ? `n/a (missing: ${r.missing})`
      : r.error
        ? 'ERROR'
        : r.value
          ? fmt(r.value.median, r.unit)
          : r.scalar !== undefined
            ? fmt(r.scalar, r.unit)
            : '';
    body.push([
      r.name,
      r.size ?? '',
      median,
      r.value ? spread(r.value, r.unit) : '',
      r.value ? String(r.value.n) : '',
      r.floor ? `${fmt(r.floor.value.median, r.unit)} (${r.floor.name})` : '',
      r.ratio !== undefined ? `${r.ratio.toFixed(1)}x` : '',
      r.budget?.text ?? '',
      r.budget?.state ?? '',
    ]);
    if (r.note) notes.push(`- ${r.name} [${r.size ?? ''}]: ${r.note}`);
    if (r.error) notes.push(`- ${r.name} [${r.size ?? ''}] ERROR: ${r.error.split('\n').slice(0, 4).join(' | ')}`);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.filter((b) => b.length > 1).map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-')];
  for (const b of body) out.push(b.length === 1 ? b[0]! : line(b));
  return `${out.join('\n')}\n\nNotes:\n${notes.join('\n')}`;
}

// ---- run ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  process.stderr.write(
    `[bench] ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}; ${cfg.runs} runs after ${cfg.warmup} warm-up\n`,
  );
  const needsBrowser = want('extraction') || want('content') || want('library') || want('popup');
  if (needsBrowser) {
    if (!existsSync(CHROMIUM)) {
      rows.push({
        section: 'Chromium',
        name: 'browser sections',
        unit: 'ms',
        missing: `Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
      });
    } else {
      try {
        build();
        if (existsSync(OUT_DIR)) writeBlankPage(OUT_DIR);
      } catch (e) {
        rows.push({ section: 'Build', name: 'wxt build', unit: 'ms', error: String(e) });
      }
      if (want('extraction')) {
        await section('Extraction (Chromium)', async () => {
          const plain = await launch();
          try {
            return await extraction(plain.context, cfg);
          } finally {
            await plain.close();
          }
        });
      }
      if (want('content') && existsSync(OUT_DIR)) {
        const session = await launch(OUT_DIR).catch((e) => {
          rows.push({ section: 'Chromium', name: 'launch with the extension', unit: 'ms', error: String(e) });
          return null;
        });
        if (session) {
          try {
            await section('Content script (Chromium)', () => contentScript(session, cfg, (dir) => launch(dir)));
            await section('Saved marks (Chromium)', () => savedMarks(session, cfg));
          } finally {
            await session.close();
          }
        }
      }
      if (want('library') && existsSync(OUT_DIR))
        await section('Library (Chromium)', () => libraryBrowser(() => launch(OUT_DIR), cfg, SIZES));
      if (want('popup') && existsSync(OUT_DIR))
        await section('Popup review (Chromium)', () => popupReview(() => launch(OUT_DIR), cfg, POPUP_SIZES));
    }
  }
  if (want('node')) await section('Library (Node)', () => nodeBench(cfg, SIZES));

  const text = table();
  console.log(text);
  const budgets = rows.filter((r) => r.budget);
  const count = (state: string) => budgets.filter((r) => r.budget!.state === state).length;
  console.log(`\nBudgets (bench/budgets.ts; ratios to floors measured in this run):\n${budgetSummary(rows)}`);
  console.log(
    `\nBudgets: ${count('MET')} met, ${count('MISSED')} missed, ${count('NO FLOOR') + count('NOT MEASURED')} without a verdict. Total ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    config: cfg,
    loadavgAtEnd: loadavg(),
    timeline,
    rows,
  };
  writeFileSync(resolve(ROOT, 'bench/results/latest.json'), JSON.stringify(result, null, 2) + '\n');
  process.stderr.write('[bench] wrote bench/results/latest.json\n');
}

await main();
