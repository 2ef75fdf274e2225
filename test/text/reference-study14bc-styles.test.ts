import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference strings of dev pages that lost part of their list (study14bc), quoted from the pages. */
describe('a title over "Family I. et al., Abbrev. Journal" under a year heading (canepa)', () => {
  it('"et al." closes the names and an abbreviated journal alone is the venue', () => {
    const r = parseReference(
      '12. Water Cluster Confinement and Methane Adsorption in the Hydrophobic Cavities of a Fluorinated Metal–Organic Framework.\nNijem et al., J. Am. Chem. Soc.',
      { groupYear: 2014 },
    );
    expect(r).toMatchObject({
      title: 'Water Cluster Confinement and Methane Adsorption in the Hydrophobic Cavities of a Fluorinated Metal–Organic Framework',
      authors: ['Nijem'],
      authorsTruncated: true,
      year: 2014,
      venue: 'J. Am. Chem. Soc.',
    });
  });

  it('with the marked title and one dotted name before the journal', () => {
    const title = 'Superionic Conduction in the Plastic Crystal Polymorph of Na4P2S6';
    const r = parseReference(`56. ${title}\nE. Scholz et al., ACS Energy Lett.`, { title, groupYear: 2022 });
    expect(r).toMatchObject({ title, authors: ['E. Scholz'], authorsTruncated: true, year: 2022, venue: 'ACS Energy Lett.' });
  });

  it('not without a year: a journal name alone does not date the entry', () => {
    expect(
      parseReference(
        '12. Water Cluster Confinement and Methane Adsorption in the Hydrophobic Cavities of a Fluorinated Metal–Organic Framework.\nNijem et al., J. Am. Chem. Soc.',
      ),
    ).toBeNull();
  });
});

describe('a one-word title in quotes after "Family I." names (lits)', () => {
  it('reads the quoted word as the title', () => {
    const r = parseReference(
      '2017 Lits G. « Belgium », in Dennissen M., Herschberg C., Benschop Y., van den Brink M., GARCIA Working Papers n° 20: Reflexive working groups for selection committee members (projet FP7 GARCIA, Trente : University of Trento, p. 5-15)',
    );
    expect(r).toMatchObject({ title: 'Belgium', year: 2017 });
    expect(r?.authors).toHaveLength(1);
  });

  it('not a short word the entry does not quote', () => {
    expect(parseReference('Lits G. Belgium, GARCIA Working Papers n° 20, 2017')?.title).not.toBe('Belgium');
  });
});

describe('"Family I. et al." read given-first in a list that mixes "C. Hänsel et al." and "Wang J. et al." (canepa)', () => {
  it('keeps the period the text gives the initial before "et al."', () => {
    const title = 'Strategies for Fitting Accurate Machine Learned Inter-atomic Potentials for Solid Electrolytes';
    const r = parseReference(`78. ${title}\nWang J. et al., Mater. Futures`, { title, groupYear: 2023, nameForm: 'given' });
    expect(r).toMatchObject({ title, authors: ['J. Wang'], authorsTruncated: true, venue: 'Mater. Futures' });
  });

  it('not where the period may end the names ("Gentilin A." in a list of undotted Vancouver names)', () => {
    const r = parseReference('Gentilin A. The pitfalls of linear regression in physiological research. 2024.', { nameForm: 'given' });
    expect(r?.authors).not.toEqual(['A. Gentilin']);
  });
});
