/**
 * The reference-string parser on styles of the former heldout22 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, venueAfterTitle } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title } : {});
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

describe('an economist\'s list "Names, Year, “Title”, <em>Journal</em>, n°157, 2018." (epaulard)', () => {
  const withVenue = (s: string) => {
    const r = parseReference(s);
    return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
  };
  it('the year between the names and the quoted title dates the entry; "n°" numbers the issue', () => {
    expect(
      withVenue(
        'Anne Epaulard, 2018, “What should Monetary Policy do in Face of Soaring Asset Prices and Rampant Credit Growth?” Revue de l’OFCE, n°157, 2018.',
      ),
    ).toEqual({
      title: 'What should Monetary Policy do in Face of Soaring Asset Prices and Rampant Credit Growth?',
      authors: ['Anne Epaulard'],
      year: 2018,
      venue: 'Revue de l’OFCE',
    });
  });
  it('two names and a year before « … ? », the space before the question mark kept (variant)', () => {
    expect(
      withVenue('Chloé Zapha, Aude Pommeret, 2016, « Faut-il taxer le carbone aux frontières ? », Revue économique, n°12, pp. 3–19.'),
    ).toEqual({
      title: 'Faut-il taxer le carbone aux frontières ?',
      authors: ['Chloé Zapha', 'Aude Pommeret'],
      year: 2016,
      venue: 'Revue économique',
    });
  });
  it('names with a non-breaking hyphen (U+2011) are names', () => {
    expect(pick('Marie-Laure Allain, Anne Epaulard and Pierre\u2011Léo Rouat  “Panorama du petit commerce”, Focus CAE, 2023.')).toEqual({
      title: 'Panorama du petit commerce',
      authors: ['Marie-Laure Allain', 'Anne Epaulard', 'Pierre\u2011Léo Rouat'],
      year: 2023,
    });
    expect(
      pick('Jean\u2011Pierre Laffargue and Agnès Bénassy\u2011Quéré. Monetary union and fiscal rules. Économie et Prévision, 2008.'),
    ).toEqual({
      title: 'Monetary union and fiscal rules',
      authors: ['Jean\u2011Pierre Laffargue', 'Agnès Bénassy\u2011Quéré'],
      year: 2008,
    });
  });
});

describe('"Family, Given; … (Hrsg.) (2023): Title." (roth): editors marked in German, French, Spanish, Portuguese', () => {
  it('"(Hrsg.)" after the names marks them as the editors; they are the names (the title marked, as the page\'s <em>)', () => {
    expect(
      pick(
        'Reupke, Daniel; Banisch, Sven; Beyer, Meike; Roth, Philip; Thibaut, Julia (Hrsg.) (2021): Netzwerke – Performanz – Kultur. Transdisziplinäre Perspektiven und wechselseitige Bezüge. Würzburg: Königshausen & Neumann.',
        'Netzwerke – Performanz – Kultur. Transdisziplinäre Perspektiven und wechselseitige Bezüge.',
      ),
    ).toEqual({
      title: 'Netzwerke – Performanz – Kultur. Transdisziplinäre Perspektiven und wechselseitige Bezüge',
      authors: ['Daniel Reupke', 'Sven Banisch', 'Meike Beyer', 'Philip Roth', 'Julia Thibaut'],
      year: 2021,
    });
  });
  it('"(dir.)" and "(Org.)" (variant)', () => {
    for (const mark of ['(dir.)', '(Org.)'])
      expect(pick(`Lima, Ana; Berg, Jonas ${mark} (2019): Les marchés du travail locaux. Paris: La Découverte.`)).toEqual({
        title: 'Les marchés du travail locaux',
        authors: ['Ana Lima', 'Jonas Berg'],
        year: 2019,
      });
  });
  it('a journal\'s volume closing the entry is no part of its name ("Zeitschrift für Soziologie, 52.")', () => {
    expect(
      parseReference(
        'Roth, Philip & Laut-Berger, Christina (2023): Die Geteiltheit virtueller Situationen. Zeitschrift für Soziologie, 52. https://doi.org/10.1515/zfsoz-2023-2003',
      )?.venue,
    ).toBe('Zeitschrift für Soziologie');
  });
});

describe('"[2019] Cyr, F., E. Colbourne and D. Senciall. Title NAFO SCR Doc. 19/010 [Link]" (azmp, grey literature)', () => {
  it('a bracketed year opening the entry dates it; a report series run into the title ends it', () => {
    expect(
      pick(
        '[2019] Bélanger, D., P. Pepin, G. Maillet and M. Blais. Biogeochemical oceanographic conditions in the Northwest Atlantic during 2018 NAFO SCR Doc. 19/010 [Link]',
      ),
    ).toEqual({
      title: 'Biogeochemical oceanographic conditions in the Northwest Atlantic during 2018',
      authors: ['D. Bélanger', 'P. Pepin', 'G. Maillet', 'M. Blais'],
      year: 2019,
    });
  });
  it('after a comma, and a technical report series (variant)', () => {
    expect(
      pick('[2016] Okafor, B. and T. Lindqvist. Seabird surveys on the Grand Banks in 2015, DFO Can. Tech. Rep. 3212. iv + 40 p.'),
    ).toEqual({ title: 'Seabird surveys on the Grand Banks in 2015', authors: ['B. Okafor', 'T. Lindqvist'], year: 2016 });
  });
});

describe('venues after the title (luolab, bbl, xia)', () => {
  const venue = (s: string) => parseReference(s)?.venue;
  it('"Science Advances 6, eabb0695 (2020)": a volume and an e-article number end the journal', () => {
    expect(
      venue(
        'L. Zhou, M. Gao, D. Luo, M. Chen. Three-dimensional DNA tweezers serve as modular DNA intelligent machines. Science Advances 6, eabb0695 (2020)',
      ),
    ).toBe('Science Advances');
    expect(venue('T. Li, X. Xia, R. Ni. Mismatched ligand density enables ordered assembly. Sci. Adv. 8: eabq0969 (2022)')).toBe(
      'Sci. Adv.',
    );
  });
  it('"Angew. Chem. Int. Ed." keeps its edition: a capitalised "Ed." is no editor', () => {
    expect(
      venue('D. Wang, P. Liu, D. Luo. Putting DNA to Work as Generic Polymeric Materials. Angew. Chem. Int. Ed. 61, e202110666 (2022)'),
    ).toBe('Angew. Chem. Int. Ed.');
  });
  it('a link label with an arrow after the venue is no part of it ("상세읽기 ↗", "Read more →")', () => {
    expect(venueAfterTitle(' Science Advances 상세읽기 ↗')).toBe('Science Advances');
    expect(venueAfterTitle('. Nature Water Read more →')).toBe('Nature Water');
  });
});
