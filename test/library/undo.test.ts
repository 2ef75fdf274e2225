/**
 * Undo reverses only what its own action did (issue 15, item 1): the scenario and one example per rule.
 * Expected values are written from the scenario, not read back from the code under test.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Candidate, Paper } from '../../lib/model';
import { generatePapers } from '../support/generate';
import { authorName } from '../../lib/names';
import { applyImport, readLibrary } from '../../lib/library/file-sync';
import { deletePapers, editPapers, getAllPapers, openLibrary, saveCandidates, undoChanges, type LibraryDb } from '../../lib/library/store';
import { withNote, withTag } from '../../lib/ui/sidepanel/edits';

const TAB_A = { site: 'dblp', url: 'https://dblp.org/pid/00/0000.html', kind: 'profile' as const };
const TAB_B = { site: 'arxiv', url: 'https://arxiv.org/list/cs.LG/new', kind: 'feed' as const };

/** A page's entry for a generated paper: what a site adapter would give (no user fields). */
function candidate(p: Paper, extra: Partial<Candidate> = {}): Candidate {
  return {
    title: p.title,
    authors: p.authors.map(authorName),
    authorsTruncated: p.authorsTruncated,
    ids: p.ids,
    ...(p.year ? { year: p.year } : {}),
    ...extra,
  };
}

const POOL = generatePapers(60, 15).filter((p) => p.ids.arxiv || p.ids.doi);
let db: LibraryDb;
const get = async (id: string) => (await getAllPapers(db)).find((p) => p.id === id);

beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
});

describe('undo of a capture (the issue’s scenario)', () => {
  it('tab A saves, tab B re-saves some, the panel tags, notes and deletes others; A’s undo leaves every later change alone', async () => {
    // The library before tab A: 10 papers captured earlier (no venue known yet).
    const earlier = POOL.slice(0, 10);
    await saveCandidates(
      db,
      earlier.map((p) => candidate(p)),
      TAB_B,
      { now: 100 },
    );
    const beforeA = await getAllPapers(db);
    expect(beforeA).toHaveLength(10);

    // Tab A: a profile listing the 10 known papers (now with a venue) and 30 new ones, saved with the tag "alice".
    const listed = POOL.slice(0, 40);
    const a = await saveCandidates(
      db,
      listed.map((p) => candidate(p, { venue: 'NeurIPS' })),
      TAB_A,
      { now: 200, tags: ['alice'] },
    );
    expect(a).toMatchObject({ added: 30, updated: 10 });

    // Tab B re-saves 5 of A's new papers from its own page; the panel tags 3 others, notes 2, deletes 4.
    const resaved = POOL.slice(10, 15);
    await saveCandidates(
      db,
      resaved.map((p) => candidate(p)),
      TAB_B,
      { now: 300 },
    );
    const tagged = POOL.slice(15, 18).map((p) => p.id);
    await editPapers(db, tagged, (p) => withTag(p, 'to read', true, 310), 'tag');
    const noted = POOL.slice(18, 20).map((p) => p.id);
    await editPapers(db, noted, (p) => withNote(p, 'check the proof', 320), 'note');
    const deleted = POOL.slice(20, 24).map((p) => p.id);
    await deletePapers(db, deleted, 330);
    // The panel also notes and untags one of the 10 earlier papers that A updated.
    const earlierEdited = earlier[0]!.id;
    await editPapers(db, [earlierEdited], (p) => withTag(withNote(p, 'mine', 340), 'alice', false, 340), 'edit');
    const untouchedAdded = POOL.slice(24, 40).map((p) => p.id);

    const outcome = await undoChanges(db, a.undo!);
    const after = await getAllPapers(db);
    const ids = new Set(after.map((p) => p.id));

    // Papers A added and nobody touched since: gone. Those re-saved, tagged or noted since: kept as they are.
    for (const id of untouchedAdded) expect(ids.has(id)).toBe(false);
    for (const p of resaved) expect((await get(p.id))!.sources.map((s) => s.url)).toEqual([TAB_A.url, TAB_B.url]);
    for (const id of tagged) expect((await get(id))!.tags['to read']).toEqual({ on: true, t: 310 });
    for (const id of noted) expect((await get(id))!.note).toBe('check the proof');
    // Papers deleted since stay deleted, their tombstones stay.
    for (const id of deleted) expect(ids.has(id)).toBe(false);
    expect((await readLibrary(db)).tombstones.map((t) => t.id).sort()).toEqual([...deleted].sort());
    // The 10 earlier papers lose what A added (venue, A's sighting, the tag) except where they changed since.
    for (const p of earlier.slice(1)) expect(await get(p.id)).toEqual(beforeA.find((q) => q.id === p.id));
    const edited = (await get(earlierEdited))!;
    expect(edited.note).toBe('mine');
    expect(edited.tags.alice).toEqual({ on: false, t: 340 });
    expect(edited.venue).toBeUndefined();
    expect(edited.sources.map((s) => s.url)).toEqual([TAB_B.url]);

    // 10 earlier + 5 re-saved + 3 tagged + 2 noted.
    expect(after).toHaveLength(20);
    // Kept: the 5 re-saved, 3 tagged, 2 noted (added, changed since) and the edited earlier paper. The 4 deleted since
    // are not counted: gone is what the undo of their capture wants too.
    expect(outcome.kept.map((k) => k.id).sort()).toEqual([...resaved.map((p) => p.id), ...tagged, ...noted, earlierEdited].sort());
    expect(outcome.kept.every((k) => k.reason === 'changed')).toBe(true);
    expect(outcome.undone).toBe(16 + 9);
    expect(outcome.message).toBe('Undone; 11 papers changed since were kept as they are.');
  });

  it('an undo right after the save restores the library exactly', async () => {
    await saveCandidates(
      db,
      POOL.slice(0, 5).map((p) => candidate(p)),
      TAB_B,
      { now: 1 },
    );
    const before = await readLibrary(db);
    const report = await saveCandidates(
      db,
      POOL.slice(0, 12).map((p) => candidate(p, { venue: 'ICML' })),
      TAB_A,
      { now: 2, tags: ['x'] },
    );
    expect((await undoChanges(db, report.undo!)).message).toBe('Undone.');
    expect(await readLibrary(db)).toEqual(before);
  });

  it('per field: a field changed since keeps its new value, the others go back', async () => {
    const [p] = POOL;
    await saveCandidates(db, [candidate(p!)], TAB_B, { now: 1 });
    const save = await saveCandidates(db, [candidate(p!, { venue: 'ICLR', abstract: 'An abstract.' })], TAB_A, { now: 2 });
    // Another device's newer venue arrives by import.
    const current = (await get(p!.id))!;
    await applyImport(db, { papers: [{ ...current, venue: 'ICLR 2025 (oral)', clock: { ...current.clock, venue: 50 } }], tombstones: [] });
    const outcome = await undoChanges(db, save.undo!);
    const after = (await get(p!.id))!;
    expect(after.venue).toBe('ICLR 2025 (oral)');
    expect(after.abstract).toBeUndefined();
    expect(after.clock.abstract).toBeUndefined();
    expect(outcome.kept).toEqual([{ id: p!.id, reason: 'changed' }]);
  });
});

describe('undo of a delete', () => {
  it('restores the paper and removes its tombstone', async () => {
    await saveCandidates(
      db,
      POOL.slice(0, 3).map((p) => candidate(p)),
      TAB_A,
      { now: 1, tags: ['t'] },
    );
    const before = await readLibrary(db);
    const undo = await deletePapers(db, [POOL[0]!.id], 5);
    expect(await undoChanges(db, undo)).toMatchObject({ undone: 1, kept: [], message: 'Restored 1 paper.' });
    expect(await readLibrary(db)).toEqual({ papers: expect.arrayContaining(before.papers), tombstones: [] });
  });

  it('a paper re-created since stays as re-created, and its tombstone stays', async () => {
    await saveCandidates(db, [candidate(POOL[0]!)], TAB_A, { now: 1, tags: ['old'] });
    const undo = await deletePapers(db, [POOL[0]!.id], 5);
    await saveCandidates(db, [candidate(POOL[0]!)], TAB_B, { now: 9 });
    const recreated = await get(POOL[0]!.id);
    const outcome = await undoChanges(db, undo);
    expect(outcome).toMatchObject({ undone: 0, kept: [{ id: POOL[0]!.id, reason: 'recreated' }] });
    expect(await get(POOL[0]!.id)).toEqual(recreated);
    expect((await readLibrary(db)).tombstones.map((t) => t.id)).toEqual([POOL[0]!.id]);
  });

  it('a paper deleted again on another device (its tombstone changed by an import) stays deleted', async () => {
    await saveCandidates(db, [candidate(POOL[0]!)], TAB_A, { now: 1 });
    const undo = await deletePapers(db, [POOL[0]!.id], 5);
    const tomb = (await readLibrary(db)).tombstones[0]!;
    await applyImport(db, { papers: [], tombstones: [{ ...tomb, deletedAt: 50 }] });
    const outcome = await undoChanges(db, undo);
    expect(outcome.kept).toEqual([{ id: POOL[0]!.id, reason: 'deleted' }]);
    const lib = await readLibrary(db);
    expect(lib.papers).toEqual([]);
    expect(lib.tombstones.map((t) => t.deletedAt)).toEqual([50]);
  });
});

describe('undo of bulk edits and imports', () => {
  it('a bulk tag: undone per tag and paper; a tag removed and added again since stays', async () => {
    await saveCandidates(
      db,
      POOL.slice(0, 3).map((p) => candidate(p)),
      TAB_A,
      { now: 1 },
    );
    const ids = POOL.slice(0, 3).map((p) => p.id);
    const { undo } = await editPapers(db, ids, (p) => withTag(withTag(p, 'ml', true, 10), 'nlp', true, 10), 'tag');
    await editPapers(db, [ids[0]!], (p) => withTag(p, 'ml', false, 20), 'untag');
    await editPapers(db, [ids[0]!], (p) => withTag(p, 'ml', true, 30), 'tag');
    const outcome = await undoChanges(db, undo);
    expect((await get(ids[0]!))!.tags).toEqual({ ml: { on: true, t: 30 } });
    expect((await get(ids[1]!))!.tags).toEqual({});
    expect(outcome).toMatchObject({ undone: 2, kept: [{ id: ids[0], reason: 'changed' }] });
  });

  it('an import: added papers edited since are kept, others removed; updated fields go back unless changed since', async () => {
    await saveCandidates(
      db,
      POOL.slice(0, 2).map((p) => candidate(p)),
      TAB_A,
      { now: 1 },
    );
    const local = (await readLibrary(db)).papers;
    const other = POOL.slice(2, 4).map((p) => ({ ...p, tags: {}, clock: { ...p.clock } }));
    const imported = await applyImport(db, {
      papers: [...other, { ...local[0]!, note: 'from the laptop', clock: { ...local[0]!.clock, note: 40 } }],
      tombstones: [{ id: local[1]!.id, keys: [local[1]!.id], deletedAt: 50 }],
    });
    expect(imported.report).toMatchObject({ added: other.map((p) => p.id).sort(), deleted: [local[1]!.id] });
    await editPapers(db, [other[0]!.id], (p) => withTag(p, 'keep', true, 60), 'tag');
    const outcome = await undoChanges(db, imported.undo);
    const lib = await readLibrary(db);
    expect(lib.papers.map((p) => p.id).sort()).toEqual([local[0]!.id, local[1]!.id, other[0]!.id].sort());
    expect((await get(local[0]!.id))!.note).toBe(local[0]!.note);
    expect(await get(local[1]!.id)).toEqual(local[1]);
    expect(lib.tombstones).toEqual([]);
    expect(outcome.kept).toEqual([{ id: other[0]!.id, reason: 'changed' }]);
  });
});
