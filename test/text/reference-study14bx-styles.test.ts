import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference styles of the former heldout85 pages (study14bx), from real entries of those pages. */
describe('an owner’s paper: title, ", with" and the coauthors closed by a period, then the venue (hamedrahimian)', () => {
  it('ends the names at the period after a whole word, and cuts the month and year off the venue', () => {
    const r = parseReference('Contextual Chance-Constrained Programming, with B. K. Pagnoncelli.\nOptimization-Online December 2020.');
    expect(r?.title).toBe('Contextual Chance-Constrained Programming');
    expect(r?.authors).toEqual(['B. K. Pagnoncelli']);
    expect(r?.year).toBe(2020);
    expect(r?.venue).toBe('Optimization-Online');
  });

  it('keeps the names that run over initials and commas to the citation', () => {
    const r = parseReference('Title of a Bilinear Set, with K. Hare and T. Persson, appeared in Nonlinearity, 2021.');
    expect(r?.authors).toEqual(['K. Hare', 'T. Persson']);
    expect(r?.venue).toBe('Nonlinearity');
  });
});

describe('an abstract line under the citation (hamedrahimian)', () => {
  const text =
    'A Disjunctive Cutting Plane Algorithm for Bilinear Programming, with S. Mehrotra.\nSIAM Journal on Optimization, 34 (4): 3286-3313, 2024.\nAbstract: In this paper, we present and analyze a finitely-convergent disjunctive cutting plane algorithm. The presented algorithm and its analysis extend the work Owen and Mehrotra [Math. Prog. 89: 437--448, 2001] for solving mixed-integer linear programs.';
  it('takes no year from the abstract', () => {
    const r = parseReference(text, { title: 'A Disjunctive Cutting Plane Algorithm for Bilinear Programming' });
    expect(r?.authors).toEqual(['S. Mehrotra']);
    expect(r?.year).toBe(2024);
    expect(r?.venue).toBe('SIAM Journal on Optimization');
  });

  it('keeps a short line that opens with the word (a venue of abstracts)', () => {
    const r = parseReference('Title of the Talk Given There, with S. Mehrotra.\nAbstract: INFORMS 2019.', {
      title: 'Title of the Talk Given There',
    });
    expect(r?.year).toBe(2019);
  });
});

describe('an award line with its year between the citation and the abstract (hamedrahimian)', () => {
  it('takes no year from the award', () => {
    const text =
      'A Model of Supply-Chain Decisions for Resource Sharing, with S. Mehrotra, M. Barah, F. Luo, and K. Schantz.\nNaval Research Logistics, 67 (5): 303-320, 2020.\nHarold W. Kuhn Award 2022';
    const r = parseReference(text, { title: 'A Model of Supply-Chain Decisions for Resource Sharing' });
    expect(r?.authors).toEqual(['S. Mehrotra', 'M. Barah', 'F. Luo', 'K. Schantz']);
    expect(r?.year).toBe(2020);
  });
});
