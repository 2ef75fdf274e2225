import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/**
 * A status in the year's place closed by a colon, as the list's dated entries close their year: "Names (2023): Title."
 * beside "Names (in prep): Title." (a phonetician's journal papers, study14bv).
 */
const read = (text: string) => {
  const r = parseReference(text);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Names (in prep): Title.": a status in parentheses closed by a colon', () => {
  it('reads the names and the title after the colon', () => {
    expect(
      read('Cronenberg, J. & Chitoran, I. (in prep): Reduction of the Hiatus /ia/ in Laboratory and Naturalistic European Portuguese.'),
    ).toEqual({
      title: 'Reduction of the Hiatus /ia/ in Laboratory and Naturalistic European Portuguese',
      authors: ['J. Cronenberg', 'I. Chitoran'],
      year: undefined,
      venue: undefined,
    });
  });

  it('reads other statuses closed the same way', () => {
    expect(read('Smith, J. & Doe, A. (under review): Learning to read lists of references from web pages.')).toMatchObject({
      title: 'Learning to read lists of references from web pages',
      authors: ['J. Smith', 'A. Doe'],
    });
  });

  it('leaves a line without names alone', () => {
    expect(read('Working papers (in prep): two on sound change.')).toBeNull();
  });

  it('still reads the dated entry of the same list', () => {
    expect(read('Cronenberg, J. (2023): A Cognitive and Computational Model of the Sound Change. PhD thesis.')).toEqual({
      title: 'A Cognitive and Computational Model of the Sound Change',
      authors: ['J. Cronenberg'],
      year: 2023,
      venue: 'PhD thesis',
    });
  });
});
