/**
 * Where the reference-string parser ends a title (issue 14, dev misreads): entries as real dev pages write them, each
 * one the parser cut at the wrong place (or read as no paper at all) before. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a period the title goes on after', () => {
  it('an abbreviation\'s period followed by "and" ends no sentence (daoliulab)', () => {
    expect(
      pick(
        'Liu, W., Yu, Z., Zhu, Q., Zhou, X., Peng, C. 2020. Assessment of Biomass Utilization Potential of Caragana korshinskii Kom. and Its Effect on Carbon Sequestration on the Northern Shaanxi Loess Plateau, China. Land Degradation and Development. 31 (1): 53-64. [link]',
      ),
    ).toEqual({
      title:
        'Assessment of Biomass Utilization Potential of Caragana korshinskii Kom. and Its Effect on Carbon Sequestration on the Northern Shaanxi Loess Plateau, China',
      authors: ['W. Liu', 'Z. Yu', 'Q. Zhu', 'X. Zhou', 'C. Peng'],
      year: 2020,
      venue: 'Land Degradation and Development',
    });
  });
});

describe('a status with the year in the year place', () => {
  it('"(to appear 2020)." dates the entry and ends the names (jessestewart)', () => {
    expect(
      pick(
        'Stewart, J., F. Meakins, C. Algy, T. Ennever, & A. Joshua. (to appear 2020). Fickle fricatives: Obstruent perception in Gurindji Kriol and Roper Kriol. Journal of the Acoustical Society of America. 147(4): 2766–2778 doi.org/10.1121/10.0000991',
      ),
    ).toEqual({
      title: 'Fickle fricatives: Obstruent perception in Gurindji Kriol and Roper Kriol',
      authors: ['J. Stewart', 'F. Meakins', 'C. Algy', 'T. Ennever', 'A. Joshua'],
      year: 2020,
      venue: 'Journal of the Acoustical Society of America',
    });
  });
});

describe("an owner's paper whose title reads as a name", () => {
  it('"Title (2021). Journal vol: pages." — the journal\'s citation is no title (wilhelm)', () => {
    expect(pick('Explanatory Priority Monism (2021). Philosophical Studies 178: 1339-1359.')).toEqual({
      title: 'Explanatory Priority Monism',
      authors: [],
      year: 2021,
      venue: 'Philosophical Studies',
    });
    expect(pick('Comparing Mathematical Explanations (forthcoming). The British Journal for the Philosophy of Science.')).toEqual({
      title: 'Comparing Mathematical Explanations',
      authors: [],
      year: undefined,
      venue: 'The British Journal for the Philosophy of Science',
    });
  });
  it('"Title. Journal, vol, pages, Year. With Coauthor." — the coauthors after "With" (candau)', () => {
    expect(
      pick(
        'Pollution Haven and Corruption Paradise. Journal of Environmental Economics and Management, 85, 171–192, 2017. With Elisa Dienesch. DOI | Working paper',
      ),
    ).toEqual({
      title: 'Pollution Haven and Corruption Paradise',
      authors: ['Elisa Dienesch'],
      year: 2017,
      venue: 'Journal of Environmental Economics and Management',
    });
  });
  it("a person's name before a titled citation stays the author", () => {
    expect(pick('Hans Mueller (2021). Explanation in mathematics and its limits. Philosophical Studies 178: 1339-1359.')).toEqual({
      title: 'Explanation in mathematics and its limits',
      authors: ['Hans Mueller'],
      year: 2021,
      venue: 'Philosophical Studies',
    });
  });
});

describe('"Title, Journal, vol(issue):pages, doi" after dated names', () => {
  it('the title ends at the comma before the journal when the numbers cite an issue or a DOI (fraternali, arango)', () => {
    expect(
      pick(
        'Ng JCF, Quist J, Grigoriadis A, Malim MH & Fraternali F. (2019). Pan-cancer transcriptomic analysis dissects immune and proliferative functions of APOBEC3 cytidine deaminases, Nucleic Acids Res, 47(3):1178-1194, doi: 10.1093/nar/gky1316.',
      ),
    ).toEqual({
      title: 'Pan-cancer transcriptomic analysis dissects immune and proliferative functions of APOBEC3 cytidine deaminases',
      authors: ['JCF Ng', 'J Quist', 'A Grigoriadis', 'MH Malim', 'F Fraternali'],
      year: 2019,
      venue: 'Nucleic Acids Res',
    });
    expect(
      pick(
        'Arango, A., Pinto-Ledezma, J., Rojas-Soto, O., & Villalobos, F. (2025). The effects of the dispersal ability in the diversification dynamics of Emberizoidea (Aves: Passeriformes), Evolution, qpaf226, https://doi.org/10.1093/evolut/qpaf226 (PDF)',
      )?.title,
    ).toBe('The effects of the dispersal ability in the diversification dynamics of Emberizoidea (Aves: Passeriformes)');
  });
});

describe('GB/T 7714 marks', () => {
  it('"[C]/" with one slash ends the title (weidai)', () => {
    expect(
      pick(
        '[4] Pang B, Dai W, Ra T, et al. A concept of airspace configuration and operational rules for UAS in current airspace[C]/2020 AIAAIEEE 39th Digital Avionics Systems Conference (DASC). IEEE, 2020: 1-9.',
      )?.title,
    ).toBe('A concept of airspace configuration and operational rules for UAS in current airspace');
  });
  it('a quotation opening the title runs on to the mark (cjzlab)', () => {
    expect(
      pick(
        'Jiulun Cai, Hongmin Cai, Jiazhou Chen, Xi, Yang. "Many-to-Many" Relationships Between Gene-Expression Data and Drug-Response Data Via Sparse Binary Matching[J], IEEE/ACM Transactions on Computational Biology and Bioinformatics*, 2018:1-10.',
      )?.title,
    ).toBe('"Many-to-Many" Relationships Between Gene-Expression Data and Drug-Response Data Via Sparse Binary Matching');
  });
});

describe('patents are no papers', () => {
  it('"Patent Number: CN…", "[Patent]" and "U. S. Patent Application 63/…" (liangjian, hineslab)', () => {
    expect(
      parseReference(
        'A method of data retrieval across text modal and image modal 一种跨文本模态和图像模态的数据检索方法 He, Ran and Tan, Tieniu and Sun, Zhenan and Liang, Jian Patent Number: CN105205096 B, 2019. [Patent]',
      ),
    ).toBeNull();
    expect(
      parseReference(
        '“Method for Protecting Reactive Materials with Atomically Thin Film,” M. A. Hines and W. J. I. DeBenedetti, U. S. Patent Application 63/185,407 (2021).',
      ),
    ).toBeNull();
  });
});

describe('titles in British single quotes', () => {
  it('‘Title’ after the names is the title, an apostrophe inside it kept (alexander, kirkbright)', () => {
    expect(
      pick(
        'Gray, M., Hunter, B., and Howlett, M. 2013. ‘Indigenous Employment: A Story of Continuing Growth’, CAEPR Topical Issue 2/2013, Australian National University, Canberra.',
      )?.title,
    ).toBe('Indigenous Employment: A Story of Continuing Growth');
    expect(
      pick(
        'Togno, J. Young, A., Ristevski, E., Kirkbright, S. and Chesters, J. (2003) ‘The SWAG: Integrating Rural Medical Curriculum Placements into the Community using the Internet’ International Conferences on Advances in Infrastructure for Electronic Business, Education, Science, Medicine and Mobile Technologies on the Internet. L’Aquila, Italy (conference publication: extract of paper)',
      )?.title,
    ).toBe('The SWAG: Integrating Rural Medical Curriculum Placements into the Community using the Internet');
    expect(pick('Smith, J. (2010). ‘Huntington’s disease in the young adult brain’, Brain 12: 1-5.')?.title).toBe(
      'Huntington’s disease in the young adult brain',
    );
  });
});
