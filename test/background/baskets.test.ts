/**
 * "Collect across pages": the basket logic (dedup by identity keys, the store over a storage area that outlives the
 * background) and the background's basket service with fake browser ports, on the saved arXiv search page split into
 * pages of 50 (its entries 0-49, 49-98 and 98-147: each page repeats the last entry of the one before).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BasketService, BASKET_BADGE_COLOR } from '../../lib/background/baskets';
import { BasketStore, addPage, newBasket } from '../../lib/library/basket';
import { MemoryArea } from '../support/memory-area';
import { countPapers, getAllPapers, openLibrary, saveCandidates, type LibraryDb } from '../../lib/library/store';
import type { Candidate, PageScan, ReviewEntry } from '../../lib/model';
import { arxiv } from '../../lib/sites/arxiv';
import { fixtureDocument } from '../helpers';

const SEARCH = 'https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=50';
const pageUrl = (start: number) => `${SEARCH}&start=${start}`;
const full = arxiv.extract(fixtureDocument('pages/arxiv-search-200-2025-12.html'), new URL(`${SEARCH}&start=0`));
const pageScan = (start: number, from: number, to: number): PageScan => ({
  ...full,
  url: pageUrl(start),
  entries: full.entries.slice(from, to),
});
const LISTING = {
  key: 'arxiv:/search?query=distributed+systems&searchtype=abstract',
  label: 'arXiv search “distributed systems” (abstract)',
};

describe('basket logic', () => {
  it('the saved page holds 200 entries with 200 distinct arXiv ids (what the split pages are made of)', () => {
    expect(full.entries).toHaveLength(200);
    expect(new Set(full.entries.map((e) => e.ids.arxiv)).size).toBe(200);
  });

  it('adds each paper once: an entry repeated on the next page, or on the same page twice, is left out', () => {
    let basket = newBasket(LISTING, 'arxiv', 'feed', 1);
    let step = addPage(basket, pageUrl(0), full.entries.slice(0, 50));
    expect([step.added, step.basket.entries.length]).toEqual([50, 50]);
    basket = step.basket;
    step = addPage(basket, pageUrl(50), full.entries.slice(49, 99));
    expect([step.added, step.basket.entries.length, step.basket.pages.length]).toEqual([49, 99, 2]);
    // The same page read again (a reload): nothing new, still two pages.
    step = addPage(step.basket, pageUrl(50), full.entries.slice(49, 99));
    expect([step.added, step.basket.entries.length, step.basket.pages.length]).toEqual([0, 99, 2]);
    // One page listing one paper twice.
    const one = full.entries[150]!;
    step = addPage(step.basket, pageUrl(150), [one, { ...one, signals: {} }]);
    expect(step.added).toBe(1);
  });

  it('one paper under two identifiers is one entry (shares an identity key), distinct papers are not', () => {
    const a: Candidate = { title: 'A paper', authors: ['Ada Lovelace'], authorsTruncated: false, ids: { arxiv: '2512.00001' }, year: 2025 };
    const published: Candidate = { ...a, title: 'A paper (published)', ids: { arxiv: '2512.00001', doi: '10.1000/x' } };
    const other: Candidate = { ...a, title: 'Another paper', ids: { arxiv: '2512.00002' } };
    const { basket, added } = addPage(newBasket(LISTING, 'arxiv', 'feed', 1), pageUrl(0), [a, published, other]);
    expect(added).toBe(2);
    expect(basket.entries.map((e) => e.title)).toEqual(['A paper', 'Another paper']);
  });

  it('baskets outlive the background: a new store on the same storage area reads them; clear removes them', async () => {
    const area = new MemoryArea();
    const store = new BasketStore(area);
    await store.update(LISTING.key, () => ({
      basket: addPage(newBasket(LISTING, 'arxiv', 'feed', 5), pageUrl(0), full.entries.slice(0, 50)).basket,
      result: 0,
    }));
    const restarted = new BasketStore(area);
    const read = await restarted.get(LISTING.key);
    expect([read?.entries.length, read?.on, read?.startedAt, read?.pages]).toEqual([50, true, 5, [pageUrl(0)]]);
    await restarted.update(LISTING.key, () => ({ basket: null, result: 0 }));
    expect(await new BasketStore(area).get(LISTING.key)).toBeUndefined();
    expect(area.items.size).toBe(0);
  });

  it('a stored item that is no basket is dropped on reading, the others kept', async () => {
    const area = new MemoryArea();
    await new BasketStore(area).update(LISTING.key, () => ({ basket: newBasket(LISTING, 'arxiv', 'feed', 1), result: 0 }));
    area.items.set('basket:broken', { key: 'broken', entries: 'not a list' });
    area.items.set('unrelated', 42);
    const store = new BasketStore(area);
    expect(await store.get(LISTING.key)).toBeDefined();
    expect(await store.get('broken')).toBeUndefined();
    expect([...area.items.keys()].sort()).toEqual([`basket:${LISTING.key}`, 'unrelated']);
  });

  it('changes run one at a time: two pages added at once both land', async () => {
    const store = new BasketStore(new MemoryArea());
    await store.update(LISTING.key, () => ({ basket: newBasket(LISTING, 'arxiv', 'feed', 1), result: 0 }));
    const add = (start: number, from: number, to: number) =>
      store.update(LISTING.key, (b) => ({ basket: addPage(b!, pageUrl(start), full.entries.slice(from, to)).basket, result: 0 }));
    await Promise.all([add(0, 0, 50), add(50, 50, 100)]);
    expect((await store.get(LISTING.key))?.entries).toHaveLength(100);
  });
});

describe('basket service', () => {
  const ORIGIN = 'chrome-extension://abc';
  const fromPopup = { id: 'abc', url: `${ORIGIN}/popup.html?tabId=7` };
  const fromTab = (url: string) => ({ id: 'abc', url, tab: { id: 7, url } });
  let db: LibraryDb;
  let area: MemoryArea;
  let tabUrl: string;
  let scan: PageScan;
  let badges: Map<number, { text: string; color?: string }>;
  let scans: number;
  const service = () =>
    new BasketService({
      extensionId: 'abc',
      extensionOrigin: ORIGIN,
      storage: area,
      library: async () => db,
      requestScan: async () => {
        scans++;
        return scan;
      },
      tabUrl: async () => tabUrl,
      setBadge: async (tabId, text, color) => void badges.set(tabId, { text, color }),
    });
  /** The tab shows the page of the listing from `start`, with these entries; its content script reports its count. */
  const open = async (s: BasketService, start: number, from: number, to: number) => {
    tabUrl = pageUrl(start);
    scan = pageScan(start, from, to);
    await s.pageCounted({ type: 'count', url: tabUrl, count: to - from }, fromTab(tabUrl));
  };

  beforeEach(async () => {
    db = await openLibrary(new IDBFactory());
    area = new MemoryArea();
    badges = new Map();
    scans = 0;
    tabUrl = pageUrl(0);
    scan = pageScan(0, 0, 50);
  });

  it('collects the pages of the listing while on, shows its count on the badge, and survives a restart', async () => {
    const s = service();
    expect(await s.handle({ type: 'basketStatus', tabId: 7 }, fromPopup)).toMatchObject({
      ok: true,
      basket: null,
      listing: { label: LISTING.label },
    });
    // Pages opened before the basket is on are not collected (nor even read).
    await open(s, 0, 0, 50);
    expect(scans).toBe(0);
    const started = await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    expect(started).toMatchObject({ ok: true, basket: { count: 50, on: true, pages: [pageUrl(0)] } });
    expect(badges.get(7)).toEqual({ text: '50', color: BASKET_BADGE_COLOR });

    await open(s, 50, 49, 99);
    expect(badges.get(7)?.text).toBe('99');
    const restarted = service();
    await open(restarted, 100, 98, 148);
    expect(badges.get(7)?.text).toBe('148');
    expect(await restarted.badgeFor(7)).toBe('148');

    // Another listing's page is not collected.
    tabUrl = 'https://arxiv.org/search/?searchtype=all&query=graphs&size=50';
    scan = { ...pageScan(0, 150, 200), url: tabUrl };
    await restarted.pageCounted({ type: 'count', url: tabUrl, count: 50 }, fromTab(tabUrl));
    expect((await restarted.store.get(LISTING.key))?.entries).toHaveLength(148);
    expect(await restarted.badgeFor(7)).toBeNull();
  });

  it('stopped, the listing\'s pages add nothing and the badge is the page\'s own again; "Collect again" resumes', async () => {
    const s = service();
    await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    expect(await s.handle({ type: 'basketStop', key: LISTING.key }, fromPopup)).toEqual({ ok: true });
    await open(s, 50, 50, 100);
    expect((await s.store.get(LISTING.key))?.entries).toHaveLength(50);
    expect(await s.badgeFor(7)).toBeNull();
    await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    expect((await s.store.get(LISTING.key))?.entries).toHaveLength(100);
  });

  it('reviews the whole basket against the library and saves it in one transaction; clear empties it', async () => {
    await saveCandidates(db, full.entries.slice(0, 10), { site: 'arxiv', url: pageUrl(0), kind: 'feed' });
    const s = service();
    await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    await open(s, 50, 50, 100);
    const review = (await s.handle({ type: 'basketReview', key: LISTING.key }, fromPopup)) as {
      ok: true;
      entries: ReviewEntry[];
      basket: { startedAt: number };
    };
    expect(review.entries).toHaveLength(100);
    expect(review.entries.filter((e) => e.status === 'saved')).toHaveLength(10);
    const indices = review.entries.filter((e) => e.status === 'new').map((e) => e.index);
    const saved = await s.handle({ type: 'basketSave', key: LISTING.key, startedAt: review.basket.startedAt, indices }, fromPopup);
    expect(saved).toMatchObject({ ok: true, report: { added: 90, updated: 0 } });
    expect(await countPapers(db)).toBe(100);
    const one = (await getAllPapers(db)).find((p) => p.ids.arxiv === full.entries[60]!.ids.arxiv)!;
    expect(one.sources[0]).toMatchObject({ site: 'arxiv', url: pageUrl(0), context: LISTING.label });

    expect(await s.handle({ type: 'basketClear', key: LISTING.key }, fromPopup)).toEqual({ ok: true });
    expect(await s.handle({ type: 'basketReview', key: LISTING.key }, fromPopup)).toMatchObject({ ok: false });
    // A save naming the cleared basket is refused, also once a new basket of the listing was started.
    await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    expect(
      await s.handle({ type: 'basketSave', key: LISTING.key, startedAt: review.basket.startedAt - 1, indices: [0] }, fromPopup),
    ).toMatchObject({ ok: false, error: /cleared/ });
  });

  it('refuses bad messages, indices outside the basket, and basket messages from a page', async () => {
    const s = service();
    await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    const startedAt = (await s.store.get(LISTING.key))!.startedAt;
    expect(await s.handle({ type: 'basketSave', key: LISTING.key, startedAt, indices: [50] }, fromPopup)).toMatchObject({
      ok: false,
      error: 'Entry 50 is not in the basket (50 entries).',
    });
    expect(await s.handle({ type: 'basketSave', key: LISTING.key, startedAt, indices: [-1] }, fromPopup)).toMatchObject({ ok: false });
    expect(await s.handle({ type: 'basketStart', tabId: 'seven' }, fromPopup)).toMatchObject({ ok: false });
    expect(await s.handle({ type: 'basketClear', key: LISTING.key }, fromTab(pageUrl(0)))).toMatchObject({ ok: false });
    expect(await s.store.get(LISTING.key)).toBeDefined();
  });

  it('a page that is no listing offers no basket; a page the storage cannot take is reported, the basket kept', async () => {
    const s = service();
    tabUrl = 'https://arxiv.org/abs/2512.03003';
    expect(await s.handle({ type: 'basketStatus', tabId: 7 }, fromPopup)).toEqual({ ok: true, listing: null, basket: null });
    expect(await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup)).toMatchObject({ ok: false });

    tabUrl = pageUrl(0);
    await s.handle({ type: 'basketStart', tabId: 7 }, fromPopup);
    area.failNextSet = true;
    await open(s, 50, 50, 100);
    expect(await s.handle({ type: 'basketStatus', tabId: 7 }, fromPopup)).toMatchObject({
      basket: { count: 50 },
      problem: /could not be added.*QUOTA_BYTES/,
    });
    expect(badges.get(7)?.text).toBe('50');
  });
});
