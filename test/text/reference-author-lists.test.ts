import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

/** Author-list forms that fresh pages show and the dev pages rarely do (issue 14). */
describe('parseReference: author lists read exactly', () => {
  // authors14's reading of this form was reverted: with the reader's other inverted-name rules it read al-folio BibTeX fields
  // as an entry (test/text/selections.test.ts).
  it.fails('reads every name inverted with commas between the names too ("Family, Given, Family, Given, and Family, Given")', () => {
    const r = parseReference(
      'Moreau, Élise, Okafor, Chidi, and Lindqvist, Anna K. 2021. Soil carbon under rotational grazing. Journal of Ecology 12: 3–9.',
    );
    expect(r?.authors).toEqual(['Élise Moreau', 'Chidi Okafor', 'Anna K. Lindqvist']);
    expect(readAuthorBlock('Moreau, Élise, Okafor, Chidi, Ruiz Gómez, Ana María, and Lindqvist, Anna K.', 'surname-given')?.names).toEqual([
      'Élise Moreau',
      'Chidi Okafor',
      'Ana María Ruiz Gómez',
      'Anna K. Lindqvist',
    ]);
  });

  it('still reads Chicago (only the first name inverted) so', () => {
    expect(readAuthorBlock('Moreau, Élise, Chidi Okafor, and Anna K. Lindqvist', 'surname-given')?.names).toEqual([
      'Élise Moreau',
      'Chidi Okafor',
      'Anna K. Lindqvist',
    ]);
  });

  it('does not take a thesis\'s "Ph.D." for initials after an inverted name', () => {
    const r = parseReference('Sediment transport in braided rivers. Lindqvist, K. Ph.D. Thesis, University of Uppsala, 2016.');
    expect(r?.authors).toEqual(['K. Lindqvist']);
    expect(r?.title).toBe('Sediment transport in braided rivers');
  });

  it('does not read a venue of capitalised words after the names as one more name', () => {
    const r = parseReference(
      '"Dust lanes in barred spiral galaxies", K. Okafor, E. Moreau, A. Lindqvist, National Astronomy Meeting, Leeds (2019)',
    );
    expect(r?.authors).toEqual(['K. Okafor', 'E. Moreau', 'A. Lindqvist']);
    expect(readAuthorBlock('K. Okafor, E. Moreau, Current Research', 'given')).toBeNull();
  });
});
