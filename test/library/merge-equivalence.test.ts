/**
 * The merge sped up for issue 19 against the merge before it (test/support/merge-before-issue19.ts): the same papers,
 * tombstones and report, byte for byte, on generated libraries (a second device's file as the bench makes it, with
 * tombstones and papers without identifiers) and on fast-check's small colliding libraries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLibraries, type Library } from '../../lib/library/merge';
import type { Paper, Tombstone } from '../../lib/model';
import { identityKeys } from '../../lib/identity';
import { generatePapers } from '../support/generate';
import { mergeLibraries as mergeBefore } from '../support/merge-before-issue19';
import { arbLibrary } from './merge-arbitraries';

const same = (local: Library, incoming: Library) => {
  const now = JSON.stringify(mergeLibraries(local, incoming));
  const before = JSON.stringify(mergeBefore(local, incoming));
  expect(now.length).toBe(before.length);
  expect(now === before).toBe(true);
};

/** Like bench/sections/node.ts: half the local papers (every other one edited later there), as many new ones; deletions both ways. */
function devices(n: number, seed: number): { local: Library; incoming: Library } {
  const all = generatePapers(n + n / 2, seed);
  const local = all.slice(0, n);
  const t = Date.UTC(2025, 5, 1);
  const incoming = all.slice(n / 2, n + n / 2).map((p, i): Paper => {
    if (i >= n / 2 || i % 2) return p;
    return {
      ...p,
      note: `${p.note} (edited)`.trim(),
      readState: 'read',
      updatedAt: t + i,
      clock: { ...p.clock, note: t + i, readState: t + i },
    };
  });
  const tomb = (p: Paper, deletedAt: number): Tombstone => ({ id: p.id, keys: identityKeys(p), deletedAt });
  return {
    local: { papers: local.filter((_, i) => i % 37), tombstones: incoming.filter((_, i) => i % 41 === 3).map((p) => tomb(p, t - 1)) },
    incoming: { papers: incoming.filter((_, i) => i % 43), tombstones: local.filter((_, i) => i % 29 === 5).map((p) => tomb(p, t + 1e6)) },
  };
}

describe('merge, against the merge before issue 19', () => {
  it('gives the same result on generated libraries, both directions', () => {
    for (const seed of [7, 8]) {
      const { local, incoming } = devices(2000, seed);
      same(local, incoming);
      same(incoming, local);
      same(local, { papers: [], tombstones: [] });
    }
  });

  it('gives the same result on small colliding libraries', () => {
    fc.assert(
      fc.property(arbLibrary, arbLibrary, (a, b) => same(a, b)),
      { numRuns: 1500, seed: 19 },
    );
  });
});
