/** Issue 15 item 6: control characters, bidi overrides and zero-width characters from a page never reach the library. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PapershelfService } from '../../lib/background/service';
import { getAllPapers, openLibrary, saveCandidates } from '../../lib/library/store';
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
    {
      title: 'Robust\u0000 Learning \u202Eevil\u202C',
      authors: ['Ada\u200B Lovelace', 'Alan\u0007 Turing'],
      authorsTruncated: false,
      ids: {},
      year: 2020,
      abstract: 'Line one\r\nline\u0085 two',
    },
    { title: '\u200B\u0000', authors: [], authorsTruncated: false, ids: {} },
  ],
};

describe('page text is cleaned in the background', () => {
  it('review and save store clean titles, names and abstracts; an entry with no visible title is dropped', async () => {
    const db = await openLibrary(new IDBFactory());
    const service = new PapershelfService(
      { extensionId: 'abc', extensionOrigin: ORIGIN, requestScan: async () => dirtyScan, setBadge: async () => {} },
      async () => db,
    );
    const review = (await service.handle({ type: 'review', tabId: 3 }, { id: 'abc', url: `${ORIGIN}/popup.html?tabId=3` })) as {
      ok: true;
      review: { scanId: string; entries: { candidate: PageScan['entries'][number] }[] };
    };
    expect(review.review.entries.map((e) => e.candidate.title)).toEqual(['Robust Learning evil']);
    await service.handle(
      { type: 'save', tabId: 3, scanId: review.review.scanId, indices: [0] },
      { id: 'abc', url: `${ORIGIN}/popup.html?tabId=3` },
    );
    const [p] = await getAllPapers(db);
    expect(p).toMatchObject({ title: 'Robust Learning evil', authors: ['Ada Lovelace', 'Alan Turing'], abstract: 'Line one\nline two' });
    // And the library's export imports back.
    expect(parseImport(toBibtex([p!]))).toMatchObject({ ok: true });
  });

  it('the side panel paste box path (the library writer itself) validates and cleans too', async () => {
    const db = await openLibrary(new IDBFactory());
    // What the paste box hands the writer (SidePanel.tsx): the text parser's entries, as they came.
    const report = await saveCandidates(db, dirtyScan.entries, { site: 'text', url: URL_, kind: 'lab' });
    expect(report).toMatchObject({ added: 1, dropped: { count: 1, reasons: [{ reason: 'no title', count: 1 }] } });
    const [p] = await getAllPapers(db);
    expect(p).toMatchObject({ title: 'Robust Learning evil', authors: ['Ada Lovelace', 'Alan Turing'], abstract: 'Line one\nline two' });
  });
});
