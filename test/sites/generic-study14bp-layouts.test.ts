import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout78 pages (study14bp), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publicacoes/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('cards with a "Venue · v. 21, n. 31 · 2013" tag over the <h2> title (professorrafael-publicacoes)', () => {
  const card = (tag: string, title: string, summary: string, links: string) =>
    `<article class="publication"><div><p class="tag">${tag}</p><h2>${title}</h2><p>${summary}</p></div><div class="publication-links">${links}</div></article>`;
  const html = `<title>Publicações</title><h1>Publicações</h1><div class="publication-list">
  ${card(
    'Revista da ABEM · v. 21, n. 31 · 2013',
    'Gestão de sala de aula na educação musical escolar',
    'Apresentação sintética do campo, de sua relevância para a formação do professor de música.',
    '<a class="button" href="/publicacoes/gestao-2013.pdf">Ler artigo</a>',
  )}
  ${card(
    'Educação &amp; Realidade · v. 41, n. 2 · 2016',
    'Disciplina escolar e gestão de sala de aula no campo educacional brasileiro',
    'Análise da produção acadêmica brasileira e da relação entre disciplina, indisciplina e gestão de sala de aula.',
    '<a class="button primary" href="https://doi.org/10.1590/2175-623646473">Acessar pelo DOI</a><a class="button" href="/publicacoes/disciplina-2016.pdf">Ler PDF</a>',
  )}
  ${card(
    'XVI Encontro Regional Sul da ABEM · 2014',
    'As rotinas e seu papel',
    'Comunicação sobre rotinas, previsibilidade, ansiedade discente e organização do trabalho em aulas de música.',
    '<a class="button" href="/publicacoes/rotinas-2014.pdf">Ler comunicação</a>',
  )}
  </div>`;

  it('reads the year closing the tag, the venue opening it, and the DOI button beside the card', () => {
    expect(read(html).map((e) => [e.title, e.year, e.venue, e.ids.doi])).toEqual([
      ['Gestão de sala de aula na educação musical escolar', 2013, 'Revista da ABEM', undefined],
      [
        'Disciplina escolar e gestão de sala de aula no campo educacional brasileiro',
        2016,
        'Educação & Realidade',
        '10.1590/2175-623646473',
      ],
      ['As rotinas e seu papel', 2014, 'XVI Encontro Regional Sul da ABEM', undefined],
    ]);
  });

  it('does not read cards whose tag dates nothing', () => {
    const undated = html.replace(/ · (?:19|20)\d\d</g, '<');
    expect(read(undated)).toEqual([]);
  });
});

describe('"Article en anglais : <a>Title</a>" headings over a year and a description (pirlot-publications)', () => {
  const item = (kind: string, href: string, title: string, year: number, description: string) =>
    `<div class="col-md-12"><h3>${kind}
      <a href="${href}" target="_blank">${title}</a></h3>
      <div class="feature"><i class="fa fa-check"></i><p>${year}</p></div>
      <p>${description}</p><br /><br /></div>`;
  const items = [
    item(
      'Article en anglais:',
      'https://code.likeagirl.io/inside-the-autistic-experience-8d6eb919770d',
      'Inside the autistic experience',
      2022,
      'A look into the invisible part of the autistic experience.',
    ),
    item(
      'Articles de recherche en anglais:',
      'https://www.frontiersin.org/articles/10.3389/fpsyg.2021.741421/full',
      'What I Wish You Knew: Insights on Burnout, Inertia, Meltdown, and Shutdown From Autistic Youth',
      2021,
      'Research paper I co-authored on autistic burnout, inertia, meltdowns and shutdowns.',
    ),
    item(
      'Presentation en anglais :',
      'https://www.canva.com/design/DADqFIkcRKw/view',
      'What is autism',
      2019,
      'An overview of autism, its particularities and strengths.',
    ),
    item(
      'Guide en anglais :',
      'https://example.org/recruiting',
      'Recruiting in tech',
      2018,
      'This guide to hiring more women in tech companies contains tips.',
    ),
    item(
      'Mémoire :',
      '../img/Memoire.pdf',
      'Formation en informatique : Ouverture sociale et Sexisme',
      2013,
      'Ce mémoire examine la mobilité sociale dans une école d’informatique française.',
    ),
  ];
  const page = (heading: string) =>
    `<html><head><title>Clémentine Pirlot</title></head><body><div class="container"><div class="row">
    <div class="section-header text-center"><h2 class="title">${heading}</h2></div>${items.join('\n')}</div></div></body></html>`;

  it('reads the linked title without its kind label, the year line, and leaves the talk out', () => {
    expect(read(page('Publications'), 'https://clementinepirlot.fr/fr/').map((e) => [e.title, e.year])).toEqual([
      ['Inside the autistic experience', 2022],
      ['What I Wish You Knew: Insights on Burnout, Inertia, Meltdown, and Shutdown From Autistic Youth', 2021],
      ['Recruiting in tech', 2018],
      ['Formation en informatique : Ouverture sociale et Sexisme', 2013],
    ]);
  });

  it('does not read the same cards under a heading that names no publications (a blog)', () => {
    expect(read(page('Blog'), 'https://clementinepirlot.fr/fr/')).toEqual([]);
  });
});

describe('cards of a year badge, an <h3> title linked to the DOI and a journal-name span (phsms-publicacoes)', () => {
  const item = (year: number, doi: string, title: string, journal: string) => `<article class="pub-item">
    <div class="pub-year-badge">${year}</div>
    <div class="pub-info"><h3 class="pub-title"><a href="https://doi.org/${doi}" target="_blank">${title}</a></h3>
    <div class="pub-meta">${journal ? `<span class="journal-name">${journal}</span>` : ''}</div><div class="pub-abstract"></div></div>
  </article>`;
  const page = (journals: string[]) => `<html><head><title>Publicações</title></head><body><h1>Publicações</h1><div class="academic-list">
  ${item(2025, '10.34632/gestaoedesenvolvimento.2025.17691', 'Um framework para a promoção da mudança de comportamento no marketing social', journals[0]!)}
  ${item(2024, '10.36311/1981-1640.2024.v18.e024037', 'Avaliações De Usuários Do Aplicativo ‘Gov.Br’ Como Base Para Análise De Usabilidade', journals[1]!)}
  ${item(2023, '10.4025/rimar.v13i1.66411', 'Marketing Social, Transformative Consumer Research e Design Science Research', journals[2]!)}
  </div></body></html>`;

  it('reads the journal-name span as the venue, not the year badge', () => {
    const entries = read(
      page([
        'Gestão e Desenvolvimento',
        'Brazilian Journal of Information Science: Research Trends',
        'Revista Interdisciplinar De Marketing',
      ]),
    );
    expect(entries.map((e) => [e.year, e.venue, e.ids.doi])).toEqual([
      [2025, 'Gestão e Desenvolvimento', '10.34632/gestaoedesenvolvimento.2025.17691'],
      [2024, 'Brazilian Journal of Information Science: Research Trends', '10.36311/1981-1640.2024.v18.e024037'],
      [2023, 'Revista Interdisciplinar De Marketing', '10.4025/rimar.v13i1.66411'],
    ]);
  });

  it("reads it so where the titles link to the journals' pages too", () => {
    const html = page(['Leitura: Teoria & Prática', 'Cadernos De Comunicação', 'Revista Tecnia']).replace(
      /https:\/\/doi\.org\/10\.(?:34632|36311)/g,
      'https://periodicos.example.br/index.php/revista/article/view',
    );
    expect(read(html).map((e) => [e.year, e.venue])).toEqual([
      [2025, 'Leitura: Teoria & Prática'],
      [2024, 'Cadernos De Comunicação'],
      [2023, 'Revista Tecnia'],
    ]);
  });

  it('gives no venue where the cards name no journal', () => {
    expect(read(page(['', '', ''])).map((e) => [e.year, e.venue])).toEqual([
      [2025, undefined],
      [2024, undefined],
      [2023, undefined],
    ]);
  });
});

describe('a selection of per-year tables that starts inside the first one, leaving its header and year heading out (gifinc-articulos)', () => {
  const row = (title: string, authors: string, journal: string, doi?: string) =>
    `<tr><td>${title}</td><td>${authors}</td><td>${journal}</td><td>${doi ? `<a href="https://doi.org/${doi}">DOI</a>` : '–'}</td></tr>`;
  const header = '<thead><tr><th>Título</th><th>Autores</th><th>Revista</th><th>DOI</th></tr></thead>';
  const cut = `<div class="publications-section"><table class="styled-table"><tbody>
    ${row('LCOE at risk in different locations in Colombia', 'Yessenia Martinez Ruiz, Camilo Andres Mican Rincon, Diego Fernando Manotas Duque', 'International Journal of Sustainable Energy Planning and Management', '10.54337/ijsepm.9745')}
    ${row('A heuristic approach for the last mile delivery...', 'Rodrigo Linfati, John Willmer Escobar Velasquez', 'Mathematics', '10.3390/math13101553')}
    </tbody></table></div>`;
  const dated = `<div class="publications-section"><h2>Artículos 2024</h2><table class="styled-table">${header}<tbody>
    ${row('Optimal Planning of Oil Palm Fruit Harvest', 'rafael guillermo garcia caceres, john willmer escobar velásquez', 'international journal of services and operations management', '10.1504/IJSOM.2024.143060')}
    ${row('Common Factors in the Profitability of Energy Firms', 'orlando joaqui barandica, diego fernando manotas duque, jorge mario uribe gil', 'energy journal', '10.1177/01956574241280779')}
    ${row('Editorial Footprints', 'john willmer escobar velásquez', 'cuadernos de administracion universidad del valle')}
    </tbody></table></div>`;

  it("reads the first table's rows with the labels of the tables beside it, undated", () => {
    const entries = read(`<div>${cut}${dated}</div>`, 'https://gifinc.netlify.app/publicaciones/articulos/');
    expect(entries.map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      [
        'LCOE at risk in different locations in Colombia',
        3,
        undefined,
        'International Journal of Sustainable Energy Planning and Management',
      ],
      ['A heuristic approach for the last mile delivery', 2, undefined, 'Mathematics'],
      ['Optimal Planning of Oil Palm Fruit Harvest', 2, 2024, 'international journal of services and operations management'],
      ['Common Factors in the Profitability of Energy Firms', 3, 2024, 'energy journal'],
      ['Editorial Footprints', 1, 2024, 'cuadernos de administracion universidad del valle'],
    ]);
  });

  it("does not read an undated row that names no one (a listing's own index page, pennekamp-pubs)", () => {
    const listing = `<h1>Publications</h1><table class="quarto-listing-table table"><thead><tr><th>Date</th><th>Title</th><th>Author</th></tr></thead>
    <tbody class="list">
    <tr><td class="listing-date"></td><td class="listing-title"><a href="./publications/index.html" class="title">Publications</a></td><td class="listing-author"></td></tr>
    <tr><td class="listing-date">Jan 1, 2013</td><td class="listing-title"><a href="./publications/a.html" class="title">Implementing image analysis in laboratory-based experimental systems for ecology and evolution</a></td><td class="listing-author">Frank Pennekamp, Nicolas Schtickzelle</td></tr>
    <tr><td class="listing-date">Jan 1, 2014</td><td class="listing-title"><a href="./publications/b.html" class="title">The larval ecology of the butterfly Euphydryas desfontainii in SW-Portugal</a></td><td class="listing-author">Frank Pennekamp, Nicolas Schtickzelle</td></tr>
    <tr><td class="listing-date">Jan 1, 2015</td><td class="listing-title"><a href="./publications/c.html" class="title">BEMOVI, software for extracting behavior and morphology from videos</a></td><td class="listing-author">Frank Pennekamp, Nicolas Schtickzelle, Owen L. Petchey</td></tr>
    </tbody></table>`;
    expect(read(listing, 'https://pennekamp.example.org/publications/').map((e) => e.title)).not.toContain('Publications');
  });

  it('does not read a labelled table that dates none of its rows', () => {
    const undated = dated.replace('<h2>Artículos 2024</h2>', '');
    expect(read(`<div>${cut}${undated}</div>`, 'https://gifinc.netlify.app/publicaciones/articulos/')).toEqual([]);
  });
});

describe('entries run one after another in a section, the DOI an icon link after the venue (leonsanchez-publications)', () => {
  const entry = (names: string, title: string, venue: string, doi: string) => `
    <span class="pub_auth_">${names}</span><br>
    <span class="pub_title"><b>${title}</b>.</span><br>
    <span class="pub_book1"><i>${venue}</i>.</span>
    <span class="pub_doi__"><a href="https://doi.org/${doi}" target="_blank"><i class="ai ai-doi"></i></a> </span>
    <br><br>`;
  const html = `<html><head><title>Publications</title></head><body><section id="pr"><h1>Papers</h1>
    <section id="pr2024" class="filteredgroup"><h3>2024</h3>
    ${entry(
      'León-Rueda, W., Gómez-Caro, S., Mendoza-Vargas, L., <u>León-Sánchez, C.</u>, Ramírez-Gil, J. 2024,',
      'Linking the Laboratory and the Field in Potato Early Dying Detection',
      'Agronomy 14, no. 7: 1569. MDPI',
      '10.3390/agronomy14071569',
    )}
    ${entry(
      'Bachert, C., <u>León-Sánchez, C.</u>, Kutzner, T., Agugiaro, G., 2024,',
      'Mapping the CityGML Energy ADE to CityGML 3.0 using a model-driven approach',
      'ISPRS International Journal of Geo-Information. 2024; 13 , no. 4: 121. MDPI',
      '10.3390/ijgi13040121',
    )}
    </section><section id="pr2021" class="filteredgroup"><h3>2021</h3>
    ${entry(
      'León-Rueda, W. A., <u>León-Sánchez, C.</u>, Gómez-Caro, S., Ramírez-Gil, J. G. 2021,',
      'Identification of diseases and physiological disorders in potato via multispectral drone imagery',
      'Tropical Plant Pathology, 47, 152–167',
      '10.1007/s40858-021-00460-2',
    )}
    <span class="pub_auth_">Ruiz Orejuela, L. Lizarazo, I., <u>León-Sánchez, C.</u> 2021,</span><br>
    <span class="pub_title"><b>Nuevo enfoque al problema de la localización óptima para equipamientos de justicia</b>.</span><br>
    <span class="pub_book1"><i>Revista Internacional de Tecnología, Conocimiento y Sociedad</i>,</span>
    <br><br>
    </section></section></body></html>`;

  it('gives each entry the DOI of its own icon link, none to the entry that has none', () => {
    const entries = read(html, 'https://calsgeo.github.io/my-website/publications.html');
    expect(entries.map((e) => [e.title.slice(0, 30), e.ids.doi])).toEqual([
      ['Linking the Laboratory and the', '10.3390/agronomy14071569'],
      ['Mapping the CityGML Energy ADE', '10.3390/ijgi13040121'],
      ['Identification of diseases and', '10.1007/s40858-021-00460-2'],
      ['Nuevo enfoque al problema de l', undefined],
    ]);
  });
});
