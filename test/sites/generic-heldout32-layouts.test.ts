import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout32 pages: lists written from how such pages look (not copied
 * from them); expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('a mathematician’s own list: coauthors "(with …)" before the italic title, the owner’s solo papers name no one', () => {
  const items = [
    '<li>(with Anna Kowalska) <i>Motivic cohomology of toric varieties</i>, J. Algebra 512 (2018), 101-130. (<a href="p1.pdf">pdf</a>)</li>',
    '<li><i>Operads and stable homotopy</i>, Israel J. Math. 230(1) (2019), 45-80. (<a href="p2.pdf">pdf</a>)</li>',
    '<li>(with Pierre Dubois and Jan Novak) <i>Descent for framed correspondences</i>, Adv. Math. 350 (2019), 1-40.</li>',
    '<li><i>Tensor triangulated geometry of schemes</i>, J. Amer. Math. Soc. 31(2) (2017), 300-340.</li>',
    '<li>(with Jan Novak) <i>Witt groups of local rings</i>, Compos. Math. 150(4) (2014), 600-620.</li>',
    '<li><i>Localizing subcategories and spectra</i>, preprint arXiv:2301.01234. (<a href="p6.pdf">pdf</a>)</li>',
  ];

  it('every entry is read: the coauthors as authors, the solo papers with none', () => {
    const entries = read(page(`<h1>Publications</h1><ol>${items.join('\n')}</ol>`), 'https://example.org/~owner/publist.html');
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Motivic cohomology of toric varieties', ['Anna Kowalska'], 2018],
      ['Operads and stable homotopy', [], 2019],
      ['Descent for framed correspondences', ['Pierre Dubois', 'Jan Novak'], 2019],
      ['Tensor triangulated geometry of schemes', [], 2017],
      ['Witt groups of local rings', ['Jan Novak'], 2014],
      ['Localizing subcategories and spectra', [], undefined],
    ]);
    expect(entries[5]?.ids.arxiv).toBe('2301.01234');
  });
});
