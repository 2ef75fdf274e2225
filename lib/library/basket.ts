/**
 * "Collect across pages" baskets: the entries of every page of one paged listing (an arXiv search, a /list period,
 * a Hugging Face feed, a Semantic Scholar author, a dblp search) the user opens while the basket is on, each paper once.
 * Pure logic, and a small store over a key-value storage area (the browser's `storage.session` in the background,
 * a Map in tests) so baskets outlive the background's restarts.
 */
import { Basket, MAX_SCAN_ENTRIES, type BasketSummary, type Candidate, type PageKind } from '../model';
import { candidateIdentity, identityKeys } from '../identity';
import type { PagedListing } from '../sites/adapter';

export function newBasket(listing: PagedListing, site: string, kind: PageKind, now: number): Basket {
  return { key: listing.key, label: listing.label, site, kind, on: true, entries: [], pages: [], startedAt: now };
}

/**
 * The basket with a page's entries added: an entry sharing any identity key (lib/identity.ts) with one already in the
 * basket, or with an earlier entry of the same page, is the same paper and is left out. At most MAX_SCAN_ENTRIES
 * entries: beyond, the page's remaining entries are counted as `full`.
 */
export function addPage(basket: Basket, pageUrl: string, entries: readonly Candidate[]): { basket: Basket; added: number; full: number } {
  const seen = new Set(basket.entries.flatMap(keysOf));
  const kept: Candidate[] = [];
  let full = 0;
  for (const entry of entries) {
    const keys = keysOf(entry);
    if (keys.some((k) => seen.has(k))) continue;
    if (basket.entries.length + kept.length >= MAX_SCAN_ENTRIES) {
      full++;
      continue;
    }
    for (const k of keys) seen.add(k);
    kept.push(entry);
  }
  const pages = basket.pages.includes(pageUrl) ? basket.pages : [...basket.pages, pageUrl];
  return { basket: { ...basket, entries: [...basket.entries, ...kept], pages }, added: kept.length, full };
}

function keysOf(c: Candidate): string[] {
  return identityKeys(candidateIdentity(c));
}

export function summaryOf({ entries, ...rest }: Basket): BasketSummary {
  return { ...rest, count: entries.length };
}

/** The slice of `browser.storage.session` (or `.local`) the baskets use. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'basket:';

/**
 * Baskets by listing key, kept in a storage area (one item each) and in memory. Every change goes through `update`,
 * one at a time, so two tabs adding pages at once never lose each other's entries. A stored basket that does not
 * read back as a Basket (a future or damaged item) is left out and removed.
 */
export class BasketStore {
  private cache: Promise<Map<string, Basket>> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: KeyValueArea) {}

  private all(): Promise<Map<string, Basket>> {
    this.cache ??= this.area.get(null).then(async (items) => {
      const baskets = new Map<string, Basket>();
      const bad: string[] = [];
      for (const [item, value] of Object.entries(items)) {
        if (!item.startsWith(PREFIX)) continue;
        const parsed = Basket.safeParse(value);
        if (parsed.success) baskets.set(parsed.data.key, parsed.data);
        else bad.push(item);
      }
      if (bad.length) await this.area.remove(bad);
      return baskets;
    });
    return this.cache;
  }

  async get(key: string): Promise<Basket | undefined> {
    await this.queue;
    return (await this.all()).get(key);
  }

  /**
   * Change one basket: `change` gets the stored basket (or undefined) and returns the new one, or null to delete it,
   * or undefined to leave it as it is. Stored before the promise resolves; a failed write leaves the basket as it was.
   */
  update<T>(key: string, change: (basket: Basket | undefined) => { basket: Basket | null | undefined; result: T }): Promise<T> {
    const run = this.queue.then(async () => {
      const baskets = await this.all();
      const { basket, result } = change(baskets.get(key));
      if (basket === null) {
        await this.area.remove(PREFIX + key);
        baskets.delete(key);
      } else if (basket !== undefined) {
        await this.area.set({ [PREFIX + key]: basket });
        baskets.set(key, basket);
      }
      return result;
    });
    this.queue = run.catch(() => {});
    return run;
  }
}
