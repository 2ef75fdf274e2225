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

// Hand-written 1990s HTML: "<P><A><I>Title</A></I> with A and B, Journal, <B>54</B>, pages (Year)", the owner never named.
const onlinePapers =
  `<HTML><HEAD><TITLE>On-line papers</TITLE></HEAD><BODY><H2>Published papers</H2>\n` +
  `<P><A HREF="16NucFut/index.htm"><I><FONT SIZE=4> \nFusion energy: Can smaller be better \n</A></I> with Alan Sykes and Melanie Windridge, Nuclear Future, <B>12</B>, ISSN 1745 2058 (2016)\n\n` +
  `<P><A HREF="14heatdeposition/index.htm"><I><FONT SIZE=4>Heat deposition into the superconducting central \ncolumn of a spherical tokamak fusion plant</A></I> with J G Morgan and P F Buxton, Nucl. Fusion <B>55</B> 023014  (2015)\n\n` +
  `<P><A HREF="12minesvclutter/index.htm"><I><FONT SIZE=4>Buried object classification using holographic radar  \n</A></I> with Lorenzo Capineri and Tim Bechtel, Insight, Vol <B>54</B>, 331-337 (2012)\n\n` +
  `<P><A HREF="09singledisplay/09singledisplay.htm"><I><FONT SIZE=4>\nA single display for RASCAN 5-frequency 2-polarisation holographic radar scans\n</A></I> with A Bulletti, L Capineri, P Falorni, S Valentini, G Borgioli, M Inagaki, T Bechtel, \nF Bechtel, E Bechtel, A Zhuravlev and S Ivashov (2009)\n\n` +
  `<P><A HREF="charpy/index.htm"><I><FONT SIZE=4>Prediction of the Charpy transition temperature in \nhighly irradiated ferritic steels</A></I> with Geoff Cottrell and Richard Kemp,\n<A HREF="http://iopscience.iop.org/article/10.1088/0965-0393/16/7/075008/meta">\n Modelling Simul. Mater. Sci. Eng. <B>16</B>, 075008, 2008(2008)</A>\n\n` +
  `<P><A HREF="3dmines/3dmines.htm"><I><FONT SIZE=4>Buried mine classification from three-dimensional \nradar data</A></I> with Lorenzo Capineri and Francesco di Zinno (2002)\n\n` +
  `</BODY></HTML>`;

describe('coauthors that a "with" introduces, then the journal after a comma (windsor)', () => {
  const entries = read(onlinePapers, 'https://owner.example.uk/papers.htm');
  const authorsOf = (start: string) => entries.find((e) => e.title.startsWith(start))?.authors;

  it('ends the names with the one that "and" joins', () => {
    expect(authorsOf('Buried object classification')).toEqual(['Lorenzo Capineri', 'Tim Bechtel']);
    expect(authorsOf('Prediction of the Charpy')).toEqual(['Geoff Cottrell', 'Richard Kemp']);
  });

  it('still reads a list of names that "and" closes as a whole', () => {
    expect(authorsOf('A single display')).toEqual([
      'A Bulletti',
      'L Capineri',
      'P Falorni',
      'S Valentini',
      'G Borgioli',
      'M Inagaki',
      'T Bechtel',
      'F Bechtel',
      'E Bechtel',
      'A Zhuravlev',
      'S Ivashov',
    ]);
    expect(authorsOf('Fusion energy')).toEqual(['Alan Sykes', 'Melanie Windridge']);
  });
});
