/**
 * Author lists as dev pages write them, where the reader cut or changed names (study14bl: author-list exactness across
 * dev). Entries quoted from the pages' selections; expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('a middle initial’s period is no end of the names (title first, then names and a venue)', () => {
  it('the first name so, given-first names after its family name; "A&A" is a venue (ganifs)', () => {
    expect(
      pick(
        'GA-NIFS: Black hole and host galaxy properties of two z ≃ 6.8 quasars from the NIRSpec IFU ADS link\nMadeline A. Marshall, Michele Perna, Chris J. Willott, Roberto Maiolino, et al. (2023), A&A, 678, A191',
      ),
    ).toEqual({
      title: 'GA-NIFS: Black hole and host galaxy properties of two z ≃ 6.8 quasars from the NIRSpec IFU',
      authors: ['Madeline A. Marshall', 'Michele Perna', 'Chris J. Willott', 'Roberto Maiolino'],
      year: 2023,
    });
    expect(
      pick(
        'GA-NIFS: JWST/NIRSpec integral field unit observations of HFLS3 reveal a dense galaxy group at z ∼ 6.3 ADS link\nGareth C. Jones, Hannah Übler, Michele Perna, Santiago Arribas, et al. (2024), A&A, 682, A122',
      )?.authors,
    ).toEqual(['Gareth C. Jones', 'Hannah Übler', 'Michele Perna', 'Santiago Arribas']);
  });
  it('a Vancouver name before a title whose first word a comma follows is still the block’s end', () => {
    expect(
      pick('Owais R, Memon J, Mhajabin S. Knowledge, attitude and practice of mothers about neonatal care. BMC Pediatr. 2020;20:1.')
        ?.authors,
    ).toEqual(['R Owais', 'J Memon', 'S Mhajabin']);
    expect(pick('Mhajabin S. Knowledge, attitude and practice of mothers about neonatal care. BMC Pediatr. 2020;20:1.')?.authors).toEqual([
      'S Mhajabin',
    ]);
  });
});

describe('"et al. (including …)" before the year (title first, then names)', () => {
  it('the names the page adds after "et al." are the block’s, the year after them the entry’s (ganifs)', () => {
    expect(
      pick(
        'A stellar bar hidden in an extreme gas-rich disk galaxy at z=4.055 ADS link\nL. Boogard et al. (including P.G. Pérez-González, H. Übler), 2026, arxiv:2605.15273',
      ),
    ).toEqual({
      title: 'A stellar bar hidden in an extreme gas-rich disk galaxy at z=4.055',
      authors: ['L. Boogard', 'P.G. Pérez-González', 'H. Übler'],
      year: 2026,
    });
  });
});

describe('a last initial’s period before a line break or after dotted Vancouver names ends the names', () => {
  it('"İNCE İ., Tortu E." above its venue line keeps "E." (ince-yayinlar)', () => {
    expect(
      pick(
        'Association between intra and inter-limb strength asymmetry with sprint kinematics and force-velocity profile in youth team athletes\nİNCE İ., Tortu E.\nKnee, cilt.52, ss.99-107, 2025',
      )?.authors ?? [],
    ).not.toContain('E Tortu');
  });
});

describe('a middle initial’s period after dotted Vancouver names, "&" and a name after it (upadhyayula)', () => {
  it('is no end of the names: "Phillips & Flombaum" is no title', () => {
    expect(
      parseReference(
        'Upadhyayula A.., Ian B. Phillips & Flombaum. J.I. (In prep). Subjective expansion of Time happens in our immediate memory, but not perceptual experience',
      )?.title,
    ).not.toBe('Phillips & Flombaum');
  });
});

describe('a Vancouver name among names given first (baslab)', () => {
  it('is turned given first with a particle before its family name or a capital inside it', () => {
    expect(
      readAuthorBlock('Siobhan M McAteer, Waltzing BM, Van Caenegem EE, Hamoline G, Denys A, Moreno-Verdú M, Hardwick RM', 'given')?.names,
    ).toEqual(['Siobhan M McAteer', 'BM Waltzing', 'EE Van Caenegem', 'G Hamoline', 'A Denys', 'M Moreno-Verdú', 'RM Hardwick']);
    expect(readAuthorBlock('RM Hardwick, McAllister CJ, P Holmes, MG Edwards', 'given')?.names).toEqual([
      'RM Hardwick',
      'CJ McAllister',
      'P Holmes',
      'MG Edwards',
    ]);
  });
  it('not in a block of Vancouver names alone: the Vancouver form reads it', () => {
    expect(readAuthorBlock('Del Riccio M, Bechini A, Buscemi P, Bonanni P', 'given')).toBeNull();
    expect(readAuthorBlock('Del Riccio M, Bechini A, Buscemi P, Bonanni P', 'vancouver')?.names).toEqual([
      'M Del Riccio',
      'A Bechini',
      'P Buscemi',
      'P Bonanni',
    ]);
  });
});

describe('an inverted name whose given name has undotted initials after it (dsmith, MLA)', () => {
  it('"Smith, Daniel JB and Masel, Joanna." is two names', () => {
    expect(readAuthorBlock('Smith, Daniel JB and Masel, Joanna.', 'surname-given')?.names).toEqual(['Daniel JB Smith', 'Joanna Masel']);
    expect(
      pick(
        'Smith, Daniel JB “The functional form of specialised predation affects whether Janzen–Connell effects can prevent competitive exclusion.” Ecology Letters 25.6 (2022): 1458-1470.',
      )?.authors,
    ).toEqual(['Daniel JB Smith']);
  });
  it('not a generation in capitals, nor initials alone', () => {
    expect(readAuthorBlock('Smith, John II and Masel, Joanna.', 'surname-given')?.names ?? []).not.toContain('John II Smith');
    expect(readAuthorBlock('Smith, JB and Masel, Joanna.', 'surname-given')?.names ?? []).not.toContain('JB Smith');
  });
});

describe('fields labelled in Chinese, with a full-width colon (cpgroup)', () => {
  it('"作者：" labels the names, "期刊：" the journal; a short citation above them holds the title in its quotes', () => {
    expect(
      parseReference(
        'Han, Yf. et al. “Responses of various organic carbon pools to elevated temperatures in soils”\n作者：Yafeng Han,Qu Chenchen,Xiping Hu,Pan Sun\n期刊：The Science of The Total Environment, 2024\nDOI：10.1016/j.scitotenv.2024.176836',
      ),
    ).toMatchObject({
      title: 'Responses of various organic carbon pools to elevated temperatures in soils',
      authors: ['Yafeng Han', 'Qu Chenchen', 'Xiping Hu', 'Pan Sun'],
      year: 2024,
    });
  });
  it('not a title line that only names a citation without quotes', () => {
    expect(
      parseReference('A study of soil carbon et al. in fields\nAuthors: Yafeng Han, Xiping Hu\nJournal: Soil Biology, 2024')?.title,
    ).toBe('A study of soil carbon et al. in fields');
  });
});
