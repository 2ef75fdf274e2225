/** The popup's Undo through the background: the undo record travels as JSON, and what it would store is validated. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PapershelfService } from '../../lib/background/service';
import type { SaveReport } from '../../lib/model';
import { editPapers, getAllPapers, openLibrary, type LibraryDb } from '../../lib/library/store';
import { withNote } from '../../lib/ui/sidepanel/edits';
import { huggingface } from '../../lib/sites/huggingface';
import { fixtureDocument } from '../helpers';

const HF_URL = 'https://huggingface.co/papers/date/2024-08-01';
const ORIGIN = 'chrome-extension://abc';
const fromPopup = { id: 'abc', url: `${ORIGIN}/popup.html?tabId=7` };
let db: LibraryDb;
let service: PapershelfService;

beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
  const scan = huggingface.extract(fixtureDocument('pages/huggingface-daily-2024-08-01.html'), new URL(HF_URL));
  service = new PapershelfService(
    { extensionId: 'abc', extensionOrigin: ORIGIN, requestScan: async () => scan, setBadge: async () => {} },
    async () => db,
  );
});

async function saveThree(): Promise<SaveReport> {
  const reviewed = (await service.handle({ type: 'review', tabId: 7 }, fromPopup)) as { ok: true; review: { scanId: string } };
  const saved = (await service.handle({ type: 'save', tabId: 7, scanId: reviewed.review.scanId, indices: [0, 1, 2] }, fromPopup)) as {
    ok: true;
    report: SaveReport;
  };
  return JSON.parse(JSON.stringify(saved.report)) as SaveReport; // as runtime messaging carries it
}

describe('undo message', () => {
  it('undoes the save except a paper noted since, and says so', async () => {
    const report = await saveThree();
    const [noted] = await getAllPapers(db);
    await editPapers(db, [noted!.id], (p) => withNote(p, 'read this first', Date.now() + 1));
    const reply = await service.handle({ type: 'undo', undo: report.undo }, fromPopup);
    expect(reply).toMatchObject({
      ok: true,
      outcome: { undone: 2, kept: [{ id: noted!.id, reason: 'changed' }], message: 'Undone; 1 paper changed since was kept as it is.' },
    });
    expect((await getAllPapers(db)).map((p) => p.note)).toEqual(['read this first']);
  });

  it('a record whose parts would make an invalid paper is refused and changes nothing', async () => {
    const report = await saveThree();
    const [paper] = await getAllPapers(db);
    await editPapers(db, [paper!.id], (p) => withNote(p, 'x', 5));
    const after = await getAllPapers(db);
    const forged = {
      action: 'edit',
      papers: [{ id: paper!.id, parts: [{ part: 'f:note', before: { v: 42, t: 1 }, after: { v: 'x', t: 5 } }] }],
      tombstones: [],
    };
    const reply = (await service.handle({ type: 'undo', undo: forged }, fromPopup)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^Undo refused: it would store an invalid paper \(note: .*\)\. Nothing was changed\.$/);
    expect(await getAllPapers(db)).toEqual(after);
    expect(report.undo!.papers).toHaveLength(3);
  });
});
