import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout69 pages (study14az), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/research/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string, title = 'Research') => `<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('"<p><h4>Title</h4> Names<br><em>Venue, Year</em></p>": the heading closes its paragraph (schwarzenbach)', () => {
  const items: [string, string, string][] = [
    [
      'Targets of Police Attention. Young People, Discrimination and Stop-and-Search in Germany and France',
      'Anina Schwarzenbach',
      'European Sociological Review, 2025',
    ],
    [
      'Extremists of a feather flock together? Community structures, transitivity, and patterns of homophily in the US Islamist co-offending network',
      'Anina Schwarzenbach, Michael Jensen',
      'PLOSE ONE, 2024',
    ],
    [
      'Micro and Macro-Level Risk Factors for Extremism and Terrorism. Toward a Criminology of Extremist Violence',
      'Gary La Free, Anina Schwarzenbach',
      'Journal of Criminology and Penal Reform, 104, no. 3: 184-202, 2021',
    ],
    [
      'In Their Own Hands: Young People and Self-Justice Retaliation in Germany',
      'Anina Schwarzenbach, Justice Tankebe, Dietrich Oberwittler',
      'Crime and Delinquency, 2020',
    ],
  ];
  const html = page(
    `<h2 id="Publications">Publications</h2>\n${items
      .map(([title, names, venue]) => `<p>\n<h4 style="margin:20px 0px 5px;">${title}</h4>\n${names}<br>\n<em>${venue} </em>\n</p>\n`)
      .join('')}`,
  );

  it('each heading is the title of the names and venue that run on after it, not a section over them', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      [items[0]![0], ['Anina Schwarzenbach'], 2025],
      [items[1]![0], ['Anina Schwarzenbach', 'Michael Jensen'], 2024],
      [items[2]![0], ['Gary La Free', 'Anina Schwarzenbach'], 2021],
      [items[3]![0], ['Anina Schwarzenbach', 'Justice Tankebe', 'Dietrich Oberwittler'], 2020],
    ]);
  });
});

describe('cards of year / journal line / "Names. Title." citation, with a row of topic chips (garel)', () => {
  const card = (year: string, journal: string, citation: string, chips: string[]) =>
    `<div class="pub-card" data-topics="x"><div class="pub-header"><div class="pub-year">${year}</div><div class="pub-body"><div class="pub-journal">${journal}</div><div class="pub-citation">${citation}</div><div class="pub-meta"><div class="pub-topics">${chips.map((c) => `<span class="chip">${c}</span>`).join('')}</div></div></div><div class="pub-toggle">+</div></div></div>`;
  const html = page(
    [
      card(
        '2026',
        'Review of Finance · 30(1) · pp. 231–272',
        'Garel, A., Romec, A., Sautner, Z., &amp; Wagner, A. F. Firm-Level Nature Dependence.',
        ['Biodiversity', 'Nature Risk', 'ESG'],
      ),
      card(
        '2025',
        'Management Science',
        'Di Giuli, A., Garel, A., Michaely, R., &amp; Romec, A. Climate Change and Mutual Fund Voting on Climate Proposals.',
        ['Climate', 'Mutual Funds', 'Voting'],
      ),
      card('2025', 'Economics Letters · 254 · 112447', 'Garel, A., Romec, A., &amp; Zhou, F. Shareholder engagements in banks.', [
        'Banking',
        'Shareholder Engagement',
      ]),
      card(
        '2017',
        'Journal of Banking &amp; Finance · 75 · pp. 152–166',
        "Garel, A., &amp; Petit-Romec, A. Bank capital in the crisis: It's not just how much you have but who provides it.",
        ['Banking'],
      ),
    ].join('\n'),
    'Publications',
  );

  it('reads the citation for names and title, the journal line for the venue, the chips for nothing', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Firm-Level Nature Dependence', ['A. Garel', 'A. Romec', 'Z. Sautner', 'A. F. Wagner'], 2026, 'Review of Finance'],
      [
        'Climate Change and Mutual Fund Voting on Climate Proposals',
        ['A. Di Giuli', 'A. Garel', 'R. Michaely', 'A. Romec'],
        2025,
        'Management Science',
      ],
      ['Shareholder engagements in banks', ['A. Garel', 'A. Romec', 'F. Zhou'], 2025, expect.stringMatching(/^Economics Letters/)],
      [
        "Bank capital in the crisis: It's not just how much you have but who provides it",
        ['A. Garel', 'A. Petit-Romec'],
        2017,
        'Journal of Banking & Finance',
      ],
    ]);
  });
});

describe('an ABNT list whose owner is not named on his own papers: "Title. <em>Journal</em>, v. 15, n. 40, p. 186–217, 2022." (ericbrasil)', () => {
  const items = [
    'Git como ferramenta metodológica em projetos de História (parte 1), <em>Programming Historian em português 3</em> (2023), <a href="https://doi.org/10.46430/phpt0045">https://doi.org/10.46430/phpt0045</a>.',
    'pyHDB - Ferramenta Heurística para a Hemeroteca Digital Brasileira: utilizando técnicas de web scraping para a pesquisa em História. <em>História da Historiografia: International Journal of Theory and History of Historiography</em>, Ouro Preto, v. 15, n. 40, p. 186–217, 2022. <a href="10.15848/hh.v15i40.1904">DOI</a>',
    'BRASIL, E.; NASCIMENTO, L. F. História digital: reflexões a partir da Hemeroteca Digital Brasileira e do uso de CAQDAS na reelaboração da pesquisa histórica. <em>Revista Estudos Históricos</em>, v. 33, n. 69, p. 196–219, 1 jan. 2020. <a href="http://dx.doi.org/10.1590/S2178-14942020000100011">DOI</a>',
    'Cordões e Canboulay Bands: Performances negras no Pós Abolição (Rio de Janeiro e Port-of-Spain). <em>Estudos Ibero-Americanos</em>, v. 46, n. 3, p. e33507, 16 dez. 2020. <a href="10.15448/1980-864X.2020.3.33507">DOI</a>',
    'As origens dos Mardi Gras Indians de Nova Orleans em contexto atlântico. <em>Afro-Ásia</em>, n. 59, 22 fev. 2020.',
    'BRASIL, E.; CANELAS, L. Apresentação do dossiê: Afro-Américas. <em>Revista Eletrônica da ANPHLAC</em>, n. 27, p. 1–11, 27 dez. 2019.',
    'Carnaval como direito: A Revolta Canboulay de 1881, em Porto de Espanha, Trinidad. <em>Revista Eletrônica da ANPHLAC</em>, v. 0, n. 0, p. 48–77, 27 jun. 2016. <a href="https://revista.anphlac.org.br/anphlac/article/view/2477">Link</a>',
  ];
  it('reads the title before the italic journal, no names, where the coauthored items name their authors', () => {
    const entries = read(
      page(`<h1>Artigos</h1><ol>${items.map((i) => `<li>${i}</li>`).join('\n')}</ol>`, 'Artigos'),
      'https://ericbrasil.com.br/pt-br/publications/articles/',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Git como ferramenta metodológica em projetos de História (parte 1)', [], 2023, expect.stringMatching(/^Programming Historian/)],
      [
        'pyHDB - Ferramenta Heurística para a Hemeroteca Digital Brasileira: utilizando técnicas de web scraping para a pesquisa em História',
        [],
        2022,
        'História da Historiografia: International Journal of Theory and History of Historiography',
      ],
      [
        'História digital: reflexões a partir da Hemeroteca Digital Brasileira e do uso de CAQDAS na reelaboração da pesquisa histórica',
        ['E. BRASIL', 'L. F. NASCIMENTO'],
        2020,
        'Revista Estudos Históricos',
      ],
      [
        'Cordões e Canboulay Bands: Performances negras no Pós Abolição (Rio de Janeiro e Port-of-Spain)',
        [],
        2020,
        'Estudos Ibero-Americanos',
      ],
      ['As origens dos Mardi Gras Indians de Nova Orleans em contexto atlântico', [], 2020, 'Afro-Ásia'],
      ['Apresentação do dossiê: Afro-Américas', ['E. BRASIL', 'L. CANELAS'], 2019, 'Revista Eletrônica da ANPHLAC'],
      ['Carnaval como direito: A Revolta Canboulay de 1881, em Porto de Espanha, Trinidad', [], 2016, 'Revista Eletrônica da ANPHLAC'],
    ]);
  });
});

describe('cards of a year line or dash, a status or journal tag, a title heading and a "With Name." line (sukma)', () => {
  const card = (year: string, tag: string, title: string, line: string) =>
    `<div class="entry"><div class="year">${year}</div><div><span class="tag">${tag}</span><h3>${title}</h3>${line ? `<p>${line}</p>` : ''}</div></div>`;
  const html = page(
    `<section><div class="section-head"><div><p class="eyebrow">In progress</p><h2>Ongoing scientific projects</h2></div></div>` +
      card('—', 'Under review', '<em>Techno-realism</em> and AI governance', 'A theoretical &amp; CDA work, single author.') +
      card('—', 'Work in progress', 'Qualitative analysis of US–China cybersecurity discourse', 'Single-authored.') +
      card('—', 'Work in progress', 'Do Alliances Make Policies Alike? Cybersecurity Policy Convergence Within the Five Eyes', '') +
      `</section><section><div class="section-head"><div><p class="eyebrow">Published</p><h2>Published articles</h2></div></div>` +
      card(
        '2025',
        'Studia Socjologiczne · Scopus-indexed · 70 MNiSW points',
        'A Micropolitical Lens on Migration: Comparing ChatGPT and DeepSeek',
        'With <a class="src" href="https://scholar.google.com/citations?user=PXZJ5B4AAAAJ">Jakub Chustecki</a>.',
      ) +
      card(
        '2021',
        'Asia-Pacific Studies Journal',
        "Australia's Maritime Security Standpoint in the Indo-Pacific",
        "An analysis of Australia's maritime security standpoint in the Indo-Pacific region, in response to China's military modernisation, 2013–2016.",
      ) +
      `</section>`,
    'Research and Publications — Isti Marta Sukma',
  );

  it('reads each card: the heading its title, the tag its journal unless it is a status, "With …" its coauthors', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Techno-realism and AI governance', [], undefined, undefined],
      ['Qualitative analysis of US–China cybersecurity discourse', [], undefined, undefined],
      ['Do Alliances Make Policies Alike? Cybersecurity Policy Convergence Within the Five Eyes', [], undefined, undefined],
      ['A Micropolitical Lens on Migration: Comparing ChatGPT and DeepSeek', ['Jakub Chustecki'], 2025, 'Studia Socjologiczne'],
      ["Australia's Maritime Security Standpoint in the Indo-Pacific", [], 2021, 'Asia-Pacific Studies Journal'],
    ]);
  });

  it('not on a page that does not say it lists publications (a blog of tagged posts)', () => {
    expect(read(html.replace('Research and Publications — Isti Marta Sukma', 'Blog'))).toEqual([]);
  });
});

describe('Quarto paper cards under a "Working papers" heading, each card\'s own <h3> title before the next (charlymarie)', () => {
  const card = (title: string, names: string, n: number) =>
    `<section class="level3 paper-item"><h3 class="anchored">${title}</h3><p>${names}</p><div class="callout callout-titled"><div class="callout-header d-flex" data-bs-toggle="collapse" data-bs-target=".callout-${n}-contents"><div class="callout-title-container flex-fill">View Abstract and Keywords</div></div><div id="callout-${n}" class="callout-${n}-contents callout-collapse collapse"><div class="callout-body"><p>Abstract of the paper, long enough to be a paragraph of prose about unemployment and stigma.</p><p>Keywords: Unemployment, Stigma</p></div></div></div><p><a href="https://osf.io/x" class="download-link">Download draft</a></p></section><hr class="paper-sep">`;
  const html = page(
    `<section id="working-papers" class="level1"><h1>Working papers</h1><hr><div class="paper-list">` +
      card(
        'A Victimization Study of Unemployment Stigma: Profiles, Coping, and Self-Efficacy',
        '<strong>Charly Marie</strong>, Emma de Araujo, Morgane Hoffmann, David Bourguignon',
        6,
      ) +
      card(
        'An Adaptive Experiment to Boost Online Skill Signaling and Visibility',
        'Morgane Hoffmann, Bertille Picard, <strong>Charly Marie</strong>, Guillaume Bied',
        7,
      ) +
      card(
        'From Hidden Skills to Opportunities : The Impact of Job Portals use on Labor Market Outcomes',
        'Morgane Hoffmann, Bertille Picard, Guillaume Bied, <strong>Charly Marie</strong>',
        8,
      ) +
      `</div></section>`,
  );

  it("reads every card as an undated paper under its status heading, the callout's toggle label no part of the names", () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      [
        'A Victimization Study of Unemployment Stigma: Profiles, Coping, and Self-Efficacy',
        ['Charly Marie', 'Emma de Araujo', 'Morgane Hoffmann', 'David Bourguignon'],
      ],
      [
        'An Adaptive Experiment to Boost Online Skill Signaling and Visibility',
        ['Morgane Hoffmann', 'Bertille Picard', 'Charly Marie', 'Guillaume Bied'],
      ],
      [
        'From Hidden Skills to Opportunities : The Impact of Job Portals use on Labor Market Outcomes',
        ['Morgane Hoffmann', 'Bertille Picard', 'Guillaume Bied', 'Charly Marie'],
      ],
    ]);
  });
});
