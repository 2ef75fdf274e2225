import { describe, expect, it } from 'vitest';
import { lastYear, parseReference, readAuthorBlock, withoutNumbering } from '../../lib/text/reference';

/** Styles of the former heldout79 pages (study14bn). */
describe('SIAM names with family names in capitals (charmnet-publications)', () => {
  it('reads dotted initials before a family name in capitals', () => {
    const r = parseReference(
      'D. A. MESSENGER, J. W. BURBY and D. M. BORTZ, Coarse-graining Hamiltonian systems using WSINDy, Scientific Reports, 14 (2024), pp. 14457.',
    );
    expect(r?.authors).toEqual(['D. A. MESSENGER', 'J. W. BURBY', 'D. M. BORTZ']);
    expect(r?.title).toBe('Coarse-graining Hamiltonian systems using WSINDy');
    expect(r?.venue).toBe('Scientific Reports');
  });
  it('reads hyphenated initials, two-word family names and an apostrophe', () => {
    expect(readAuthorBlock("J. SUR PARK, S. WUN CHEUNG, J.-S. CHEN, B. O'SHEA and X.-Z. TANG", 'given')?.names).toEqual([
      'J. SUR PARK',
      'S. WUN CHEUNG',
      'J.-S. CHEN',
      "B. O'SHEA",
      'X.-Z. TANG',
    ]);
  });
  it('does not read an acronym without vowels or consonants as a family name', () => {
    expect(readAuthorBlock('A. Smith, B. IEEE', 'given')).toBeNull();
    expect(readAuthorBlock('A. SMITH, B. CVPR', 'given')).toBeNull();
  });
});

describe('a title that opens with a word like "mRNA" after the names (charmnet-publications)', () => {
  it('ends the names at the comma after the last one', () => {
    const r = parseReference(
      'J. S. R. Park, S. W. Cheung, Y. Choi and Y. Shin, tLaSDI: Thermodynamics-informed latent space dynamics identification, Computer Methods in Applied Mechanics and Engineering, 429 (2024), pp. 117144.',
    );
    expect(r?.authors).toEqual(['J. S. R. Park', 'S. W. Cheung', 'Y. Choi', 'Y. Shin']);
    expect(r?.title).toBe('tLaSDI: Thermodynamics-informed latent space dynamics identification');
  });
});

describe('SIAM preprints: "Title, 2024, pp. arXiv:2401.04783." (charmnet-publications)', () => {
  it('reads the title before the year, with no venue', () => {
    const r = parseReference(
      'A. J. CHRISTLIEB, M. DING, J. HUANG and N. A. KRUPANSKY, Hyperbolic Machine Learning Moment Closures for the BGK Equations, 2024, pp. arXiv:2401.04783. DOI: 10.48550/arXiv.2401.04783',
    );
    expect(r?.title).toBe('Hyperbolic Machine Learning Moment Closures for the BGK Equations');
    expect(r?.year).toBe(2024);
    expect(r?.venue).toBeUndefined();
  });
  it('keeps a numbered part of the title after its comma', () => {
    const r = parseReference(
      'A. J. Christlieb, W. A. Sands and S. White, A Particle-in-cell Method for Plasmas with a Generalized Momentum Formulation, Part I: Model Formulation, 2022, pp. arXiv:2208.11291.',
    );
    expect(r?.title).toBe('A Particle-in-cell Method for Plasmas with a Generalized Momentum Formulation, Part I: Model Formulation');
    expect(r?.year).toBe(2022);
  });
  it('still reads the venue between the title and the year', () => {
    const r = parseReference(
      'A. J. Christlieb and S. White, A Particle-in-cell Method for Plasmas, Journal of Computational Physics, 2022.',
    );
    expect(r?.title).toBe('A Particle-in-cell Method for Plasmas');
    expect(r?.venue).toBe('Journal of Computational Physics');
  });
});

describe('numbered "[ C3.]" labels with spaces and a period (shengjunzhang-publications)', () => {
  it('drops the label before the names', () => {
    expect(withoutNumbering('[ C3.] Xinlei Yi, Shengjun Zhang, “Title”')).toBe('Xinlei Yi, Shengjun Zhang, “Title”');
    expect(withoutNumbering('[J12] Names')).toBe('Names');
  });
  it('leaves a bracketed word alone', () => {
    expect(withoutNumbering('[ PDF.] Names')).toBe('[ PDF.] Names');
  });
});

describe('"to be submitted to" and "in submission" (shengjunzhang-publications)', () => {
  it('reads the journal after "to be submitted to"', () => {
    const r = parseReference(
      'Xinlei Yi, Shengjun Zhang, Tao Yang, and Karl H. Johansson, “Linear Convergence of the Alternating Direction Method of Multipliers”, to be submitted to IEEE Transactions on Signal Processing, 2020.',
    );
    expect(r?.venue).toBe('IEEE Transactions on Signal Processing');
    expect(r?.year).toBe(2020);
  });
  it('names no venue for "in submission"', () => {
    const r = parseReference(
      'Xinlei Yi, Shengjun Zhang, Tao Yang, and Karl H. Johansson, “Zeroth-order Algorithms for Distributed Stochastic Nonconvex Optimization”, in submission.',
    );
    expect(r?.title).toBe('Zeroth-order Algorithms for Distributed Stochastic Nonconvex Optimization');
    expect(r?.venue).toBeUndefined();
  });
});

describe('a "Venue | Year" badge line over the title and names (yanlin-publications)', () => {
  const title = 'RIPCN: A Road Impedance Principal Component Network for Probabilistic Traffic Flow Forecasting';
  it('dates the card and names its venue', () => {
    const r = parseReference(`IEEE TKDE | 2025\n${title}\nHaochen Lv*, Yan Lin*, Shengnan Guo, Xiaowei Mao`, { title, nameForm: 'given' });
    expect(r?.year).toBe(2025);
    expect(r?.venue).toBe('IEEE TKDE');
    expect(r?.authors).toEqual(['Haochen Lv', 'Yan Lin', 'Shengnan Guo', 'Xiaowei Mao']);
  });
  it('leaves a venue the card cites under the names', () => {
    const r = parseReference(`Nature Medicine · 2017\n${title}\nHaochen Lv, Yan Lin\nNature Medicine, 2017, 23, 548.`, { title });
    expect(r?.venue).toBe('Nature Medicine');
  });
});

describe('names with their initials glued on, "F.Pederzolli and D.Siracusa" (dingdamu-publications)', () => {
  it('keeps the last names as written', () => {
    const r = parseReference(
      'D.Ding, M.Savi, F.Pederzolli and D.Siracusa, “Design and Development of Network Monitoring Strategies in P4-enabled Programmable Switches” in IEEE/IFIP Network Operations and Management Symposium (NOMS 2022), 2022.',
    );
    expect(r?.authors).toEqual(['D.Ding', 'M.Savi', 'F.Pederzolli', 'D.Siracusa']);
  });
  it('still parts a Lattes title glued to an inverted name', () => {
    const r = parseReference(
      'COELHO, F. C., CODEÇO, C. T.Dynamic Modeling of Vaccinating Behavior as a Function of Individual Beliefs. PLoS Computational Biology, v. 5, 2009.',
    );
    expect(r?.title).toBe('Dynamic Modeling of Vaccinating Behavior as a Function of Individual Beliefs');
  });
});

describe('an impact factor\'s year, "(IF 2020=3.878, JCR Q1)" (dingdamu-publications)', () => {
  it('does not date the paper', () => {
    expect(lastYear('in IEEE Transactions on Network and Service Management, 2021 (IF 2020=3.878, JCR Q1)')).toBe(2021);
    expect(lastYear('in IEEE Communications Surveys and Tutorials (IF 2022 = 35.6, JCR Q1)')).toBeUndefined();
  });
  it('leaves a year after other words alone', () => {
    expect(lastYear('Proceedings of NIPS 2020')).toBe(2020);
  });
});

describe('a given name joined to a second one\'s initial, "Carlos-D." (lightved-publicaciones)', () => {
  it('reads the name', () => {
    expect(readAuthorBlock('David Gimeno-Gómez, Carlos-D. Martínez-Hinarejos', 'given')?.names).toEqual([
      'David Gimeno-Gómez',
      'Carlos-D. Martínez-Hinarejos',
    ]);
  });
  it('does not read title words so', () => {
    expect(readAuthorBlock('Deep-L. Networks', 'given')).toBeNull();
  });
});
