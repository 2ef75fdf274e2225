/**
 * The reference-string parser on styles of the former heldout62 / heldout63 pages (study14as), each on an entry as the
 * page writes it. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string, hints = {}) => {
  const r = parseReference(s, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Title, Venue, 2024." over "Names." (a JabRef-export-like page: the author line under the citation)', () => {
  it('reads the names under the citation, and the IEEE conference name that opens with its year and edition', () => {
    expect(
      pick(
        'A segmentation network based on residual blocks and multi-channel images, 2024 3rd International Conference on Image Processing and Media Computing, 2024.\nJingli Gao, Mengya Zhang,Li Ma,Miao Huang, Zhen Li.',
      ),
    ).toEqual({
      title: 'A segmentation network based on residual blocks and multi-channel images',
      authors: ['Jingli Gao', 'Mengya Zhang', 'Li Ma', 'Miao Huang', 'Zhen Li'],
      year: 2024,
      venue: '2024 3rd International Conference on Image Processing and Media Computing',
    });
  });

  it('a journal with its issue and pages', () => {
    expect(
      pick(
        'A comprehensive social matrix factorization for recommendations with prediction and feedback mechanisms by fusing trust relationships and social tags, Soft Computing, 2022, (8): 1-18.\nRui Chen, Jianwei Zhang, Zhifeng Zhang, Yanshuo Chang, Jingli Gao, Pu Li, Hui Liang.',
      ),
    ).toMatchObject({
      title:
        'A comprehensive social matrix factorization for recommendations with prediction and feedback mechanisms by fusing trust relationships and social tags',
      authors: ['Rui Chen', 'Jianwei Zhang', 'Zhifeng Zhang', 'Yanshuo Chang', 'Jingli Gao', 'Pu Li', 'Hui Liang'],
      year: 2022,
      venue: 'Soft Computing',
    });
  });
});
