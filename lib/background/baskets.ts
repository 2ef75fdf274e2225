/**
 * The background's side of "collect across pages": the popup's basket messages, and the pages of a listing whose
 * basket is on. A page's own content script reports its count (as on every claimed page); when that page belongs to
 * a listing with a basket on, the background asks the same script for its scan and adds the entries. Content
 * scripts stay as they are. Independent of the browser API object, so it is tested with fakes.
 */
import { BasketMessage, ContentMessage, type BasketSummary, type PageScan, type ReviewEntry, type SaveReport } from '../model';
import { BasketStore, addPage, newBasket, summaryOf, type KeyValueArea } from '../library/basket';
import { reviewScan, saveCandidates, type LibraryDb } from '../library/store';
import { describeIssue, validatePageScan } from '../library/page-scan';
import { cleanScan } from '../text/clean';
import { pagedListingOf } from '../sites/registry';
import type { PagedListing } from '../sites/adapter';
import { badgeText, type Reply, type Sender } from './service';

/** The badge's colour while it shows a basket's count rather than the page's. */
export const BASKET_BADGE_COLOR = '#7a3db8';

export interface BasketPorts {
  extensionId: string;
  extensionOrigin: string;
  storage: KeyValueArea;
  library(): Promise<LibraryDb>;
  /** The tab's page scan from its content script (as the popup's review gets it). */
  requestScan(tabId: number): Promise<unknown>;
  /** The tab's URL, when the extension may see it (the adapters' hosts). */
  tabUrl(tabId: number): Promise<string | undefined>;
  setBadge(tabId: number, text: string, color?: string): Promise<void>;
}

export type BasketStatus = { listing: PagedListing | null; basket: BasketSummary | null };
export type BasketReview = { basket: BasketSummary; entries: ReviewEntry[] };

export function isBasketMessage(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('basket');
}

export class BasketService {
  readonly store: BasketStore;
  /** Why the last page could not be added, by basket key (shown in the popup until the next page is added). */
  private readonly problems = new Map<string, string>();

  constructor(private readonly ports: BasketPorts) {
    this.store = new BasketStore(ports.storage);
  }

  /** A message from the popup (extension pages only). */
  async handle(message: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== undefined && sender.id !== this.ports.extensionId) return { ok: false, error: 'unknown sender' };
    if (!sender.url?.startsWith(this.ports.extensionOrigin)) return { ok: false, error: 'basket messages come from the popup only' };
    const parsed = BasketMessage.safeParse(message);
    if (!parsed.success) return { ok: false, error: describeIssue(parsed.error) };
    const m = parsed.data;
    try {
      switch (m.type) {
        case 'basketStatus':
          return { ok: true, ...(await this.status(m.tabId)) };
        case 'basketStart':
          return await this.start(m.tabId);
        case 'basketStop':
          await this.store.update(m.key, (b) => ({ basket: b && { ...b, on: false }, result: undefined }));
          return { ok: true };
        case 'basketClear':
          await this.store.update(m.key, () => ({ basket: null, result: undefined }));
          this.problems.delete(m.key);
          return { ok: true };
        case 'basketReview':
          return await this.review(m.key);
        case 'basketSave':
          return await this.save(m.key, m.startedAt, m.indices, m.tags);
      }
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  async status(tabId: number): Promise<BasketStatus & { problem?: string }> {
    const listing = await this.pagedListingOfTab(tabId);
    const basket = listing ? await this.store.get(listing.key) : undefined;
    const problem = listing ? this.problems.get(listing.key) : undefined;
    return { listing, basket: basket ? summaryOf(basket) : null, ...(problem ? { problem } : {}) };
  }

  /** Turn the basket of the tab's listing on (a new one, or a stopped one again) and add the tab's page. */
  async start(tabId: number): Promise<Reply<BasketStatus>> {
    const listing = await this.pagedListingOfTab(tabId);
    if (!listing) return { ok: false, error: 'This page is not one page of a longer listing.' };
    const scan = await this.scanOf(tabId);
    if (!scan.ok) return scan;
    const site = scan.scan.site;
    await this.store.update(listing.key, (b) => ({
      basket: b ? { ...b, on: true } : newBasket(listing, site, scan.scan.kind, Date.now()),
      result: undefined,
    }));
    await this.addToBasket(tabId, listing.key, scan.scan);
    return { ok: true, ...(await this.status(tabId)) };
  }

  /**
   * A content script reported its page's count (already answered by PapershelfService): when the page is one of a
   * listing whose basket is on, read its entries into the basket. Anything else is ignored.
   */
  async pageCounted(message: unknown, sender: Sender): Promise<void> {
    if ((message as { type?: unknown } | null)?.type !== 'count') return;
    if (sender.id !== undefined && sender.id !== this.ports.extensionId) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.url?.startsWith(this.ports.extensionOrigin)) return;
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success || parsed.data.type !== 'count') return;
    const listing = pagedListingOf(new URL(parsed.data.url));
    if (!listing || !(await this.store.get(listing.key))?.on) return;
    const scan = await this.scanOf(tabId);
    if (!scan.ok) {
      this.problems.set(listing.key, scan.error);
      return;
    }
    // The tab may have moved on while it was read: its scan names the page it read.
    if (pagedListingOf(new URL(scan.scan.url))?.key !== listing.key) return;
    await this.addToBasket(tabId, listing.key, scan.scan);
  }

  /** The badge text for a tab while its listing's basket is on (the basket's count), else null (the page's own). */
  async badgeFor(tabId: number): Promise<string | null> {
    const listing = await this.pagedListingOfTab(tabId);
    const basket = listing ? await this.store.get(listing.key) : undefined;
    return basket?.on ? badgeText(basket.entries.length) || '0' : null;
  }

  async review(key: string): Promise<Reply<BasketReview>> {
    const basket = await this.store.get(key);
    if (!basket) return { ok: false, error: 'This basket was cleared.' };
    const entries = await reviewScan(await this.ports.library(), asScan(basket));
    return { ok: true, basket: summaryOf(basket), entries };
  }

  /** Save entries of the basket, by their indices in it, in one transaction through the library writer. */
  async save(key: string, startedAt: number, indices: number[], tags?: string[]): Promise<Reply<{ report: SaveReport }>> {
    const basket = await this.store.get(key);
    if (!basket || basket.startedAt !== startedAt)
      return { ok: false, error: 'The basket was cleared since you reviewed it; review it again.' };
    const outside = indices.find((i) => i >= basket.entries.length);
    if (outside !== undefined) return { ok: false, error: `Entry ${outside} is not in the basket (${basket.entries.length} entries).` };
    if (indices.length === 0) return { ok: false, error: 'Nothing selected.' };
    const chosen = indices.map((i) => basket.entries[i]!);
    const source = { site: basket.site, url: basket.pages[0]!, kind: basket.kind, context: basket.label };
    const report = await saveCandidates(await this.ports.library(), chosen, source, { tags });
    return { ok: true, report };
  }

  private async pagedListingOfTab(tabId: number): Promise<PagedListing | null> {
    const url = await this.ports.tabUrl(tabId).catch(() => undefined);
    if (!url || !/^https?:/.test(url)) return null;
    return pagedListingOf(new URL(url));
  }

  private async scanOf(tabId: number): Promise<{ ok: true; scan: PageScan } | { ok: false; error: string }> {
    let raw: unknown;
    try {
      raw = await this.ports.requestScan(tabId);
    } catch (e) {
      return { ok: false, error: `Papershelf cannot read this page (${e instanceof Error ? e.message : String(e)}).` };
    }
    if (raw === null || raw === undefined) return { ok: false, error: 'Papershelf found no papers on this page.' };
    const parsed = validatePageScan(raw);
    if (!parsed.ok) return { ok: false, error: `The page sent data Papershelf cannot use: ${parsed.error}` };
    return { ok: true, scan: cleanScan(parsed.scan) };
  }

  private async addToBasket(tabId: number, key: string, scan: PageScan): Promise<void> {
    let count = 0;
    try {
      const full = await this.store.update(key, (b) => {
        if (!b?.on) return { basket: undefined, result: 0 };
        const next = addPage(b, scan.url, scan.entries);
        count = next.basket.entries.length;
        return { basket: next.basket, result: next.full };
      });
      if (full) this.problems.set(key, `The basket is full: ${full} entries of the last page were left out.`);
      else this.problems.delete(key);
    } catch (e) {
      // Storage refused the write (its quota): the basket stays as it was, and the popup says why.
      this.problems.set(key, `The last page could not be added to the basket (${e instanceof Error ? e.message : String(e)}).`);
      count = (await this.store.get(key))?.entries.length ?? 0;
    }
    await this.ports.setBadge(tabId, badgeText(count) || '0', BASKET_BADGE_COLOR);
  }
}

/** A basket as one scan of its listing, for the library's review. */
function asScan(basket: { site: string; kind: PageScan['kind']; pages: string[]; entries: PageScan['entries']; label: string }): PageScan {
  return { site: basket.site, kind: basket.kind, url: basket.pages[0]!, context: { title: basket.label }, entries: basket.entries };
}
