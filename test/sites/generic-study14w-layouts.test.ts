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

describe('a sortable table whose header row names its columns: Title / Journal / Coauthors / Year / Topics (incerti)', () => {
  const row = (title: string, href: string, journal: string, coauthors: string, year: number, topics: string) =>
    `<tr><td><div class="paper-title"><a href="${href}" target="_blank">${title}</a></div>` +
    `<div class="paper-links"><a href="https://dataverse.harvard.edu/dataset/${year}">Replication data</a></div>` +
    `<details><summary>Abstract</summary><div class="detail-body">An abstract of the paper, long enough to be read as one and not as a line of the entry.</div></details>` +
    `<details><summary>Coverage</summary><div class="detail-body"><a href="https://www.economist.com/${year}"><em>The Economist</em></a></div></details></td>` +
    `<td><span class="journal-name"><em>${journal}</em></span></td><td>${coauthors}</td><td class="year-cell">${year}</td><td class="topics-cell">${topics}</td></tr>`;
  const html = page(
    `<h1>Research</h1><table class="paper-table" id="pub-table"><thead><tr><th>Title</th><th>Journal</th><th>Coauthors</th><th>Year</th><th>Topics</th></tr></thead><tbody>` +
      row(
        'How firms, bureaucrats, and ministries benefit from the revolving door: Evidence from Japan',
        'https://www.cambridge.org/core/services/aop-cambridge-core/content/view/422A/revolving-door.pdf',
        'American Political Science Review',
        '',
        2026,
        'Political Economy; Business &amp; Politics; Japan',
      ) +
      row(
        'Dyadic clustering in international relations',
        'https://www.cambridge.org/core/services/aop-cambridge-core/content/view/521F/dyadic-clustering.pdf',
        'Political Analysis',
        '<a href="https://jscarlson.github.io">Jacob Carlson</a>, <a href="https://pmaronow.github.io">P.M. Aronow</a>',
        2024,
        'Research Methods',
      ) +
      row(
        'Hawkish partisans: How political parties shape nationalist conflicts in China and Japan',
        'files/bjpos_hawkish_partisans.pdf',
        'British Journal of Political Science',
        'Daniel Mattingly, Frances Rosenbluth, Seiki Tanaka, Jiahua Yue',
        2021,
        'Experiments; China; Japan',
      ) +
      row(
        'The politics of energy and climate change in Japan under Abe',
        'files/asian_survey.pdf',
        'Asian Survey',
        'Phillip Lipscy',
        2018,
        'Political Economy; Japan; Energy',
      ) +
      row(
        "The Fukushima disaster and Japan's nuclear plant vulnerability in comparative perspective",
        'files/fukushima.pdf',
        'Environmental Science &amp; Technology',
        'Phillip Lipscy, Kenji Kushida',
        2013,
        'Political Economy; Japan; Energy',
      ) +
      `</tbody></table>`,
  );

  it('each row is a paper: the Coauthors cell its names (none where empty), the Journal cell its venue', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'How firms, bureaucrats, and ministries benefit from the revolving door: Evidence from Japan',
        [],
        2026,
        'American Political Science Review',
      ],
      ['Dyadic clustering in international relations', ['Jacob Carlson', 'P.M. Aronow'], 2024, 'Political Analysis'],
      [
        'Hawkish partisans: How political parties shape nationalist conflicts in China and Japan',
        ['Daniel Mattingly', 'Frances Rosenbluth', 'Seiki Tanaka', 'Jiahua Yue'],
        2021,
        'British Journal of Political Science',
      ],
      ['The politics of energy and climate change in Japan under Abe', ['Phillip Lipscy'], 2018, 'Asian Survey'],
      [
        "The Fukushima disaster and Japan's nuclear plant vulnerability in comparative perspective",
        ['Phillip Lipscy', 'Kenji Kushida'],
        2013,
        'Environmental Science & Technology',
      ],
    ]);
  });

  it('the rows alone (a reader’s selection leaves the header row out): the column of names is the authors’', () => {
    const rowsOnly = html.replace(/<thead>.*<\/thead>/, '');
    expect(rowsOnly).not.toContain('<th>');
    expect(read(rowsOnly).map((e) => [e.title, e.authors])).toEqual([
      ['How firms, bureaucrats, and ministries benefit from the revolving door: Evidence from Japan', []],
      ['Dyadic clustering in international relations', ['Jacob Carlson', 'P.M. Aronow']],
      [
        'Hawkish partisans: How political parties shape nationalist conflicts in China and Japan',
        ['Daniel Mattingly', 'Frances Rosenbluth', 'Seiki Tanaka', 'Jiahua Yue'],
      ],
      ['The politics of energy and climate change in Japan under Abe', ['Phillip Lipscy']],
      ["The Fukushima disaster and Japan's nuclear plant vulnerability in comparative perspective", ['Phillip Lipscy', 'Kenji Kushida']],
    ]);
  });
});

describe('cards with a type line, names and a French venue line, each with a button row (heclift)', () => {
  // The page's list as it writes it, line by line, a search box and filter buttons above the cards (abstracts cut to one
  // sentence).
  const html = page(
    [
      `<div class="pub-search-wrap">`,
      `<input type="text" id="pub-search" class="pub-search-input" placeholder="Rechercher par titre, auteur, thème…" autocomplete="off">`,
      `</div>`,
      `<div class="pub-filter-bar" id="pub-filter-bar">`,
      `<button class="pub-filter-btn active" data-filter="all">Toutes</button>`,
      `<button class="pub-filter-btn" data-filter="type-wp">Working Papers</button>`,
      `<button class="pub-filter-btn" data-filter="type-pb">Notes de politique</button>`,
      `<button class="pub-filter-btn" data-filter="tag-AI">AI</button>`,
      `<button class="pub-filter-btn" data-filter="tag-Innovation">Innovation</button>`,
      `<button class="pub-filter-btn" data-filter="tag-Emploi">Emploi</button>`,
      `<button class="pub-filter-btn" data-filter="tag-France">France</button>`,
      `<button class="pub-filter-btn" data-filter="tag-Europe">Europe</button>`,
      `<button class="pub-filter-btn" data-filter="tag-Démocratie">Démocratie</button>`,
      `</div>`,
      `<div class="pub-list" id="pub-list">`,
      `<div class="pub-entry" data-type="pb" data-tags="Démocratie Travail France Politique">`,
      `<div class="pub-type-line pub-type-pb">Note de politique · Février 2026</div>`,
      `<h3><a href="./pubs/politique-travail/">La politique au travail : Vécu en entreprise et fractures politiques des salariés en France</a></h3>`,
      `<div class="pub-authors">Yann Algan, Antonin Bergeaud, C. Frouard</div>`,
      `<div class="pub-venue">Policy Note HEC — Février 2026</div>`,
      `<div class="pub-cats">`,
      `<span class="pub-cat">Démocratie</span><span class="pub-cat">Travail</span><span class="pub-cat">France</span><span class="pub-cat">Politique</span>`,
      `</div>`,
      `<div class="pub-abstract-body">`,
      `À partir d'une enquête menée auprès de 3 900 salariés du privé en 2024-2025, cette note analyse comment le vécu quotidien en entreprise structure les fractures politiques en France.`,
      `</div>`,
      `<div class="pub-actions">`,
      `<button class="pub-abstract-btn" onclick="toggleAbstract(this)">Abstract ↓</button>`,
      `<a href="./pubs/politique-travail/" class="pub-lire-btn">Lire →</a>`,
      `<a href="./files/papers/politique-travail.pdf" class="pub-pdf-btn" target="_blank">PDF ↓</a>`,
      `</div>`,
      `</div>`,
      `<div class="pub-entry" data-type="wp" data-tags="Innovation Europe Marché du travail">`,
      `<div class="pub-type-line pub-type-wp">Working Paper · Octobre 2025</div>`,
      `<h3><a href="./pubs/flexicurity/">Cost of Failure, Disruptive Innovation and Targeted Flexicurity</a></h3>`,
      `<div class="pub-authors">Y. Coatanlem, O. Coste</div>`,
      `<div class="pub-venue">Working paper — Octobre 2025</div>`,
      `<div class="pub-cats">`,
      `<span class="pub-cat">Innovation</span><span class="pub-cat">Europe</span><span class="pub-cat">Marché du travail</span>`,
      `</div>`,
      `<div class="pub-abstract-body">`,
      `Ce papier élargit des travaux antérieurs en assemblant un échantillon plus large de plans de restructuration (250 plans) pour mesurer les coûts de restructuration supportés par les grandes entreprises et évaluer leurs liens avec la R&D dans les secteurs disruptifs (tech/biotech).`,
      `</div>`,
      `<div class="pub-actions">`,
      `<button class="pub-abstract-btn" onclick="toggleAbstract(this)">Abstract ↓</button>`,
      `<a href="./pubs/flexicurity/" class="pub-lire-btn">Lire →</a>`,
      `<a href="./files/papers/flexicurity.pdf" class="pub-pdf-btn" target="_blank">PDF ↓</a>`,
      `</div>`,
      `</div>`,
      `<div class="pub-entry" data-type="wp" data-tags="AI Innovation">`,
      `<div class="pub-type-line pub-type-wp">Working Paper · Juillet 2025</div>`,
      `<h3><a href="./pubs/ai-innov/">L'intelligence artificielle au service de l'innovation : une analyse sur données de brevets</a></h3>`,
      `<div class="pub-authors">Antonin Bergeaud</div>`,
      `<div class="pub-venue">Working paper — Juillet 2025</div>`,
      `<div class="pub-cats">`,
      `<span class="pub-cat">AI</span><span class="pub-cat">Innovation</span>`,
      `</div>`,
      `<div class="pub-abstract-body">`,
      `L'impact des technologies d'intelligence artificielle (IA) sur la croissance économique dépend en grande partie de leur capacité à accroître la productivité de la recherche.`,
      `</div>`,
      `<div class="pub-actions">`,
      `<button class="pub-abstract-btn" onclick="toggleAbstract(this)">Abstract ↓</button>`,
      `<a href="./pubs/ai-innov/" class="pub-lire-btn">Lire →</a>`,
      `<a href="./files/papers/ai-innov.pdf" class="pub-pdf-btn" target="_blank">PDF ↓</a>`,
      `</div>`,
      `</div>`,
      `<div class="pub-entry" data-type="wp" data-tags="AI France Tracker Emploi">`,
      `<div class="pub-type-line pub-type-wp">Working Paper · Juillet 2025</div>`,
      `<h3><a href="./pubs/ai-tracker/">Diffusion de l'Intelligence Artificielle en France</a></h3>`,
      `<div class="pub-authors">Philippe Aghion, Antonin Bergeaud, Simon Bunel, Paul Delbouve</div>`,
      `<div class="pub-venue">Working paper — Juillet 2025</div>`,
      `<div class="pub-cats">`,
      `<span class="pub-cat">AI</span><span class="pub-cat">France</span><span class="pub-cat">Tracker</span><span class="pub-cat">Emploi</span>`,
      `</div>`,
      `<div class="pub-abstract-body">`,
      `À partir de plus de 120 millions d'offres d'emploi publiées en ligne en France depuis 2019, cette étude examine les caractéristiques de la diffusion de l'intelligence artificielle (IA) dans les entreprises et ses effets sur l'emploi.`,
      `</div>`,
      `<div class="pub-actions">`,
      `<button class="pub-abstract-btn" onclick="toggleAbstract(this)">Abstract ↓</button>`,
      `<a href="./pubs/ai-tracker/" class="pub-lire-btn">Lire →</a>`,
      `<a href="./files/papers/ai-tracker.pdf" class="pub-pdf-btn" target="_blank">PDF ↓</a>`,
      `</div>`,
      `</div>`,
      `<div class="pub-entry" data-type="wp" data-tags="AI France Emploi">`,
      `<div class="pub-type-line pub-type-wp">Working Paper · 2024</div>`,
      `<h3><a href="./pubs/ai-exposure/">Exposition à l'intelligence artificielle générative et emploi : une application à la classification socio-professionnelle française</a></h3>`,
      `<div class="pub-authors">Antonin Bergeaud</div>`,
      `<div class="pub-venue">Working paper — 2024</div>`,
      `<div class="pub-cats">`,
      `<span class="pub-cat">AI</span><span class="pub-cat">France</span><span class="pub-cat">Emploi</span>`,
      `</div>`,
      `<div class="pub-abstract-body">`,
      `Ce document analyse l'exposition des professions françaises à l'intelligence artificielle générative à travers la nomenclature socio-professionnelle.`,
      `</div>`,
      `<div class="pub-actions">`,
      `<button class="pub-abstract-btn" onclick="toggleAbstract(this)">Abstract ↓</button>`,
      `<a href="./pubs/ai-exposure/" class="pub-lire-btn">Lire →</a>`,
      `<a href="./files/papers/ai-exposure.pdf" class="pub-pdf-btn" target="_blank">PDF ↓</a>`,
      `</div>`,
      `</div>`,
      `</div>`,
      `</div>`,
    ].join('\n'),
  );

  it('the cards are the papers, not the type lines and button rows the text reading repeats', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'La politique au travail : Vécu en entreprise et fractures politiques des salariés en France',
        ['Yann Algan', 'Antonin Bergeaud', 'C. Frouard'],
        2026,
      ],
      ['Cost of Failure, Disruptive Innovation and Targeted Flexicurity', ['Y. Coatanlem', 'O. Coste'], 2025],
      ["L'intelligence artificielle au service de l'innovation : une analyse sur données de brevets", ['Antonin Bergeaud'], 2025],
      ["Diffusion de l'Intelligence Artificielle en France", ['Philippe Aghion', 'Antonin Bergeaud', 'Simon Bunel', 'Paul Delbouve'], 2025],
      [
        "Exposition à l'intelligence artificielle générative et emploi : une application à la classification socio-professionnelle française",
        ['Antonin Bergeaud'],
        2024,
      ],
    ]);
  });
});

describe('a list of "Title<br>with A and B. <em>Venue</em>" items where the owner’s own paper names no one (spaenjers)', () => {
  const item = (title: string, meta: string) => `<li><div class="paper-title">${title}</div><div class="paper-meta">${meta}</div></li>`;
  const html = page(
    `<section><h2>Book Chapters</h2><ul class="papers">` +
      item(
        'The long-term returns to durable assets',
        'In <em>Financial Market History</em> (eds. Dimson and Chambers), CFA Institute, 2016.',
      ) +
      item(
        'Investment returns and economic fundamentals in international art markets',
        'with Luc Renneboog. In <em>Cosmopolitan Canvases</em> (eds. Velthuis and Baia-Curioni), Oxford University Press, 2015.',
      ) +
      item(
        'The investment performance of art and other collectibles',
        'with Elroy Dimson. In <em>Risk and Uncertainty in the Art World</em> (ed. Dempster), Bloomsbury Publishing, 2014.',
      ) +
      item(
        'Religion and finance',
        'with Luc Renneboog. In <em>Socially Responsible Finance and Investing</em> (eds. Baker and Nofsinger), Wiley, 2012.',
      ) +
      `</ul></section>`,
  );

  it('the item with no "with" line is the owner’s paper alone', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      ['The long-term returns to durable assets', [], 2016],
      ['Investment returns and economic fundamentals in international art markets', ['Luc Renneboog'], 2015],
      ['The investment performance of art and other collectibles', ['Elroy Dimson'], 2014],
      ['Religion and finance', ['Luc Renneboog'], 2012],
    ]);
  });
});

describe('a Quarto listing table: Year / Title / Authors / Journal columns, names in Vancouver form (climed)', () => {
  const row = (i: number, year: number, title: string, authors: string, journal: string) =>
    `<tr data-index="${i}"><td><span class="listing-Year">${year}</span></td><td><span class="listing-Title">${title}</span></td>` +
    `<td><span class="listing-Authors">${authors}</span></td><td><span class="listing-Journal">${journal}</span></td></tr>`;
  const html = page(
    `<table class="quarto-listing-table table"><thead><tr><th><a class="sort" data-sort="listing-Year">Year</a></th>` +
      `<th><a class="sort" data-sort="listing-Title">Title</a></th><th><a class="sort" data-sort="listing-Authors">Authors</a></th>` +
      `<th><a class="sort" data-sort="listing-Journal">Journal</a></th></tr></thead><tbody class="list">` +
      row(
        0,
        2026,
        'Data Resource Profile: Climate and Enteric Diseases Research Project (ClimED)',
        'Chua PL, Madaniyazi L, Tobias A, Ng CF, Phung VL, Pan R, et al.',
        'International Journal of Epidemiology',
      ) +
      row(
        1,
        2025,
        'The association between total precipitation and diarrhea morbidity: A multicountry study across diverse climate zones',
        'Pan R, Chua PL, Madaniyazi L, Ng CF, Tobias A, Guo Q, et al.',
        'Environmental Epidemiology',
      ) +
      row(
        2,
        2025,
        'A scoping review and thematic analysis of the effects of tropical cyclones on diarrheal diseases',
        'Lin SY, Chua PL, Yuan L, Hossain N, He J, Yamasaki L, Madaniyazi L, Ng CF, Tobias A, Hashizume M',
        'Environmental Epidemiology',
      ) +
      `</tbody></table>`,
  );

  it('the Authors cell is read in the names’ own form, "et al." kept', () => {
    expect(read(html).map((e) => [e.authors.slice(0, 2), e.authorsTruncated])).toEqual([
      [['PL Chua', 'L Madaniyazi'], true],
      [['R Pan', 'PL Chua'], true],
      [['SY Lin', 'PL Chua'], false],
    ]);
  });
});
