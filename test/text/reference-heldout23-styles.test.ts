/**
 * The reference-string parser on styles of the former heldout23 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('French names, the family name first in capitals: "BÉLAND François, … et ROBERT Lionel (sous la direction de)." (santepop)', () => {
  it('each name given first, as names are shown, the editors’ note left out', () => {
    expect(
      pick(
        "BÉLAND François, CONTANDRIOPOULOS André-Pierre, QUESNEL-VALLÉE Amélie et ROBERT Lionel (sous la direction de). Le privé dans la santé: Les discours et les faits. Les Presses de l'Université de Montréal, 480 pp., 2008. ISBN: 978-2-7606-2124-4.",
        'Le privé dans la santé: Les discours et les faits',
      ),
    ).toEqual({
      title: 'Le privé dans la santé: Les discours et les faits',
      authors: ['François BÉLAND', 'André-Pierre CONTANDRIOPOULOS', 'Amélie QUESNEL-VALLÉE', 'Lionel ROBERT'],
      year: 2008,
    });
  });
  it('particles and "Mc" in the family name, initials after the given name, "(Éd.)" after one name, a comma after another', () => {
    expect(
      readAuthorBlock('McCUSKER Jane, BORGÈS DA SILVA Roxane, SHEK Daniel TL, MOHINDRA Katia S., De LEEUW Evelyne', 'given')?.names,
    ).toEqual(['Jane McCUSKER', 'Roxane BORGÈS DA SILVA', 'Daniel TL SHEK', 'Katia S. MOHINDRA', 'Evelyne De LEEUW']);
    expect(readAuthorBlock('GODIN Gaston (Éd.), BÉLANGER-GRAVEL Ariane, CHAMBERLAND Line, FRANK, Blye W', 'given')?.names).toEqual([
      'Gaston GODIN',
      'Ariane BÉLANGER-GRAVEL',
      'Line CHAMBERLAND',
      'Blye W FRANK',
    ]);
  });
  it('a name alone: "OTIS Joanne", "DUBÉ Laurette, et autres" (four capitals with two vowels are no initials)', () => {
    expect(readAuthorBlock('OTIS Joanne', 'given')?.names).toEqual(['Joanne OTIS']);
    expect(readAuthorBlock('DUBÉ Laurette, et autres', 'given')).toEqual({ names: ['Laurette DUBÉ'], truncated: true });
    expect(readAuthorBlock('ROUX Marc et al.', 'given')?.names).toEqual(['Marc ROUX']);
  });
  it('inverted names with commas joined by a French "et"', () => {
    expect(readAuthorBlock('SUÁREZ-HERRERA, José Carlos et BLAIN, Marie-Jeanne', 'surname-given')?.names).toEqual([
      'José Carlos SUÁREZ-HERRERA',
      'Marie-Jeanne BLAIN',
    ]);
    expect(readAuthorBlock('Gravier, Julien et Barthelemy, Marc', 'surname-given')?.names).toEqual(['Julien Gravier', 'Marc Barthelemy']);
  });
  it('among such names, "ROY Mathieu" and "GUAY Maryse" are family names first, not initials', () => {
    expect(readAuthorBlock('ALVAREZ Fernando, GUAY Maryse et ROY Mathieu', 'given')?.names).toEqual([
      'Fernando ALVAREZ',
      'Maryse GUAY',
      'Mathieu ROY',
    ]);
  });
  it('a variant: a Hungarian-style list with "and" and a "(dir.)" note', () => {
    expect(
      pick('NAGY János, KOVÁCS Éva and SZABÓ Péter (dir.). A Balaton vízminősége: hosszú távú megfigyelések. Akadémiai Kiadó, 2015.'),
    ).toEqual({
      title: 'A Balaton vízminősége: hosszú távú megfigyelések',
      authors: ['János NAGY', 'Éva KOVÁCS', 'Péter SZABÓ'],
      year: 2015,
    });
  });
  it('a Chinese name in pinyin, family name first, stays as written; a venue in capitals among given-first names is no name', () => {
    expect(readAuthorBlock('WANG Hua-wei, WANG Xi, LI Zhi-peng, DANG Wei', 'given')?.names).toEqual([
      'WANG Hua-wei',
      'WANG Xi',
      'LI Zhi-peng',
      'DANG Wei',
    ]);
    expect(readAuthorBlock('V. M. Shalaev, A. Boltasseva, SPIE Photonics West', 'given')).toBeNull();
    expect(readAuthorBlock('J. Harlim, SIAM J', 'given')).toBeNull();
  });
});

describe('a span of years is a grant’s or a season’s, not the paper’s (santepop)', () => {
  it('the year after the publisher dates the book, not "(2006-2007: …)"', () => {
    expect(
      pick(
        "DORVIL Henri (sous la direction de). Problèmes sociaux tome III - Théories et Méthodologies de la recherche. Presses de l'Université du Québec, 528 pp., 2007. ISBN: 978-2-7605-1501-7. (2006-2007: H. Dorvil, $5,000)",
        'Problèmes sociaux tome III - Théories et Méthodologies de la recherche',
      )?.year,
    ).toBe(2007);
  });
  it('a forthcoming book shows no year of its own', () => {
    expect(
      pick(
        'OTIS Joanne, GAGNON Hélène. La recherche communautaire: des savoirs engagés. À paraître (2009-2010: J. Otis, $5,000)',
        'La recherche communautaire: des savoirs engagés',
      )?.year,
    ).toBeUndefined();
  });
  it('a variant: the field seasons a paper reports on, named after its year', () => {
    expect(pick('A. Keller and B. Moser. Bird counts on the upper lake. Ornis 12, 2020. Field seasons 2017–2019.')?.year).toBe(2020);
  });
});

describe('Vancouver lists as hand-written pages type them (singh, rising, amoebae, baetge)', () => {
  it('"Singh R.K": dotted initials whose last period is left out', () => {
    expect(
      pick(
        'Singh N,  Kumar M, Singh R.K. Leishmaniasis: Current status of available drugs  and new potential drug targets. Asian Pacific Journal of Tropical Medicine 2012; 5(6): 485-497.',
      ),
    ).toEqual({
      title: 'Leishmaniasis: Current status of available drugs and new potential drug targets',
      authors: ['N Singh', 'M Kumar', 'R.K Singh'],
      year: 2012,
    });
    expect(
      pick('Meier T, Pandey H.P, Okafor C.N. Soil moisture memory in alpine grasslands. Ecohydrology 2019; 12(3): 1-9.')?.authors,
    ).toEqual(['T Meier', 'H.P Pandey', 'C.N Okafor']);
  });
  it('the pages after PubMed\'s date are no year ("2021 Feb 23;15(2):1952-2959")', () => {
    expect(
      pick(
        'Johansson J, Rising A. Doing what spiders cannot – a road map to supreme artificial silk fibers. ACS Nano. 2021 Feb 23;15(2):1952-2959.',
      )?.year,
    ).toBe(2021);
    expect(pick('Berg K, Holm L. Ice cover and lake trout growth. Can J Fish Aquat Sci. 2016 Mar;73(3):2011-2019.')?.year).toBe(2016);
  });
  it('the last name is not run into the title\'s first word ("Vachiéry N. Protozoal and Rickettsial Vaccines")', () => {
    expect(
      pick(
        'Marcelino I, Chavez A, Gharbi M, Farber M, Holzmuller P, Martinez D, Vachiéry N. Protozoal and Rickettsial Vaccines. In book: Veterinary Vaccines: Principles and Applications, John Wiley & Sons, 2021. Doi: 10.1002/9781119506287.ch7',
      ),
    ).toEqual({
      title: 'Protozoal and Rickettsial Vaccines',
      authors: ['I Marcelino', 'A Chavez', 'M Gharbi', 'M Farber', 'P Holzmuller', 'D Martinez', 'N Vachiéry'],
      year: 2021,
    });
    expect(pick('Okoro B, Lind T, Haas M. Tick Borne Fevers. In book: Handbook of Zoonoses, Springer, 2018.')?.authors).toEqual([
      'B Okoro',
      'T Lind',
      'M Haas',
    ]);
  });
  it('a status in the year\'s place after the names: "in review." / "in prep." (baetge)', () => {
    expect(
      pick(
        'Baetge, N., Halsey, K.H., Hanan, E.J., Nelson, N.B., Opalk, K., Very Wey, B. in review. Pre-existing in situ conditions shape coastal plankton response to fire-generated ash leachate. Limnology and Oceanography',
      ),
    ).toEqual({
      title: 'Pre-existing in situ conditions shape coastal plankton response to fire-generated ash leachate',
      authors: ['N. Baetge', 'K.H. Halsey', 'E.J. Hanan', 'N.B. Nelson', 'K. Opalk', 'B. Very Wey'],
      year: undefined,
    });
    expect(
      pick('Novak, P., Ruiz, C. submitted. Nitrogen uptake by diatoms in upwelling fronts. Marine Ecology Progress Series')?.title,
    ).toBe('Nitrogen uptake by diatoms in upwelling fronts');
  });
});

describe('a title quoted with two closing quotes: "N. Singh, and M. Nigam, ”Title” in Book" (singh)', () => {
  it('the first ” opens the title', () => {
    expect(
      pick('N. Singh, and M. Nigam, ”Cell Therapy of Cancer” in Biotechnology and Cancer Therapeutics (Springer, 2025), pp. 149-176.'),
    ).toEqual({ title: 'Cell Therapy of Cancer', authors: ['N. Singh', 'M. Nigam'], year: 2025 });
    expect(pick('L. Berger, ”Wetland Birds of the Upper Rhine”, Ornithologische Beobachter 12, 2019.')?.title).toBe(
      'Wetland Birds of the Upper Rhine',
    );
  });
});

describe('names and years as pasted pages type them (ecomed, dudkalab)', () => {
  it('"( 2007)" with a space and "(2013)“Title”" with none after it are the year', () => {
    expect(pick('Fine, M. and Tchernov  D. ( 2007) Ocean acidification and scleractinian corals - Response. Science 317: 1183.')).toEqual({
      title: 'Ocean acidification and scleractinian corals - Response',
      authors: ['M. Fine', 'D. Tchernov'],
      year: 2007,
    });
    expect(
      pick(
        'Mehr, Shaadi F., Rob DeSalle, and David F. Gruber. (2013)"Transcriptome deep-sequencing of Favia corals." BMC genomics 14, no. 1: 546.',
      )?.title,
    ).toBe('Transcriptome deep-sequencing of Favia corals');
  });
  it('"Gorbunov MY.": undotted Vancouver initials with a period after them', () => {
    expect(
      pick(
        'Tchernov D., Gorbunov MY., de Vargas C., Narayan Yadav S., Milligan AJ., Haggblom M., Falkowski PG. (2004) Membrane lipids of symbiotic algae are diagnostic of sensitivity to thermal bleaching in corals. PNAS 101: 13531-13535.',
      )?.authors,
      // The period after the last name's run-together initials closes the block (study14l: cartermaclab, cribbs).
    ).toEqual(['D. Tchernov', 'MY. Gorbunov', 'C. de Vargas', 'S. Narayan Yadav', 'AJ. Milligan', 'M. Haggblom', 'PG Falkowski']);
  });
  it('"Dawicki-McKenna JM": a hyphenated family name whose second part is a "Mc" name', () => {
    expect(readAuthorBlock('Dudka D, Dawicki-McKenna JM, Sun X, Black BE', 'vancouver')?.names).toEqual([
      'D Dudka',
      'JM Dawicki-McKenna',
      'X Sun',
      'BE Black',
    ]);
    expect(readAuthorBlock('Ortiz-MacLeod A, Berg T', 'vancouver')?.names).toEqual(['A Ortiz-MacLeod', 'T Berg']);
  });
});
