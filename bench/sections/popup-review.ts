/**
 * The popup's review of a large page, as a user meets it: a dblp person page of n entries (bench/pages.ts) served at
 * its real URL, then `popup.html?tabId=N` opened. Measured in the popup: navigation start -> the summary ("n papers")
 * in the DOM and the frame after it (the scan, the background's validation and review, the popup's render), the
 * popup's longest main-thread task and the total of its long tasks (PerformanceObserver 'longtask'), and the time
 * a click on a row's checkbox takes to show (input responsiveness once the list is up).
 */
import type { Session } from '../browser';
import { serve } from '../browser';
import { dblpPerson } from '../pages';
import { summarize } from '../stats';
import type { Config, Row } from './types';

const SECTION = 'Popup review (Chromium)';

interface Sample {
  summary: number;
  frame: number;
  longest: number;
  longTotal: number;
  toggle: number;
  shown: string;
}

async function reviewOnce(session: Session, tabUrl: string, n: number): Promise<Sample> {
  const tabId = await session.worker!.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, tabUrl);
  if (tabId === undefined) throw new Error(`no tab at ${tabUrl}`);
  const popup = await session.context.newPage();
  await popup.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const tasks: number[] = [];
    w.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    const mo = new MutationObserver(() => {
      const summary = document.querySelector('.summary');
      if (w.__summary === undefined && (summary || document.querySelector('.error'))) {
        w.__summary = performance.now();
        mo.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.__frame = performance.now()), 0));
      }
    });
    mo.observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => (window as unknown as Record<string, unknown>).__frame !== undefined, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  // Input latency: click a row's checkbox, time until the change is painted.
  const toggle = await popup.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('.entries input[type=checkbox]');
    if (!box) return NaN;
    const t0 = performance.now();
    box.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  const r = await popup.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const tasks = w.__longTasks as number[];
    return {
      summary: w.__summary as number,
      frame: w.__frame as number,
      longest: Math.max(0, ...tasks),
      longTotal: tasks.reduce((a, b) => a + b, 0),
      shown: (document.querySelector('.summary') ?? document.querySelector('.error'))?.textContent ?? '',
    };
  });
  await popup.close();
  if (!r.shown.includes(n.toLocaleString('en')) && !r.shown.includes(String(n)))
    process.stderr.write(`\n[bench] popup at ${n} shows: ${r.shown.slice(0, 200)}\n`);
  return { ...r, toggle };
}

export async function popupReview(openSession: () => Promise<Session>, cfg: Config, sizes: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of sizes) {
    const session = await openSession();
    const size = `${n.toLocaleString('en')} entries`;
    try {
      const page = dblpPerson(n);
      // The entries' icons would be thousands of (blocked) requests, each a round trip through the test's router.
      await serve(session.context, page.url, page.html.replace(/<img\b[^>]*>/gi, ''));
      const tab = await session.context.newPage();
      await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 600_000 });
      const runs = cfg.quick ? 2 : Math.max(3, Math.round(cfg.runs / 3));
      const samples: Sample[] = [];
      for (let i = 0; i < 1 + runs; i++) {
        const s = await reviewOnce(session, page.url, n);
        if (i > 0) samples.push(s);
      }
      const note = `popup shows: "${samples[0]?.shown.replace(/\s+/g, ' ').slice(0, 120)}"`;
      rows.push({
        section: SECTION,
        name: 'popup opened -> summary in the DOM',
        size,
        unit: 'ms',
        value: summarize(samples.map((s) => s.summary)),
        note,
      });
      rows.push({
        section: SECTION,
        name: 'popup opened -> next frame after it',
        size,
        unit: 'ms',
        value: summarize(samples.map((s) => s.frame)),
      });
      rows.push({
        section: SECTION,
        name: "popup's longest main-thread task",
        size,
        unit: 'ms',
        value: summarize(samples.map((s) => s.longest)),
      });
      rows.push({
        section: SECTION,
        name: "popup's long tasks, total",
        size,
        unit: 'ms',
        value: summarize(samples.map((s) => s.longTotal)),
      });
      rows.push({ section: SECTION, name: 'checkbox click -> painted', size, unit: 'ms', value: summarize(samples.map((s) => s.toggle)) });
    } catch (e) {
      rows.push({
        section: SECTION,
        name: 'popup review',
        size,
        unit: 'ms',
        error: e instanceof Error ? (e.stack ?? e.message) : String(e),
      });
    } finally {
      await session.close();
    }
  }
  return rows;
}
