/** Import into the stored library: one transaction, merged exactly as mergeLibraries says, or nothing written. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../lib/model';
import { generatePapers } from '../support/generate';
import { mergeLibraries } from '../../lib/library/merge';
import { applyImport, readLibrary } from '../../lib/library/file-sync';
import { countPapers, deletePapers, getRecentPapers, mergeIntoLibrary, openLibrary, putPapers } from '../../lib/library/store';

const byId = (ps: Paper[]) => [...ps].sort((a, b) => a.id.localeCompare(b.id));

describe('applyImport', () => {
  it('stores exactly the merge of the library and the file, tombstones included', async () => {
    const db = await openLibrary(new IDBFactory());
    const pool = generatePapers(900, 11);
    const local = pool.slice(0, 600);
    await putPapers(db, local);
    await deletePapers(db, [local[0]!.id, local[1]!.id], 5);
    const before = await readLibrary(db);
    // The other device: half of ours (every other one edited there later), plus 300 of its own.
    const incoming = {
      papers: [
        ...local
          .slice(300)
          .map((p, i) => (i % 2 ? { ...p, starred: true, clock: { ...p.clock, starred: 10_000_000 + i }, updatedAt: 10_000_000 + i } : p)),
        ...pool.slice(600),
      ],
      tombstones: [],
    };
    const expected = mergeLibraries(before, incoming);
    const { report } = await applyImport(db, incoming);
    expect(report.added).toHaveLength(300);
    expect(Object.keys(report.updated)).toHaveLength(150);
    const after = await readLibrary(db);
    expect(byId(after.papers)).toEqual(byId(expected.papers));
    expect(after.tombstones).toHaveLength(2);
    expect(await countPapers(db)).toBe(expected.papers.length);
    const newest = [...expected.papers].sort((a, b) => b.addedAt - a.addedAt).slice(0, 30);
    expect((await getRecentPapers(db, 30)).map((p) => p.addedAt)).toEqual(newest.map((p) => p.addedAt));
    // Importing the same file again changes nothing.
    const again = await applyImport(db, incoming);
    expect(again.report.added).toEqual([]);
    expect(Object.keys(again.report.updated)).toEqual([]);
  });

  it('a merge that throws writes nothing', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, generatePapers(150, 2));
    const before = await readLibrary(db);
    await expect(
      mergeIntoLibrary(db, () => {
        throw new Error('bad file');
      }),
    ).rejects.toThrow('bad file');
    expect(await readLibrary(db)).toEqual(before);
  });
});
