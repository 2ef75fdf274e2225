import { describe, expect, it } from 'vitest';
import { ReviewedScans } from '../../lib/background/reviewed-scans';
import type { PageScan } from '../../lib/model';
import { MemoryArea } from '../support/memory-area';

const LIMITS = { scans: 3, entries: 10 };
const scanOf = (n: number, title = 'Paper'): PageScan => ({
  site: 'generic',
  kind: 'feed',
  url: 'https://lab.example/pubs',
  entries: Array.from({ length: n }, (_, i) => ({ title: `${title} ${i}`, authors: [], authorsTruncated: false, ids: {} })),
});

/** The worker as Chrome restarts it: a new object over the same session area. */
async function restart(scans: ReviewedScans, area: MemoryArea): Promise<ReviewedScans> {
  await scans.settled();
  return new ReviewedScans(LIMITS, area);
}

describe('reviewed scans held across service-worker restarts', () => {
  it('a scan held before a restart is found after it, as it was held', async () => {
    const area = new MemoryArea();
    const before = new ReviewedScans(LIMITS, area);
    before.hold('a', { tabId: 7, scan: scanOf(2, 'First') });
    const after = await restart(before, area);
    expect(await after.get('a')).toEqual({ tabId: 7, scan: scanOf(2, 'First') });
    expect(await after.get('made-up')).toBeUndefined();
  });

  it('the limits hold across restarts: the oldest scans leave the area too', async () => {
    const area = new MemoryArea();
    let scans = new ReviewedScans(LIMITS, area);
    scans.hold('a', { tabId: 1, scan: scanOf(1) });
    scans.hold('b', { tabId: 1, scan: scanOf(1) });
    scans = await restart(scans, area);
    scans.hold('c', { tabId: 2, scan: scanOf(1) });
    scans.hold('d', { tabId: 2, scan: scanOf(1) }); // a fourth: 'a' goes
    scans = await restart(scans, area);
    expect(await scans.get('a')).toBeUndefined();
    expect(area.items.has('review:a')).toBe(false);
    for (const id of ['b', 'c', 'd']) expect(await scans.get(id)).toBeDefined();
    scans.hold('e', { tabId: 3, scan: scanOf(9) }); // 12 entries in all: 'b' and 'c' go, which leaves 10
    await scans.settled();
    expect([...area.items.keys()].filter((k) => k.startsWith('review:'))).toEqual(['review:d', 'review:e']);
  });

  it("a tab's scans are forgotten after a restart too (the tab navigated: its review would save another page)", async () => {
    const area = new MemoryArea();
    const before = new ReviewedScans(LIMITS, area);
    before.hold('a', { tabId: 7, scan: scanOf(1) });
    before.hold('b', { tabId: 8, scan: scanOf(1) });
    const after = await restart(before, area);
    after.forgetTab(7);
    expect(await after.get('a')).toBeUndefined();
    expect(await after.get('b')).toBeDefined();
  });

  it('a scan over the area quota is still held by the worker; the scans stored before stay', async () => {
    const area = new MemoryArea();
    const scans = new ReviewedScans(LIMITS, area);
    scans.hold('a', { tabId: 7, scan: scanOf(1) });
    await scans.settled();
    area.failNextSet = true;
    scans.hold('b', { tabId: 7, scan: scanOf(2) });
    expect(await scans.get('b')).toBeDefined();
    const after = await restart(scans, area);
    expect(await after.get('a')).toBeDefined();
    expect(await after.get('b')).toBeUndefined();
  });

  it("a scan of more than 5,000 entries is held by the worker only (the area copies it in the worker's one thread)", async () => {
    const area = new MemoryArea();
    const scans = new ReviewedScans({ scans: 3, entries: 40_000 }, area);
    scans.hold('big', { tabId: 7, scan: scanOf(5001) });
    scans.hold('small', { tabId: 7, scan: scanOf(5000) });
    await scans.settled();
    expect(await scans.get('big')).toBeDefined();
    expect([...area.items.keys()].filter((k) => k.startsWith('review:'))).toEqual(['review:small']);
  });

  it('without an area (tests, old browsers) the worker alone holds them', async () => {
    const scans = new ReviewedScans(LIMITS);
    scans.hold('a', { tabId: 7, scan: scanOf(1) });
    expect(await scans.get('a')).toBeDefined();
  });
});
