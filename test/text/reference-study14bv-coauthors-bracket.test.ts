import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/**
 * An owner's working papers naming the coauthors only, in brackets before the title, the title alone after them:
 * "[with Mingyang Cai and Stef van Buuren] Title." (a statistician's page, study14bv).
 */
const read = (text: string) => {
  const r = parseReference(text);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"[with A and B] Title.": the coauthors in brackets, the title alone', () => {
  it('reads the coauthors as the authors and the sentence after them as the title', () => {
    expect(read('[with Mingyang Cai and Stef van Buuren] Multiple imputation for individual causal effects.')).toEqual({
      title: 'Multiple imputation for individual causal effects',
      authors: ['Mingyang Cai', 'Stef van Buuren'],
      year: undefined,
      venue: undefined,
    });
    expect(read('[with Stef van Buuren] The best prediction can be the worst imputation.')).toMatchObject({
      title: 'The best prediction can be the worst imputation',
      authors: ['Stef van Buuren'],
    });
  });

  it('reads a title sentence with no closing period', () => {
    expect(
      read(
        '[with Mingyang Cai] Graphical and numerical diagnostic tools to assess multiple imputation models by posterior predictive checking',
      ),
    ).toMatchObject({
      title: 'Graphical and numerical diagnostic tools to assess multiple imputation models by posterior predictive checking',
      authors: ['Mingyang Cai'],
    });
  });

  it('leaves a bracket of no names alone', () => {
    expect(read('[with code] A note on imputing squares via polynomial combination approach.')).toBeNull();
  });

  it('keeps reading a title that runs to its first comma, the venue after it', () => {
    expect(
      read(
        '(mit Marietta Haffner) German cooperatives: property right hybrids with strong tenant security, OTB Working papers 2014-07, OTB, TU Delft, Niederlande, 2014',
      ),
    ).toMatchObject({
      title: 'German cooperatives: property right hybrids with strong tenant security',
      authors: ['Marietta Haffner'],
      year: 2014,
    });
  });
});
