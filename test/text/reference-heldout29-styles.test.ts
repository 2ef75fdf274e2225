/**
 * The rule reader on citation styles of the former heldout29 pages: a case from the page (cut down) and a variant of
 * our own per class; expected fields read off the text by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const fields = (t: string, hints = {}) => {
  const r = parseReference(t, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a generator’s doubled period after the last initial: "…, Costa, D.P.. (2025). Title." (payne)', () => {
  it('the names end at the initial, the year and title follow', () => {
    expect(
      fields(
        'Markowitz, T.M., Keener, W., Webber, M.A., Payne, A.R., Lane, R.S., Fahlbusch, J.A., Calambokidis, J.. (2024). New urban habitat for endangered humpback whales: San Francisco Bay. Aquatic Conservation: Marine and Freshwater Ecosystems.',
      ),
    ).toEqual({
      title: 'New urban habitat for endangered humpback whales: San Francisco Bay',
      authors: ['T.M. Markowitz', 'W. Keener', 'M.A. Webber', 'A.R. Payne', 'R.S. Lane', 'J.A. Fahlbusch', 'J. Calambokidis'],
      year: 2024,
      venue: 'Aquatic Conservation: Marine and Freshwater Ecosystems',
    });
  });

  it('a variant: a hyphenated family name last, the year without parentheses', () => {
    expect(fields('Ortiz, L.M., Salguero-Gomez, R.. 2019. Demography of long-lived kelp forests. Marine Ecology.')).toEqual({
      title: 'Demography of long-lived kelp forests',
      authors: ['L.M. Ortiz', 'R. Salguero-Gomez'],
      year: 2019,
      venue: 'Marine Ecology',
    });
  });
});

describe('Dutch "en" between inverted names: "Storms, E. en Alvarado, O. (2024), Title" (storms)', () => {
  it('"en" after an initial is "and"', () => {
    expect(
      fields(
        'Storms, E. en Alvarado, O. (2024), Sensitizing for Algorithms: Foregrounding Experience in the Interpretive Study of Algorithmic Regimes. Amsterdam University Press.',
      )?.authors,
    ).toEqual(['E. Storms', 'O. Alvarado']);
  });

  it('a variant: three names, the last two joined by "en"', () => {
    expect(
      fields('De Vries, J., Jansen, P. en Bakker, M. (2019). Armoede in de stad: een verkenning. Tijdschrift voor Sociologie, 40(2), 1-20.')
        ?.authors,
    ).toEqual(['J. De Vries', 'P. Jansen', 'M. Bakker']);
  });
});

describe('a status in the year’s parentheses: "Hampton, J. (under review). Title. Journal." (hampton)', () => {
  it('"(under review)" ends the names; the title follows; no year', () => {
    expect(
      fields('Hampton, J. (under review). Unbordering Schoolscapes of Belonging with Multimodal Ecolinguistics. Linguistic Landscape.'),
    ).toEqual({
      title: 'Unbordering Schoolscapes of Belonging with Multimodal Ecolinguistics',
      authors: ['J. Hampton'],
      year: undefined,
      venue: 'Linguistic Landscape',
    });
  });

  it('with the title marked: "(due 2027)" is a status, not the year', () => {
    expect(
      fields(
        'Hampton, J. (due 2027). Ecolinguistics and Endangered Languages. Emplacing ecological wisdom through language revitalisation. A monograph due to feature in Bloomsbury Advances in Ecolinguistics.',
        { title: 'Ecolinguistics and Endangered Languages. Emplacing ecological wisdom through language revitalisation' },
      ),
    ).toMatchObject({
      title: 'Ecolinguistics and Endangered Languages. Emplacing ecological wisdom through language revitalisation',
      authors: ['J. Hampton'],
      year: undefined,
    });
  });

  it('a variant: two names, "(submitted)" and "(in preparation)", a marked title', () => {
    expect(fields('Okafor, N. & Lindqvist, E. (submitted). Tone sandhi in Northern Min dialects. Journal of Phonetics.')).toMatchObject({
      title: 'Tone sandhi in Northern Min dialects',
      authors: ['N. Okafor', 'E. Lindqvist'],
      year: undefined,
    });
    expect(
      fields('Okafor, N. (in preparation). Tone sandhi revisited. A corpus study of Northern Min. Journal of Phonetics.', {
        title: 'Tone sandhi revisited. A corpus study of Northern Min',
      }),
    ).toMatchObject({ title: 'Tone sandhi revisited. A corpus study of Northern Min', authors: ['N. Okafor'], year: undefined });
  });
});

describe('a bracketed note on the names before the year: "Hampton, J. & Coretta, S. [as Gaya Seldon] (2026)." (hampton)', () => {
  it('the note is no part of the names or the title', () => {
    expect(
      fields(
        'Hampton, J. & Coretta, S. [as Gaya Seldon] (2026). Beyond the horizon: a more-than-human and holistic approach to language. Language & Ecology.',
      ),
    ).toEqual({
      title: 'Beyond the horizon: a more-than-human and holistic approach to language',
      authors: ['J. Hampton', 'S. Coretta'],
      year: 2026,
      venue: 'Language & Ecology',
    });
  });

  it('"[including Family, I.]" before the year still names an author (cappozzo)', () => {
    expect(
      fields(
        'Corso, F., Baili, P. et al. [including Cappozzo, A.] (2025). Trends in lung cancer survival in Lombardy. Tumori Journal, 111(2), 1-9.',
      )?.authors,
    ).toContain('A. Cappozzo');
  });

  it('a variant: "[alphabetical order]" after three names', () => {
    expect(
      fields(
        'Abel, K., Berg, L. & Cruz, M. [alphabetical order] (2019). Counting with fewer assumptions. Statistical Science, 34(2), 1-20.',
      ),
    ).toMatchObject({ title: 'Counting with fewer assumptions', authors: ['K. Abel', 'L. Berg', 'M. Cruz'], year: 2019 });
  });
});

describe('a software record’s one-word name and version: "Names (2025). FigSense (1.0). semanticClimate." (kumari)', () => {
  it('the name and its version are the title', () => {
    expect(
      fields(
        'Joshi A, Kumari R, Simon W, Yadav G & Murray-Rust P (2025). FigSense (1.0). semanticClimate. https://doi.org/10.5281/zenodo.16752114',
      ),
    ).toMatchObject({ title: 'FigSense (1.0)', authors: ['A Joshi', 'R Kumari', 'W Simon', 'G Yadav', 'P Murray-Rust'], year: 2025 });
  });

  it('a variant: APA names and "(2.1)"', () => {
    expect(fields('Lindqvist, E., & Okafor, N. (2023). Tonebank (2.1). Zenodo. https://doi.org/10.5281/zenodo.1234567')).toMatchObject({
      title: 'Tonebank (2.1)',
      authors: ['E. Lindqvist', 'N. Okafor'],
      year: 2023,
    });
  });
});
