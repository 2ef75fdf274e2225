/**
 * The rule reader on citation styles of the former heldout32 pages: cases written from how such lists look (not copied
 * from the pages); expected fields read off the text by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const fields = (t: string, hints = {}) => {
  const r = parseReference(t, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('Vancouver names, then the year as a sentence: "Fay JC. 2015. Title. Journal 9:1-8." (a lab’s hand-written list)', () => {
  it('the year is no affiliation number of the last name: names end at the initials, the year dates the entry', () => {
    expect(
      fields('Moreno AB, Ortiz P, Lind JC. 2017. Cold tolerance of wild yeasts from oak bark. Mol Ecol 26:1120-1131. PMC5550011'),
    ).toEqual({
      title: 'Cold tolerance of wild yeasts from oak bark',
      authors: ['AB Moreno', 'P Ortiz', 'JC Lind'],
      year: 2017,
      venue: 'Mol Ecol',
    });
  });

  it('a variant: two authors, an abbreviated journal with periods', () => {
    expect(fields('Hart KE, Lind JC. 2009. Population structure of vineyard yeasts. Genome Biol. Evol. 3:44-52.')).toEqual({
      title: 'Population structure of vineyard yeasts',
      authors: ['KE Hart', 'JC Lind'],
      year: 2009,
      venue: 'Genome Biol. Evol.',
    });
  });

  it('affiliation numbers after a name are still dropped', () => {
    expect(
      fields('Moreno AB1, Ortiz P2, Lind JC1. Cold tolerance of wild yeasts from oak bark. Mol Ecol. 2017;26:1120-31.')?.authors,
    ).toEqual(['AB Moreno', 'P Ortiz', 'JC Lind']);
  });
});
