/**
 * The reference-string parser on styles of the former heldout18 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, truncated: r.authorsTruncated, year: r.year };
};

describe('Vancouver names of Brazilian authors (kaiquealves.netlify.app, Quarto): four initials, "Junior", "[…]"', () => {
  it('reads "Moraes SPCB" and "Barbosa DHSG" as names (case from the page)', () => {
    expect(
      pick(
        'Gondo IRG, da Rocha MR, Gondo CY, Alves KS, dos Anjos BB, Moraes SPCB, Camara GR, Zucoloto M, Barbosa DHSG, Alves FR, Xavier AS, Silva SA, Moraes WB (2025) Temporal dynamics of guava root-knot nematode under the effect of different management methods. Crop Protection. 107012. https://doi.org/10.1016/j.cropro.2024.107012',
      ),
    ).toEqual({
      title: 'Temporal dynamics of guava root-knot nematode under the effect of different management methods',
      authors: [
        'IRG Gondo',
        'MR da Rocha',
        'CY Gondo',
        'KS Alves',
        'BB dos Anjos',
        'SPCB Moraes',
        'GR Camara',
        'M Zucoloto',
        'DHSG Barbosa',
        'FR Alves',
        'AS Xavier',
        'SA Silva',
        'WB Moraes',
      ],
      truncated: false,
      year: 2025,
    });
  });

  it('"[…]" among the names marks names left out (case from the page)', () => {
    expect(readAuthorBlock('Ascari JP, Barro JP, Santana FM, Padua JM, Maciel JLN, […], Alves KS, Del Ponte EM', 'vancouver')).toEqual({
      names: ['JP Ascari', 'JP Barro', 'FM Santana', 'JM Padua', 'JLN Maciel', 'KS Alves', 'EM Del Ponte'],
      truncated: true,
    });
  });

  it('variant: four initials and a bracketed "[...]" in a short list', () => {
    expect(readAuthorBlock('Pereira MACL, Souza Junior JB, [...], Lima RFAS', 'vancouver')).toEqual({
      names: ['MACL Pereira', 'JB Souza Junior', 'RFAS Lima'],
      truncated: true,
    });
  });
});
