/**
 * The reference-string parser on styles of the former heldout27 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a CV’s year column run into the entry: "2019. Family, Given. Title. Publisher." (bauerledanzman)', () => {
  it('one inverted name (a two-word family name) then a plain title', () => {
    expect(
      pick('2019. Bauerle Danzman, Sarah. Merging Interests: When Domestic Firms Shape FDI Policy. Cambridge University Press.'),
    ).toEqual({
      title: 'Merging Interests: When Domestic Firms Shape FDI Policy',
      authors: ['Sarah Bauerle Danzman'],
      year: 2019,
      venue: 'Cambridge University Press.',
    });
  });
  it('one inverted name then a quoted title; the opening year wins over a year in the book’s name', () => {
    expect(
      pick(
        '2022. Bauerle Danzman, Sarah. “Is FDI at a Critical Juncture? Contemplating a Post-COVID Investment Environment” in Yearbook on International Investment Law and Policy 2020, edited by Lisa Laches, Lise Johnson, and Jesse Coleman. Oxford University Press, pp. 5-18.',
      ),
    ).toMatchObject({
      title: 'Is FDI at a Critical Juncture? Contemplating a Post-COVID Investment Environment',
      authors: ['Sarah Bauerle Danzman'],
      year: 2022,
    });
  });
  it('the owner implied: a quoted title, the coauthor in "(with …)", then the journal', () => {
    expect(
      pick(
        '2024. “Outbound Investment Control: A New Security Tool for the European Union?” (with Sophie Meunier) Columbia FDI Perspectives. No. 398 December 9.',
      ),
    ).toEqual({
      title: 'Outbound Investment Control: A New Security Tool for the European Union?',
      authors: ['Sophie Meunier'],
      year: 2024,
      venue: 'Columbia FDI Perspectives',
    });
    expect(pick('2025. “Securitized Political Economy.” European Journal of International Relations. forthcoming.')).toMatchObject({
      title: 'Securitized Political Economy',
      authors: [],
      year: 2025,
    });
  });
  it('a variant: a single-author Chicago entry with a middle initial, and two coauthors in the parentheses', () => {
    expect(pick('2011. Okafor, Chidi E. The Politics of River Basins. Oxford: Clarendon Press.')).toMatchObject({
      title: 'The Politics of River Basins',
      authors: ['Chidi E. Okafor'],
      year: 2011,
    });
    expect(pick('“Tariffs and the Provinces” (with Marta Ruiz and Ole Berg) Canadian Journal of Political Science, 2009.')).toMatchObject({
      title: 'Tariffs and the Provinces',
      authors: ['Marta Ruiz', 'Ole Berg'],
      year: 2009,
    });
  });
});

describe('names given first, then a link holding title, journal and year: "Names, <a>Title, Journal 8, (2023)</a>" (varnavides)', () => {
  it('"⁺" marks equal contributions; "W.Kim" and the Catalan "Fontcuberta i Morral" are names', () => {
    const title = 'Iterative Phase Retrieval Algorithms for Scanning Transmission Electron Microscopy, arXiv:2309.05250 (2023)';
    expect(pick(`Georgios Varnavides⁺, Stephanie M. Ribet,⁺ Steven E. Zeltmann, Yue Yu, Colin Ophus, ${title}`, title)).toMatchObject({
      title: 'Iterative Phase Retrieval Algorithms for Scanning Transmission Electron Microscopy',
      authors: ['Georgios Varnavides', 'Stephanie M. Ribet', 'Steven E. Zeltmann', 'Yue Yu', 'Colin Ophus'],
      year: 2023,
    });
    expect(
      readAuthorBlock('J. Vukajlovic-Plestina, W.Kim, L. Ghisalberti, Georgios Varnavides, A. Fontcuberta i Morral', 'given')?.names,
    ).toEqual(['J. Vukajlovic-Plestina', 'W.Kim', 'L. Ghisalberti', 'Georgios Varnavides', 'A. Fontcuberta i Morral']);
  });
  it('a marked title that runs on into its journal and year: the journal and year leave the title', () => {
    const title = 'Imaging phonon-mediated hydrodynamic flow in WTe2, Nat Phys, 17, 1216-1220 (2021)';
    expect(pick(`Uri Vool⁺, Assaf Hamo⁺, Amir Yacoby, ${title}`, title)).toEqual({
      title: 'Imaging phonon-mediated hydrodynamic flow in WTe2',
      authors: ['Uri Vool', 'Assaf Hamo', 'Amir Yacoby'],
      year: 2021,
      venue: 'Nat Phys',
    });
  });
  it('a variant: title-case title, an abbreviated journal with no numbers; a Catalan double family name', () => {
    const title = 'Tidal Mixing on the Catalan Shelf, J. Mar. Res. (2018)';
    expect(pick(`Marta Puig i Ferrer, Joan Bosch, Oriol Vidal, ${title}`, title)).toEqual({
      title: 'Tidal Mixing on the Catalan Shelf',
      authors: ['Marta Puig i Ferrer', 'Joan Bosch', 'Oriol Vidal'],
      year: 2018,
      venue: 'J. Mar. Res.',
    });
  });
});

describe('role marks after each name: "Ludger Jansen (editor) and Barry Smith (editor)" (barrysmith)', () => {
  it('"(editor)", "(author)" and "(editors)" after names are no part of them', () => {
    expect(readAuthorBlock('Ludger Jansen (editor) and Barry Smith (editor)', 'given')?.names).toEqual(['Ludger Jansen', 'Barry Smith']);
    expect(readAuthorBlock('Aurel Kolnai (author), Carolyn Korsmeyer (editor), and Barry Smith (editor)', 'given')?.names).toEqual([
      'Aurel Kolnai',
      'Carolyn Korsmeyer',
      'Barry Smith',
    ]);
  });
  it('a variant: a translator among editors', () => {
    expect(readAuthorBlock('Ana Lima (translator), João Reis (editor) and Rui Sousa (editors)', 'given')?.names).toEqual([
      'Ana Lima',
      'João Reis',
      'Rui Sousa',
    ]);
  });
});

describe('APA with undotted initials, the owner’s name Vancouver-style: "Buckner MA, White, EL, …, & Danforth, BN (2026)" (buckner)', () => {
  it('the owner’s "Family II" among "Family, II" names, first or last', () => {
    expect(
      pick(
        'Buckner MA, White, EL, Howard, TG, Schlesinger, MD, & Danforth, BN (2026). Mapping bee diversity with landscape-level models to inform conservation. Conservation Science and Practice, 8(2), e70239. https://doi.org/10.1111/csp2.70239',
      ),
    ).toEqual({
      title: 'Mapping bee diversity with landscape-level models to inform conservation',
      authors: ['MA Buckner', 'EL White', 'TG Howard', 'MD Schlesinger', 'BN Danforth'],
      year: 2026,
      venue: 'Conservation Science and Practice',
    });
    expect(readAuthorBlock('Mueller, TG, & Buckner MA', 'surname-initials')?.names).toEqual(['TG Mueller', 'MA Buckner']);
  });
  it('a year in parentheses closing the title sentence, the journal after it: the year leaves the title', () => {
    expect(
      pick(
        'Buckner MA, Hoge ST, Danforth BN. Forecasting the Effects of Global Change on a Bee Biodiversity Hotspot (2024). Ecology and Evolution, 14(12). https://doi.org/10.1002/ece3.70638',
      ),
    ).toMatchObject({ title: 'Forecasting the Effects of Global Change on a Bee Biodiversity Hotspot', year: 2024 });
  });
  it('a variant: the owner in the middle, and a two-name Vancouver list stays Vancouver', () => {
    expect(readAuthorBlock('Costa, AB, Lobo IR, Reis, JP, & Matos, C', 'surname-initials')?.names).toEqual([
      'AB Costa',
      'IR Lobo',
      'JP Reis',
      'C Matos',
    ]);
    expect(pick('Lobo IR, Reis JP. Pollen loads of solitary bees (2019). Apidologie, 50(3).')).toMatchObject({
      title: 'Pollen loads of solitary bees',
      authors: ['IR Lobo', 'JP Reis'],
      year: 2019,
    });
  });
});

describe('"Family, I. and 16 others (including I. I. Family)." and a period glued to the journal (hallettlab)', () => {
  it('the names a page adds in "(including …)" may be given first among inverted ones', () => {
    expect(
      pick(
        'Shackelford, N. and 16 others (including L. M. Hallett). Connectivity predicts compositional change after discrete disturbances in a global meta-analysis. In press, Ecography.',
      ),
    ).toMatchObject({
      title: 'Connectivity predicts compositional change after discrete disturbances in a global meta-analysis',
      authors: ['N. Shackelford', 'L. M. Hallett'],
    });
    expect(
      pick(
        'Hobbs, R. J. and 27 others. In press. Managing the whole landscape: historical, hybrid and novel ecosystems. Frontiers in Ecology and the Environment.',
      ),
    ).toMatchObject({ title: 'Managing the whole landscape: historical, hybrid and novel ecosystems', authors: ['R. J. Hobbs'] });
  });
  it('"…south-western Australia.Ecological Management and Restoration 15(2)": the title ends at the glued period', () => {
    expect(
      pick(
        'Hallett, L. M., R. J. Standish, J. Jonson, and R. J. Hobbs. 2014. Seedling emergence and summer survival after direct seeding for woodland restoration on old-fields in south-western Australia.Ecological Management and Restoration 15(2): 140-146.',
      ),
    ).toMatchObject({
      title:
        'Seedling emergence and summer survival after direct seeding for woodland restoration on old-fields in south-western Australia',
      year: 2014,
      venue: 'Ecological Management and Restoration',
    });
  });
  it('a variant: "and 4 others (including …)" after a Vancouver name, and a glued period before a one-word journal', () => {
    expect(
      pick(
        'Okafor C and 4 others (including J. Bosch). 2016. Salt marsh accretion under sea-level rise in a macrotidal estuary.Estuaries 39(2): 1-9.',
      ),
    ).toMatchObject({
      title: 'Salt marsh accretion under sea-level rise in a macrotidal estuary',
      authors: ['C Okafor', 'J. Bosch'],
      year: 2016,
    });
  });
});

describe('years: a PubMed "Epub" date and a year that lost its period (ferreira, lemmen)', () => {
  it('"Cell Biol Int. 2026 Jan;50(1):e70101. … Epub 2025 Nov 13.": the issue’s year, not the online-first one', () => {
    expect(
      pick(
        'Ferreira MR, Feltran GDS, Gomes AM, Zambuzzi WF. Mesenchymal Stem Cell Differentiation Induced by Lyophilized PRP During Early Osteogenesis. Cell Biol Int. 2026 Jan;50(1):e70101. doi: 10.1002/cbin.70101. Epub 2025 Nov 13. PMID: 41230788.',
      ),
    ).toMatchObject({ authors: ['MR Ferreira', 'GDS Feltran', 'AM Gomes', 'WF Zambuzzi'], year: 2026, venue: 'Cell Biol Int' });
  });
  it('"F. Pennekamp. 2024 Food web context …": the year before the title is the year, not the title’s first word', () => {
    expect(
      pick(
        'K. Lemmen, and F. Pennekamp. 2024 Food web context modifies predator foraging and weakens trophic interaction strength. Ecology Letters, 27, e14475.',
      ),
    ).toEqual({
      title: 'Food web context modifies predator foraging and weakens trophic interaction strength',
      authors: ['K. Lemmen', 'F. Pennekamp'],
      year: 2024,
      venue: 'Ecology Letters',
    });
  });
  it('a variant: "Epub ahead of print" after the issue, and a bare year before a one-word-journal entry', () => {
    expect(
      pick(
        'Reis JP, Lobo IR. Nest site fidelity in ground-nesting bees. J Insect Behav. 2018 May;31(3):201-210. Epub ahead of print 2017 Dec 2.',
      ),
    ).toMatchObject({
      title: 'Nest site fidelity in ground-nesting bees',
      year: 2018,
    });
    expect(pick('A. Costa and R. Matos. 2019 Pollen limitation in alpine meadows. Oikos, 128, 44-52.')).toMatchObject({
      title: 'Pollen limitation in alpine meadows',
      year: 2019,
    });
  });
});
