import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference styles of the former heldout67 pages (study14au), from real entries of those pages. */
describe('an owner’s paper with a marked title and its coauthors in a note after the citation (jochmans)', () => {
  it('reads the names the "(with …)" note holds as the authors, the citation as the venue', () => {
    const text =
      'Nonparametric estimation of finite mixtures from repeated measurements. Journal of the Royal Statistical Society - Series B 78, 211–229. (with Stéphane Bonhomme and Jean-Marc Robin) [supplement, replication files]';
    const r = parseReference(text, { title: 'Nonparametric estimation of finite mixtures from repeated measurements' });
    expect(r?.title).toBe('Nonparametric estimation of finite mixtures from repeated measurements');
    expect(r?.authors).toEqual(['Stéphane Bonhomme', 'Jean-Marc Robin']);
    expect(r?.venue).toBe('Journal of the Royal Statistical Society - Series B');
  });

  it('reads the note after a line that is not the venue too', () => {
    const text =
      'Likelihood corrections for two-way models. Annals of Economics and Statistics 134, 227–242. Special issue on panel data (with Taisuke Otsu)';
    expect(parseReference(text, { title: 'Likelihood corrections for two-way models' })?.authors).toEqual(['Taisuke Otsu']);
  });
});
