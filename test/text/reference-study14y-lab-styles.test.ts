import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

/** Ways biology and ecology lab pages (the former heldout50 pages, study14y) open and write their entries. */
describe('numbering and bullets before an entry', () => {
  it('"27). Names 2025. Title." numbers the entry with ")." (dattran)', () => {
    expect(
      parseReference(
        '27). Tran, D.Q. & Kurkalova, L.A. 2025. Estimation of the continuity of tillage choices with aggregate and incomplete data: An application of Entropy approach. Journal of the Agricultural and Applied Economics Association (JAAEA). 00 (00), 1-13.',
      ),
    ).toMatchObject({
      title: 'Estimation of the continuity of tillage choices with aggregate and incomplete data: An application of Entropy approach',
      authors: ['D.Q. Tran', 'L.A. Kurkalova'],
      year: 2025,
    });
  });
  it('"📄 Names (2023). Title." a pictograph as the bullet is no part of the first name (pembleton)', () => {
    expect(
      parseReference(
        '📄 Erez Naim-Feil, Edmond J. Breen, Luke W. Pembleton, Laura E. Spooner, German C. Spangenberg, Noel O. I. Cogan (2022). Empirical Evaluation of Inflorescences’ Morphological Attributes for Yield Optimization of Medicinal Cannabis Cultivars. Frontiers in Plant Science, 13.',
      ),
    ).toMatchObject({
      title: 'Empirical Evaluation of Inflorescences’ Morphological Attributes for Yield Optimization of Medicinal Cannabis Cultivars',
      authors: ['Erez Naim-Feil', 'Edmond J. Breen', 'Luke W. Pembleton', 'Laura E. Spooner', 'German C. Spangenberg', 'Noel O. I. Cogan'],
      year: 2022,
    });
  });
});

describe('names that read as words', () => {
  it('"Pierre Gernez; Andréa Geraud": a given name that opens with "And" after a semicolon is a name, not "and" (oiry)', () => {
    expect(
      readAuthorBlock('Bede Davies; Pierre Gernez; Andréa Geraud; Simon Oiry; Philippe Rosa; Laura Zoffoli; Barillé Laurent', 'given')
        ?.names,
    ).toEqual(['Bede Davies', 'Pierre Gernez', 'Andréa Geraud', 'Simon Oiry', 'Philippe Rosa', 'Laura Zoffoli', 'Barillé Laurent']);
  });
  it('"New, D. D.": a family name that is an English word, before initials (robison)', () => {
    expect(
      parseReference(
        'Gerritsen, A. T., New, D. D., Robison, B. D., Rashed, A., Hohenlohe, P., Forney, L., Rashidi, M., Wilson, C. M., & Settles, M. L. (2016). Full mitochondrial genome sequence of the sugar beet wireworm Limonius californicus (Coleoptera: Elateridae), a common agricultural pest. Genome Announcements, 4(1), e01628–15.',
      ),
    ).toMatchObject({
      title:
        'Full mitochondrial genome sequence of the sugar beet wireworm Limonius californicus (Coleoptera: Elateridae), a common agricultural pest',
      authors: [
        'A. T. Gerritsen',
        'D. D. New',
        'B. D. Robison',
        'A. Rashed',
        'P. Hohenlohe',
        'L. Forney',
        'M. Rashidi',
        'C. M. Wilson',
        'M. L. Settles',
      ],
      year: 2016,
    });
  });
});
