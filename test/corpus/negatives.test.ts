/**
 * Real non-publication pages (test/fixtures/corpus/negatives/, registry NEGATIVE_PAGES): the registry is what it says,
 * and the on-demand reader reads no more entries on them than it did when they were added. Every entry read there is spurious.
 *
 * Ceilings measured once at the branch point of negatives14 (main 96902e2, 2026-12-05): dev 44 pages, 1 with entries,
 * 3 entries (oyedele-blog: its three blog post cards, "Interaction bar plots with standard error and lettering in R" and
 * two more, read as papers); heldout 21 pages, 2 with entries, 15 entries (aggregate only: heldout pages are not looked
 * at one by one and not tuned on). Lower a ceiling when a change reads fewer; never raise one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEGATIVES_DIR, NEGATIVE_PAGES, negativeHtml } from '../fixtures/corpus/negatives';
import { negativeTotals, negativesOf, readNegative } from './negatives';

const CEILING = {
  dev: { pagesWithEntries: 1, entries: 3 },
  heldout: { pagesWithEntries: 2, entries: 15 },
};

const README = readFileSync(join(NEGATIVES_DIR, '..', 'README.md'), 'utf8');
const section = README.slice(README.indexOf('## Negative pages (negatives14, 2026-12-05)'));
/** | slug | split | kind: lists on the page | URL | source (repo `path` commit prefix) | */
const rows = section
  .split('\n')
  .filter((l) => /^\| [a-z0-9-]+ \| (dev|heldout) \|/.test(l))
  .map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  );

describe('negative pages registry', () => {
  it('holds at least 40 pages, each file once, slugs unique', () => {
    expect(NEGATIVE_PAGES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(NEGATIVE_PAGES.map((p) => p.slug)).size).toBe(NEGATIVE_PAGES.length);
    const files = readdirSync(NEGATIVES_DIR).sort();
    expect(NEGATIVE_PAGES.map((p) => `${p.slug}.html`).sort()).toEqual(files);
    for (const p of NEGATIVE_PAGES) expect(existsSync(join(NEGATIVES_DIR, `${p.slug}.html`)), p.slug).toBe(true);
  });

  it('gives every page a real URL, a kind, what its lists are, and its source', () => {
    for (const p of NEGATIVE_PAGES) {
      expect(['http:', 'https:'], p.slug).toContain(new URL(p.url).protocol);
      expect(p.lists.length, p.slug).toBeGreaterThan(5);
      expect(p.source.repo, p.slug).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(p.source.path, p.slug).toMatch(/\.html$/);
      expect(p.source.commit, p.slug).toMatch(/^[0-9a-f]{40}$/);
      expect(negativeHtml(p.slug).length, p.slug).toBeGreaterThan(1000);
    }
  });

  it('covers several pages of each kind', () => {
    const kinds = ['news', 'people', 'teaching', 'talks', 'blog', 'projects', 'home', 'awards', 'jobs', 'non-academic'];
    for (const k of kinds) expect(NEGATIVE_PAGES.filter((p) => p.kind === k).length, k).toBeGreaterThanOrEqual(3);
  });

  it('splits by the fixed rule: every third page in registry order is heldout', () => {
    NEGATIVE_PAGES.forEach((p, i) => expect(p.split, p.slug).toBe(i % 3 === 2 ? 'heldout' : 'dev'));
    expect(negativesOf('dev').length).toBe(44);
    expect(negativesOf('heldout').length).toBe(21);
  });

  it('has a README provenance row per page that agrees with the registry', () => {
    expect(rows.map((r) => r[0])).toEqual(NEGATIVE_PAGES.map((p) => p.slug));
    for (const p of NEGATIVE_PAGES) {
      const [, split, kindAndLists, url, source] = rows.find((r) => r[0] === p.slug)!;
      expect(split, p.slug).toBe(p.split);
      expect(kindAndLists, p.slug).toBe(`${p.kind}: ${p.lists}`);
      expect(url, p.slug).toBe(p.url);
      expect(source, p.slug).toBe(`${p.source.repo} \`${p.source.path}\` ${p.source.commit.slice(0, 12)}`);
    }
  });
});

describe('entries read on demand on negative pages (all spurious)', () => {
  for (const split of ['dev', 'heldout'] as const) {
    it(`${split}: no more than when the pages were added`, () => {
      const totals = negativeTotals(negativesOf(split).map(readNegative));
      expect(totals.entries).toBeLessThanOrEqual(CEILING[split].entries);
      expect(totals.pagesWithEntries).toBeLessThanOrEqual(CEILING[split].pagesWithEntries);
    });
  }
});
