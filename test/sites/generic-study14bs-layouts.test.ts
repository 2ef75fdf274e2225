import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of older dev pages that lost the most papers (study14bs). */
function read(html: string, url = 'https://owner.example.io/research/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

// A Jekyll (Minimal Mistakes) page: the theme wraps the page's content in one schema.org CreativeWork named for the page.
const wrapped = (headline: string, content: string) =>
  `<html><head><title>${headline} - Owner</title></head><body>` +
  `<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">` +
  `<meta itemprop="headline" content="${headline}">` +
  `<header><h1 id="page-title" class="page__title p-name" itemprop="headline">${headline}</h1></header>` +
  `<section class="page__content e-content" itemprop="text">${content}</section></article></body></html>`;

const summary = (names: string, href: string, title: string, venue: string) =>
  `<li class="article"><details><summary><strong>Palandri, C.</strong>, ${names} (2025). ` +
  `<a href="${href}" target="_blank">“${title}.”</a> <em>${venue}</em> 11, 41268.</summary>` +
  `<p>Understanding the impacts of climate change on food systems is a key research priority.</p></details></li>`;

describe("a theme's page-wide CreativeWork around two references (palandri)", () => {
  const html = wrapped(
    'Research',
    `<h2 id="publications">Publications</h2><ul class="dropdown-list">` +
      summary(
        'P. Concha Larrauri, A. Gelman, M.J. Puma, and U. Lall',
        'https://www.nature.com/articles/s41598-025-25332-6',
        'A Multilevel Bayesian Approach to Climate-Fueled Migration and Conflict',
        'Scientific Reports',
      ) +
      summary(
        'E.G. Frank, A. Kimhi, Y. Lavon, E. Ezra, and R. Fishman',
        'https://doi.org/10.1126/sciadv.adw4780',
        'High-Frequency Data Reveal Limits of Adaptation to Heat in Animal Agriculture',
        'Science Advances',
      ) +
      `</ul><h2>Working papers</h2><ul class="dropdown-list"><li class="article"><details>` +
      `<summary>Water Contamination from Industrial Livestock Production</summary><p>Over the past century.</p></details></li></ul>`,
  );

  it('reads the two references, not the page as one paper named "Research"', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'A Multilevel Bayesian Approach to Climate-Fueled Migration and Conflict',
      'High-Frequency Data Reveal Limits of Adaptation to Heat in Animal Agriculture',
    ]);
    expect(entries[0]!.authors).toEqual(['C. Palandri', 'P. Concha Larrauri', 'A. Gelman', 'M.J. Puma', 'U. Lall']);
    expect(entries[1]!.venue).toBe('Science Advances');
  });

  it('still reads a post about one paper as that paper', () => {
    const post = wrapped(
      'Heat stress in dairy farms',
      `<p>Our new paper is out in <a href="https://doi.org/10.1126/sciadv.adw4780">Science Advances</a>: milk yields fall in humid heat.</p>`,
    );
    expect(read(post).map((e) => e.title)).toEqual(['Heat stress in dairy farms']);
  });
});

// A Pelican page of topic sections, one <p> per work: "Names (Year).<br><strong>Title</strong>.<br>Venue.<br>DOI: …".
const work = (names: string, title: string, venue: string, doi: string) =>
  `<p>${names}<br/>\n<strong>${title}</strong>.<br/>\n${venue}<br/>\nDOI: ${doi}<br/>\n` +
  `<a href="https://doi.org/${doi}">Journal</a> <a href="https://github.com/owner/code">Code</a></p>\n`;

const topics = (softwareHeading: string) =>
  `<html><head><title>Publications</title></head><body><main><h1>Publications</h1>\n<h2>Robot Skill Learning</h2>\n` +
  work(
    'Fabisch, A., Metzen, J. H., Krell, M. M., Kirchner, F. (2015).',
    'Accounting for Task-Difficulty in Active Multi-Task Robot Control Learning',
    'Künstliche Intelligenz, 29, 369-377.',
    '10.1007/s13218-015-0363-2',
  ) +
  work(
    'Metzen, J. H., Fabisch, A., Senger, L., de Gea Fernández, J., Kirchner, E. A. (2014).',
    'Towards Learning of Generic Skills for Robotic Manipulation',
    'Künstliche Intelligenz, 28, 15-20.',
    '10.1007/s13218-013-0280-1',
  ) +
  work(
    'Fabisch, A., Metzen, J. H. (2014).',
    'Active Contextual Policy Search',
    'Journal of Machine Learning Research, 15, 3371-3399.',
    '10.5555/2627435.2750354',
  ) +
  `<h2>${softwareHeading}</h2>\n` +
  work('Fabisch, A. (2021).', 'gmr: Gaussian Mixture Regression', 'Journal of Open Source Software, 6 (62), 3054.', '10.21105/joss.03054') +
  work(
    'Fabisch, A. (2019).',
    'pytransform3d: 3D Transformations for Python',
    'Journal of Open Source Software, 4 (33), 1159.',
    '10.21105/joss.01159',
  ) +
  `</main></body></html>`;

describe('a topic heading that names software over references that open with names and year (fabisch)', () => {
  it("reads the topic's papers", () => {
    expect(read(topics('Software Development')).map((e) => e.title)).toEqual([
      'Accounting for Task-Difficulty in Active Multi-Task Robot Control Learning',
      'Towards Learning of Generic Skills for Robotic Manipulation',
      'Active Contextual Policy Search',
      'gmr: Gaussian Mixture Regression',
      'pytransform3d: 3D Transformations for Python',
    ]);
  });

  it('still leaves out a section of talks laid out the same way', () => {
    expect(read(topics('Invited Talks')).map((e) => e.title)).toEqual([
      'Accounting for Task-Difficulty in Active Multi-Task Robot Control Learning',
      'Towards Learning of Generic Skills for Robotic Manipulation',
      'Active Contextual Policy Search',
    ]);
  });
});
