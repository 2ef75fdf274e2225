import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { generatePapers } from '../support/generate';
import { ImportSession } from '../../lib/library/import-session';
import { parseImport } from '../../lib/formats/import';
import { getAllPapers, openLibrary, putPapers } from '../../lib/library/store';

const papers = generatePapers(30, 11);

async function libraryWith(count: number) {
  const db = await openLibrary(new IDBFactory());
  await putPapers(db, papers.slice(0, count));
  return db;
}

describe('ImportSession (the file worker’s state)', () => {
  it('sends the page the counts and the first 30 entries of each list, with their titles only', async () => {
    const many = generatePapers(45, 23);
    const db = await libraryWith(0);
    const session = new ImportSession(db);
    const outcome = await session.preview(serialiseSyncFile(toSyncFile(many, [], 'laptop', 1)), 'many.json');
    if (!outcome.ok) throw new Error(outcome.error);
    const r = outcome.preview.report;
    expect(r.counts).toEqual({ added: 45, updated: 0, conflicts: 0, deleted: 0, keptDespiteDeletion: 0 });
    expect(r.hasWork).toBe(true);
    expect(r.added).toHaveLength(30);
    expect(new Set(r.added).size).toBe(30);
    expect(outcome.preview.titles).toHaveLength(30);
    const applied = await session.apply('many.json');
    expect(applied.counts.added).toBe(45);
    expect(applied.added).toHaveLength(30);
    expect(await getAllPapers(db)).toHaveLength(45);
  });

  it('previews without writing, then applies exactly what it previewed', async () => {
    const db = await libraryWith(10);
    const session = new ImportSession(db);
    const file = serialiseSyncFile(toSyncFile(papers.slice(5, 20), [], 'laptop', 1));
    const outcome = await session.preview(file, 'laptop.json');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.preview).toMatchObject({ filename: 'laptop.json', format: 'sync', papersInFile: 15 });
    expect(outcome.preview.report.added).toHaveLength(10);
    expect(outcome.preview.report.unchanged).toBe(10); // every local paper: 5 also in the file, 5 only here
    // Titles come back for the papers the report names, and only for them.
    expect(new Map(outcome.preview.titles)).toEqual(new Map(papers.slice(10, 20).map((p) => [p.id, p.title])));
    expect(await getAllPapers(db)).toHaveLength(10); // nothing written yet

    const report = await session.apply('laptop.json');
    expect(report.added.sort()).toEqual(
      papers
        .slice(10, 20)
        .map((p) => p.id)
        .sort(),
    );
    expect(await getAllPapers(db)).toHaveLength(20);
    await expect(session.apply('laptop.json')).rejects.toThrow(/no longer previewed/); // applied once only
  });

  it('a bad file is an error and leaves nothing to apply; cancel forgets the preview', async () => {
    const db = await libraryWith(3);
    const session = new ImportSession(db);
    expect(await session.preview('{"format": "papershelf-sync", "papers": 7}', 'bad.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/sync file/),
    });
    await expect(session.apply('bad.json')).rejects.toThrow(/no longer previewed/);
    const ok = await session.preview(serialiseSyncFile(toSyncFile(papers.slice(20, 25), [], 'x', 1)), 'good.json');
    expect(ok.ok).toBe(true);
    await expect(session.apply('other.json')).rejects.toThrow(/no longer previewed/);
    session.cancel();
    await expect(session.apply('good.json')).rejects.toThrow(/no longer previewed/);
    expect(await getAllPapers(db)).toHaveLength(3);
  });
});

describe('ImportSession reads the file bytes (issue 15 item 8)', () => {
  it('reads a chosen file (a Blob) as the same papers, and tells an error where the file has it', async () => {
    const db = await libraryWith(0);
    const session = new ImportSession(db);
    const accented = papers.slice(0, 3).map((p, i) => ({ ...p, title: `Łukasz, Dvořák et café ${i} 😀` }));
    const text = serialiseSyncFile(toSyncFile(accented, [], 'laptop', 1));
    const outcome = await session.preview(new Blob([text]), 'accented.json');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.preview.titles.map(([, title]) => title).sort()).toEqual(accented.map((p) => p.title).sort());
    await session.apply('accented.json');
    expect((await getAllPapers(db)).map((p) => p.title).sort()).toEqual(accented.map((p) => p.title).sort());
    // "oops" is the 69th character of the file's line (the escaped text the parser reads first is longer before it).
    const bad = '{"format": "papershelf-sync", "papers": [{"title": "Łukasz Dvořák"} oops]}';
    const broken = await session.preview(new Blob([bad]), 'broken.json');
    expect(broken).toEqual({ ok: false, error: expect.stringContaining('not valid JSON at line 1, column 69') });
    expect(broken).toEqual({ ok: false, error: (parseImport(bad, 'broken.json') as { error: string }).error });
  });

  it('a file that is not valid UTF-8 previews with a warning; a sync file that is not is refused', async () => {
    const db = await libraryWith(0);
    const session = new ImportSession(db);
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('@misc{a,\n  title = {Caf\u00e9 '),
      0xff,
      ...new TextEncoder().encode('}\n}\n'),
    ]);
    const outcome = await session.preview(bytes.buffer, 'old.bib');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.preview.warnings).toEqual([
      expect.stringMatching(/^the file is not valid UTF-8: 1 invalid byte sequence read as U\+FFFD .*line 2$/),
    ]);
    const sync = new TextEncoder().encode(serialiseSyncFile(toSyncFile(papers.slice(0, 2), [], 'laptop', 1)));
    const broken = new Uint8Array([...sync.slice(0, 200), 0xc3, ...sync.slice(200)]);
    expect(await session.sync(broken, 'sync.json')).toMatchObject({ ok: false, error: expect.stringContaining('not valid UTF-8') });
    expect(await getAllPapers(db)).toHaveLength(0);
  });
});
