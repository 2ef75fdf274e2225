/**
 * The reference-string parser on styles of the former heldout45 pages (study14ai), each on an entry as the page writes
 * it. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string, hints = {}) => {
  const r = parseReference(s, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Family, I., Family, I., v. Family, I. … and Family, I. - Title (2024)" (an ontology project\'s list)', () => {
  it('"v." abbreviates a family name\'s particle ("von"); the dash after the names is no part of the title', () => {
    expect(
      pick(
        'Schilling, M., Bayerlein, B., v. Hartrott, P., Waitelonis, J., Birkholz, H., Portella, P. D. and Skrotzki, B. - FAIR and structured data: A domain ontology aligned with standard-compliant tensile testing (2024)',
      ),
    ).toEqual({
      title: 'FAIR and structured data: A domain ontology aligned with standard-compliant tensile testing',
      authors: ['M. Schilling', 'B. Bayerlein', 'P. v. Hartrott', 'J. Waitelonis', 'H. Birkholz', 'P. D. Portella', 'B. Skrotzki'],
      year: 2024,
      venue: undefined,
    });
  });
});

describe('"Title (2022)" over "Names, Proc. SPIE 12183, …, 121830L." (a pandoc page of an instrumentation student)', () => {
  it('the year closing the title line dates the entry; the names line under it ends in its venue', () => {
    expect(
      pick(
        'The Nulling Interferometry Cryogenic Experiment: I (2022)\nMohanakrishna Ranganathan, Adrian M. Glauser, Thomas Birbacher, Adrian A. Gheorghe, and Sascha P. Quanz, Proc. SPIE 12183, 121830L.',
      ),
    ).toEqual({
      title: 'The Nulling Interferometry Cryogenic Experiment: I',
      authors: ['Mohanakrishna Ranganathan', 'Adrian M. Glauser', 'Thomas Birbacher', 'Adrian A. Gheorghe', 'Sascha P. Quanz'],
      year: 2022,
      venue: 'Proc. SPIE',
    });
  });
});

describe('"Title" over "I. Family and I. Family, Journal vol, article." under a year heading (a physicist\'s page)', () => {
  it('a journal with its volume and article number closes the names; the heading gives the year', () => {
    expect(
      pick(
        'Rucks and folds: delamination from a flat rigid substrate under uniaxial compression\nB. Davidovitch and V. Démery, Eur. Phys. J. E 44, 11.',
        {
          groupYear: 2021,
        },
      ),
    ).toEqual({
      title: 'Rucks and folds: delamination from a flat rigid substrate under uniaxial compression',
      authors: ['B. Davidovitch', 'V. Démery'],
      year: 2021,
      venue: 'Eur. Phys. J. E',
    });
  });
});
