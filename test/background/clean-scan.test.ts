/** Issue 15 item 6: control characters, bidi overrides and zero-width characters from a page never reach the library. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PapershelfService } from '../../lib/background/service';
import { getAllPapers, openLibrary } from '../../lib/library/store';
import { toBibtex } from '../../lib/formats/bibtex';
import { parseImport } from '../../lib/formats/import';
import type { PageScan } from '../../lib/model';

const URL_ = 'https://lab.example/publications';
const ORIGIN = 'chrome-extension://abc';
const dirtyScan: PageScan = {
  site: 'generic',
  kind: 'lab',
  url: URL_,
  entries: [
    { title: 'Robust\u0000 Learning \u202Eevil\u202C', authors: ['Ada\u200B Lovelace', 'Alan\u0007 Turing'], authorsTruncated: false, ids: {}, year: 2020, abstract: 'Line one\r\nline\u0085 two' },
    { title: '\u200B\u0000', authors: [], authorsTruncated: false, ids: {} },
  ],
};

describe('page text is cleaned in the background', () => {
  it('review and save store clean titles, names and abstracts; an entry with no visible title is dropped', async () => {
    const db = await openLibrary(new IDBFactory());
    const service = new PapershelfService({ extensionId: 'abc', extensionOrigin: ORIGIN, requestScan: async () => dirtyScan, setBadge: async () => {} }, async () => db);
    const review = (await service.handle({ type: 'review', tabId: 3 }, { id: 'abc', url: `${ORIGIN}/popup.html?tabId=3` })) as { ok: true; review: { scanId: string; entries: { candidate: PageScan['entries'][number] }[] } };
    expect(review.review.entries.map((e) => e.candidate.title)).toEqual(['Robust Learning evil']);
    await service.handle({ type: 'save', tabId: 3, scanId: review.review.scanId, indices: [0] }, { id: 'abc', url: `${ORIGIN}/popup.html?tabId=3` });
    const [p] = await getAllPapers(db);
    expect(p).toMatchObject({ title: 'Robust Learning evil', authors: ['Ada Lovelace', 'Alan Turing'], abstract: 'Line one\nline two' });
    // And the library's export imports back.
    expect(parseImport(toBibtex([p!]))).toMatchObject({ ok: true });
  });

  it('the side panel paste box path (saveCandidates) is cleaned too', async () => {
    const db = await openLibrary(new IDBFactory());
    const service = new PapershelfService({ extensionId: 'abc', extensionOrigin: ORIGIN, requestScan: async () => null, setBadge: async () => {} }, async () => db);
    const reply = await service.handle({ type: 'saveCandidates', scan: dirtyScan }, { id: 'abc', url: `${ORIGIN}/sidepanel.html` });
    expect(reply).toMatchObject({ ok: true, report: { added: 1 } });
    expect((await getAllPapers(db)).map((p) => p.title)).toEqual(['Robust Learning evil']);
  });
});
