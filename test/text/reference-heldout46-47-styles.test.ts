/**
 * The reference-string parser on styles of the former heldout46 and heldout47 pages: an accordion card's header
 * "N. Title (2022)" over "Family, I. I., …, Owner LA, Family, I. I., bioRxiv" (gofflab, steinobrienlab: the year closing
 * the title's line, the owner's name in Vancouver form among dotted inverted names, a camel-case venue after the names),
 * and a Chinese card "Journal · 2017" / Title / Names with "（第一作者及通讯作者）" / "Journal, 2017, 23, 548." (bozhanglab).
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const read = (text: string, hints = {}) => {
  const r = parseReference(text, hints);
  return r && [r.title, r.authors, r.year, r.venue];
};

describe('an accordion header: "N. Title (2022)" over the names and a camel-case venue', () => {
  const entry =
    "9. Pumping the brakes on RNA velocity -- understanding and interpreting RNA velocity estimates (2022)\nZheng, S. C., Stein-O'Brien, G., Boukas, L., Goff LA, Hansen, K. D., bioRxiv";

  it('dates the entry by the year closing the title line, the owner "Goff LA" one name among the inverted ones', () => {
    const r = parseReference(entry);
    expect([r?.title, r?.authors, r?.year]).toEqual([
      'Pumping the brakes on RNA velocity -- understanding and interpreting RNA velocity estimates',
      ['S. C. Zheng', "G. Stein-O'Brien", 'L. Boukas', 'LA Goff', 'K. D. Hansen'],
      2022,
    ]);
  });

  it('reads the same in the list’s own name form', () => {
    expect(parseReference(entry, { nameForm: 'surname-initials', strictForm: true })?.year).toBe(2022);
  });

  it('ends the names before "bioRxiv" (a word in camel case opening in lower case), the last initials kept', () => {
    expect(read('Pumping the brakes on RNA velocity estimates\nZheng, S. C., Boukas, L., Hansen, K. D., bioRxiv, 2022')).toEqual([
      'Pumping the brakes on RNA velocity estimates',
      ['S. C. Zheng', 'L. Boukas', 'K. D. Hansen'],
      2022,
      'bioRxiv',
    ]);
  });

  it('reads "Stein-O\'Brien GL" as one name among dotted inverted ones', () => {
    expect(
      read("5. Transcriptomic forecasting with neural ODEs (2022)\nErbe, R., Stein-O'Brien GL, Fertig, E. J., bioRxiv")?.slice(0, 3),
    ).toEqual(['Transcriptomic forecasting with neural ODEs', ['R. Erbe', "GL Stein-O'Brien", 'E. J. Fertig'], 2022]);
  });
});

describe('a Chinese card: "Journal · Year" badge, title, names, citation', () => {
  it('leaves the badge line out and takes the venue from the citation', () => {
    expect(
      read(
        'Bioinformatics · 2020\nG3viz: an R package to interactively visualize genetic mutation data using a lollipop-diagram\nXin Guo, Bo Zhang, Wenqi Zeng, Shuting Zhao, Dongliang Ge*\nBioinformatics, 2020, 36(3), 928.\n全文链接',
      ),
    ).toEqual([
      'G3viz: an R package to interactively visualize genetic mutation data using a lollipop-diagram',
      ['Xin Guo', 'Bo Zhang', 'Wenqi Zeng', 'Shuting Zhao', 'Dongliang Ge'],
      2020,
      'Bioinformatics',
    ]);
  });

  it('drops an author’s role in full-width parentheses ("（共同第一作者及通讯作者）")', () => {
    expect(
      read(
        'Nature Medicine · 2017\nDiagnosis of Zika virus infection on a nanotechnology platform\nBo Zhang*（第一作者及通讯作者）, Benjamin A. Pinsky, Jeyarama S. Ananta, Su Zhao, Hongjie Dai*\nNature Medicine, 2017, 23, 548.\n全文链接',
      )?.[1],
    ).toEqual(['Bo Zhang', 'Benjamin A. Pinsky', 'Jeyarama S. Ananta', 'Su Zhao', 'Hongjie Dai']);
  });
});
