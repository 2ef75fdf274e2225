/**
 * The reference-string parser on styles of the former heldout20 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, venueAfterTitle } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('APA names with undotted initials and one period after them, "Guzmán, JA., Cordero, RA. (2016)" (guzman)', () => {
  it('reads "JA." and "RA." as initials', () => {
    expect(
      pick(
        'Guzmán, JA., Cordero, RA. (2016) Neighborhood structure influences the convergence in light capture efficiency and carbon gain: An architectural approach for cloud forest shrubs. Tree Physiology. 36(6): 712-724. PDF',
      ),
    ).toEqual({
      title:
        'Neighborhood structure influences the convergence in light capture efficiency and carbon gain: An architectural approach for cloud forest shrubs',
      authors: ['JA. Guzmán', 'RA. Cordero'],
      year: 2016,
    });
  });
  it('among dotted and bare initials, with a comma after the year', () => {
    expect(
      pick(
        'Sánchez-Azofeifa, GA, Guzmán, JA., Castro, S., Nightingale, J, Rankine, CD. (2017), Remote sensing technologies for the study of tropical forests. Biotropica. 49(5): 604-619.',
      ),
    ).toEqual({
      title: 'Remote sensing technologies for the study of tropical forests',
      authors: ['GA Sánchez-Azofeifa', 'JA. Guzmán', 'S. Castro', 'J Nightingale', 'CD. Rankine'],
      year: 2017,
    });
  });
  it('given names first: "RWL. Jones, DM. South, and KS. Cranmer." (cranmer, dev)', () => {
    expect(
      pick(
        'RWL. Jones, DM. South, and KS. Cranmer. ATLAS Data Preservation. J. Phys. Conf. Ser., 664(3):032017, 2015. doi:10.1088/1742-6596/664/3/032017.',
      ),
    ).toEqual({ title: 'ATLAS Data Preservation', authors: ['RWL. Jones', 'DM. South', 'KS. Cranmer'], year: 2015 });
  });
});

describe('"Title (with Coauthors)" over a venue line, the owner never named (martin)', () => {
  it("the title's own parentheses stay in it", () => {
    expect(
      pick(
        'Ruling out (160,54,18) difference sets in some nonabelian groups (with Jason Alexander, Rajalakshmi Balasubramanian, Kimberly Monahan, Harriet Pollatsek, and Ashna Rubina Sen)\nJ. Combin. Designs 8 (2000), no. 4, 221-231.\n[PDF]',
      ),
    ).toEqual({
      title: 'Ruling out (160,54,18) difference sets in some nonabelian groups',
      authors: ['Jason Alexander', 'Rajalakshmi Balasubramanian', 'Kimberly Monahan', 'Harriet Pollatsek', 'Ashna Rubina Sen'],
      year: 2000,
    });
  });
  it('a variant with a comma before "with" and a parenthesised term', () => {
    expect(pick('Spectra of (k,l)-regular hypergraphs, with Anna Berg and Tom Lee, Linear Algebra Appl. 12 (2011), 1-20.')).toEqual({
      title: 'Spectra of (k,l)-regular hypergraphs',
      authors: ['Anna Berg', 'Tom Lee'],
      year: 2011,
    });
  });
});

describe('venues before a date or a link label', () => {
  it('"Journal · Feb 08, 2026 · doi:…" (dwilliams) and "Journal · Oct 2023"', () => {
    expect(venueAfterTitle('Nature Immunology · Feb 08, 2026 · doi:10.1038/s41590-025-02398-y')).toBe('Nature Immunology');
    expect(venueAfterTitle('Science Advances · Oct 2023')).toBe('Science Advances');
  });
  it('"Journal, arXiv:… (bibtex)" (perren) and "Journal, 12(3) [pdf]"', () => {
    expect(venueAfterTitle('Astronomy & Astrophysics, arXiv:2101.01660 (bibtex)')).toBe('Astronomy & Astrophysics');
    expect(venueAfterTitle('New Astronomy [pdf]')).toBe('New Astronomy');
  });
});

describe('org-mode lists: "(2025) Names. “Title.” Journal, 78, 1999-2011." (hill)', () => {
  it('the year in parentheses opening the entry is its year, not a page number or an article number', () => {
    expect(
      pick(
        '(2021) Hill, SA, Simona Bordoni, and Jonathan L. Mitchell. “Solsticial Hadley Cell ascending edge theory from supercriticality.” Journal of the Atmospheric Sciences, 78, 1999-2011. doi: https://doi.org/10.1175/JAS-D-20-0341.1. PDF.',
      ),
    ).toEqual({
      title: 'Solsticial Hadley Cell ascending edge theory from supercriticality',
      authors: ['SA Hill', 'Simona Bordoni', 'Jonathan L. Mitchell'],
      year: 2021,
    });
    expect(
      pick(
        '(2024) Clark, JP, P Lin, SA Hill. “ITCZ Response to Disabling Parameterized Convection in Global Fixed-SST Aquaplanet Simulations.” Journal of Advances in Modeling Earth Systems 16, e2023MS003968. PDF.',
      )?.year,
    ).toBe(2024);
  });
  it('"``Title.’’" (TeX quotes typeset), a hyphenated Vancouver first name, then undotted initials first', () => {
    expect(
      pick(
        '(2023) Zurita-Gotor P, IM Held, TM Merlis, CY Chang, SA Hill, CG MacDonald. ``Non-uniqueness in ITCZ latitude due to radiation-circulation coupling in an idealized GCM.’’ Journal of Advances in Modeling Earth Systems, 15 (10), e2023MS003736. doi: 10.1029/2023MS003736. PDF.',
      ),
    ).toEqual({
      title: 'Non-uniqueness in ITCZ latitude due to radiation-circulation coupling in an idealized GCM',
      authors: ['P Zurita-Gotor', 'IM Held', 'TM Merlis', 'CY Chang', 'SA Hill', 'CG MacDonald'],
      year: 2023,
    });
  });
  it('"Moscoso JE, RE Tripoli": two initials after the first family name are initials, not a family name in capitals', () => {
    expect(
      pick(
        '(2023) Moscoso JE, RE Tripoli, S Chen, H Gonzalez, SA Hill. "Low-cost table-top experiments for teaching multi-scale geophysical fluid dynamics.’’ Accepted, Frontiers in Marine Science.',
      ),
    ).toEqual({
      title: 'Low-cost table-top experiments for teaching multi-scale geophysical fluid dynamics',
      authors: ['JE Moscoso', 'RE Tripoli', 'S Chen', 'H Gonzalez', 'SA Hill'],
      year: 2023,
    });
  });
});
