/**
 * What the "Saved" marks cost the page: main-thread time of the content script (CPU samples under the extension's
 * content-script URLs) from navigation until every entry of a dblp person page of n entries carries its mark, with
 * the whole page saved in the library; against the same page with the marks turned off (the setting).
 */
import type { Page } from 'playwright-core';
import { serve, unserve, type Session } from '../browser';
import { dblpPerson } from '../pages';
import { summarize } from '../stats';
import { attribute, waitForBadge, type Profile } from './content-script';
import type { Config, Row } from './types';

async function untilMarks(page: Page, n: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await page.locator('[data-papershelf-saved]').count()) >= n) return true;
    await page.waitForTimeout(25);
  }
  return false;
}

/** One profiled load: ms of content-script samples until the marks are there (on) or the badge is set and idle passed (off). */
async function profiledLoad(session: Session, url: string, n: number, marksOn: boolean): Promise<number> {
  // The content script and the site's script the background injects for the marks (site-scripts/<id>.js).
  const origin = `chrome-extension://${session.extensionId}/`;
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await waitForBadge(session, url, 10_000);
  if (marksOn) {
    if (!(await untilMarks(page, n, 15_000))) throw new Error(`marks did not reach ${n}`);
  } else await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  await page.close();
  return attribute(profile, `${origin}content-scripts/`).total + attribute(profile, `${origin}site-scripts/`).total;
}

export async function savedMarks(session: Session, cfg: Config, sizes: number[] = [200, 1000]): Promise<Row[]> {
  const rows: Row[] = [];
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/bench-blank.html`);
  const setMarks = (on: boolean) => ext.evaluate((v) => chrome.storage.local.set({ showSavedMarks: v }), on);
  for (const n of sizes) {
    const bp = dblpPerson(n);
    try {
      await serve(session.context, bp.url, bp.html);
      // Save the whole page once: the content script's scan, sent as the side panel's save.
      const page = await session.context.newPage();
      await page.goto(bp.url, { waitUntil: 'load' });
      await waitForBadge(session, bp.url, 10_000);
      // Saved as the popup saves: a review of the tab, then every entry of that reviewed scan.
      const tabId = await session.worker!.evaluate(async (pattern) => (await chrome.tabs.query({ url: pattern }))[0]!.id!, bp.url);
      const reviewed = (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'review', tabId: id }), tabId)) as {
        review?: { scanId?: string; entries: unknown[] };
      };
      const scanId = reviewed.review?.scanId;
      if (!scanId) throw new Error(`review failed: ${JSON.stringify(reviewed).slice(0, 200)}`);
      const indices = reviewed.review!.entries.map((_, i) => i);
      const reply = (await ext.evaluate(
        ({ id, scan, all }) => chrome.runtime.sendMessage({ type: 'save', tabId: id, scanId: scan, indices: all }),
        { id: tabId, scan: scanId, all: indices },
      )) as { ok: boolean };
      if (!reply.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
      if (!(await untilMarks(page, n, 15_000))) throw new Error(`marks did not reach ${n} after the save`);
      await page.close();

      const runs = Math.max(3, Math.ceil(cfg.runs * 0.5));
      const on: number[] = [];
      const off: number[] = [];
      for (let i = 0; i < cfg.warmup + runs; i++) {
        await setMarks(true);
        const a = await profiledLoad(session, bp.url, n, true);
        await setMarks(false);
        const b = await profiledLoad(session, bp.url, n, false);
        if (i < cfg.warmup) continue;
        on.push(a);
        off.push(b);
      }
      await setMarks(true);
      rows.push({
        section: 'Saved marks (Chromium)',
        name: 'content-script time until every entry is marked (dblp person page, all saved)',
        size: `${n} entries`,
        unit: 'ms',
        value: summarize(on),
        floor: { name: 'same page, marks off (badge only)', value: summarize(off) },
        note: `CPU samples under content-scripts/* and site-scripts/* (100 µs sampling inflates it), page load to ${n} marks; marks cost ≈ ${(summarize(on).median - summarize(off).median).toFixed(1)} ms median`,
      });
    } catch (e) {
      rows.push({
        section: 'Saved marks (Chromium)',
        name: 'content-script time until every entry is marked',
        size: `${n} entries`,
        unit: 'ms',
        error: String(e),
      });
    } finally {
      await unserve(session.context, bp.url).catch(() => {});
    }
  }
  await ext.close();
  return rows;
}
