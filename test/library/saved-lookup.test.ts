import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deletePapers, editPapers, getAllPapers, openLibrary, saveCandidates } from '../../lib/library/store';
import { lookupSaved } from '../../lib/library/saved-lookup';
import { entryKeys } from '../../lib/content/saved-marks';
import { huggingface } from '../../lib/sites/huggingface';
import { arxiv } from '../../lib/sites/arxiv';
import { fixtureDocument } from '../helpers';

const HF_URL = new URL('https://huggingface.co/papers/date/2024-08-01');
const ARXIV_URL = new URL('https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200');
const source = { site: 'huggingface', url: HF_URL.href, kind: 'feed' as const };

describe('lookupSaved', () => {
  it('answers, per entry of a page, whether it is saved and its tag count; follows saves, tags and deletes', async () => {
    const db = await openLibrary(new IDBFactory());
    const { entries } = huggingface.extract(fixtureDocument('pages/huggingface-daily-2024-08-01.html'), HF_URL);
    const keys = entries.map(entryKeys);
    expect(await lookupSaved(db, keys)).toEqual(entries.map(() => null));

    const llama = entries.findIndex((c) => c.title === 'The Llama 3 Herd of Models');
    expect(llama).toBeGreaterThanOrEqual(0);
    const report = await saveCandidates(db, [entries[llama]!], source, { tags: ['to-read', 'llm'] });
    expect(report.added).toBe(1);
    const after = await lookupSaved(db, keys);
    expect(after.filter(Boolean)).toHaveLength(1);
    expect(after[llama]).toEqual({ tags: 2 });

    const id = (await getAllPapers(db))[0]!.id;
    await editPapers(db, [id], (p) => ({ ...p, tags: { ...p.tags, llm: { on: false, t: 9 } } }));
    expect((await lookupSaved(db, keys))[llama]).toEqual({ tags: 1 });
    await deletePapers(db, [id]);
    expect((await lookupSaved(db, keys))[llama]).toBeNull();
  });

  it('finds a paper saved from one site on another site by its identifier (arXiv id)', async () => {
    const db = await openLibrary(new IDBFactory());
    const hf = huggingface.extract(fixtureDocument('pages/huggingface-daily-2024-08-01.html'), HF_URL).entries;
    await saveCandidates(db, hf, source);
    // The same paper as arXiv shows it: only the identifier is shared with the saved record.
    const asArxiv = {
      title: 'The Llama 3 Herd of Models (arXiv wording)',
      authors: ['Someone Else'],
      authorsTruncated: false,
      ids: { arxiv: '2407.21783' },
    };
    const [found] = await lookupSaved(db, [entryKeys(asArxiv)]);
    expect(found).toEqual({ tags: 0 });
    const search = arxiv.extract(fixtureDocument('pages/arxiv-search-200-2025-12.html'), ARXIV_URL).entries;
    expect((await lookupSaved(db, search.map(entryKeys))).every((m) => m === null)).toBe(true);
  });
});

describe('lookupSaved: preprint and published version', () => {
  it("marks an arXiv entry whose published version is saved alone (no arXiv id on it); not another paper's", async () => {
    const db = await openLibrary(new IDBFactory());
    const title = 'On the worst-case complexity of the gradient method with exact line search for smooth strongly convex functions';
    const authors = ['Etienne de Klerk', 'François Glineur', 'Adrien B. Taylor'];
    const lab = { site: 'alfolio', url: 'https://adrientaylor.github.io/publications/', kind: 'lab' as const };
    await saveCandidates(
      db,
      [{ title, authors, authorsTruncated: false, ids: { doi: '10.1007/s11590-018-1379-y' }, year: 2017, venue: 'Optimization Letters' }],
      lab,
      {
        tags: ['opt'],
      },
    );
    const preprint = {
      title,
      authors,
      authorsTruncated: false,
      ids: { arxiv: '1606.09365' },
      year: 2016,
      venue: 'arXiv',
      type: 'preprint' as const,
    };
    const [marked, otherAuthor, tooLate, notArxiv] = await lookupSaved(db, [
      entryKeys(preprint),
      entryKeys({ ...preprint, authors: ['Yoel Drori', 'Adrien B. Taylor'] }),
      entryKeys({ ...preprint, year: 2010 }),
      entryKeys({ ...preprint, ids: {}, title: `${title}!`, year: 2030 }),
    ]);
    expect(marked).toEqual({ tags: 1 });
    expect(otherAuthor).toBeNull();
    expect(tooLate).toBeNull();
    expect(notArxiv).toBeNull();
  });
});
