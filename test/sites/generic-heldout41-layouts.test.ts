import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout41 pages: a Quarto page's citeproc Chicago list whose "———." repeats
 * the previous entry's authors (naufel), a hand-written <ol> of DOI links holding Vancouver names and an inline-bold title,
 * with no year or venue (gentilinlab), and a Quarto custom listing of cards naming the authors by family name alone
 * under the title (sartini).
 */
function read(html: string, url = 'https://owner.example.org/pubs.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('citeproc Chicago with "———." for the previous entry\'s authors', () => {
  const entry = (text: string) => `<div class="csl-entry" role="listitem">${text}</div>`;
  const html = page(
    `<h1>Publicações</h1><div id="refs" class="references csl-bib-body hanging-indent" role="list">` +
      entry(
        'Amaral, Fernando Náufel do. 1996. "Uma Nova Proposta para o Cálculo do Fecho Transitivo de Relações Binárias". Rio de Janeiro: FAPERJ.',
      ) +
      entry(
        'Amaral, Fernando Náufel do, e E. H. Haeusler. 2000a. "A Logic-Based Approach for Real-Time Object-Oriented Software Development". Editado por UFRGS. <em>Revista de Informática Teórica e Aplicada</em> VII, no.1: 69–88.',
      ) +
      entry(
        '———. 2000b. "Completeness of an Action Logic Featuring a Delta-Operator for Timed Transition Systems". Comunicação apresentada em <em>Workshop on Logic, Language, Information and Computation – WoLLIC</em>, 123–32. Natal, Rio Grande do Norte.',
      ) +
      entry(
        '———. 2000c. "Completeness of an Action Logic for Timed Transition Systems". <em>Bulletin of the Section of Logic (Lodz, Poland)</em> 29, no.4: 151–60.',
      ) +
      entry(
        'Rademaker, A., Fernando Náufel do Amaral, e E. H. Haeusler. 2007. "A Sequent Calculus for ALC". 25/07. Rio de Janeiro, Rio de Janeiro: Depto. de Informática, PUC-Rio.',
      ) +
      `</div>`,
  );

  it('reads every entry, the dashed ones with the authors of the entry before them', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Uma Nova Proposta para o Cálculo do Fecho Transitivo de Relações Binárias', ['Fernando Náufel do Amaral'], 1996],
      ['A Logic-Based Approach for Real-Time Object-Oriented Software Development', ['Fernando Náufel do Amaral', 'E. H. Haeusler'], 2000],
      [
        'Completeness of an Action Logic Featuring a Delta-Operator for Timed Transition Systems',
        ['Fernando Náufel do Amaral', 'E. H. Haeusler'],
        2000,
      ],
      ['Completeness of an Action Logic for Timed Transition Systems', ['Fernando Náufel do Amaral', 'E. H. Haeusler'], 2000],
      ['A Sequent Calculus for ALC', ['A. Rademaker', 'Fernando Náufel do Amaral', 'E. H. Haeusler'], 2007],
    ]);
  });
});

describe('DOI links holding names and an inline-bold title, with no year', () => {
  const item = (doi: string, names: string, title: string) =>
    `<li><a href="${doi ? `https://doi.org/${doi}` : '#'}" target="_blank"><span style="font-weight: normal;">${names}</span> ` +
    `<span style="font-weight: bold;">${title}</span></a></li>`;
  const html = page(
    `<section id="content"><h2>Pubblicazioni Scientifiche</h2><ol id="pubblicazioni">` +
      item(
        '10.1080/03091902.2025.2506419',
        'Gentilin A.',
        'Comparison of seven machine learning models in hypertension classification using photoplethysmographic and anthropometric data.',
      ) +
      item(
        '10.1016/j.physbeh.2024.114755',
        'Gentilin A, Rakobowchuk M, Mourot L.',
        'Sex-specific responses of central artery stiffness to cold pressor test-mediated sympathetic activation.',
      ) +
      item('10.1515/jbcpp-2024-0014', 'Gentilin A.', 'The pitfalls of linear regression in physiological research.') +
      item(
        '10.1002/jum.16553',
        'Tecchio P, Gentilin A.',
        'TG Vascutrack: software for automated extraction of arterial diameter and velocity profile data.',
      ) +
      `</ol></section>`,
  );

  it('reads each linked entry, the DOI standing for the year', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.ids.doi])).toEqual([
      [
        'Comparison of seven machine learning models in hypertension classification using photoplethysmographic and anthropometric data',
        ['A Gentilin'],
        '10.1080/03091902.2025.2506419',
      ],
      [
        'Sex-specific responses of central artery stiffness to cold pressor test-mediated sympathetic activation',
        ['A Gentilin', 'M Rakobowchuk', 'L Mourot'],
        '10.1016/j.physbeh.2024.114755',
      ],
      ['The pitfalls of linear regression in physiological research', ['A Gentilin'], '10.1515/jbcpp-2024-0014'],
      [
        'TG Vascutrack: software for automated extraction of arterial diameter and velocity profile data',
        ['P Tecchio', 'A Gentilin'],
        '10.1002/jum.16553',
      ],
    ]);
  });
});

describe('a Quarto listing of cards: title, family names alone, journal and year', () => {
  const card = (i: number, title: string, names: string, journal: string, year: number, doi: string) =>
    `<li data-index="${i}" data-categories="CGM"><span class="listing-title lead">${title}</span><br>` +
    `<span class="listing-author">${names}</span><br><span class="listing-publication fst-italic ">${journal}</span> ` +
    `<span class="listing-year">(${year})</span><br><a href="./details-${i}.html" class="btn btn-primary btn-sm">Details</a> ` +
    `<a href="https://doi.org/${doi}" class="btn btn-secondary btn-sm">DOI</a></li>`;
  const html = page(
    `<h1>Publications</h1><div class="list quarto-listing-default"><ul>` +
      card(
        0,
        'Light physical activity and all-cause mortality in US adults across Cardiovascular-Kidney-Metabolic Syndrome Stages',
        'Sartini, Rooney, Schrack, McEvoy, Ndumele, Zeger, Selvin, &amp; Fang',
        'American Heart Association',
        2026,
        '10.1161/JAHA.125.046271',
      ) +
      card(
        1,
        'Fast Bayesian Functional Principal Components Analysis',
        'Sartini, Zhou, Selvin, Zeger, &amp; Crainiceanu',
        'Computational and Graphical Statistics',
        2025,
        '10.1080/10618600.2025.2592768',
      ) +
      card(
        2,
        'Glucose Color Index: Development and Validation of a Novel Measure of the Shape of Glycemic Variability',
        'Sartini, Fang, Rooney, Selvin, Coresh, &amp; Zeger',
        'Diabetes Science and Technology',
        2024,
        '10.1177/19322968241234567',
      ) +
      `</ul></div>`,
  );

  it('reads each card with its family names as the authors', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Light physical activity and all-cause mortality in US adults across Cardiovascular-Kidney-Metabolic Syndrome Stages',
        ['Sartini', 'Rooney', 'Schrack', 'McEvoy', 'Ndumele', 'Zeger', 'Selvin', 'Fang'],
        2026,
      ],
      ['Fast Bayesian Functional Principal Components Analysis', ['Sartini', 'Zhou', 'Selvin', 'Zeger', 'Crainiceanu'], 2025],
      [
        'Glucose Color Index: Development and Validation of a Novel Measure of the Shape of Glycemic Variability',
        ['Sartini', 'Fang', 'Rooney', 'Selvin', 'Coresh', 'Zeger'],
        2024,
      ],
    ]);
  });
});
