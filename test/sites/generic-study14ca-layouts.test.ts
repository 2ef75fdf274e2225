import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of lab publication pages (the former heldout89 pages, study14ca). */
function read(html: string, url = 'https://lab.example.org/publications/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

// "<p><span class=pubtitle>Title</span><br>Names (2024). Journal …</p>": the title inside the row's paragraph.
const inside = (title: string, citation: string) =>
  `<div class="row link-grayish"><p><span class="pubtitle">${title}</span><br>${citation}</p></div>`;
// "<a class=pubtitle>Title</a><p>Names (2023). Conference …</p>": the title before it, the paragraph a whole citation without it.
const outside = (title: string, citation: string) =>
  `<div class="row link-grayish"><a href="https://link.springer.com/chapter/10.1007/978-3-031-33211-1_23" class="link-grayish pubtitle">${title}</a><p>${citation}</p></div>`;

describe('cards whose title stands before a paragraph that is a whole citation without it (recyclebim)', () => {
  const html = page(
    `<div class="col"><div class="row h5"><h5>Journal papers</h5></div>` +
      inside(
        'Optimal scan planning for surveying large sites with static and mobile mapping systems',
        'E. Frías, M. Previtali, L. Díaz-Vilariño, M. Scaioni, H. Lorenzo. (2022).ISPRS Journal of Photogrammetry and Remote Sensing. Vol. 192 pp. 13-32. doi:10.1016/j.isprsjprs.2022.07.025',
      ) +
      inside(
        'Promoting circularity of construction materials through demolition digitalisation at the preparation stage',
        'Kuzminykh, A., Granja, J., Parente, M., &amp; Azenha, M. (2024). Advanced Engineering Informatics, 62, 102755. https://doi.org/10.1016/j.aei.2024.102755',
      ) +
      inside(
        'Thermographic comparative study using smartphone and camera technology in buildings',
        'J. A. Alonso-Rodríguez, J. Balado, J. L. González-Cespón, L. Díaz-Vilariño. (2024). Dyna (Spain). Vol. 99 pp. 12-16. doi:10.6036/11002',
      ) +
      `</div><div class="col"><div class="row h5"><h5>Conference communications</h5></div>` +
      outside(
        'Interactive capture and labelling of point clouds with HoloLens2 for semantic segmentation',
        'V. González, S.M. González-Collazo, J. Balado, A. Fernández, L. Díaz-Vilariño. (2023). ISPRS Geospatial Week 2023. Vol. 48(1/W2-2023). In Cairo (Egypt) from 02/09/2023 to 07/09/2023, pp. 641-647, doi: 10.5194/isprs-archives-XLVIII-1-W2-2023-641-2023',
      ) +
      outside(
        'Virtual Reality experience analysis from Point Cloud Data',
        'D. Aneiros-Egido, J. Balado, H. Tran, L. Díaz-Vilariño. (2023). 18th International 3DGeoInfo Conference. In Munich (Germany) from 13/09/2023 to 14/09/2023, pp. 95-110, doi: 10.1007/978-3-031-43699-4_6',
      ) +
      outside(
        'A top-down hierarchical approach for automatic indoor segmentation and connectivity detection for building reconstruction',
        'R. M. Túñez-Alcalde, M. S. A. Albedri, P. González-Cabaleiro, A. Fernández, L. Díaz-Vilariño. (2024). 19th International 3D GeoInfo Conference. Vol. X-4/W5-2024. In Vigo (Spain) from 01/07/2024 to 03/07/2024, pp. 289-296, doi: 10.5194/isprs-annals-X-4-W5-2024-289-2024',
      ) +
      outside(
        'Advancements in sustainability of 3D concrete printing: Presenting low-carbon mixes for additively manufactured concrete structures in practice',
        'Colyn M, Babafemi AJ, van Zijl GPAG (2024) 4th RILEM International Conference on Concrete and Digital Fabrication (DC 2024), 4-6 September 2024, Munich, Germany',
      ) +
      outside(
        'Bridging Technologies: Integrating 3DCP and OSC Through BIM Implementation',
        'Timm K, de Villiers WI, van Zijl GPAG (2024) Proceedings of the Fourth RILEM International Conference on Concrete and Digital Fabrication, Digital Concrete 2024 (DC2024), 4-6 September 2024, Munich, Germany https://doi.org/10.1007/978-3-031-70031-6_61',
      ) +
      `</div>`,
  );

  it('reads the titles before the paragraphs, not the conferences the paragraphs open with', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'Optimal scan planning for surveying large sites with static and mobile mapping systems',
      'Promoting circularity of construction materials through demolition digitalisation at the preparation stage',
      'Thermographic comparative study using smartphone and camera technology in buildings',
      'Interactive capture and labelling of point clouds with HoloLens2 for semantic segmentation',
      'Virtual Reality experience analysis from Point Cloud Data',
      'A top-down hierarchical approach for automatic indoor segmentation and connectivity detection for building reconstruction',
      'Advancements in sustainability of 3D concrete printing: Presenting low-carbon mixes for additively manufactured concrete structures in practice',
      'Bridging Technologies: Integrating 3DCP and OSC Through BIM Implementation',
    ]);
    const vr = entries.find((e) => e.title.startsWith('Virtual Reality'));
    expect(vr?.authors).toEqual(['D. Aneiros-Egido', 'J. Balado', 'H. Tran', 'L. Díaz-Vilariño']);
    expect(vr?.year).toBe(2023);
  });

  it('keeps paragraphs that are whole entries when no title stands before them', () => {
    const entries = read(
      page(
        inside(
          'Optimal scan planning for surveying large sites with static and mobile mapping systems',
          'E. Frías, M. Previtali, L. Díaz-Vilariño. (2022). ISPRS Journal of Photogrammetry and Remote Sensing. Vol. 192 pp. 13-32.',
        ) +
          inside(
            'Thermographic comparative study using smartphone and camera technology in buildings',
            'J. A. Alonso-Rodríguez, J. Balado, L. Díaz-Vilariño. (2024). Dyna (Spain). Vol. 99 pp. 12-16.',
          ) +
          inside(
            'Reconstruction of BIM models from low-cost LiDAR data',
            'Elena López Vila, Lucía Díaz-Vilariño, Antonio Fernández Álvarez. (2023). Automation in Construction. Vol. 150 pp. 1-12.',
          ),
      ),
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Optimal scan planning for surveying large sites with static and mobile mapping systems',
      'Thermographic comparative study using smartphone and camera technology in buildings',
      'Reconstruction of BIM models from low-cost LiDAR data',
    ]);
  });
});
describe('a Bootstrap list group of whole entries, each one link to its DOI (redraw)', () => {
  const item = (doi: string, text: string, cls = 'list-group-item list-group-item-action') =>
    `<a href="https://doi.org/${doi}" class="${cls}" target="_blank">${text}</a>`;

  it('reads each link as an entry', () => {
    const entries = read(
      page(
        `<h2>Publications</h2><div class="list-group">` +
          item(
            '10.1007/978-3-031-57931-8_10',
            'Rocco Aversa, Mario A. Bochicchio, Dario Branco, Salvatore Venticinque. REDRAW: FedeRatED leaRning for humAn Wellbeing. In Proceedings of the 38th International Conference on Advanced Information Networking and Applications (AINA-2024). Kitakyushu, Japan April 17 to April 19, 2024.',
          ) +
          item(
            '10.1007/978-3-031-87778-0_30',
            'Alba Amato, Vittorio Belardo, Domenico Di Sivo, Pietro Fusco, Salvatore Venticinque. Federated Learning for Training Brain-Computer Interfaces. In Proceedings of the 39th International Conference on Advanced Information Networking and Applications (AINA-2025). University of Catalonia, Barcelona, Spain April 9 to April 11, 2025.',
          ) +
          item(
            '10.1007/978-3-031-87778-0_14',
            'Mehmeti, A., Gigante, G., Venticinque, S. (2025). Explainable Reinforcement Learning for Assisting Air Traffic Controllers. In: Barolli, L. (eds) Advanced Information Networking and Applications. AINA 2025. Springer, Cham.',
          ) +
          `</div>`,
      ),
    );
    expect(entries.map((e) => [e.title, e.year, e.ids.doi])).toEqual([
      ['REDRAW: FedeRatED leaRning for humAn Wellbeing', 2024, '10.1007/978-3-031-57931-8_10'],
      ['Federated Learning for Training Brain-Computer Interfaces', 2025, '10.1007/978-3-031-87778-0_30'],
      ['Explainable Reinforcement Learning for Assisting Air Traffic Controllers', 2025, '10.1007/978-3-031-87778-0_14'],
    ]);
    expect(entries[2]!.authors).toEqual(['A. Mehmeti', 'G. Gigante', 'S. Venticinque']);
  });

  it('does not read a row of plain links (a menu) as entries', () => {
    const entries = read(
      page(
        `<div class="nav">` +
          item('10.1/a', 'Home', 'nav-link') +
          item('10.1/b', 'Team, 2024', 'nav-link') +
          item('10.1/c', 'Projects, 2025', 'nav-link') +
          `</div>`,
      ),
    );
    expect(entries).toEqual([]);
  });
});
