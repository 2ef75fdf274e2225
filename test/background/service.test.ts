import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PapershelfService, STALE_REVIEW, badgeText } from '../../lib/background/service';
import { entryKeys } from '../../lib/content/saved-marks';
import type { PageScan, Review } from '../../lib/model';
import { getAllPapers, openLibrary, type LibraryDb } from '../../lib/library/store';
import { huggingface } from '../../lib/sites/huggingface';
import { fixtureDocument } from '../helpers';
import { MemoryArea } from '../support/memory-area';

const HF_URL = 'https://huggingface.co/papers/date/2024-08-01';
const ORIGIN = 'chrome-extension://abc';
const hfScan = () => huggingface.extract(fixtureDocument('pages/huggingface-daily-2024-08-01.html'), new URL(HF_URL));

let db: LibraryDb;
let badges: Map<number, string>;
let pageScan: unknown;
let service: PapershelfService;
const fromTab = (id = 7, url = HF_URL) => ({ id: 'abc', url, tab: { id, url } });
const fromPopup = { id: 'abc', url: `${ORIGIN}/popup.html?tabId=7` };

beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
  badges = new Map();
  pageScan = hfScan();
  service = new PapershelfService(
    {
      extensionId: 'abc',
      extensionOrigin: ORIGIN,
      requestScan: async () => pageScan,
      setBadge: async (tabId, text) => void badges.set(tabId, text),
    },
    async () => db,
  );
});

async function reviewOf(tabId: number): Promise<Review> {
  const reply = (await service.handle({ type: 'review', tabId }, fromPopup)) as { ok: true; review: Review };
  return reply.review;
}

describe('background service', () => {
  it("a content script's entry count sets the badge", async () => {
    // The reply tells the page's "Saved" marks how many papers the library holds (none yet).
    expect(await service.handle({ type: 'count', url: HF_URL, count: 13 }, fromTab())).toEqual({ ok: true, libraryPapers: 0 });
    expect(badges.get(7)).toBe('13');
  });

  it("answers a page's saved lookup from the library: per entry, saved or not and its tag count; rejects bad shapes", async () => {
    const review = await reviewOf(7);
    await service.handle({ type: 'save', tabId: 7, scanId: review.scanId!, indices: [0, 2], tags: ['a'] }, fromPopup);
    const keys = hfScan().entries.map(entryKeys);
    const reply = (await service.handle({ type: 'savedLookup', keys }, fromTab())) as { ok: true; saved: unknown[] };
    expect(reply.saved).toHaveLength(13);
    expect(reply.saved.slice(0, 4)).toEqual([{ tags: 1 }, null, { tags: 1 }, null]);
    expect(await service.handle({ type: 'count', url: HF_URL, count: 13 }, fromTab())).toEqual({ ok: true, libraryPapers: 2 });
    expect(await service.handle({ type: 'savedLookup', keys: [[42]] }, fromTab())).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'savedLookup', keys: [Array(11).fill('doi:x')] }, fromTab())).toMatchObject({ ok: false });
  });

  it('rejects malformed content messages with a reason and writes nothing', async () => {
    const bad = [
      { type: 'count', url: HF_URL, count: -1 },
      { type: 'count', url: 'javascript:alert(1)', count: 3 },
      { type: 'count', url: HF_URL, count: '13' },
      { type: 'scan', scan: hfScan() }, // content scripts send counts; scans are only asked for
      { type: 'save', tabId: 7, indices: [0] }, // a UI message from a page is not accepted
      null,
    ];
    for (const m of bad) {
      const reply = (await service.handle(m, fromTab())) as { ok: boolean; error: string };
      expect(reply.ok).toBe(false);
      expect(reply.error.length).toBeGreaterThan(3);
    }
    expect(badges.size).toBe(0);
    expect(await getAllPapers(db)).toEqual([]);
  });

  it('a count claiming another origin than its tab is refused', async () => {
    const reply = await service.handle({ type: 'count', url: HF_URL, count: 5 }, fromTab(7, 'https://evil.example/'));
    expect(reply).toMatchObject({ ok: false, error: 'page URL does not match the tab' });
  });

  it('messages from another extension are refused', async () => {
    expect(await service.handle({ type: 'review', tabId: 7 }, { id: 'other', url: 'chrome-extension://other/x.html' })).toMatchObject({
      ok: false,
    });
  });

  it('review then save selected entries from the popup', async () => {
    const review = (await service.handle({ type: 'review', tabId: 7 }, fromPopup)) as { ok: true; review: Review };
    expect(review.review.entries.map((e) => e.status)).toEqual(Array(13).fill('new'));
    const saved = await service.handle({ type: 'save', tabId: 7, scanId: review.review.scanId, indices: [0, 2, 4] }, fromPopup);
    expect(saved).toMatchObject({ ok: true, report: { added: 3, updated: 0 } });
    expect((await getAllPapers(db)).map((p) => p.title).sort()).toEqual(
      [hfScan().entries[0]!.title, hfScan().entries[2]!.title, hfScan().entries[4]!.title].sort(),
    );
  });

  it('a save writes the entries of the scan it reviewed, even after the same tab was reviewed again', async () => {
    const first = await reviewOf(7);
    pageScan = { ...hfScan(), entries: hfScan().entries.reverse() }; // the page changed: another popup, the shortcut re-read it
    const second = await reviewOf(7);
    expect(second.scanId).not.toBe(first.scanId);
    expect(second.entries[0]!.candidate.title).not.toBe(first.entries[0]!.candidate.title);
    const saved = await service.handle({ type: 'save', tabId: 7, scanId: first.scanId, indices: [0] }, fromPopup);
    expect(saved).toMatchObject({ ok: true, report: { added: 1 } });
    expect((await getAllPapers(db)).map((p) => p.title)).toEqual([first.entries[0]!.candidate.title]);
  });

  it('a save naming a scan the background no longer holds fails clearly and writes nothing', async () => {
    const review = await reviewOf(7);
    // The service worker restarted: a new service holds no scans.
    const restarted = new PapershelfService(
      { extensionId: 'abc', extensionOrigin: ORIGIN, requestScan: async () => pageScan, setBadge: async () => {} },
      async () => db,
    );
    expect(await restarted.handle({ type: 'save', tabId: 7, scanId: review.scanId, indices: [0] }, fromPopup)).toEqual({
      ok: false,
      error: STALE_REVIEW,
    });
    // Another tab's scan id, a made-up id and a missing id are refused too.
    expect(await service.handle({ type: 'save', tabId: 8, scanId: review.scanId, indices: [0] }, fromPopup)).toEqual({
      ok: false,
      error: STALE_REVIEW,
    });
    expect(await service.handle({ type: 'save', tabId: 7, scanId: 'made-up', indices: [0] }, fromPopup)).toEqual({
      ok: false,
      error: STALE_REVIEW,
    });
    expect(await service.handle({ type: 'save', tabId: 7, indices: [0] }, fromPopup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/scanId/),
    });
    // A closed tab's scans are forgotten.
    service.forgetTab(7);
    expect(await service.handle({ type: 'save', tabId: 7, scanId: review.scanId, indices: [0] }, fromPopup)).toEqual({
      ok: false,
      error: STALE_REVIEW,
    });
    expect(await getAllPapers(db)).toEqual([]);
  });

  it('a save after the service worker restarted saves what was reviewed (the scan outlives it in the session area)', async () => {
    const area = new MemoryArea();
    const ports = {
      extensionId: 'abc',
      extensionOrigin: ORIGIN,
      requestScan: async () => pageScan,
      setBadge: async () => {},
      sessionArea: area,
    };
    const before = new PapershelfService(ports, async () => db);
    const reply = (await before.handle({ type: 'review', tabId: 7 }, fromPopup)) as { ok: true; review: Review };
    // The page changes after the review; the save must write what the reader saw, not a fresh read.
    pageScan = { ...hfScan(), entries: hfScan().entries.reverse() };
    await new Promise((r) => setTimeout(r, 0));
    const restarted = new PapershelfService(ports, async () => db);
    const saved = await restarted.handle({ type: 'save', tabId: 7, scanId: reply.review.scanId, indices: [0, 1] }, fromPopup);
    expect(saved).toMatchObject({ ok: true, report: { added: 2 } });
    expect((await getAllPapers(db)).map((p) => p.title).sort()).toEqual([hfScan().entries[0]!.title, hfScan().entries[1]!.title].sort());
    // The tab navigated (the restarted worker hears it): that review is gone.
    restarted.forgetTab(7);
    expect(await restarted.handle({ type: 'save', tabId: 7, scanId: reply.review.scanId, indices: [2] }, fromPopup)).toEqual({
      ok: false,
      error: STALE_REVIEW,
    });
  });

  it('the background holds the last 8 reviewed scans; an older one is gone and its save says so', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) ids.push((await reviewOf(7)).scanId!);
    expect(await service.handle({ type: 'save', tabId: 7, scanId: ids[0], indices: [0] }, fromPopup)).toEqual({
      ok: false,
      error: STALE_REVIEW,
    });
    expect(await service.handle({ type: 'save', tabId: 7, scanId: ids[1], indices: [0] }, fromPopup)).toMatchObject({
      ok: true,
      report: { added: 1 },
    });
  });

  it('an index outside the reviewed scan is refused, not skipped', async () => {
    const review = await reviewOf(7);
    expect(await service.handle({ type: 'save', tabId: 7, scanId: review.scanId, indices: [0, 13] }, fromPopup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Entry 13 is not in the reviewed scan/),
    });
    expect(await getAllPapers(db)).toEqual([]);
  });

  it('one unusable entry is left out and counted; the rest of the page is reviewed and saved', async () => {
    const good = hfScan().entries;
    const hugeTitle = { ...good[0]!, title: 'x'.repeat(1_000_000), ids: {} };
    const badLink = { ...good[1]!, title: 'Another title', ids: {}, pdf: 'javascript:alert(1)' };
    pageScan = { ...hfScan(), entries: [hugeTitle, ...good, badLink, { title: 42 }] };
    const review = await reviewOf(7);
    expect(review.error).toBeUndefined();
    expect(review.entries.map((e) => e.candidate.title)).toEqual(good.map((c) => c.title));
    expect(review.dropped).toEqual({
      count: 3,
      reasons: [
        { reason: 'title longer than 2000 characters', count: 1 },
        { reason: 'pdf: must be an http(s) URL', count: 1 },
        { reason: 'title: Invalid input: expected string, received number', count: 1 },
      ],
    });
    const saved = await service.handle({ type: 'save', tabId: 7, scanId: review.scanId, indices: [0, 12] }, fromPopup);
    expect(saved).toMatchObject({ ok: true, report: { added: 2 } });
    expect((await getAllPapers(db)).map((p) => p.title).sort()).toEqual([good[0]!.title, good[12]!.title].sort());
  });

  it('a page of more than 20,000 entries: the first 20,000 are reviewed, the rest counted as left out', async () => {
    const entries = Array.from({ length: 20_005 }, (_, i) => ({
      title: `Paper number ${i}`,
      authors: [`Author ${i}`],
      authorsTruncated: false,
      ids: {},
      year: 2020,
    }));
    pageScan = { site: 'dblp', kind: 'profile', url: 'https://dblp.org/pid/00/1.html', entries } satisfies PageScan | object;
    const review = await reviewOf(7);
    expect(review.entries).toHaveLength(20_000);
    expect(review.entries.at(-1)!.candidate.title).toBe('Paper number 19999');
    expect(review.dropped).toEqual({ count: 5, reasons: [{ reason: 'more than 20000 entries on one page', count: 5 }] });
    expect(badges.get(7)).toBe('999+');
    expect(
      await service.handle(
        { type: 'count', url: 'https://dblp.org/pid/00/1.html', count: 20_005 },
        fromTab(7, 'https://dblp.org/pid/00/1.html'),
      ),
    ).toEqual({ ok: true, libraryPapers: 0 });
  });

  it('a page that sends garbage on rescan gets an error in the review, not a crash', async () => {
    pageScan = { site: 'huggingface', kind: 'feed', url: 'javascript:alert(1)', entries: [] };
    const reply = (await service.handle({ type: 'review', tabId: 7 }, fromPopup)) as {
      ok: true;
      review: { error?: string; scan: unknown };
    };
    expect(reply.review.scan).toBeNull();
    expect(reply.review.error).toBe('The page sent data Papershelf cannot use: url: must be an http(s) URL');
    pageScan = 'not a scan';
    expect(await reviewOf(7)).toMatchObject({ scan: null, error: expect.stringMatching(/^The page sent data Papershelf cannot use/) });
  });

  it('capture from the keyboard shortcut saves everything and reports on the badge', async () => {
    const result = await service.captureTab(7);
    expect(result).toMatchObject({ ok: true, report: { added: 13 } });
    expect(badges.get(7)).toBe('+13');
  });

  it('badge text stays short', () => {
    expect([0, 1, 999, 1000].map(badgeText)).toEqual(['', '1', '999', '999+']);
  });
});

describe('selection capture: the selected elements or the selected text, whichever saw more', () => {
  it("takes the reader's text when it returned some, the plain selection text otherwise, and passes its elements on", async () => {
    const { selectionReadings } = await import('../../lib/background/service');
    expect(selectionReadings({ text: 'of $H_0$ with' }, 'of H0H_0 with')).toEqual({ text: 'of $H_0$ with' });
    for (const failed of [undefined, null, '', '  ', 42, { text: '' }, { text: 7 }])
      expect(selectionReadings(failed, 'plain').text).toBe('plain');
    expect(selectionReadings({ text: 't', elements: { site: 'x' } }, 'p')).toEqual({ text: 't', elements: { site: 'x' } });
  });

  // A selection of the Hugging Face daily list: its text has only some titles; its elements, read by the adapter, all 13.
  const selectedText = 'Some selected words that are not a publication list\n';

  it("saves the elements' reading when it found the list, with the page's URL as the source", async () => {
    const reply = await service.captureSelection(selectedText, HF_URL, hfScan());
    expect(reply).toMatchObject({ ok: true, report: { added: 13 } });
    const papers = await getAllPapers(db);
    expect(papers.map((p) => p.title).sort()).toEqual(
      hfScan()
        .entries.map((e) => e.title)
        .sort(),
    );
  });

  it('ignores an elements reading that is not a valid scan, and one that saw less than the text', async () => {
    expect(await service.captureSelection(selectedText, HF_URL, { site: 42, entries: 'x' })).toEqual({
      ok: false,
      error: 'No papers found in the selection.',
    });
    const twoOfThirteen = { ...hfScan(), entries: hfScan().entries.slice(0, 2) };
    expect(await service.captureSelection(selectedText, HF_URL, twoOfThirteen)).toEqual({
      ok: false,
      error: 'No papers found in the selection.',
    });
    expect(await getAllPapers(db)).toHaveLength(0);
  });
});
