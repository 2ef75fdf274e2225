/**
 * mergeLibraries' fast paths (issue 19: grouping without an identity node per record, fingerprints built only where
 * they can link, a record held unchanged on both sides taken as it is, the usual update's report from its merge's
 * picks) against mergeLibrariesReference, the same merge without them: the whole result, report included, must be
 * the same, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Paper, Tombstone } from '../../lib/model';
import { mergeLibraries, mergeLibrariesReference, mergeUnordered, type Library } from '../../lib/library/merge';
import { fingerprint, fingerprintHint, paperFingerprintHint } from '../../lib/identity';
import { generatePapers } from '../support/generate';
import { arbLibrary, arbPaper } from './merge-arbitraries';

const same = (local: Library, incoming: Library) => {
  expect(JSON.stringify(mergeLibraries(local, incoming))).toBe(JSON.stringify(mergeLibrariesReference(local, incoming)));
};

/** A paper as another device holds it after its own edits (or none): note, read state, a tag, a title, identifiers. */
const arbEdit = fc.record({
  note: fc.option(fc.constantFrom('edited', 'x'), { nil: undefined }),
  readState: fc.option(fc.constantFrom('read' as const, 'unread' as const), { nil: undefined }),
  tag: fc.option(fc.record({ name: fc.constantFrom('a', 'z', '__proto__'), on: fc.boolean() }), { nil: undefined }),
  title: fc.option(fc.constantFrom('Work 1 title 9', 'Unidentified work 5', 'Étude café'), { nil: undefined }),
  doi: fc.option(fc.constantFrom('10.1000/A', '10.1000/b'), { nil: undefined }),
  /** Its identifiers dropped (a page that shows none): only the fingerprint can link it to a record that has them. */
  dropIds: fc.boolean(),
  /** Saved there under another id: linked by its keys alone. */
  otherId: fc.boolean(),
  t: fc.integer({ min: 0, max: 14 }),
});

type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;

function edited(p: Paper, e: Edit | null): Paper {
  const q = structuredClone(p);
  if (!e) return q;
  if (e.note !== undefined) [q.note, q.clock.note] = [e.note, e.t];
  if (e.readState !== undefined) [q.readState, q.clock.readState] = [e.readState, e.t];
  if (e.tag) q.tags = { ...q.tags, [e.tag.name]: { on: e.tag.on, t: e.t } };
  if (e.title !== undefined) [q.title, q.clock.title] = [e.title, e.t];
  if (e.doi !== undefined) [q.ids, q.clock['ids.doi']] = [{ ...q.ids, doi: e.doi }, e.t];
  if (e.dropIds) {
    q.ids = {};
    delete q.related;
  }
  if (e.otherId) q.id = `${q.id}#elsewhere`;
  q.updatedAt = Math.max(q.updatedAt, e.t);
  return q;
}

/** A local library and a file that holds some of its papers again (unchanged or edited), as a sync does, plus others. */
const arbSync = fc
  .tuple(arbLibrary, arbLibrary, fc.array(fc.tuple(fc.nat(), fc.option(arbEdit, { nil: null })), { maxLength: 8 }), fc.boolean())
  .map(([local, other, shared, settledFirst]) => {
    // A merged library (settledFirst) carries `related` keys and merged ids, as a stored one does.
    const base = settledFirst ? mergeLibrariesReference(local, { papers: [], tombstones: [] }) : local;
    const again = base.papers.length ? shared.map(([i, e]) => edited(base.papers[i % base.papers.length]!, e)) : [];
    return {
      local: { papers: base.papers, tombstones: base.tombstones },
      incoming: { papers: [...again, ...other.papers], tombstones: other.tombstones },
    };
  });

describe('mergeUnordered (the import preview)', () => {
  it('gives the papers, tombstones and report of mergeLibraries, the papers in some order', () => {
    const byId = (a: Paper, b: Paper) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    fc.assert(
      fc.property(arbSync, ({ local, incoming }) => {
        const ordered = mergeLibraries(local, incoming);
        const unordered = mergeUnordered(local, incoming);
        expect(JSON.stringify([...unordered.papers].sort(byId))).toBe(JSON.stringify(ordered.papers));
        expect(JSON.stringify(unordered.tombstones)).toBe(JSON.stringify(ordered.tombstones));
        expect(JSON.stringify(unordered.report)).toBe(JSON.stringify(ordered.report));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mergeLibraries fast paths', () => {
  it('give what the reference merge gives on arbitrary libraries', () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, (a, b) => same(a, b)),
      { numRuns: 3000 },
    );
  });

  it('give what the reference merge gives when the file holds the local papers again, unchanged or edited', () => {
    fc.assert(
      fc.property(arbSync, ({ local, incoming }) => {
        same(local, incoming);
        same(incoming, local);
      }),
      { numRuns: 3000 },
    );
  });

  it('give what the reference merge gives on generated libraries of a sync (shared, edited, new, deleted)', () => {
    const all = generatePapers(3000, 11);
    const local = all.slice(0, 2000);
    const incoming: Paper[] = [];
    for (let i = 1000; i < 3000; i++) {
      const p = all[i]!;
      if (i >= 2000 || i % 3 === 0) incoming.push(p);
      else if (i % 3 === 1)
        incoming.push(
          edited(p, {
            note: 'edited',
            readState: 'read',
            t: p.updatedAt + 1,
            tag: undefined,
            title: undefined,
            doi: undefined,
            dropIds: false,
            otherId: false,
          }),
        );
      // Retitled there (a record without identifiers keeps its id: the id links it).
      else
        incoming.push({
          ...structuredClone(p),
          title: `${p.title} (v2)`,
          clock: { ...p.clock, title: p.updatedAt + 5 },
          updatedAt: p.updatedAt + 5,
        });
    }
    // Copies under other ids: linked by an identifier or, for papers without one, the fingerprint.
    for (let i = 0; i < 40; i++) incoming.push({ ...structuredClone(all[i * 7]!), id: `copy-${i}` });
    // The same papers seen without their identifiers (a lab page): linked to the records that have them by the fingerprint.
    for (let i = 0; i < 40; i++) incoming.push({ ...structuredClone(all[i * 11 + 3]!), id: `bare-${i}`, ids: {} });
    const tombstones: Tombstone[] = [0, 5, 1500, 2500].map((i) => ({
      id: all[i]!.id,
      keys: [all[i]!.id],
      deletedAt: all[i]!.updatedAt + 1,
    }));
    same({ papers: local, tombstones: [] }, { papers: incoming, tombstones });
    same({ papers: incoming, tombstones }, { papers: local, tombstones: [] });
  });

  it('paperFingerprintHint(p) is fingerprintHint(fingerprint(p)) for any title and year', () => {
    const arbTitle = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'binary-ascii', maxLength: 40 }),
      fc.constantFrom('Ǆemal Café', 'ﬁnite Ⅻ', 'Straße'),
    );
    const arbYear = fc.oneof(fc.constant(undefined), fc.integer({ min: -5, max: 3000 }), fc.double(), fc.constant(1e21));
    fc.assert(
      fc.property(arbTitle, arbYear, arbPaper, (title, year, p) => {
        const q: Paper = { ...p, title };
        if (year === undefined) delete q.year;
        else q.year = year;
        expect(paperFingerprintHint(q)).toBe(fingerprintHint(fingerprint(q)));
      }),
      { numRuns: 5000 },
    );
  });
});
