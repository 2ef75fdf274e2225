/**
 * Two devices each hold a paper with no identifier, saved once (its id is the fingerprint it had then) and later
 * retitled differently on each device: the fingerprints no longer match, but the id still says it is one paper.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../lib/model';
import { mergeLibraries } from '../../lib/library/merge';
import { applyImport, readLibrary } from '../../lib/library/file-sync';
import { openLibrary, putPapers } from '../../lib/library/store';
import { makePaper } from '../helpers';

const ID = 'fp:a workshop talk on sparse attention|lovelace|2019';
const original = makePaper({
  id: ID,
  title: 'A workshop talk on sparse attention',
  authors: ['Ada Lovelace'],
  year: 2019,
  addedAt: 100,
  updatedAt: 100,
});
const retitled = (title: string, t: number, more: Partial<Paper> = {}): Paper => ({
  ...original,
  title,
  clock: { ...original.clock, title: t },
  updatedAt: t,
  ...more,
});
const laptop = retitled('Sparse attention, a workshop talk (slides)', 300, { note: 'laptop note', clock: { title: 300, note: 250 } });
const desktop = retitled('Sparse attention: workshop talk', 200, { starred: true, clock: { title: 200, starred: 210 } });

describe('same id, no shared identifier', () => {
  it('mergeLibraries keeps one paper per id: the newer title wins and both devices’ other edits are kept', () => {
    for (const [a, b] of [
      [desktop, laptop],
      [laptop, desktop],
    ] as const) {
      const { papers, report } = mergeLibraries({ papers: [a], tombstones: [] }, { papers: [b], tombstones: [] });
      expect(papers.map((p) => p.id)).toEqual([ID]);
      expect(papers[0]!.title).toBe('Sparse attention, a workshop talk (slides)');
      expect(papers[0]!.note).toBe('laptop note');
      expect(papers[0]!.starred).toBe(true);
      expect(report.added).toEqual([]);
      expect(report.conflicts.map((c) => c.field)).toContain('title');
    }
  });

  it('a deletion of that id on one device removes the copy retitled on the other before it, and keeps one retitled after it', () => {
    const tombstone = { id: ID, keys: [ID], deletedAt: 400, paper: original };
    const before = mergeLibraries({ papers: [laptop], tombstones: [] }, { papers: [], tombstones: [tombstone] });
    expect(before.papers).toEqual([]);
    expect(before.report.deleted).toEqual([ID]);
    const after = mergeLibraries(
      { papers: [retitled('Sparse attention (final slides)', 500)], tombstones: [] },
      { papers: [], tombstones: [tombstone] },
    );
    expect(after.papers.map((p) => p.title)).toEqual(['Sparse attention (final slides)']);
    expect(after.report.keptDespiteDeletion).toEqual([ID]);
  });

  it('an import into the stored library leaves one paper under that id, merged', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, [desktop], 'seed');
    await applyImport(db, { papers: [laptop], tombstones: [] });
    const { papers } = await readLibrary(db);
    expect(papers.map((p) => [p.id, p.title, p.note, p.starred])).toEqual([
      [ID, 'Sparse attention, a workshop talk (slides)', 'laptop note', true],
    ]);
    db.close();
  });
});
