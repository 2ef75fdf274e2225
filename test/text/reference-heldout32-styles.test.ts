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

describe('a mathematician’s own list: "(with A and B) <i>Title</i>, Israel J. Math. 259 (2024), 1-20." (the owner never named)', () => {
  it('the coauthors in parentheses before the marked title are its authors', () => {
    expect(
      fields('(with Anna Kowalska and Pierre Dubois) Descent for framed correspondences, Adv. Math. 350 (2019), 1-40. (pdf)', {
        title: 'Descent for framed correspondences',
      }),
    ).toEqual({
      title: 'Descent for framed correspondences',
      authors: ['Anna Kowalska', 'Pierre Dubois'],
      year: 2019,
      venue: 'Adv. Math.',
    });
  });

  it('a journal whose name opens with a place or a word and "J." is no author: "Israel J. Math.", "J. Amer. Math. Soc."', () => {
    for (const [text, title] of [
      ['Operads and stable homotopy, Israel J. Math. 230(1) (2019), 45-80.', 'Operads and stable homotopy'],
      ['Tensor triangulated geometry of schemes, J. Amer. Math. Soc. 31(2) (2017), 300-340.', 'Tensor triangulated geometry of schemes'],
      ['Witt groups of local rings, J. Math. Sciences 150(4) (2014), 600-620.', 'Witt groups of local rings'],
    ])
      expect(fields(text!, { title, allowNoAuthors: true })?.authors).toEqual([]);
  });

  it('names after a marked title are still read: "<i>Title</i>, J. Smith and A. Lee, Phys. Rev. B 99 (2019)"', () => {
    expect(
      fields('Spin waves in thin films, J. Smith and A. Lee, Phys. Rev. B 99 (2019), 1-9.', { title: 'Spin waves in thin films' })?.authors,
    ).toEqual(['J. Smith', 'A. Lee']);
  });
});

describe('one name inverted among given-first names: "Ana Ruiz, Chen, Wei, Omar Haddad. “Title.” Journal" (a CV’s own name)', () => {
  it('"Family, Given" in the middle is one name, written given-first', () => {
    const r = fields(
      'Ana Ruiz, Chen, Wei, Omar Haddad, and Lena Berg. “Rare variants in lipid genes.” Cell Genomics 2.1 (2022), p. 100120.',
    );
    expect([r?.title, r?.authors, r?.year]).toEqual([
      'Rare variants in lipid genes',
      ['Ana Ruiz', 'Wei Chen', 'Omar Haddad', 'Lena Berg'],
      2022,
    ]);
  });

  it('a variant: the inverted name last, after "and"', () => {
    expect(fields('Ana Ruiz, Omar Haddad, and Chen, Wei. “Rare variants in lipid genes.” Cell Genomics (2022).')?.authors).toEqual([
      'Ana Ruiz',
      'Omar Haddad',
      'Wei Chen',
    ]);
  });

  it('a variant: two names around it, the last with a middle initial ("Omar B. Haddad")', () => {
    expect(fields('Ana Ruiz, Chen, Wei, and Omar B. Haddad. “Rare variants in lipid genes.” Cell Genomics (2022).')?.authors).toEqual([
      'Ana Ruiz',
      'Wei Chen',
      'Omar B. Haddad',
    ]);
  });

  it('family names alone are not paired up: "Ruiz, Chen, and Haddad. Title."', () => {
    expect(fields('Ruiz, Chen, and Haddad. “Rare variants in lipid genes.” Cell Genomics (2022).')?.authors ?? []).not.toContain(
      'Chen Ruiz',
    );
  });
});

describe('title first, one part after another with commas only: "Title, A B, C D, and E F, Journal: X, Y, and Z, 2016." (a Sphinx list)', () => {
  it('the names are the parts that read as two names or more after the title; the venue keeps its own commas', () => {
    expect(
      fields(
        'Sparse solvers for graphical models, Ana Ruiz, Omar Haddad, and Lena Berg, Constraints: Theory, Practice, and Applications, 2018.',
      ),
    ).toEqual({
      title: 'Sparse solvers for graphical models',
      authors: ['Ana Ruiz', 'Omar Haddad', 'Lena Berg'],
      year: 2018,
      venue: 'Constraints: Theory, Practice, and Applications',
    });
  });

  it('a variant: the title holds commas of its own, the names have no "and"', () => {
    expect(
      fields(
        'Search strategies for design: local moves, restarts, and a hybrid, steepest-descent method, Wei Chen, Lena Berg, Journal of heuristics, 2012.',
      ),
    ).toEqual({
      title: 'Search strategies for design: local moves, restarts, and a hybrid, steepest-descent method',
      authors: ['Wei Chen', 'Lena Berg'],
      year: 2012,
      venue: 'Journal of heuristics',
    });
  });

  it('a link label run into the first name is no title: "Click here to read Berg L, Chen W, …" is not read so', () => {
    expect(
      fields('Click here to read Berg L, Chen W, Ruiz A, Haddad O, Sparse solvers for graphical models, Journal of heuristics, 2017.')
        ?.title ?? '',
    ).not.toContain('Berg L');
  });

  it('venue and publisher parts are no names: "Title, Nature Methods, Cell Press, 2019." is not read so', () => {
    expect(fields('Deep models of protein folding, Nature Methods, Cell Press, 2019.')?.authors ?? []).toEqual([]);
  });
});

describe('a word processor’s list bullet left in the text: "‐ Z. Ali, F. Ayaz and C. Park, “Title,” Journal" (a Word-exported page)', () => {
  it('the hyphen bullet (U+2010) is no part of the first name', () => {
    expect(
      fields(
        '‐ Y. Kim, R. Osei and L. Berg, "Caching at the network edge for vehicles," IEEE Transactions on Vehicular Technology, vol. 9, pp. 1-8, Feb. 2022.',
      )?.authors,
    ).toEqual(['Y. Kim', 'R. Osei', 'L. Berg']);
  });

  it('a variant: a minus sign (U+2212) as the bullet', () => {
    expect(fields('− Y. Kim and R. Osei, "Impulsive noise in power lines," Proc. IEEE ICC, Jun. 2019.')?.authors).toEqual([
      'Y. Kim',
      'R. Osei',
    ]);
  });
});
