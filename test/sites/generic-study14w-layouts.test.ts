import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of economists' and social scientists' pages that name only the owner's coauthors (the
 * former heldout49 pages, study14w).
 */
function read(html: string, url = 'https://owner.example.io/research.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Research</title></head><body><main>${body}</main></body></html>`;

describe('cards whose authors element opens with "with" (catherine)', () => {
  // Six cards of the page as it writes them (images and link targets left out); two name no one (the owner's alone).
  const html = page(
    `<section class="entries">` +
      `<div class="wrap">` +
      `<div class="group-head">Peer-Reviewed Publications</div>` +
      `<article class="entry side">` +
      `<div class="yr">2026</div>` +
      `<div class="body">` +
      `<h3><a href="files/CLP.pdf">A Dynamic Model of the Racial Wealth Gap</a></h3>` +
      `<p class="authors">with Ellen Lu and <a href="https://jamesparon.com">James Paron</a></p>` +
      `<p class="jrnl">Review of Financial Studies, 2026</p>` +
      `<p class="abstract">Explores how disparities in economic factors explain differences in Black and White households' balance-sheet composition, finding that such factors account for roughly half the differential between the racial wealth and income gaps.</p>` +
      `<div class="links"><a href="files/CLP.pdf">PDF</a><a href="files/CLP_Appendix.pdf">Appendix</a><a href="https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/7CVFXM">Replication package</a></div>` +
      `</div>` +
      `</article>` +
      `<article class="entry side">` +
      `<div class="yr">2026</div>` +
      `<div class="body">` +
      `<h3><a href="files/CEY.pdf">How Do Income-Driven Repayment Plans Benefit Student Debt Borrowers?</a></h3>` +
      `<p class="authors">with <a href="https://www.mehranebrahimian.com/">Mehran Ebrahimian</a> and <a href="https://faculty.chicagobooth.edu/constantine-yannelis">Constantine Yannelis</a></p>` +
      `<p class="jrnl">Journal of Financial Economics, 2026</p>` +
      `<p class="abstract">Shows that the expansion of income-driven repayment accounts for roughly half of the increase in student debt since 2010, and analyzes its consumption-smoothing and welfare effects.</p>` +
      `<div class="links"><a href="files/CEY.pdf">PDF</a><a href="https://data.mendeley.com/datasets/tcszjdjj7s/4">Replication package</a></div>` +
      `</div>` +
      `</article>` +
      `<article class="entry side">` +
      `<div class="yr">2025</div>` +
      `<div class="body">` +
      `<h3><a href="files/CMS_JF.pdf">Social Security and Trends in Wealth Inequality</a></h3>` +
      `<p class="authors">with <a href="https://www.max-miller.finance/">Max Miller</a> and <a href="https://sites.google.com/view/natashasarin/">Natasha Sarin</a></p>` +
      `<p class="jrnl">Journal of Finance, 2025</p>` +
      `<div class="badges">` +
      `<span class="badge">Dimensional Fund Advisors Prize — First Prize (Journal of Finance)</span>` +
      `<span class="badge">Best Paper in Asset Pricing, SFS Cavalcade</span>` +
      `<span class="badge">Best Paper, Red Rock Finance Conference</span>` +
      `<span class="badge">Marshall Blume Prize in Financial Research</span>` +
      `</div>` +
      `<p class="abstract">Demonstrates that top wealth shares remain relatively stable over three decades once Social Security wealth is properly included in the measurement.</p>` +
      `<div class="links"><a href="files/CMS_JF.pdf">PDF</a><a href="files/cms_internet_appendix.pdf">Appendix</a><a href="https://doi.org/10.37214/jofdata.22">Replication package</a></div>` +
      `<p class="webinar"><a href="https://www.youtube.com/watch?v=oY-cNpG5kaE">YouTube DFA Prize webinar</a><svg class="yt" width="20" height="14" viewBox="0 0 28 20" aria-hidden="true"><rect width="28" height="20" rx="5" fill="#FF0000"></rect><path d="M11 6 L11 14 L19 10 Z" fill="#fff"></path></svg></p>` +
      `</div>` +
      `</article>` +
      `<article class="entry side">` +
      `<div class="yr">2024</div>` +
      `<div class="body">` +
      `<h3><a href="files/CountercyclicalRiskSweden.pdf">Countercyclical Income Risk and Portfolio Choices: Evidence from Sweden</a></h3>` +
      `<p class="authors">with <a href="https://www.houseoffinance.se/paolo-sodini/">Paolo Sodini</a> and <a href="https://yapeizhang.com/">Yapei Zhang</a></p>` +
      `<p class="jrnl">Journal of Finance, 2024</p>` +
      `<div class="badges">` +
      `<span class="badge">Dimensional Fund Advisors Prize — Distinguished Paper (Journal of Finance)</span>` +
      `</div>` +
      `<p class="abstract">Documents how workers facing higher tail income risk during poor equity-market performance maintain lower portfolio equity shares.</p>` +
      `<p class="companion">Empirical companion paper of Catherine (RFS, 2022).</p>` +
      `<div class="links"><a href="files/CountercyclicalRiskSweden.pdf">PDF</a><a href="files/CSZ_internetappendix.pdf">Appendix</a><a href="https://doi.org/10.37214/jofdata.20">Replication code</a></div>` +
      `</div>` +
      `</article>` +
      `<article class="entry side">` +
      `<div class="yr">2022</div>` +
      `<div class="body">` +
      `<h3><a href="files/CounterCyclicalRisk.pdf">Countercyclical Labor Income Risk and Portfolio Choices over the Life Cycle</a></h3>` +
      `<p class="jrnl">Review of Financial Studies, 2022</p>` +
      `<div class="badges">` +
      `<span class="badge">Outstanding Paper — Jacobs Levy Center Research Paper Prize</span>` +
      `</div>` +
      `<p class="abstract">Shows that introducing tail income shocks during recessions—cyclical skewness—strongly reduces workers' optimal equity holdings, reconciling the predictions of standard portfolio-choice models with the data.</p>` +
      `<p class="companion">Theoretical companion paper of Catherine, Sodini and Zhang (JF, 2024).</p>` +
      `<div class="links"><a href="files/CounterCyclicalRisk.pdf">PDF</a></div>` +
      `</div>` +
      `</article>` +
      `<article class="entry">` +
      `<div class="yr">2022</div>` +
      `<div class="body">` +
      `<h3><a href="files/KeepingOptionsOpen.pdf">Keeping Options Open: What Motivates Entrepreneurs?</a></h3>` +
      `<p class="jrnl">Journal of Financial Economics, 2022</p>` +
      `<div class="badges">` +
      `<span class="badge">Editor's Choice, April 2022</span>` +
      `</div>` +
      `<p class="abstract">Uses French administrative data to value the option of returning to employment for entrepreneurs, estimating this option to be worth 6.4× the average net wage.</p>` +
      `<div class="links"><a href="files/KeepingOptionsOpen.pdf">PDF</a></div>        </div>` +
      `</article>` +
      `</div></section>`,
  );

  it('the coauthors are the names after "with", not "with Ellen Lu"', () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      ['A Dynamic Model of the Racial Wealth Gap', ['Ellen Lu', 'James Paron']],
      ['How Do Income-Driven Repayment Plans Benefit Student Debt Borrowers?', ['Mehran Ebrahimian', 'Constantine Yannelis']],
      ['Social Security and Trends in Wealth Inequality', ['Max Miller', 'Natasha Sarin']],
      ['Countercyclical Income Risk and Portfolio Choices: Evidence from Sweden', ['Paolo Sodini', 'Yapei Zhang']],
      ['Countercyclical Labor Income Risk and Portfolio Choices over the Life Cycle', []],
      ['Keeping Options Open: What Motivates Entrepreneurs?', []],
    ]);
  });
});

describe('policy-paper lists: a linked title, then "with A, B, and C, <em>Series</em>, 2024." (conteduca)', () => {
  const item = (title: string, meta: string) =>
    `<li><strong><a href="https://www.example.org/pubs/${title.length}/index.html">${title}</a></strong><br /><div class="paper-meta">${meta}</div></li>`;
  const column = (title: string, meta: string) =>
    `<li><div class="paper-title"><a href="https://cepr.org/voxeu/columns/${title.length}">${title}</a></div><div class="paper-meta">${meta}</div></li>`;
  const html = page(
    `<h2>ESCB Occasional Papers</h2><ul class="paper-list">` +
      item(
        'Trade fragmentation unveiled: five facts on the reconfiguration of global, US and EU trade',
        "with Simona Giglioli, Claire Giordano, Michele Mancini, and Ludovic Panon, <em>Banca d'Italia Occasional Papers</em>, 2024.",
      ) +
      item(
        "It's a match! Linking foreign counterparts in Italian customs data to their balance sheets",
        'with <a href="https://sites.google.com/site/crispinostat/">Marta Crispino</a>, <em>Banca d\'Italia Occasional Papers</em>, 2023.',
      ) +
      item(
        'Forecasting Italian GDP Growth with Epidemiological Data',
        "with Valentina Aprigliano, Alessandro Borin, Simone Emiliozzi, Marco Flaccadoro, Sabina Marchetti, and Stefania Villa, <em>Banca d'Italia Occasional Papers</em>, 2021.",
      ) +
      `</ul><h2>VoxEU Columns</h2><ul>` +
      column(
        'The impact of trade wars on firms in third countries',
        'with Marco Errico, Fabrizio Leone, Ludovic Panon, and Giacomo Romanini, June 2026.',
      ) +
      column('Roaring tariffs: The global impact of the 2025 US trade war', 'with Michele Mancini and Alessandro Borin, May 2025.') +
      column(
        'The impact of the war on Russian imports: A counterfactual analysis',
        'with Alessandro Borin and Michele Mancini, November 2022.',
      ) +
      `</ul>`,
  );

  it('each item is a paper with its coauthors; a month and year is a date, not a venue', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Trade fragmentation unveiled: five facts on the reconfiguration of global, US and EU trade',
        ['Simona Giglioli', 'Claire Giordano', 'Michele Mancini', 'Ludovic Panon'],
        2024,
        "Banca d'Italia Occasional Papers",
      ],
      [
        "It's a match! Linking foreign counterparts in Italian customs data to their balance sheets",
        ['Marta Crispino'],
        2023,
        "Banca d'Italia Occasional Papers",
      ],
      [
        'Forecasting Italian GDP Growth with Epidemiological Data',
        ['Valentina Aprigliano', 'Alessandro Borin', 'Simone Emiliozzi', 'Marco Flaccadoro', 'Sabina Marchetti', 'Stefania Villa'],
        2021,
        "Banca d'Italia Occasional Papers",
      ],
      [
        'The impact of trade wars on firms in third countries',
        ['Marco Errico', 'Fabrizio Leone', 'Ludovic Panon', 'Giacomo Romanini'],
        2026,
        undefined,
      ],
      ['Roaring tariffs: The global impact of the 2025 US trade war', ['Michele Mancini', 'Alessandro Borin'], 2025, undefined],
      ['The impact of the war on Russian imports: A counterfactual analysis', ['Alessandro Borin', 'Michele Mancini'], 2022, undefined],
    ]);
  });
});
