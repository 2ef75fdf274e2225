import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout29 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('a key to the marks on names before the list is no section label (mao)', () => {
  const items = [
    '<li><strong>Mao, L.</strong> <i class="fa-solid fa-envelope" aria-label="envelope"></i> (2025). <a href="http://doi.org/10.5705/ss.202023.0321">Win ratio for partially ordered data</a>. <a href="https://www3.stat.sinica.edu.tw/statistica/"><em>Statistica Sinica</em></a>, 10.5705/ss.202023.0321.</li>',
    '<li><strong>Mao, L.</strong> (2024). <a href="https://doi.org/10.1214/24-EJS2311">Robust improvement of efficiency using information on covariate distribution</a>. <a href="https://projecteuclid.org/"><em>Electronic Journal of Statistics</em></a>, 18, 4640-4666.</li>',
    '<li><strong>Mao, L.</strong> and <u>Wang, T.</u>† (2024). <a href="https://doi.org/10.1002/sim.10000">Dissecting the restricted mean time in favor of treatment</a>. <a href="https://onlinelibrary.wiley.com/"><em>Statistics in Medicine</em></a>, 43, 1-15.</li>',
  ];

  it('"✉ Corresponding author; † Student/Supervisee" above the list: the list is read', () => {
    const entries = read(
      page(
        `<h1 class="title">Methods</h1><div style="font-size: 95%;"><p><i class="fa-solid fa-envelope" aria-label="envelope"></i> Corresponding author; † <u>Student/Supervisee</u><br><i class="ai ai-open-access"></i> Open-access</p></div><div style="font-size: 92%;"><ul>${items.join('')}</ul></div>`,
      ),
      'https://lmaowisc.github.io/pubs/methods.html',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Win ratio for partially ordered data', ['L. Mao'], 2025],
      ['Robust improvement of efficiency using information on covariate distribution', ['L. Mao'], 2024],
      ['Dissecting the restricted mean time in favor of treatment', ['L. Mao', 'T. Wang'], 2024],
    ]);
  });

  it('a variant: "* equal contribution; students underlined" above the list; a "Students" label still drops its list', () => {
    const list = `<ul>${items.join('')}</ul>`;
    expect(
      read(page(`<h2>Papers</h2><p>* equal contribution; students underlined</p>${list}`), 'https://example.org/papers/'),
    ).toHaveLength(3);
    expect(read(page(`<h2>Papers</h2><p>Students supervised</p>${list}`), 'https://example.org/papers/')).toHaveLength(0);
  });
});

describe('"Names (2022). <b>Title. Subtitle.</b> In …" beside entries with no <b> (storms, an Org-mode export)', () => {
  const bibref = (html: string) => `<div class="bibref"><p>\n${html}\n</p></div>`;
  const doc = page(
    `<h2>Debt and debt collection</h2><div class="outline-text-2">${[
      bibref(
        'Storms, E., &amp; Verschraegen, G. (2019). <b>Time regimes in debt collection and mediation.</b> <i>Time &amp; Society</i>, 28(4), 1382–1408. <a href="https://doi.org/10.1177/0961463X18767597">https://doi.org/10.1177/0961463X18767597</a>',
      ),
      bibref(
        'Storms, E. (2022). <b>Schuldinvordering en de schuldenspiraal. Hoe het\n&ldquo;doen betalen&rdquo; van achterstallen schuldproblemen verergert.</b> In B.\nCantillon &amp; S. Latré (eds.), <i>U-Turn 2021. Wegwijzers naar een nieuw\nsociaal contract</i> (pp. 151–161). UPA.',
      ),
      bibref(
        'Storms, E., Alvarado, O. and Monteiro-Krebs, L. (2022), <b>&ldquo;Transparency is Meant for Control&rdquo; and Vice Versa: Learning from Co-designing and Evaluating Algorithmic News Recommenders</b>, Proceedings of ACM Human-Computer Interaction, Vol. 6, CSCW2, Art. 405 (November 2022), doi.org/10.1145/3555130',
      ),
      bibref(
        'Storms, E. (2018), Spanningen en uitdagingen na 20 jaar Collectieve\nSchuldenregeling, <i>Tijdschrift voor Insolventie- en Beslagrecht</i>, 0: pp.\n59-60',
      ),
      bibref('Storms, E. (2015), Verward in Schuld, <i>De Gids op Maatschappelijk Gebied</i>,\n106 (1): pp. 11-17'),
      bibref(
        'Alvarado, O., Storms, E., Geerts, D. and Verbert, K. (2020),\nForegrounding Algorithms: Preparing Users for Co-design with\nSensitizing Activities, <i>NordiCHI &rsquo;20: Proceedings of the 11th Nordic\nConference on Human-Computer Interaction</i>, 95,\n<a href="https://dl.acm.org/doi/10.1145/3419249.3421237">https://dl.acm.org/doi/10.1145/3419249.3421237</a>',
      ),
    ].join('')}</div>`,
  );

  it('the bold text is the title, its sentences and an opening quote it closes inside included', () => {
    const entries = read(doc, 'https://www.eliasstorms.net/publications.html');
    expect(entries.map((e) => e.title).slice(0, 3)).toEqual([
      'Time regimes in debt collection and mediation',
      'Schuldinvordering en de schuldenspiraal. Hoe het “doen betalen” van achterstallen schuldproblemen verergert',
      '“Transparency is Meant for Control” and Vice Versa: Learning from Co-designing and Evaluating Algorithmic News Recommenders',
    ]);
  });

  it('unmarked entries: the italic journal ends the title, its ", 0: pp. 59-60" or a link after it as well', () => {
    const entries = read(doc, 'https://www.eliasstorms.net/publications.html');
    expect(entries.slice(3).map((e) => [e.title, e.venue])).toEqual([
      ['Spanningen en uitdagingen na 20 jaar Collectieve Schuldenregeling', 'Tijdschrift voor Insolventie- en Beslagrecht'],
      ['Verward in Schuld', 'De Gids op Maatschappelijk Gebied'],
      [
        'Foregrounding Algorithms: Preparing Users for Co-design with Sensitizing Activities',
        'NordiCHI ’20: Proceedings of the 11th Nordic Conference on Human-Computer Interaction',
      ],
    ]);
  });

  it('a variant: <strong> titles of two sentences in half the list, "Journal, 12: 3-9" after the others', () => {
    const p = (html: string) => `<p>${html}</p>`;
    const entries = read(
      page(
        `<h2>Articles</h2><div>${[
          p('Kovač, M. (2021). <strong>Rivers of memory. Oral history in the Sava valley.</strong> <em>Slovene Studies</em>, 43(1), 5-30.'),
          p(
            'Kovač, M. &amp; Horvat, T. (2019). <strong>Border towns. A sociology of waiting.</strong> <em>Current Sociology</em>, 67(2), 201-220.',
          ),
          p('Kovač, M. (2017), Migration and the rural household, <em>Acta Geographica</em>, 12: 3-9'),
          p('Horvat, T. en Kovač, M. (2016), Seasonal work in Istria, <em>Annales</em>, 26 (2): pp. 77-90'),
        ].join('')}</div>`,
      ),
      'https://example.org/articles/',
    );
    expect(entries.map((e) => [e.title, e.authors, e.venue])).toEqual([
      ['Rivers of memory. Oral history in the Sava valley', ['M. Kovač'], 'Slovene Studies'],
      ['Border towns. A sociology of waiting', ['M. Kovač', 'T. Horvat'], 'Current Sociology'],
      ['Migration and the rural household', ['M. Kovač'], 'Acta Geographica'],
      ['Seasonal work in Istria', ['T. Horvat', 'M. Kovač'], 'Annales'],
    ]);
  });
});

describe('lists labelled as something else or as a status (carter)', () => {
  const li = (t: string) => `<li class=pub>${t}`;
  const papers = [
    li(
      'Lloyd J, Meinke D (2012) A comprehensive dataset of genes with a loss-of-function mutant phenotype in Arabidopsis. Plant Physiol. 158: 1115-1129.',
    ),
    li('Muralla R, Lloyd J, Meinke D (2011) Molecular foundations of reproductive lethality in Arabidopsis thaliana. PLoS ONE. 6: e28398.'),
    li('Koornneef M, Meinke D (2010) The development of <i>Arabidopsis</i> as a model plant. Plant J. 61: 909-921.'),
  ];
  const posters = [
    li(
      'Meinke D, Sweeney C, Muralla R (2009) Integrating the genetic and physical maps of Arabidopsis. International Conference on Arabidopsis Research. Edinburgh, Scotland.',
    ),
    li(
      'Muralla R, Sweeney C, Lloyd J, Dickerman A, Meinke D (2008) The Arabidopsis SeedGenes project: approaching saturation for essential genes. International Conference on Arabidopsis Research. Montreal, Canada.',
    ),
    li(
      'Sweeney C, Muralla R, Leustek T, Meinke D (2006) Genetic dissection of histidine biosynthesis in Arabidopsis. International Conference on Arabidopsis Research. Madison, Wisconsin.',
    ),
  ];

  it('"Lead Presenter:" over a list of talks after the papers, in an R Markdown layout (carter)', () => {
    const entries = read(
      page(
        `<h2><strong>Publications</strong></h2><p><strong>PUBLISHED:</strong></p><ol>${papers.map((p) => `${p}</li>`).join('')}</ol><p>##<strong>Presentations</strong></p><p><strong>Lead Presenter:</strong></p><ol>${posters.map((p) => `${p}</li>`).join('')}</ol>`,
      ),
      'https://example.org/pubs.html',
    );
    expect(entries.map((e) => e.year)).toEqual([2012, 2011, 2010]);
  });

  it('a variant: "Co-presenter" over a <ul> of talks', () => {
    const entries = read(
      page(
        `<h2>Papers</h2><ul>${papers.map((p) => `${p}</li>`).join('')}</ul><div class="label">As co-presenter</div><ul>${posters.map((p) => `${p}</li>`).join('')}</ul>`,
      ),
      'https://example.org/pubs.html',
    );
    expect(entries.map((e) => e.year)).toEqual([2012, 2011, 2010]);
  });

  it('"IN REVIEW:" over a list: its entry without a year is read (carter)', () => {
    const entries = read(
      page(
        `<h2><strong>Publications</strong></h2><p><strong>PUBLISHED:</strong></p><ol>${papers.map((p) => `${p}</li>`).join('')}</ol><p><strong>IN REVIEW:</strong></p><ol><li>Cusaac JPW, <strong>Carter ED</strong>, Woodhams DC, Robert J, Miller DL, Gray MJ. Interactive Effects of Herbicide and Emerging Amphibian Pathogens in Eastern Hellbender. EcoHealth.</li></ol>`,
      ),
      'https://example.org/pubs.html',
    );
    expect(entries.map((e) => [e.title, e.authors.length, e.year])).toEqual([
      ['A comprehensive dataset of genes with a loss-of-function mutant phenotype in Arabidopsis', 2, 2012],
      ['Molecular foundations of reproductive lethality in Arabidopsis thaliana', 3, 2011],
      ['The development of Arabidopsis as a model plant', 2, 2010],
      ['Interactive Effects of Herbicide and Emerging Amphibian Pathogens in Eastern Hellbender', 6, undefined],
    ]);
  });

  it('a variant: "Manuscripts in review" over a one-item <ol>, the owner in bold', () => {
    const entries = read(
      page(
        `<h2>Publications</h2><p><strong>Published</strong></p><ol>${papers.map((p) => `${p}</li>`).join('')}</ol><p><strong>Manuscripts in review</strong></p><ol><li>Okafor NJP, <strong>Meinke D</strong>, Lloyd JA. Seed dormancy genes in wild tomato. Plant Cell.</li></ol>`,
      ),
      'https://example.org/pubs.html',
    );
    expect(entries.map((e) => e.title).slice(3)).toEqual(['Seed dormancy genes in wild tomato']);
  });
});

describe('"Names. Title: 1. Subtitle. <em>Journal</em> 2021" unlinked in a list of linked titles (mato, Quarto)', () => {
  const p = (html: string) => `<p>${html}</p>`;

  it('the unmarked title runs to the italic journal, its inner period and number kept', () => {
    const entries = read(
      page(
        `<h1>2022</h1>${p('<strong>Joani Mato</strong>, D. Tzeli, S. Xantheas. <a href="metals_mbe1.qmd">The many-body expansion for metals I: The alkaline earth metals Be, Mg, and Ca.</a> <em>J. Chem. Phys.</em> 2022, 157, 084313.')}<h1>2021</h1>${p('<strong>Joani Mato</strong>, Adam W. Duster, Emilie B. Guidez, and Hai Lin. Adaptive-Partitioning Multilayer Dynamics Simulations: 1. On-the-Fly Switch between Two Quantum Levels of Theory. <em>J. Chem. Theory Comput.</em> 2021, 17, 9, 5456–5465. <a href="https://doi.org/10.1021/acs.jctc.1c00556">https://doi.org/10.1021/acs.jctc.1c00556</a>')}<h1>2020</h1>${p('<strong>Joani Mato</strong>, David Poole, and Mark S. Gordon. <a href="occo.qmd">Stability and Dissociation of Ethylenedione (OCCO).</a> <em>J. Phys. Chem. A</em> 2020, 124, 40, 8209–8222.')}${p('<strong>Joani Mato</strong> and Mark S. Gordon. <a href="ormas.qmd">Analytic non-adiabatic couplings for the spin-flip ORMAS method.</a> <em>Phys. Chem. Chem. Phys.</em> 2020, 22, 1475-1486.')}`,
      ),
      'https://joanimato.com/pubs.html',
    );
    expect(entries.map((e) => e.title)).toContain(
      'Adaptive-Partitioning Multilayer Dynamics Simulations: 1. On-the-Fly Switch between Two Quantum Levels of Theory',
    );
  });

  it('a variant: "Part II." inside an unlinked title; a chapter’s "In Eds (eds.)" stays out of it', () => {
    const entries = read(
      page(
        `<h2>Articles</h2>${[
          p(
            'Ana Ruiz, Tomás Vidal. <a href="a.html">Benchmarking density functionals for uranium complexes.</a> <em>J. Chem. Phys.</em> 2019, 150, 1-9.',
          ),
          p(
            'Ana Ruiz and Tomás Vidal. Relativistic effects in heavy element chemistry. Part II. Spin-orbit coupling in actinide oxides. <em>Theor. Chem. Acc.</em> 2018, 137, 12.',
          ),
          p(
            'Ana Ruiz, Eva Sanz. Ligand field theory revisited. A modern view. In P. Gómez (eds.), <em>Advances in Quantum Chemistry</em> 2017, 75, 1-30.',
          ),
          p(
            'Eva Sanz, Ana Ruiz. <a href="c.html">Machine-learned potentials for water clusters.</a> <em>J. Phys. Chem. A</em> 2016, 120, 44-52.',
          ),
        ].join('')}`,
      ),
      'https://example.org/articles/',
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Benchmarking density functionals for uranium complexes',
      'Relativistic effects in heavy element chemistry. Part II. Spin-orbit coupling in actinide oxides',
      'Ligand field theory revisited. A modern view',
      'Machine-learned potentials for water clusters',
    ]);
  });
});
