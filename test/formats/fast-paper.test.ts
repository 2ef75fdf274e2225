/**
 * The import's fast path (lib/formats/fast-paper.ts) against zod's `Paper`, the rule it stands in for: on valid papers
 * it returns what zod returns (same values, same key order, tags without a prototype); on papers changed at random
 * places to odd values it never accepts one zod refuses, and never returns anything zod would not.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastPaper, fastPaperInPlace, inSchemaOrder } from '../../lib/formats/fast-paper';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { Paper } from '../../lib/model';
import { generatePapers } from '../support/generate';

const library = (n: number, seed: number) => JSON.parse(JSON.stringify(generatePapers(n, seed))) as Record<string, unknown>[];

function sameAsZod(value: unknown): { fast: boolean; zod: boolean } {
  const fast = fastPaper(value);
  const zod = Paper.safeParse(value);
  if (fast) {
    expect(zod.success, `fast path accepted what zod refuses: ${zod.error?.issues[0]?.message}`).toBe(true);
    // node's deep strict equality: same values and prototypes (vitest's toStrictEqual trips over a "__proto__" key).
    expect(isDeepStrictEqual(fast, zod.data)).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expect(Object.getPrototypeOf(fast.tags)).toBe(Object.getPrototypeOf(zod.data!.tags));
  }
  return { fast: fast !== undefined, zod: zod.success };
}

/**
 * fastPaperInPlace against zod (given a copy made before, as the in-place check may change the value). `reused`: the
 * parts of the result that are the value's own.
 */
function sameAsZodInPlace(value: unknown): { fast: boolean; zod: boolean; reused: string[] } {
  const zod = Paper.safeParse(structuredClone(value));
  const parts = (v: unknown) => {
    const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    return { paper: o, ids: o.ids, signals: o.signals, sources: o.sources, tags: o.tags, clock: o.clock };
  };
  const before = parts(value);
  const fast = fastPaperInPlace(value);
  if (fast) {
    expect(zod.success, `fast path accepted what zod refuses: ${zod.error?.issues[0]?.message}`).toBe(true);
    expect(isDeepStrictEqual(fast, zod.data)).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expect(Object.getPrototypeOf(fast.tags)).toBe(null);
  }
  const after = parts(fast);
  const reused = fast ? Object.keys(before).filter((k) => before[k as keyof typeof before] === after[k as keyof typeof after]) : [];
  return { fast: fast !== undefined, zod: zod.success, reused };
}

/** Every (container, key) inside a value: where a mutation can land. */
function places(value: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (typeof value !== 'object' || value === null) return out;
  const o = value as Record<string | number, unknown>;
  for (const k of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    out.push([o, k]);
    places(o[k], out);
  }
  return out;
}

const ODD: unknown[] = [
  '',
  'x'.repeat(301),
  'x'.repeat(2001),
  'not a url',
  'http://example.org/ok',
  '2401.00001',
  '10.1000/ok',
  '2025-13',
  -1,
  0,
  1.5,
  999,
  2300,
  Infinity,
  null,
  true,
  [],
  {},
  ['a'],
  { literal: '' },
  { literal: 'Org' },
  { on: true, t: 1 },
  { on: 'yes', t: 1 },
  'unread',
  'misc',
  'lab',
];

describe('fastPaperInPlace', () => {
  it('returns a paper already in schema order (as a Papershelf file of validated papers holds it) itself', () => {
    const papers = library(400, 11).map((p) => JSON.parse(JSON.stringify(Paper.parse(p))) as unknown);
    for (const p of papers)
      expect(sameAsZodInPlace(p)).toEqual({ fast: true, zod: true, reused: ['paper', 'ids', 'signals', 'sources', 'tags', 'clock'] });
  });

  it("orders a generated paper anew (its own key order is not the schema's) but keeps its parts that are in order", () => {
    const papers = library(400, 11);
    for (const p of papers) {
      const r = sameAsZodInPlace(p);
      expect(r).toMatchObject({ fast: true, zod: true });
      expect(r.reused).not.toContain('paper');
      expect(r.reused).toEqual(expect.arrayContaining(['ids', 'sources', 'tags', 'clock']));
    }
  });

  it('copies the parts whose keys (ids, a source, a tag state, signals) are not in schema order', () => {
    type Json = Record<string, unknown> & { sources: Record<string, unknown>[] };
    const base = JSON.parse(JSON.stringify(Paper.parse(library(1, 3)[0]))) as Json;
    base.tags = { a: { on: true, t: 1 } };
    base.signals = { upvotes: 1, citations: 3 };
    const all = ['paper', 'ids', 'signals', 'sources', 'tags', 'clock'];
    const cases: [(p: Json) => void, string][] = [
      [(p) => (p.ids = { doi: '10.1000/x', arxiv: '2401.00001' }), 'ids'],
      [(p) => (p.sources[0] = { url: p.sources[0]!.url, site: p.sources[0]!.site, kind: 'feed', firstSeenAt: 1, seenAt: 2 }), 'sources'],
      [(p) => (p.sources[0] = { ...p.sources[0], signals: { citations: 3, upvotes: 1 } }), 'sources'],
      [(p) => (p.tags = { a: { t: 1, on: true } }), 'tags'],
      [(p) => (p.signals = { citations: 3, upvotes: 1 }), 'signals'],
    ];
    for (const [reorder, copied] of cases) {
      const p = structuredClone(base);
      reorder(p);
      expect(sameAsZodInPlace(p)).toEqual({ fast: true, zod: true, reused: all.filter((k) => k !== copied) });
    }
  });

  it('never accepts a changed or reordered paper that zod refuses, nor differs from zod on one it accepts', () => {
    const papers = library(40, 23);
    let refusedByBoth = 0;
    let inPlace = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: papers.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: ODD.length + 2 })), { minLength: 1, maxLength: 3 }),
        (which, edits) => {
          const p = JSON.parse(JSON.stringify(Paper.parse(papers[which]!))) as Record<string, unknown>;
          for (const [at, what] of edits) {
            const all = places(p);
            const [container, key] = all[at % all.length]!;
            if (what === ODD.length) {
              if (Array.isArray(container)) container.splice(key as number, 1);
              else delete container[key];
            } else if (what === ODD.length + 1) {
              if (!Array.isArray(container)) container.unknownKey = 1;
            } else if (what === ODD.length + 2) {
              // The key moved to the end of its object: out of schema order.
              if (!Array.isArray(container)) {
                const v = container[key];
                delete container[key];
                container[key] = v;
              }
            } else container[key] = structuredClone(ODD[what]);
          }
          const r = sameAsZodInPlace(p);
          if (!r.zod) refusedByBoth++;
          if (r.reused.includes('paper')) inPlace++;
        },
      ),
      { numRuns: 3000, seed: 29 },
    );
    expect(refusedByBoth).toBeGreaterThan(300);
    expect(inPlace).toBeGreaterThan(200);
  });
});

describe('fastPaper', () => {
  it('returns what zod returns for every paper of a generated library', () => {
    const papers = library(400, 11);
    let accepted = 0;
    for (const p of papers) if (sameAsZod(p).fast) accepted++;
    // The fast path is only useful if it proves ordinary papers valid.
    expect(accepted).toBe(papers.length);
  });

  it('organisation authors, every optional field, tags named __proto__ and constructor', () => {
    const [p] = library(1, 3);
    Object.assign(p!, {
      authors: ['Ada Lovelace', { literal: 'The OPT Team' }],
      authorCount: 2,
      year: 2024,
      date: '2024-05-01',
      venue: 'ICML',
      type: 'inproceedings',
      abstract: 'A.',
      comment: '12 pages',
      url: 'https://arxiv.org/abs/2401.00001',
      pdf: 'https://arxiv.org/pdf/2401.00001',
      code: 'https://github.com/x/y',
      bibtex: '@misc{x}',
      citationKey: 'x2024',
      signals: { upvotes: 3, score: 1.5, categories: ['cs.LG'], hasCode: true },
      related: ['arxiv:2401.00002'],
      tags: JSON.parse('{"__proto__":{"on":true,"t":1},"constructor":{"on":false,"t":2}}'),
    });
    expect(sameAsZod(p)).toEqual({ fast: true, zod: true });
    expect(Object.keys(fastPaper(p)!.tags)).toEqual(['__proto__', 'constructor']);
  });

  it('leaves to zod what it does not prove valid: unknown keys, a __proto__ clock entry, tags as a list', () => {
    const [p] = library(1, 5);
    expect(fastPaper({ ...p, extra: 1 })).toBeUndefined();
    expect(fastPaper({ ...p, clock: JSON.parse('{"__proto__":1}') })).toBeUndefined();
    expect(fastPaper({ ...p, tags: [['a', { on: true, t: 1 }]] })).toBeUndefined();
    expect(fastPaper(null)).toBeUndefined();
  });

  it('never accepts a changed paper that zod refuses, nor differs from zod on one it accepts', () => {
    const papers = library(40, 17);
    let refusedByBoth = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: papers.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: ODD.length + 1 })), { minLength: 1, maxLength: 3 }),
        (which, edits) => {
          const p = structuredClone(papers[which]!);
          for (const [at, what] of edits) {
            const all = places(p);
            const [container, key] = all[at % all.length]!;
            if (what === ODD.length) {
              if (Array.isArray(container)) container.splice(key as number, 1);
              else delete container[key];
            } else if (what === ODD.length + 1) {
              if (!Array.isArray(container)) container.unknownKey = 1;
            } else container[key] = structuredClone(ODD[what]);
          }
          const r = sameAsZod(p);
          if (!r.zod) refusedByBoth++;
        },
      ),
      { numRuns: 3000, seed: 19 },
    );
    // The mutations do produce invalid papers (the property is not vacuous).
    expect(refusedByBoth).toBeGreaterThan(300);
  });
});

describe('inSchemaOrder (how a sync file lays out its papers)', () => {
  it("writes a generated paper (its own key order is not the schema's) with zod's key order and the same values", () => {
    for (const p of generatePapers(300, 5)) {
      const zod = Paper.parse(p);
      expect(JSON.stringify(p)).not.toBe(JSON.stringify(zod));
      const ordered = inSchemaOrder(p);
      expect(JSON.stringify(ordered)).toBe(JSON.stringify(zod));
      expect(isDeepStrictEqual(JSON.parse(JSON.stringify(ordered)), JSON.parse(JSON.stringify(p)))).toBe(true);
    }
  });

  it('orders ids, signals, sightings and tag states, keeps a paper already in order itself, and keeps keys the schema does not name', () => {
    const inOrder = JSON.parse(JSON.stringify(Paper.parse(generatePapers(1, 3)[0]))) as Paper;
    expect(inSchemaOrder(inOrder)).toBe(inOrder);
    const p = {
      ...structuredClone(inOrder),
      ids: { doi: '10.1000/x', arxiv: '2401.00001' },
      signals: { citations: 3, upvotes: 1 },
      sources: [{ url: 'https://a.org/', site: 'a', kind: 'feed', seenAt: 2, firstSeenAt: 1, signals: { stars: 1, hasCode: true } }],
      tags: { b: { t: 1, on: true }, a: { on: false, t: 2 } },
      extra: 'kept',
    } as Paper;
    expect(JSON.stringify(inSchemaOrder(p))).toBe(JSON.stringify({ ...Paper.parse(p), extra: 'kept' }));
    expect(Object.keys(inSchemaOrder(p).tags)).toEqual(['b', 'a']);
    expect(p.ids).toEqual({ doi: '10.1000/x', arxiv: '2401.00001' });
    expect(Object.keys(p.ids)).toEqual(['doi', 'arxiv']);
  });

  it("makes the file's papers ones the importing side validates in place (each parsed paper is used as it is)", () => {
    const text = serialiseSyncFile(toSyncFile(generatePapers(200, 9), [], 'laptop', 1));
    const parsed = (JSON.parse(text) as { papers: unknown[] }).papers;
    for (const p of parsed) expect(fastPaperInPlace(p)).toBe(p);
  });
});
