import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout33 pages: cases written in the pages' manner, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('post cards of papers with no names: heading, date line, summary, a DOI link (a Hugo list)', () => {
  const card = (title: string, date: string, doi: string, summary: string) =>
    `<div class="column"><div class="card"><div class="card-content"><h2 class="title">${title}</h2><p class="subtitle"><span>${date}</span> <span>3m read</span></p><div class="tags"><span class="tag">paper</span></div><p class="content">${summary}</p><div class="buttons"><a href="/pubs/x/">Read more...</a> <a href="https://doi.org/${doi}">Fulltext</a></div></div></div></div>`;
  const cards = [
    card(
      'Soil bacteria shape nitrogen cycling in alpine meadows',
      '2023-05-14',
      '10.1234/soil.2023.17',
      'Alpine soils hold diverse communities. Here we sample forty meadows and relate taxa to nitrogen fluxes measured in situ.',
    ),
    card(
      'A benchmark of metabolic models for gut communities',
      '2021-11-02',
      '10.5678/bench.2021.3',
      'Community models disagree. We compare six tools on common data and report where their predictions differ.',
    ),
    card(
      'Sequencing depth and the detection of rare taxa',
      '2019-01-20',
      '10.9012/depth.2019.88',
      'Rare taxa are often missed. We subsample deep runs to estimate how many reads are needed to find them.',
    ),
  ];

  it('each card is a paper: the heading its title, the date its year, the link its DOI', () => {
    const entries = read(page(`<h1>Publications</h1><div class="columns">${cards.join('')}</div>`), 'https://lab.example.org/pubs/');
    expect(entries.map((e) => [e.title, e.authors, e.year, e.ids.doi])).toEqual([
      ['Soil bacteria shape nitrogen cycling in alpine meadows', [], 2023, '10.1234/soil.2023.17'],
      ['A benchmark of metabolic models for gut communities', [], 2021, '10.5678/bench.2021.3'],
      ['Sequencing depth and the detection of rare taxa', [], 2019, '10.9012/depth.2019.88'],
    ]);
  });

  it('a variant: news cards with no DOI link are no papers', () => {
    const news = cards.map((c) => c.replace(/<a href="https:\/\/doi\.org[^"]*">Fulltext<\/a>/, ''));
    expect(read(page(`<h1>News</h1><div class="columns">${news.join('')}</div>`), 'https://lab.example.org/news/')).toEqual([]);
  });
});
