/**
 * The reference-string parser on styles of the former heldout22 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('Lattes CV exports "FAMILY, GIVEN ; FAMILY, I. . Title. JOURNAL, v. 13, p. 1-9, 2020." (tomazella)', () => {
  it('a spaced second period after the last initial closes the names', () => {
    expect(
      pick(
        'TOMAZELLA, V. L. D.; NADARAJAH, S. ; LOUZADA NETO, F. ; RAMOS, P. ; JESUS, S. R. . Reference Bayesian analysis for the generalized lognormal distribution with application to survival data. Statistics and Its Interface, v. 13, p. 139-149, 2020.',
      ),
    ).toEqual({
      title: 'Reference Bayesian analysis for the generalized lognormal distribution with application to survival data',
      authors: ['V. L. D. TOMAZELLA', 'S. NADARAJAH', 'F. LOUZADA NETO', 'P. RAMOS', 'S. R. JESUS'],
      year: 2020,
    });
  });
  it('given names in capitals, alone or with initials, among initialled names', () => {
    expect(
      pick(
        'FERREIRA, PAULO H. ; RAMOS, EDUARDO ; GONZALES, JHON F.B. ; TOMAZELLA, VERA L.D. ; LOUZADA, FRANCISCO . Objective Bayesian analysis for the Lomax distribution. STATISTICS & PROBABILITY LETTERS, v. 159, p. 108677, 2020.',
      ),
    ).toEqual({
      title: 'Objective Bayesian analysis for the Lomax distribution',
      authors: ['PAULO H. FERREIRA', 'EDUARDO RAMOS', 'JHON F.B. GONZALES', 'VERA L.D. TOMAZELLA', 'FRANCISCO LOUZADA'],
      year: 2020,
    });
  });
  it('"VERA" after a family name in capitals is a given name, not four initials', () => {
    expect(
      pick(
        'TOMAZELLA, VERA; PEREIRA, GUSTAVO H.A. ; NOBRE, JUVÊNCIO S. ; SANTOS-NETO, MANOEL . Zero-adjusted reparameterized Birnbaum-Saunders regression model. STATISTICS & PROBABILITY LETTERS, v. 149, p. 142-145, 2019.',
      ),
    ).toEqual({
      title: 'Zero-adjusted reparameterized Birnbaum-Saunders regression model',
      authors: ['VERA TOMAZELLA', 'GUSTAVO H.A. PEREIRA', 'JUVÊNCIO S. NOBRE', 'MANOEL SANTOS-NETO'],
      year: 2019,
    });
  });
  it('an undotted initial, a doubled period and stray periods after given names in capitals', () => {
    expect(
      pick(
        'OKAFOR, B ; LINDQVIST, TOMAS. ; RUIZ, MARTA. . Soil carbon under three tillage regimes. REVISTA BRASILEIRA DE CIÊNCIA DO SOLO, v. 4, p. 1-9, 2016..',
      ),
    ).toEqual({
      title: 'Soil carbon under three tillage regimes',
      authors: ['B OKAFOR', 'TOMAS LINDQVIST', 'MARTA RUIZ'],
      year: 2016,
    });
  });
  it('a long family name with particles, four initials after a given name, a family name before its given name without the comma', () => {
    expect(
      pick(
        'CALSAVARA, VINICIUS FERNANDO ; SOUZA, ANA C. R. L. A. ; TOMAZELLA Vera L. D. ; DE CASTRO DE ANDRADE FILHO, MÁRIO. Frailty models power variance function (PVF) with cure fraction. COMMUNICATIONS IN STATISTICS-THEORY AND METHODS., v. 1, p. 1-14, 2016.',
      ),
    ).toEqual({
      title: 'Frailty models power variance function (PVF) with cure fraction',
      authors: ['VINICIUS FERNANDO CALSAVARA', 'ANA C. R. L. A. SOUZA', 'Vera L. D. TOMAZELLA', 'MÁRIO DE CASTRO DE ANDRADE FILHO'],
      year: 2016,
    });
  });
});
