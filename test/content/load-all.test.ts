import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAll, MAX_PRESSES, PRESS_INTERVAL_MS, ROWS_TIMEOUT_MS, type LoadablePage } from '../../lib/content/load-all';
import type { LoadAllProgress } from '../../lib/model';

/**
 * A page whose "Show more" answers each press after `latencyMs` with the next block of rows (the site's own
 * request), disabling the control once the list is whole; `robotAfter` presses, it shows a robot check instead.
 */
class FakeListPage implements LoadablePage {
  rowCount: number;
  presses: number[] = [];
  enabled = true;
  robot: string | null = null;
  private listeners = new Set<() => void>();

  constructor(
    private readonly opts: {
      first: number;
      total: number;
      pageSize: number;
      latencyMs: number;
      robotAfter?: number;
      deaf?: boolean;
      statedTotal?: boolean;
    },
  ) {
    this.rowCount = opts.first;
  }
  readonly button = { click: () => this.press() } as unknown as HTMLElement;
  control = () => (this.enabled ? this.button : null);
  rows = () => this.rowCount;
  robotCheck = () => (this.robot ? { text: this.robot } : null);
  total = () => (this.opts.statedTotal ? this.opts.total : undefined);
  onChange(cb: () => void) {
    this.listeners.add(cb);
    return () => void this.listeners.delete(cb);
  }
  private changed() {
    for (const cb of [...this.listeners]) cb();
  }
  private press() {
    this.presses.push(Date.now());
    if (this.opts.deaf) return;
    const n = this.presses.length;
    setTimeout(() => {
      if (this.opts.robotAfter !== undefined && n > this.opts.robotAfter) {
        this.robot = "Please show you're not a robot";
      } else {
        this.rowCount = Math.min(this.opts.total, this.rowCount + this.opts.pageSize);
        if (this.rowCount >= this.opts.total) this.enabled = false;
      }
      this.changed();
    }, this.opts.latencyMs);
  }
}

async function runToEnd(page: FakeListPage) {
  const reports: LoadAllProgress[] = [];
  const run = loadAll(page, (p) => reports.push(p));
  let last: LoadAllProgress | undefined;
  void run.done.then((p) => (last = p));
  await vi.runAllTimersAsync();
  return { reports, last: last!, run };
}

describe('loadAll (the "Show more" loop)', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('presses until the control is disabled, reporting each block of rows, and ends "done" with every row', async () => {
    const page = new FakeListPage({ first: 20, total: 67, pageSize: 20, latencyMs: 300 });
    const { reports, last } = await runToEnd(page);
    expect(page.presses).toHaveLength(3); // 20 -> 40 -> 60 -> 67
    expect(reports.map((r) => r.loaded)).toEqual([20, 40, 60, 67]);
    expect(reports.every((r) => r.state === 'loading' && r.total === undefined)).toBe(true);
    expect(last).toEqual({ state: 'done', loaded: 67 });
  });

  it('keeps at least a second between presses, even when rows arrive at once', async () => {
    const page = new FakeListPage({ first: 20, total: 220, pageSize: 20, latencyMs: 5 });
    await runToEnd(page);
    expect(page.presses).toHaveLength(10);
    const gaps = page.presses.slice(1).map((t, i) => t - page.presses[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(PRESS_INTERVAL_MS);
    expect(Math.max(...gaps)).toBeLessThan(PRESS_INTERVAL_MS + 50);
  });

  it('waits for the rows, not a fixed time: a slow answer delays the next press', async () => {
    const page = new FakeListPage({ first: 20, total: 80, pageSize: 20, latencyMs: 4000 });
    await runToEnd(page);
    expect(page.presses).toEqual([0, 4250, 8500]); // answer at +4000, then the 250 ms settle
  });

  it('says "of N" where the page states the total', async () => {
    const page = new FakeListPage({ first: 20, total: 45, pageSize: 20, latencyMs: 100, statedTotal: true });
    const { reports, last } = await runToEnd(page);
    expect(reports[0]).toEqual({ state: 'loading', loaded: 20, total: 45 });
    expect(last).toEqual({ state: 'done', loaded: 45, total: 45 });
  });

  it('stops at the robot check with its words, keeping the rows loaded so far, and presses no more', async () => {
    const page = new FakeListPage({ first: 20, total: 500, pageSize: 20, latencyMs: 200, robotAfter: 2 });
    const { last } = await runToEnd(page);
    expect(last).toEqual({ state: 'robot', loaded: 60, message: "Please show you're not a robot" });
    expect(page.presses).toHaveLength(3);
  });

  it('does not press at all when a robot check is already on the page', async () => {
    const page = new FakeListPage({ first: 20, total: 500, pageSize: 20, latencyMs: 200 });
    page.robot = 'Our systems have detected unusual traffic';
    const { last } = await runToEnd(page);
    expect(last.state).toBe('robot');
    expect(page.presses).toHaveLength(0);
  });

  it('gives up after the cap when a press brings nothing, and says so', async () => {
    const page = new FakeListPage({ first: 20, total: 500, pageSize: 20, latencyMs: 0, deaf: true });
    const { last } = await runToEnd(page);
    expect(page.presses).toHaveLength(1);
    expect(last.state).toBe('stalled');
    expect(last.loaded).toBe(20);
    expect(last.message).toMatch(/no more rows within 15 seconds/);
    expect(Date.now()).toBe(ROWS_TIMEOUT_MS);
  });

  it('ends "done" without pressing when the list is already whole', async () => {
    const page = new FakeListPage({ first: 20, total: 20, pageSize: 20, latencyMs: 0 });
    page.enabled = false;
    const { last } = await runToEnd(page);
    expect(last).toEqual({ state: 'done', loaded: 20 });
    expect(page.presses).toHaveLength(0);
  });

  it('Cancel between presses stops at once, without another press', async () => {
    const page = new FakeListPage({ first: 20, total: 500, pageSize: 20, latencyMs: 300 });
    const run = loadAll(page, () => {});
    await vi.advanceTimersByTimeAsync(500); // first press's rows in at 300, next press due at 1000
    run.cancel();
    expect(await run.done).toEqual({ state: 'cancelled', loaded: 40 });
    await vi.runAllTimersAsync();
    expect(page.presses).toEqual([0]);
  });

  it("Cancel while a press waits: that press's rows still arrive and are counted, and no press follows", async () => {
    const page = new FakeListPage({ first: 20, total: 500, pageSize: 20, latencyMs: 300 });
    const run = loadAll(page, () => {});
    await vi.advanceTimersByTimeAsync(1100); // second press at 1000, its rows due at 1300
    expect(page.presses).toEqual([0, 1000]);
    run.cancel();
    let last: LoadAllProgress | undefined;
    void run.done.then((p) => (last = p));
    await vi.advanceTimersByTimeAsync(100);
    expect(last).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(last).toEqual({ state: 'cancelled', loaded: 60 });
    await vi.runAllTimersAsync();
    expect(page.presses).toHaveLength(2);
  });

  it('stops after MAX_PRESSES presses', async () => {
    const page = new FakeListPage({ first: 0, total: 10_000_000, pageSize: 1, latencyMs: 0 });
    const { last } = await runToEnd(page);
    expect(page.presses).toHaveLength(MAX_PRESSES);
    expect(last.state).toBe('stalled');
  });
});
