import { describe, expect, it } from 'vitest';
import { tokenize, TAGS } from '../../lib/text/tagger';
import {
  assemble,
  renderEntry,
  restyleAuthors,
  splitName,
  writeAuthors,
  writeName,
  type Labelled,
} from '../fixtures/corpus/tools/tagger-augment';

/** Style-varied training texts of the tagger's trainer (tagger14d): renderings checked by hand against the styles' manuals. */
const entry = {
  title: 'Sparse graph learning for protein folding',
  authors: ['Jane Q. Smith', 'Ludwig van Beethoven', 'Mary Jones'],
  year: 2021,
  venue: 'Nature Methods',
};

/** The tokens of one tag, joined by spaces. */
const tagged = (l: Labelled, tag: string) =>
  tokenize(l.text)
    .filter((_, i) => TAGS[l.gold[i]!] === tag)
    .map((t) => t.text)
    .join(' ');

describe('writeName / writeAuthors', () => {
  it('splits a family name with its particle', () => {
    expect(splitName('Ludwig van Beethoven')).toEqual({ given: ['Ludwig'], family: 'van Beethoven' });
    expect(splitName('Jane Q. Smith')).toEqual({ given: ['Jane', 'Q.'], family: 'Smith' });
  });

  it('writes one name in each form', () => {
    expect(writeName('Jane Q. Smith', 'given')).toBe('Jane Q. Smith');
    expect(writeName('Jane Q. Smith', 'initials')).toBe('J. Q. Smith');
    expect(writeName('Jane Q. Smith', 'initialsTight')).toBe('J.Q. Smith');
    expect(writeName('Jane Q. Smith', 'familyInitials')).toBe('Smith, J. Q.');
    expect(writeName('Jane Q. Smith', 'familyGiven')).toBe('Smith, Jane Q.');
    expect(writeName('Jane Q. Smith', 'familyBare')).toBe('Smith JQ');
    expect(writeName('Jean-Paul Sartre', 'familyBare')).toBe('Sartre JP');
    expect(writeName('Jane Q. Smith', 'familyCaps')).toBe('SMITH J.Q.');
  });

  it('joins names with a comma inside by semicolons, and cuts to "et al."', () => {
    expect(writeAuthors(entry.authors, 'familyInitials', [', ', ', & '], null).names).toBe('Smith, J. Q.; van Beethoven, L., & Jones, M.');
    expect(writeAuthors(entry.authors, 'initials', [', ', ', and '], null).names).toBe('J. Q. Smith, L. van Beethoven, and M. Jones');
    expect(writeAuthors(entry.authors.slice(0, 2), 'given', [', ', ', and '], null).names).toBe('Jane Q. Smith and Ludwig van Beethoven');
    expect(writeAuthors(entry.authors, 'familyBare', [', ', ', '], 1)).toEqual({ names: 'Smith JQ', etAl: ' et al.' });
    expect(writeAuthors(entry.authors.slice(0, 2), 'familyBare', [', ', ', '], null).names).toBe('Smith JQ, van Beethoven L');
  });
});

describe('renderEntry: an expected entry in a citation style, tagged by construction', () => {
  // rand() = 0.4: no volume and pages after the venue.
  const rand = () => 0.4;
  it('APA', () => {
    const r = renderEntry(entry, 'apa', rand)!;
    expect(r.text).toBe('Smith, J. Q.; van Beethoven, L., & Jones, M. (2021). Sparse graph learning for protein folding. Nature Methods.');
    expect(tagged(r, 'AUTHOR')).toBe('Smith , J . Q . ; van Beethoven , L . , & Jones , M .');
    expect(tagged(r, 'TITLE')).toBe('Sparse graph learning for protein folding');
    expect(tagged(r, 'VENUE')).toBe('Nature Methods');
    expect(tagged(r, 'YEAR')).toBe('2021');
  });

  it('IEEE, numbered', () => {
    const r = renderEntry(entry, 'ieee', rand, 7)!;
    expect(r.text).toBe(
      '[7] J. Q. Smith, L. van Beethoven, and M. Jones, “Sparse graph learning for protein folding,” in Nature Methods, 2021.',
    );
    expect(tagged(r, 'AUTHOR')).toBe('J . Q . Smith , L . van Beethoven , and M . Jones');
    expect(tagged(r, 'O')).toBe('[ 7 ] , “ , ” in , .');
  });

  it('Vancouver, numbered, family names with bare initials', () => {
    const r = renderEntry(entry, 'vancouver', rand, 2)!;
    expect(r.text).toBe('2. Smith JQ, van Beethoven L, Jones M. Sparse graph learning for protein folding. Nature Methods. 2021.');
    expect(tagged(r, 'AUTHOR')).toBe('Smith JQ , van Beethoven L , Jones M');
  });

  it('Elsevier numbered: the year in parentheses after the volume', () => {
    const r = renderEntry({ ...entry, authors: entry.authors.slice(0, 2) }, 'elsevier', rand, 4)!;
    expect(r.text).toMatch(
      /^\[4\] J\. Q\. Smith, L\. van Beethoven, Sparse graph learning for protein folding, Nature Methods \d+ \(2021\) \d+–\d+\.$/,
    );
    expect(tagged(r, 'YEAR')).toBe('2021');
    expect(tagged(r, 'VENUE')).toBe('Nature Methods');
  });

  it('a title-first card on three lines', () => {
    const r = renderEntry({ ...entry, authors: ['Jane Q. Smith'] }, 'cardLines', () => 0)!;
    expect(r.text).toBe('Sparse graph learning for protein folding\nJane Q. Smith\nNature Methods 2021');
    expect(tagged(r, 'AUTHOR')).toBe('Jane Q . Smith');
    expect(tagged(r, 'TITLE')).toBe('Sparse graph learning for protein folding');
  });

  it('no entry without authors', () => {
    expect(renderEntry({ ...entry, authors: [] }, 'apa', rand)).toBeNull();
  });
});

describe('restyleAuthors: a page text with its author block re-written', () => {
  it('keeps the rest of the text and its tags', () => {
    const base = assemble([
      ['J. Smith, L. van Beethoven, M. Jones', 1],
      ['. ', 0],
      ['Sparse graph learning for protein folding', 2],
      ['. ', 0],
      ['Nature Methods', 3],
      [', ', 0],
      ['2021', 4],
    ]);
    // rand() = 0: no "et al.", the first name form (given names) and the first separator (", " and ", and ").
    const r = restyleAuthors(base.text, base.gold, entry, () => 0)!;
    expect(r.text).toBe(
      'Jane Q. Smith, Ludwig van Beethoven, and Mary Jones. Sparse graph learning for protein folding. Nature Methods, 2021',
    );
    expect(tagged(r, 'AUTHOR')).toBe('Jane Q . Smith , Ludwig van Beethoven , and Mary Jones');
    expect(tagged(r, 'TITLE')).toBe('Sparse graph learning for protein folding');
    expect(tagged(r, 'VENUE')).toBe('Nature Methods');
    expect(tagged(r, 'YEAR')).toBe('2021');
  });

  it('none for a text without one author run', () => {
    const base = assemble([['Sparse graph learning for protein folding', 2]]);
    expect(restyleAuthors(base.text, base.gold, entry, () => 0)).toBeNull();
  });
});
