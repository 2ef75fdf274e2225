import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import bibtexParse from 'bibtex-parse';
import type { Candidate, PageScan } from '../../lib/model';
import { getAllPapers, openLibrary, reviewScan, saveCandidates, undoChanges, type LibraryDb } from '../../lib/library/store';
import { toBibtex } from '../../lib/formats/bibtex';
import { toCslJson } from '../../lib/formats/csl';

const ARXIV = { site: 'arxiv', url: 'https://arxiv.org/list/math.OC/new', kind: 'feed' as const };
const LAB = { site: 'alfolio', url: 'https://adrientaylor.github.io/publications/', kind: 'lab' as const };

// Adrien Taylor's publications page (test/fixtures/pages/alfolio-adrientaylor-publications-2025-06.html) lists this
// paper in Mathematical Programming (2017) with its DOI and its arXiv preprint 1502.05666 (2015).
const TITLE = 'Smooth strongly convex interpolation and exact worst-case performance of first-order methods';
const AUTHORS = ['Adrien B. Taylor', 'Julien M. Hendrickx', 'François Glineur'];
const preprint: Candidate = {
  title: TITLE,
  authors: AUTHORS,
  authorsTruncated: false,
  ids: { arxiv: '1502.05666' },
  year: 2015,
  date: '2015-02-19',
  venue: 'arXiv',
  type: 'preprint',
  url: 'https://arxiv.org/abs/1502.05666',
  pdf: 'https://arxiv.org/pdf/1502.05666',
  abstract: 'We show that the exact worst-case performance of fixed-step first-order methods …',
};
const published: Candidate = {
  title: TITLE,
  authors: AUTHORS,
  authorsTruncated: false,
  ids: { doi: '10.1007/s10107-016-1009-3' },
  year: 2017,
  venue: 'Mathematical Programming',
  type: 'article',
  url: 'https://link.springer.com/article/10.1007/s10107-016-1009-3',
};
const scan = (entries: Candidate[], url = LAB.url): PageScan => ({ site: 'alfolio', kind: 'lab', url, entries });

let db: LibraryDb;
beforeEach(async () => {
  db = await openLibrary(new IDBFactory());
});

describe('capture: preprint and published version become one record', () => {
  it('reviews the published version of a saved preprint as such, and a save makes one record holding both ids', async () => {
    await saveCandidates(db, [preprint], ARXIV, { now: 1000 });
    const [saved] = await getAllPapers(db);
    const [entry] = await reviewScan(db, scan([published]));
    expect(entry).toMatchObject({ status: 'update', version: 'published', paperId: saved!.id });
    expect(entry!.changes).toEqual(expect.arrayContaining(['ids.doi', 'venue', 'year', 'type', 'date']));
    expect(entry!.possibleMatch).toBeUndefined();

    const report = await saveCandidates(db, [published], LAB, { now: 2000 });
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const papers = await getAllPapers(db);
    expect(papers).toHaveLength(1);
    const p = papers[0]!;
    expect(p.id).toBe(saved!.id);
    expect(p.ids).toEqual({ arxiv: '1502.05666', doi: '10.1007/s10107-016-1009-3' });
    expect(p).toMatchObject({ venue: 'Mathematical Programming', type: 'article', year: 2017, url: 'https://arxiv.org/abs/1502.05666' });
    expect(p.date).toBeUndefined(); // the arXiv date is not the published version's
    expect(p.pdf).toBe('https://arxiv.org/pdf/1502.05666');
    expect(p.sources.map((s) => s.site)).toEqual(['arxiv', 'alfolio']);

    // Cites the published version, with the arXiv id as eprint.
    const [bib] = bibtexParse.entries(toBibtex(papers));
    expect(bib!.type).toBe('article');
    expect(bib!.JOURNAL).toBe('Mathematical Programming');
    expect(bib!.YEAR).toBe('2017');
    expect(bib!.DOI).toBe('10.1007/s10107-016-1009-3');
    expect(bib!.EPRINT).toBe('1502.05666');
    expect(bib!.ARCHIVEPREFIX).toBe('arXiv');
    const [csl] = toCslJson(papers);
    expect(csl).toMatchObject({
      type: 'article-journal',
      'container-title': 'Mathematical Programming',
      DOI: '10.1007/s10107-016-1009-3',
      number: '1502.05666',
    });
    expect(csl!.issued).toEqual({ 'date-parts': [[2017]] });

    // The next look at either version finds the one record by its identifiers.
    const again = await reviewScan(db, scan([published, preprint]));
    expect(again.map((e) => [e.status, e.paperId, e.version])).toEqual([
      ['saved', p.id, undefined],
      ['saved', p.id, undefined],
    ]);

    // Undo takes the record back to the preprint.
    await undoChanges(db, report.undo!);
    expect((await getAllPapers(db))[0]).toMatchObject({ ids: { arxiv: '1502.05666' }, venue: 'arXiv', type: 'preprint', year: 2015 });
  });

  it('reviews the preprint of a saved published paper as such; a save adds the arXiv id and keeps the citation', async () => {
    await saveCandidates(db, [published], LAB, { now: 1000 });
    const [entry] = await reviewScan(db, scan([preprint], ARXIV.url));
    expect(entry).toMatchObject({ status: 'update', version: 'preprint' });
    expect(entry!.changes).toEqual(expect.arrayContaining(['ids.arxiv', 'pdf', 'abstract']));
    expect(entry!.changes).not.toContain('venue');
    expect(entry!.changes).not.toContain('type');
    await saveCandidates(db, [preprint], ARXIV, { now: 2000 });
    const papers = await getAllPapers(db);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      ids: { arxiv: '1502.05666', doi: '10.1007/s10107-016-1009-3' },
      venue: 'Mathematical Programming',
      type: 'article',
      year: 2017,
      url: published.url,
      pdf: preprint.pdf,
    });
    expect(papers[0]!.date).toBeUndefined();
  });

  it('a workshop and a conference version of one saved preprint: only the first joins it, the other stays a paper of its own', async () => {
    const workshop: Candidate = {
      ...published,
      ids: {},
      venue: 'ICML Workshop on Optimization',
      type: 'inproceedings',
      year: 2015,
      url: undefined,
    };
    const conference: Candidate = {
      ...published,
      venue: 'NeurIPS 2015',
      type: 'inproceedings',
      year: 2015,
      ids: { doi: '10.5555/nips.2015.1' },
    };
    await saveCandidates(db, [preprint], ARXIV, { now: 1000 });
    const review = await reviewScan(db, scan([workshop, conference]));
    expect(review.map((e) => [e.status, e.version])).toEqual([
      ['update', 'published'],
      ['new', undefined],
    ]);
    expect(review[1]!.possibleMatch).toBeDefined();
    const report = await saveCandidates(db, [workshop, conference], LAB, { now: 2000 });
    expect(report).toMatchObject({ added: 1, updated: 1 });
    const papers = await getAllPapers(db);
    expect(papers.map((p) => [p.venue, p.ids]).sort()).toEqual([
      ['ICML Workshop on Optimization', { arxiv: '1502.05666' }],
      ['NeurIPS 2015', { doi: '10.5555/nips.2015.1' }],
    ]);
  });

  it('same title, other authors: a new paper, offered as possibly already saved', async () => {
    await saveCandidates(db, [preprint], ARXIV, { now: 1000 });
    const other = { ...published, authors: ['Yoel Drori', 'Marc Teboulle'] };
    const [entry] = await reviewScan(db, scan([other]));
    expect(entry).toMatchObject({ status: 'new' });
    expect(entry!.version).toBeUndefined();
    expect(entry!.possibleMatch?.title).toBe(TITLE);
    await saveCandidates(db, [other], LAB, { now: 2000 });
    expect(await getAllPapers(db)).toHaveLength(2);
  });

  it('two saved preprints the entry could be the version of: ambiguous, none is joined', async () => {
    await saveCandidates(db, [preprint, { ...preprint, ids: { arxiv: '1502.09999' }, url: undefined, pdf: undefined }], ARXIV, {
      now: 1000,
    });
    const [entry] = await reviewScan(db, scan([published]));
    expect(entry).toMatchObject({ status: 'new' });
    await saveCandidates(db, [published], LAB, { now: 2000 });
    expect(await getAllPapers(db)).toHaveLength(3);
  });

  it('never puts two DOIs into one record, whatever the order of captures (model)', async () => {
    const pool: Candidate[] = [
      preprint,
      published,
      { ...published, ids: { doi: '10.1137/16m108104x' }, venue: 'SIAM Journal on Optimization' },
      { ...published, ids: {}, venue: 'ICML Workshop on Optimization', type: 'inproceedings' },
      { ...preprint, ids: { arxiv: '1512.07516' } },
      { ...published, authors: ['Yoel Drori', 'Adrien B. Taylor'], ids: { doi: '10.1007/s10107-019-01410-2' } },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        async (saves) => {
          const lib = await openLibrary(new IDBFactory());
          let t = 1000;
          for (const picks of saves)
            await saveCandidates(
              lib,
              picks.map((i) => pool[i]!),
              LAB,
              { now: (t += 1000) },
            );
          const papers = await getAllPapers(lib);
          // Every DOI saved is the DOI of a record: no capture folded it into a record holding another DOI.
          for (const i of new Set(saves.flat())) {
            const doi = pool[i]!.ids.doi;
            if (doi) expect(papers.filter((p) => p.ids.doi === doi)).toHaveLength(1);
          }
          // Every arXiv id saved is in exactly one record too.
          for (const i of new Set(saves.flat())) {
            const arxiv = pool[i]!.ids.arxiv;
            if (arxiv) expect(papers.filter((p) => p.ids.arxiv === arxiv)).toHaveLength(1);
          }
          lib.close();
        },
      ),
      { numRuns: 150 },
    );
  });
});
