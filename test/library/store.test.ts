import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Candidate, PageScan } from '../../lib/model';
import {
  deletePapers,
  editPapers,
  getAllPapers,
  openLibrary,
  putPapers,
  reviewScan,
  saveCandidates,
  undoChanges,
  type LibraryDb,
} from '../../lib/library/store';
import { paperFromCandidate } from '../../lib/library/capture';
import { huggingface } from '../../lib/sites/huggingface';
import { arxiv } from '../../lib/sites/arxiv';
import { fixtureDocument } from '../helpers';

const HF_URL = new URL('https://huggingface.co/papers/date/2024-08-01');
const source = { site: 'huggingface', url: HF_URL.href, kind: 'feed' as const };
let db: LibraryDb;

function hfScan(): PageScan {
  return huggingface.extract(fixtureDocument('pages/huggingface-daily-2024-08-01.html'), HF_URL);
}

beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
});

describe('library store', () => {
  it('saves a capture once; saving it again adds nothing and refreshes signals', async () => {
    const scan = hfScan();
    const first = await saveCandidates(db, scan.entries, source, { now: 1000 });
    expect(first).toMatchObject({ added: 13, updated: 0, unchanged: 0 });
    const bumped = scan.entries.map((c) => ({ ...c, signals: { ...c.signals, upvotes: (c.signals?.upvotes ?? 0) + 5 } }));
    const second = await saveCandidates(db, bumped, source, { now: 2000 });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 13 });
    const all = await getAllPapers(db);
    expect(all).toHaveLength(13);
    const llama = all.find((p) => p.ids.arxiv === '2407.21783')!;
    expect(llama.signals.upvotes).toBe(99); // the page shows 94; the re-capture said 99
    expect(llama.sources).toHaveLength(1);
    expect(llama.sources[0]).toMatchObject({ firstSeenAt: 1000, seenAt: 2000 });
  });

  it('a second sighting on another page enriches the record and keeps both sources', async () => {
    const bare: Candidate = {
      title: 'The Llama 3 Herd of Models',
      authors: ['Abhimanyu Dubey'],
      authorsTruncated: true,
      ids: { arxiv: '2407.21783' },
    };
    await saveCandidates(db, [bare], { site: 'text', url: 'https://lab.example/pubs', kind: 'lab' }, { now: 1 });
    const report = await saveCandidates(db, hfScan().entries, source, { now: 2 });
    expect(report).toMatchObject({ added: 12, updated: 1 });
    const llama = (await getAllPapers(db)).find((p) => p.ids.arxiv === '2407.21783')!;
    expect(llama.authors.length).toBeGreaterThan(500); // the complete list replaced the truncated one
    expect(llama.authorsTruncated).toBe(false);
    expect(llama.abstract).toMatch(/^Modern artificial intelligence/);
    expect(llama.sources.map((s) => s.site)).toEqual(['text', 'huggingface']);
  });

  it('a page listing the same paper twice yields one record', async () => {
    const c = hfScan().entries[0]!;
    const report = await saveCandidates(db, [c, { ...c, title: c.title + ' ' }], source);
    expect(report.added).toBe(1);
    expect(await getAllPapers(db)).toHaveLength(1);
  });

  it('review marks new, saved, update and possible duplicates', async () => {
    const scan = hfScan();
    await saveCandidates(db, scan.entries.slice(0, 2), source);
    await saveCandidates(db, [{ title: scan.entries[2]!.title, authors: ['Someone Else'], authorsTruncated: false, ids: {} }], {
      ...source,
      url: 'https://x.example/',
    });
    const withMore = { ...scan, entries: scan.entries.map((c, i) => (i === 1 ? { ...c, venue: 'COLM 2024' } : c)) };
    withMore.entries[1] = { ...withMore.entries[1]!, ids: { ...withMore.entries[1]!.ids, doi: '10.1/xyz' } };
    const review = await reviewScan(db, withMore);
    expect(review[0]!.status).toBe('saved');
    expect(review[1]).toMatchObject({ status: 'update', changes: ['ids.doi'] });
    expect(review[2]!.status).toBe('new');
    expect(review[2]!.possibleMatch?.title).toBe(scan.entries[2]!.title);
    expect(review.filter((r) => r.status === 'new')).toHaveLength(11);
  });

  it('undo of a save restores the library exactly', async () => {
    const scan = hfScan();
    await saveCandidates(db, scan.entries.slice(0, 5), source, { now: 1 });
    const before = await getAllPapers(db);
    const report = await saveCandidates(
      db,
      scan.entries,
      { ...source, url: 'https://huggingface.co/papers?q=x' },
      { now: 2, tags: ['llm'] },
    );
    expect(report.added).toBe(8);
    await undoChanges(db, report.undo!);
    expect(await getAllPapers(db)).toEqual(before);
  });

  it('delete leaves tombstones and undo restores every field', async () => {
    await saveCandidates(db, hfScan().entries, source, { tags: ['daily'] });
    const before = await getAllPapers(db);
    const undo = await deletePapers(
      db,
      before.slice(0, 4).map((p) => p.id),
    );
    expect(await getAllPapers(db)).toHaveLength(9);
    expect(await db.count('tombstones')).toBe(4);
    await undoChanges(db, undo);
    const byId = (papers: { id: string }[]) => [...papers].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await getAllPapers(db))).toEqual(byId(before)); // restored papers go back at the end of the order
    expect(await db.count('tombstones')).toBe(0);
  });

  it('edits fired back to back each build on the last, none lost', async () => {
    await saveCandidates(db, hfScan().entries, source, { now: 1 });
    const [target] = await getAllPapers(db);
    // The side panel fires these without waiting: each must read the stored paper inside its own transaction.
    const written = (
      await Promise.all([
        editPapers(db, [target!.id], (p) => ({ ...p, tags: { ...p.tags, a: { on: true, t: 5 } } }), 'tag'),
        editPapers(db, [target!.id], (p) => ({ ...p, readState: 'reading' }), 'read-state'),
        editPapers(db, [target!.id], (p) => ({ ...p, starred: true }), 'star'),
        editPapers(db, [target!.id, 'missing'], (p) => p, 'nothing'),
      ])
    ).map((r) => r.ids);
    expect(written).toEqual([[target!.id], [target!.id], [target!.id], []]);
    const after = (await getAllPapers(db)).find((p) => p.id === target!.id)!;
    expect(after).toMatchObject({ readState: 'reading', starred: true, tags: { a: { on: true, t: 5 } } });
  });
});

describe('organisation authors through capture', () => {
  const ARXIV_URL = new URL('https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200');
  const arxivSource = { site: 'arxiv', url: ARXIV_URL.href, kind: 'feed' as const };

  it('the saved arXiv page: "Gemini Robotics Team" and "LHAASO Collaboration" are saved as organisations, everyone else as people', async () => {
    const scan = arxiv.extract(fixtureDocument('pages/arxiv-search-200-2025-12.html'), ARXIV_URL);
    await saveCandidates(db, scan.entries, arxivSource, { now: 1 });
    const all = await getAllPapers(db);
    const literals = all.flatMap((p) => p.authors.filter((a) => typeof a !== 'string'));
    expect(literals).toEqual(expect.arrayContaining([{ literal: 'Gemini Robotics Team' }, { literal: 'LHAASO Collaboration' }]));
    expect(literals).toHaveLength(2);
    const again = await reviewScan(db, scan);
    expect(again.filter((e) => e.status !== 'saved')).toEqual([]);
  });

  it('an entry without identifiers whose first author is an organisation is found again by its fingerprint', async () => {
    const c: Candidate = {
      title: 'Kimi Linear: An Expressive, Efficient Attention Architecture',
      authors: ['Kimi Team', 'Yu Zhang'],
      authorsTruncated: false,
      year: 2025,
      ids: {},
    };
    await saveCandidates(db, [c], { site: 'text', url: 'https://lab.example/', kind: 'lab' }, { now: 1 });
    const [saved] = await getAllPapers(db);
    expect(saved!.authors).toEqual([{ literal: 'Kimi Team' }, 'Yu Zhang']);
    expect(saved!.id).toBe('fp:kimilinearanexpressiveefficientattentionarchitecture|kimiteam|2025');
    expect(await saveCandidates(db, [c], { site: 'text', url: 'https://lab.example/', kind: 'lab' }, { now: 2 })).toMatchObject({
      added: 0,
    });
  });

  it('a record saved before organisations existed (names as strings) is upgraded by the next capture', async () => {
    const c: Candidate = {
      title: 'Gemini: A Family of Highly Capable Multimodal Models',
      authors: ['Gemini Team', 'Rohan Anil'],
      authorsTruncated: true,
      ids: { arxiv: '2312.11805' },
    };
    const old = { ...paperFromCandidate(c, source, 1), authors: ['Gemini Team', 'Rohan Anil'] };
    await putPapers(db, [old]);
    const [entry] = await reviewScan(db, { site: 'huggingface', kind: 'feed', url: source.url, entries: [c] });
    expect(entry).toMatchObject({ status: 'update', changes: ['authors'] });
    await saveCandidates(db, [c], source, { now: 5 });
    expect((await getAllPapers(db))[0]!.authors).toEqual([{ literal: 'Gemini Team' }, 'Rohan Anil']);
  });
});
