/**
 * What a change to the content script would cost before writing it: CDP ScriptDuration (the content section's measure,
 * arXiv 200 page minus the same page on an unclaimed host) of hand-written variants of `content-scripts/arxiv.js`,
 * each in a copy of the bench build (`.output/bench/chrome-mv3`, built by `npm run bench`) loaded in its own browser,
 * variants alternated in rounds:
 *   npx tsx bench/ab-content-script.ts variants.json [runs per round] [rounds]
 * variants.json: {"name": "<script source>" or "AS-BUILT"}. Not part of `npm run bench`.
 */
import { cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { launch, serve } from './browser';
import { arxivSearch200 } from './pages';
import { waitForBadge } from './sections/content-script';
import { summarize } from './stats';

const BASE = '.output/bench/chrome-mv3';
const variants: Record<string, string> = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const runs = Number(process.argv[3] ?? 12);
const rounds = Number(process.argv[4] ?? 2);
const bp = arxivSearch200();
const unmatched = bp.url.replace('https://arxiv.org/', 'https://arxiv-mirror.example/');

async function measure(session: Awaited<ReturnType<typeof launch>>, url: string, matched: boolean) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  const badge = matched ? await waitForBadge(session, url, 5000) : '';
  await page.waitForTimeout(matched ? 50 : 300);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  await page.close();
  return { script: (metrics.find((x) => x.name === 'ScriptDuration')?.value ?? NaN) * 1000, badge };
}

const results: Record<string, number[]> = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, code] of Object.entries(variants)) {
    const dir = join(tmpdir(), `papershelf-cs-variant-${name}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(BASE, dir, { recursive: true });
    if (code !== 'AS-BUILT') writeFileSync(join(dir, 'content-scripts/arxiv.js'), code);
    const session = await launch(dir);
    try {
      await serve(session.context, bp.url, bp.html);
      await serve(session.context, unmatched, bp.html);
      for (let i = 0; i < runs + 2; i++) {
        const a = await measure(session, bp.url, true);
        const b = await measure(session, unmatched, false);
        if (!a.badge) throw new Error(`${name}: no badge`);
        if (i >= 2) (results[name] ??= []).push(a.script - b.script);
      }
    } finally {
      await session.close();
    }
    process.stderr.write(`round ${r} ${name} done, load ${loadavg()[0]!.toFixed(1)}\n`);
  }
}
for (const [name, xs] of Object.entries(results)) {
  const s = summarize(xs);
  console.log(`${name.padEnd(24)} median ${s.median.toFixed(2)} ms  p10-p90 ${s.p10.toFixed(2)}-${s.p90.toFixed(2)}  n=${xs.length}`);
}
