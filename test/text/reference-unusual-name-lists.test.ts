import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

/**
 * Entries of dev pages whose author block the rules could not read (issue 14, study14k): family names alone before the
 * year, Vancouver names closing a list whose first names are inverted with a comma, stray periods after a name.
 * Snippets from the real pages; expected fields read off the pages by eye.
 */
const read = (text: string) => {
  const r = parseReference(text);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('family names alone before the year ("Cooper & Klymkowsky 2022. Title.")', () => {
  it('one name, a period and the year (klymkowsky)', () => {
    expect(
      read('119. Klymkowsky. 2023. Hardy-Weinberg and genetic drift in undergraduate biology. Frontiers of Genetics, * June 2023.'),
    ).toEqual({
      title: 'Hardy-Weinberg and genetic drift in undergraduate biology',
      authors: ['Klymkowsky'],
      year: 2023,
    });
  });

  it('two names joined by "&", the year without a comma (klymkowsky)', () => {
    expect(
      read(
        '– Cooper & Klymkowsky 2022. Aligning assessment goals with the current and future technologies needed to achieve them. in "Technologies in Biomedical and Life Science Education" H. Witchel & Michael Lee, eds.',
      ),
    ).toEqual({
      title: 'Aligning assessment goals with the current and future technologies needed to achieve them',
      authors: ['Cooper', 'Klymkowsky'],
      year: 2022,
    });
  });

  it('names then the year in parentheses (lau)', () => {
    expect(
      read(
        'Ming, Leung, Yung, Wong and Lau (2006) Twenty Problems in Philosophy: A Brief Introduction to Contemporary Philosophy. McGraw-Hill Education (Asia).',
      ),
    ).toEqual({
      title: 'Twenty Problems in Philosophy: A Brief Introduction to Contemporary Philosophy',
      authors: ['Ming', 'Leung', 'Yung', 'Wong', 'Lau'],
      year: 2006,
    });
  });

  it('a line of names and the year under the title (trapnell)', () => {
    expect(
      read('How to map billions of short reads onto genomes\nTrapnell & Salzberg 2009.\nNature Biotechnology 27(5): 455-457.'),
    ).toEqual({
      title: 'How to map billions of short reads onto genomes',
      authors: ['Trapnell', 'Salzberg'],
      year: 2009,
    });
  });

  it('not a status under a title ("Submitted (2025)"), nor a title alone before its year', () => {
    expect(
      read('Modulation of Heat Flow via Electrochemical Doping in Conducting Polymer PBTTT,\nSubmitted (2025)')?.authors ?? [],
    ).not.toEqual(['Submitted']);
    expect(read('Metaphysics (2011). Wiley.')).toBeNull();
  });

  it('one inverted whole name with a hyphenated family name is one name (sailor)', () => {
    expect(
      read("Turnbull-Sailor, Craig. 2007. Syntactic Patterns of Embedded wh- Clauses. Master's thesis, University of Kansas."),
    ).toEqual({ title: 'Syntactic Patterns of Embedded wh- Clauses', authors: ['Craig Turnbull-Sailor'], year: 2007 });
  });
});

describe('Vancouver names closing a list whose first names are inverted ("Kiang, M.V., Tsai A.C., …, Basu S.")', () => {
  it('reads every name (alexander, caylalab, daoliulab, rising)', () => {
    expect(readAuthorBlock('Kiang, M.V., Tsai A.C., Alexander M., Rehkopf D.H., Basu S.', 'surname-initials')?.names).toEqual([
      'M.V. Kiang',
      'A.C. Tsai',
      'M. Alexander',
      'D.H. Rehkopf',
      'S. Basu',
    ]);
    expect(readAuthorBlock('Hao, H., Dai, L., Wang K., Xu J., Liu W.', 'surname-initials')?.names).toEqual([
      'H. Hao',
      'L. Dai',
      'K. Wang',
      'J. Xu',
      'W. Liu',
    ]);
  });

  it('the whole entry (caylalab)', () => {
    expect(
      read(
        'Cayla, M., Spanos C., McWilliam K., Waskett E., Rappsilber J., Matthews K.R., 2024. Differentiation granules, a dynamic regulator of T. brucei development. Nat Commun 15, 2972 (2024).',
      ),
    ).toEqual({
      title: 'Differentiation granules, a dynamic regulator of T. brucei development',
      authors: ['M. Cayla', 'C. Spanos', 'K. McWilliam', 'E. Waskett', 'J. Rappsilber', 'K.R. Matthews'],
      year: 2024,
    });
  });
});

describe('a stray period after a name ("Vink., G.", "Courtney-Mustaphi., R.", "Alexander, M.. ‘Title’")', () => {
  it('after a family name before the comma (vink, lemmen)', () => {
    expect(read('Schouten, R., Lugtig, P., Brand, J., and Vink., G. (2017). Generating missing values with ampute.')).toEqual({
      title: 'Generating missing values with ampute',
      authors: ['R. Schouten', 'P. Lugtig', 'J. Brand', 'G. Vink'],
      year: 2017,
    });
    expect(
      read(
        'M. Cuenca-Cambronero, C.J. Courtney-Mustaphi., R. Greenway, O. Heiri, and B. Matthews. 2022. Integrating evolutionary processes with paleolimnological proxies in freshwater ecosystems. Biological Reviews 97: 1447-1466.',
      )?.authors,
    ).toEqual(['M. Cuenca-Cambronero', 'C.J. Courtney-Mustaphi', 'R. Greenway', 'O. Heiri', 'B. Matthews']);
  });

  it('a doubled period after the last initial, before a quoted title (alexander)', () => {
    expect(
      read(
        'Alexander, M.. ‘Measures of premature life lost at a fixed level of life expectancy’. Extended abstract submitted to PAA 2023.',
      ),
    ).toEqual({ title: 'Measures of premature life lost at a fixed level of life expectancy', authors: ['M. Alexander'], year: 2023 });
  });
});
