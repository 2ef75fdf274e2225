/**
 * What the installed extension costs a matched page before the user does anything: main-thread time of the real
 * content script (CPU profile of the page's renderer, samples attributed to frames whose script URL is one of the
 * extension's content scripts), and the content scripts' size minified and gzipped.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve, unserve, type Session } from '../browser';
import { minifyScript } from '../bundle';
import { arxivSearch200 } from '../pages';
import { summarize } from '../stats';
import { judge } from '../budgets';
import type { Config, Row } from './types';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** ms of samples whose stack contains a frame from `prefix`, and the heaviest self-time functions in it. */
export function attribute(profile: Profile, prefix: string): { total: number; top: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const cached = ours.get(id);
    if (cached !== undefined) return cached;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = n.callFrame.url.startsWith(prefix) || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  let total = 0;
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    // timeDeltas[i] is the time since the previous sample; sample i covers the interval up to the next one.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!isOurs(id)) continue;
    total += dt;
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return { total, top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

/** Wait until the background has the content script's scan of the tab (it sets the badge to the entry count). */
export async function waitForBadge(session: Session, url: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const badge = await session.worker!.evaluate(
      async (pattern) => {
        const [tab] = await chrome.tabs.query({ url: pattern });
        return tab?.id !== undefined ? chrome.action.getBadgeText({ tabId: tab.id }) : '';
      },
      url.replace(/\?.*$/, '*'),
    );
    if (badge) return badge;
    await new Promise((r) => setTimeout(r, 25));
  }
  return '';
}

/** Main-thread JavaScript time of a page load (CDP Performance.getMetrics ScriptDuration, all worlds), in ms. */
async function scriptDuration(session: Session, url: string, matched: boolean): Promise<{ script: number; task: number; badge: string }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  const badge = matched ? await waitForBadge(session, url, 5000) : '';
  // Unmatched: nothing will report; give an idle callback the same chance to run.
  await page.waitForTimeout(matched ? 50 : 300);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (n: string) => (metrics.find((x) => x.name === n)?.value ?? NaN) * 1000;
  await cdp.detach();
  await page.close();
  return { script: m('ScriptDuration'), task: m('TaskDuration'), badge };
}

/**
 * The messaging floor: a minimal MV3 extension whose content script only counts the page's entries and sends the
 * count to its background, which sets the badge (what Papershelf's content script must do at least). Written next to
 * the bench build; loaded in its own browser.
 */
const FLOOR_HOST = 'https://arxiv-floor.example/';
function writeMessagingFloor(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'messaging floor',
    version: '1.0',
    background: { service_worker: 'background.js' },
    action: {},
    // As Papershelf's own hosts: lets the bench find the tab by URL to read its badge.
    host_permissions: [`${FLOOR_HOST}*`],
    content_scripts: [{ matches: [`${FLOOR_HOST}*`], js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'content.js'),
    "chrome.runtime.sendMessage({ type: 'scan', count: document.querySelectorAll('li.arxiv-result').length });\n",
  );
  writeFileSync(
    join(dir, 'background.js'),
    'chrome.runtime.onMessage.addListener((m, sender) => { if (sender.tab) chrome.action.setBadgeText({ tabId: sender.tab.id, text: String(m.count) }); });\n',
  );
}

/**
 * The floor extension in a browser of its own, open beside Papershelf's so the two are measured in turn (the machine's
 * load moves both alike): `measure` gives the main-thread JS its content script adds to one page load.
 */
async function openMessagingFloor(
  launchWith: (dir: string) => Promise<Session>,
  html: string,
  extensionDir: string,
): Promise<{ measure: () => Promise<number>; close: () => Promise<void> }> {
  const dir = join(extensionDir, '..', 'messaging-floor');
  writeMessagingFloor(dir);
  const session = await launchWith(dir);
  const matched = `${FLOOR_HOST}list/cs`;
  const plain = 'https://arxiv-plain.example/list/cs';
  await serve(session.context, matched, html);
  await serve(session.context, plain, html);
  return {
    measure: async () => {
      const a = await scriptDuration(session, matched, true);
      const b = await scriptDuration(session, plain, false);
      if (!a.badge) throw new Error('the messaging floor extension set no badge');
      return a.script - b.script;
    },
    close: () => session.close(),
  };
}

export async function contentScript(session: Session, cfg: Config, launchWith?: (dir: string) => Promise<Session>): Promise<Row[]> {
  const rows: Row[] = [];
  const { context, extensionId } = session;
  const bp = arxivSearch200();
  // The same page at a host no adapter claims: no content script runs there (the floor: the page itself).
  const unmatched = bp.url.replace('https://arxiv.org/', 'https://arxiv-mirror.example/');
  const prefix = `chrome-extension://${extensionId}/content-scripts/`;
  try {
    await serve(context, bp.url, bp.html);
    await serve(context, unmatched, bp.html);
    const runs = Math.max(7, cfg.runs);
    const withCs: number[] = [];
    const without: number[] = [];
    const floor: number[] = [];
    let floorError = '';
    const floorBrowser = launchWith
      ? await openMessagingFloor(launchWith, bp.html, cfg.extensionDir).catch((e) => ((floorError = String(e)), undefined))
      : undefined;
    let badge = '';
    try {
      // The content script and the floor in turn, run by run.
      for (let i = 0; i < cfg.warmup + runs; i++) {
        const a = await scriptDuration(session, bp.url, true);
        const b = await scriptDuration(session, unmatched, false);
        const f =
          floorBrowser && !floorError ? await floorBrowser.measure().catch((e) => ((floorError = String(e)), undefined)) : undefined;
        badge = a.badge;
        if (i < cfg.warmup) continue;
        withCs.push(a.script);
        without.push(b.script);
        if (f !== undefined) floor.push(f);
      }
    } finally {
      await floorBrowser?.close();
    }
    const value = summarize(withCs.map((x, i) => x - without[i]!));
    const floorValue = floor.length && !floorError ? summarize(floor) : undefined;
    rows.push(
      judge(
        {
          section: 'Content script (Chromium)',
          name: 'main-thread JS added on a matched page (arXiv 200)',
          size: '200 entries',
          unit: 'ms',
          value,
          ...(floorValue
            ? { floor: { name: 'bare messaging round trip (a content script that only sends a count)', value: floorValue } }
            : {}),
          ...(floorValue ? { ratio: value.median / floorValue.median } : {}),
          note: `CDP ScriptDuration (thread time) with the content script minus the same page on a host no adapter claims (${summarize(without).median.toFixed(1)} ms); with ${summarize(withCs).median.toFixed(1)} ms; badge "${badge}" (scan delivered). Floor: the same measure for a minimal extension whose content script sends one message with the entry count and whose background sets the badge, in its own browser, measured in turn with the content script run by run${floorError ? `; FLOOR ERROR ${floorError.slice(0, 200)}` : ''}`,
        },
        'contentScript',
      ),
    );

    // Attribution: a CPU profile of the page's main thread; samples under the content script's URL.
    const top = new Map<string, number>();
    const times: number[] = [];
    const profRuns = cfg.quick ? 2 : 4;
    for (let i = 0; i < profRuns; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(bp.url, { waitUntil: 'load' });
      await waitForBadge(session, bp.url, 5000);
      await page.waitForTimeout(50);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      await page.close();
      const a = attribute(profile, prefix);
      times.push(a.total);
      for (const [k, v] of a.top) top.set(k, (top.get(k) ?? 0) + v / profRuns);
    }
    const hot = [...top.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    rows.push({
      section: 'Content script (Chromium)',
      name: 'same, CPU-profiled (attribution; sampling inflates it)',
      size: '200 entries',
      unit: 'ms',
      value: summarize(times),
      note: `samples under ${prefix}*; self time by (minified) function, avg ms: ${hot}`,
    });
  } catch (e) {
    rows.push({ section: 'Content script (Chromium)', name: 'main-thread time on matched page (arXiv 200)', unit: 'ms', error: String(e) });
  } finally {
    await unserve(context, bp.url).catch(() => {});
    await unserve(context, unmatched).catch(() => {});
  }

  try {
    const dir = join(cfg.extensionDir, 'content-scripts');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .sort()) {
      const code = readFileSync(join(dir, file), 'utf8');
      const min = await minifyScript(code);
      const gz = gzipSync(min, { level: 9 }).length;
      rows.push(
        judge(
          {
            section: 'Content script bundle',
            name: `content-scripts/${file}`,
            size: 'minified',
            unit: 'bytes',
            scalar: min.length,
            note: `as built ${code.length} B; gzipped ${gz} B`,
          },
          'contentBundle',
        ),
      );
    }
  } catch (e) {
    rows.push({ section: 'Content script bundle', name: 'content-scripts/*.js', unit: 'bytes', error: String(e) });
  }
  return rows;
}
