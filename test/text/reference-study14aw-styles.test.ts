/**
 * The reference-string parser on styles of the former heldout66 life-science pages (study14aw), each on an entry as the
 * page writes it. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string, hints = {}) => {
  const r = parseReference(s, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('APA with the owner’s bold name closed by a second period ("<b>Upadhyayula A.</b>., & Henderson, J. M.")', () => {
  it('reads the doubled period before the comma as one', () => {
    expect(
      pick(
        'Upadhyayula A.., & Henderson, J. M. (2023). Spatiotemporal jump detection during continuous film viewing. Journal of Vision, 23(2), 13-13. Materials Read the paper',
      ),
    ).toEqual({
      title: 'Spatiotemporal jump detection during continuous film viewing',
      authors: ['A. Upadhyayula', 'J. M. Henderson'],
      year: 2023,
      venue: 'Journal of Vision',
    });
  });

  it('"(Under Revision)" in the year’s place, and the link’s call ("Watch the talk") after the title no venue', () => {
    expect(
      pick(
        'Upadhyayula A.., & Neil Cohn. (Under Revision). A hierarchical grammar explains segmentation in visual narratives. Watch the talk',
      ),
    ).toEqual({
      title: 'A hierarchical grammar explains segmentation in visual narratives',
      authors: ['A. Upadhyayula', 'Neil Cohn'],
      year: undefined,
      venue: undefined,
    });
  });

  it('a title opened with a closing quote and closed with its period inside the quotes ("”Title.” Cognition")', () => {
    expect(
      pick(
        'Upadhyayula A.., & Flombaum, J.I. (2020). ”A model that adopts human fixations explains individual differences in multiple object tracking.” Cognition (2020) : 104418.',
      ),
    ).toMatchObject({
      title: 'A model that adopts human fixations explains individual differences in multiple object tracking',
      authors: ['A. Upadhyayula', 'J.I. Flombaum'],
      year: 2020,
      venue: 'Cognition',
    });
  });

  it('a title that ends in a verb and a label word keeps them ("… to Read Code")', () => {
    expect(pick('Smith, J., & Doe, A. (2020). Learning to Read Code. Journal of Software Studies, 3, 1-2.')).toMatchObject({
      title: 'Learning to Read Code',
    });
  });
});

describe('unpublished entries and marks of a psychology and a neuroscience page (bejjani, jeurissen)', () => {
  it('"(under review at <i>Journal</i>)" in the year’s place is a status, not the title', () => {
    expect(
      pick(
        'Bejjani, C. and Egner, T. (under review at Journal of Experimental Psychology: Learning, Memory, and Cognition). How reinforcement shapes the binding of stimulus-control associations.',
      ),
    ).toEqual({
      title: 'How reinforcement shapes the binding of stimulus-control associations',
      authors: ['C. Bejjani', 'T. Egner'],
      year: undefined,
      venue: undefined,
    });
    expect(
      pick(
        'Bejjani, C.**, Siqi-Liu, A.**, and Egner, T. (in preparation for Journal of Experimental Psychology: Human Perception and Performance). Minimal impact of consolidation on learned switch readiness.',
      ),
    ).toMatchObject({
      title: 'Minimal impact of consolidation on learned switch readiness',
      authors: ['C. Bejjani', 'A. Siqi-Liu', 'T. Egner'],
    });
  });

  it('"^" after a name marks equal contribution, as "*" does', () => {
    expect(
      pick(
        'Y.H.R. Kang*, A. Löffler*, D. Jeurissen*, A. Zylberberg^, D.M. Wolpert^, and M.N. Shadlen^ (2021). Multiple decisions about one object involve parallel sensory acquisition but time-multiplexed evidence incorporation. eLife, 10, e63721. (Similar to: BioRxiv.)',
      ),
    ).toMatchObject({
      title: 'Multiple decisions about one object involve parallel sensory acquisition but time-multiplexed evidence incorporation',
      authors: ['Y.H.R. Kang', 'A. Löffler', 'D. Jeurissen', 'A. Zylberberg', 'D.M. Wolpert', 'M.N. Shadlen'],
      year: 2021,
      venue: 'eLife',
    });
  });
});

describe('guards the study14aw changes needed on other dev pages', () => {
  it('a card’s kind-of-work label over its title is no title (ata: "Journal Article" / Title / Names / date line)', () => {
    expect(
      pick(
        'Journal Article\nDesign Optimization of a Pseudo-Rigid-Compliant Mechanism for Large Continuous and Smooth Morphing of Airfoil Camber\nVíctor Alulema, Víctor Hidalgo, Edgar Cando, Esteban Valencia.\nSeptember 2025 · Aerospace 2025\nAirfoil Fixed-Wing UAV Compliant Mechanism\nView on ResearchGate',
      )?.title,
    ).not.toBe('Journal Article');
  });

  it('dotted initials keep their last period before "et al." (didikoglu: "Lucas R.J.., et al. 2024.")', () => {
    expect(
      pick(
        'Lucas R.J.., et al. 2024. Recommendations for measuring and standardizing light for laboratory mammals to improve welfare and reproducibility in animal research. PLOS Biology',
      )?.authors,
    ).toEqual(['R.J. Lucas']);
  });
});
