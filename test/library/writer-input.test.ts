/**
 * The library writer (lib/library/store.ts) checks its input at its entry: bad input is refused with an error that says
 * what was wrong, the library is left exactly as it was, and nothing is announced. Good input is written and announced.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Candidate, Paper, UndoRecord } from '../../lib/model';
import {
  CHANNEL,
  WriteRefused,
  deletePapers,
  editPapers,
  getAllPapers,
  mergeIntoLibrary,
  openLibrary,
  putPapers,
  saveCandidates,
  setMeta,
  undoChanges,
  type LibraryDb,
} from '../../lib/library/store';
import { withNote } from '../../lib/ui/sidepanel/edits';

const source = { site: 'generic', url: 'https://lab.example/publications', kind: 'lab' as const };
const good: Candidate = {
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani'],
  authorsTruncated: true,
  ids: { arxiv: '1706.03762' },
  year: 2017,
};
const other: Candidate = {
  title: 'Deep Residual Learning for Image Recognition',
  authors: ['Kaiming He'],
  authorsTruncated: true,
  ids: { arxiv: '1512.03385' },
  year: 2015,
};

let db: LibraryDb;
let heard: { reason?: string; ids?: string[] }[];
let channel: BroadcastChannel;

/** Every record in every store, as stored. */
async function contents(): Promise<unknown> {
  const stores = ['chunks', 'directory', 'tombstones', 'meta'] as const;
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, { keys: await db.getAllKeys(s), values: await db.getAll(s) }])));
}

/** Broadcasts take a task to arrive. */
const announced = async () => {
  await new Promise((r) => setTimeout(r, 30));
  return heard.map((m) => m.reason);
};

/** `write` is refused with a WriteRefused whose message matches `message`; the library and the channel stay as they were. */
async function expectRefused(write: () => Promise<unknown>, message: RegExp): Promise<void> {
  const before = await contents();
  heard.length = 0;
  const error = await write().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteRefused);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).toMatch(/Nothing was changed\.$/);
  expect(await contents()).toEqual(before);
  expect(await announced()).toEqual([]);
}

beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
  await saveCandidates(db, [good], source, { now: 1 });
  heard = [];
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent) => heard.push(e.data);
});
afterEach(() => channel.close());

describe('saving entries (captures, selections, the paste box)', () => {
  it('refuses a source that is not an http(s) page', async () => {
    await expectRefused(
      () => saveCandidates(db, [other], { ...source, url: 'javascript:alert(1)' }),
      /^Save refused \(url: must be an http\(s\) URL\)/,
    );
  });

  it('refuses a page kind it does not know and a tag longer than 200 characters', async () => {
    await expectRefused(() => saveCandidates(db, [other], { ...source, kind: 'blog' as never }), /^Save refused \(kind: /);
    await expectRefused(() => saveCandidates(db, [other], source, { tags: ['x'.repeat(201)] }), /^Save refused \(tags\.0: /);
  });

  it('refuses a list with no usable entry, naming why each was left out', async () => {
    const noTitle = { ...other, title: '' };
    const hugeTitle = { ...other, title: 'x'.repeat(2001) };
    const invisibleTitle = { ...other, title: '\u200B\u0000 ' }; // valid, but nothing is left once cleaned
    await expectRefused(
      () => saveCandidates(db, [noTitle, hugeTitle, invisibleTitle, 'not an entry'], source),
      /^Save refused: none of the 4 entries can be saved \(.*no title.*title longer than 2000 characters.*\)/,
    );
  });

  it('leaves out an unusable entry, keeps the rest, cleans their text and says what it left out', async () => {
    const badLink = { ...other, title: 'A Paper With a Bad Link', url: 'javascript:alert(1)' };
    const dirty = { ...other, title: 'Deep\u202E Residual\u0000 Learning for Image Recognition', authors: ['Kaiming\u200B He'] };
    const report = await saveCandidates(db, [badLink, dirty], source, { now: 2 });
    expect(report).toMatchObject({ added: 1, dropped: { count: 1, reasons: [{ reason: 'url: must be an http(s) URL', count: 1 }] } });
    const saved = (await getAllPapers(db)).find((p) => p.ids.arxiv === '1512.03385');
    expect(saved).toMatchObject({ title: 'Deep Residual Learning for Image Recognition', authors: ['Kaiming He'] });
    expect(await announced()).toEqual(['capture']);
  });
});

describe('edits, deletions, whole papers, imports, undo, settings', () => {
  const stored = async () => (await getAllPapers(db))[0]!;

  it('refuses an edit that would store an invalid paper (a note over 100,000 characters) or change an id', async () => {
    const { id } = await stored();
    await expectRefused(
      () => editPapers(db, [id], (p) => withNote(p, 'n'.repeat(100_001), 5), 'note'),
      /^Edit refused: it would store an invalid paper \(note: .*; id "/,
    );
    await expectRefused(
      () => editPapers(db, [id], (p) => ({ ...p, id: 'other' }), 'edit'),
      /^Edit refused: an edit may not change a paper's id/,
    );
    await expectRefused(() => editPapers(db, [id], (p) => p, ''), /^Edit refused \(/);
  });

  it('refuses whole papers that do not validate, naming the paper', async () => {
    const p = await stored();
    const broken = { ...p, id: 'broken-1', title: '' } as Paper;
    await expectRefused(
      () => putPapers(db, [{ ...p, id: 'fine-1' }, broken]),
      /^Write refused: it would store an invalid paper \(title: .*; id "broken-1"\)/,
    );
  });

  it('refuses deletions of ids that are not strings', async () => {
    await expectRefused(() => deletePapers(db, [42 as unknown as string]), /^Delete refused \(0: /);
  });

  it('refuses an import whose merge would store an invalid tombstone, inside its transaction', async () => {
    const p = await stored();
    await expectRefused(
      () => mergeIntoLibrary(db, () => ({ result: null, put: [], deleteIds: [p.id], tombstones: [{ id: p.id, keys: [], deletedAt: 3 }] })),
      /^Import refused: it would store an invalid tombstone \(keys: /,
    );
  });

  it('refuses an import whose merge would change a stored paper into an invalid one, naming the field', async () => {
    const p = await stored();
    await expectRefused(
      () =>
        mergeIntoLibrary(db, () => ({
          result: null,
          put: [{ ...p, sources: [{ ...p.sources[0]!, url: 'javascript:alert(1)' }] }],
          deleteIds: [],
          tombstones: [],
        })),
      /^Import refused: it would store an invalid paper \(sources\.0\.url: must be an http\(s\) URL; id "/,
    );
    const { readState: _dropped, ...withoutReadState } = p;
    await expectRefused(
      () => mergeIntoLibrary(db, () => ({ result: null, put: [withoutReadState as Paper], deleteIds: [], tombstones: [] })),
      /\(readState: /,
    );
  });

  it('refuses an undo record of the wrong shape', async () => {
    await expectRefused(
      () => undoChanges(db, { action: 'capture', papers: [{ parts: [] }], tombstones: [] } as unknown as UndoRecord),
      /^Undo refused \(papers\.0\.id: /,
    );
  });

  it('refuses a setting it does not know; a known one is written and announced', async () => {
    await expectRefused(() => setMeta(db, 'theme' as never, 'dark'), /^Setting refused \(key: /);
    await expectRefused(() => setMeta(db, 'deviceId', ''), /^Setting refused \(value: /);
    await setMeta(db, 'deviceId', 'laptop');
    expect(await db.get('meta', 'deviceId')).toBe('laptop');
    expect(await announced()).toEqual(['meta']);
  });

  it('announces every accepted write', async () => {
    const p = await stored();
    const { undo } = await editPapers(db, [p.id], (q) => withNote(q, 'read', 5), 'note');
    await undoChanges(db, undo);
    await putPapers(db, [{ ...p, starred: true }], 'seed');
    await deletePapers(db, [p.id], 6);
    await mergeIntoLibrary(db, () => ({ result: null, put: [], deleteIds: [], tombstones: [] }));
    expect(await announced()).toEqual(['note', 'undo', 'seed', 'delete', 'import']);
  });
});
