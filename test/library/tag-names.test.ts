/**
 * Issue 15 item 2: any string is a tag. Names that are Object.prototype's own ("constructor", "toString",
 * "__proto__", "prototype", "hasOwnProperty") are user data like any other: stored, shown, filtered, exported,
 * imported and synced, and never touch a prototype.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate, Paper } from '../../lib/model';
import { applyCapture, paperFromCandidate } from '../../lib/library/capture';
import { mergeLibraries } from '../../lib/library/merge';
import { editPapers, getAllPapers, openLibrary, saveCandidates } from '../../lib/library/store';
import { syncWithText } from '../../lib/library/file-sync';
import { parseImport } from '../../lib/formats/import';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { toBibtex } from '../../lib/formats/bibtex';
import { toCslJson } from '../../lib/formats/csl';
import { activeTags as shownTags, EMPTY_QUERY, LibraryModel, runQuery } from '../../lib/library/query';
import { withTag } from '../../lib/ui/sidepanel/edits';
import { makePaper } from '../helpers';

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const NOW = Date.UTC(2025, 5, 1);
const source = { site: 'text', url: 'https://lab.example/pubs', kind: 'lab' as const };
const candidate: Candidate = {
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani'],
  authorsTruncated: false,
  ids: { arxiv: '1706.03762' },
};

function onTags(p: Paper): string[] {
  return Object.keys(p.tags)
    .filter((t) => Object.hasOwn(p.tags, t) && p.tags[t]!.on)
    .sort();
}

function tagged(names = NAMES): Paper {
  let p = paperFromCandidate(candidate, source, NOW);
  for (const n of names) p = withTag(p, n, true, NOW + 1);
  return p;
}

afterEach(() => {
  // Nothing may leak onto Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).on).toBeUndefined();
});

describe('tag names that are Object.prototype keys', () => {
  it('side panel edits add and remove them like any tag', () => {
    const p = tagged();
    expect(onTags(p)).toEqual([...NAMES].sort());
    expect(Object.getPrototypeOf(p.tags) === null || Object.getPrototypeOf(p.tags) === Object.prototype).toBe(true);
    const untagged = withTag(p, 'constructor', false, NOW + 2);
    expect(onTags(untagged)).toEqual(NAMES.filter((n) => n !== 'constructor').sort());
    // Removing a tag the paper never had changes nothing (it used to find Object.prototype.toString).
    const plain = paperFromCandidate(candidate, source, NOW);
    expect(withTag(plain, 'toString', false, NOW + 2)).toBe(plain);
  });

  it('a capture with them as tags stores them (paperFromCandidate and applyCapture)', () => {
    const fresh = paperFromCandidate(candidate, source, NOW, NAMES);
    expect(onTags(fresh)).toEqual([...NAMES].sort());
    const { paper, changes } = applyCapture(paperFromCandidate(candidate, source, NOW), candidate, source, NOW + 1, [
      '__proto__',
      'constructor',
    ]);
    expect(onTags(paper)).toEqual(['__proto__', 'constructor']);
    expect(changes).toEqual(['tag:__proto__', 'tag:constructor']);
  });

  it('the side panel lists and filters them', () => {
    const p = tagged(['__proto__', 'constructor']);
    const other = { ...makePaper({ id: 'other', title: 'Other' }) };
    expect(shownTags(p)).toEqual(['__proto__', 'constructor']);
    const model = new LibraryModel([p, other]);
    const all = runQuery(model, EMPTY_QUERY, { facets: true });
    expect([...all.facets!.tags.keys()].sort()).toEqual(['__proto__', 'constructor']);
    expect(runQuery(model, { ...EMPTY_QUERY, tags: ['__proto__'] }).ids).toEqual([p.id]);
    expect(runQuery(model, { ...EMPTY_QUERY, tags: ['toString'] }).ids).toEqual([]);
  });

  it('merge keeps them', () => {
    const a = tagged(['__proto__', 'constructor']);
    const b = { ...a, tags: { ...a.tags } };
    const merged = mergeLibraries({ papers: [a], tombstones: [] }, { papers: [withTag(b, 'prototype', true, NOW + 5)], tombstones: [] });
    expect(onTags(merged.papers[0]!)).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('survive export -> import in every format', () => {
    const p = tagged();
    const sync = parseImport(serialiseSyncFile(toSyncFile([p], [], 'dev', NOW)), 'lib.json', NOW);
    expect(sync).toMatchObject({ ok: true });
    expect(sync.ok && onTags(sync.papers[0]!)).toEqual([...NAMES].sort());
    const csl = parseImport(JSON.stringify(toCslJson([p])), 'lib.csl.json', NOW);
    expect(csl).toMatchObject({ ok: true });
    expect(csl.ok && onTags(csl.papers[0]!)).toEqual([...NAMES].sort());
    const bib = parseImport(toBibtex([p]), 'lib.bib', NOW);
    expect(bib).toMatchObject({ ok: true });
    expect(bib.ok && onTags(bib.papers[0]!)).toEqual([...NAMES].sort());
  });

  it('a CSL item with them as keywords (no Papershelf data) imports them as tags', () => {
    const r = parseImport(JSON.stringify([{ id: 'a', type: 'article', title: 'T', keyword: '__proto__, constructor' }]), 'x.json', NOW);
    expect(r.ok && onTags(r.papers[0]!)).toEqual(['__proto__', 'constructor']);
  });

  it('are stored in IndexedDB and sync with a file, both ways', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveCandidates(db, [candidate], source, { now: NOW, tags: ['__proto__', 'constructor'] });
    const [id] = (await getAllPapers(db)).map((p) => p.id);
    await editPapers(db, [id!], (p) => withTag(p, 'prototype', true, NOW + 1));
    expect(onTags((await getAllPapers(db))[0]!)).toEqual(['__proto__', 'constructor', 'prototype']);
    // The library's own sync file syncs back in (it used to fail: forbidden key "constructor").
    const first = await syncWithText(db, null, 'sync.json', NOW + 2);
    expect(first.ok).toBe(true);
    const again = await syncWithText(db, first.ok ? first.output : '', 'sync.json', NOW + 3);
    expect(again).toMatchObject({ ok: true });
    // Into another device's library.
    const other = await openLibrary(new IDBFactory());
    const synced = await syncWithText(other, first.ok ? first.output : '', 'sync.json', NOW + 4);
    expect(synced).toMatchObject({ ok: true });
    expect(onTags((await getAllPapers(other))[0]!)).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('a "__proto__" key in a file is data where keys are data and ignored where keys are fields, polluting nothing', () => {
    const p = tagged(['x']);
    const file = serialiseSyncFile(toSyncFile([p], [], 'dev', NOW));
    const hostile = file
      .replace('"tags":{', '"tags":{"__proto__":{"on":true,"t":5},')
      .replace('"papers":[{', '"papers":[{"__proto__":{"polluted":true},');
    const r = parseImport(hostile, 'x.json', NOW);
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(onTags(r.papers[0]!)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(r.papers[0])).toBe(Object.prototype);
    expect((r.papers[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
