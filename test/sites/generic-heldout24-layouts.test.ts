import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout24 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><h1>Publications</h1>${body}</body></html>`;

describe('generic: a <ul> of years, each <li> a year line over a nested <ul> of entries (saintjean)', () => {
  const year = (y: string, items: string[]) =>
    `<li>\n<p><strong>${y}</strong></p>\n<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>\n</li>`;
  const list = `<ul>
${year('2019', [
  'Clément Bernard, Valérie Garcin, Jordan Michelet, Christophe Saint-Jean. Deep learning for PDEs. Oral communication in International Meeting on Applied Mathematics &amp; Evolution (IMAME), April 16-18, La Rochelle, 2019.',
])}
${year('2017', [
  'Christophe Saint-Jean and Frank Nielsen. Batch and Online Mixture Learning: A Review with Extensions. In : Nielsen F., Critchley F., Dodson C. (eds) Computational Information Geometry. Springer, Cham, p. 267-299, 2017.',
  'Christophe Saint-Jean and Frank Nielsen. Online k-MLE for Mixture Modeling with Exponential Families. Geometric Science of Information, Paris, 2017.',
])}
${year('Before 2005', [
  'Christophe Saint-Jean, Carl Frélicot and Bertrand Vachon. Clustering with EM: complex models vs. robust estimation. Advances in Pattern Recognition, 2000.',
])}
</ul>`;

  it('each paper once: the year <li>s that hold the entries are no entries themselves', () => {
    expect(read(page(list), 'https://christophesaintjean.github.io/pages/publications.html').map((e) => [e.title, e.year])).toEqual([
      ['Deep learning for PDEs', 2019],
      ['Batch and Online Mixture Learning: A Review with Extensions', 2017],
      ['Online k-MLE for Mixture Modeling with Exponential Families', 2017],
      ['Clustering with EM: complex models vs. robust estimation', 2000],
    ]);
  });

  it('the same with a heading word over each nested list ("Journal articles") instead of a year', () => {
    const sections = `<ul>
${year('Journal articles', [
  'Mara Lindqvist and Tomas Berg. Sediment transport in braided rivers. Water Resources Research, 51(3): 1-20, 2015.',
  'Mara Lindqvist, Tomas Berg and Ana Ruiz. Ice jams and spring floods. Journal of Hydrology, 12: 4-9, 2013.',
])}
${year('Conference papers', [
  'Tomas Berg and Mara Lindqvist. Measuring bedload with hydrophones. River Flow 2014, Lausanne, 2014.',
  'Ana Ruiz and Mara Lindqvist. Gravel bars seen from drones. EGU General Assembly, Vienna, 2012.',
])}
</ul>`;
    expect(read(page(sections), 'https://example.org/pubs.html').map((e) => e.title)).toEqual([
      'Sediment transport in braided rivers',
      'Ice jams and spring floods',
      'Measuring bedload with hydrophones',
      'Gravel bars seen from drones',
    ]);
  });

  it('an entry that holds a nested list of its own links stays one entry', () => {
    const entry = (names: string, title: string, venue: string) =>
      `<li>${names}. ${title}. ${venue}.<ul><li><a href="https://example.org/a.pdf">pdf</a></li><li><a href="https://example.org/c">code</a></li></ul></li>`;
    const html = `<ul>
${entry('Mara Lindqvist and Tomas Berg', 'Sediment transport in braided rivers', 'Water Resources Research, 51(3): 1-20, 2015')}
${entry('Mara Lindqvist, Tomas Berg and Ana Ruiz', 'Ice jams and spring floods', 'Journal of Hydrology, 12: 4-9, 2013')}
${entry('Tomas Berg and Mara Lindqvist', 'Measuring bedload with hydrophones', 'River Flow 2014, Lausanne, 2014')}
</ul>`;
    expect(read(page(html), 'https://example.org/pubs.html').map((e) => e.title)).toEqual([
      'Sediment transport in braided rivers',
      'Ice jams and spring floods',
      'Measuring bedload with hydrophones',
    ]);
  });
});
