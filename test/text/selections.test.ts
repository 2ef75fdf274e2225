/**
 * "Capture selection" on real pages: the text a user selects on a lab's publications page (al-folio, Hugo Academic,
 * Wowchemy, AcademicPages), parsed as visible text, gives the papers the page's own DOM adapter reads from its markup
 * (checked against the page by eye in each adapter's test); the selected text of pages without papers gives none.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../lib/model';
import { scanPage } from '../../lib/sites/registry';
import { parseVisibleText } from '../../lib/text/parse';
import { SELECTION_FIXTURES } from '../fixtures/selections/selections';
import { fixtureDocument, fixtureText } from '../helpers';

const VIEWED = new Date('2026-12-01T12:00:00Z');
/** The text form drops a title's closing period ("…Semantic Injection."), which the markup keeps. */
const title = (c: Candidate) => c.title.replace(/\.$/, '');

describe('selected text of real pages', () => {
  it.each(SELECTION_FIXTURES.filter((f) => f.entries > 0).map((f) => [f.file, f] as const))('%s: the papers the page holds', (_file, f) => {
    const fromText = parseVisibleText(fixtureText(f.file), new URL(f.url), VIEWED).entries;
    const fromMarkup = scanPage(fixtureDocument(f.page), new URL(f.url))!.entries;
    expect(fromMarkup).toHaveLength(f.entries);
    expect(fromText.map(title)).toEqual(fromMarkup.map(title));
    fromText.forEach((t, i) => {
      const m = fromMarkup[i]!;
      expect(t.year, t.title).toBe(m.year);
      if (m.authors.length === 0) expect(t.authors, t.title).toEqual([]);
      // The text shows every name the markup has (al-folio's "and 2 more authors" is completed from the BibTeX shown with it).
      else expect(t.authors, t.title).toEqual(m.authors);
      expect(t.authorsTruncated, t.title).toBe(m.authorsTruncated);
    });
  });

  it('keeps venues as shown, abbreviations with their period, volume and pages dropped', () => {
    const venues = (file: string, url: string) => parseVisibleText(fixtureText(file), new URL(url), VIEWED).entries.map((e) => e.venue);
    expect(venues('selections/alfolio-demo-publications.txt', 'https://alshedivat.github.io/al-folio/publications/')).toEqual([
      undefined,
      undefined,
      'American Journal of Physics',
      'Phys. Rev.',
      'Annalen der physik',
      'Ann. Phys.',
      undefined,
    ]);
    expect(venues('selections/hugo-academic4-publication-list.txt', 'https://www.andreagabrio.eu/publication/')).toEqual([
      'arXiv',
      'Journal of Applied Statistics',
      'arXiv',
      'Journal of the Royal Statistical Society: Series A, early view',
      'Oxford Research Encyclopedia of Economics and Finance, Oxford University Press',
      'Statistics in Medicine',
      'Pharmacoeconomics Open',
    ]);
    expect(venues('selections/wowchemy5-publication-list.txt', 'https://withbayes.github.io/cambridge-mlg/publication/')).toEqual([
      undefined,
      'Journal of Source Themes',
      'STC',
    ]);
  });

  it('completes "and 2 more authors" from the BibTeX shown under the entry, and keeps that BibTeX', () => {
    const [letters] = parseVisibleText(
      fixtureText('selections/alfolio-demo-publications.txt'),
      new URL('https://alshedivat.github.io/al-folio/publications/'),
      VIEWED,
    ).entries;
    expect(letters).toMatchObject({
      title: 'Letters on wave mechanics',
      authors: ['Albert Einstein', 'Erwin Schrödinger', 'Max Planck', 'Hendrik Antoon Lorentz', 'Karl Przibram'],
      authorsTruncated: false,
      type: 'book',
      year: 1967,
    });
    expect(letters!.authorCount).toBeUndefined();
    expect(letters!.bibtex).toMatch(/^@book\{przibram1967letters,/);
  });

  it.each(SELECTION_FIXTURES.filter((f) => f.entries === 0).map((f) => [f.file, f] as const))('%s: no papers', (_file, f) => {
    expect(parseVisibleText(fixtureText(f.file), new URL(f.url), VIEWED).entries).toEqual([]);
  });
});
