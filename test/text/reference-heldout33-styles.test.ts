/**
 * The rule reader on citation styles of the former heldout33 pages: a case in the pages' manner and a variant of our own
 * per class; expected fields read off the text by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const fields = (t: string, hints = {}) => {
  const r = parseReference(t, hints);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('ornament quotes around the title: ❝Title❞ (Dingbats quotation marks)', () => {
  it('title first, names and venue after: the marks are quotes, not part of the title', () => {
    expect(
      fields('❝Pore geometry and gas uptake in flexible frameworks❞ B. Ortiz, K. Lind, M. Saar. Chemistry of Materials. (2017)'),
    ).toEqual({
      title: 'Pore geometry and gas uptake in flexible frameworks',
      authors: ['B. Ortiz', 'K. Lind', 'M. Saar'],
      year: 2017,
    });
  });

  it('a variant: names first, the year before the quoted title', () => {
    expect(fields('Ortiz, B., Lind, K. (2020). ❝Adsorption isotherms of mixtures in soft porous crystals.❞ Langmuir, 36, 11–19.')).toEqual({
      title: 'Adsorption isotherms of mixtures in soft porous crystals',
      authors: ['B. Ortiz', 'K. Lind'],
      year: 2020,
    });
  });
});
