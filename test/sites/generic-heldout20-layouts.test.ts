import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout20 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: a list that names only the coauthors, "Title (with A and B)<br>Journal" (martin)', () => {
  const html = `<html><body><h4>Research papers</h4><ol>
<li>
Cyclotomic and simplicial matroids
  (with <a href="http://math.umn.edu/~reiner">Victor Reiner</a>)
<br><a href="http://www.ma.huji.ac.il/~ijmath/"><i>Israel J. Math.</i></a>
  <b>150</b> (2005), 229-240.
[<a href="papers/cyclotomic.pdf">PDF</a> |
  <a href="http://arxiv.org/abs/math.CO/0402206">arXiv</a>]

<li>
On the topology of graph picture spaces
<br><a href="http://www.sciencedirect.com/science/journal/00018708"><i>Adv.
  Math.</i></a> <b>191</b>, no. 2 (2005), 312-338.
[<a href="papers/picspace.pdf">PDF</a> |
  <a href="http://arxiv.org/abs/math.CO/0307405">arXiv</a>]

<li>
Factorizations of some weighted spanning tree enumerators
(with <a href="http://math.umn.edu/~reiner">Victor Reiner</a>)
<br><a href="http://www.sciencedirect.com/science/journal/00973165"><i>J.
  Combin. Theory Ser. A</i></a> <b>104</b>, no. 2 (2003), 287-300.
[<a href="papers/spantree.pdf">PDF</a> |
  <a href="http://arxiv.org/abs/math.CO/0302213">arXiv</a>]

<li>
Geometry of graph varieties
<br><a href="http://www.ams.org/tran"><i>Trans. Amer. Math.
  Soc.</i></a> <b>355</b> (2003), 4151-4169.
[<a href="papers/GV-geom.pdf">PDF</a> |
  <a href="http://arxiv.org/abs/math.CO/0302089">arXiv</a>]

<li>
Ruling out (160,54,18) difference sets in some nonabelian groups
  (with Jason Alexander, Rajalakshmi Balasubramanian, Kimberly Monahan, <a
  href="http://www.mtholyoke.edu/~hpollats/">Harriet Pollatsek</a>,
  and Ashna Rubina Sen)
<br><a href="http://www3.interscience.wiley.com/cgi-bin/jhome/38682"><i>J.
  Combin. Designs</i></a> <b>8</b> (2000), no. 4, 221-231.
[<a href="papers/diffset.pdf">PDF</a>]
</ol></body></html>`;

  it("an entry without coauthors is the owner's paper alone: its first line the title, the next its dated venue", () => {
    expect(read(html, 'https://jeremymartinmath.github.io/pubs-brief.html').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Cyclotomic and simplicial matroids', ['Victor Reiner'], 2005, 'Israel J. Math.'],
      ['On the topology of graph picture spaces', [], 2005, 'Adv. Math.'],
      ['Factorizations of some weighted spanning tree enumerators', ['Victor Reiner'], 2003, 'J. Combin. Theory Ser. A'],
      ['Geometry of graph varieties', [], 2003, 'Trans. Amer. Math. Soc.'],
      [
        'Ruling out (160,54,18) difference sets in some nonabelian groups',
        ['Jason Alexander', 'Rajalakshmi Balasubramanian', 'Kimberly Monahan', 'Harriet Pollatsek', 'Ashna Rubina Sen'],
        2000,
        'J. Combin. Designs',
      ],
    ]);
  });

  it('a variant with a paragraph per entry', () => {
    const p = (title: string, venue: string) => `<p>${title}<br><i>${venue}</i></p>`;
    const page = `<html><body><h2>Papers</h2><div>
${p('Spectral gaps of random regular hypergraphs (with Anna Berg)', 'Random Structures Algorithms 40 (2012), 1-20.')}
${p('Lattice points in dilated polytopes and their counting functions', 'Discrete Comput. Geom. 31 (2011), 55-70.')}
${p('Chip-firing on directed graphs (with Tom Lee and Mia Chen)', 'Electron. J. Combin. 18 (2010), #P12.')}
${p('Colourings of planar maps and the four colour theorem (with Ola Nyberg)', 'Amer. Math. Monthly 116 (2009), 3-9.')}
</div></body></html>`;
    expect(read(page, 'https://example.org/papers.html').map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Spectral gaps of random regular hypergraphs', ['Anna Berg'], 2012],
      ['Lattice points in dilated polytopes and their counting functions', [], 2011],
      ['Chip-firing on directed graphs', ['Tom Lee', 'Mia Chen'], 2010],
      ['Colourings of planar maps and the four colour theorem', ['Ola Nyberg'], 2009],
    ]);
  });
});

describe('generic: "date - <a>Title</a> | Family, I.; Family, I. | Journal" fields split by "|" (perren)', () => {
  const li = (date: string, href: string, title: string, names: string, venue: string) => `<li>
           ${date} - <a href="${href}">
           ${title} </a> |
           ${names} |
           ${venue}
           (<a href="https://ui.adsabs.harvard.edu/abs/x/exportcitation">bibtex</a>)
          </li>
          <br>`;
  const html = `<html><body><section id="main_content"><ul>
${li('2021/04', 'https://arxiv.org/abs/2101.01660', 'pyUPMASK: an improved unsupervised clustering algorithm', 'Pera, M. S.; Perren, G. I.; Moitinho, A.; Navone, H. D.;\n           Vazquez, R. A.', 'Astronomy & Astrophysics, arXiv:2101.01660')}
${li('2017/02', 'https://doi.org/10.1051/0004-6361/201629520', 'Astrophysical properties of star clusters in the Magellanic Clouds homogeneously estimated by ASteCA', 'Perren, G. I.; Piatti, A. E.;\n           Vázquez, R. A.', 'Astronomy & Astrophysics, Volume 602, id.A89, 15 pp')}
${li('2015/04', 'https://doi.org/10.1093/mnras/stv861', 'New age-metallicity diagnostic diagram for the Washington photometric system', 'Piatti, A. E.; Perren, G.I.', 'Monthly Notices of the Royal Astronomical Society, Volume 450, Issue 4, p.3771-3777')}
</ul></section></body></html>`;

  it('the names field, its names over two source lines, given names first; the next field the journal', () => {
    expect(read(html, 'https://gabriel-p.github.io/pubs.html').map((e) => [e.title, e.authors, e.venue])).toEqual([
      [
        'pyUPMASK: an improved unsupervised clustering algorithm',
        ['M. S. Pera', 'G. I. Perren', 'A. Moitinho', 'H. D. Navone', 'R. A. Vazquez'],
        'Astronomy & Astrophysics',
      ],
      [
        'Astrophysical properties of star clusters in the Magellanic Clouds homogeneously estimated by ASteCA',
        ['G. I. Perren', 'A. E. Piatti', 'R. A. Vázquez'],
        'Astronomy & Astrophysics',
      ],
      [
        'New age-metallicity diagnostic diagram for the Washington photometric system',
        ['A. E. Piatti', 'G.I. Perren'],
        'Monthly Notices of the Royal Astronomical Society',
      ],
    ]);
  });
});
