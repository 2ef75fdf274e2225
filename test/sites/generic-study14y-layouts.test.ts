import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of biology and ecology lab pages (the former heldout50 pages, study14y). */
function read(html: string, url = 'https://owner.example.io/publications/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe("a Quarto listing's category chips are no field of the card (oiry)", () => {
  // Three cards of the page's second listing as it writes them (thumbnails and data attributes left out).
  const html = page(`
<div id="listing-Co" class="quarto-listing quarto-listing-container-default">
<div class="list quarto-listing-default">
<div class="quarto-post image-right" data-index="0" data-categories="Remote Sensing,Drone,Aquaculture,Machine Learning,Kappaphycus alvarezii">
<div class="body">
<a href="./publication2/Kappa.html">
<h3 class="no-anchor listing-title">
Precision Aquaculture Drone Mapping of the Spatial Distribution of Kappaphycus alvarezii Biomass and Carrageenan
</h3>
<div class="listing-subtitle">
</div>
</a>
<div class="listing-categories">
<div class="listing-category">
Remote Sensing
</div>
<div class="listing-category">
Drone
</div>
<div class="listing-category">
Aquaculture
</div>
<div class="listing-category">
Machine Learning
</div>
<div class="listing-category">
Kappaphycus alvarezii
</div>
</div>
<a href="./publication2/Kappa.html"> </a>
</div>
<div class="metadata">
<a href="./publication2/Kappa.html">
<div class="listing-date">
Jul 2023
</div>
<div class="listing-author">
Nurjannah Nurdin; Evangelos Alevizos; Rajuddin Syamsuddin; Hasni Asis; Elmi Nurhaidah Zainuddin; Agus Aris ; Simon Oiry; Guillaume Brunier; Teruhisa Komatsu; Barillé Laurent
</div>
</a>
</div>
</div>
<div class="quarto-post image-right" data-index="1" data-categories="Remote Sensing,Drone,Aquaculture,Machine Learning,Oyster">
<div class="body">
<a href="./publication2/Oyster.html">
<h3 class="no-anchor listing-title">
Mapping intertidal oyster farms using unmanned aerial vehicles (UAV) high-resolution multispectral data
</h3>
<div class="listing-subtitle">
</div>
</a>
<div class="listing-categories">
<div class="listing-category">
Remote Sensing
</div>
<div class="listing-category">
Drone
</div>
<div class="listing-category">
Aquaculture
</div>
<div class="listing-category">
Machine Learning
</div>
<div class="listing-category">
Oyster
</div>
</div>
<a href="./publication2/Oyster.html"> </a>
</div>
<div class="metadata">
<a href="./publication2/Oyster.html">
<div class="listing-date">
Jul 2023
</div>
<div class="listing-author">
Alejandro Román; Hermansyah Prasyad; Simon Oiry; Bede Davies; Guillaume Brunier; Barillé Laurent
</div>
</a>
</div>
</div>
<div class="quarto-post image-right" data-index="2" data-categories="Remote Sensing,hyperspectral,Machine Learning,Neural Network">
<div class="body">
<a href="./publication2/Hyperspec.html">
<h3 class="no-anchor listing-title">
Multi- and hyperspectral classification of soft-bottom intertidal vegetation using a spectral library for coastal biodiversity remote sensing
</h3>
<div class="listing-subtitle">
</div>
</a>
<div class="listing-categories">
<div class="listing-category">
Remote Sensing
</div>
<div class="listing-category">
hyperspectral
</div>
<div class="listing-category">
Machine Learning
</div>
<div class="listing-category">
Neural Network
</div>
</div>
<a href="./publication2/Hyperspec.html"> </a>
</div>
<div class="metadata">
<a href="./publication2/Hyperspec.html">
<div class="listing-date">
May 2023
</div>
<div class="listing-author">
Bede Davies; Pierre Gernez; Andréa Geraud; Simon Oiry; Philippe Rosa; Laura Zoffoli; Barillé Laurent
</div>
</a>
</div>
</div>
</div>
</div>
`);
  it('the names after the date are the authors, not the first category', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors])).toEqual([
      [
        'Precision Aquaculture Drone Mapping of the Spatial Distribution of Kappaphycus alvarezii Biomass and Carrageenan',
        [
          'Nurjannah Nurdin',
          'Evangelos Alevizos',
          'Rajuddin Syamsuddin',
          'Hasni Asis',
          'Elmi Nurhaidah Zainuddin',
          'Agus Aris',
          'Simon Oiry',
          'Guillaume Brunier',
          'Teruhisa Komatsu',
          'Barillé Laurent',
        ],
      ],
      [
        'Mapping intertidal oyster farms using unmanned aerial vehicles (UAV) high-resolution multispectral data',
        ['Alejandro Román', 'Hermansyah Prasyad', 'Simon Oiry', 'Bede Davies', 'Guillaume Brunier', 'Barillé Laurent'],
      ],
      [
        'Multi- and hyperspectral classification of soft-bottom intertidal vegetation using a spectral library for coastal biodiversity remote sensing',
        ['Bede Davies', 'Pierre Gernez', 'Andréa Geraud', 'Simon Oiry', 'Philippe Rosa', 'Laura Zoffoli', 'Barillé Laurent'],
      ],
    ]);
    expect(entries.every((e) => !/Remote Sensing|Drone/.test(e.venue ?? ''))).toBe(true);
  });
});

describe('a table whose header labels its columns "Authors | Year | Journal | Title" (kmgjan, a Quarto table listing)', () => {
  const html = page(`
<table class="quarto-listing-table table table-striped">
<thead>
<tr>
<th>
<a class="sort" data-sort="listing-author">Authors</a>
</th>
<th>
<a class="sort" data-sort="listing-Year">Year</a>
</th>
<th>
<a class="sort" data-sort="listing-Journal">Journal</a>
</th>
<th>
<a class="sort" data-sort="listing-title-sort">Title</a>
</th>
</tr>
</thead>
<tbody class="list">
<tr>
<td>
<span class="listing-author"><b>Kinlan M.G. Jan</b>, Jonas Hentati-Sundberg, Niklas Larson, Monika Winder</span>
</td>
<td>
<span class="listing-Year">2025</span>
</td>
<td>
<span class="listing-Journal">ICES Journal of Marine Science</span>
</td>
<td>
<a href="../Publications/publications/paper6.html" class="title listing-title">Limited resource use overlaps among small pelagic fish species in the central Baltic Sea</a>
</td>
</tr>
<tr>
<td>
<span class="listing-author">Baptiste Serandour, Thorsten Blenckner, <b>Kinlan M.G. Jan</b>, Boris Leroy, Berta Ramiro-Sánchez, Eleanore Campbell, Monika Winder</span>
</td>
<td>
<span class="listing-Year">2024</span>
</td>
<td>
<span class="listing-Journal">Limnology and Oceanography</span>
</td>
<td>
<a href="../Publications/publications/paper5.html" class="title listing-title">Spatial distribution projections of suitable environmental conditions for key Baltic Sea zooplankton species</a>
</td>
</tr>
<tr>
<td>
<span class="listing-author"><b>Kinlan M.G. Jan</b>, Baptiste Serandour, Jakob Walve, Monika Winder</span>
</td>
<td>
<span class="listing-Year">2024</span>
</td>
<td>
<span class="listing-Journal">Limnology and Oceanography Letters</span>
</td>
<td>
<a href="../Publications/publications/paper4.html" class="title listing-title">Plankton blooms over the annual cycle shape trophic interactions under climate change</a>
</td>
</tr>
</tbody>
</table>
`);
  const expected = [
    [
      'Limited resource use overlaps among small pelagic fish species in the central Baltic Sea',
      ['Kinlan M.G. Jan', 'Jonas Hentati-Sundberg', 'Niklas Larson', 'Monika Winder'],
      2025,
      'ICES Journal of Marine Science',
    ],
    [
      'Spatial distribution projections of suitable environmental conditions for key Baltic Sea zooplankton species',
      [
        'Baptiste Serandour',
        'Thorsten Blenckner',
        'Kinlan M.G. Jan',
        'Boris Leroy',
        'Berta Ramiro-Sánchez',
        'Eleanore Campbell',
        'Monika Winder',
      ],
      2024,
      'Limnology and Oceanography',
    ],
    [
      'Plankton blooms over the annual cycle shape trophic interactions under climate change',
      ['Kinlan M.G. Jan', 'Baptiste Serandour', 'Jakob Walve', 'Monika Winder'],
      2024,
      'Limnology and Oceanography Letters',
    ],
  ];
  it('the rows without their header (a selection of them): the classed title cell, not the classed journal cell', () => {
    const rows = html.replace(/<thead>[\s\S]*<\/thead>/, '');
    expect(rows).not.toContain('<th>');
    expect(read(rows).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual(expected);
  });
  it('the Title cell is the title and the Journal cell the venue', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Limited resource use overlaps among small pelagic fish species in the central Baltic Sea',
        ['Kinlan M.G. Jan', 'Jonas Hentati-Sundberg', 'Niklas Larson', 'Monika Winder'],
        2025,
        'ICES Journal of Marine Science',
      ],
      [
        'Spatial distribution projections of suitable environmental conditions for key Baltic Sea zooplankton species',
        [
          'Baptiste Serandour',
          'Thorsten Blenckner',
          'Kinlan M.G. Jan',
          'Boris Leroy',
          'Berta Ramiro-Sánchez',
          'Eleanore Campbell',
          'Monika Winder',
        ],
        2024,
        'Limnology and Oceanography',
      ],
      [
        'Plankton blooms over the annual cycle shape trophic interactions under climate change',
        ['Kinlan M.G. Jan', 'Baptiste Serandour', 'Jakob Walve', 'Monika Winder'],
        2024,
        'Limnology and Oceanography Letters',
      ],
    ]);
  });
});
