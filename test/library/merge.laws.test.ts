import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeLibraries, mergePaper, normalisePaper, canonicalJson, type Library } from '../../lib/library/merge';
import { arbLibrary, arbPaper, libraryFingerprint } from './merge-arbitraries';

const EMPTY: Library = { papers: [], tombstones: [] };
const merge = (a: Library, b: Library): Library => {
  const { papers, tombstones } = mergeLibraries(a, b);
  return { papers, tombstones };
};
const RUNS = { numRuns: 2000 };

describe('mergePaper laws', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(arbPaper, (a) => canonicalJson(mergePaper(a, a)) === canonicalJson(normalisePaper(a))),
      RUNS,
    );
  });
  it('is commutative', () => {
    fc.assert(
      fc.property(arbPaper, arbPaper, (a, b) => {
        expect(canonicalJson(mergePaper(a, b))).toBe(canonicalJson(mergePaper(b, a)));
      }),
      RUNS,
    );
  });
  it('is associative', () => {
    fc.assert(
      fc.property(arbPaper, arbPaper, arbPaper, (a, b, c) => {
        expect(canonicalJson(mergePaper(mergePaper(a, b), c))).toBe(canonicalJson(mergePaper(a, mergePaper(b, c))));
      }),
      RUNS,
    );
  });
});

describe('mergeLibraries laws', () => {
  it('merging a library with itself changes nothing', () => {
    fc.assert(
      fc.property(arbLibrary, (raw) => {
        const a = merge(raw, EMPTY);
        const again = mergeLibraries(a, a);
        expect(libraryFingerprint(again)).toBe(libraryFingerprint(a));
        expect(again.report.added).toEqual([]);
        expect(again.report.updated).toEqual({});
        expect(again.report.deleted).toEqual([]);
        expect(again.report.unchanged).toBe(a.papers.length);
      }),
      RUNS,
    );
  });

  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, (local, file) => {
        const once = merge(local, file);
        const twice = mergeLibraries(once, file);
        expect(libraryFingerprint(twice)).toBe(libraryFingerprint(once));
        expect(twice.report.added).toEqual([]);
        expect(twice.report.updated).toEqual({});
        expect(twice.report.deleted).toEqual([]);
        expect(twice.report.removedIds).toEqual([]);
        expect(twice.report.tombstonesChanged).toBe(0);
        // Unchanged records are returned as the very same objects: a store can skip them.
        expect(twice.papers.every((p) => once.papers.includes(p))).toBe(true);
      }),
      RUNS,
    );
  });

  it('is commutative: A into B equals B into A', () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, (a, b) => {
        expect(libraryFingerprint(merge(a, b))).toBe(libraryFingerprint(merge(b, a)));
      }),
      RUNS,
    );
  });

  it('is associative: three libraries in any grouping and order give the same library', () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, arbLibrary, (a, b, c) => {
        const expected = libraryFingerprint(merge(merge(a, b), c));
        expect(libraryFingerprint(merge(a, merge(b, c)))).toBe(expected);
        expect(libraryFingerprint(merge(merge(c, a), b))).toBe(expected);
        expect(libraryFingerprint(merge(b, merge(c, a)))).toBe(expected);
      }),
      RUNS,
    );
  });
});
