import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/**
 * Entries the reader found no names line in (study14ab, the long tail of dev's "parse failed, no names line" stage):
 * a coauthors' line in parentheses under the title and venue (an economist's research items), and title, names and a
 * year in parentheses run together on one line (a lab's paragraphs whose lines the markup joins).
 */
const read = (text: string, title?: string) => {
  const r = parseReference(text, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a coauthors line in parentheses: "(with A, B and C)." under the title and venue (macis)', () => {
  it('reads the names inside the parentheses, a "(first author)" note dropped', () => {
    expect(
      read(
        'Providing Vouchers and Value Information for Already Free Eye Exams Increases Uptake Among a Low-Income Minority Population: A Randomized Trial\n' +
          'Health Economics, March 2022.\n(with Seema Kacker (first author), Prateek Gajwani, David S. Friedman).',
        'Providing Vouchers and Value Information for Already Free Eye Exams Increases Uptake Among a Low-Income Minority Population: A Randomized Trial',
      ),
    ).toEqual({
      title:
        'Providing Vouchers and Value Information for Already Free Eye Exams Increases Uptake Among a Low-Income Minority Population: A Randomized Trial',
      authors: ['Seema Kacker', 'Prateek Gajwani', 'David S. Friedman'],
      year: 2022,
      venue: 'Health Economics',
    });
  });

  it('the venue line is no author ("Management Science" is no name)', () => {
    expect(
      read(
        'Is the Price Right? The Role of Economic Tradeoffs in Explaining Reactions to Price Surges\nManagement Science, 2025\n(with Julio Elias and Nicola Lacetera)',
        'Is the Price Right? The Role of Economic Tradeoffs in Explaining Reactions to Price Surges',
      ),
    ).toEqual({
      title: 'Is the Price Right? The Role of Economic Tradeoffs in Explaining Reactions to Price Surges',
      authors: ['Julio Elias', 'Nicola Lacetera'],
      year: 2025,
      venue: 'Management Science',
    });
  });

  it('a "(PI)" after a coauthor is a role, not part of the names', () => {
    expect(
      read(
        'Decentralized Biobanking Platform for Organoid Research Networks\nFrontiers in Blockchain, July 2025.\n' +
          'with Marielle Gross (PI), Ananya Dewan, Eve Budd, M Eifler, Olayinka Odeniran, Jeff Kahn, Robert Clell Miller, William Sanchez.',
        'Decentralized Biobanking Platform for Organoid Research Networks',
      ),
    ).toEqual({
      title: 'Decentralized Biobanking Platform for Organoid Research Networks',
      authors: [
        'Marielle Gross',
        'Ananya Dewan',
        'Eve Budd',
        'M Eifler',
        'Olayinka Odeniran',
        'Jeff Kahn',
        'Robert Clell Miller',
        'William Sanchez',
      ],
      year: 2025,
      venue: 'Frontiers in Blockchain',
    });
  });
});

describe('title, names and "(2014)" on one line, the venue after the year (collinslab)', () => {
  it('inverted names with undotted initials: the title stops where the names start', () => {
    expect(
      read(
        'A Reinforcement Learning Mechanism Responsible for the Valuation of Free Choice Cockburn, J, Collins, AGE, and Frank, MJ (2014) Neuron',
      ),
    ).toEqual({
      title: 'A Reinforcement Learning Mechanism Responsible for the Valuation of Free Choice',
      authors: ['J Cockburn', 'AGE Collins', 'MJ Frank'],
      year: 2014,
      venue: 'Neuron',
    });
  });

  it('Vancouver names after a title whose last words are capitalised ("Human Decision-Making Collins A")', () => {
    expect(
      read(
        'Reasoning, Learning, and Creativity: Frontal Lobe Function and Human Decision-Making Collins A, Koechlin E (2012) PLoS Biology 10(3): e1001293. doi:10.1371/journal.pbio.1001293',
      ),
    ).toMatchObject({
      title: 'Reasoning, Learning, and Creativity: Frontal Lobe Function and Human Decision-Making',
      authors: ['A Collins', 'E Koechlin'],
      year: 2012,
      venue: 'PLoS Biology',
    });
  });

  it('an owner\'s coauthors after "with" are not read as names closing a title', () => {
    expect(
      read(
        'Changing dimensionality in the early growth of clusters in an evaporated Al-Cr-Fe alloy, Small angle neutron measurements fitted by Monte Carlo modelling with R N Sinclair, V S Rainey, B Normand and A W Bowen (1987)',
      )?.title ?? '',
    ).not.toMatch(/Sinclair|with R$/);
  });
});
