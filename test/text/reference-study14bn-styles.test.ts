import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock, withoutNumbering } from '../../lib/text/reference';

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
