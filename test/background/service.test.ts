import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PapershelfService, badgeText } from '../../lib/background/service';
import { getAllPapers, openLibrary, type LibraryDb } from '../../lib/library/store';
import { huggingface } from '../../lib/sites/huggingface';
import { fixtureDocument } from '../helpers';

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

describe('background service', () => {
  it("a content script's entry count sets the badge", async () => {
    expect(await service.handle({ type: 'count', url: HF_URL, count: 13 }, fromTab())).toEqual({ ok: true });
    expect(badges.get(7)).toBe('13');
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
    expect(await service.handle({ type: 'review', tabId: 7 }, { id: 'other', url: 'chrome-extension://other/x.html' })).toMatchObject({ ok: false });
  });

  it('review then save selected entries from the popup', async () => {
    const review = (await service.handle({ type: 'review', tabId: 7 }, fromPopup)) as { ok: true; review: { entries: { status: string }[] } };
    expect(review.review.entries.map((e) => e.status)).toEqual(Array(13).fill('new'));
    const saved = await service.handle({ type: 'save', tabId: 7, indices: [0, 2, 4] }, fromPopup);
    expect(saved).toMatchObject({ ok: true, report: { added: 3, updated: 0 } });
    expect((await getAllPapers(db)).map((p) => p.title).sort()).toEqual(
      [hfScan().entries[0]!.title, hfScan().entries[2]!.title, hfScan().entries[4]!.title].sort(),
    );
  });

  it('a page that sends garbage on rescan gets an error in the review, not a crash', async () => {
    pageScan = { site: 'huggingface', kind: 'feed', url: HF_URL, entries: [{ title: 42 }] };
    const reply = (await service.handle({ type: 'review', tabId: 7 }, fromPopup)) as { ok: true; review: { error?: string; scan: unknown } };
    expect(reply.review.scan).toBeNull();
    expect(reply.review.error).toMatch(/entries\.0\.title/);
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

describe('selection capture: the injected reader\'s text, else the browser\'s', () => {
  it('uses the reader\'s text when it returned some, the plain selection text otherwise', async () => {
    const { selectionOrFallback } = await import('../../lib/background/service');
    expect(selectionOrFallback('of $H_0$ with', 'of H0H_0 with')).toBe('of $H_0$ with');
    for (const failed of [undefined, null, '', '  ', 42]) expect(selectionOrFallback(failed, 'plain')).toBe('plain');
  });
});
