import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { corpusHtml } from '../fixtures/corpus/corpus';

/** The generic reader on layouts of the dev pages that were heldout75 (study14bj), from real entries. */
function read(html: string, url = 'https://lab.example.org/pubs.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('an economist\'s books, "Title, Publisher, avec A et B, Year. ISBN: …", the owner never named (perivier)', () => {
  const item = (text: string) => `<div class="post"><div class="description"><p>${text}</p></div></div>`;
  const html = `<html><head><title>Ouvrages</title></head><body><main><h1>Ouvrages</h1><div class="list">
    ${item('L’économie féministe. Pourquoi l’économie a besoin du féminisme et vice versa, Presses de Sciences Po, 2020. ISBN: 139782724626759')}
    ${item('Refonder le système de protection sociale. Pour une nouvelle génération de droits sociaux, Presses de Sciences Po, avec Bernard Gazier et Bruno Palier, 2014.ISBN: 139782724616255')}
    ${item('Les discriminations entre les femmes et les hommes, Presses de Sciences Po, avec Françoise Milewski, 2011. ISBN: 9782724612011')}
    ${item('Travail des femmes et inégalités, Revue de l’OFCE n°90, 2004, co-édité avec Françoise Milewski')}
  </div></main></body></html>`;

  it('reads the coauthors the "avec" part names, not as the venue', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['L’économie féministe. Pourquoi l’économie a besoin du féminisme et vice versa', [], 2020],
      [
        'Refonder le système de protection sociale. Pour une nouvelle génération de droits sociaux',
        ['Bernard Gazier', 'Bruno Palier'],
        2014,
      ],
      ['Les discriminations entre les femmes et les hommes', ['Françoise Milewski'], 2011],
      ['Travail des femmes et inégalités', ['Françoise Milewski'], 2004],
    ]);
    expect(entries[1]!.venue).toBe('Presses de Sciences Po');
  });
});

describe('cards with an ABNT names line a formatter wrapped in the source (grupovidar, the saved page)', () => {
  // "<p class="publicacao-autores">⏎ BATISTA, Fabiane Andrade; MACHADO, Hívina Dorzane; DE OLIVEIRA⏎ COSTA, Mônica⏎</p>"
  const entries = read(corpusHtml('grupovidar-publicacoes'), 'https://grupovidar.github.io/Site/publicacoes.html');
  const authorsOf = (title: string) => entries.find((e) => e.title.startsWith(title))?.authors;

  it('reads each "FAMILY, Given" as one name, across the source\'s line breaks', () => {
    expect(authorsOf('Experimentações autobiográficas: Modos')).toEqual([
      'Fabiane Andrade BATISTA',
      'Hívina Dorzane MACHADO',
      'Mônica DE OLIVEIRA COSTA',
    ]);
    expect(authorsOf('Uma docência navegante')).toEqual([
      'Ana Patricia DE SOUZA AZEVEDO',
      'Caroline Barroncas de OLIVEIRA',
      'Gabriel DA SILVA BENTES',
    ]);
    expect(authorsOf('Corpo-mulher amazônida')).toEqual([
      'Caroline Barroncas de OLIVEIRA',
      'Mônica DE OLIVEIRA COSTA',
      'Monica SILVA AIKAWA',
    ]);
  });

  it('reads one name before "et al." as one name', () => {
    expect(authorsOf('Por uma docência amazônida da escuta')).toEqual(['Caroline Barroncas DE OLIVEIRA']);
  });
});

describe('an economist\'s "(Year): Title" / "with A and B" / venue cells, the owner never named (huse, the saved page)', () => {
  const entries = read(corpusHtml('huse-research'), 'https://cristianhuse.github.io/research.htm');
  const entry = (title: string) => entries.find((e) => e.title === title);

  it('reads the owner\'s paper alone under its "(2011): " year', () => {
    // "(2011): Term Structure Modelling with Observable State Variables⏎Journal of Banking and Finance 35 (12) 3240-3252."
    expect(entry('Term Structure Modelling with Observable State Variables')).toMatchObject({ authors: [], year: 2011 });
  });

  it("reads the coauthors' line under a title whose venue is a note or a book", () => {
    // "(2006): Estimation and Identification of Demand and Supply⏎with Alberto Salvo, in Portuguese⏎In: Quantitative …"
    expect(entry('Estimation and Identification of Demand and Supply')).toMatchObject({ authors: ['Alberto Salvo'], year: 2006 });
    expect(
      entry('Kill Two Birds with One Stone? Environmental Policy Design with Multiple Targets in the Swedish Car Market')?.authors,
    ).toEqual(['Claudio Lucinda']);
  });
});

describe('a title that closes on an enumeration "A, B et C" before its publisher (perivier)', () => {
  const html = `<html><head><title>Ouvrages</title></head><body><main><h1>Ouvrages</h1><div class="list">
    <div class="post"><p>Le deuxième âge de l’émancipation. La société, les femmes et l’emploi, La République des Idées, Seuil, avec Dominique Méda, 2007. ISBN:2020917629</p></div>
    <div class="post"><p>Les discriminations entre les femmes et les hommes, Presses de Sciences Po, avec Françoise Milewski, 2011. ISBN: 9782724612011</p></div>
    <div class="post"><p>Travail des femmes et inégalités, Revue de l’OFCE n°90, 2004, co-édité avec Françoise Milewski</p></div>
  </div></main></body></html>`;

  it('keeps the lower-case comma part in the title', () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      ['Le deuxième âge de l’émancipation. La société, les femmes et l’emploi', ['Dominique Méda']],
      ['Les discriminations entre les femmes et les hommes', ['Françoise Milewski']],
      ['Travail des femmes et inégalités', ['Françoise Milewski']],
    ]);
  });
});

describe('ABNT names lines in cards (grupovidar)', () => {
  const art = (t: string, a: string, r: string) =>
    `<article class="publicacao-item"><div class="publicacao-cabecalho"><h2 class="publicacao-titulo">${t}</h2><p class="publicacao-autores">${a}</p><p class="publicacao-referencia">${r}</p></div></article>`;
  const html = `<html><body><main><h1>Publicações</h1><section>
    ${art('Experimentações autobiográficas: modos de transver a Amazônia e a mulher Amazônida.', 'BATISTA , Fabiane Andrade; MACHADO, Hívina Dorzane; COSTA, Mônica de Oliveira.', 'Dialogia, [S. l.], n. 49, p. e26815, 2024.')}
    ${art('Um professorar alfabetizador e o cuidado de si: reflexões a partir do estágio', 'NETA, Ana Maria Xavier da Silva et al.', 'Cadernos de Pesquisa Social, v. 12, n. 1, p. 78-95, 2023.')}
    ${art('Retrato da autobiografia enquanto coisa', 'OLIVEIRA, Caroline, COSTA, Mônica e AIKAWA, Monica.', 'Cadernos de Pesquisa Social, v. 12, n. 1, p. 78-95, 2023.')}
  </section></main></body></html>`;

  it('reads a space before the family name\'s comma, many given names, and a bare "e" before the last name', () => {
    expect(read(html).map((e) => e.authors)).toEqual([
      ['Fabiane Andrade BATISTA', 'Hívina Dorzane MACHADO', 'Mônica de Oliveira COSTA'],
      ['Ana Maria Xavier da Silva NETA'],
      ['Caroline OLIVEIRA', 'Mônica COSTA', 'Monica AIKAWA'],
    ]);
  });
});

describe('cards with a badge of the kind in Chinese over the title (luckyjiaxu)', () => {
  const art = (badge: string, t: string, a: string, v: string) =>
    `<article class="pub"><div class="pub-year">2022</div><div><div class="pub-badges"><span class="tag">${badge}</span></div><h3 class="pub-title">${t}</h3><p class="pub-authors">${a}</p><p class="pub-venue">${v}</p></div></article>`;
  const html = `<html><body><main><h1>Publications</h1><section>
    ${art('ICIBM 2023', 'Clustering Alzheimer’s Disease Subtypes via Similarity Learning and Graph Diffusion', 'Wei, T., Yang, S., <span class="me">Xu, J.</span>', 'International Conference on Intelligent Biology and Medicine')}
    ${art('AMIA 2023', 'Identification of the Most Determinant Demographic and Biological Factors for the Phenotypic and Chronological Age Difference Prediction in the NHANES Cohort', '<span class="me">Xu, J.</span>, Xie, Y., Zhang, Y., Pala, D., Shen, L.', 'AMIA 2023 Informatics Summit')}
    ${art('期刊', 'Simplified analysis of MHD flow in a porous surrounding bounded by an oscillating vertical cylindrical surface', 'Wu, Y., <span class="me">Xu, J.</span>', '横向磁场下考虑辐射效应的数学建模研究')}
  </section></main></body></html>`;

  it('reads the names line, not the badge', () => {
    expect(read(html).map((e) => e.authors)).toEqual([
      ['T. Wei', 'S. Yang', 'J. Xu'],
      ['J. Xu', 'Y. Xie', 'Y. Zhang', 'D. Pala', 'L. Shen'],
      ['Y. Wu', 'J. Xu'],
    ]);
  });
});

describe('a Quarto listing whose titles its class marks (admirjr)', () => {
  const post = (title: string, doi: string, date: string, journal: string) =>
    `<div class="quarto-post image-right"><div class="body"><h3 class="no-anchor listing-title"><a href="https://doi.org/${doi}" class="no-external">${title}</a></h3>
    <div class="listing-categories"><div class="listing-category">Paper</div></div>
    <div class="delink listing-description"><a href="https://doi.org/${doi}"><p>Modeled the distribution of several bee species to identify the role of environmental heterogeneity.</p></a></div></div>
    <div class="metadata"><a href="https://doi.org/${doi}"><div class="listing-date">${date}</div><div class="metadata-value listing-journal">${journal}</div></a></div></div>`;
  const html = `<html><body><main><h1>Publications</h1><div class="quarto-listing">
    ${post('Developed a R package for Abundance-based Species Distribution Models', '10.1111/2041-210X.70074', 'Jun 1, 2025', 'Methods in Ecology and Evolution')}
    ${post('Environmental heterogeneity as a determinant of bee diversity patterns in the Atlantic Forest', '10.21425/fob.18.142410', 'May 1, 2025', 'Frontiers of Biogeography')}
    ${post('Becoming e(E)arth', '10.46667/renbio.v16i1.1008', 'Dec 1, 2023', 'REnBio - Revista de Ensino de Biologia')}
    ${post('Bees of the Atlantic Forest and their flowers in a changing climate', '10.1000/bees.2022.1', 'Mar 1, 2022', 'Apidologie')}
  </div></main></body></html>`;

  it('reads a title of two words', () => {
    expect(read(html).map((e) => [e.title, e.year])).toContainEqual(['Becoming e(E)arth', 2023]);
  });
});
