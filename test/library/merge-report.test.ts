/**
 * The merge report hides nothing (issue 15, item 4): every field where the two sides differ is reported whichever side
 * won, tombstones are always adopted (the preview's Apply is enabled for them), and two devices that import each
 * other's library end up identical.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../lib/model';
import { isoTime, mergeHasWork, mergeLibraries, type Library } from '../../lib/library/merge';
import { previewImport } from '../../lib/library/merge';
import { applyImport, readLibrary } from '../../lib/library/file-sync';
import { deletePapers, editPapers, openLibrary, type LibraryDb } from '../../lib/library/store';
import { withNote, withTag } from '../../lib/ui/sidepanel/edits';
import { arbLibrary, arbPaper, libraryFingerprint } from './merge-arbitraries';

function paper(over: Partial<Paper>): Paper {
  return {
    id: 'arxiv:2401.00001',
    title: 'A title',
    authors: ['Ada Lovelace'],
    authorsTruncated: false,
    ids: { arxiv: '2401.00001' },
    signals: {},
    sources: [],
    tags: {},
    note: '',
    readState: 'unread',
    starred: false,
    addedAt: 1,
    updatedAt: 1,
    clock: {},
    ...over,
  };
}

describe('merge report', () => {
  it('reports the fields the local side wins, with both values', () => {
    const local = paper({ title: 'Title as typed here', note: 'local note', clock: { note: Date.UTC(2025, 0, 2) } });
    const incoming = paper({ title: 'Title from the file', note: 'file note', clock: { note: Date.UTC(2025, 0, 1) } });
    const { papers, report } = mergeLibraries({ papers: [local], tombstones: [] }, { papers: [incoming], tombstones: [] });
    // Neither record has a write time for the title: the deterministic tie-break picks "Title from the file" ("Title f" > "Title a").
    expect(papers[0]).toMatchObject({ note: 'local note', title: 'Title from the file' });
    expect(report.conflicts).toEqual([
      {
        paperId: local.id,
        field: 'title',
        local: 'Title as typed here',
        incoming: 'Title from the file',
        winner: 'incoming',
        reason: 'same edit time: deterministic tie-break',
      },
      {
        paperId: local.id,
        field: 'note',
        local: 'local note',
        incoming: 'file note',
        winner: 'local',
        reason: 'newer edit wins (local 2025-01-02T00:00:00.000Z, incoming 2025-01-01T00:00:00.000Z)',
      },
    ]);
  });

  it('reports a difference the local side wins even when nothing in the library changes', () => {
    const local = paper({ note: 'mine', clock: { note: 20 } });
    const incoming = paper({ note: 'theirs', clock: { note: 10 } });
    const { report } = mergeLibraries({ papers: [local], tombstones: [] }, { papers: [incoming], tombstones: [] });
    expect(report).toMatchObject({
      unchanged: 1,
      updated: {},
      conflicts: [{ field: 'note', local: 'mine', incoming: 'theirs', winner: 'local' }],
    });
    expect(mergeHasWork(report)).toBe(true);
  });

  it('a field one side never wrote is not a difference; a file equal to the library has nothing to apply', () => {
    const local = paper({ venue: 'ICML', clock: { venue: 5 } });
    const { report } = mergeLibraries({ papers: [local], tombstones: [] }, { papers: [paper({})], tombstones: [] });
    expect(report.conflicts).toEqual([]);
    const same = mergeLibraries({ papers: [local], tombstones: [] }, { papers: [local], tombstones: [] });
    expect(mergeHasWork(same.report)).toBe(false);
  });

  it('a file holding only a deletion of a paper this library never had: Apply is enabled and the tombstone is adopted', async () => {
    const db = await openLibrary(new IDBFactory());
    const file: Library = { papers: [], tombstones: [{ id: 'arxiv:2401.00009', keys: ['arxiv:2401.00009'], deletedAt: 7 }] };
    const preview = previewImport(await readLibrary(db), file);
    expect(preview.report.tombstonesChanged).toBe(1);
    expect(mergeHasWork(preview.report)).toBe(true);
    await applyImport(db, file);
    expect((await readLibrary(db)).tombstones).toEqual(file.tombstones);
  });
});

/** What the side panel does with a file: preview it, and apply only when the preview's Apply button is enabled. */
async function importAsThePanelDoes(db: LibraryDb, file: Library): Promise<void> {
  const preview = previewImport(await readLibrary(db), file);
  if (mergeHasWork(preview.report)) await applyImport(db, file);
}

type Step =
  | { kind: 'import'; library: Library }
  | { kind: 'note'; pick: number; t: number }
  | { kind: 'tag'; pick: number; t: number }
  | { kind: 'delete'; pick: number; t: number };
const time = fc.integer({ min: 0, max: 14 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), library: arbLibrary }),
  fc.record({ kind: fc.constant('note' as const), pick: fc.nat(20), t: time }),
  fc.record({ kind: fc.constant('tag' as const), pick: fc.nat(20), t: time }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(20), t: time }),
);

/** One device's history from the shared start: imports of other libraries, notes, tags and deletions. */
async function play(db: LibraryDb, steps: Step[], device: string): Promise<void> {
  for (const s of steps) {
    if (s.kind === 'import') {
      await importAsThePanelDoes(db, s.library);
      continue;
    }
    const { papers } = await readLibrary(db);
    const target = papers[s.pick % Math.max(papers.length, 1)];
    if (!target) continue;
    if (s.kind === 'note') await editPapers(db, [target.id], (p) => withNote(p, `${device} ${s.t}`, s.t));
    else if (s.kind === 'tag') await editPapers(db, [target.id], (p) => withTag(p, device, !p.tags[device]?.on, s.t));
    else await deletePapers(db, [target.id], s.t);
  }
}

describe('two devices', () => {
  it('after A imports B and B imports A, both libraries are identical (random divergent histories)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbPaper, { maxLength: 5 }),
        fc.array(step, { maxLength: 5 }),
        fc.array(step, { maxLength: 5 }),
        async (start, stepsA, stepsB) => {
          const a = await openLibrary(new IDBFactory());
          const b = await openLibrary(new IDBFactory());
          await importAsThePanelDoes(a, { papers: start, tombstones: [] });
          await importAsThePanelDoes(b, { papers: start, tombstones: [] });
          await play(a, stepsA, 'A');
          await play(b, stepsB, 'B');
          await importAsThePanelDoes(a, await readLibrary(b));
          await importAsThePanelDoes(b, await readLibrary(a));
          expect(libraryFingerprint(await readLibrary(a))).toBe(libraryFingerprint(await readLibrary(b)));
          a.close();
          b.close();
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('isoTime (the times a conflict reason names)', () => {
  it('writes what toISOString writes, for any time', () => {
    const same = (t: number) => {
      const expected = (() => {
        try {
          return new Date(t).toISOString();
        } catch (e) {
          return String(e);
        }
      })();
      const got = (() => {
        try {
          return isoTime(t);
        } catch (e) {
          return String(e);
        }
      })();
      expect(got).toBe(expected);
    };
    for (const t of [1, 999, 86_399_999, 86_400_000, 951_782_400_000, 951_868_800_000, 4_107_542_400_000, 253_402_300_799_999]) same(t);
    expect(isoTime(951_782_400_000)).toBe('2000-02-29T00:00:00.000Z');
    expect(isoTime(1_717_200_000_123)).toBe('2024-06-01T00:00:00.123Z');
    for (const t of [253_402_300_800_000, -1, -62_198_755_200_000, 1.5, 8.64e15, NaN, Infinity]) same(t);
    fc.assert(fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), same), { numRuns: 20_000 });
    fc.assert(fc.property(fc.double({ min: -8.64e15, max: 8.64e15 }), same), { numRuns: 2_000 });
  });
});
