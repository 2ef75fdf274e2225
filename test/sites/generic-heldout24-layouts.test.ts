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

describe('generic: family names alone before a bold title, year headings, preprints dated by nothing but their arXiv link (nagler)', () => {
  const entry = (names: string, title: string, rest: string) => `<p>${names}. <strong>${title}.</strong> ${rest}</p>`;
  const html = page(`<section class="level3"><h3>Preprints</h3>
${entry('Nagler, Brock, and Palm', 'Online bootstrap inference for the trend of nonstationary time series', '<a href="https://arxiv.org/abs/2602.23911">[pdf]</a>')}
${entry('Brock and Nagler', 'Fast rates for nonstationary weighted risk minimization', '<a href="https://arxiv.org/abs/2602.05742">[pdf]</a>')}
</section>
<section class="level3"><h3>2025</h3>
${entry('Nagler', 'Simplified vine copula models: state of science and affairs', '<em>Risk Sciences 1, 100022</em> <a href="https://doi.org/10.1016/j.risk.2025.100022">[doi]</a> <a href="https://arxiv.org/abs/2410.16806">[pdf]</a>')}
${entry('Schulz-Kümpel, Fischer, Hornung, Boulesteix, Nagler, and Bischl', 'Constructing confidence intervals for the generalization error', '<em>Data-centric Machine Learning Research (DMLR)</em> <a href="https://arxiv.org/abs/2409.18836">[pdf]</a>')}
</section>
<section class="level3"><h3>2024</h3>
${entry('Rundel, Kobialka, von Crailsheim, Feurer, Nagler, and Rügamer', 'Interpretable machine learning for TabPFN', '<em>The 2nd World Conference on eXplainable Artificial Intelligence (XAI)</em>')}
${entry('Herbinger, Wright, Nagler, Bischl, and Casalicchio', 'Decomposing global feature effects based on feature interactions', '<em>Journal of Machine Learning Research, 25(381):1-65</em>')}
</section>`);

  it('each paper read with its family names, the heading’s year, the venue without its volume and pages', () => {
    expect(
      read(html, 'https://tnagler.github.io/publications.html').map((e) => [e.title, e.authors, e.year, e.venue, e.ids.arxiv]),
    ).toEqual([
      [
        'Online bootstrap inference for the trend of nonstationary time series',
        ['Nagler', 'Brock', 'Palm'],
        undefined,
        undefined,
        '2602.23911',
      ],
      ['Fast rates for nonstationary weighted risk minimization', ['Brock', 'Nagler'], undefined, undefined, '2602.05742'],
      ['Simplified vine copula models: state of science and affairs', ['Nagler'], 2025, 'Risk Sciences', '2410.16806'],
      [
        'Constructing confidence intervals for the generalization error',
        ['Schulz-Kümpel', 'Fischer', 'Hornung', 'Boulesteix', 'Nagler', 'Bischl'],
        2025,
        'Data-centric Machine Learning Research (DMLR)',
        '2409.18836',
      ],
      [
        'Interpretable machine learning for TabPFN',
        ['Rundel', 'Kobialka', 'von Crailsheim', 'Feurer', 'Nagler', 'Rügamer'],
        2024,
        'The 2nd World Conference on eXplainable Artificial Intelligence (XAI)',
        undefined,
      ],
      [
        'Decomposing global feature effects based on feature interactions',
        ['Herbinger', 'Wright', 'Nagler', 'Bischl', 'Casalicchio'],
        2024,
        'Journal of Machine Learning Research',
        undefined,
      ],
    ]);
  });

  it('a list of italic titles after family names: "Okafor and Lamb. <i>Title</i>. Journal 12: 1-9, 2019."', () => {
    const p = (names: string, title: string, venue: string) => `<li>${names}. <i>${title}</i>. ${venue}.</li>`;
    const list = page(`<ul>
${p('Okafor and Lamb', 'Market songs of Onitsha', 'African Arts 12: 1-9, 2019')}
${p('Lamb, Okafor, and de Vries', 'Drums and dialect in the Niger delta', 'Journal of African Music 4: 22-40, 2017')}
${p('Okafor', 'A grammar of praise names', 'Research in African Literatures 30: 5-18, 2015')}
${p('de Vries and Okafor', 'Recording festivals on the Niger', 'Ethnomusicology Forum 8: 101-119, 2013')}
</ul>`);
    expect(read(list, 'https://example.org/pubs.html').map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Market songs of Onitsha', ['Okafor', 'Lamb'], 2019],
      ['Drums and dialect in the Niger delta', ['Lamb', 'Okafor', 'de Vries'], 2017],
      ['A grammar of praise names', ['Okafor'], 2015],
      ['Recording festivals on the Niger', ['de Vries', 'Okafor'], 2013],
    ]);
  });
});

describe('generic: one-line conference items "<span class=ptitle>Title</span> · names · <span class=venue>EURO 2025</span>, Leeds, UK" (spslab)', () => {
  const item = (title: string, names: string, venue: string, place: string) =>
    `<li><div class="pub_conf"><span class="ptitle">${title}</span> · ${names} · <span class="venue">${venue}</span>, ${place}</div></li>`;
  const html = page(`<h2>Conferences</h2><ol class="pubs">
${item('An Optimization Model and Approximate Dynamic Programming Algorithms for a Wafer-Lot Scheduling Problem', 'S. Hong, <span class="me">Y. Lee</span>, K. Lee', 'EURO 2025', 'Leeds, UK, Jun. 2025')}
${item('Valid Inequalities and Extended Formulations for Single-period Relaxation of Lot-sizing', '<span class="me">Y. Lee</span>, K. Lee', 'EURO 2022', 'Espoo, Finland, Jul. 2022')}
${item('State-of-Health를 고려한 전기차 배터리 교환 스테이션 운영 최적화', '<span class="me">손성은</span>, <span class="me">조정운</span>, <span class="me">이연수</span>', '대한산업공학회 춘계학술대회 (KIIE 2025)', 'Jeju, Jun. 2025')}
${item('Routing Electric Buses with Partial Recharging', 'M. Park, J. Kim', 'IFORS 2021', 'Seoul (virtual), Aug. 2021')}
</ol>`);

  it('the venue is what the "venue" class marks, without the place after it; Hangul names are authors', () => {
    expect(read(html, 'https://spslab-ssu.github.io/pubs/').map((e) => [e.authors, e.year, e.venue])).toEqual([
      [['S. Hong', 'Y. Lee', 'K. Lee'], 2025, 'EURO 2025'],
      [['Y. Lee', 'K. Lee'], 2022, 'EURO 2022'],
      [['손성은', '조정운', '이연수'], 2025, '대한산업공학회 춘계학술대회 (KIIE 2025)'],
      [['M. Park', 'J. Kim'], 2021, 'IFORS 2021'],
    ]);
  });
});

describe('generic: year <h3>s with an empty <h4> before each entry (romy)', () => {
  const entry = (text: string) => `<h4></h4>\n<p>${text}</p>`;
  const html = page(`<div class="container"><h3>2020</h3>
${entry('Bernauer, F., Wassermann, J., Igel, H. <strong>Dynamic tilt correction using direct rotational motion measurements</strong>, SRL, doi: 10.1785/0220200132')}
${entry('Keil, S., Wassermann, J., Igel, H. <strong>Single-station Seismic Microzonation using 6C Measurements</strong>, J. Seismology, doi: 10.1007/s10950-020-09944-1')}
<h3>2019</h3>
${entry('Singh, S., Capdeville, Y., Igel, H. <strong>Correcting wavefield gradients for the effects of local small-scale heterogeneities</strong>, Geophys. J. Int., doi: 10.1093/gji/ggz479')}
${entry('Yuan, S., Simonelli, A., Igel, H. <strong>Rotational ground motions from ocean-generated noise</strong>, Geophys. J. Int., doi: 10.1093/gji/ggz400')}
</div>`);
  it('each entry takes the year of the <h3> above it, the empty <h4>s heading nothing', () => {
    expect(read(html, 'https://www.geophysik.uni-muenchen.de/ROMY/pages/publications.html').map((e) => [e.title, e.year])).toEqual([
      ['Dynamic tilt correction using direct rotational motion measurements', 2020],
      ['Single-station Seismic Microzonation using 6C Measurements', 2020],
      ['Correcting wavefield gradients for the effects of local small-scale heterogeneities', 2019],
      ['Rotational ground motions from ocean-generated noise', 2019],
    ]);
  });
});
