import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';
import { readReferenceList } from '../../lib/text/reflist';

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

describe('an owner’s working paper: a numbered quoted title over its coauthors, no year (radniazadeh)', () => {
  it('reads a list of them as entries', () => {
    const text = [
      '[W7] “Two-stage Matching and Pricing with Applications to Ride Hailing”,',
      'with Yiding Feng and Amin Saberi.',
      '[SSRN]',
      '',
      '[W3] “Combinatorial Bernoulli Factories”.',
      'with Renato Paes Leme and Jon Schneider.',
      '',
      '[C20] “Nearly Optimal Pricing Algorithms for Production Constrained and Laminar Bayesian Selection”,',
      'with Nima Anari, Amin Saberi and Ali Shameli,',
      'in Proc. 20th ACM conference on Economics and Computation (EC 2019),',
      '[arXiv]',
    ].join('\n');
    const entries = readReferenceList(text);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Two-stage Matching and Pricing with Applications to Ride Hailing', ['Yiding Feng', 'Amin Saberi'], undefined],
      ['Combinatorial Bernoulli Factories', ['Renato Paes Leme', 'Jon Schneider'], undefined],
      [
        'Nearly Optimal Pricing Algorithms for Production Constrained and Laminar Bayesian Selection',
        ['Nima Anari', 'Amin Saberi', 'Ali Shameli'],
        2019,
      ],
    ]);
  });

  it('reads no undated quoted line that no coauthors line follows', () => {
    expect(readReferenceList('“A quotation the page shows as its motto”,\nsaid a famous person once.')).toEqual([]);
  });

  it('leaves the label off a quoted title it touches', () => {
    const r = parseReference(
      '[C21]“Persuasion and Incentives Through the Lens of Duality”,\nwith Shaddin Dughmi, Alex Psomas and Matt Weinberg,\nin Proc. The 15th Conference on Web and Internet Economics (WINE 2019),',
    );
    expect(r?.title).toBe('Persuasion and Incentives Through the Lens of Duality');
    expect(r?.year).toBe(2019);
  });
});

describe('a year opening the venue line under a quoted title and its coauthors note (cunningham)', () => {
  it('dates the entry by it, not by the abstract under it', () => {
    const text =
      '"Violent Video Games and Violent Crime"\n(with Michael Ward and Benjamin Engelstatter).\n2016. Southern Economic Journal\nAbstract: Video games are an increasingly popular leisure activity, and in 2011 the Supreme Court ruled on their sale.';
    const r = parseReference(text, { title: 'Violent Video Games and Violent Crime' });
    expect(r?.authors).toEqual(['Michael Ward', 'Benjamin Engelstatter']);
    expect(r?.year).toBe(2016);
    expect(r?.venue).toBe('Southern Economic Journal');
  });

  it('still drops the number opening the first line', () => {
    const r = parseReference('12. Smith, J. and Jones, K. (2019). A title of the paper here. Journal of Things, 3(2), 1-10.');
    expect(r?.title).toBe('A title of the paper here');
    expect(r?.year).toBe(2019);
  });
});
