/** fast-check arbitraries for merge tests: small pools so records overlap, collide and tie. */
import fc from 'fast-check';
import type { Author, Paper, Tombstone } from '../../lib/model';
import { canonicalJson, normalisePaper, type Library } from '../../lib/library/merge';
import { identityKeys } from '../../lib/identity';

const WORKS = 6;
const arxivOf = (w: number) => `2401.0000${w}`;
/** Works 0-3 are linked by an arXiv id (titles vary between copies); works 4-5 have no identifier (fingerprint only). */
const hasIds = (w: number) => w < 4;

const time = fc.integer({ min: 0, max: 12 });
const titleOf = (w: number, variant: number) => (hasIds(w) ? `Work ${w} title ${variant}` : `Unidentified work ${w}`);
/** Odd works have an organisation as first author (one with an identifier, one without). */
const firstAuthorOf = (w: number): Author => (w % 2 ? { literal: `Work ${w} Collaboration` } : `Author ${w}`);
/** Copies of a work differ in their later authors: none, a person, an organisation. */
const LATER_AUTHORS: Author[][] = [[], ['Ada Lovelace'], [{ literal: 'The OPT Team' }]];

export const arbPaper: fc.Arbitrary<Paper> = fc
  .record({
    work: fc.integer({ min: 0, max: WORKS - 1 }),
    variant: fc.integer({ min: 0, max: 2 }),
    doi: fc.option(fc.constantFrom('10.1000/a', '10.1000/b'), { nil: undefined }),
    doiClock: fc.option(time, { nil: undefined }),
    laterAuthors: fc.integer({ min: 0, max: LATER_AUTHORS.length - 1 }),
    clocks: fc.record({
      title: time,
      authors: time,
      note: time,
      readState: time,
      starred: time,
      venue: time,
      citationKey: time,
      year: time,
    }),
    note: fc.constantFrom('', 'x', 'y'),
    venue: fc.option(fc.constantFrom('NeurIPS', 'ICML'), { nil: undefined }),
    citationKey: fc.option(fc.constantFrom('k1', 'k2'), { nil: undefined }),
    readState: fc.constantFrom('unread', 'reading', 'read'),
    starred: fc.boolean(),
    tags: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.record({ on: fc.boolean(), t: time })),
    sources: fc.uniqueArray(
      fc.record({ url: fc.constantFrom('https://a.example/', 'https://b.example/'), first: time, extra: fc.nat(3), upvotes: fc.nat(5) }),
      { selector: (s) => s.url, maxLength: 2 },
    ),
    addedAt: time,
    idSuffix: fc.constantFrom('', '#2'),
  })
  .map((r): Paper => {
    const ids: Paper['ids'] = {};
    if (hasIds(r.work)) {
      ids.arxiv = arxivOf(r.work);
      if (r.doi) ids.doi = r.doi;
    }
    const p: Paper = {
      id: '',
      title: titleOf(r.work, r.variant),
      authors: [firstAuthorOf(r.work), ...LATER_AUTHORS[r.laterAuthors]!],
      authorsTruncated: false,
      year: 2020,
      ids,
      signals: r.sources.length ? { upvotes: r.sources[0]!.upvotes } : {},
      sources: r.sources
        .map((s) => ({ site: 'x', url: s.url, kind: 'feed' as const, firstSeenAt: s.first, seenAt: s.first + s.extra }))
        .sort((a, b) => a.firstSeenAt - b.firstSeenAt || (a.url < b.url ? -1 : 1)),
      tags: r.tags,
      note: r.note,
      readState: r.readState,
      starred: r.starred,
      addedAt: r.addedAt,
      updatedAt: r.addedAt + 1,
      clock: { ...r.clocks },
    };
    if (r.venue) p.venue = r.venue;
    if (r.citationKey) p.citationKey = r.citationKey;
    else delete p.clock.citationKey;
    if (r.doiClock !== undefined && ids.doi) p.clock['ids.doi'] = r.doiClock;
    p.id = identityKeys(p)[0]! + r.idSuffix;
    return p;
  });

const arbTombstone: fc.Arbitrary<Tombstone> = fc
  .record({ work: fc.integer({ min: 0, max: WORKS - 1 }), deletedAt: fc.integer({ min: 0, max: 14 }), suffix: fc.constantFrom('', '#2') })
  .map(({ work, deletedAt, suffix }) => {
    const keys = hasIds(work)
      ? [`arxiv:${arxivOf(work)}`]
      : [identityKeys({ ids: {}, title: titleOf(work, 0), authors: [firstAuthorOf(work)], year: 2020 })[0]!];
    return { id: keys[0]! + suffix, keys, deletedAt };
  });

export const arbLibrary: fc.Arbitrary<Library> = fc.record({
  papers: fc.array(arbPaper, { maxLength: 6 }),
  tombstones: fc.array(arbTombstone, { maxLength: 2 }),
});

/** A library as a comparable string: papers and tombstones in id order, order-free parts normalised. */
export function libraryFingerprint(lib: Library): string {
  const papers = [...lib.papers].map(normalisePaper).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tombstones = [...lib.tombstones]
    .map((t) => (t.paper ? { ...t, paper: normalisePaper(t.paper) } : t))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return canonicalJson({ papers, tombstones });
}
