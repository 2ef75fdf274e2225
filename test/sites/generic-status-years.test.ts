import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * Entries that show no year: a status in the year's place, written as a sentence of its own ("Names. In progress."),
 * in brackets ("[In prep]") or on a line of its own ("Title<br>Names<br>Preprint"); and years the reader used to miss, glued
 * to the label a card sets before them ("<span>Artículo</span><span>2025</span>"). Snippets cut down from dev pages
 * (laffert-publications, lyon-pubs, baslab-publications, oles-publicaciones).
 */
const read = (html: string, url = 'https://example.org/publications.html') =>
  generic.extract(parseHtmlDocument(html), new URL(url)).entries;
const titles = (html: string) => read(html).map((e) => e.title);

describe('generic: a status written as a sentence of its own in place of the year', () => {
  const html = `<html><body><main>
<h2>Peer-reviewed Articles</h2>
<p>Castillo, J. C., Canales Sellés, R., Laffert, A., &amp; Urzúa, T. (2026). <strong>Justification trajectories for pension inequality in Chile (2016–2023): the role of social class and beliefs in meritocracy</strong>. <a href="https://doi.org/10.3389/fsoc.2026.1771856">Frontiers in Sociology, 11, 1771856</a>.</p>
<p>Castillo, J. C., Laffert, A., Carrasco, K., &amp; Iturra-Sanhueza, J. (2025). <strong>Perceptions of inequality and meritocracy: their interplay in shaping preferences for market justice in Chile (2016–2023)</strong>. <a href="https://doi.org/10.3389/fsoc.2025.1634219">Frontiers in Sociology, 10, 1634219</a>.</p>
<p>Castillo, J. C., Salgado, M., Carrasco, K., &amp; Laffert, A. (2024). <strong>The socialization of meritocracy and market justice preferences at school</strong>. <a href="https://doi.org/10.3390/soc14110214">Societies, 14(11), 214</a>.</p>
<h2>In Preparation</h2>
<p><strong>Preferences for the commodification of pensions in Chile: the role of intergenerational social mobility</strong>. Andreas Laffert. <em>In progress</em>.</p>
<p><strong>The role of wealth on social cohesion in Chile</strong>. Rafael Carranza, Gabriel Otero &amp; Andreas Laffert. <em>In progress</em>.</p>
<p><strong>Sexualised stereotypes of lower-class</strong>. Mario Sainz, Gloria Jiménez-Moya, Andreas Laffert &amp; Heather E. Bullock. <em>Under Review</em>.</p>
</main></body></html>`;

  it('reads the entries "In progress" with their names', () => {
    const entries = read(html);
    expect(entries.find((e) => e.title === 'The role of wealth on social cohesion in Chile')?.authors).toEqual([
      'Rafael Carranza',
      'Gabriel Otero',
      'Andreas Laffert',
    ]);
    expect(entries).toHaveLength(5);
  });
});

describe('generic: "[In prep]" after the title', () => {
  const html = `<html><body><main><h1>Papers</h1>
<h2>In-Prep</h2>
<p><img src="images/great_spangled_fritillary.jpg" class="img-fluid"></p>
<p>Note that these projects have GitHub repositories but they are set to ‘Private’ until publication.</p>
<ul>
<li><p>Kucuk, R.A., Campbell, B.J., Lyon, N.J., Caterino, M.S. Gut bacteria of adult and larval Cotinis nitida Linnaeus (Coleoptera: Scarabaeidae) demonstrate community differences according to life stage and gut region. <em>[In prep]</em></p></li>
<li><p>Lyon, N.J., Debinski, D.M., Rogers, H.S. Plant and Pollinator Communities Responded Differently to Eleven Years of Management. <em>[In prep]</em></p></li>
</ul>
<h2>Published</h2>
<div class="quarto-figure"><figure class="figure"><p><img src="images/stilt_bug.jpg" class="img-fluid figure-img"></p></figure></div>
<ul>
<li><p>Coon, J.J., Lyon, N.J., Raynor, E.J., Debinski, D.M., Miller, J.R., Schact, W.H. 2021. <a href="https://www.sciencedirect.com/science/article/abs/pii/S1550742421000129">Using Adaptive Management to Restore Grasslands Invaded by Tall Fescue (<em>Schedonorus arundinaceus</em>)</a>. 76. <strong>2021</strong>. Rangeland Ecology and Management - <a href="https://github.com/njlyon0/collab_coon-daubenmire-herbicide">GitHub repo</a></p></li>
<li><p>Lyon, N.J., Stein, D.S., Debinski, D.M., Miller, J.R., Schact, W.H. 2021. <a href="http://er.uwpress.org/content/39/3/168.short">Responses of Flowering Plant and Butterfly Communities to Experimental Herbicide and Seeding Treatments for Native Grassland Restoration</a>. 3. <strong>2021</strong>. Ecological Restoration - <a href="https://github.com/njlyon0/lyon_bfly-herbicide">GitHub repo</a></p></li>
<li><p>Lyon, N.J., Debinski, D.M., Rogers, H.S., Adams, D.C., and Wilsey, B.J. <a href="https://dr.lib.iastate.edu/entities/publication/f3cd5b5f-17ae-4fdd-b8b9-0a87fda99765">An Integrated Approach to Restoring Grassland Function to Working Lands</a>. <strong>2019</strong>. Master of Science Thesis</p></li>
<li><p>Lyon, N.J., Debinski, D.M., Rangwala, I. <a href="https://www.frontiersin.org/articles/10.3389/fevo.2019.00033/full">Evaluating the Utility of Species Distribution Models in Informing Climate Change-Resilient Grassland Restoration Strategy</a>. 7. <strong>2019</strong> Frontiers in Ecology and Evolution - <a href="https://github.com/njlyon0/lyon-ms-thesis_sdm">GitHub repo</a></p></li>
<li><p>Lyon, N.J. and Hodum, P. 2015. <a href="https://soundideas.pugetsound.edu/summer_research/259/">Mytilus Mussels as Bio-indicators of Regional Microplastic Trends</a>. University of Puget Sound Undergraduate Thesis</p></li>
</ul>
</main></body></html>`;

  it('reads both entries in preparation', () => {
    expect(titles(html)).toEqual(
      expect.arrayContaining([
        'Gut bacteria of adult and larval Cotinis nitida Linnaeus (Coleoptera: Scarabaeidae) demonstrate community differences according to life stage and gut region',
        'Plant and Pollinator Communities Responded Differently to Eleven Years of Management',
      ]),
    );
    expect(titles(html)).toHaveLength(7);
  });
});

describe('generic: "Preprint" on a line of its own under the names', () => {
  const entry = (title: string, names: string, last: string) => `<p>\n${title}\n<br>\n${names}\n<br>\n${last}\n</p>`;
  const html = `<html><body><div class="main"><h1>Publications</h1>
<h2>Preprints</h2><div class="publication">
${entry('Motor Imagery ability in adults with neurological conditions compared to healthy individuals: A systematic review and meta-analysis', 'Adebo, A Avocegamou, R Hardwick, M Moreno-Verdú', '<a href="https://osf.io/preprints/psyarxiv/yftas">Preprint</a>')}
${entry('Measuring the Mind’s Eye: Does the Hand Laterality Judgement Task really assess Motor Imagery ability?', 'Moreno-Verdú M, Hardwick RM', '<a href="https://osf.io/g2cj3/download">Preprint</a>')}
</div>
<h2>Publications</h2><div class="publication"><h2>2026</h2>
${entry('Effects of Different Repetitive Transcranial Magnetic Stimulation Targets for Enhancing Motor Learning', 'Lerín-Calvo A, Moreno-Verdú M, Remón-Ramiro L, Hardwick RM, Lasheras-Cuerda C', 'Neural Plasticity')}
${entry('Investigating the analytical robustness of the social and behavioural sciences', 'Aczel B, Hardwick RM, Nosek BA', 'Nature')}
${entry('Age-related differences in task-related modulation of cerebellar brain inhibition', 'Van Malderen S, Hehl M, Nuyts M, Hardwick RM, Swinnen SP, Cuypers K', 'Neurobiology of Aging')}
${entry('A control policy can be adapted to task demands during both motor execution and motor planning', 'Orban de Xivry JJ, Hardwick RM', 'Journal of Neurophysiology')}
</div></div></body></html>`;

  it('reads the preprint with its names', () => {
    const entries = read(html);
    const preprint = entries.find((e) => e.title.startsWith('Motor Imagery ability'));
    expect(preprint?.authors).toContain('M Moreno-Verdú');
    expect(entries).toHaveLength(6);
  });
});

describe('generic: a year glued to the card label before it ("Informe2025")', () => {
  const card = (kind: string, title: string, names: string, venue: string) => `<article class="publicacion-card">
<div class="publicacion-card-header"><span class="publicacion-tipo">${kind}</span><span class="publicacion-anio">2025</span></div>
<h3 class="anchored"><a href="x.html">${title}</a></h3>
<p class="publicacion-autores">${names}</p>
<p class="publicacion-venue">${venue}</p>
<div class="publicacion-card-actions"><a class="publicacion-btn" href="x.html">Ver detalle</a></div>
</article>`;
  const html = `<html><body><main><h1>Publicaciones</h1><div class="publicaciones-grid">
${card('Artículo', 'Deslegitimación del feminicidio a través de imágenes en Chile', 'Badilla Rajevic, M., Figueiredo, A., Cisternas Alarcón, P., &amp; Rivera López, D.', 'Revista Contratexto, 44')}
${card('Artículo', '¿Pueden hablar los psicofármacos? Teoría del actor-red e infancia', 'Pinto Venegas, J., &amp; Sáez-Fuentealba, L.', 'Castalia – Revista de Psicología de la Academia (44)')}
${card('Informe', 'Primer Informe del Estudio Panel de Percepciones de Seguridad y Policías en Chile (EPSEP)', 'Gerber, Monica; Moya, Cristóbal; Deneken, Matías; Cantillán, Roberto', 'Observatorio de Violencia y Legitimidad Social (OLES)')}
${card('Artículo', 'Memorialicidio: human rights heritage under threat', 'Badilla Rajevic, M., Infante-Batiste, V., &amp; Abarca Paillicán, G. E.', 'Memory Studies')}
</div></main></body></html>`;

  it('reads the report whose names are written "Family, Given;"', () => {
    expect(titles(html)).toContain('Primer Informe del Estudio Panel de Percepciones de Seguridad y Policías en Chile (EPSEP)');
    expect(titles(html)).toHaveLength(4);
  });
});

describe('generic: a section of preprints under its status heading, no year on any entry (sirius-publications)', () => {
  const pub = (title: string, names: string, venue?: string) => `<div class="publication">
<div class="publication-title"><a href="https://example.org/${title.length}" target="_blank">${title}</a></div>
<div class="publication-authors">${names}</div>${venue ? `\n<div class="publication-venue">${venue}</div>` : ''}
</div>`;
  const html = (heading: string) => `<html><body><div class="container"><h1>Publications</h1>
<h2>${heading}</h2>
<div class="preprints-list">
${pub('OMP: One-step Meanflow Policy with Directional Alignment', 'H. Fang, Y. Huang, Y. Zhao, P. Weng, X. Li, Y. Ban')}
${pub('SSP: Safety-guaranteed Surgical Policy via Joint Optimization of Behavioral and Spatial Constraints', 'J. Hu, Z. Guan, L. Song, K. Leelakunwet, H. Wang, W. Xiao, Q. Dou, Y. Ban')}
${pub('Tracking-Aware Deformation Field Estimation for Non-rigid 3D Reconstruction in Robotic Surgeries', 'Z. Wang, H. Fang, Y. Xu, Y. Ban')}
${pub('Enhancing Class Fairness in Classification with A Two-Player Game Approach', 'Y. Jiang, P. Weng, Y. Ban')}
</div>
<h2>2026</h2>
${pub('Generalizable Coarse-to-Fine Robot Manipulation via Language-Aligned 3D Keypoints', 'J. Hu, L. Wang, S. Li, Y. Jiang, X. Li, P. Weng, Y. Ban', 'International Conference on Learning Representations (ICLR), 2026')}
${pub('Diffusion Stabilizer Policy for Automated Surgical Robot Manipulations', 'C. Ho, J. Hu, H. Wang, Q. Dou, Y. Ban', 'IEEE International Conference on Robotics and Automation (ICRA), 2026')}
<h2>2025</h2>
${pub('Time Reversal Symmetry for Efficient Robotic Manipulations in Deep Reinforcement Learning', 'Y. Jiang, J. Hu, P. Weng, Y. Ban', 'Advances in Neural Information Processing Systems (NeurIPS), 2025')}
${pub('Surgical Scene Segmentation by Transformer with Asymmetric Feature Enhancement', 'C. Yuan, Y. Ban', 'IEEE International Symposium on Biomedical Imaging (ISBI), 2025')}
</div></body></html>`;

  it('reads the preprints with their names and no year', () => {
    const entries = read(html('Preprints'));
    const ssp = entries.find((e) => e.title.startsWith('SSP:'));
    expect(ssp?.authors).toEqual(['J. Hu', 'Z. Guan', 'L. Song', 'K. Leelakunwet', 'H. Wang', 'W. Xiao', 'Q. Dou', 'Y. Ban']);
    expect(ssp?.year).toBeUndefined();
    expect(entries).toHaveLength(8);
  });

  it('under a heading that gives no status, the yearless cards stay unread', () => {
    const read = titles(html('Highlights'));
    expect(read).not.toContain('SSP: Safety-guaranteed Surgical Policy via Joint Optimization of Behavioral and Spatial Constraints');
    expect(read).not.toContain('Enhancing Class Fairness in Classification with A Two-Player Game Approach');
  });
});
