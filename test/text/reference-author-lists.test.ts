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

  // collinslab-publications (dev): "Collins, AGE and Frank, MJ. (2014)", "Cockburn, J, Collins, AGE, and Frank, MJ (2014)".
  it("reads the period after the last undotted initials of inverted names as the block's, not an initial's", () => {
    const r = parseReference(
      'Opponent Actor Learning (OpAL): Modeling interactive effect of striatal dopamine on reinforcement learning and choice incentive\nCollins, AGE and Frank, MJ. (2014)\nPsychological Review',
    );
    expect(r?.authors).toEqual(['AGE Collins', 'MJ Frank']);
    expect(readAuthorBlock('Cockburn, J, Collins, AGE, Frank, MJ.', 'surname-initials')?.names).toEqual([
      'J Cockburn',
      'AGE Collins',
      'MJ Frank',
    ]);
    // A lone initial's period may be its own (hodgkinsonlab-publications: "Idaghdour, Y, Hodgkinson, A.").
    expect(readAuthorBlock('Idaghdour, Y, Hodgkinson, A.', 'surname-initials')?.names).toEqual(['Y Idaghdour', 'A. Hodgkinson']);
    // Where every name writes its initials with a period, the last one's stays.
    expect(readAuthorBlock('Guzmán, JA., Cordero, RA.', 'surname-initials')?.names).toEqual(['JA. Guzmán', 'RA. Cordero']);
  });

  // wardgroup-publications (dev): "Hempe, M.; …; Bryce, M. R. J. Org. Chem. 2021, 86, 1, 429–445";
  // zhanggroup-publications-zh (dev): "…; Manby, F. R.; Mulholland, A. J. R. Soc. open sci., 2018, 5: 171390".
  it('leaves the "J." (or "R." before "Soc.") that opens an abbreviated journal to the venue after ACS names', () => {
    const title = 'Cyclophane Molecules Exhibiting Thermally Activated Delayed Fluorescence';
    const acs = (names: string) => parseReference(`${title}\n${names}`)?.authors;
    expect(acs('Hempe, M.; Harrison, A. K.; Ward, J. S.; Bryce, M. R. J. Org. Chem. 2021, 86, 1, 429–445.')).toEqual([
      'M. Hempe',
      'A. K. Harrison',
      'J. S. Ward',
      'M. R. Bryce',
    ]);
    expect(acs('Hempe, M.; Ward, J. S.; Bryce, M. R. J. Am. Chem. Soc. 2021, 143, 429–445.')).toEqual([
      'M. Hempe',
      'J. S. Ward',
      'M. R. Bryce',
    ]);
    expect(acs('Zhang, X.; Glowacki, D. R.; Manby, F. R.; Mulholland, A. J. R. Soc. open sci., 2018, 5: 171390.')).toEqual([
      'X. Zhang',
      'D. R. Glowacki',
      'F. R. Manby',
      'A. J. Mulholland',
    ]);
    // A last initial before a journal that does not open with "J." stays the name's.
    expect(acs('Ward, J. S.; Danos, A.; Bryce, M. R.; Dias, F. B. Mater. Chem. Front. 2020, 4, 3602–3615.')).toEqual([
      'J. S. Ward',
      'A. Danos',
      'M. R. Bryce',
      'F. B. Dias',
    ]);
  });

  // sovacool-pubs (dev): "*Lapp Z, *Sovacool KL, Lesniak N, …, Schloss PD. Jan 2022. Developing and Deploying …".
  it('reads a month before the author-date year after Vancouver names', () => {
    const r = parseReference(
      '*Lapp Z, *Sovacool KL, Lesniak N, King D, Lucas SK, Schloss PD. Jan 2022. Developing and Deploying an Integrated Workshop Curriculum Teaching Computational Skills for Reproducible Research. JOSE. 10.21105/jose.00144',
    );
    expect(r?.authors).toEqual(['Z Lapp', 'KL Sovacool', 'N Lesniak', 'D King', 'SK Lucas', 'PD Schloss']);
    expect(r?.title).toBe(
      'Developing and Deploying an Integrated Workshop Curriculum Teaching Computational Skills for Reproducible Research',
    );
    expect(r?.year).toBe(2022);
  });
});
