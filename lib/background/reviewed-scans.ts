/**
 * The scans the popup reviewed, held for their saves. Chrome stops an idle service worker after 30 seconds (Firefox
 * unloads an idle event page too), and reading a long review takes longer: each scan is also written to a session
 * area (storage.session: it outlives the worker, ends with the browser session), where a save finds it after a
 * restart. The worker's own map answers first; the area is written in the background and read only on a miss.
 */
import type { PageScan } from '../model';
import type { KeyValueArea } from '../library/basket';

export interface HeldScan {
  tabId: number;
  scan: PageScan;
}

/** Which scans the area holds, oldest first, with their sizes (the limits count them after a restart too). */
interface HeldRecord {
  id: string;
  tabId: number;
  entries: number;
}

const PREFIX = 'review:';
const LIST_KEY = 'reviews';
/**
 * Larger scans are held by the worker only: the area copies a value when it is set (about 25 ms for 5,000 entries,
 * 130 ms for 20,000, in the worker's one thread) and holds 10 MB in Chrome.
 */
const STORED_ENTRIES = 5000;
/** After the current task: a write never delays the reply of the review that held the scan. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ReviewedScans {
  private readonly memory = new Map<string, HeldScan>();
  /** The area's list as this worker last wrote or read it; undefined until first needed. */
  private list: HeldRecord[] | undefined;
  /** Writes to the area, one after another (each rewrites the list). */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly limits: { scans: number; entries: number },
    private readonly area?: KeyValueArea,
  ) {}

  /** Hold `held` under `id`; the oldest scans go once more than the limits are held. */
  hold(id: string, held: HeldScan): void {
    this.memory.set(id, held);
    const inMemory = [...this.memory].map(([key, h]) => ({ id: key, entries: h.scan.entries.length }));
    for (const r of this.overLimits(inMemory, id)) this.memory.delete(r.id);
    if (held.scan.entries.length > STORED_ENTRIES) return;
    this.update(async (list) => {
      list.push({ id, tabId: held.tabId, entries: held.scan.entries.length });
      const dropped = this.overLimits(list, id);
      const area = this.area!;
      await area.remove(dropped.map((r) => PREFIX + r.id)).catch(() => {});
      try {
        await area.set({ [PREFIX + id]: held });
      } catch {
        // Over the area's quota (10 MB in Chrome): this scan is held by the worker only.
        list.pop();
      }
    });
  }

  /** The scan held under `id`, from this worker or, after a restart, from the area. */
  async get(id: string): Promise<HeldScan | undefined> {
    const held = this.memory.get(id);
    if (held || !this.area) return held;
    await this.writing;
    const stored = (await this.area.get(PREFIX + id).catch((): Record<string, unknown> => ({})))[PREFIX + id];
    return isHeldScan(stored) ? stored : undefined;
  }

  /** Drop every scan of the tab (it navigated or closed: a save of its review would save another page's papers). */
  forgetTab(tabId: number): void {
    for (const [id, held] of this.memory) if (held.tabId === tabId) this.memory.delete(id);
    this.update(async (list) => {
      const gone = list.filter((r) => r.tabId === tabId);
      if (!gone.length) return;
      list.splice(0, list.length, ...list.filter((r) => r.tabId !== tabId));
      await this.area!.remove(gone.map((r) => PREFIX + r.id)).catch(() => {});
    });
  }

  /** Settles when every write so far is done (tests). */
  settled(): Promise<void> {
    return this.writing;
  }

  /** Runs `change` on the area's list (read first when this worker has not yet), then writes the list back. */
  private update(change: (list: HeldRecord[]) => Promise<void>): void {
    const area = this.area;
    if (!area) return;
    this.writing = this.writing.then(nextTask).then(async () => {
      try {
        this.list ??= heldRecords((await area.get(LIST_KEY))[LIST_KEY]);
        await change(this.list);
        await area.set({ [LIST_KEY]: this.list });
      } catch {
        // The area failed (or is gone): the worker's own map still answers.
      }
    });
  }

  /** Removes from `list` (oldest first) the oldest records beyond the limits (never `keep`), and returns them. */
  private overLimits<R extends { id: string; entries: number }>(list: R[], keep: string): R[] {
    const dropped: R[] = [];
    let entries = list.reduce((n, r) => n + r.entries, 0);
    while (list.length > 1 && (list.length > this.limits.scans || entries > this.limits.entries) && list[0]!.id !== keep) {
      const r = list.shift()!;
      entries -= r.entries;
      dropped.push(r);
    }
    return dropped;
  }
}

function heldRecords(value: unknown): HeldRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is HeldRecord =>
      typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.tabId === 'number' && typeof r.entries === 'number',
  );
}

/** The area is the extension's own (no page writes it); a value of another shape is not a scan it held. */
function isHeldScan(value: unknown): value is HeldScan {
  const v = value as Partial<HeldScan> | null;
  return typeof v === 'object' && v !== null && typeof v.tabId === 'number' && Array.isArray(v.scan?.entries);
}
