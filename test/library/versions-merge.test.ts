/**
 * Import and sync (lib/library/merge.ts) do not apply the version rule (lib/library/versions.ts): a record the capture
 * joined holds both identifiers and links a device's separate preprint and published records by identifier, so the
 * merge laws hold as before. A preprint and a published record that no capture joined stay two records on import.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, mergeLibraries, type Library } from '../../lib/library/merge';
import type { Paper } from '../../lib/model';
import { makePaper } from '../helpers';

const TITLE = 'Smooth strongly convex interpolation and exact worst-case performance of first-order methods';
const AUTHORS = ['Adrien B. Taylor', 'Julien M. Hendrickx', 'François Glineur'];
const ARXIV = '1502.05666';
const DOI = '10.1007/s10107-016-1009-3';
const OTHER_DOI = '10.1137/16m108104x';

function version(kind: 'preprint' | 'published' | 'joined' | 'other', t: number): Paper {
  const base = { title: TITLE, authors: AUTHORS, addedAt: t, updatedAt: t };
  const clock = (fields: string[]) => Object.fromEntries(fields.map((f) => [f, t]));
  switch (kind) {
    case 'preprint':
      return makePaper({
        ...base,
        id: `arxiv:${ARXIV}`,
        ids: { arxiv: ARXIV },
        venue: 'arXiv',
        type: 'preprint',
        year: 2015,
        clock: clock(['venue', 'type', 'year']),
      });
    case 'published':
      return makePaper({
        ...base,
        id: `doi:${DOI}`,
        ids: { doi: DOI },
        venue: 'Mathematical Programming',
        type: 'article',
        year: 2017,
        clock: clock(['venue', 'type', 'year']),
      });
    case 'joined':
      // The preprint record after a capture of its published version (capture.ts applyCapture with 'published').
      return makePaper({
        ...base,
        id: `arxiv:${ARXIV}`,
        ids: { arxiv: ARXIV, doi: DOI },
        venue: 'Mathematical Programming',
        type: 'article',
        year: 2017,
        clock: clock(['venue', 'type', 'year', 'ids.doi']),
      });
    case 'other':
      return makePaper({
        ...base,
        id: `doi:${OTHER_DOI}`,
        ids: { doi: OTHER_DOI },
        venue: 'SIAM Journal on Optimization',
        type: 'article',
        year: 2016,
        clock: clock(['venue', 'type', 'year']),
      });
  }
}

const arbLibrary: fc.Arbitrary<Library> = fc
  .uniqueArray(fc.tuple(fc.constantFrom('preprint', 'published', 'joined', 'other' as const), fc.integer({ min: 1, max: 5 })), {
    maxLength: 3,
    selector: ([k]) => (k === 'joined' ? 'preprint' : k), // one record per id on a device
  })
  .map((xs) => ({ papers: xs.map(([k, t]) => version(k, t)), tombstones: [] }));

const merge = (a: Library, b: Library): Library => {
  const { papers, tombstones } = mergeLibraries(a, b);
  return { papers, tombstones };
};
const same = (a: Library) => canonicalJson([...a.papers].sort((x, y) => (x.id < y.id ? -1 : 1)));

describe('merge with preprint and published versions', () => {
  it('stays commutative, associative and idempotent with joined and separate versions', () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, arbLibrary, (a, b, c) => {
        expect(same(merge(a, b))).toBe(same(merge(b, a)));
        expect(same(merge(merge(a, b), c))).toBe(same(merge(a, merge(b, c))));
        expect(same(merge(merge(a, b), b))).toBe(same(merge(a, b)));
      }),
      { numRuns: 500 },
    );
  });

  it("a joined record links the other device's separate versions; without one they stay two; other DOIs never join", () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, (a, b) => {
        const all = [...a.papers, ...b.papers];
        const result = merge(a, b).papers;
        const has = (k: Paper['ids']) => result.filter((p) => Object.entries(k).every(([n, v]) => p.ids[n as keyof Paper['ids']] === v));
        if (all.some((p) => p.ids.arxiv && p.ids.doi)) {
          expect(has({ arxiv: ARXIV })).toHaveLength(1);
          expect(has({ arxiv: ARXIV })[0]!.ids.doi).toBe(DOI);
        } else if (all.some((p) => p.ids.arxiv) && all.some((p) => p.ids.doi === DOI)) {
          expect(has({ arxiv: ARXIV })).toHaveLength(1);
          expect(has({ doi: DOI })).toHaveLength(1);
          expect(has({ arxiv: ARXIV })[0]!.ids.doi).toBeUndefined();
        }
        for (const p of result) expect(p.ids.doi === OTHER_DOI && p.ids.arxiv).toBeFalsy();
      }),
      { numRuns: 500 },
    );
  });
});
