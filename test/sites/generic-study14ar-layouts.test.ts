import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of former heldout62 / heldout63 pages (study14ar), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/papers.htm') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body>${body}</body></html>`;

describe('Word "Save as Web Page" paragraphs: a names paragraph, a title paragraph, a blank <o:p>&nbsp;</o:p> one (nagappan)', () => {
  const span = (text: string) => `<span style='mso-ascii-font-family:Calibri;color:black'>${text}</span>`;
  const p = (inner: string) => `<p class=MsoNormal style='margin-bottom:0in;line-height:12.1pt'>${inner}</p>`;
  const blank = p(span('<o:p>&nbsp;</o:p>'));
  const year = (y: string) => `<p class=MsoNormal><b><span style='font-size:16.0pt;color:red'>${y}</span></b>${span('<o:p></o:p>')}</p>`;
  const paper = (names: string, rest: string) => p(span(`${names}<o:p></o:p>`)) + p(span(`${rest}<o:p></o:p>`)) + blank;
  const html = page(
    `<div class=WordSection1>${p('<b><span style="font-size:18.0pt">Publications:</span></b>')}${year('2020')}` +
      paper(
        'Foyzul Hassan, Chetan Bansal, Nachiappan Nagappan, Thomas Zimmermann, Ahmed Hassan Awadallah:',
        'An Empirical Study of Software Exceptions in the Field using Search Logs. To appear: Empirical Software Engineering and Measurement Conference (ESEM), 2020.',
      ) +
      paper(
        'Danielle Gonzalez, Thomas Zimmermann, Nachiappan Nagappan:',
        'The State of the ML-universe: 10 Years of Artificial Intelligence &amp; Machine Learning Software Development on GitHub. To appear: Mining Software Repositories (MSR) Conference, 2020. [<a href="https://www.microsoft.com/en-us/research/publication/the-state-of-the-ml-universe/">paper</a>]',
      ) +
      year('2019') +
      paper(
        'Saleema Amershi, Andrew Begel, Christian Bird, Robert DeLine, Harald C. Gall, Ece Kamar, Nachiappan Nagappan, Besmira Nushi, Thomas Zimmermann:',
        'Software engineering for machine learning: a case study. ICSE (SEIP) 2019: 291-300 [<a href="https://dl.acm.org/citation.cfm?id=3339967">paper</a>]',
      ) +
      paper(
        'Jun Wang, Nachiappan Nagappan:',
        'FastLane: test minimization for rapidly deployed large-scale online services. ICSE 2019: 408-418 [<a href="https://dl.acm.org/citation.cfm?id=3339968">paper</a>]',
      ) +
      `</div>`,
  );

  it('reads each pair of paragraphs as one paper', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'An Empirical Study of Software Exceptions in the Field using Search Logs',
      'The State of the ML-universe: 10 Years of Artificial Intelligence & Machine Learning Software Development on GitHub',
      'Software engineering for machine learning: a case study',
      'FastLane: test minimization for rapidly deployed large-scale online services',
    ]);
    expect(entries[3]!.authors).toEqual(['Jun Wang', 'Nachiappan Nagappan']);
    expect(entries[2]!.year).toBe(2019);
  });
});

describe("the owner's papers as “Title.” <em>Journal</em> vol: pages, a DOI link, no names and no years (lizardo)", () => {
  const li = (inner: string) => `<li><p>${inner}</p></li>`;
  const doi = (d: string) => `<a href="https://doi.org/${d}">doi:${d}</a>`;
  const html = page(
    `<main><h1 class="title">Publications</h1><section id="selected-articles" class="level2"><h2>Selected Articles</h2>` +
      `<section class="level3"><h3>Action Theory</h3><ul>` +
      li(
        `“Habit and the explanation of action.” <em>Journal for the Theory of Social Behaviour</em> 51: 391-411. ${doi('10.1111/jtsb.12273')}`,
      ) +
      li(
        `“Beyond world images: Belief as embodied action in the world.” <em>Sociological Theory</em> 33:44-70. ${doi('10.1177/0735275115572397')}`,
      ) +
      li(
        `“What can cognitive neuroscience do for cultural sociology?” <em>American Journal of Cultural Sociology</em> 8: 3-28. ${doi('10.1057/s41290-019-00077-8')}`,
      ) +
      `</ul></section><section class="level3"><h3>Classical Theory</h3><ul>` +
      li(
        `Max Weber’s ideal versus material interest distinction revisited.’’ <em>European Journal of Social Theory</em> 21: 3–21. ${doi('10.1177/1368431017710906')}`,
      ) +
      li(
        `“Chance, orientation, and interpretation: Max Weber’s probabilism and the future of social theory.” <em>Sociological Theory</em> ${doi('10.1177/07352751221084712')}`,
      ) +
      `</ul></section></section></main>`,
  );

  it('reads each quoted title and its journal', () => {
    const entries = read(html, 'https://olizardo.example.io/mysite/pubs.html');
    expect(entries.map((e) => [e.title, e.venue, e.ids.doi])).toEqual([
      ['Habit and the explanation of action', 'Journal for the Theory of Social Behaviour', '10.1111/jtsb.12273'],
      ['Beyond world images: Belief as embodied action in the world', 'Sociological Theory', '10.1177/0735275115572397'],
      [
        'What can cognitive neuroscience do for cultural sociology?',
        'American Journal of Cultural Sociology',
        '10.1057/s41290-019-00077-8',
      ],
      ['Max Weber’s ideal versus material interest distinction revisited', 'European Journal of Social Theory', '10.1177/1368431017710906'],
      [
        'Chance, orientation, and interpretation: Max Weber’s probabilism and the future of social theory',
        'Sociological Theory',
        '10.1177/07352751221084712',
      ],
    ]);
    expect(entries.every((e) => e.authors.length === 0 && e.year === undefined)).toBe(true);
  });
});
