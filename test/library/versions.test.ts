import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Candidate } from '../../lib/model';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { fixtureDocument } from '../helpers';
import { scanPage } from '../../lib/sites/registry';
import { authorSimilarity, specificTitle, versionOf, versionRelation, versionTitle, type VersionSide } from '../../lib/library/versions';

const TITLE = 'Smooth strongly convex interpolation and exact worst-case performance of first-order methods';
const AUTHORS = ['Adrien B. Taylor', 'Julien M. Hendrickx', 'François Glineur'];

function preprint(over: Partial<VersionSide> = {}): VersionSide {
  return {
    ids: { arxiv: '1502.05666' },
    title: TITLE,
    authors: AUTHORS,
    authorsTruncated: false,
    year: 2015,
    venue: 'arXiv',
    type: 'preprint',
    ...over,
  };
}
function published(over: Partial<VersionSide> = {}): VersionSide {
  return {
    ids: { doi: '10.1007/s10107-016-1009-3' },
    title: TITLE,
    authors: AUTHORS,
    authorsTruncated: false,
    year: 2017,
    venue: 'Mathematical Programming',
    type: 'article',
    ...over,
  };
}

/** Real entries that list both an arXiv id and a DOI: the published version as the page lists it, and its arXiv preprint. */
function realPairs(): { page: string; entry: Candidate }[] {
  const out: { page: string; entry: Candidate }[] = [];
  for (const f of HTML_FIXTURES) {
    if (!f.file.startsWith('pages/alfolio')) continue;
    for (const entry of scanPage(fixtureDocument(f.file), new URL(f.url))?.entries ?? []) {
      if (entry.ids.arxiv && entry.ids.doi) out.push({ page: f.file, entry });
    }
  }
  return out;
}

describe('preprint and published version (lib/library/versions.ts)', () => {
  it('links the published version to a saved preprint, and a preprint to a saved published paper', () => {
    expect(versionRelation(preprint(), published())).toBe('published');
    expect(versionRelation(published(), preprint())).toBe('preprint');
  });

  it('links real published entries of two al-folio pages to their arXiv preprints (arXiv id year, same names)', () => {
    const pairs = realPairs();
    // 7 on 594zyc's page (ACL Anthology DOIs; arXiv links 2004.07462 … 2311.00738), 9 on Adrien Taylor's (Springer, SIAM;
    // arXiv 1502.05666 … 2101.09741): published 2017-2023, each listed with its arXiv link and its DOI.
    expect(pairs.length).toBe(16);
    for (const { entry } of pairs) {
      const { arxiv, ...otherIds } = entry.ids;
      const pub: VersionSide = { ...entry, ids: otherIds };
      const pre: VersionSide = {
        ids: { arxiv },
        title: entry.title,
        authors: entry.authors,
        authorsTruncated: false,
        venue: 'arXiv',
        type: 'preprint',
        year: 2000 + Number(arxiv!.slice(0, 2)),
      };
      expect(versionRelation(pre, pub), entry.title).toBe('published');
      expect(versionRelation(pub, pre), entry.title).toBe('preprint');
    }
  });

  it('links a lab page entry with a venue and no DOI, and a preprint whose author list a page cut ("et al.")', () => {
    expect(versionRelation(preprint(), published({ ids: {}, venue: 'SIAM Journal on Optimization' }))).toBe('published');
    expect(versionRelation(published(), preprint({ authors: ['A. Taylor', 'J. Hendrickx'], authorsTruncated: true }))).toBe('preprint');
    // A published version that adds an author: 3 of 4 names shared (Jaccard 0.75).
    expect(versionRelation(preprint(), published({ authors: [...AUTHORS, 'Yoel Drori'] }))).toBe('published');
  });

  it('does not link the same title by other authors, or by the same first author with others', () => {
    expect(versionRelation(preprint(), published({ authors: ['Yoel Drori', 'Adrien B. Taylor'] }))).toBeNull();
    expect(
      versionRelation(preprint(), published({ authors: ['Adrien Taylor', 'Ernest Ryu', 'Carolina Bergeling', 'Pontus Giselsson'] })),
    ).toBeNull();
    // A single-author work and the paper with an advisor (1 of 2 names: 0.5).
    expect(
      versionRelation(preprint({ authors: ['Adrien B. Taylor'] }), published({ authors: ['Adrien B. Taylor', 'François Glineur'] })),
    ).toBeNull();
    expect(versionRelation(preprint({ authors: [] }), published({ authors: [] }))).toBeNull();
  });

  it('does not link a workshop and a conference version: two published versions are never versions of each other', () => {
    const workshop = published({ ids: {}, venue: 'ICML 2015 Workshop on Optimization', type: 'inproceedings', year: 2015 });
    const conference = published({ venue: 'NeurIPS 2015', type: 'inproceedings', year: 2015 });
    expect(versionRelation(workshop, conference)).toBeNull();
    // Once a preprint took the workshop version's venue it is no longer a preprint: the conference version stays apart.
    expect(versionRelation(preprint({ venue: workshop.venue, type: 'inproceedings' }), conference)).toBeNull();
    // The conference version's own arXiv copy with another id: a second paper.
    expect(versionRelation({ ...conference, ids: { arxiv: '1601.00001' } }, preprint())).toBeNull();
  });

  it('does not link two papers with a generic title, or an erratum', () => {
    for (const title of ['Introduction', 'Preface to the special issue on optimization', 'Erratum', 'Editorial', 'Reply to the discussion'])
      expect(versionRelation(preprint({ title }), published({ title })), title).toBeNull();
    expect(specificTitle(TITLE)).toBe(true);
    expect(specificTitle('Deep learning')).toBe(true);
    // An erratum names the paper it corrects: its title is not the paper's.
    expect(versionRelation(preprint(), published({ title: `Erratum to: ${TITLE}`, ids: { doi: '10.1007/s10107-017-1111-1' } }))).toBeNull();
    expect(versionRelation(preprint({ title: `Correction: ${TITLE}` }), published({ title: `Correction: ${TITLE}` }))).toBeNull();
  });

  it("reads past a lab page's note after the title: Adrien Taylor's page lists a paper as '… functions [Best paper award]'", () => {
    const title = 'On the worst-case complexity of the gradient method with exact line search for smooth strongly convex functions';
    const lab = scanPage(
      fixtureDocument('pages/alfolio-adrientaylor-publications-2025-06.html'),
      new URL('https://adrientaylor.github.io/publications/'),
    )!;
    const entry = lab.entries.find((e) => e.title.startsWith(title))!;
    expect(entry.title).toBe(`${title} [Best paper award]`);
    const pre: VersionSide = {
      ids: { arxiv: '1606.09365' },
      title,
      authors: ['Etienne de Klerk', 'François Glineur', 'Adrien B. Taylor'],
      authorsTruncated: false,
      year: 2016,
      venue: 'arXiv',
      type: 'preprint',
    };
    expect(versionRelation(pre, entry)).toBe('published');
    expect(versionTitle('Deep nets (Oral presentation)')).toBe('Deep nets');
    expect(versionTitle('A study of (spotlight) attention')).toBe('A study of (spotlight) attention');
    expect(versionTitle('Learning to rank (extended version)')).toBe('Learning to rank (extended version)');
  });

  it('does not link a changed title (a subtitle added), a thesis or book, or years outside the window', () => {
    expect(versionRelation(preprint(), published({ title: `${TITLE}: the unconstrained case` }))).toBeNull();
    expect(versionRelation(preprint(), published({ type: 'thesis', ids: {}, venue: 'PhD thesis, UCLouvain' }))).toBeNull();
    expect(versionRelation(preprint(), published({ type: 'book' }))).toBeNull();
    expect(versionRelation(preprint({ year: 2015 }), published({ year: 2020 }))).toBeNull();
    expect(versionRelation(preprint({ year: 2015 }), published({ year: 2019 }))).toBe('published');
    expect(versionRelation(preprint({ year: 2018 }), published({ year: 2016 }))).toBe('published');
    expect(versionRelation(preprint({ year: 2019 }), published({ year: 2016 }))).toBeNull();
  });

  it('does not link when both hold different identifiers of one kind', () => {
    expect(versionRelation(preprint({ ids: { arxiv: '1502.05666', doi: '10.1/a' } }), published())).toBeNull();
    expect(
      versionRelation(
        preprint({ ids: { arxiv: '1502.05666', openreview: 'abc' } }),
        published({ ids: { doi: '10.1/b', openreview: 'xyz' } }),
      ),
    ).toBeNull();
    // DBLP keys the CoRR copy and the proceedings version apart: no block.
    expect(
      versionRelation(
        preprint({ ids: { arxiv: '1502.05666', dblp: 'journals/corr/TaylorHG15' } }),
        published({ ids: { doi: '10.1/b', dblp: 'journals/mp/TaylorHG17' } }),
      ),
    ).toBe('published');
  });

  it('links only an unambiguous match', () => {
    const a = preprint();
    const b = preprint({ ids: { arxiv: '1502.09999' } });
    expect(versionOf([a], published())).toEqual({ paper: a, relation: 'published' });
    expect(versionOf([a, b], published())).toBeUndefined();
  });

  it('author similarity: first authors equal, Jaccard, or containment for a cut list', () => {
    expect(authorSimilarity(preprint(), published())).toBe(1);
    expect(authorSimilarity(preprint(), published({ authors: ['Taylor, Adrien', 'Glineur, F.'] }))).toBeCloseTo(2 / 3);
    expect(authorSimilarity(preprint(), published({ authors: ['Adrien Taylor', 'Glineur'], authorsTruncated: true }))).toBe(1);
    expect(authorSimilarity(preprint(), published({ authors: ['Glineur', 'Taylor'] }))).toBe(0);
  });

  it('never links two records that hold different DOIs, or two preprints, whatever else they share (model)', () => {
    const side = fc.record({
      ids: fc.record(
        { arxiv: fc.constantFrom('1502.05666', '1601.00001'), doi: fc.constantFrom('10.1/a', '10.1/b') },
        { requiredKeys: [] },
      ),
      title: fc.constantFrom(TITLE, 'Introduction', `${TITLE}!`),
      authors: fc.subarray(['Adrien Taylor', 'Julien Hendrickx', 'François Glineur', 'Yoel Drori']),
      authorsTruncated: fc.boolean(),
      year: fc.option(fc.integer({ min: 2010, max: 2022 }), { nil: undefined }),
      venue: fc.option(fc.constantFrom('arXiv', 'CoRR', 'Mathematical Programming', 'ICML Workshop'), { nil: undefined }),
      type: fc.option(fc.constantFrom('preprint', 'article', 'inproceedings', 'thesis') as fc.Arbitrary<VersionSide['type'] & string>, {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const r = versionRelation(a, b);
        if (!r) return;
        expect(a.ids.doi && b.ids.doi && a.ids.doi !== b.ids.doi).toBeFalsy();
        expect(!!a.ids.arxiv !== !!b.ids.arxiv).toBe(true);
        const [pre, pub] = r === 'published' ? [a, b] : [b, a];
        expect(pre.ids.doi).toBeUndefined();
        expect(pub.ids.arxiv).toBeUndefined();
        expect(versionRelation(b, a)).toBe(r === 'published' ? 'preprint' : 'published');
      }),
      { numRuns: 5000 },
    );
  });
});
