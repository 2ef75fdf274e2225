/**
 * The reference-string parser on styles of the former heldout19 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title, nameForm: 'surname-initials' } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('chemistry "<a>Title</a><br>Family, I.;† Family, I.;*# Family, I.* Journal, Year" (zhanggroup): marks after the separators', () => {
  it('the marks after the last initial end the names; the journal follows', () => {
    const title = 'CO2 Hydrogenation to Methanol Catalyzed by Mn-SNS Complex: Role of fac/mer Isomerism on Catalytic Reactivities';
    expect(
      pick(`${title}\nVummaleti, S. V. C.;† Tan, H.;† Liu, J.; Zhang, X.* ACS Catal., 2026, DOI: 10.1021/acscatal.6c03391.`, title),
    ).toEqual({ title, authors: ['S. V. C. Vummaleti', 'H. Tan', 'J. Liu', 'X. Zhang'], year: 2026, venue: 'ACS Catal.' });
  });
  it('a journal opening with an initial-like "J." is no part of the last name ("Chi, Y. R.* J. Am. Chem. Soc.")', () => {
    const title = 'Cobalt pincer complexes for transfer hydrogenation';
    expect(pick(`${title}\nOkafor, B.;† Lindqvist, T.;* Chi, Y. R.* J. Am. Chem. Soc., 2024, 146, 1–9.`, title)).toEqual({
      title,
      authors: ['B. Okafor', 'T. Lindqvist', 'Y. R. Chi'],
      year: 2024,
      venue: 'J. Am. Chem. Soc.',
    });
  });
  it('a mark before the comma ends the names too, and names written without their comma may follow each other', () => {
    const title = 'Locking of CO2 in a Bio-inspired Porous-Organic-Polymeric Prison';
    expect(
      pick(`${title}\nDas, N.; Teong S. P.; Chan S. P.; Wang, W.;* Mondal J.*, ACS Materials Lett., 2026, 8, 3, 957–965.`, title),
    ).toEqual({
      title,
      authors: ['N. Das', 'S. P. Teong', 'S. P. Chan', 'W. Wang', 'J. Mondal'],
      year: 2026,
      venue: 'ACS Materials Lett.',
    });
  });
});

describe('"Family I., I. Family, I. Family (Year). Title, Journal, vol" (pacifici): AMS names, the first comma left out', () => {
  it('the first name inverted without its comma, the others given first', () => {
    expect(
      pick(
        'Agnetis A., H. Kellerer, G. Nicosia, A. Pacifici (2012). Parallel dedicated machines scheduling with chain precedence constraints, European Journal of Operational Research, 221, 296-305, 2012.',
      ),
    ).toEqual({
      title: 'Parallel dedicated machines scheduling with chain precedence constraints',
      authors: ['A. Agnetis', 'H. Kellerer', 'G. Nicosia', 'A. Pacifici'],
      year: 2012,
      venue: 'European Journal of Operational Research',
    });
  });
  it('with a label before it and three given-first names after', () => {
    expect(
      pick('J7. Okafor B., T. Lindqvist, M. Ruiz, P. Sato (2019). Soil carbon under three tillage regimes. Geoderma, 12(3), 4-9.'),
    ).toEqual({
      title: 'Soil carbon under three tillage regimes',
      authors: ['B. Okafor', 'T. Lindqvist', 'M. Ruiz', 'P. Sato'],
      year: 2019,
      venue: 'Geoderma',
    });
  });
});

describe('Spanish "Hernández, J. y Maturana, F. “Title”. Revista …" (maturana): "y" for "and" between inverted names', () => {
  it('reads "y" as "and" after an initial', () => {
    expect(
      pick(
        'Barra, P. y Maturana, F., 2015. “Análisis del proceso de difusión espacial del fútbol profesional en Chile”. Papeles de geografía.',
      ),
    ).toEqual({
      title: 'Análisis del proceso de difusión espacial del fútbol profesional en Chile',
      authors: ['P. Barra', 'F. Maturana'],
      year: 2015,
      venue: 'Papeles de geografía',
    });
    expect(pick('Silva, A., Costa, R. e Souza, B. (2018). Mobilidade urbana em cidades médias. Revista Brasileira, 4(2), 1-9.')).toEqual({
      title: 'Mobilidade urbana em cidades médias',
      authors: ['A. Silva', 'R. Costa', 'B. Souza'],
      year: 2018,
      venue: 'Revista Brasileira',
    });
  });
  it('a colon after the last name ("y Vial, C.: “Title”") ends the names', () => {
    expect(
      pick('Maturana, F. y Vial, C.: “Interaction between the cities of southern Chile”. Regional Geographic Conference, 2011.'),
    ).toEqual({
      title: 'Interaction between the cities of southern Chile',
      authors: ['F. Maturana', 'C. Vial'],
      year: 2011,
      venue: 'Regional Geographic Conference',
    });
  });
  it('"(Eds.)" before the year ends the editors\' names', () => {
    expect(
      pick(
        'Maturana, F. y Rojas, A., (Eds.) 2015. “Ciudades intermedias en Chile: Territorios olvidados”. Ril Editores, Santiago de Chile.',
      ),
    ).toMatchObject({ title: 'Ciudades intermedias en Chile: Territorios olvidados', authors: ['F. Maturana', 'A. Rojas'], year: 2015 });
    expect(pick('Okafor, B. and Lindqvist, T. (eds.) 2019. Soil carbon under three tillage regimes. Springer, Berlin.')).toMatchObject({
      title: 'Soil carbon under three tillage regimes',
      authors: ['B. Okafor', 'T. Lindqvist'],
      year: 2019,
    });
  });
});

describe('conference abstracts "Names (Year). Title. Poster (C43A-0261) presented at AGU24" (glugeorge, Jupyter Book)', () => {
  it("the kind of presentation and the meeting's days are no part of the venue", () => {
    expect(
      pick(
        'Lu, G. J., Wells, M., Van Stygeren, I., & Hecky, R. (2021). Intrusions of sediment-laden fluids into density-stratified water columns. Abstract (EGU21-1407) presented online at EGU General Assembly, 19–30 Apr.',
      ),
    ).toEqual({
      title: 'Intrusions of sediment-laden fluids into density-stratified water columns',
      authors: ['G. J. Lu', 'M. Wells', 'I. Van Stygeren', 'R. Hecky'],
      year: 2021,
      venue: 'EGU General Assembly',
    });
    expect(pick('Okafor, B. and Lindqvist, T. (2024). Soil carbon under three tillage regimes. Poster presented at AGU24.')).toEqual({
      title: 'Soil carbon under three tillage regimes',
      authors: ['B. Okafor', 'T. Lindqvist'],
      year: 2024,
      venue: 'AGU24',
    });
  });
});
