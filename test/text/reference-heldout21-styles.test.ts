/**
 * The reference-string parser on styles of the former heldout21 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('an owner\'s own list: "“Title.” [with Coauthors,] Journal, vol, pages, Year." (carbonell, dubois)', () => {
  it("a quoted title and a journal, no one named: the owner's paper, without authors", () => {
    expect(pick('“Measuring hierarchy.” Social Choice and Welfare, 65, 583–627, 2025. [pdf]')).toEqual({
      title: 'Measuring hierarchy',
      authors: [],
      year: 2025,
      venue: 'Social Choice and Welfare',
    });
  });
  it('"with" names the coauthors between the title and the journal', () => {
    expect(
      pick(
        '“Inequality, bipolarization, and tax progressivity,” with Humberto Llavador, American Economic Journal: Microeconomics, 13, 492–513, 2021. [pdf]',
      ),
    ).toEqual({
      title: 'Inequality, bipolarization, and tax progressivity',
      authors: ['Humberto Llavador'],
      year: 2021,
      venue: 'American Economic Journal: Microeconomics',
    });
    expect(
      pick(
        '"Formal and Informal Risk Sharing in LDCs: Theory and Empirical Evidence" with Bruno Jullien and Thierry Magnac, Econometrica Vol. 76, No. 4, (July 2008), 679-725',
      ),
    ).toEqual({
      title: 'Formal and Informal Risk Sharing in LDCs: Theory and Empirical Evidence',
      authors: ['Bruno Jullien', 'Thierry Magnac'],
      year: 2008,
      venue: 'Econometrica',
    });
  });
  it('the coauthors after the date, French "avec", and a status in place of the year', () => {
    expect(
      pick('"Incentives and Nutrition for Rotten Kids: Intrahousehold Food Allocation in the Philippines", October 2005, with Ethan Ligon'),
    ).toEqual({
      title: 'Incentives and Nutrition for Rotten Kids: Intrahousehold Food Allocation in the Philippines',
      authors: ['Ethan Ligon'],
      year: 2005,
      venue: undefined,
    });
    expect(pick('"Contrats de production et risque", avec C. Bonnet, S. Caprice, Revue Économique, 2009, 60, 3, 11-30')).toEqual({
      title: 'Contrats de production et risque',
      authors: ['C. Bonnet', 'S. Caprice'],
      year: 2009,
      venue: 'Revue Économique',
    });
    expect(pick('“Measuring hierarchy with multiple supervisors.” Journal of Public Economic Theory, forthcoming. [pdf]')).toEqual({
      title: 'Measuring hierarchy with multiple supervisors',
      authors: [],
      year: undefined,
      venue: 'Journal of Public Economic Theory',
    });
  });
  it('"revise and resubmit at the Journal": the journal is the venue', () => {
    expect(
      pick(
        '"Multitask Moral Hazard, Incentive Contracts and Land Value", August 2002, revise and resubmit at the Annales d\'Economie et de Statistique',
      ),
    ).toEqual({
      title: 'Multitask Moral Hazard, Incentive Contracts and Land Value',
      authors: [],
      year: 2002,
      venue: "Annales d'Economie et de Statistique",
    });
  });
  it('a quoted title alone, with no year or status, is no entry', () => {
    expect(pick('“Measuring hierarchy.” Social Choice and Welfare')).toBeNull();
  });
});

describe('a quoted title, a talk note, then names up to a meeting that no venue word announces (shalaginov)', () => {
  it('the names run to the comma before the meeting', () => {
    expect(
      pick(
        '"Material Platforms for Integrated Quantum Photonics" (invited), M. Y. Shalaginov*, S. Bogdanov, A. Boltasseva, V. M. Shalaev, 2nd Annual Conference on Micro & Nanoscale Science for Addressing Grand Challenges, West Lafayette, IN, USA, April 12, 2017.',
      ),
    ).toMatchObject({
      title: 'Material Platforms for Integrated Quantum Photonics',
      authors: ['M. Y. Shalaginov', 'S. Bogdanov', 'A. Boltasseva', 'V. M. Shalaev'],
      year: 2017,
    });
  });
  it('a journal written like a full name after initialled names is the venue, not a last author', () => {
    expect(
      pick('"Hyperbolic cladding for waveguides", S. Ishii, V. E. Babicheva, A. V. Kildishev, Optics Express, 25, 1-10, 2017.'),
    ).toEqual({
      title: 'Hyperbolic cladding for waveguides',
      authors: ['S. Ishii', 'V. E. Babicheva', 'A. V. Kildishev'],
      year: 2017,
      venue: 'Optics Express',
    });
  });
});
