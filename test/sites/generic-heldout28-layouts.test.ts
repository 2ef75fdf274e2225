import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout28 pages. Snippets from the real pages, cut down, plus variants
 * that are on no page; expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body>${body}</body></html>`;

describe('generic: positioned paragraphs that blank paragraphs set apart, year lines among them (an Adobe Muse export; arise)', () => {
  const p = (text: string) => `<p class="WHITE">${text}</p>`;
  const blank = '<p>&nbsp;</p>';

  it('each run of paragraphs is one entry, dated by the year line before it', () => {
    const entries = read(
      page(
        `<div class="clearfix grpelem"><h2>PUBLICATION</h2>${[
          '<p>2019</p>',
          p('<a href="https://arxiv.org/abs/1807.05620">NEUZZ: Efficient Fuzzing with Neural Program Smoothing</a>.'),
          '<p>by Dongdong She, Kexin Pei, Dave Epstein, Junfeng Yang, Baishakhi Ray, Suman Jana.</p>',
          '<p class="blue">[ <a href="https://www.ieee-security.org/">S&amp;P (Oakland) 2019</a> ]</p>',
          blank,
          blank,
          '<p>2018</p>',
          p(
            '<a href="http://rayb.info/uploads/icse18.pdf">DeepTest: Automated Testing of Deep-Neural-Network-driven Autonomous Cars</a>, Yuchi Tian, Kexin Pei, Suman Jana, Baishakhi Ray, 10 pages. In 40th International Conference on Software Engineering (ICSE’18), acceptance rate: 20.9%.',
          ),
          blank,
          p(
            '<a href="http://rayb.info/uploads/acl18.pdf">Building Language Models for Text with Named Entities</a>, Md Rizwan Parvez, Saikat Chakraborty, Baishakhi Ray, Kai-Wei Chang, 10 pages. In 56th Annual Meeting of the Association for Computational Linguistics (ACL’18), acceptance rate: 24%.',
          ),
          blank,
          blank,
          '<p>2016</p>',
          p(
            '<a href="http://rayb.info/uploads/ase2016-apex.pdf">APEx: Automated Inference of Error Specifications for C APIs</a>, 10 pages, acceptance rate: 19.1% (to appear)',
          ),
          '<p>by Yuan Jochen Kang, Baishakhi Ray, Suman Jana.</p>',
          '<p class="blue">[ <a href="http://www.ase2016.org/">ASE 2016</a>]</p>',
          blank,
        ].join('')}</div>`,
      ),
      'https://arise.github.io/publication.html',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'NEUZZ: Efficient Fuzzing with Neural Program Smoothing',
        ['Dongdong She', 'Kexin Pei', 'Dave Epstein', 'Junfeng Yang', 'Baishakhi Ray', 'Suman Jana'],
        2019,
      ],
      [
        'DeepTest: Automated Testing of Deep-Neural-Network-driven Autonomous Cars',
        ['Yuchi Tian', 'Kexin Pei', 'Suman Jana', 'Baishakhi Ray'],
        2018,
      ],
      [
        'Building Language Models for Text with Named Entities',
        ['Md Rizwan Parvez', 'Saikat Chakraborty', 'Baishakhi Ray', 'Kai-Wei Chang'],
        2018,
      ],
      ['APEx: Automated Inference of Error Specifications for C APIs', ['Yuan Jochen Kang', 'Baishakhi Ray', 'Suman Jana'], 2016],
    ]);
  });

  it('a variant: <div> lines, every entry a title line, a "by" line and a venue line', () => {
    const entry = (title: string, names: string, venue: string) =>
      `<div><a href="/p/${title.length}.pdf">${title}</a></div><div>by ${names}.</div><div>[ ${venue} ]</div><div>&nbsp;</div>`;
    const entries = read(
      page(
        `<div class="body"><h1>Papers</h1>${[
          entry('Sparse Coding for Fast Image Retrieval', 'Rui Lima, Ana Costa, Marta Sousa', 'ECIR 2021'),
          entry('Learning Graph Grammars from Hand-Drawn Sketches', 'Ana Costa, Joana Reis', 'ICDAR 2020'),
          entry('A Benchmark for Sketch-Based Diagram Retrieval', 'Joana Reis, Rui Lima', 'SIGIR 2019'),
        ].join('')}</div>`,
      ),
      'https://example.org/papers.html',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Sparse Coding for Fast Image Retrieval', ['Rui Lima', 'Ana Costa', 'Marta Sousa'], 2021],
      ['Learning Graph Grammars from Hand-Drawn Sketches', ['Ana Costa', 'Joana Reis'], 2020],
      ['A Benchmark for Sketch-Based Diagram Retrieval', ['Joana Reis', 'Rui Lima'], 2019],
    ]);
  });
});

describe('generic: Bootstrap tabs whose hidden panes repeat the first pane’s papers (ilab)', () => {
  const entry = (names: string, title: string, venue: string) => `<p>${names}. <strong>${title}. </strong><em>${venue}</em></p>`;
  const first = [
    entry(
      'Defang Zhao, Dandan Zhu, Jianwei Lu*, Ye Luo*, Guokai Zhang',
      'Synthetic Medical Images Using F&amp;BGAN for Improved Lung Nodules Classification by Multi-Scale VGG16',
      'Symmetry, Vol. 10(10), pp. 519:1-16, 2018. (SCI)',
    ),
    entry(
      'Ke Chen, Dandan Zhu, Jianwei Lu*, Ye Luo*',
      'An Adversarial and Densely Dilated Network for Connectomes Segmentation',
      'Symmetry, Vol. 10(10), pp. 467:1-18, 2018. (SCI)',
    ),
    entry(
      'Guokai Zhang, Ye Luo, Dandan Zhu, YiXuan Xu, YunXin Sun, Jianwei Lu*',
      'Spatial Pyramid Dilated Network for Pulmonary Nodule Malignancy Classification',
      'International Conference on Pattern Recognition (ICPR), 2018. (EI, CCF-C)',
    ),
  ];
  const tabs = (panes: string[][]) =>
    page(
      `<ul class="nav nav-tabs"><li class="active"><a href="#one" data-toggle="tab">All</a></li><li><a href="#two" data-toggle="tab">Journals</a></li><li><a href="#three" data-toggle="tab">Conferences</a></li></ul><div class="tab-content">${panes
        .map(
          (ps, i) =>
            `<div class="tab-pane${i === 0 ? ' active' : ''}" id="p${i}"><div class="col-lg-12"><h4>2018</h4>${ps.join('')}</div></div>`,
        )
        .join('')}</div>`,
    );

  it('each paper once; the venue without its volume, pages and index notes', () => {
    const entries = read(tabs([first, first.slice(0, 2), first.slice(2)]), 'https://ilab.github.io/papers.html');
    expect(entries.map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      ['Synthetic Medical Images Using F&BGAN for Improved Lung Nodules Classification by Multi-Scale VGG16', 5, 2018, 'Symmetry'],
      ['An Adversarial and Densely Dilated Network for Connectomes Segmentation', 4, 2018, 'Symmetry'],
      [
        'Spatial Pyramid Dilated Network for Pulmonary Nodule Malignancy Classification',
        6,
        2018,
        'International Conference on Pattern Recognition (ICPR)',
      ],
    ]);
  });

  it('a variant: a paper only a hidden pane shows is kept; one listed twice in the same pane stays twice', () => {
    const extra = entry(
      'Rui Lima, Ana Costa',
      'Sparse Coding for Fast Image Retrieval',
      'Journal of Vision, Vol. 14, pp. 1-32, 2018. (SCI, IF: 2.164)',
    );
    const entries = read(
      tabs([
        [...first, first[0]!],
        [...first.slice(0, 2), extra],
      ]),
      'https://example.org/papers.html',
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Synthetic Medical Images Using F&BGAN for Improved Lung Nodules Classification by Multi-Scale VGG16',
      'An Adversarial and Densely Dilated Network for Connectomes Segmentation',
      'Spatial Pyramid Dilated Network for Pulmonary Nodule Malignancy Classification',
      'Synthetic Medical Images Using F&BGAN for Improved Lung Nodules Classification by Multi-Scale VGG16',
      'Sparse Coding for Fast Image Retrieval',
    ]);
    expect(entries[4]!.venue).toBe('Journal of Vision');
  });
});

describe('generic: cards of a title link and "Family et al. VENUE Year." (gtstar)', () => {
  const card = (title: string, note: string) =>
    `<div class="col-lg-4 paperbox"><div class="media"><div class="media-body"><div class="smallhead mb-1"><a href="/papers/${title.length}/" class="off">${title}</a></div><p style="font-weight: bold;" class="note">${note}</p></div><a href="/papers/x/"><img src="/images/x.png"></a></div><div class="bigspacer"></div></div>`;

  it('the card’s note gives the first author, the venue and the year', () => {
    const entries = read(
      page(
        `<div class="container"><div class="row"><div class="col-md-12"><h1>2021</h1><hr></div></div><div class="row">${[
          card('GRSTAPS &#58; Graphically Recursive Simultaneous Task Allocation, Planning, and Scheduling', 'Messing et al. IJRR 2021.'),
          card('Desperate Times Call for Desperate Measures - Towards Risk-Adaptive Coalition Formation', 'Rudolph et al. IROS 2021.'),
          card('An Interleaved Approach to Trait-Based Task Allocation and Scheduling', 'Neville et al. IROS 2021.'),
          card('Approximated Dynamic Trait Models for Heterogeneous Multi-Robot Teams', 'Neville et al. IROS 2020.'),
        ].join('')}</div></div>`,
      ),
      'https://gtstar.github.io/papers/',
    );
    expect(entries.map((e) => [e.title, e.authors, e.authorsTruncated, e.year, e.venue])).toEqual([
      ['GRSTAPS : Graphically Recursive Simultaneous Task Allocation, Planning, and Scheduling', ['Messing'], true, 2021, 'IJRR'],
      ['Desperate Times Call for Desperate Measures - Towards Risk-Adaptive Coalition Formation', ['Rudolph'], true, 2021, 'IROS'],
      ['An Interleaved Approach to Trait-Based Task Allocation and Scheduling', ['Neville'], true, 2021, 'IROS'],
      ['Approximated Dynamic Trait Models for Heterogeneous Multi-Robot Teams', ['Neville'], true, 2020, 'IROS'],
    ]);
  });
});
