import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout38 pages (social sciences and humanities): an owner's list that
 * names no one and marks only some titles (alvarezugarte), one Quarto section per paper with the title in its heading
 * over a names paragraph (ito), coauthors after the citation, "With A and B." (candau), "7- Names (Year)." numbering.
 */
function read(html: string, url = 'https://owner.example.org/publicaciones/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publicaciones</title></head><body><main>${body}</main></body></html>`;

describe("an owner's list with no names, some titles in <em> and some plain (a Hugo page in Spanish)", () => {
  const html = page(
    `<h2>Artículos</h2>` +
      `<p><em>Ruling by bullying: Threats of regulation as an internet governance device</em>, Internet Policy Review, Vol. 15, No. 1 (2026) <a href="/r/">/ Resumen</a></p>` +
      `<p><em>Are Risks the New Rights? The Perils of Risk-based Approaches to Speech Regulation</em>, Journal of Intellectual Property, Information Technology and Electronic Commerce, vol. 16, No. 2, págs. 238-251 (2025) <a href="/a/">/ Resumen</a></p>` +
      `<p><em>Modelización regulatoria. Palpitando la influencia de la Digital Services Act en América Latina</em>, Latin American Journal of European Studies, vol. 5, No. 1, págs. 400-433 (jan/jun 2025)</p>` +
      `<p>En defensa del Pacto de Olivos y del ejercicio (posible) del poder constituyente, Lecciones y Ensayos, No. 113, (2024) <a href="/p/">/ Resumen</a></p>` +
      `<p><em>Esperanza y desilusión en el momento constitucional chileno</em>, Revista Internacional de Derechos Humanos, Vol. 13, No. 1 (2023)</p>` +
      `<p>The Pro-Life Movement and the Fight for the Constitution in Argentina: Between Law and Transcendence, in Latin American Law Review, No. 6 (2021): 125-149</p>` +
      `<p>Democracia y lobby: un marco teórico. Revista Nueva Sociedad, No. 276, julio-agosto 2018 (pp. 62-72)</p>` +
      `<p><em>Tareas pendientes para un constitucionalismo popular latinoamericano</em>, Revista Jurídica de la Universidad de San Andrés No. 3, 2016</p>`,
  );

  it("reads every entry, the plain titles up to the comma (or the sentence before a journal's name)", () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Ruling by bullying: Threats of regulation as an internet governance device', [], 2026],
      ['Are Risks the New Rights? The Perils of Risk-based Approaches to Speech Regulation', [], 2025],
      ['Modelización regulatoria. Palpitando la influencia de la Digital Services Act en América Latina', [], 2025],
      ['En defensa del Pacto de Olivos y del ejercicio (posible) del poder constituyente', [], 2024],
      ['Esperanza y desilusión en el momento constitucional chileno', [], 2023],
      ['The Pro-Life Movement and the Fight for the Constitution in Argentina: Between Law and Transcendence', [], 2021],
      ['Democracia y lobby: un marco teórico', [], 2018],
      ['Tareas pendientes para un constitucionalismo popular latinoamericano', [], 2016],
    ]);
  });

  it('a variant: a list of talks whose marks name meetings reads no plain entry as a paper', () => {
    const talks = page(
      `<h2>Invited Seminars</h2><ul>` +
        `<li><p><strong>MOHID-Lagrangian Workshop</strong>, Santiago de Compostela, Spain, <em>PlasticParcels – a ready-to-use tool for plastic dispersion</em>, <strong>June 2026</strong></p></li>` +
        `<li><p><strong>NIOZ Colloquia</strong>, Texel, the Netherlands, <em>Transport, mixing, and plastic entrainment</em>, <strong>January 2026</strong></p></li>` +
        `<li><p><strong>Parcels 10 year anniversary workshop</strong>, Utrecht, the Netherlands, <em>Make-your-own kernels</em>, <strong>October 2025</strong></p></li>` +
        `<li><p>Seminar, Department of Atmospheric and Oceanic Sciences, University of Colorado, <em>Coherent structures</em>, May 2022</p></li>` +
        `<li><p>Public Lecture - International Day of Mathematics, University of New South Wales, <em>Maths of the ocean</em>, March 2023</p></li>` +
        `</ul>`,
    );
    expect(read(talks)).toEqual([]);
  });
});

describe('one section per paper, the title in its heading over a names paragraph (a Quarto page)', () => {
  const section = (title: string, doi: string, line: string) =>
    `<section class="level5"><h5 class="anchored"><a href="https://doi.org/${doi}">${title}</a></h5><p>${line}</p></section>`;
  const html = page(
    `<h1 class="title">業績</h1>` +
      section(
        'Human movement decisions during Coronavirus Disease 2019',
        '10.48550/arXiv.2304.14488',
        'Ryosuke Omori, Koichi Ito, Shunsuke Kanemitsu, Ryusuke Kimura, Yoh Iwasa. 2023. (under review).',
      ) +
      section(
        'Competition model explains trends of long-term fertilization in plant communities',
        '10.1002/ece3.9832',
        'Atsushi Yamauchi, Koichi Ito, Shota Shibasaki. 2023. Ecology and Evolution (13-2): e9832.',
      ) +
      section(
        'Continuous irregular dynamics with multiple neutral trajectories permit species coexistence',
        '10.1016/j.tpb.2022.12.001',
        'Atsushi Yamauchi, Koichi Ito, Shota Shibasaki, Toshiyuki Namba. 2023. Theoretical Population Biology (149): 39-47.',
      ) +
      section(
        'Future behaviours decision-making regarding travel avoidance during COVID-19 outbreaks',
        '10.1038/s41598-022-24323-1',
        'Koichi Ito, Shunsuke Kanemitsu, Ryusuke Kimura, Ryosuke Omori. 2022. Scientific Reports(12-1): 19780.',
      ),
  );

  it("the heading is each paper's title, not the venue after the names", () => {
    expect(read(html, 'https://ito.example.org/publication.html').map((e) => [e.title, e.authors.length, e.year])).toEqual([
      ['Human movement decisions during Coronavirus Disease 2019', 5, 2023],
      ['Competition model explains trends of long-term fertilization in plant communities', 3, 2023],
      ['Continuous irregular dynamics with multiple neutral trajectories permit species coexistence', 4, 2023],
      ['Future behaviours decision-making regarding travel avoidance during COVID-19 outbreaks', 4, 2022],
    ]);
  });
});

describe('a list that names the owner\'s coauthors after the citation ("With A and B.")', () => {
  const entry = (title: string, journal: string, tail: string) =>
    `<p><strong>${title}.</strong> <em>${journal}</em>, ${tail} <a href="https://doi.org/10.1/x">DOI</a> | <a href="wp.pdf">Working paper</a></p><hr>`;
  const html = page(
    `<h2>Economic Geography</h2><div class="paper-list">` +
      entry(
        'Promoting Social Housing: Insights from Redevelopment Policies in Paris',
        'Journal of Housing Economics',
        '68, 102061, 2025. With Lauriane Belloy.',
      ) +
      entry(
        'Moving to Autarky, Trade Creation and Home Market Effect',
        'Applied Economics',
        '51(30), 3293–3309, 2019. With Geoffroy Guepie and Julie Schlick.',
      ) +
      entry('Taming Tax Competition with a European Corporate Income Tax', 'Revue d’économie politique', '2018. With Jacques Le Cacheux.') +
      entry(
        'Spatial Distribution of Skills and Regional Trade Integration',
        'The Annals of Regional Science',
        '54(2), 451–488, 2015. With Elisa Dienesch.',
      ) +
      entry('Is Agglomeration Desirable?', 'Annals of Economics and Statistics', '203–227, 2011.') +
      `</div>`,
  );

  it("reads the coauthors as the authors, and the owner's paper alone with none", () => {
    expect(read(html, 'https://candau.example.org/publication.html').map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Promoting Social Housing: Insights from Redevelopment Policies in Paris', ['Lauriane Belloy'], 2025],
      ['Moving to Autarky, Trade Creation and Home Market Effect', ['Geoffroy Guepie', 'Julie Schlick'], 2019],
      ['Taming Tax Competition with a European Corporate Income Tax', ['Jacques Le Cacheux'], 2018],
      ['Spatial Distribution of Skills and Regional Trade Integration', ['Elisa Dienesch'], 2015],
      ['Is Agglomeration Desirable?', [], 2011],
    ]);
  });
});

describe('a German list that names the owner\'s coauthors before the title, "(mit A), Title, …"', () => {
  const html = page(
    `<h2>Andere Veröffentlichungen</h2><ul>` +
      `<li><p>(mit Daniela Recknagel), Vorabvoten der Expertenkommission Wohnungsgenossenschaften, Genossenschafts-Kurier, 1/04, 2004, S. 30-33.</p></li>` +
      `<li><p>Finanzierung: Herausforderungen für die Wohnungsgenossenschaften, Die Wohnungswirtschaft, Nr. 5, 2005, S. 54-56.</p></li>` +
      `<li><p>(mit Volker Beuthien), Haben Wohnungsgenossenschaften eine Zukunft?, Die Wohnungswirtschaft, Nr. 6, 2002, S. 14-19.</p></li>` +
      `<li><p>Wohnungsgenossenschaften vor neuen Herausforderungen, Genossenschafts-Kurier, 1/03, 2003, S. 31-32.</p></li>` +
      `<li><p>(zusammen mit Tim Voigt), Management of Market Knowledge in Networks, Arbeitspapier, August 2007.</p></li>` +
      `</ul>`,
  );

  it("reads the coauthors as the authors and the entries without them as the owner's alone", () => {
    expect(read(html, 'https://brunner.example.org/publikationen/').map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Vorabvoten der Expertenkommission Wohnungsgenossenschaften', ['Daniela Recknagel'], 2004],
      ['Finanzierung: Herausforderungen für die Wohnungsgenossenschaften', [], 2005],
      ['Haben Wohnungsgenossenschaften eine Zukunft?', ['Volker Beuthien'], 2002],
      ['Wohnungsgenossenschaften vor neuen Herausforderungen', [], 2003],
      ['Management of Market Knowledge in Networks', ['Tim Voigt'], 2007],
    ]);
  });
});
