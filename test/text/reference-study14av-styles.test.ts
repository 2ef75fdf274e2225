/**
 * The reference-string parser on name lists of the former heldout66 / heldout67 pages (study14av), each on an entry as
 * the page writes it. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const authorsOf = (s: string) => parseReference(s)?.authors;

describe('inverted names with undotted initials, the list closed by a period (mahony-publications)', () => {
  it('the period after the last initial ends the list: "Monteiro, R." is R Monteiro like "Higgs, M" is M Higgs', () => {
    expect(
      authorsOf(
        'Mahony, CB, Copper, L, Vrljicak, P, Noyvert, B, Constantinidou, C, Browne, S, Pan, Y, Palles, C, Ott, S, Higgs, M, Monteiro, R. Lineage skewing and genome instability underlie marrow failure in a zebrafish model of GATA2 deficiency. Cell Reports, 2023.',
      ),
    ).toEqual([
      'CB Mahony',
      'L Copper',
      'P Vrljicak',
      'B Noyvert',
      'C Constantinidou',
      'S Browne',
      'Y Pan',
      'C Palles',
      'S Ott',
      'M Higgs',
      'R Monteiro',
    ]);
  });

  it('so after "and" too', () => {
    expect(
      authorsOf(
        'Ferrero, G, Mahony, CB, Dupuis, E, Yvernogeau, L, Di Ruggiero, E, Traver, D, Robin, C, Bertrand, JY and Wittamer, V. “Temporally distinct populations of progenitors generate primitive and definitive microglia”, Cell reports. 2018, July 3; 24(1):130-141.',
      ),
    ).toEqual(['G Ferrero', 'CB Mahony', 'E Dupuis', 'L Yvernogeau', 'E Di Ruggiero', 'D Traver', 'C Robin', 'JY Bertrand', 'V Wittamer']);
  });

  it('a list that dots its initials keeps the last one dotted', () => {
    expect(authorsOf('Quiroz, L., Smith, J. A., & Riquelme, I. (2020). A title of the paper here. Journal of Things, 3(2), 1–9.')).toEqual([
      'L. Quiroz',
      'J. A. Smith',
      'I. Riquelme',
    ]);
  });
});

describe('a generation after the family name (carvalho-publis)', () => {
  it('"Ciarlet Jr." keeps its period where it ends the list', () => {
    expect(
      authorsOf(
        'A.-S. Bonnet-Ben Dhia, C. Carvalho, P. Ciarlet Jr., Mesh requirements for the finite element approximation of problems with sign-changing coefficients, Numerische Mathematik, 138(2018), 1--38. [Preprint]',
      ),
    ).toEqual(['A.-S. Bonnet-Ben Dhia', 'C. Carvalho', 'P. Ciarlet Jr.']);
  });
});

describe('APA\'s "…" before a placeholder "others" (forsythe-publications)', () => {
  it('cuts the list there', () => {
    const r = parseReference(
      'Ferreira, C., Bastille-Rousseau, G., Bennett, A. M., Ellington, E. H., Terwissen, C., Austin, C., … others. (2016). The evolution of peer review as a basis for scientific publication: directional selection towards a robust discipline? Biological Reviews, 91(3), 597–610.',
    );
    expect(r && [r.authors, r.authorsTruncated, r.year]).toEqual([
      ['C. Ferreira', 'G. Bastille-Rousseau', 'A. M. Bennett', 'E. H. Ellington', 'C. Terwissen', 'C. Austin'],
      true,
      2016,
    ]);
  });
});
