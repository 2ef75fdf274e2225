/**
 * The pre-open script's answers to the drawn search box (lib/ui/sidepanel/early-search.ts) are the panel's: the stored
 * index opened from the pre-open script's raw read finds what the panel's own opening of it finds (LibraryMirror),
 * stale chunks included, and the panel takes that opened index over without reading it again. The hand-over itself
 * (preopen.ts answerSearchAhead / takeEarlySearch). The drawing is tested in Chromium (sidepanel-first-screen.test.ts).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../lib/model';
import {
  answerSearchAhead,
  firstRowsSettled,
  startFirstRows,
  startPreopen,
  takeEarlySearch,
  takeIndexReadAhead,
} from '../../lib/library/preopen';
import { EMPTY_QUERY, runQuery } from '../../lib/library/query';
import { SearchIndex } from '../../lib/library/search-index';
import { packStoredLibrary } from '../../lib/library/stored-index';
import { deletePapers, editPapers, openLibrary, putPapers, type LibraryDb } from '../../lib/library/store';
import { readChunkPapers } from '../../lib/library/preopen';
import { earlyCountLine, earlyResults, openIndexAhead } from '../../lib/ui/sidepanel/early-search';
import { LibraryMirror } from '../../lib/ui/sidepanel/library-mirror';
import { generatePapers } from '../support/generate';
import { SEARCH_INDEX_KEY } from '../../lib/library/db-name';
import { SUMMARY_KEY } from '../../lib/library/shelf';

/** A library of 300 papers with its index packed, then one paper retitled and one deleted (stale chunks). */
async function libraryWithStaleIndex() {
  const factory = new IDBFactory();
  const db = await openLibrary(factory);
  const papers = generatePapers(300, 19).map((p, i) => (i === 150 ? { ...p, abstract: 'Field notes on wombats in the wild.' } : p));
  await putPapers(db, papers, 'seed');
  await packStoredLibrary(db);
  const retitled = papers[20]!;
  await editPapers(db, [retitled.id], (p) => ({ ...p, title: 'Numbats and their burrows', updatedAt: p.updatedAt + 1 }), 'edit');
  const deleted = papers[250]!;
  await deletePapers(db, [deleted.id]);
  return { factory, db, papers, retitled, deleted };
}

/** The stored index and directory summary, read as the pre-open script reads them (raw; the index's Blob as bytes). */
async function rawRead(db: LibraryDb) {
  const index = (await db.get('meta', SEARCH_INDEX_KEY)) as { sections: Blob };
  return { index: { ...index, sections: await index.sections.arrayBuffer() }, summary: await db.get('directory', SUMMARY_KEY) };
}

describe('the pre-open script answers the search box as the panel would', () => {
  it('opens the stored index with the chunks written since, and finds what the panel finds (full text, edits, deletions)', async () => {
    const { db, papers, retitled, deleted } = await libraryWithStaleIndex();
    const read = await rawRead(db);
    const opened = (await openIndexAhead(unwrap(db), read))!;
    expect(opened.staleChunks.length).toBeGreaterThan(0);
    expect(opened.stalePapers.map((p) => p.id)).toContain(retitled.id);
    expect(opened.stalePapers.map((p) => p.id)).not.toContain(deleted.id);

    const index = SearchIndex.restore(opened.index, opened.staleChunks, opened.stalePapers);
    const mirror = new LibraryMirror(db, () => {});
    expect(await mirror.openIndex()).toBe(true);
    const queries = ['wombats', 'numbats', retitled.title.split(' ').slice(0, 3).join(' '), deleted.title, 'learning ', 'ab', '', '  '];
    for (const text of queries) {
      const panel = text.trim() ? runQuery(mirror.model, { ...EMPTY_QUERY, sort: 'relevance', text }).ids : undefined;
      expect(earlyResults(index, text), text).toEqual(panel);
    }
    // Checked by hand against the library: the abstract's word finds its paper alone; the edit and the deletion count.
    expect(earlyResults(index, 'wombats')).toEqual([papers[150]!.id]);
    expect(earlyResults(index, 'numbats')).toEqual([retitled.id]);
    expect(earlyResults(index, deleted.title)).not.toContain(deleted.id);
    mirror.close();
  });

  it('finds where each result is stored, and reads those papers as they are now', async () => {
    const { db, papers, retitled, deleted } = await libraryWithStaleIndex();
    const opened = (await openIndexAhead(unwrap(db), await rawRead(db)))!;
    const index = SearchIndex.restore(opened.index, opened.staleChunks, opened.stalePapers);
    const untouched = papers[150]!;
    const at = index.locate(untouched.id) as { chunk: number };
    expect((await readChunkPapers(unwrap(db), [at.chunk])).find((p) => p.id === untouched.id)).toEqual(untouched);
    expect((index.locate(retitled.id) as { paper: Paper }).paper.title).toBe('Numbats and their burrows');
    expect(index.locate(deleted.id)).toBeUndefined();
  });

  it('says what the panel says on the count line', () => {
    expect(earlyCountLine(3000, undefined)).toBe('Loading 3,000 papers…');
    expect(earlyCountLine(3000, ['a'])).toBe('1 match, loading 3,000 papers…');
    expect(earlyCountLine(20000, [])).toBe('0 matches, loading 20,000 papers…');
  });

  it('opens no index that misses too many chunks, or none at all', async () => {
    const factory = new IDBFactory();
    const db = await openLibrary(factory);
    await putPapers(db, generatePapers(120, 5), 'seed');
    const summary = await db.get('directory', SUMMARY_KEY);
    expect(await openIndexAhead(unwrap(db), { index: undefined, summary })).toBeUndefined();
    await packStoredLibrary(db);
    const read = await rawRead(db);
    const many = { ...(read.summary as object), chunkWrites: Array.from({ length: 65 }, () => Number.MAX_SAFE_INTEGER) };
    expect(await openIndexAhead(unwrap(db), { index: read.index, summary: many })).toBeUndefined();
  });
});

describe('the panel takes over the pre-open script’s search box', () => {
  it('waits for the answers, then takes what they show and the index they opened, which it does not read again', async () => {
    const { factory, db } = await libraryWithStaleIndex();
    db.close();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    startFirstRows(10, async () => true, scope);
    let release!: () => void;
    const answered = new Promise<void>((r) => (release = r));
    const shown = { text: 'wombats', ids: ['x'], papers: new Map<string, Paper>() };
    let opened: unknown;
    answerSearchAhead(async (raw, ahead) => {
      opened = ahead.opened = await openIndexAhead(raw, ahead);
      await answered;
      return async () => shown;
    }, scope);
    let settled = false;
    void firstRowsSettled(scope).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
    release();
    await firstRowsSettled(scope);
    expect(await takeEarlySearch(scope)).toBe(shown);
    expect(await takeEarlySearch(scope)).toBeUndefined();

    const ahead = takeIndexReadAhead(scope)!;
    expect((await ahead)!.opened).toBe(opened);
    const panelDb = await openLibrary(factory);
    const mirror = new LibraryMirror(panelDb, () => {});
    expect(await mirror.openIndex(ahead)).toBe(true);
    expect(runQuery(mirror.model, { ...EMPTY_QUERY, sort: 'relevance', text: 'numbats' }).ids.length).toBe(1);
    mirror.close();
    panelDb.close();
  });

  it('answers nothing when nothing was drawn', async () => {
    const { factory, db } = await libraryWithStaleIndex();
    db.close();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    startFirstRows(10, async () => false, scope);
    let asked = false;
    answerSearchAhead(async () => {
      asked = true;
      return undefined;
    }, scope);
    await firstRowsSettled(scope);
    expect(asked).toBe(false);
    expect(await takeEarlySearch(scope)).toBeUndefined();
  });
});
