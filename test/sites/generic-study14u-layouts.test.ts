import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan, type Candidate } from '../../lib/model';
import { preferredSelectionReading } from '../../lib/sites/selected-list';

/**
 * The generic reader on layouts of the former heldout46 and heldout47 pages (study14u): a Bootstrap accordion whose
 * cards show "N. Title (2024)" and the names in the header, the abstract and the DOI link in the collapsed body
 * (gofflab, steinobrienlab); cards of "Journal · Year" badge, title, names and citation lines (bozhanglab).
 */
function read(html: string, url = 'https://lab.example.org/preprints.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Preprints</title></head><body><main>${body}</main></body></html>`;

describe('a Bootstrap accordion: the header shows the entry, the collapsed body its abstract and DOI', () => {
  const card = (n: number, title: string, names: string, doi: string) =>
    `<div class="card text-left"><div class="card-header" id="heading${n}"><a class="btn" data-toggle="collapse" data-target="#collapse${n}">` +
    `<span class="pull-left"><p class="font-weight-bold">${n}. ${title}</p><p class="note"><span class="font-italic">${names}</span>, bioRxiv</p></span></a></div>` +
    `<div id="collapse${n}" class="collapse" data-parent="#acc"><div class="card-body"><p>We present a method that reads the data. It is accurate, fast and general; we show it on many samples and find that it agrees with the known biology.</p>` +
    `<a target="_blank" href="http://dx.doi.org/${doi}">${doi}</a></div></div></div>`;
  const html = page(
    `<h2>Preprints</h2><div class="accordion alt" id="acc">` +
      card(
        1,
        'Multi-sample non-negative spatial factorization (2024)',
        "Wang, Y., Woyshner, K., Stein-O'Brien, G., <u>Goff LA</u>, Hansen, K. D.",
        '10.1101/2024.07.01.599554',
      ) +
      card(
        2,
        'Foveolar cone subtype patterning in human retinal organoids (2023)',
        'Hussey, K., Eldred, K., Reh, T. A., Johnston, R. J.',
        '10.1101/2023.01.28.526051',
      ) +
      card(
        3,
        'Universal prediction of cell cycle position using transfer learning (2021)',
        'Zheng, S. C., Augustin, J. J., <u>Goff LA</u>, Hansen, K. D.',
        '10.1101/2021.04.06.438463',
      ) +
      `</div>`,
  );

  it('reads title, names and year from the header, the DOI from the body, and no abstract into the venue', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors, e.year, e.ids.doi])).toEqual([
      [
        'Multi-sample non-negative spatial factorization',
        ['Y. Wang', 'K. Woyshner', "G. Stein-O'Brien", 'LA Goff', 'K. D. Hansen'],
        2024,
        '10.1101/2024.07.01.599554',
      ],
      [
        'Foveolar cone subtype patterning in human retinal organoids',
        ['K. Hussey', 'K. Eldred', 'T. A. Reh', 'R. J. Johnston'],
        2023,
        '10.1101/2023.01.28.526051',
      ],
      [
        'Universal prediction of cell cycle position using transfer learning',
        ['S. C. Zheng', 'J. J. Augustin', 'LA Goff', 'K. D. Hansen'],
        2021,
        '10.1101/2021.04.06.438463',
      ],
    ]);
    for (const e of entries) expect(e.venue ?? '').not.toMatch(/We present/);
  });
});

describe('cards of a "Journal · Year" badge, title, names and citation (a Chinese lab page)', () => {
  const item = (journal: string, year: number, title: string, names: string, cite: string) =>
    `<div class="pub-item"><div class="pub-journal"><em>${journal}</em> · ${year}</div><div class="pub-title">${title}</div>` +
    `<div class="pub-authors">${names}</div><div class="pub-ref"><em>${journal}</em>, ${year}, ${cite}.</div>` +
    `<a class="pub-link" href="https://example.org/${year}/${title.length}" target="_blank">全文链接</a></div>`;
  const html = page(
    `<h1>论文与专利</h1><div class="year-section"><div class="year-header">2020</div><div class="pub-list">` +
      item(
        'Bioinformatics',
        2020,
        'G3viz: an R package to interactively visualize genetic mutation data using a lollipop-diagram',
        'Xin Guo, <strong>Bo Zhang</strong>, Wenqi Zeng, Dongliang Ge*',
        '36(3), 928',
      ) +
      item(
        'Nature Medicine',
        2017,
        'Diagnosis of Zika virus infection on a nanotechnology platform',
        '<strong>Bo Zhang*</strong>（第一作者及通讯作者）, Benjamin A. Pinsky, Hongjie Dai*',
        '23, 548',
      ) +
      item(
        'Nature Materials',
        2016,
        'Nickel-coated silicon photocathode for water splitting in alkaline electrolytes',
        'Ju Feng, Ming Gong, <strong>Bo Zhang</strong>, Hongjie Dai*',
        '15, 235',
      ) +
      item(
        'Nature Medicine',
        2014,
        'High performance, multiplexed lung cancer biomarker detection on a plasmonic gold chip',
        'Bo Zhang, Rajiv B. Kumar, Hongjie Dai*',
        '20, 948',
      ) +
      `</div></div>`,
  );

  it('reads each card once, its venue the journal without the badge’s year, no citation line as an entry', () => {
    expect(read(html).map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      ['G3viz: an R package to interactively visualize genetic mutation data using a lollipop-diagram', 4, 2020, 'Bioinformatics'],
      ['Diagnosis of Zika virus infection on a nanotechnology platform', 3, 2017, 'Nature Medicine'],
      ['Nickel-coated silicon photocathode for water splitting in alkaline electrolytes', 4, 2016, 'Nature Materials'],
      ['High performance, multiplexed lung cancer biomarker detection on a plasmonic gold chip', 3, 2014, 'Nature Medicine'],
    ]);
  });
});

describe('a selection of such cards: the text reading’s citation lines are no entries of the list', () => {
  const entry = (title: string) => ({ title, authors: [], authorsTruncated: false, ids: {} }) as unknown as Candidate;
  const papers = ['Diagnosis of Zika virus infection', 'A small-molecule dye for NIR-II imaging', 'Graphene nanoribbons under strain'].map(
    entry,
  );
  const text = [
    ...papers,
    entry('Nature Medicine, 2017, 23, 548'),
    entry('NATURE MATERIALS · 2016'),
    entry('Nano Research, 2012, 5(10), 718'),
  ];

  it('keeps the elements’ reading when the text’s is longer only by citation and badge lines', () => {
    expect(preferredSelectionReading(papers, text)).toBe(papers);
  });

  it('still takes the text’s reading when it holds more papers', () => {
    const more = [...text, entry('Fluorescence imaging in vivo at wavelengths beyond 1500 nm')];
    expect(preferredSelectionReading(papers.slice(0, 3), [...more, entry('Another paper on carbon nanotubes')])).not.toBe(papers);
  });
});
