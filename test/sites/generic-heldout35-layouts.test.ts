import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout35 pages (alvarenga, mpd): an owner's papers listed with no names,
 * as title + venue + year on one line or as cards of a title line and a journal line under year headings.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('cards of title, journal and abstract with no names, under year headings (a Gatsby page)', () => {
  const card = (title: string, journal: string, doi: string, abstract: string) =>
    `<article class="publication-card card"><h3 class="publication-card__title"><span>${title}</span></h3><div>${journal}</div><nav class="publication-card__links"><a class="publication-card__link" href="/en/publications/${doi}">More details</a></nav><aside class="publication-card__abstract"><p>${abstract}</p></aside></article>`;
  const year = (y: number, cards: string[]) => `<section><h2>${y}</h2><div class="cards">${cards.join('')}</div></section>`;
  const html = page(
    `<h1>Publications</h1>` +
      year(2019, [
        card(
          'Tungsten Isotope-Specific UV-Photodecomposition of W(CO)<sub>6</sub> at 266 nm',
          'The Journal of Physical Chemistry A',
          '10.1021/acs.jpca.9b00001',
          'UV photodissociation of tungsten hexacarbonyl has been studied in the molecular beam conditions using time-of-flight mass spectrometry.',
        ),
        card(
          'Singlet Oxygen in Photocatalysis on TiO<sub>2</sub>. Where Does It Come from?',
          'The Journal of Physical Chemistry C',
          '10.1021/acs.jpcc.9b00002',
          'Features of the near-infrared phosphorescence of singlet oxygen photosensitized by TiO2 in solutions have been investigated.',
        ),
      ]) +
      year(2005, [
        card(
          'Pulsed source of metal atoms and their compounds',
          'Review of Scientific Instruments',
          '10.1063/1.1841952',
          'A pulsed source for production of metal atoms is described.',
        ),
        card('Iron monoxide photodissociation', 'The Journal of Chemical Physics', '10.1063/1.1844271', ''),
      ]),
  );

  it('each card is a paper: its title, its journal, the heading its year', () => {
    expect(read(html, 'https://mpd.example.org/en/publications/').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Tungsten Isotope-Specific UV-Photodecomposition of W(CO)6 at 266 nm', [], 2019, 'The Journal of Physical Chemistry A'],
      ['Singlet Oxygen in Photocatalysis on TiO2. Where Does It Come from?', [], 2019, 'The Journal of Physical Chemistry C'],
      ['Pulsed source of metal atoms and their compounds', [], 2005, 'Review of Scientific Instruments'],
      ['Iron monoxide photodissociation', [], 2005, 'The Journal of Chemical Physics'],
    ]);
  });

  it('a variant: news cards, a headline over a place or a teaser line, are no papers', () => {
    const news = page(
      `<h1>Lab life</h1>` +
        year(2024, [
          card('Our group moves to the new building', 'Novosibirsk, Institutskaya street', 'n1', 'We moved in March.'),
          card('Anna wins the best poster award', 'Congratulations to Anna', 'n2', 'At the spring meeting.'),
          card('New laser system installed in the lab', 'The dye laser arrived', 'n3', 'It works.'),
        ]),
    );
    expect(read(news, 'https://mpd.example.org/en/news/')).toEqual([]);
  });

  it('a variant: talk cards, a title over the place it was given, are no papers', () => {
    const talks = page(
      `<h1>Invited talks</h1>` +
        year(2023, [
          card('Velocity map imaging of van der Waals complexes', 'Department of Chemistry, University of Tokyo', 't1', 'A seminar.'),
          card(
            'Singlet oxygen from encounter complexes of oxygen',
            'Max Planck Institute for Biophysical Chemistry',
            't2',
            'A colloquium.',
          ),
          card(
            'Isotope effects in the photodissociation of metal carbonyls',
            'Gordon Research Conference on Photochemistry',
            't3',
            'A talk.',
          ),
        ]),
    );
    expect(read(talks, 'https://mpd.example.org/en/talks/')).toEqual([]);
  });
});

describe('a list of the owner’s papers as bold title, subtitle, italic journal, volume, pages and year (a Quarto page)', () => {
  const item = (title: string, subtitle: string, rest: string) => `<li><p><strong>${title}</strong>${subtitle}. ${rest}</p></li>`;
  const html = page(
    `<h2>Artigos em Periódicos</h2><ul>` +
      [
        item(
          'Impacto da Síndrome do Impostor no âmbito acadêmico e profissional',
          '',
          '<em>Revista Eletrônica Acervo em Saúde</em>, v.24, e15278, 2024.',
        ),
        item(
          'Teaching introductory statistical classes in medical schools using RStudio and R',
          ': evaluating technology acceptance and change in attitude towards statistics',
          '<em>Journal of Statistics Education</em>, v.28, p.&nbsp;212–219, 2020.',
        ),
        item(
          'Clínica e Terapêutica do Primeiro Episódio de Esquizofrenia',
          '',
          '<em>Psiquiatria Biológica</em>, v.11, p.&nbsp;91–97, 2003.',
        ),
        item('Depressão e Esquizofrenia', '', '<em>Jornal Brasileiro de Psiquiatria</em>, v.51, p.&nbsp;7–17, 2002.'),
        item(
          'Sintomas Alucinatórios Persistentes',
          ': uma discussão nosológica e psicopatológica',
          '<em>Psiquiatria Biológica</em>, v.8, p.&nbsp;9–14, 2000.',
        ),
        item(
          'Organização da Memória Semântica',
          ': suas possíveis relações com as vivências de significação anormal',
          '<em>Cadernos de Psicologia (UFMG)</em>, v.11, p.&nbsp;87–92, 2001.',
        ),
      ].join('') +
      `</ul>`,
  );

  it('each item is a paper: the subtitle after the colon is the title’s, a bold title that reads as names is a title too, names after it the venue', () => {
    expect(read(html, 'https://www.example.com/publicacoes.html').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Impacto da Síndrome do Impostor no âmbito acadêmico e profissional', [], 2024, 'Revista Eletrônica Acervo em Saúde'],
      [
        'Teaching introductory statistical classes in medical schools using RStudio and R: evaluating technology acceptance and change in attitude towards statistics',
        [],
        2020,
        'Journal of Statistics Education',
      ],
      ['Clínica e Terapêutica do Primeiro Episódio de Esquizofrenia', [], 2003, 'Psiquiatria Biológica'],
      ['Depressão e Esquizofrenia', [], 2002, 'Jornal Brasileiro de Psiquiatria'],
      ['Sintomas Alucinatórios Persistentes: uma discussão nosológica e psicopatológica', [], 2000, 'Psiquiatria Biológica'],
      // The journal reads as a name; in a list that names no one it is the venue.
      [
        'Organização da Memória Semântica: suas possíveis relações com as vivências de significação anormal',
        [],
        2001,
        'Cadernos de Psicologia (UFMG)',
      ],
    ]);
  });

  it('a variant: talks, a bold title then the event and its date, are no papers', () => {
    const talks = page(
      `<h2>Palestras</h2><ul>` +
        [
          '<li><p><strong>Redes Neurais e Inteligência Artificial</strong> Seminários de Psiquiatria do IPSEMG — 02/04/2025.</p></li>',
          '<li><p><strong>A Bipolaridade de Robert Lowell</strong> Seminários de Psiquiatria do IPSEMG — 09/10/2024.</p></li>',
          '<li><p><strong>Vozes e Visões na Construção da Cultura</strong> Seminários de Psiquiatria do IPSEMG — 2023.</p></li>',
          '<li><p><strong>A Medicina: uma ciência jovem</strong> UNIDEP, Curso de Medicina — 2020.</p></li>',
        ].join('') +
        `</ul>`,
    );
    expect(read(talks, 'https://www.example.com/publicacoes.html')).toEqual([]);
  });
});
