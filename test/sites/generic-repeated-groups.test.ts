import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on a list whose first group repeats papers its other groups show (issue 14, study14al): a
 * "Selected" box above the full list's sections, its venues written shorter, adds no second entry per paper. References
 * from the dev corpus (sdatta).
 */
const read = (html: string, url = 'https://example.org/~lab/publications.html') =>
  generic.extract(parseHtmlDocument(`<html><head><title>Publications</title></head><body>${html}</body></html>`), new URL(url)).entries;

const medversa =
  'Zhou HY, Acosta JN, Adithan S, <strong>Datta S</strong>, Topol EJ, Rajpurkar P. MedVersa: a generalist foundation model for diverse medical imaging tasks. <em>NEJM AI</em>. 2026;3(4). — <a href="https://doi.org/10.1056/AIoa2500595">DOI</a>';
const chatbots =
  '<strong>Datta S</strong>, Sarangi PK. From chatbots to agentic workflows: ensuring responsible deployment of large language models in radiology. <em>Indian Journal of Radiology &amp; Imaging</em>. 2026;36(2):286–288. Epub 21 Aug 2025. — <a href="https://doi.org/10.1055/s-0045-1811264">DOI</a>';
const frcr =
  'Sarangi PK, <strong>Datta S</strong>, Panda BB, Panda S, Mondal H. Evaluating ChatGPT-4\'s performance in identifying radiological anatomy in FRCR Part 1 examination questions. <em>Indian Journal of Radiology &amp; Imaging</em>. 2025;35(2):287–294. Epub 4 Nov 2024. — <a href="https://doi.org/10.1055/s-0044-1792040">DOI</a>';
const ribs = (venue: string) =>
  `Pate S, Farooq A, <strong>Datta S</strong>, Sheikh MA, Kumar A, Mishra D. Fine-grained rib fracture diagnosis with hyperbolic embeddings: a detailed annotation framework and multi-label classification model. In: <em>${venue}</em>. LNCS 15974. Springer; 2025:218–227. — <a href="https://doi.org/10.1007/978-3-032-05182-0_22">DOI</a>`;
const embolism =
  'Sarangi PK, <strong>Datta S</strong>, Swarup MS, Panda S, Nayak DSK, Malik A, Datta A, Mondal H. Radiologic decision-making for imaging in pulmonary embolism: accuracy and reliability of large language models. <em>Indian Journal of Radiology &amp; Imaging</em>. 2024;34(4):653–660. — <a href="https://doi.org/10.1055/s-0044-1787974">DOI</a>';
const cgan =
  'Dabass M, Chandalia A, <strong>Datta S</strong>, Mahapatra D. Attention learning-enabled 3D cGAN for lung nodule segmentation. <em>IJCACI 2022</em> (Algorithms for Intelligent Systems). Springer, 2024:313–326. — <a href="https://doi.org/10.1007/978-981-97-0180-3_24">DOI</a>';
const alegan =
  'Dabass M, Chandalia A, <strong>Datta S</strong>, Mahapatra D. ALE-GAN: 3D conditional GAN with attention learning modules. <em>ADCIS 2023</em> (LNNS 890). Springer, 2024:353–363. — <a href="https://doi.org/10.1007/978-981-99-9531-8_26">DOI</a>';
const ul = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

describe('generic reader: a group repeating the papers of the list’s other groups', () => {
  it('reads each paper once where a "Selected" box repeats papers from the full list’s sections (sdatta)', () => {
    const entries = read(
      `<h1>Publications</h1><h2>Selected</h2>${ul([medversa, ribs('MICCAI 2025'), chatbots])}<h2>Full list</h2>` +
        `<h3>Journal articles</h3>${ul([medversa, chatbots, frcr, embolism])}` +
        `<h3>Refereed proceedings</h3>${ul([ribs('Medical Image Computing and Computer Assisted Intervention – MICCAI 2025'), cgan, alegan])}`,
    );
    expect(entries.map((e) => e.title)).toEqual([
      'MedVersa: a generalist foundation model for diverse medical imaging tasks',
      'From chatbots to agentic workflows: ensuring responsible deployment of large language models in radiology',
      "Evaluating ChatGPT-4's performance in identifying radiological anatomy in FRCR Part 1 examination questions",
      'Radiologic decision-making for imaging in pulmonary embolism: accuracy and reliability of large language models',
      'Fine-grained rib fracture diagnosis with hyperbolic embeddings: a detailed annotation framework and multi-label classification model',
      'Attention learning-enabled 3D cGAN for lung nodule segmentation',
      'ALE-GAN: 3D conditional GAN with attention learning modules',
    ]);
  });

  it('keeps a paper each of two sections lists among others of their own', () => {
    const entries = read(`<h3>Journal articles</h3>${ul([medversa, chatbots, frcr])}<h3>Highlights</h3>${ul([medversa, embolism, cgan])}`);
    expect(entries.map((e) => e.title.slice(0, 20))).toEqual([
      'MedVersa: a generali',
      'From chatbots to age',
      'Evaluating ChatGPT-4',
      'MedVersa: a generali',
      'Radiologic decision-',
      'Attention learning-e',
    ]);
  });
});
