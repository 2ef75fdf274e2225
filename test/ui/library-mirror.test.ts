import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatePapers } from '../support/generate';
import {
  deletePapers,
  getRecentPapers,
  openLibrary,
  putPapers,
  readSearchIndex,
  saveCandidates,
  undoChanges,
  type LibraryDb,
} from '../../lib/library/store';
import { EMPTY_QUERY, runQuery } from '../../lib/library/query';
import { withTag } from '../../lib/ui/sidepanel/edits';
import { LibraryMirror } from '../../lib/ui/sidepanel/library-mirror';
import { packStoredLibrary } from '../../lib/library/stored-index';

let db: LibraryDb;
let sync: LibraryMirror;
let changes = 0;
const papers = generatePapers(120, 11);

/** Wait until the broadcast has arrived and been applied. */
async function until(pred: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !pred(); i++) {
    await new Promise((r) => setTimeout(r, 5));
    await sync.settled();
  }
  expect(pred()).toBe(true);
}

beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
  await putPapers(db, papers, 'seed');
  changes = 0;
  sync = new LibraryMirror(db, () => changes++);
});
afterEach(() => sync.close());

describe('LibraryMirror', () => {
  it('previews the newest papers first, then loads everything and indexes it', async () => {
    const { recent, more } = await sync.preview(10);
    expect(more).toBe(true);
    expect((await sync.preview(120)).more).toBe(false);
    expect(await sync.total()).toBe(120);
    expect(recent.map((p) => p.id)).toEqual(
      [...papers]
        .sort((a, b) => b.addedAt - a.addedAt)
        .slice(0, 10)
        .map((p) => p.id),
    );
    expect(recent[0]).not.toHaveProperty('keys'); // stored index fields are stripped
    await sync.load();
    expect(sync.model.size).toBe(120);
    expect(sync.model.papers.get(papers[0]!.id)).toEqual(papers[0]);
    await sync.index();
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: papers[7]!.title }).ids).toContain(papers[7]!.id);
  });

  it('applies a capture made elsewhere, an edit, a delete and an undo as they are broadcast', async () => {
    await sync.load();
    await sync.index();
    await saveCandidates(
      db,
      [{ title: 'Quokka locomotion on sand', authors: ['Rita Quokka'], authorsTruncated: false, ids: { arxiv: '2501.00001' } }],
      {
        site: 'text',
        url: 'https://lab.example/',
        kind: 'lab',
      },
    );
    await until(() => sync.model.size === 121);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: 'quokka' }).ids).toEqual(['arxiv:2501.00001']);

    const target = sync.model.papers.get(papers[3]!.id)!;
    await putPapers(db, [withTag(target, 'zeppelin', true, 99)]);
    await until(() => sync.model.papers.get(target.id)?.tags.zeppelin?.on === true);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, tags: ['zeppelin'] }).ids).toEqual([target.id]);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: 'zeppelin' }).ids).toEqual([target.id]);

    const undo = await deletePapers(db, [target.id, papers[4]!.id]);
    await until(() => sync.model.size === 119);
    await undoChanges(db, undo); // broadcast naming the restored ids
    await until(() => sync.model.size === 121);
    expect(sync.model.papers.get(target.id)).toEqual(undo.papers.find((c) => c.id === target.id)!.deleted);
  });

  it('a change committed while the library loads is not lost', async () => {
    const loading = sync.load();
    await putPapers(db, [withTag(papers[9]!, 'late', true, 5)]);
    await loading;
    await until(() => sync.model.papers.get(papers[9]!.id)?.tags.late?.on === true);
  });

  it('at open: first rows from a limited read and search from the stored index, before the full read', async () => {
    await packStoredLibrary(db);
    // Written after the index was packed (the panel was closed): its chunk is re-read and re-indexed at open.
    await saveCandidates(
      db,
      [{ title: 'Quokka locomotion on sand', authors: ['Rita Quokka'], authorsTruncated: false, ids: { arxiv: '2501.00001' } }],
      { site: 'text', url: 'https://lab.example/', kind: 'lab' },
    );
    const deleted = papers[20]!;
    await deletePapers(db, [deleted.id]);
    const newest = [...papers].sort((a, b) => b.addedAt - a.addedAt);
    const { recent } = await sync.preview(40);
    expect(recent[0]!.id).toBe('arxiv:2501.00001');
    expect(recent.slice(1).map((p) => p.id)).toEqual(
      newest
        .filter((p) => p.id !== deleted.id)
        .slice(0, 39)
        .map((p) => p.id),
    );
    expect(await sync.openIndex()).toBe(true);
    expect(sync.model.loaded).toBe(false);
    expect(sync.model.size).toBe(0); // no paper read into the model yet
    const found = runQuery(sync.model, { ...EMPTY_QUERY, text: 'quokka loco' });
    expect(found.ids).toEqual(['arxiv:2501.00001']);
    const target = papers[57]!;
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: target.title }).ids).toContain(target.id);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: deleted.title }).ids).not.toContain(deleted.id);
    await sync.readRows(found.ids);
    expect(sync.rows.get('arxiv:2501.00001')?.title).toBe('Quokka locomotion on sand');
    // Then everything: the same answers, and later changes follow.
    await sync.load();
    expect(sync.model.size).toBe(120);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: 'quokka loco' }).ids).toEqual(['arxiv:2501.00001']);
    await putPapers(db, [{ ...target, title: 'Wombat burrows', updatedAt: target.updatedAt + 1 }]);
    await until(() => runQuery(sync.model, { ...EMPTY_QUERY, text: 'wombat' }).ids.length === 1);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: target.title }).ids).not.toContain(target.id);
  });

  it('an index read ahead (before listening) answers as of its read, then, loaded, exactly as one read now: writes committed in between included', async () => {
    const stale = papers[110]!; // written after packing, before the read ahead: its chunk is stale at open
    await packStoredLibrary(db);
    await putPapers(db, [{ ...stale, title: 'Numbat termite diet', updatedAt: stale.updatedAt + 1 }]);
    // The pre-open script's read: the index and the directory's summary in one transaction, before the panel listens;
    // it listens for broadcasts from before that read and hands them on (preopen.ts IndexReadAhead.follow).
    const heard: unknown[] = [];
    let follower: ((message: unknown) => void) | undefined;
    const preopenChannel = new BroadcastChannel('papershelf-library');
    preopenChannel.onmessage = (event) => (follower ? follower(event.data) : heard.push(event.data));
    const follow = (f: (message: unknown) => void) => {
      heard.splice(0).forEach(f);
      follower = f;
      return () => preopenChannel.close();
    };
    const tx = db.transaction(['directory', 'meta'], 'readonly');
    const readAhead = Promise.all([tx.objectStore('directory').get('summary'), tx.objectStore('meta').get('searchIndex')]).then(
      ([summary, index]) => ({ summary, index, follow }),
    );
    await readAhead;
    // Written after the read ahead and before the panel listens: no broadcast reaches it.
    const edited = papers[33]!;
    const deleted = papers[34]!;
    await putPapers(db, [{ ...edited, title: 'Platypus electroreception', updatedAt: edited.updatedAt + 1 }]);
    await deletePapers(db, [deleted.id]);
    await saveCandidates(
      db,
      [{ title: 'Echidna spines revisited', authors: ['Ada Echidna'], authorsTruncated: false, ids: { arxiv: '2502.00002' } }],
      { site: 'text', url: 'https://lab.example/', kind: 'lab' },
    );
    expect(await sync.openIndex(readAhead)).toBe(true);
    const search = (text: string) => runQuery(sync.model, { ...EMPTY_QUERY, text }).ids;
    // Before the load: the library as it is now, the writes before and after the read ahead included (those after it
    // as their broadcasts arrive: heard by the pre-open script's channel, broadcast before the panel listened).
    expect(search('numbat')).toEqual([stale.id]);
    await until(() => search('platypus').length > 0 && search('echidna spin').length > 0);
    expect(sync.model.loaded).toBe(false);
    expect(search('platypus')).toEqual([edited.id]);
    expect(search('echidna spin')).toEqual(['arxiv:2502.00002']);
    expect(search(deleted.title)).not.toContain(deleted.id);
    await sync.load();
    const fresh = new LibraryMirror(db, () => {});
    expect(await fresh.openIndex()).toBe(true);
    await fresh.load();
    fresh.close();
    const queries = [
      'platypus',
      'echidna spin',
      'numbat',
      edited.title,
      deleted.title,
      ...papers.slice(0, 40).map((p) => p.title.split(/\s+/).slice(0, 2).join(' ')),
      ...papers.slice(40, 60).map((p) => p.title.slice(0, 4)),
    ];
    for (const text of queries) expect(search(text), text).toEqual(runQuery(fresh.model, { ...EMPTY_QUERY, text }).ids);
    expect(search('platypus')).toEqual([edited.id]);
    expect(search('echidna spin')).toEqual(['arxiv:2502.00002']);
    expect(search(deleted.title)).not.toContain(deleted.id);
  });

  it('a write committed just after the panel opened is found by a search made before everything is read', async () => {
    await packStoredLibrary(db);
    const shown = papers[80]!;
    const edited = papers[12]!;
    const deleted = papers[13]!;
    expect(await sync.openIndex()).toBe(true);
    const search = (text: string) => runQuery(sync.model, { ...EMPTY_QUERY, text }).ids;
    // An early result's row, read by id as the panel does.
    await sync.readRows([shown.id]);
    await saveCandidates(
      db,
      [{ title: 'Bilby burrow ventilation', authors: ['Ida Bilby'], authorsTruncated: false, ids: { arxiv: '2503.00003' } }],
      { site: 'text', url: 'https://lab.example/', kind: 'lab' },
    );
    await putPapers(db, [{ ...edited, title: 'Wallaby hopping gait', updatedAt: edited.updatedAt + 1 }]);
    await putPapers(db, [{ ...shown, title: 'Dingo pack range', updatedAt: shown.updatedAt + 1 }]);
    await deletePapers(db, [deleted.id]);
    await until(() => search('bilby burrow').length === 1 && search(deleted.title).every((id) => id !== deleted.id));
    expect(sync.model.loaded).toBe(false);
    expect(search('bilby burrow')).toEqual(['arxiv:2503.00003']);
    expect(search('wallaby hopping')).toEqual([edited.id]);
    expect(search('dingo pack')).toEqual([shown.id]);
    expect(sync.rows.get(shown.id)?.title).toBe('Dingo pack range');
    // Then everything: the same answers, and later changes follow.
    await sync.load();
    expect(sync.model.size).toBe(120);
    expect(search('bilby burrow')).toEqual(['arxiv:2503.00003']);
    expect(search('wallaby hopping')).toEqual([edited.id]);
    expect(search(deleted.title)).not.toContain(deleted.id);
    await putPapers(db, [{ ...papers[50]!, title: 'Quoll night hunting', updatedAt: papers[50]!.updatedAt + 1 }]);
    await until(() => search('quoll night').length === 1);
  });

  it('without a stored index: nothing to search early; once loaded, one is packed, kept and used', async () => {
    expect(await sync.openIndex()).toBe(false);
    await sync.load();
    expect(sync.model.isIndexed).toBe(false);
    await sync.index();
    expect(sync.model.isIndexed).toBe(true);
    expect((await readSearchIndex(db))?.staleChunks).toEqual([]);
    expect(runQuery(sync.model, { ...EMPTY_QUERY, text: papers[7]!.title }).ids).toContain(papers[7]!.id);
  });

  it('getRecentPapers reads newest first and stops at the limit', async () => {
    const recent = await getRecentPapers(db, 3);
    expect(recent).toHaveLength(3);
    expect(recent[0]!.addedAt).toBeGreaterThanOrEqual(recent[1]!.addedAt);
  });
});
