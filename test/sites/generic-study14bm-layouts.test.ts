import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { kindYearHeading } from '../../lib/text/common';

/** The generic reader on layouts of the former heldout78 pages (study14bm), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publicaciones/articulos/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const row = (title: string, authors: string, journal: string, doi?: string) =>
  `<tr><td>${title}</td><td>${authors}</td><td>${journal}</td><td>${doi ? `<a href="https://doi.org/${doi}">DOI</a>` : '–'}</td></tr>`;

describe('per-year tables of Título / Autores / Revista / DOI cells under "Artículos 2025" (gifinc-articulos)', () => {
  const table = (heading: string, rows: string[]) => `<div class="publications-section"><h2>${heading}</h2>
  <table class="styled-table"><thead><tr><th>Título</th><th>Autores</th><th>Revista</th><th>DOI</th></tr></thead>
  <tbody>${rows.join('\n')}</tbody></table></div>`;
  const html = `<h1>Artículos</h1>${table('Artículos 2025', [
    row(
      'A multi-objective robustness methodology...',
      'John Willmer Escobar Velasquez',
      'International Journal of Shipping and Transport Logistics',
    ),
    row(
      'A heuristic approach for the last mile delivery...',
      'Rodrigo Linfati, John Willmer Escobar Velasquez',
      'Mathematics',
      '10.3390/math13101553',
    ),
    row(
      'Two-stage linear stochastic programming...',
      'Daniel Morillo Torres, John Willmer Escobar Velasquez',
      'International Journal of Systems Science Operations Logistics',
      '10.1080/23302674.2025.2451223',
    ),
  ])}${table('Artículos 2024', [
    row(
      'Optimal Planning of Oil Palm Fruit Harvest',
      'rafael guillermo garcia caceres, john willmer escobar velásquez',
      'international journal of services and operations management',
      '10.1504/IJSOM.2024.143060',
    ),
    row(
      'Common Factors in the Profitability of Energy Firms',
      'orlando joaqui barandica, diego fernando manotas duque, jorge mario uribe gil',
      'energy journal',
      '10.1177/01956574241280779',
    ),
    row('Editorial Footprints', 'john willmer escobar velásquez', 'cuadernos de administracion universidad del valle'),
  ])}`;

  it('reads the heading\'s year, the cut titles without their dots, the "Revista" cell as the venue and lower-case names', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.year, e.venue])).toEqual([
      ['A multi-objective robustness methodology', 2025, 'International Journal of Shipping and Transport Logistics'],
      ['A heuristic approach for the last mile delivery', 2025, 'Mathematics'],
      ['Two-stage linear stochastic programming', 2025, 'International Journal of Systems Science Operations Logistics'],
      ['Optimal Planning of Oil Palm Fruit Harvest', 2024, 'international journal of services and operations management'],
      ['Common Factors in the Profitability of Energy Firms', 2024, 'energy journal'],
      ['Editorial Footprints', 2024, 'cuadernos de administracion universidad del valle'],
    ]);
    expect(entries[3]!.authors).toEqual(['rafael guillermo garcia caceres', 'john willmer escobar velásquez']);
    expect(entries[5]!.authors).toEqual(['john willmer escobar velásquez']);
  });
});

describe('kindYearHeading', () => {
  it('reads the year after a kind of paper', () => {
    expect(kindYearHeading('Artículos 2025')).toBe(2025);
    expect(kindYearHeading('Journal articles – 2024')).toBe(2024);
  });
  it('reads no year after other words, nor a range', () => {
    expect(kindYearHeading('Talks 2024')).toBeUndefined();
    expect(kindYearHeading('Workshop on Robotics 2024')).toBeUndefined();
    expect(kindYearHeading('Publications 2010-2020')).toBeUndefined();
    expect(kindYearHeading('2024')).toBeUndefined();
  });
});

describe('works in progress as a bold title then "A, B ve C (2026)" (eroglu-yayinlar)', () => {
  const html = `<h2>Work in Progress</h2><section>
  <article class="work"><b>Auto-Hellinger Correlation for Serial Dependence: Rank-Based Tests</b><span class="authors">Burak Alparslan Eroğlu, Haluk Yener, Taner Yiğit ve Ramazan Ekinci (2026)</span></article>
  <article class="work"><b>Macroeconomic News Announcements and Sovereign Bond Yields in the European Monetary Union</b><span class="authors">Seçil Yıldırım-Karaman, Burak Alparslan Eroğlu ve İshak Demir (2026)</span></article>
  <article class="work"><b>Connectedness through the Monetary Policy</b><span class="authors">Kamil Yılmaz, Burak Alparslan Eroğlu, Hasan Karaboğa ve Ramazan Ekinci (2026)</span></article>
  <article class="work"><b>Sentiment-Conditioned Monetary Policy Transmission to Housing Markets in Europe</b><span class="authors">Ahmet Usta ve Burak Alparslan Eroğlu (2026)</span></article>
  </section>`;
  it('reads the names around "ve" ("and")', () => {
    const entries = read(html, 'https://lab.example.org/yayinlar.html');
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Auto-Hellinger Correlation for Serial Dependence: Rank-Based Tests',
        ['Burak Alparslan Eroğlu', 'Haluk Yener', 'Taner Yiğit', 'Ramazan Ekinci'],
        2026,
      ],
      [
        'Macroeconomic News Announcements and Sovereign Bond Yields in the European Monetary Union',
        ['Seçil Yıldırım-Karaman', 'Burak Alparslan Eroğlu', 'İshak Demir'],
        2026,
      ],
      ['Connectedness through the Monetary Policy', ['Kamil Yılmaz', 'Burak Alparslan Eroğlu', 'Hasan Karaboğa', 'Ramazan Ekinci'], 2026],
      ['Sentiment-Conditioned Monetary Policy Transmission to Housing Markets in Europe', ['Ahmet Usta', 'Burak Alparslan Eroğlu'], 2026],
    ]);
  });
});

describe('title cards over a "Venue · Year" line, under kind headings (dosreistorres-publicacoes)', () => {
  const item = (title: string, venue: string, link = '<a href="artigo.pdf">Ler artigo</a>') =>
    `<div class="pub-item"><p class="pub-title">${title}</p><p class="pub-venue">${venue}</p>${link}</div>`;
  const html = `<title>Publicações · Patrícia Torres</title><h2>Publicações</h2><div class="pubs">
  <h3>Jornalismo</h3>
  ${item("O que é isso de 'carga mental'?", 'Vogue · 2019')}
  ${item('Branco mais branco não há?', 'Vogue · 2019')}
  ${item('I am a genius, do not disturb', 'Vogue · 2020')}
  ${item('Adultos à força', 'Vogue · 2020')}
  <h3>Investigação académica</h3>
  ${item('Os Efeitos dos Perfis Ministeriais na Governação Democrática', 'Quem Governa Portugal? Perfis Ministeriais em Perspectiva Comparada. Lisboa, Portugal, 2026', '<a href="#">(Forthcoming)</a>')}
  <h3>Conferências</h3>
  ${item('Omissões na Transparência dos Partidos Políticos em Portugal', 'Congresso da Associação de Ciência Política em Portugal · Lisboa, 2025', '')}
  </div>`;
  it('reads the venue before the middle dot and leaves the talks under "Conferências" out', () => {
    const entries = read(html, 'https://example.github.io/publicacoes.html');
    expect(entries.map((e) => [e.title, e.year, e.venue])).toEqual([
      ["O que é isso de 'carga mental'?", 2019, 'Vogue'],
      ['Branco mais branco não há?', 2019, 'Vogue'],
      ['I am a genius, do not disturb', 2020, 'Vogue'],
      ['Adultos à força', 2020, 'Vogue'],
      ['Os Efeitos dos Perfis Ministeriais na Governação Democrática', 2026, undefined],
    ]);
  });
});
